//! Enums without a type are typed by their values.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let c: types::Card = round_trip(r#"{"brand":"visa","tries":2}"#);
    assert_eq!(c.brand, types::Brand::Visa);
    refused::<types::Card>(r#"{"brand":"amex"}"#);
    let _: types::CardAdded = round_trip(r#"{"status":"pending"}"#);
    // An answer's enum is open: a new value is kept.
    let _: types::CardAdded = round_trip(r#"{"status":"archived"}"#);
}
