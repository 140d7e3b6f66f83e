//! `worldpay::validate`: every embedded schema compiles, violations name
//! the field (JSON pointer) and never quote card data.
#![cfg(feature = "validate")]

mod common;

use serde_json::json;
use worldpay::validate::{Api, LookupError, Schema};

/// Compiles every component schema, request and response body of one API.
fn compiles_all(
    api: Api,
    document: &str,
    operations: &[worldpay::operation::Operation],
    at_least: usize,
) {
    let doc: serde_json::Value = serde_json::from_str(document).unwrap();
    let names: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert!(names.len() >= at_least, "{api:?}: {}", names.len());
    for name in &names {
        Schema::named(api, name).unwrap();
    }
    for op in operations {
        if op.request_media_type.is_some() {
            Schema::request(api, op.id).unwrap();
        }
        for (status, schema) in op.success.iter().chain(op.errors) {
            if schema.is_some() {
                Schema::response(api, op.id, status.parse().unwrap())
                    .unwrap_or_else(|e| panic!("{api:?} {}: {e}", op.id));
            }
        }
    }
}

#[test]
fn every_schema_request_and_response_compiles() {
    compiles_all(
        Api::CardPayments,
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/generated/card_payments/schema.json"
        )),
        worldpay::card_payments::OPERATIONS,
        100,
    );
}

#[cfg(feature = "payments")]
#[test]
fn every_payments_schema_compiles() {
    compiles_all(
        Api::Payments,
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/generated/payments/schema.json"
        )),
        worldpay::payments::OPERATIONS,
        40,
    );
}

#[cfg(feature = "verified-payments")]
#[test]
fn every_verified_payments_schema_compiles() {
    compiles_all(
        Api::VerifiedPayments,
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/generated/verified_payments/schema.json"
        )),
        worldpay::verified_payments::OPERATIONS,
        5,
    );
}

#[cfg(feature = "online")]
#[test]
fn every_online_schema_compiles() {
    compiles_all(
        Api::Online,
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/generated/online/schema.json"
        )),
        worldpay::online::OPERATIONS,
        15,
    );
}

#[test]
fn reports_every_violation_with_its_pointer() {
    let mut body = common::fixture("card_payments", "authorize.request");
    body["instruction"]["value"]["currency"] = json!("GB");
    body["channel"] = json!("pos");
    body["instruction"]["paymentInstrument"]["expiryDate"]["month"] = json!(13);
    body.as_object_mut().unwrap().remove("transactionReference");
    let violations = Schema::request(Api::CardPayments, "authorize")
        .unwrap()
        .validate(&body)
        .unwrap_err();
    let pointers: Vec<&str> = violations.iter().map(|v| v.pointer.as_str()).collect();
    for expected in [
        "/instruction/value/currency",
        "/channel",
        "/instruction/paymentInstrument/expiryDate/month",
        "",
    ] {
        assert!(
            pointers.contains(&expected),
            "{expected} missing from {violations:#?}"
        );
    }
    assert!(
        violations
            .iter()
            .any(|v| v.message.contains("transactionReference")),
        "{violations:#?}"
    );
}

#[test]
fn violations_never_quote_card_data() {
    let mut body = common::fixture("card_payments", "authorize.request");
    // A card number that breaks the pattern and a CVC that is too long.
    body["instruction"]["paymentInstrument"]["cardNumber"] = json!("4444333322221111x");
    body["instruction"]["paymentInstrument"]["cvc"] = json!("12345");
    let violations = Schema::request(Api::CardPayments, "authorize")
        .unwrap()
        .validate(&body)
        .unwrap_err();
    assert!(violations.len() >= 2, "{violations:#?}");
    for v in &violations {
        let text = format!("{v} {v:?}");
        assert!(!text.contains("4444333322221111"), "{text}");
        assert!(!text.contains("12345"), "{text}");
    }
}

#[test]
fn the_tag_chooses_the_branch() {
    // A refusal is checked as a refusal: its fields, not "no oneOf branch".
    let body = json!({"outcome": "refused", "refusalCode": 5});
    let v = Schema::response(Api::CardPayments, "authorize", 201)
        .unwrap()
        .validate(&body)
        .unwrap_err();
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].pointer, "/refusalCode");
    // An unknown outcome is not what the description allows.
    let body = json!({"outcome": "maybe"});
    assert!(
        Schema::response(Api::CardPayments, "authorize", 201)
            .unwrap()
            .validate(&body)
            .is_err()
    );
}

#[test]
fn typed_values_validate_too() {
    let typed: worldpay::card_payments::types::PaymentsPartialSettle = serde_json::from_value(
        common::fixture("card_payments", "partialSettlement.request"),
    )
    .unwrap();
    Schema::named(Api::CardPayments, "payments_partialSettle")
        .unwrap()
        .validate_typed(&typed)
        .unwrap();
}

#[test]
fn unknown_names_are_typed_errors() {
    assert!(matches!(
        Schema::named(Api::CardPayments, "nope"),
        Err(LookupError::NoSuchSchema { .. })
    ));
    assert!(matches!(
        Schema::request(Api::CardPayments, "nope"),
        Err(LookupError::NoSuchOperation { .. })
    ));
    assert!(matches!(
        Schema::request(Api::CardPayments, "reversal"),
        Err(LookupError::NoBody { .. })
    ));
}
