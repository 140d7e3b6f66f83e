//! What Worldpay's own examples and pages send, where they go beyond or
//! against its published Card Payments v7 schemas: each is decoded (or, for
//! requests, accepted) exactly, and nothing of it is lost. The named patches
//! of the generator (`codegen/src/patches.rs`) make these hold; the published
//! schemas alone would drop or refuse them.
#![cfg(feature = "validate")]

mod common;

use serde_json::{Value, json};
use worldpay::card_payments::types;
use worldpay::validate::{Api, Schema};

fn authorize_answer(outcome: &str) -> Value {
    let mut v = common::fixture("card_payments", "authorize.201");
    v["outcome"] = json!(outcome);
    v
}

#[test]
fn the_auto_settled_outcome_is_read_in_worldpays_spelling_and_kept() {
    // "Sent for Settlement" is the mapping value of Worldpay's published
    // file and what its example sends; the camel-case spelling is read too.
    for spelling in ["Sent for Settlement", "sentForSettlement"] {
        let v = authorize_answer(spelling);
        for answer in [
            serde_json::from_value::<types::AuthorizeResponse>(v.clone())
                .map(|a| (a.tag().to_string(), serde_json::to_value(&a).unwrap())),
            serde_json::from_value::<types::RecurringResponse>(v.clone())
                .map(|a| (a.tag().to_string(), serde_json::to_value(&a).unwrap())),
        ] {
            let (tag, back) = answer.unwrap();
            assert_eq!(tag, spelling);
            // Re-serialized as received.
            assert_eq!(back, v, "{spelling}");
        }
        let a: types::AuthorizeResponse = serde_json::from_value(v).unwrap();
        let types::AuthorizeResponse::SentForSettlement(s) = a else {
            panic!("{spelling}: {a:?}")
        };
        assert_eq!(s.outcome, spelling);
    }
    // Worldpay's spelling validates against the published schema.
    Schema::response(Api::CardPayments, "authorize", 201)
        .unwrap()
        .validate(&authorize_answer("Sent for Settlement"))
        .unwrap();
}

#[test]
fn an_events_answer_keeps_its_links_as_worldpays_pages_show_them() {
    let v = json!({
        "lastEvent": "Authorized",
        "_links": {
            "payments:cancel": {"href": "https://try.access.worldpay.com/payments/authorizations/cancellations/eyJrIjoiay0xIn0"},
            "payments:settle": {"href": "https://try.access.worldpay.com/payments/settlements/full/eyJrIjoiay0xIn0"},
            "payments:partialSettle": {"href": "https://try.access.worldpay.com/payments/settlements/partials/eyJrIjoiay0xIn0"},
            "cardPayments:partialCancel": {"href": "https://try.access.worldpay.com/payments/authorizations/cancellations/partials/eyJrIjoiay0xIn0"}
        }
    });
    let q: types::PaymentsEvents200Response = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(q.links.relations().count(), 4);
    assert_eq!(serde_json::to_value(&q).unwrap(), v);
    let r: types::PaymentsEventsRecovery200Response = serde_json::from_value(v.clone()).unwrap();
    assert!(r.links.contains("payments:settle"));
    for operation in ["eventQuery", "eventRecovery"] {
        Schema::response(Api::CardPayments, operation, 200)
            .unwrap()
            .validate(&v)
            .unwrap();
    }
    // One published example writes each link as a bare string.
    let bare: types::PaymentsEvents200Response = serde_json::from_value(json!({
        "lastEvent": "Authorized",
        "_links": {"cardPayments:settle": "/payments/settlements/full/:linkData"}
    }))
    .unwrap();
    assert_eq!(
        bare.links.get("cardPayments:settle").unwrap().href,
        "/payments/settlements/full/:linkData"
    );
}

#[test]
fn a_wallet_answers_masked_token_number_is_kept_and_redacted() {
    let mut v = authorize_answer("authorized");
    v["paymentInstrument"] = json!({
        "type": "card/network+masked",
        "tokenNumber": "555555******4444",
        "cardBrand": "mastercard",
        "fundingType": "credit"
    });
    let a: types::AuthorizeResponse = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(serde_json::to_value(&a).unwrap(), v);
    let types::AuthorizeResponse::Authorized(a) = a else {
        panic!()
    };
    let instrument = a.payment_instrument.unwrap();
    let token = instrument.token_number.as_ref().unwrap();
    assert_eq!(
        serde_json::to_value(token).unwrap(),
        json!("555555******4444")
    );
    let debug = format!("{instrument:?} {instrument:#?}");
    assert!(!debug.contains("555555"), "{debug}");
    assert!(!debug.contains("4444"), "{debug}");
}

