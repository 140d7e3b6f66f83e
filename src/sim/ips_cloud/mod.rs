//! The simulator's IPS Cloud side: one STOMP-over-WebSocket session per
//! connection, for paypoint `{paypointRef}` of
//! `/ipc-app/payment/{paypointRef}`, playing the flows of the IPS CLOUD
//! Payment API 1.4.0 (seed `000_08550669f6870dd9.txt`).
//!
//! The HTTP upgrade happens elsewhere; `serve` gets the WebSocket and
//! speaks STOMP on it until the client disconnects:
//!
//! - **STOMP server.** Frames are read with [`crate::stomp::Decoder`] from
//!   text and binary WebSocket messages (several frames per message, or one
//!   frame split over several). CONNECT/STOMP gets CONNECTED with the
//!   highest `accept-version` among 1.0, 1.1 and 1.2 (1.0 without the
//!   header) and, from 1.1, the client's heart-beats honoured (the server
//!   offers to send as often as the client wants, and to receive as often
//!   as the client can send; a client silent three times longer than it
//!   promised is dropped). MESSAGE frames go only to subscribed
//!   destinations, with `destination`, `subscription`, `message-id`,
//!   `content-type:application/json`, `x-wp-correlation-id` (the
//!   request's), `timestamp` (milliseconds since the epoch) and
//!   `content-length`. A `receipt` header gets a RECEIPT; DISCONNECT closes
//!   after it. Anything malformed gets an ERROR frame (with a `message`
//!   header) and the connection closes.
//! - **One request per connection** ("each request must be made in a new
//!   web socket connection"): the operation's in-session messages
//!   (`/v1/payment/action`, `/v1/payment/abort`) aside, a second request
//!   gets an Error `invalid-operation`.
//! - **Licence keys.** Registration (`/v1/pos/registration`, checked
//!   against its schema and the configured activation code) issues a
//!   JWT-shaped `pointOfSaleLicenseKey`, unique per registration, bound to
//!   the paypoint; registering the same point of sale again, or refreshing
//!   (`/v1/pos/registration/refresh`), invalidates the previous key. A key
//!   expires a lifetime after the `timestamp` header (Unix epoch
//!   milliseconds) of the reply that carried it: a year (365 days) unless
//!   [`SimulatorConfig::ips_licence_lifetime`](crate::sim::SimulatorConfig::ips_licence_lifetime)
//!   says otherwise. A year is what the material on IPS Cloud states (the
//!   one public client proven against the service counts a key valid for a
//!   year from that timestamp); Worldpay's description states no lifetime,
//!   and 365 days is this crate's reading of "a year". An expired key can
//!   no longer be refreshed: register again. The key is an RS256-shaped JWT
//!   whose claims (`pdposid`, `pdposref`, `exp`) are named as in that
//!   client's sample key, with `iss` naming the simulator; the signature is
//!   random bytes. Every other request needs the CONNECT frame's
//!   `x-wp-authorization` to be a valid, unexpired key of this paypoint;
//!   otherwise an Error `unauthorised` goes to `/client/v1/error` (when
//!   subscribed), then an ERROR frame, then the connection closes. Keys are
//!   never logged nor printed (`State`'s `Debug` redacts them).
//! - **Validation.** Every request body is checked against its payload
//!   schema; violations answer an Error `invalid-request` naming the JSON
//!   pointers (never the values).
//! - **Errors.** An Error `{code, message}` goes to `/client/v1/error`;
//!   when the client did not subscribe there, an ERROR frame says it and
//!   the connection closes. Codes: `invalid-request`, `unauthorised`,
//!   `invalid-activation-code`, `transaction-not-found`,
//!   `receipt-not-found`, `unknown-destination`, `invalid-operation`.
//!
//! Payments (`/v1/payment`) play the flow, paced by
//! `ServeConfig::pacing`: notifications (`PRESENT CARD`, `CARD
//! INSERTED`, `ENTER PIN`, `PROCESSING`, `AUTHORISING`, `REMOVE CARD`,
//! `TRANSACTION SUCCESSFUL` / `TRANSACTION DECLINED` / `TRANSACTION
//! CANCELLED`), any action request, the merchant then the customer receipt
//! (base64 text), the result `{payments: [Payment]}` and `{}` on
//! `/client/v1/payment/complete`. Deterministic triggers, on
//! `instruction.value.amount`:
//!
//! | amount | flow |
//! |---|---|
//! | `9999` (card present or keyed) | merchant receipt to sign (type `merchant`, its text saying `SIGN HERE`: no source shows a `signature` receipt type on the wire, and the one client proven against IPS Cloud tells a slip to sign by that text), then action `signature-verification`; `isSignatureVerified: true` → `authorised-online` (`cardVerificationMethod: signature`), `false` → `cancelled`, outcome `refused` |
//! | `7777` | action `voice-authorisation` (`referralContacts`, `merchant.merchantId`); an `authorisationCode` → `authorised-referral` with that code, none → `refused-online`, outcome `refused` |
//! | `8888` | action `avs-confirmation` (`avsResults`); `isAvsConfirmed: true` → `authorised-online`, `false` → `refused-avs-required`, outcome `refused` |
//! | `5051` | `refused-online`, outcome `refused` |
//! | anything else | `authorised-online`, outcome `succeeded` |
//!
//! `check-card` reads the card and answers `pre-valid-card` (no receipt).
//! `check-card-payment` reads the card, says `CARD CHECKED - AWAITING
//! PAYMENT`, then waits: `/v1/payment/abort` → `aborted` (outcome `failed`)
//! and complete; a `/v1/payment` sent in the same session continues with
//! its amount; after three seconds without either, the payment continues
//! with the original amount. A payment started while another is in flight
//! on the paypoint answers `aborted-busy`. `inc-auth` needs the
//! `gatewayTransactionReference` of an earlier pre-auth of the paypoint and
//! is reported as `pre-auth` (the result's `paymentType` list has no
//! `inc-auth`). A `tokenPurpose` on a card read stores the card: the result
//! carries a `tokenId`.
//!
//! Managing payments (each on the destinations the channel table gives):
//! `/v1/payment/cancel` (by `merchantTransactionReference` or
//! `gatewayTransactionReference`; a `cardNumber` or `cardExpiryDate` that
//! does not match answers `rejected-card-number-not-matched` /
//! `rejected-card-expiry-date-not-matched`; a payment not authorised
//! `invalid-transaction-state`) → receipts, result `cancelled`, complete.
//! `/v1/payment/settle` (a pre-auth, same references, optional
//! `instruction.value.amount` up to the authorised amount) → result
//! `pre-auth-completed`, complete. `/v1/payment/query/result` → the last
//! result; `/v1/payment/query/receipt` → the last receipts. Unknown
//! references answer an Error `transaction-not-found`.
//!
//! Undocumented payloads (the schema keeps them open objects), as the
//! simulator fills them: the batch report request may carry `reportType`
//! `X` (default) or `Z` (which closes the batch); the response is
//! `{reportType, content}` (`content`: the report text, base64). Device
//! status and device restart answer `{}`; service status answers
//! `{status: BUSY | NOT_BUSY}` as soon as its destination is subscribed
//! (neither status has a request destination).
//!
//! **Fault modes**, for testing a client against a misbehaving server:
//! [`IpsFault`], set per paypoint at run time with
//! [`Simulator::set_ips_fault`](crate::sim::Simulator::set_ips_fault),
//! applies to every connection opened to that paypoint from then on, until
//! [`Simulator::clear_ips_fault`](crate::sim::Simulator::clear_ips_fault).
//! The server still reads and acts on every request under a fault (a
//! payment is decided and stored as usual): only what it sends back
//! changes, so [`query_result`](crate::ips_cloud::Client::query_result)
//! on a healthy connection tells what happened. Frames are counted from
//! the first one the server sends (CONNECTED is frame 1); heart-beats are
//! not frames.
//!
//! **What clients sent.** The server keeps, per paypoint, what its last 64
//! connections received: the subprotocols the WebSocket upgrade offered and
//! every frame's command and headers, in order (not the bodies; licence
//! keys and passcodes redacted), so a test can check a client's wire
//! behaviour: [`Simulator::ips_connections`](crate::sim::Simulator::ips_connections).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::Instant;
use tokio_tungstenite::WebSocketStream;

