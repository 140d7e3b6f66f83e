//! No always-true comparison is generated (the corpus denies warnings);
//! the real bound is still checked.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let n: types::Note = round_trip(r#"{"text":"","title":"","tags":[""]}"#);
    assert_eq!(n.text.as_str(), "");
    refused::<types::Note>(r#"{"text":"this text is far too long"}"#);
}
