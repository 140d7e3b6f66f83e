//! Java patterns are checked as their ECMAScript rewrites.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let p: types::Person = round_trip(r#"{"name":"Zoë O'Brien-Łukasz","reference":"AB12-C3"}"#);
    assert_eq!(p.reference.as_str(), "AB12-C3");
    refused::<types::Person>(r#"{"name":"R2D2","reference":"AB12"}"#);
    refused::<types::Person>(r#"{"name":"Ann","reference":"ab12"}"#);
}
