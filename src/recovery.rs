//! Finding out what became of a payment whose answer was lost.
//!
//! When an authorization fails with [`Outcome::Unknown`](crate::error::Outcome::Unknown)
//! (a timeout, a dropped connection), Worldpay may or may not have taken
//! the payment. Access Worldpay's recovery query (`GET /payments/events`
//! with the payment's `transactionReference` and merchant `entity`) tells
//! which, but Worldpay's "query a payment" pages warn that a payment's
//! events can take **up to 15 minutes** to appear there. A `404` in that
//! window is no proof that nothing happened: sending the payment again on
//! the strength of it can charge the customer twice.
//!
//! [`RecoveryPolicy`] says how long to keep asking and how often; the
//! clients' `recover` methods ask until the payment is found or the window
//! has passed, and only then answer [`Recovered::NotFound`]. The query is a
//! read, so each attempt is also retried by the client's
//! [`RetryPolicy`](crate::transport::RetryPolicy) on transport faults.

// Used by the APIs that have a recovery query.
#![cfg_attr(
    not(any(feature = "card-payments", feature = "payments")),
    allow(dead_code)
)]

use std::future::Future;
use std::time::Duration;

use crate::error::Error;

/// How long and how often a recovery keeps asking before it concludes that
/// Worldpay has no payment under the reference.
///
/// The default waits across Worldpay's documented delay of 15 minutes,
/// asking at 5 s, then waiting twice as long each time, up to 2 minutes
/// between attempts (13 attempts in all). The window is the
/// documented figure; the waits are this crate's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryPolicy {
    window: Duration,
    first_wait: Duration,
    max_wait: Duration,
}

/// Worldpay's documented upper bound for a payment's events to appear.
pub const DOCUMENTED_DELAY: Duration = Duration::from_secs(15 * 60);

impl Default for RecoveryPolicy {
    fn default() -> Self {
        Self {
            window: DOCUMENTED_DELAY,
            first_wait: Duration::from_secs(5),
            max_wait: Duration::from_secs(120),
        }
    }
}

impl RecoveryPolicy {
    /// How long to keep asking after the first answer that found nothing
    /// (default [`DOCUMENTED_DELAY`]). A shorter window than Worldpay's
    /// documented delay makes [`Recovered::NotFound`] unsafe to act on.
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// The wait after the first "not found" (default 5 s); each later wait
    /// doubles, up to [`max_wait`](Self::max_wait).
    pub fn first_wait(mut self, wait: Duration) -> Self {
        self.first_wait = wait;
        self
    }

    /// The longest wait between two attempts (default 2 minutes).
    pub fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// The configured window.
    pub fn window_length(&self) -> Duration {
        self.window
    }

    /// The waits between attempts, in order, until the window is used up.
    pub(crate) fn waits(&self) -> Vec<Duration> {
        let mut waits = Vec::new();
        let mut total = Duration::ZERO;
        let mut next = self.first_wait.max(Duration::from_millis(1));
        while total < self.window {
            let wait = next.min(self.max_wait).min(self.window - total);
            waits.push(wait);
            total += wait;
            next = next.saturating_mul(2);
        }
        waits
    }
}

/// What a recovery found.
#[derive(Clone, Debug, PartialEq)]
pub enum Recovered<T> {
    /// Worldpay knows the payment: its last event, and the links to act on
    /// it (settle or cancel an authorization, refund a settled payment).
    Found(T),
    /// Worldpay answered "not found" (`404`) every time, across the whole
    /// window. Only now is it reasonable to believe that no payment was
    /// taken under the reference; if the window is shorter than
    /// [`DOCUMENTED_DELAY`], even this is not safe to act on.
    NotFound {
        /// How many times the query was sent.
        attempts: u32,
        /// How long the recovery waited between its first and last query.
        waited: Duration,
    },
}

/// A request whose answer can be recovered: it names the payment by its
/// `transactionReference` and merchant `entity`, which is what the recovery
/// query asks for. Implemented for each API's authorization requests.
pub trait Recoverable {
    /// The request's `transactionReference`.
    fn transaction_reference(&self) -> &str;
    /// The request's `merchant.entity`.
    fn entity(&self) -> &str;
}

/// Asks `query` until it finds the payment, answers with anything but a
/// `404`, or the window has passed.
pub(crate) async fn poll<T, F, Fut>(
    policy: &RecoveryPolicy,
    mut query: F,
) -> Result<Recovered<T>, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let mut attempts = 0;
    let mut waited = Duration::ZERO;
    let mut waits = policy.waits().into_iter();
    loop {
        attempts += 1;
        match query().await {
            Ok(found) => return Ok(Recovered::Found(found)),
            Err(Error::Api(e)) if e.status == 404 => {
                tracing::debug!(
                    target: "worldpay::http",
                    attempts,
                    waited_ms = waited.as_millis() as u64,
                    "recovery: not found yet"
                );
            }
            Err(other) => return Err(other),
        }
        let Some(wait) = waits.next() else {
            return Ok(Recovered::NotFound { attempts, waited });
        };
        tokio::time::sleep(wait).await;
        waited += wait;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_waits_span_the_documented_delay() {
        let waits = RecoveryPolicy::default().waits();
        let total: Duration = waits.iter().sum();
        assert_eq!(total, DOCUMENTED_DELAY);
        assert_eq!(waits[0], Duration::from_secs(5));
        assert_eq!(waits[1], Duration::from_secs(10));
        assert!(waits.iter().all(|w| *w <= Duration::from_secs(120)));
        assert_eq!(waits.len(), 12, "13 attempts in all");
    }

    #[test]
    fn a_zero_window_asks_once() {
        assert!(
            RecoveryPolicy::default()
                .window(Duration::ZERO)
                .waits()
                .is_empty()
        );
    }
}