use crate::sensitive::SecretText;
use crate::stomp::{Decoder, Limits, Version};

// Where things live: the STOMP session with one client (`connection`), the
// replies of the request in progress and their pacing (`flow`), licence
// keys (`licences`), payments (`payment`), managing them (`management`),
// receipt texts (`receipts`), clocks and dates (`time`), the fault modes
// (`faults`) and the record of what each connection received (`received`).
mod connection;
mod faults;
mod flow;
mod licences;
mod management;
mod payment;
mod receipts;
mod received;
mod time;

pub use faults::{Garbage, IpsFault};
pub use received::{ReceivedConnection, ReceivedFrame};

use connection::Conn;
use licences::Licence;

/// The activation code the simulator accepts by default.
pub(crate) const DEFAULT_ACTIVATION_CODE: &str = "AV46HTR3";

/// The `code`s of the Error messages the simulator sends.
pub(crate) mod code {
    /// The body is not JSON or breaks its schema.
    pub(crate) const INVALID_REQUEST: &str = "invalid-request";
    /// No valid licence key for this paypoint on the CONNECT frame.
    pub(crate) const UNAUTHORISED: &str = "unauthorised";
    /// The registration's activation code is not the one configured.
    pub(crate) const INVALID_ACTIVATION_CODE: &str = "invalid-activation-code";
    /// No payment of the paypoint has that reference.
    pub(crate) const TRANSACTION_NOT_FOUND: &str = "transaction-not-found";
    /// The payment has no receipt.
    pub(crate) const RECEIPT_NOT_FOUND: &str = "receipt-not-found";
    /// SEND to a destination the API does not have.
    pub(crate) const UNKNOWN_DESTINATION: &str = "unknown-destination";
    /// A request out of place (second request on a connection, an action
    /// answer nobody asked for...).
    pub(crate) const INVALID_OPERATION: &str = "invalid-operation";
}

