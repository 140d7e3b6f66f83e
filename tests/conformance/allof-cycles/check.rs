//! The union and its branches generate; each branch keeps the tag and
//! what the union gave it.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let s: types::Shipment =
        round_trip(r#"{"delivery":{"method":"courier","courier":"fast","reference":"r1"}}"#);
    match s.delivery {
        types::Delivery::Courier(c) => assert_eq!(c.reference.as_deref(), Some("r1")),
        other => panic!("{other:?}"),
    }
    let _: types::Shipment = round_trip(r#"{"delivery":{"method":"collection","store":"S1"}}"#);
    refused::<types::Shipment>(r#"{"delivery":{"courier":"fast"}}"#);
}
