//! The replies of the request in progress: its steps, what it waits for
//! (an action's answer, a `check-card-payment`'s decision), and their
//! pacing.

use std::collections::VecDeque;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::Instant;

use super::connection::Conn;
use super::payment::{BusyGuard, Txn};
use super::time::later;

/// How long a `check-card-payment` waits, after the card is checked, for
/// an abort or a follow-up payment before going on with the payment.
const CHECK_CARD_DECISION: Duration = Duration::from_secs(3);

/// One step of a flow.
#[derive(Debug)]
pub(super) enum Step {
    /// Send a message (if the destination is subscribed).
    Message(&'static str, Value),
    /// Send a message whose `timestamp` header is these Unix epoch
    /// milliseconds (a licence key's issue time).
    Stamped(&'static str, Value, u128),
    /// Wait for the answer to this action on `/v1/payment/action`.
    AwaitAction(&'static str),
    /// `check-card-payment`: wait for an abort or a follow-up payment.
    AwaitDecision,
}

/// What a flow waits for.
#[derive(Clone, Copy, Debug)]
pub(super) enum Waiting {
    Action(&'static str),
    Decision(Instant),
}

/// The replies of the request in progress, paced.
pub(super) struct Flow {
    pub(super) correlation: String,
    pub(super) steps: VecDeque<Step>,
    pub(super) next_at: Instant,
    pub(super) waiting: Option<Waiting>,
    /// The payment in flight (payments only).
    pub(super) txn: Option<Txn>,
    /// The merchant receipt already sent for signing.
    pub(super) slip: Option<String>,
    pub(super) _busy: Option<BusyGuard>,
}

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    /// Plays the flow's steps that are due.
    pub(super) async fn advance(&mut self) {
        let Some(mut flow) = self.flow.take() else {
            return;
        };
        loop {
            let now = Instant::now();
            match flow.waiting {
                Some(Waiting::Action(_)) => break,
                Some(Waiting::Decision(deadline)) => {
                    if now < deadline {
                        break;
                    }
                    // Nobody said: the payment goes on.
                    flow.waiting = None;
                    if let Some(txn) = flow.txn.clone() {
                        let steps = self.authorise(&txn, &mut flow);
                        flow.steps.extend(steps);
                    }
                    continue;
                }
                None => {}
            }
            match flow.steps.front() {
                None => {
                    // Done: the busy guard goes with the flow.
                    return;
                }
                Some(Step::Message(..) | Step::Stamped(..)) if now < flow.next_at => break,
                Some(_) => {}
            }
            match flow.steps.pop_front() {
                Some(Step::Message(destination, body)) => {
                    self.deliver(destination, &body, &flow.correlation).await;
                    if self.broken {
                        return;
                    }
                    flow.next_at = later(self.config.pacing);
                }
                Some(Step::Stamped(destination, body, at)) => {
                    self.deliver_at(destination, &body, &flow.correlation, at)
                        .await;
                    if self.broken {
                        return;
                    }
                    flow.next_at = later(self.config.pacing);
                }
                Some(Step::AwaitAction(action)) => flow.waiting = Some(Waiting::Action(action)),
                Some(Step::AwaitDecision) => {
                    flow.waiting = Some(Waiting::Decision(later(CHECK_CARD_DECISION)))
                }
                None => return,
            }
        }
        self.flow = Some(flow);
    }
}