/// The currency of the simulated terminal.
const CURRENCY: &str = "GBP";
/// The simulated merchant.
const MERCHANT_ID: &str = "21234567";
const MERCHANT_NAME: &str = "IPS CLOUD SIMULATOR";
/// The simulated terminal.
const TERMINAL_ID: &str = "22160031";
/// The simulated card (a Visa test card), masked as IPS masks it.
const CARD_NUMBER_MASKED: &str = "444433XXXXXX1111";
const CARD_FIRST6: &str = "444433";
const CARD_LAST4: &str = "1111";
const CARD_EXPIRY_MONTH: i64 = 12;
const CARD_EXPIRY_YEAR: i64 = 30;

/// How [`serve`] behaves.
#[derive(Clone)]
pub(crate) struct ServeConfig {
    /// The `pointOfSaleActivationCode` registration accepts (default
    /// `AV46HTR3`).
    pub(crate) activation_code: String,
    /// The delay between the messages of a flow (default none).
    pub(crate) pacing: Duration,
    /// How long a licence key lasts from the reply that issued it (default
    /// a year, 365 days).
    pub(crate) licence_lifetime: Duration,
}

/// How long a licence key lasts unless configured otherwise: a year, taken
/// as 365 days (see the module's documentation).
pub(crate) const DEFAULT_LICENCE_LIFETIME: Duration = Duration::from_secs(365 * 24 * 60 * 60);

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            activation_code: DEFAULT_ACTIVATION_CODE.into(),
            pacing: Duration::ZERO,
            licence_lifetime: DEFAULT_LICENCE_LIFETIME,
        }
    }
}

impl std::fmt::Debug for ServeConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServeConfig")
            .field("activation_code", &crate::sensitive::REDACTED)
            .field("pacing", &self.pacing)
            .field("licence_lifetime", &self.licence_lifetime)
            .finish()
    }
}

/// Where a stored payment stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Authorised,
    PreAuthorised,
    Settled,
    Refused,
    Cancelled,
    Aborted,
    CardChecked,
    /// An `inc-auth` under a reference of its own: the pre-auth it raised
    /// is the one to settle or cancel.
    Increment,
}

