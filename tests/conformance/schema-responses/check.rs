//! The response that named a schema answers with that schema.
use super::types;
use crate::helpers::round_trip;

pub fn run() {
    let n: types::Note = round_trip(r#"{"text":"hello"}"#);
    assert_eq!(n.text.as_deref(), Some("hello"));
    let op = super::OPERATIONS.iter().find(|o| o.id == "getNote").unwrap();
    assert_eq!(op.response_media_type, Some("application/vnd.example.notes-v1+json"));
    assert_eq!(op.success, &[("200", Some("Note"))]);
}
