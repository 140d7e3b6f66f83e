//! Every operation sends the one spelling the description documents.
use super::types;
use crate::helpers::round_trip;

pub fn run() {
    let wire = Some("application/vnd.example.cardVerifications-v6+json");
    for op in super::OPERATIONS {
        assert_eq!(op.request_media_type, wire, "{}", op.id);
        assert_eq!(op.response_media_type, wire, "{}", op.id);
    }
    let _: types::Verification = round_trip(r#"{"reference":"r1"}"#);
    let _: types::Outcome = round_trip(r#"{"outcome":"verified"}"#);
}
