//! Validation: payloads checked per second with `worldpay::validate`
//! (each schema compiled once per process, then cached) against compiling
//! the schema for every payload with `jsonschema` directly, on the same
//! options (draft 7, formats checked) and the same embedded document.

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde_json::Value;
use std::hint::black_box;
use worldpay::validate::{Api, Schema, compiled_count};

/// The Card Payments document the crate embeds.
const DOCUMENT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/generated/card_payments/schema.json"
));

/// Compiles `reference` of the document, as a caller without the cache
/// would for each payload.
fn compile(document: &Value, reference: &str) -> jsonschema::Validator {
    let mut root = document.clone();
    root.as_object_mut()
        .expect("an object")
        .insert("$ref".into(), Value::String(reference.into()));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&root)
        .expect("the schema compiles")
}

fn validate(c: &mut Criterion) {
    let document: Value = serde_json::from_str(DOCUMENT).expect("JSON");
    type Lookup = fn() -> Schema;
    let cases: [(&str, Lookup, &str); 2] = [
        (
            "authorize.request",
            || Schema::request(Api::CardPayments, "authorize").expect("a schema"),
            "#/components/schemas/customerInitiatedTransaction",
        ),
        (
            "authorize.201",
            || Schema::response(Api::CardPayments, "authorize", 201).expect("a schema"),
            // An inline schema (the union of outcomes), by its place.
            "#/paths/~1cardPayments~1customerInitiatedTransactions/post/responses/201\
             /content/application~1vnd.worldpay.payments-v7+json/schema",
        ),
    ];
    for (fixture, lookup, reference) in cases {
        let schema = lookup();
        let payload = common::fixture("card_payments", fixture);
        // Both accept the payload.
        schema.validate(&payload).expect("the fixture is valid");
        assert!(compile(&document, reference).is_valid(&payload));
        let mut broken = payload.clone();
        broken["transactionReference"] = Value::Bool(true);
        broken["outcome"] = Value::Bool(true);
        assert!(schema.validate(&broken).is_err());
        assert!(!compile(&document, reference).is_valid(&broken));

        let compiled = compiled_count();
        let mut group = c.benchmark_group("validate");
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::new("compiled_once", fixture), |b| {
            b.iter(|| {
                // Looked up per payload, as a caller does: a cache hit.
                lookup().validate(black_box(&payload))
            })
        });
        group.bench_function(BenchmarkId::new("compiled_each_time", fixture), |b| {
            b.iter(|| compile(&document, reference).is_valid(black_box(&payload)))
        });
        group.finish();
        assert_eq!(
            compiled_count(),
            compiled,
            "nothing compiled while measuring"
        );
    }
}

criterion_group!(benches, validate);
criterion_main!(benches);
