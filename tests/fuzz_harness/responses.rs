//! `responses_*` and `messages_ips_cloud`: bytes decoded as a generated
//! response type, and what decodes re-encodes to JSON that decodes again
//! to the same JSON.
//!
//! Input: byte 0 picks the type (modulo the number of types), the rest is
//! the body.
//!
//! The tables name every type a response body of the API is decoded into:
//! the success bodies of every operation (the generated clients' return
//! types, and the unions the facades decode authorizations into) and the
//! error bodies. `tests/fuzz_regressions.rs` checks them against the
//! generated operation tables and clients, so a new response type cannot
//! be missed.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A check of one type: `Err` when the bytes do not decode.
pub type Check = fn(&[u8]) -> Result<(), serde_json::Error>;

/// The types of one API: each type's name, and its check.
pub type Table = &'static [(&'static str, Check)];

/// Decodes `bytes` as `T`; if that works, re-encodes, decodes again and
/// compares the JSON. Runs `Debug` of the value (redaction code) and
/// `Display` of the error.
pub fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(
    bytes: &[u8],
) -> Result<(), serde_json::Error> {
    let name = std::any::type_name::<T>();
    let value = match serde_json::from_slice::<T>(bytes) {
        Ok(value) => value,
        Err(e) => {
            let _ = (e.to_string(), format!("{e:?}"));
            return Err(e);
        }
    };
    let _ = format!("{value:?}{value:#?}");
    let encoded = serde_json::to_vec(&value)
        .unwrap_or_else(|e| panic!("a decoded {name} does not encode: {e}"));
    let again: T = serde_json::from_slice(&encoded)
        .unwrap_or_else(|e| panic!("a re-encoded {name} does not decode: {e}"));
    // Compared as values built by `Serialize`, not by parsing `encoded`:
    // with serde_json's `raw_value` feature (worldpay enables it), a
    // `Value` cannot be parsed from an object whose first key is
    // `$serde_json::private::RawValue`, and a link relation may be named
    // that.
    let first = serde_json::to_value(&value)
        .unwrap_or_else(|e| panic!("a decoded {name} does not encode: {e}"));
    let second = serde_json::to_value(&again)
        .unwrap_or_else(|e| panic!("a twice-decoded {name} does not encode: {e}"));
    assert_eq!(first, second, "re-encoding {name} is not idempotent");
    Ok(())
}

macro_rules! table {
    ($($ty:ty),* $(,)?) => {
        &[$((stringify!($ty), round_trip::<$ty> as Check)),*]
    };
}

/// Card Payments (v7).
pub const CARD_PAYMENTS: Table = {
    use worldpay::card_payments::types as t;
    table![
        t::AuthorizeResponse,
        t::RecurringResponse,
        t::IncreaseAuthorizeResponse,
        t::PaymentsEvents200Response,
        t::PaymentsEventsRecovery200Response,
        t::PaymentsFullCancelResponse,
        t::PaymentsFullRefundResponse,
        t::PaymentsFullSettleResponse,
        t::PaymentsPartialCancelResponse,
        t::PaymentsPartialRefundResponse,
        t::PaymentsPartialSettleResponse,
        t::PaymentsReversalResponse,
        t::ErrorResponse,
        t::ValidationErrorResponse,
    ]
};

/// Payments (v6).
pub const PAYMENTS: Table = {
    use worldpay::payments::types as t;
    table![
        t::AuthorizeResponse,
        t::MigrateCardOnFileResponse,
        t::MigrateRecurringResponse,
        t::CancelResponse,
        t::EventsResponse,
        t::PartialSettleResponse,
        t::RootResponse,
        t::SettleResponse,
        t::ErrorResponse,
        t::ValidationErrorResponse,
    ]
};

/// Verified Payments.
pub const VERIFIED_PAYMENTS: Table = {
    use worldpay::verified_payments::types as t;
    table![
        t::VerifiedPaymentResponse,
        t::VerifiedPaymentsRoot,
        t::ErrorResponse,
        t::ValidationErrorResponse,
    ]
};

/// Worldpay Online.
pub const ONLINE: Table = {
    use worldpay::online::types as t;
    table![t::Order, t::Token, t::ErrorResponse]
};

/// Runs the check of the type byte 0 picks; `None` for empty input.
pub fn check(table: &[(&str, Check)], data: &[u8]) -> Option<Result<(), serde_json::Error>> {
    let (&pick, body) = data.split_first()?;
    let (_, check) = table[usize::from(pick) % table.len()];
    Some(check(body))
}

/// The destinations `messages_ips_cloud` decodes on: every channel's, in
/// both directions, and one no channel has.
pub fn ips_destinations() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = worldpay::ips_cloud::channels::CHANNELS
        .iter()
        .map(|c| c.destination)
        .collect();
    all.push("/client/v9/not-a-channel");
    all
}

/// IPS Cloud: byte 0 picks the destination and the direction (even:
/// a server message, odd: a client message), the rest is the body.
pub fn check_ips(data: &[u8]) -> Option<Result<(), serde_json::Error>> {
    use worldpay::ips_cloud::channels::{ClientMessage, ServerMessage};
    let (&pick, body) = data.split_first()?;
    let destinations = ips_destinations();
    let destination = destinations[usize::from(pick / 2) % destinations.len()];
    Some(if pick % 2 == 0 {
        message_round_trip(
            destination,
            body,
            ServerMessage::decode,
            ServerMessage::destination,
        )
    } else {
        message_round_trip(
            destination,
            body,
            ClientMessage::decode,
            ClientMessage::destination,
        )
    })
}

fn message_round_trip<M: Serialize + std::fmt::Debug + PartialEq>(
    destination: &str,
    body: &[u8],
    decode: fn(&str, &[u8]) -> Result<M, serde_json::Error>,
    destination_of: fn(&M) -> &str,
) -> Result<(), serde_json::Error> {
    let message = match decode(destination, body) {
        Ok(m) => m,
        Err(e) => {
            let _ = (e.to_string(), format!("{e:?}"));
            return Err(e);
        }
    };
    let _ = format!("{message:?}{message:#?}");
    assert_eq!(
        destination_of(&message),
        destination,
        "a message forgets its destination"
    );
    let encoded = serde_json::to_vec(&message).expect("a decoded message encodes");
    let again = decode(destination, &encoded).expect("a re-encoded message decodes");
    // Compared as values built by `Serialize` (see `round_trip`).
    let first = serde_json::to_value(&message).expect("a decoded message encodes");
    let second = serde_json::to_value(&again).expect("a twice-decoded message encodes");
    assert_eq!(first, second, "re-encoding a message is not idempotent");
    Ok(())
}
