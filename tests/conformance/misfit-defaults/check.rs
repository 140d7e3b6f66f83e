//! The misfit defaults are gone; the fitting one stays.
use super::types;
use crate::helpers::round_trip;

pub fn run() {
    let o: types::Order = round_trip(r#"{"shipping":{"speed":"fast"},"channel":"web","quantity":2}"#);
    assert_eq!(o.quantity, 2);
    let _: types::Shipping = round_trip(r#"{"speed":"slow"}"#);
}
