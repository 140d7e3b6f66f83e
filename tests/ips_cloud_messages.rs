//! IPS Cloud messages: all 23 are typed; every fixture (the seed's
//! payment-start examples, and one message built from the facts sheet for
//! each other message) decodes by its destination into its typed message,
//! re-encodes to the same JSON, and validates against its payload schema.
#![cfg(feature = "ips-cloud")]

mod common;

use worldpay::ips_cloud::channels::{CHANNELS, ClientMessage, ServerMessage};
use worldpay::ips_cloud::{Channel, Direction};

const DIR: &str = "ips_cloud";

fn channel_of(message: &str) -> &'static Channel {
    CHANNELS
        .iter()
        .find(|c| c.message == message)
        .unwrap_or_else(|| panic!("no channel carries {message}"))
}

#[test]
fn all_23_messages_have_a_channel() {
    let mut messages: Vec<&str> = CHANNELS.iter().map(|c| c.message).collect();
    messages.sort();
    messages.dedup();
    assert_eq!(messages.len(), 23, "{messages:?}");
    // Every request says what to subscribe to and what ends it.
    for c in CHANNELS
        .iter()
        .filter(|c| c.direction == Direction::Publish)
    {
        assert!(
            c.replies.contains(&"/client/v1/error"),
            "{}: replies {:?}",
            c.operation_id,
            c.replies
        );
        assert!(!c.terminal.is_empty(), "{}", c.operation_id);
    }
}

#[test]
fn every_fixture_decodes_by_destination_and_round_trips() {
    let names = common::fixture_names(DIR);
    assert_eq!(
        names.len(),
        32,
        "10 printed payment starts + 22 built from the facts"
    );
    for name in names {
        let message = name.split('.').next().unwrap();
        let raw = common::fixture(DIR, &name);
        let bytes = serde_json::to_vec(&raw).unwrap();
        let channel = channel_of(message);
        let reencoded = match channel.direction {
            Direction::Subscribe => {
                let m = ServerMessage::decode(channel.destination, &bytes)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(m.message_name(), message, "{name}");
                assert!(!format!("{m:?}").is_empty());
                serde_json::to_value(&m).unwrap()
            }
            Direction::Publish => {
                let m = ClientMessage::decode(channel.destination, &bytes)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(m.message_name(), message, "{name}");
                serde_json::to_value(&m).unwrap()
            }
        };
        assert_eq!(reencoded, raw, "{name} does not re-encode to the same JSON");
    }
}

#[cfg(feature = "validate")]
#[test]
fn every_fixture_validates_against_its_payload_schema() {
    use worldpay::validate::{Api, Schema};
    for name in common::fixture_names(DIR) {
        let message = name.split('.').next().unwrap();
        let channel = channel_of(message);
        let schema = match channel.direction {
            Direction::Publish => Schema::request(Api::IpsCloud, channel.operation_id),
            Direction::Subscribe => Schema::response(Api::IpsCloud, channel.operation_id, 200),
        }
        .unwrap();
        if let Err(v) = schema.validate(&common::fixture(DIR, &name)) {
            panic!("{name} breaks its schema: {v:#?}");
        }
    }
}

#[test]
fn an_unknown_destination_keeps_its_body() {
    let m = ServerMessage::decode("/client/v2/something/new", br#"{"a": 1}"#).unwrap();
    assert_eq!(m.destination(), "/client/v2/something/new");
    assert_eq!(
        serde_json::to_value(&m).unwrap(),
        serde_json::json!({"a": 1})
    );
}

#[test]
fn open_sets_keep_values_worldpay_adds() {
    let mut result = common::fixture(DIR, "payment-result-message.from-facts");
    result["payments"][0]["result"] = serde_json::json!("refused-by-a-new-rule");
    let bytes = serde_json::to_vec(&result).unwrap();
    let m = ServerMessage::decode("/client/v1/payment/result", &bytes).unwrap();
    assert_eq!(serde_json::to_value(&m).unwrap(), result);
}

#[test]
fn licence_keys_and_activation_codes_never_print() {
    for name in [
        "pos-registration-response-message.from-facts",
        "pos-registration-refresh-response-message.from-facts",
        "pos-registration-request-message.from-facts",
    ] {
        let raw = common::fixture(DIR, name);
        let message = name.split('.').next().unwrap();
        let channel = channel_of(message);
        let bytes = serde_json::to_vec(&raw).unwrap();
        let debug = match channel.direction {
            Direction::Subscribe => format!(
                "{:?}",
                ServerMessage::decode(channel.destination, &bytes).unwrap()
            ),
            Direction::Publish => format!(
                "{:?}",
                ClientMessage::decode(channel.destination, &bytes).unwrap()
            ),
        };
        for key in ["pointOfSaleLicenseKey", "pointOfSaleActivationCode"] {
            if let Some(secret) = raw.get(key).and_then(|v| v.as_str()) {
                assert!(!debug.contains(secret), "{name} prints its {key}: {debug}");
            }
        }
        assert!(debug.contains("<redacted>"), "{debug}");
    }
}

#[test]
fn values_the_client_proven_against_ips_cloud_knows_decode_as_known() {
    use worldpay::ips_cloud::types::{PaymentReceiptType, PaymentResultValue};
    // `invalid-amount` and `refused-do-not-reattempt`: absent from the
    // published list, known to that client.
    for (wire, known) in [
        ("invalid-amount", PaymentResultValue::InvalidAmount),
        (
            "refused-do-not-reattempt",
            PaymentResultValue::RefusedDoNotReattempt,
        ),
    ] {
        let mut result = common::fixture(DIR, "payment-result-message.from-facts");
        result["payments"][0]["result"] = serde_json::json!(wire);
        let bytes = serde_json::to_vec(&result).unwrap();
        let ServerMessage::PaymentResult(m) =
            ServerMessage::decode("/client/v1/payment/result", &bytes).unwrap()
        else {
            panic!("a payment result");
        };
        assert_eq!(m.payments[0].result, known);
        assert!(m.payments[0].result.is_known(), "{wire}");
        assert_eq!(serde_json::to_value(&m).unwrap(), result);
    }
    // A receipt `type` is `customer` or `merchant`; `signature` is not a
    // wire value any source shows, so it is not a known one, and is kept.
    let mut receipt = common::fixture(DIR, "payment-receipt-message.from-facts");
    for (wire, known) in [("customer", true), ("merchant", true), ("signature", false)] {
        receipt["type"] = serde_json::json!(wire);
        let bytes = serde_json::to_vec(&receipt).unwrap();
        let ServerMessage::PaymentReceipt(m) =
            ServerMessage::decode("/client/v1/payment/receipt", &bytes).unwrap()
        else {
            panic!("a payment receipt");
        };
        let kind: &PaymentReceiptType = m.type_.as_ref().unwrap();
        assert_eq!(kind.is_known(), known, "{wire}");
        assert_eq!(kind.as_str(), wire);
        assert_eq!(serde_json::to_value(&m).unwrap(), receipt);
    }
}
