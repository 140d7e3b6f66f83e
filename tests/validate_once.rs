//! Each schema is compiled once per process, however often and from
//! however many threads it is looked up (`validate::compiled_count`).
//! One test in its own binary, so nothing else compiles meanwhile.
#![cfg(all(feature = "validate", feature = "card-payments"))]

mod common;

use worldpay::validate::{Api, Schema, compiled_count};

#[test]
fn each_schema_compiles_once_per_process() {
    assert_eq!(compiled_count(), 0, "nothing is compiled before a lookup");

    let request = common::fixture("card_payments", "authorize.request");
    let first = Schema::request(Api::CardPayments, "authorize").unwrap();
    assert_eq!(compiled_count(), 1);
    first.validate(&request).unwrap();

    // Looked up again, by the same and by other threads: no compile.
    for _ in 0..100 {
        Schema::request(Api::CardPayments, "authorize")
            .unwrap()
            .validate(&request)
            .unwrap();
    }
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..25 {
                    Schema::request(Api::CardPayments, "authorize")
                        .unwrap()
                        .validate(&request)
                        .unwrap();
                }
            });
        }
    });
    assert_eq!(compiled_count(), 1);

    // The request body of `authorize` is the component
    // `customerInitiatedTransaction`: the same schema, reached by the
    // same reference, so the same compiled validator.
    Schema::named(Api::CardPayments, "customerInitiatedTransaction")
        .unwrap()
        .validate(&request)
        .unwrap();
    assert_eq!(compiled_count(), 1);

    // Another schema compiles once, even when many threads ask at once.
    let response = common::fixture("card_payments", "authorize.201");
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                Schema::response(Api::CardPayments, "authorize", 201)
                    .unwrap()
                    .validate(&response)
                    .unwrap();
            });
        }
    });
    assert_eq!(compiled_count(), 2);
}