#[test]
fn worldpays_split_funding_reference_example_is_accepted() {
    // Worldpay's partial settle and partial refund examples send a split
    // funding reference with spaces.
    let settle = json!({
        "reference": "partial-settle-1",
        "value": {"amount": 100, "currency": "GBP"},
        "merchant": {"marketplace": {"splitFundingReference": "my split funding ref"}}
    });
    let typed: types::PaymentsPartialSettle = worldpay::request::from_json(settle.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), settle);
    Schema::request(Api::CardPayments, "partialSettlement")
        .unwrap()
        .validate(&settle)
        .unwrap();
    let refund = json!({
        "reference": "partial-refund-1",
        "value": {"amount": 100, "currency": "GBP"},
        "merchant": {"marketplace": {"splitFundingReference": "my split funding ref"}}
    });
    let typed: types::PaymentsPartialRefund = worldpay::request::from_json(refund.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), refund);
    Schema::request(Api::CardPayments, "partialRefund")
        .unwrap()
        .validate(&refund)
        .unwrap();
    // The rest of the published pattern still holds.
    let mut bad = refund;
    bad["merchant"]["marketplace"]["splitFundingReference"] = json!("tab\there");
    let e = worldpay::request::from_json::<types::PaymentsPartialRefund>(bad).unwrap_err();
    assert_eq!(e.field, "merchant.marketplace.splitFundingReference");
}

#[test]
fn a_format_json_schema_does_not_define_is_an_annotation() {
    // The 3DS `transactionId` carries `format: "RFC 4122 UUID"`: its
    // lengths are checked, the format is not (JSON Schema ignores formats
    // it does not define).
    let mut request = common::fixture("card_payments", "authorize.request");
    request["authentication"] = json!({
        "threeDS": {
            "version": "2.2.0",
            "eci": "05",
            "authenticationValue": "MAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "transactionId": "c5b808e7-1de1-4069-a17b-f70d3b3b1645"
        }
    });
    let typed: types::CustomerInitiatedTransaction =
        worldpay::request::from_json(request.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), request);
    let schema = Schema::request(Api::CardPayments, "authorize").unwrap();
    schema.validate(&request).unwrap();
    // Not a UUID, but 36 characters: the format does not refuse it.
    request["authentication"]["threeDS"]["transactionId"] = json!("x".repeat(36));
    schema.validate(&request).unwrap();
    worldpay::request::from_json::<types::CustomerInitiatedTransaction>(request.clone()).unwrap();
    // The published lengths do.
    request["authentication"]["threeDS"]["transactionId"] = json!("x".repeat(35));
    let e =
        worldpay::request::from_json::<types::CustomerInitiatedTransaction>(request).unwrap_err();
    assert_eq!(e.field, "authentication.threeDS.transactionId");
}

#[test]
fn the_3ds_fields_of_worldpays_file_can_be_sent() {
    let mut request = common::fixture("card_payments", "authorize.request");
    request["authentication"] = json!({
        "threeDS": {
            "version": "2.2.0",
            "eci": "05",
            "authenticationValue": "MAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "transactionId": "c5b808e7-1de1-4069-a17b-f70d3b3b1645",
            "challengePreference": "noChallengeRequested",
            "authenticationFlow": "frictionless",
            "cryptogramAlgorithm": 1,
            "status": "Y",
            "statusReason": "01",
            "cancellationIndicator": "01",
            "networkScore": "10",
            "brand": "cartesBancaires"
        },
        "customerData": {
            "type": "southKorea/personal",
            "firstTwoOfPin": "12",
            "dateOfBirth": {"day": 1, "month": 2, "year": 1990}
        }
    });
    let typed: types::CustomerInitiatedTransaction =
        worldpay::request::from_json(request.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), request);
    Schema::request(Api::CardPayments, "authorize")
        .unwrap()
        .validate(&request)
        .unwrap();
    // `eci` and `version` are required, as published.
    request["authentication"]["threeDS"]
        .as_object_mut()
        .unwrap()
        .remove("eci");
    let e =
        worldpay::request::from_json::<types::CustomerInitiatedTransaction>(request).unwrap_err();
    assert_eq!(e.field, "authentication.threeDS.eci");
}
