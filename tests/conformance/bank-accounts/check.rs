//! Bank account data and device PANs never print; they still round-trip
//! and are still checked.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let json = r#"{"account":{"accountNumber":"31926819","sortCode":"601613","iban":"GB29NWBK60161331926819","routingNumber":"021000021"},"dpan":"5204731600014792"}"#;
    let p: types::Payout = round_trip(json);
    let printed = format!("{p:?}");
    for secret in ["31926819", "601613", "GB29NWBK", "021000021", "5204731600014792"] {
        assert!(!printed.contains(secret), "{printed}");
    }
    refused::<types::Payout>(r#"{"account":{"sortCode":"60-16-13"}}"#);
    let a: types::PayoutAnswer = round_trip(r#"{"iban":"GB29NWBK60161331926819"}"#);
    assert!(!format!("{a:?}").contains("GB29"));
    for path in ["account.accountNumber", "account.sortCode", "account.iban", "dpan", "iban"] {
        assert!(super::SENSITIVE_PATHS.contains(&path), "{path}: {:?}", super::SENSITIVE_PATHS);
    }
}
