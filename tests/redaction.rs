//! Card data and credentials never appear in `Debug` (or `Display`) of any
//! type: request and response types, generated builders (typify's and
//! progenitor's), the client and its configuration, and errors.

mod common;

use common::{SECRETS, contains_luhn_pan};
use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::transport::{ClientConfig, Environment};

fn assert_clean(what: &str, text: &str) {
    for s in SECRETS {
        assert!(!text.contains(s), "{what} prints a secret: {text}");
    }
    assert_eq!(
        contains_luhn_pan(text),
        None,
        "{what} prints a card number: {text}"
    );
}

fn debug_of_fixture(name: &str) -> String {
    let v = common::fixture("card_payments", name);
    macro_rules! dbg_as {
        ($($n:literal => $t:ty,)*) => {
            match name {
                $($n => {
                    let typed: $t = serde_json::from_value(v).unwrap();
                    format!("{typed:?} {typed:#?}")
                })*
                other => panic!("no type for {other}"),
            }
        };
    }
    dbg_as! {
        "authorize.request" => types::CustomerInitiatedTransaction,
        "authorize.201" => types::AuthorizeResponse,
        "recurring.request" => types::MerchantInitiatedTransaction,
        "recurring.201" => types::RecurringResponse,
        "settle.202" => types::PaymentsFullSettleResponse,
        "partialSettlement.request" => types::PaymentsPartialSettle,
        "partialSettlement.202" => types::PaymentsPartialSettleResponse,
        "refund.202" => types::PaymentsFullRefundResponse,
        "partialRefund.request" => types::PaymentsPartialRefund,
        "partialRefund.202" => types::PaymentsPartialRefundResponse,
        "cancel.202" => types::PaymentsFullCancelResponse,
        "partialCancel.request" => types::PaymentsPartialCancel,
        "partialCancel.202" => types::PaymentsPartialCancelResponse,
        "increaseAuthorize.request" => types::PaymentsIncreaseAuthorize,
        "increaseAuthorize.202" => types::IncreaseAuthorizeResponse,
        "reversal.202" => types::PaymentsReversalResponse,
    }
}

