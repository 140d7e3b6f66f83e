//! Every JSON example of the REST seeds is a fixture under
//! `tests/fixtures/<api>/`, named `<operationId>.<request|status>[.<variant>]`:
//! seed 001 (Card Payments v7), 002 (Payments), 003 (Verified Payments) and
//! 004 (Worldpay Online; repairs of examples that are not valid JSON are
//! recorded in its `REPAIRS.md`). Each must decode into its generated type,
//! re-encode to an equal JSON value, and validate against its schema.

mod common;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use worldpay::card_payments::types;

const API: &str = "card_payments";

fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(name: &str) -> T {
    round_trip_in::<T>(API, name)
}

fn round_trip_in<T: DeserializeOwned + Serialize + std::fmt::Debug>(api: &str, name: &str) -> T {
    let raw = common::fixture(api, name);
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
fn validate_all(dir: &str, api: worldpay::validate::Api) {
    use worldpay::validate::Schema;
    let names = common::fixture_names(dir);
    assert!(!names.is_empty(), "{dir} has no fixtures");
    for name in names {
        let mut parts = name.split('.');
        let (op, direction) = (parts.next().unwrap(), parts.next().unwrap());
        if direction == "headers" {
            continue; // headers, checked on the wire
        }
        let value = common::fixture(dir, &name);
        let schema = if direction == "request" {
            Schema::request(api, op)
        } else {
            Schema::response(api, op, direction.parse().unwrap())
        }
        .unwrap_or_else(|e| panic!("{dir}/{name}: {e}"));
        if let Err(v) = schema.validate(&value) {
            panic!("{dir}/{name} breaks its schema: {v:#?}");
        }
    }
}

#[cfg(feature = "validate")]
#[test]
fn every_fixture_validates_against_its_schema() {
    for name in common::fixture_names(API) {
        check(&name);
    }
    validate_all(API, worldpay::validate::Api::CardPayments);
}

/// Decodes every fixture of `dir` with `decode(operation, direction, name)`.
fn decode_all(dir: &str, decode: fn(&str, &str, &str)) {
    let names = common::fixture_names(dir);
    assert!(!names.is_empty(), "{dir} has no fixtures");
    for name in names {
        let mut parts = name.split('.');
        decode(parts.next().unwrap(), parts.next().unwrap(), &name);
    }
}

#[cfg(feature = "payments")]
mod payments {
    use super::*;
    use worldpay::payments::types;

    const DIR: &str = "payments";

    fn decode(op: &str, direction: &str, name: &str) {
        match (op, direction) {
            ("authorize", "request") => {
                drop(round_trip_in::<types::AuthorizationRequest>(DIR, name))
            }
            ("authorize", "201") => drop(round_trip_in::<types::AuthorizeResponse>(DIR, name)),
            ("migrateRecurring", "request") => {
                drop(round_trip_in::<types::MigrateRecurringAuthorizationRequest>(DIR, name))
            }
            ("migrateRecurring", "201") => {
                drop(round_trip_in::<types::MigrateRecurringResponse>(DIR, name))
            }
            ("migrateCardOnFile", "request") => {
                drop(round_trip_in::<types::MigrateCardOnFileAuthorizationRequest>(DIR, name))
            }
            ("migrateCardOnFile", "201") => {
                drop(round_trip_in::<types::MigrateCardOnFileResponse>(DIR, name))
            }
            _ => panic!("payments fixture {name} has no type mapping"),
        }
    }

    #[test]
    fn every_payments_fixture_round_trips() {
        // 42 examples printed, 4 byte-identical repeats dropped (REPAIRS.md).
        assert_eq!(common::fixture_names(DIR).len(), 38);
        decode_all(DIR, decode);
    }

    #[test]
    fn refusals_keep_code_and_description() {
        let r: types::AuthorizeResponse = round_trip_in(DIR, "authorize.201.refused");
        let types::AuthorizeResponse::Refused(r) = r else {
            panic!("{r:?}")
        };
        assert_eq!(r.code.as_deref(), Some("33"));
        assert_eq!(r.description.as_deref(), Some("CARD EXPIRED"));
    }

    #[cfg(feature = "validate")]
    #[test]
    fn every_payments_fixture_validates() {
        validate_all(DIR, worldpay::validate::Api::Payments);
    }
}

#[cfg(feature = "verified-payments")]
mod verified_payments {
    use super::*;
    use worldpay::verified_payments::types;

    const DIR: &str = "verified_payments";

    fn decode(op: &str, direction: &str, name: &str) {
        match (op, direction) {
            ("verifiedPayment", "request") => {
                drop(round_trip_in::<types::VerifiedPaymentRequest>(DIR, name))
            }
            ("verifiedPayment", "201") => {
                drop(round_trip_in::<types::VerifiedPaymentResponse>(DIR, name))
            }
            ("verifiedPayment", "headers") => drop(round_trip_in::<
                std::collections::BTreeMap<String, String>,
            >(DIR, name)),
            _ => panic!("verified payments fixture {name} has no type mapping"),
        }
    }

    #[test]
    fn every_verified_payments_fixture_round_trips() {
        // The seed's request and 201 examples, and its example headers.
        assert_eq!(common::fixture_names(DIR).len(), 3);
        decode_all(DIR, decode);
        let r: types::VerifiedPaymentResponse =
            round_trip_in(DIR, "verifiedPayment.201.device-data-required");
        assert_eq!(r.outcome.as_deref(), Some("3dsDeviceDataRequired"));
        assert!(r.links.unwrap().contains("verifiedPayments:3dsDeviceData"));
    }

    #[cfg(feature = "validate")]
    #[test]
    fn every_verified_payments_fixture_validates() {
        validate_all(DIR, worldpay::validate::Api::VerifiedPayments);
    }
}

#[cfg(feature = "online")]
mod online {
    use super::*;
    use worldpay::online::types;

    const DIR: &str = "online";

    fn decode(op: &str, direction: &str, name: &str) {
        match (op, direction) {
            ("createOrder", "request") => drop(round_trip_in::<types::OrderRequest>(DIR, name)),
            ("getOrder", "200") => drop(round_trip_in::<types::Order>(DIR, name)),
            _ => panic!("online fixture {name} has no type mapping"),
        }
    }

    #[test]
    fn every_online_fixture_round_trips() {
        assert_eq!(common::fixture_names(DIR).len(), 2);
        decode_all(DIR, decode);
        let order: types::Order = round_trip_in(DIR, "getOrder.200.card-order");
        assert!(matches!(
            order.payment_response,
            Some(types::OrderPaymentResponse::ObfuscatedCard(_))
        ));
    }

    #[cfg(feature = "validate")]
    #[test]
    fn every_online_fixture_validates() {
        validate_all(DIR, worldpay::validate::Api::Online);
    }
}
