//! Request dates and UUIDs are checked text kept exactly; answers stay
//! plain strings.
use super::types;
use crate::helpers::{refused, round_trip};

pub fn run() {
    let b: types::Booking = round_trip(r#"{"day":"2024-02-29","at":"2024-02-29T13:45:00.250+01:00"}"#);
    assert_eq!(b.at.as_str(), "2024-02-29T13:45:00.250+01:00");
    refused::<types::Booking>(r#"{"day":"2023-02-29","at":"2024-02-29T13:45:00Z"}"#);
    refused::<types::Booking>(r#"{"day":"2024-02-28","at":"yesterday"}"#);
    let b: types::Booking = round_trip(
        r#"{"day":"2024-02-29","at":"2024-02-29T13:45:00Z","reference":"F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6"}"#,
    );
    assert_eq!(b.reference.unwrap().as_str(), "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6");
    refused::<types::Booking>(r#"{"day":"2024-02-29","at":"2024-02-29T13:45:00Z","reference":"nope"}"#);
    // Built from text: checked, the field named.
    let built: Result<types::Booking, _> = types::Booking::builder()
        .day("2024-02-30")
        .at("2024-02-29T13:45:00Z")
        .try_into();
    assert!(built.unwrap_err().to_string().contains("day"));
    // An answer's date-time is not checked: whatever the server wrote.
    let a: types::BookingAnswer = round_trip(r#"{"bookedAt":"29/02/2024"}"#);
    assert_eq!(a.booked_at.as_deref(), Some("29/02/2024"));
}