#[test]
fn no_fixture_of_any_api_prints_card_data() {
    for dir in common::typed::api_dirs() {
        for name in common::fixture_names(dir) {
            let raw = common::fixture(dir, &name).to_string();
            let decoded = common::typed::decode_fixture(dir, &name);
            assert_clean(&format!("{dir}/{name}"), &decoded.debug);
            if raw.contains("4444333322221111") {
                assert!(
                    decoded.debug.contains("<redacted>"),
                    "{dir}/{name}: {}",
                    decoded.debug
                );
            }
            // Every card-data field (cardholder names, CVCs, tokens...) prints
            // as its redacting type, never as a plain string.
            let mut fields: Vec<(&str, &str)> = vec![
                ("cardNumber", "card_number"),
                ("cvc", "cvc"),
                ("cardHolderName", "card_holder_name"),
                ("walletToken", "wallet_token"),
                ("tokenNumber", "token_number"),
                ("authenticationValue", "authentication_value"),
                ("cryptogram", "cryptogram"),
            ];
            if dir == "online" {
                fields.push(("name", "name")); // Worldpay Online's cardholder name
            }
            for (json_name, rust_name) in fields {
                if raw.contains(&format!("\"{json_name}\"")) {
                    for plain in [format!("{rust_name}: \""), format!("{rust_name}: Some(\"")] {
                        // The field itself, not one ending the same (`first_name`).
                        let clear = decoded.debug.match_indices(&plain).any(|(i, _)| {
                            !decoded.debug[..i]
                                .ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                        });
                        assert!(
                            !clear,
                            "{dir}/{name} prints `{json_name}` in clear: {}",
                            decoded.debug
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn no_fixture_prints_card_data() {
    let names = common::fixture_names("card_payments");
    assert_eq!(names.len(), 16);
    for name in names {
        let raw = common::fixture("card_payments", &name).to_string();
        let debug = debug_of_fixture(&name);
        assert_clean(&name, &debug);
        // The fixtures that carry a card number do print its redaction.
        if raw.contains("4444333322221111") {
            assert!(debug.contains("CardNumber(<redacted>)"), "{debug}");
        }
    }
}

/// A request with every kind of card data the v7 schemas name.
fn loaded_requests() -> Vec<serde_json::Value> {
    let base = common::fixture("card_payments", "authorize.request");
    let mut out = Vec::new();
    let mut plain = base.clone();
    plain["instruction"]["paymentInstrument"] = json!({
        "type": "card/plain", "cardNumber": "4444333322221111", "cvc": "737",
        "cardHolderName": "Sherlock Holmes", "expiryDate": {"month": 5, "year": 2035}
    });
    out.push(plain);
    let mut wallet = base.clone();
    wallet["instruction"]["paymentInstrument"] = json!({"type": "card/wallet+applepay", "walletToken": "eyJhcHBsZVBheVRva2VuIjoiNDQ0NDMzMzMyMjIyMTExMSJ9"});
    out.push(wallet);
    let mut network = base.clone();
    network["instruction"]["paymentInstrument"] = json!({
        "type": "card/networkToken", "tokenNumber": "4917610000000000003",
        "expiryDate": {"month": 5, "year": 2035}, "cardHolderName": "Sherlock Holmes"
    });
    network["authentication"] = json!({
        "threeDS": {"version": "2.1.0", "eci": "05", "authenticationValue": "AAABBBCCCDDDEEEFFFGGGHHHIII="},
        "networkToken": {"cryptogram": "MDAwMDAwMDAwMDA0MDEwMDAwMDA=", "eci": "07"}
    });
    out.push(network);
    let mut transfer = base;
    transfer["instruction"]["fundsTransfer"] = json!({
        "type": "personToPerson",
        "recipient": {"account": {"type": "card", "cardNumber": "5555555555554444"}}
    });
    out.push(transfer);
    out
}

const LOADED_SECRETS: &[&str] = &[
    "737",
    "Sherlock Holmes",
    "eyJhcHBsZVBheVRva2VuIjoiNDQ0NDMzMzMyMjIyMTExMSJ9",
    "AAABBBCCCDDDEEEFFFGGGHHHIII=",
    "MDAwMDAwMDAwMDA0MDEwMDAwMDA=",
];

#[test]
fn every_kind_of_card_data_is_redacted_in_types_and_builders() {
    let client = Client::new(
        &ClientConfig::new(Environment::Custom("http://127.0.0.1:9".into()))
            .credentials(Credentials::basic("merchant-user", "s3cret-pass")),
    )
    .unwrap();
    for v in loaded_requests() {
        let typed: types::CustomerInitiatedTransaction = serde_json::from_value(v.clone()).unwrap();
        // It still serializes the real values: they must reach Worldpay.
        assert_eq!(serde_json::to_value(&typed).unwrap(), v);
        let builder = types::builder::CustomerInitiatedTransaction::from(typed.clone());
        for text in [
            format!("{typed:?}"),
            format!("{typed:#?}"),
            format!("{builder:?}"),
            format!("{client:?}"),
        ] {
            assert_clean("request", &text);
            for s in LOADED_SECRETS {
                assert!(!text.contains(s), "prints {s}: {text}");
            }
        }
    }
}

#[test]
fn the_client_and_credentials_never_print_credentials() {
    let config = ClientConfig::new(Environment::Try)
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"));
    let client = Client::new(&config).unwrap();
    assert_clean("config", &format!("{config:?}"));
    assert_clean("client", &format!("{client:?}"));
}

#[tokio::test]
async fn errors_never_print_card_data() {
    // A value refused at construction.
    let e = types::CardNumber::new("44443333222211119999x").unwrap_err();
    assert_clean("InvalidValue", &format!("{e} {e:?}"));
    // A response whose card data is where a number should be.
    let v = json!({"outcome": "authorized", "paymentInstrument": {"cardBin": 4444333322221111u64}});
    let e = serde_json::from_value::<types::AuthorizeResponse>(v).unwrap_err();
    let decode = worldpay::error::DecodeError {
        operation: "authorize",
        message: worldpay::sensitive::mask_card_numbers(&e.to_string()),
        body: None,
    };
    assert_clean("DecodeError", &format!("{decode} {decode:?}"));
    // A card number sent where a number was expected in a sensitive field.
    let v = json!({"type": "card/plain", "cardNumber": 4444333322221111u64, "expiryDate": {"month": 5, "year": 2035}});
    let e = serde_json::from_value::<types::CardPlain>(v).unwrap_err();
    assert_clean("sensitive field error", &e.to_string());
}
