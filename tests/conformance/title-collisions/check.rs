//! Both `Type` enums and both addresses exist, each with its own values:
//! the naming pass names inline schemas after their property (`CardKind`,
//! `HolderKind`, `Billing`) before a title could make two `Type`s; the
//! title pass (`cleanup`) covers titled schemas that pass leaves inline.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let json = r#"{"home":{"city":"Leeds"},"billing":{"street":"Main St"},"holder":{"kind":"company"},"card":{"kind":"prepaid"}}"#;
    let _: types::Account = round_trip(json);
    refused::<types::Account>(r#"{"holder":{"kind":"prepaid"},"card":{"kind":"prepaid"}}"#);
    refused::<types::Account>(r#"{"holder":{"kind":"person"},"card":{"kind":"company"}}"#);
    let _: types::Address = round_trip(r#"{"city":"York"}"#);
    let a: types::AccountReceived = round_trip(json);
    assert!(a.billing.is_some());
    assert_eq!(types::CardKind::Prepaid.to_string(), "prepaid");
    assert_eq!(types::HolderKind::Company.to_string(), "company");
}
