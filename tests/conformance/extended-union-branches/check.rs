//! A request union's branch that extends a schema declaring the tag is
//! built without it and sends it once (the enum writes it); a required
//! field with one possible value is set by the builder; a branch with no
//! field but the tag is an empty object.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    // Neither `type` nor `mode` is asked for.
    let payment: types::Payment = types::Payment::new(types::PlainInstrument::new("4444"))
        .try_into()
        .unwrap();
    let text = serde_json::to_string(&payment).unwrap();
    assert_eq!(text.matches("\"type\":").count(), 1, "{text}");
    let sent: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        sent,
        serde_json::json!({"instrument": {"type": "plain", "mode": "always", "number": "4444"}})
    );
    let _: types::Payment = round_trip(&text);
    // The tag names the branch, and a branch's fields are its own.
    let _: types::Payment = round_trip(r#"{"instrument":{"type":"token","href":"h"}}"#);
    refused::<types::Payment>(r#"{"instrument":{"type":"other","href":"h"}}"#);
    // A branch with no field but the tag is an empty object.
    let cash: types::Payment = types::Payment::new(types::CashInstrument::default())
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_string(&cash).unwrap(),
        r#"{"instrument":{"type":"cash"}}"#
    );
    refused::<types::Payment>(r#"{"instrument":{"type":"cash","note":"x"}}"#);
    refused::<types::Payment>(r#"{"instrument":{"type":"plain","number":"4444","mode":"never"}}"#);
}
