//! Every JSON example of seed 001 (Card Payments v7) is a fixture under
//! `tests/fixtures/card_payments/`, named `<operationId>.<request|status>`.
//! Each must decode into its generated type, re-encode to an equal JSON
//! value, and validate against its schema.

mod common;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use worldpay::card_payments::types;

const API: &str = "card_payments";

fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(name: &str) -> T {
    let raw = common::fixture(API, name);
    let typed: T = serde_json::from_value(raw.clone()).unwrap_or_else(|e| {
        panic!(
            "{name} does not decode into {}: {e}",
            std::any::type_name::<T>()
        )
    });
    let back = serde_json::to_value(&typed).expect("encodes");
    assert_eq!(back, raw, "{name} does not re-encode to the same JSON");
    typed
}

/// Decodes a fixture into the type its operation and direction name.
fn check(name: &str) -> Value {
    match name {
        "authorize.request" => drop(round_trip::<types::CustomerInitiatedTransaction>(name)),
        "authorize.201" => drop(round_trip::<types::AuthorizeResponse>(name)),
        "recurring.request" => drop(round_trip::<types::MerchantInitiatedTransaction>(name)),
        "recurring.201" => drop(round_trip::<types::RecurringResponse>(name)),
        "settle.202" => drop(round_trip::<types::PaymentsFullSettleResponse>(name)),
        "partialSettlement.request" => drop(round_trip::<types::PaymentsPartialSettle>(name)),
        "partialSettlement.202" => drop(round_trip::<types::PaymentsPartialSettleResponse>(name)),
        "refund.202" => drop(round_trip::<types::PaymentsFullRefundResponse>(name)),
        "partialRefund.request" => drop(round_trip::<types::PaymentsPartialRefund>(name)),
        "partialRefund.202" => drop(round_trip::<types::PaymentsPartialRefundResponse>(name)),
        "cancel.202" => drop(round_trip::<types::PaymentsFullCancelResponse>(name)),
        "partialCancel.request" => drop(round_trip::<types::PaymentsPartialCancel>(name)),
        "partialCancel.202" => drop(round_trip::<types::PaymentsPartialCancelResponse>(name)),
        "increaseAuthorize.request" => drop(round_trip::<types::PaymentsIncreaseAuthorize>(name)),
        "increaseAuthorize.202" => drop(round_trip::<types::IncreaseAuthorizeResponse>(name)),
        "reversal.202" => drop(round_trip::<types::PaymentsReversalResponse>(name)),
        other => panic!("fixture {other} has no type mapping in tests/fixtures.rs"),
    }
    common::fixture(API, name)
}

#[test]
fn there_are_sixteen_fixtures() {
    // The seed holds 16 JSON examples; none may go missing.
    assert_eq!(common::fixture_names(API).len(), 16);
}

#[test]
fn every_fixture_round_trips_through_its_type() {
    for name in common::fixture_names(API) {
        check(&name);
    }
}

#[test]
fn authorization_outcome_is_the_authorized_variant() {
    let r = round_trip::<types::AuthorizeResponse>("authorize.201");
    let types::AuthorizeResponse::Authorized(a) = r else {
        panic!("expected the authorized variant, got {r:?}");
    };
    assert_eq!(a.issuer.unwrap().authorization_code, "T75725");
    let pi = a.payment_instrument.unwrap();
    assert_eq!(
        pi.card_brand,
        Some(types::ResponsePaymentInstrumentCardBrand::Mastercard)
    );
    let links = a.links.unwrap();
    assert!(links.contains("cardPayments:settle"));
    assert_eq!(links.curies()[0].name.as_deref(), Some("cardPayments"));
}

#[test]
fn request_fixtures_decode_into_tagged_instruments() {
    let cit = round_trip::<types::CustomerInitiatedTransaction>("authorize.request");
    assert!(matches!(
        cit.instruction.payment_instrument,
        types::CustomerInitiatedTransactionInstructionPaymentInstrument::CardPlain(_)
    ));
    let mit = round_trip::<types::MerchantInitiatedTransaction>("recurring.request");
    let types::MerchantInitiatedTransactionInstructionCustomerAgreement::Subscription(sub) =
        mit.instruction.customer_agreement
    else {
        panic!("expected a subscription agreement");
    };
    assert_eq!(sub.scheme_reference.as_deref(), Some("MCCOLXT1C0104 "));
}

#[cfg(feature = "validate")]
#[test]
fn every_fixture_validates_against_its_schema() {
    use worldpay::validate::{Api, Schema};
    for name in common::fixture_names(API) {
        let value = check(&name);
        let (op, direction) = name.split_once('.').unwrap();
        let schema = if direction == "request" {
            Schema::request(Api::CardPayments, op)
        } else {
            Schema::response(Api::CardPayments, op, direction.parse().unwrap())
        }
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(v) = schema.validate(&value) {
            panic!("{name} breaks its schema: {v:#?}");
        }
    }
}
