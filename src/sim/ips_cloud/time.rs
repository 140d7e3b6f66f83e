//! Clocks and dates: instants from now, and IPS Cloud's Unix epoch
//! milliseconds and RFC 3339 date-times (from the simulator's calendar,
//! `sim/clock.rs`).

use std::time::Duration;

use tokio::time::Instant;

/// `delay` from now (saturating far in the future).
pub(super) fn later(delay: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(delay)
        .unwrap_or_else(|| now + Duration::from_secs(86_400 * 365))
}

pub(super) fn unix_millis() -> u128 {
    u128::from(crate::sim::clock::unix_millis())
}

/// Now, as an RFC 3339 date-time in UTC (`2024-05-01T12:34:56.789Z`).
pub(super) fn rfc3339_now() -> String {
    crate::sim::clock::rfc3339(crate::sim::clock::unix_millis())
}

#[cfg(test)]
pub(super) use crate::sim::clock::civil_from_days;