/// A payment as the simulator remembers it.
#[derive(Clone, Debug)]
struct StoredPayment {
    /// Its last result (a `Payment`; the card number in it is masked).
    result: Value,
    /// Its last receipts: (`type`, text).
    receipts: Vec<(&'static str, String)>,
    status: Status,
    /// The amount authorised (pre-auths: including increments).
    amount: i64,
    gateway_reference: Option<String>,
}

/// One line of the current batch, for X and Z reports.
#[derive(Clone, Debug)]
struct BatchEntry {
    payment_type: String,
    amount: i64,
    outcome: &'static str,
}

/// The simulator's IPS Cloud memory (registered points of sale, payments by
/// merchantTransactionReference with their last result and receipts).
#[derive(Debug, Default)]
pub(crate) struct State {
    /// Licence keys issued and not replaced (redacted by `Debug`) → whom
    /// they were issued to and when they expire.
    licences: HashMap<SecretText, Licence>,
    /// Registered points of sale: (paypoint, pointOfSaleId) →
    /// pointOfSaleReference.
    points_of_sale: HashMap<(String, String), String>,
    /// Payments: (paypoint, merchantTransactionReference) → payment.
    payments: HashMap<(String, String), StoredPayment>,
    /// Paypoints with a payment in flight.
    busy: HashSet<String>,
    /// Per paypoint, the payments since the last Z report.
    batches: HashMap<String, Vec<BatchEntry>>,
    /// Feeds sequence numbers and references.
    sequence: u64,
    /// Faults set per paypoint, for the connections opened from now on.
    pub(crate) faults: HashMap<String, IpsFault>,
    /// What the last connections of each paypoint received.
    received: HashMap<String, VecDeque<Arc<Mutex<ReceivedConnection>>>>,
}

/// Numbers given to one result.
struct Numbers {
    eft_sequence: i64,
    receipt: i64,
    retrieval_reference: i64,
    gateway_reference: String,
    authorisation_code: String,
}

impl State {
    fn numbers(&mut self) -> Numbers {
        self.sequence += 1;
        let n = self.sequence;
        let n_i = i64::try_from(n % 100_000_000).unwrap_or(0);
        Numbers {
            eft_sequence: n_i + 1,
            receipt: n_i + 1,
            // Above 2^32 on purpose: clients must read it as a 64-bit
            // integer (it reaches 9 999 999 999).
            retrieval_reference: 9_876_543_210 + n_i,
            gateway_reference: format!("PGTR{:010}", 5_123_280_770 + n_i),
            authorisation_code: format!(
                "{:06}",
                n.wrapping_mul(7919).wrapping_add(123_456) % 1_000_000
            ),
        }
    }

    fn payment(&self, paypoint: &str, reference: &str) -> Option<&StoredPayment> {
        self.payments
            .get(&(paypoint.to_string(), reference.to_string()))
    }

    /// The merchant reference of the paypoint's payment with this gateway
    /// reference.
    fn by_gateway(&self, paypoint: &str, gateway: &str) -> Option<String> {
        self.payments
            .iter()
            .find(|((p, _), s)| p == paypoint && s.gateway_reference.as_deref() == Some(gateway))
            .map(|((_, m), _)| m.clone())
    }
}

/// Locks, shrugging off poisoning (the simulator never panics while
/// holding the lock, but a poisoned lock must not stop it either).
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|p| p.into_inner())
}

/// Serves one IPS Cloud WebSocket connection for paypoint `paypoint_ref`
/// until the client disconnects.
#[cfg(test)]
pub(crate) async fn serve<S>(
    ws: WebSocketStream<S>,
    paypoint_ref: String,
    state: Arc<Mutex<State>>,
    config: ServeConfig,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    serve_upgraded(ws, paypoint_ref, None, state, config).await
}

/// Serves one IPS Cloud WebSocket connection for paypoint `paypoint_ref`
/// until the client disconnects; `subprotocols` is the upgrade request's
/// `Sec-WebSocket-Protocol` header, kept with what the connection received.
pub(crate) async fn serve_upgraded<S>(
    ws: WebSocketStream<S>,
    paypoint_ref: String,
    subprotocols: Option<String>,
    state: Arc<Mutex<State>>,
    config: ServeConfig,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let now = Instant::now();
    let (fault, received) = {
        let mut state = lock(&state);
        let received = state.new_connection(&paypoint_ref, subprotocols);
        (state.faults.get(&paypoint_ref).cloned(), received)
    };
    let mut conn = Conn {
        ws,
        decoder: Decoder::new(Limits::default()),
        version: Version::V1_0,
        connected: false,
        session: format!("sim-{}", uuid::Uuid::new_v4().simple()),
        licence: None,
        subscriptions: Vec::new(),
        message_seq: 0,
        send_every: None,
        expect_every: None,
        last_sent: now,
        last_received: now,
        paypoint: paypoint_ref,
        state,
        config,
        request_made: false,
        flow: None,
        broken: false,
        fault,
        frames_sent: 0,
        dropped: false,
        received,
    };
    conn.run().await;
    if !conn.dropped {
        let _ = conn.ws.close(None).await;
    }
    // Dropping the WebSocket closes the TCP connection.
}

#[cfg(test)]
mod tests;
