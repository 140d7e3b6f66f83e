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
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::Instant;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use crate::ips_cloud::channels::{CHANNELS, destination as dest};
use crate::ips_cloud::{Channel, Direction};
use crate::sensitive::SecretText;
use crate::stomp::{Command, Decoder, Frame, HeartBeat, Item, Limits, Version, encode, negotiate};
use crate::validate::{Api, Schema};

/// The activation code the simulator accepts by default.
pub(crate) const DEFAULT_ACTIVATION_CODE: &str = "AV46HTR3";

/// The amounts (`instruction.value.amount`) that steer a payment.
pub(crate) mod trigger {
    /// Signature verification (card present or keyed).
    pub(crate) const SIGNATURE: i64 = 9999;
    /// Voice authorisation (referral).
    pub(crate) const VOICE_AUTHORISATION: i64 = 7777;
    /// AVS confirmation.
    pub(crate) const AVS_CONFIRMATION: i64 = 8888;
    /// Refused online.
    pub(crate) const REFUSED: i64 = 5051;
}

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

/// How the simulator's IPS Cloud service misbehaves on a connection (see
/// [`Simulator::set_ips_fault`](crate::sim::Simulator::set_ips_fault)).
///
/// "The first reply" is the first frame the server would send after
/// CONNECTED (for a payment, its first notification: the payment was
/// accepted and decided by then).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IpsFault {
    /// The server sends the first `n` frames of the connection, then, when
    /// it would send frame `n + 1`, drops the TCP connection abruptly: no
    /// WebSocket close frame, no STOMP frame (`0`: not even CONNECTED).
    DropAfterFrames(usize),
    /// Like [`IpsFault::DropAfterFrames`], but the server sends a WebSocket
    /// close frame before it closes the TCP connection.
    CloseAfterFrames(usize),
    /// The server answers CONNECT with the heart-beats the client asked
    /// for, then sends nothing at all (no heart-beats, no replies, no
    /// RECEIPT) while it keeps the socket open and keeps reading.
    StopHeartBeating,
    /// Instead of the first reply the server sends bytes that are not
    /// valid STOMP (in one binary WebSocket message), then keeps the
    /// connection open.
    Garbage(Garbage),
    /// Instead of the first reply the server sends a STOMP ERROR frame
    /// with this `message` header (made one line) and this body, then
    /// closes the connection.
    ErrorFrame {
        /// The error's text.
        message: String,
    },
    /// Every frame after CONNECTED is held back this long before it is
    /// sent. The server is busy meanwhile: nothing, heart-beats included,
    /// goes out while a frame is held back.
    Slow(Duration),
    /// The first reply carries a fresh `x-wp-correlation-id`, not the
    /// request's; the replies after it are correct.
    WrongCorrelationId,
}

/// The invalid STOMP of [`IpsFault::Garbage`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Garbage {
    /// A frame whose command is not a STOMP command (`HELLO`).
    UnknownCommand,
    /// A MESSAGE whose `destination` holds `\q`, an escape no STOMP
    /// version defines (an error from STOMP 1.1 on; 1.0 does not escape).
    UndefinedEscape,
    /// A MESSAGE whose `content-length` is `ten`.
    InvalidContentLength,
    /// A MESSAGE whose `destination` value is not UTF-8.
    NonUtf8Header,
}

impl Garbage {
    /// The bytes sent.
    fn bytes(self) -> &'static [u8] {
        match self {
            Garbage::UnknownCommand => b"HELLO\ndestination:/client/v1/error\n\n{}\0",
            Garbage::UndefinedEscape => {
                b"MESSAGE\ndestination:/client\\qv1/error\nmessage-id:g1\n\n{}\0"
            }
            Garbage::InvalidContentLength => {
                b"MESSAGE\ndestination:/client/v1/error\ncontent-length:ten\n\n{}\0"
            }
            Garbage::NonUtf8Header => b"MESSAGE\ndestination:/client/v1/\xff\xfe\n\n{}\0",
        }
    }
}

/// What the simulator's IPS Cloud side received on one WebSocket
/// connection, for tests that check what a client puts on the wire (see
/// [`Simulator::ips_connections`](crate::sim::Simulator::ips_connections)).
///
/// Bodies are not kept (they carry activation codes and card data), and the
/// value of `x-wp-authorization` (the licence key) and of `passcode` is
/// replaced by `<redacted>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReceivedConnection {
    /// The `Sec-WebSocket-Protocol` header of the WebSocket upgrade request
    /// (the subprotocols the client offered), `None` when it had none.
    pub subprotocols: Option<String>,
    /// Every frame received, in order, heart-beats aside (at most
    /// 1024; see `frames_not_kept`).
    pub frames: Vec<ReceivedFrame>,
    /// Frames received beyond the 1024 kept.
    pub frames_not_kept: usize,
}

impl ReceivedConnection {
    /// The frames with this command, in order.
    pub fn frames_of(&self, command: Command) -> impl Iterator<Item = &ReceivedFrame> {
        self.frames.iter().filter(move |f| f.command == command)
    }
}

/// One frame a client sent, as [`ReceivedConnection`] keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReceivedFrame {
    /// The command.
    pub command: Command,
    /// The headers, unescaped, in wire order (secrets redacted).
    pub headers: Vec<(String, String)>,
    /// The body's length in bytes (the body itself is not kept).
    pub body_len: usize,
}

impl ReceivedFrame {
    /// The first header `name`, as STOMP reads a repeated header.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn of(frame: &Frame) -> Self {
        let headers = frame
            .headers
            .iter()
            .map(|(k, v)| match k.as_str() {
                "x-wp-authorization" | "passcode" => {
                    (k.clone(), crate::sensitive::REDACTED.to_string())
                }
                _ => (k.clone(), v.clone()),
            })
            .collect();
        ReceivedFrame {
            command: frame.command,
            headers,
            body_len: frame.body.len(),
        }
    }
}

/// Connections whose frames are kept, per paypoint (the oldest go first).
const LOGGED_CONNECTIONS: usize = 64;
/// Frames kept per connection.
const LOGGED_FRAMES: usize = 1024;

/// How long a `check-card-payment` waits, after the card is checked, for
/// an abort or a follow-up payment before going on with the payment.
const CHECK_CARD_DECISION: Duration = Duration::from_secs(3);

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
/// Shortest heart-beat period honoured, in milliseconds.
const MIN_BEAT_MS: u32 = 100;
/// Most subscriptions one connection may hold.
const MAX_SUBSCRIPTIONS: usize = 64;
/// Longest correlation id echoed back (others are replaced).
const MAX_CORRELATION_LEN: usize = 256;

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

/// A registered point of sale.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PointOfSale {
    paypoint: String,
    id: String,
    reference: String,
}

/// A licence key's holder and expiry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Licence {
    pos: PointOfSale,
    /// Unix epoch milliseconds from which the key is refused.
    expires_at_ms: u128,
}

/// Why a licence key is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refused {
    /// Never issued, replaced, or issued for another paypoint.
    Invalid,
    /// Issued, but its lifetime is over.
    Expired,
}

/// A key issued now: the key, and the milliseconds its reply's `timestamp`
/// header must carry.
struct Issued {
    key: String,
    issued_at_ms: u128,
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
    /// What the last connections to `paypoint` received, oldest first.
    pub(crate) fn received(&self, paypoint: &str) -> Vec<ReceivedConnection> {
        self.received
            .get(paypoint)
            .map(|all| {
                all.iter()
                    .map(|c| c.lock().unwrap_or_else(|p| p.into_inner()).clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A new connection's record, kept with the paypoint's last ones.
    fn new_connection(
        &mut self,
        paypoint: &str,
        subprotocols: Option<String>,
    ) -> Arc<Mutex<ReceivedConnection>> {
        let record = Arc::new(Mutex::new(ReceivedConnection {
            subprotocols,
            ..ReceivedConnection::default()
        }));
        let all = self.received.entry(paypoint.to_string()).or_default();
        if all.len() >= LOGGED_CONNECTIONS {
            all.pop_front();
        }
        all.push_back(record.clone());
        record
    }

    /// Registers a point of sale and issues its licence key, lasting
    /// `lifetime`, invalidating any key issued to it before.
    fn register(&mut self, pos: PointOfSale, lifetime: Duration) -> Issued {
        self.licences
            .retain(|_, l| !(l.pos.paypoint == pos.paypoint && l.pos.id == pos.id));
        self.points_of_sale.insert(
            (pos.paypoint.clone(), pos.id.clone()),
            pos.reference.clone(),
        );
        self.issue(pos, lifetime)
    }

    /// A new key for `pos`, lasting `lifetime` from now.
    fn issue(&mut self, pos: PointOfSale, lifetime: Duration) -> Issued {
        let issued_at_ms = unix_millis();
        let expires_at_ms = issued_at_ms.saturating_add(lifetime.as_millis());
        let key = licence_key(&pos, expires_at_ms);
        self.licences
            .insert(SecretText::new(key.clone()), Licence { pos, expires_at_ms });
        Issued { key, issued_at_ms }
    }

    /// The point of sale that holds `key`, if the key is valid for
    /// `paypoint` and not expired.
    fn licence(&self, key: &SecretText, paypoint: &str) -> Result<&PointOfSale, Refused> {
        let licence = self
            .licences
            .get(key)
            .filter(|l| l.pos.paypoint == paypoint)
            .ok_or(Refused::Invalid)?;
        if unix_millis() >= licence.expires_at_ms {
            return Err(Refused::Expired);
        }
        Ok(&licence.pos)
    }

    /// Replaces `key` (valid for `paypoint`, not expired) by a new one
    /// lasting `lifetime`.
    fn refresh(
        &mut self,
        key: &SecretText,
        paypoint: &str,
        lifetime: Duration,
    ) -> Result<Issued, Refused> {
        self.licence(key, paypoint)?;
        let licence = self.licences.remove(key).ok_or(Refused::Invalid)?;
        Ok(self.issue(licence.pos, lifetime))
    }

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

/// A JWT-shaped licence key expiring at `expires_at_ms`: an RS256 header,
/// claims named as in the sample key of the client proven against IPS
/// Cloud (`pdposid`, `pdposref`, `exp`; `iss` names the simulator) and 256
/// random bytes (the size of an RS256 signature with a 2048-bit key), each
/// base64url. Unique per call.
fn licence_key(pos: &PointOfSale, expires_at_ms: u128) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims = json!({
        "iss": "ips-cloud-simulator",
        "pdposid": pos.id,
        "pdposref": pos.reference,
        "exp": expires_at_ms / 1000,
    });
    let claims = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signature: Vec<u8> = (0..16)
        .flat_map(|_| *uuid::Uuid::new_v4().as_bytes())
        .collect();
    format!("{header}.{claims}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// `delay` from now (saturating far in the future).
fn later(delay: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(delay)
        .unwrap_or_else(|| now + Duration::from_secs(86_400 * 365))
}

fn unix_millis() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis()
}

/// Now, as an RFC 3339 date-time in UTC (`2024-05-01T12:34:56.789Z`).
fn rfc3339_now() -> String {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = since.as_secs();
    let (y, m, d) = civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0));
    let rem = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        since.subsec_millis()
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian
/// (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `1099` → `10.99`.
fn money(amount: i64) -> String {
    format!("{}.{:02}", amount / 100, (amount % 100).abs())
}

/// The publish channel of `destination`.
fn request_channel(destination: &str) -> Option<&'static Channel> {
    CHANNELS
        .iter()
        .find(|c| c.destination == destination && c.direction == Direction::Publish)
}

/// Checks `body` against the request schema of `operation_id`: `Err` names
/// every JSON pointer at fault (never the values).
fn check_request(operation_id: &str, body: &Value) -> Result<(), String> {
    let Ok(schema) = Schema::request(Api::IpsCloud, operation_id) else {
        return Ok(());
    };
    let Err(violations) = schema.validate(body) else {
        return Ok(());
    };
    let mut faults: Vec<String> = Vec::new();
    for v in &violations {
        let keyword = v.schema_pointer.rsplit('/').next().unwrap_or("schema");
        let fault = if keyword == "required" {
            // `"x" is a required property`: the pointer is the parent's.
            let name = v
                .message
                .strip_prefix('"')
                .and_then(|m| m.split_once('"'))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            format!("{}/{name} is required", v.pointer)
        } else {
            let at = if v.pointer.is_empty() {
                "/"
            } else {
                &v.pointer
            };
            format!("{at} breaks `{keyword}`")
        };
        if !faults.contains(&fault) {
            faults.push(fault);
        }
    }
    Err(format!(
        "The request does not match its schema: {}",
        faults.join("; ")
    ))
}

/// What a payment asks for.
#[derive(Clone, Debug)]
struct Txn {
    reference: String,
    /// As requested (`sale`, `refund`, `pre-auth`, `check-card`,
    /// `check-card-payment`, `inc-auth`).
    payment_type: String,
    amount: i64,
    /// `card/present`, `card/keyed`, `card/not-present`, `card/token`.
    instrument: String,
    token_id: Option<String>,
    token_purpose: Option<String>,
    /// `inc-auth`: the pre-auth increased (its merchant reference and
    /// gateway reference).
    increases: Option<(String, String)>,
}

impl Txn {
    /// The `paymentType` of the result (whose list has no `inc-auth`).
    fn result_type(&self) -> &str {
        match self.payment_type.as_str() {
            "inc-auth" => "pre-auth",
            other => other,
        }
    }

    fn card_read(&self) -> bool {
        matches!(self.instrument.as_str(), "card/present" | "card/keyed")
    }

    fn base_cvm(&self) -> &'static str {
        match self.instrument.as_str() {
            "card/present" => "pin-or-consumer-device",
            "card/keyed" => "none",
            _ => "cardholder-not-present",
        }
    }

    fn entry_mode(&self) -> &'static str {
        match self.instrument.as_str() {
            "card/present" => "integrated-circuit-chip",
            "card/keyed" => "keyed",
            _ => "cardholder-not-present",
        }
    }
}

/// How a payment ends.
#[derive(Clone, Debug)]
struct Decision {
    result: &'static str,
    outcome: &'static str,
    cvm: &'static str,
    authorisation_code: Option<String>,
    status: Status,
    /// Whether it went to the gateway (a gateway reference, a retrieval
    /// reference number).
    online: bool,
    /// Whether receipts are printed.
    receipts: bool,
    /// The last notification.
    final_text: &'static str,
}

impl Decision {
    fn approved(txn: &Txn) -> Self {
        let check = txn.payment_type == "check-card";
        Decision {
            result: if check {
                "pre-valid-card"
            } else {
                "authorised-online"
            },
            outcome: "succeeded",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: match txn.payment_type.as_str() {
                "pre-auth" | "inc-auth" => Status::PreAuthorised,
                "check-card" => Status::CardChecked,
                _ => Status::Authorised,
            },
            online: !check,
            receipts: !check,
            final_text: "TRANSACTION SUCCESSFUL",
        }
    }

    fn refused(txn: &Txn, result: &'static str) -> Self {
        Decision {
            result,
            outcome: "refused",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: Status::Refused,
            online: true,
            receipts: true,
            final_text: "TRANSACTION DECLINED",
        }
    }

    fn aborted(txn: &Txn) -> Self {
        Decision {
            result: "aborted",
            outcome: "failed",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: Status::Aborted,
            online: false,
            receipts: false,
            final_text: "TRANSACTION CANCELLED",
        }
    }
}

/// One step of a flow.
#[derive(Debug)]
enum Step {
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
enum Waiting {
    Action(&'static str),
    Decision(Instant),
}

/// Marks the paypoint busy while a payment is in flight.
struct BusyGuard {
    state: Arc<Mutex<State>>,
    paypoint: String,
}

impl Drop for BusyGuard {
    fn drop(&mut self) {
        lock(&self.state).busy.remove(&self.paypoint);
    }
}

/// The replies of the request in progress, paced.
struct Flow {
    correlation: String,
    steps: VecDeque<Step>,
    next_at: Instant,
    waiting: Option<Waiting>,
    /// The payment in flight (payments only).
    txn: Option<Txn>,
    /// The merchant receipt already sent for signing.
    slip: Option<String>,
    _busy: Option<BusyGuard>,
}

/// Whether the connection goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    Go,
    Stop,
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

struct Conn<S> {
    ws: WebSocketStream<S>,
    decoder: Decoder,
    version: Version,
    connected: bool,
    session: String,
    /// The CONNECT frame's `x-wp-authorization` (redacted by `Debug`).
    licence: Option<SecretText>,
    /// (subscription id, destination), in subscription order.
    subscriptions: Vec<(Option<String>, String)>,
    message_seq: u64,
    send_every: Option<Duration>,
    expect_every: Option<Duration>,
    last_sent: Instant,
    last_received: Instant,
    paypoint: String,
    state: Arc<Mutex<State>>,
    config: ServeConfig,
    request_made: bool,
    flow: Option<Flow>,
    /// A write failed: the peer is gone.
    broken: bool,
    /// How this connection misbehaves.
    fault: Option<IpsFault>,
    /// Frames sent (or held back by the fault) so far.
    frames_sent: usize,
    /// The fault dropped the connection: no close frame.
    dropped: bool,
    /// What this connection received (shared with the state).
    received: Arc<Mutex<ReceivedConnection>>,
}

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    async fn run(&mut self) {
        loop {
            loop {
                match self.decoder.next_item() {
                    Ok(Some(Item::HeartBeat)) => {}
                    Ok(Some(Item::Frame(frame))) => {
                        if self.on_frame(frame).await == Next::Stop || self.broken {
                            return;
                        }
                    }
                    Ok(None) => break,
                    Err(e) => {
                        self.fatal(&e.to_string(), None).await;
                        return;
                    }
                }
            }
            self.advance().await;
            if self.broken {
                return;
            }
            let wake = self.wake();
            let received = match wake {
                Some(at) => tokio::time::timeout_at(at, self.ws.next()).await.ok(),
                None => Some(self.ws.next().await),
            };
            match received {
                None => {
                    // A timer: heart-beats, liveness, or the flow.
                    let now = Instant::now();
                    if let Some(every) = self.expect_every
                        && now >= self.last_received + every * 3
                    {
                        self.fatal("No heart-beat received in time", None).await;
                        return;
                    }
                    if let Some(every) = self.send_every
                        && now >= self.last_sent + every
                        && self.fault != Some(IpsFault::StopHeartBeating)
                    {
                        self.last_sent = now;
                        if self.ws.send(Message::text("\n")).await.is_err() {
                            return;
                        }
                    }
                }
                Some(None) | Some(Some(Err(_))) => return,
                Some(Some(Ok(message))) => {
                    self.last_received = Instant::now();
                    match message {
                        Message::Text(text) => self.decoder.push(text.as_bytes()),
                        Message::Binary(bytes) => self.decoder.push(&bytes),
                        Message::Close(_) => return,
                        _ => {}
                    }
                }
            }
        }
    }

    /// When to wake up without input.
    fn wake(&self) -> Option<Instant> {
        let beat = self.send_every.map(|e| self.last_sent + e);
        let dead = self.expect_every.map(|e| self.last_received + e * 3);
        let flow = self.flow.as_ref().and_then(|f| match f.waiting {
            Some(Waiting::Decision(at)) => Some(at),
            Some(Waiting::Action(_)) => None,
            None => match f.steps.front() {
                Some(Step::Message(..) | Step::Stamped(..)) => Some(f.next_at),
                Some(_) => Some(Instant::now()),
                None => Some(Instant::now()),
            },
        });
        [beat, dead, flow].into_iter().flatten().min()
    }

    /// Plays the flow's steps that are due.
    async fn advance(&mut self) {
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

    // ----- writing -----

    async fn write(&mut self, frame: &Frame) {
        if self.broken {
            return;
        }
        let index = self.frames_sent;
        self.frames_sent += 1;
        let mut frame = std::borrow::Cow::Borrowed(frame);
        match &self.fault {
            Some(IpsFault::DropAfterFrames(n)) if index >= *n => {
                self.broken = true;
                self.dropped = true;
                return;
            }
            Some(IpsFault::CloseAfterFrames(n)) if index >= *n => {
                self.broken = true;
                return;
            }
            Some(IpsFault::StopHeartBeating) if index >= 1 => return,
            Some(IpsFault::Slow(delay)) if index >= 1 => tokio::time::sleep(*delay).await,
            Some(IpsFault::Garbage(garbage)) if index == 1 => {
                let bytes = garbage.bytes();
                if self.ws.send(Message::binary(bytes.to_vec())).await.is_err() {
                    self.broken = true;
                }
                self.last_sent = Instant::now();
                return;
            }
            Some(IpsFault::ErrorFrame { message }) if index == 1 => {
                let error = Frame::new(Command::Error)
                    .header("message", one_line(message))
                    .header("content-type", "text/plain")
                    .body(message.as_bytes().to_vec());
                let bytes = encode(&error, self.version);
                let _ = self.ws.send(Message::binary(bytes)).await;
                self.broken = true;
                return;
            }
            Some(IpsFault::WrongCorrelationId) if index == 1 => {
                let wrong = uuid::Uuid::new_v4().to_string();
                for (name, value) in &mut frame.to_mut().headers {
                    if name == "x-wp-correlation-id" {
                        *value = wrong.clone();
                    }
                }
            }
            _ => {}
        }
        let bytes = encode(&frame, self.version);
        let message = match String::from_utf8(bytes) {
            Ok(text) => Message::text(text),
            Err(e) => Message::binary(e.into_bytes()),
        };
        if self.ws.send(message).await.is_err() {
            self.broken = true;
        }
        self.last_sent = Instant::now();
    }

    /// Sends `body` to every subscription of `destination` (none: dropped).
    async fn deliver(&mut self, destination: &str, body: &Value, correlation: &str) {
        self.deliver_at(destination, body, correlation, unix_millis())
            .await
    }

    /// Like [`Conn::deliver`], with `timestamp` (Unix epoch milliseconds)
    /// as the frames' `timestamp` header.
    async fn deliver_at(
        &mut self,
        destination: &str,
        body: &Value,
        correlation: &str,
        timestamp: u128,
    ) {
        let ids: Vec<Option<String>> = self
            .subscriptions
            .iter()
            .filter(|(_, d)| d == destination)
            .map(|(id, _)| id.clone())
            .collect();
        if ids.is_empty() {
            return;
        }
        let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
        for id in ids {
            self.message_seq += 1;
            let mut frame = Frame::new(Command::Message).header("destination", destination);
            if let Some(id) = id {
                frame = frame.header("subscription", id);
            }
            let frame = frame
                .header(
                    "message-id",
                    format!("{}-{}", self.session, self.message_seq),
                )
                .header("content-type", "application/json")
                .header("x-wp-correlation-id", correlation)
                .header("timestamp", timestamp.to_string())
                .header("content-length", bytes.len().to_string())
                .body(bytes.clone());
            self.write(&frame).await;
        }
    }

    fn subscribed(&self, destination: &str) -> bool {
        self.subscriptions.iter().any(|(_, d)| d == destination)
    }

    /// An ERROR frame, then the connection closes.
    async fn fatal(&mut self, message: &str, receipt: Option<&str>) {
        let mut frame = Frame::new(Command::Error).header("message", one_line(message));
        if let Some(r) = receipt {
            frame = frame.header("receipt-id", r);
        }
        let frame = frame
            .header("content-type", "text/plain")
            .body(message.as_bytes().to_vec());
        self.write(&frame).await;
    }

    /// An Error message on `/client/v1/error`; without that subscription,
    /// an ERROR frame and the end of the connection. Ends the flow.
    async fn error_reply(&mut self, code: &str, message: &str, correlation: &str) -> Next {
        self.flow = None;
        if self.subscribed(dest::RECEIVE_ERROR) {
            let body = json!({"code": code, "message": message});
            self.deliver(dest::RECEIVE_ERROR, &body, correlation).await;
            Next::Go
        } else {
            self.fatal(&format!("{code}: {message}"), None).await;
            Next::Stop
        }
    }

    /// No valid licence key: Error (if subscribed), ERROR frame, close.
    async fn unauthorised(&mut self, correlation: &str) -> Next {
        self.flow = None;
        let message = match self.authentication() {
            Err(Refused::Expired) => {
                "The connection is not authenticated: the x-wp-authorization licence key has \
                 expired; register the point of sale again"
            }
            _ => {
                "The connection is not authenticated: the CONNECT frame carries no valid \
                 x-wp-authorization licence key for this paypoint"
            }
        };
        if self.subscribed(dest::RECEIVE_ERROR) {
            let body = json!({"code": code::UNAUTHORISED, "message": message});
            self.deliver(dest::RECEIVE_ERROR, &body, correlation).await;
        }
        self.fatal(&format!("{}: {message}", code::UNAUTHORISED), None)
            .await;
        Next::Stop
    }

    fn authenticated(&self) -> bool {
        self.authentication().is_ok()
    }

    /// Whether the CONNECT frame's licence key is valid for this paypoint
    /// and not expired.
    fn authentication(&self) -> Result<(), Refused> {
        let key = self.licence.as_ref().ok_or(Refused::Invalid)?;
        lock(&self.state).licence(key, &self.paypoint).map(|_| ())
    }

    // ----- reading -----

    async fn on_frame(&mut self, frame: Frame) -> Next {
        {
            let mut received = self.received.lock().unwrap_or_else(|p| p.into_inner());
            if received.frames.len() < LOGGED_FRAMES {
                received.frames.push(ReceivedFrame::of(&frame));
            } else {
                received.frames_not_kept += 1;
            }
        }
        if !self.connected {
            return match frame.command {
                Command::Connect | Command::Stomp => self.on_connect(&frame).await,
                other => {
                    self.fatal(
                        &format!("Expected CONNECT or STOMP, got {other}"),
                        frame.get("receipt"),
                    )
                    .await;
                    Next::Stop
                }
            };
        }
        let next = match frame.command {
            Command::Connect | Command::Stomp => {
                self.fatal("Already connected", frame.get("receipt")).await;
                return Next::Stop;
            }
            Command::Connected | Command::Message | Command::Receipt | Command::Error => {
                self.fatal(
                    &format!("{} is a server frame", frame.command),
                    frame.get("receipt"),
                )
                .await;
                return Next::Stop;
            }
            Command::Disconnect => Next::Stop,
            Command::Subscribe => self.on_subscribe(&frame).await,
            Command::Unsubscribe => self.on_unsubscribe(&frame).await,
            Command::Send => self.on_send(&frame).await,
            Command::Ack | Command::Nack | Command::Begin | Command::Commit | Command::Abort => {
                Next::Go
            }
        };
        if self.broken {
            return Next::Stop;
        }
        // A frame that ended the connection with an ERROR gets no receipt;
        // DISCONNECT does.
        if (next == Next::Go || frame.command == Command::Disconnect)
            && let Some(receipt) = frame.get("receipt")
        {
            let receipt = Frame::new(Command::Receipt).header("receipt-id", receipt);
            self.write(&receipt).await;
        }
        next
    }

    async fn on_connect(&mut self, frame: &Frame) -> Next {
        let receipt = frame.get("receipt");
        if !valid_paypoint(&self.paypoint) {
            self.fatal(
                "The paypoint reference must be 1 to 20 characters of A-Z, a-z, 0-9, - and _",
                receipt,
            )
            .await;
            return Next::Stop;
        }
        let accept = frame.get("accept-version");
        let version = match accept {
            None => Version::V1_0,
            Some(list) => match list.split(',').filter_map(Version::from_header).max() {
                Some(v) => v,
                None => {
                    let error = Frame::new(Command::Error)
                        .header("version", "1.0,1.1,1.2")
                        .header(
                            "message",
                            "Supported protocol versions are 1.0, 1.1 and 1.2",
                        )
                        .header("content-type", "text/plain")
                        .body(b"Supported protocol versions are 1.0, 1.1 and 1.2".to_vec());
                    self.write(&error).await;
                    return Next::Stop;
                }
            },
        };
        let mut connected = Frame::new(Command::Connected);
        if accept.is_some() {
            connected = connected.header("version", version.as_str());
        }
        if version != Version::V1_0 {
            let client = match frame.get("heart-beat") {
                None => HeartBeat::NONE,
                Some(value) => match HeartBeat::parse(value) {
                    Ok(hb) => hb,
                    Err(e) => {
                        self.fatal(&e.to_string(), receipt).await;
                        return Next::Stop;
                    }
                },
            };
            let clamp = |ms: u32| if ms == 0 { 0 } else { ms.max(MIN_BEAT_MS) };
            let server = HeartBeat {
                cx: clamp(client.cy),
                cy: clamp(client.cx),
            };
            (self.expect_every, self.send_every) = negotiate(client, server);
            connected = connected.header("heart-beat", server.to_header());
        }
        let connected = connected
            .header("session", self.session.clone())
            .header("server", "IPS-Cloud-Simulator/1.4.0");
        self.licence = frame
            .get("x-wp-authorization")
            .map(|k| SecretText::new(k.to_string()));
        self.version = version;
        self.write(&connected).await;
        self.decoder.set_version(version);
        self.connected = true;
        let now = Instant::now();
        self.last_received = now;
        if let Some(receipt) = receipt {
            let receipt = Frame::new(Command::Receipt).header("receipt-id", receipt);
            self.write(&receipt).await;
        }
        Next::Go
    }

    async fn on_subscribe(&mut self, frame: &Frame) -> Next {
        let Some(destination) = frame.get("destination") else {
            self.fatal(
                "SUBSCRIBE without a destination header",
                frame.get("receipt"),
            )
            .await;
            return Next::Stop;
        };
        let id = frame.get("id").map(str::to_string);
        if id.is_none() && self.version != Version::V1_0 {
            self.fatal("SUBSCRIBE without an id header", frame.get("receipt"))
                .await;
            return Next::Stop;
        }
        let destination = destination.to_string();
        if let Some(id) = &id {
            self.subscriptions.retain(|(i, _)| i.as_ref() != Some(id));
        }
        if self.subscriptions.len() >= MAX_SUBSCRIPTIONS {
            self.fatal("Too many subscriptions", frame.get("receipt"))
                .await;
            return Next::Stop;
        }
        self.subscriptions.push((id, destination.clone()));
        // The monitoring destinations answer as soon as they are subscribed.
        let status = match destination.as_str() {
            dest::RECEIVE_PAYMENT_SERVICE_STATUS => {
                let busy = lock(&self.state).busy.contains(&self.paypoint);
                Some(json!({"status": if busy { "BUSY" } else { "NOT_BUSY" }}))
            }
            dest::RECEIVE_PAYMENT_DEVICE_STATUS => Some(json!({})),
            _ => None,
        };
        if let Some(body) = status {
            let correlation = correlation_of(frame);
            if !self.authenticated() {
                return self.unauthorised(&correlation).await;
            }
            self.deliver(&destination, &body, &correlation).await;
        }
        Next::Go
    }

    async fn on_unsubscribe(&mut self, frame: &Frame) -> Next {
        match (frame.get("id"), frame.get("destination")) {
            (Some(id), _) => self.subscriptions.retain(|(i, _)| i.as_deref() != Some(id)),
            (None, Some(d)) if self.version == Version::V1_0 => {
                self.subscriptions.retain(|(_, dd)| dd != d)
            }
            _ => {
                self.fatal("UNSUBSCRIBE without an id header", frame.get("receipt"))
                    .await;
                return Next::Stop;
            }
        }
        Next::Go
    }

    async fn on_send(&mut self, frame: &Frame) -> Next {
        let Some(destination) = frame.get("destination") else {
            self.fatal("SEND without a destination header", frame.get("receipt"))
                .await;
            return Next::Stop;
        };
        let correlation = correlation_of(frame);
        let Some(channel) = request_channel(destination) else {
            let message = format!("No request destination {}", one_line(destination));
            return self
                .error_reply(code::UNKNOWN_DESTINATION, &message, &correlation)
                .await;
        };
        if channel.destination != dest::REGISTER_POINT_OF_SALE && !self.authenticated() {
            return self.unauthorised(&correlation).await;
        }
        let body: Value = if frame.body.iter().all(u8::is_ascii_whitespace) {
            json!({})
        } else {
            match serde_json::from_slice(&frame.body) {
                Ok(v) => v,
                Err(_) => {
                    return self
                        .error_reply(code::INVALID_REQUEST, "The body is not JSON", &correlation)
                        .await;
                }
            }
        };
        if let Err(message) = check_request(channel.operation_id, &body) {
            return self
                .error_reply(code::INVALID_REQUEST, &message, &correlation)
                .await;
        }
        // In-session messages of the payment in flight.
        match channel.destination {
            dest::SEND_PAYMENT_ACTION => return self.on_action(&body, &correlation).await,
            dest::ABORT_PAYMENT => return self.on_abort(&body, &correlation).await,
            dest::START_PAYMENT
                if self
                    .flow
                    .as_ref()
                    .is_some_and(|f| matches!(f.waiting, Some(Waiting::Decision(_)))) =>
            {
                return self.on_follow_up(&body, &correlation).await;
            }
            _ => {}
        }
        if self.request_made {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "Each request must be made in a new web socket connection",
                    &correlation,
                )
                .await;
        }
        self.request_made = true;
        let steps = match channel.destination {
            dest::REGISTER_POINT_OF_SALE => self.register(&body),
            dest::REFRESH_POINT_OF_SALE_REGISTRATION => self.refresh(),
            dest::START_PAYMENT => return self.start_payment(&body, correlation).await,
            dest::CANCEL_PAYMENT => self.cancel(&body),
            dest::SETTLE_PAYMENT => self.settle(&body),
            dest::QUERY_PAYMENT_RESULT => self.query_result(&body),
            dest::QUERY_PAYMENT_RECEIPT => self.query_receipt(&body),
            dest::REQUEST_BATCH_REPORT => self.batch_report(&body),
            dest::RESTART_PAYMENT_DEVICE => Ok(vec![Step::Message(
                dest::RECEIVE_PAYMENT_DEVICE_RESTART,
                json!({}),
            )]),
            _ => Err((
                code::UNKNOWN_DESTINATION,
                format!("No request destination {}", one_line(destination)),
            )),
        };
        match steps {
            Ok(steps) => {
                self.flow = Some(Flow {
                    correlation,
                    steps: steps.into(),
                    next_at: Instant::now(),
                    waiting: None,
                    txn: None,
                    slip: None,
                    _busy: None,
                });
                Next::Go
            }
            Err((code, message)) => self.error_reply(code, &message, &correlation).await,
        }
    }

    // ----- operations -----

    fn register(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let field = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or_default();
        if field("pointOfSaleActivationCode") != self.config.activation_code {
            return Err((
                code::INVALID_ACTIVATION_CODE,
                "The activation code is not valid for this paypoint".into(),
            ));
        }
        let pos = PointOfSale {
            paypoint: self.paypoint.clone(),
            id: field("pointOfSaleId").to_string(),
            reference: field("pointOfSaleReference").to_string(),
        };
        let issued = lock(&self.state).register(pos, self.config.licence_lifetime);
        Ok(vec![Step::Stamped(
            dest::RECEIVE_POINT_OF_SALE_REGISTRATION,
            json!({"pointOfSaleLicenseKey": issued.key}),
            issued.issued_at_ms,
        )])
    }

    fn refresh(&mut self) -> Result<Vec<Step>, (&'static str, String)> {
        let lifetime = self.config.licence_lifetime;
        let fresh = match &self.licence {
            Some(key) => lock(&self.state).refresh(key, &self.paypoint, lifetime),
            None => Err(Refused::Invalid),
        };
        match fresh {
            Ok(issued) => {
                self.licence = Some(SecretText::new(issued.key.clone()));
                Ok(vec![Step::Stamped(
                    dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH,
                    json!({"pointOfSaleLicenseKey": issued.key}),
                    issued.issued_at_ms,
                )])
            }
            Err(Refused::Expired) => Err((
                code::UNAUTHORISED,
                "The licence key has expired: register the point of sale again".into(),
            )),
            Err(Refused::Invalid) => Err((
                code::UNAUTHORISED,
                "The licence key is no longer valid".into(),
            )),
        }
    }

    async fn start_payment(&mut self, body: &Value, correlation: String) -> Next {
        let txn = match self.txn_of(body) {
            Ok(txn) => txn,
            Err((code, message)) => return self.error_reply(code, &message, &correlation).await,
        };
        let busy = {
            let mut state = lock(&self.state);
            !state.busy.insert(self.paypoint.clone())
        };
        let mut flow = Flow {
            correlation,
            steps: VecDeque::new(),
            next_at: Instant::now(),
            waiting: None,
            txn: Some(txn.clone()),
            slip: None,
            _busy: None,
        };
        if busy {
            let mut payment = self.base_payment(&txn);
            payment["result"] = json!("aborted-busy");
            payment["outcome"] = json!("failed");
            flow.steps.extend([
                self.notify(&txn, "TERMINAL BUSY"),
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({})),
            ]);
            flow.txn = None;
        } else {
            flow._busy = Some(BusyGuard {
                state: self.state.clone(),
                paypoint: self.paypoint.clone(),
            });
            let mut steps = Vec::new();
            match txn.instrument.as_str() {
                "card/present" => {
                    steps.push(self.notify(&txn, "PRESENT CARD"));
                    steps.push(self.notify(&txn, "CARD INSERTED"));
                }
                "card/keyed" => steps.push(self.notify(&txn, "KEY CARD DETAILS")),
                _ => {}
            }
            match txn.payment_type.as_str() {
                "check-card-payment" => {
                    steps.push(self.notify(&txn, "CARD CHECKED - AWAITING PAYMENT"));
                    steps.push(Step::AwaitDecision);
                }
                "check-card" => {
                    steps.push(self.notify(&txn, "PROCESSING"));
                    let decision = Decision::approved(&txn);
                    steps.extend(self.finish(&txn, decision, None));
                }
                _ => steps.extend(self.authorise(&txn, &mut flow)),
            }
            flow.steps.extend(steps);
        }
        self.flow = Some(flow);
        Next::Go
    }

    /// The payment a start message asks for, or the Error to answer.
    fn txn_of(&self, body: &Value) -> Result<Txn, (&'static str, String)> {
        let text = |pointer: &str| body.pointer(pointer).and_then(Value::as_str);
        let mut missing = Vec::new();
        let payment_type = text("/paymentType");
        let reference = text("/merchantTransactionReference");
        let amount = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64);
        if payment_type.is_none() {
            missing.push("/paymentType");
        }
        if reference.is_none() {
            missing.push("/merchantTransactionReference");
        }
        if amount.is_none() {
            missing.push("/instruction/value/amount");
        }
        let gateway = text("/gatewayTransactionReference");
        if payment_type == Some("inc-auth") && gateway.is_none() {
            missing.push("/gatewayTransactionReference");
        }
        if !missing.is_empty() {
            return Err((
                code::INVALID_REQUEST,
                format!(
                    "The request does not match its schema: {} required",
                    missing.join(", ")
                ),
            ));
        }
        let (Some(payment_type), Some(reference), Some(amount)) = (payment_type, reference, amount)
        else {
            return Err((code::INVALID_REQUEST, "Incomplete request".into()));
        };
        let state = lock(&self.state);
        let increases = if payment_type == "inc-auth" {
            let gateway = gateway.unwrap_or_default();
            let original = state
                .by_gateway(&self.paypoint, gateway)
                .filter(|m| {
                    state
                        .payment(&self.paypoint, m)
                        .is_some_and(|p| p.status == Status::PreAuthorised)
                })
                .ok_or((
                    code::TRANSACTION_NOT_FOUND,
                    "No pre-authorised payment has this gatewayTransactionReference".to_string(),
                ))?;
            Some((original, gateway.to_string()))
        } else {
            None
        };
        if let Some(original) = text("/instruction/originalGatewayTransactionReference")
            && state.by_gateway(&self.paypoint, original).is_none()
        {
            return Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment has this originalGatewayTransactionReference".into(),
            ));
        }
        Ok(Txn {
            reference: reference.to_string(),
            payment_type: payment_type.to_string(),
            amount,
            instrument: text("/instruction/paymentInstrument/type")
                .unwrap_or("card/present")
                .to_string(),
            token_id: text("/instruction/paymentInstrument/tokenId").map(str::to_string),
            token_purpose: text("/instruction/paymentInstrument/tokenPurpose").map(str::to_string),
            increases,
        })
    }

    /// The authorisation part of a payment, as the amount steers it.
    fn authorise(&mut self, txn: &Txn, flow: &mut Flow) -> Vec<Step> {
        let mut steps = Vec::new();
        let signature = txn.amount == trigger::SIGNATURE && txn.card_read();
        if txn.instrument == "card/present" && !signature {
            steps.push(self.notify(txn, "ENTER PIN"));
        }
        steps.push(self.notify(txn, "PROCESSING"));
        steps.push(self.notify(txn, "AUTHORISING"));
        let mtr = txn.reference.clone();
        if signature {
            let slip = signature_slip(txn, &self.paypoint);
            steps.push(self.notify(txn, "SIGNATURE REQUIRED"));
            steps.push(receipt_step(&mtr, "merchant", &slip));
            flow.slip = Some(slip);
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {"action": "signature-verification"},
                }),
            ));
            steps.push(Step::AwaitAction("signature-verification"));
        } else if txn.amount == trigger::VOICE_AUTHORISATION {
            steps.push(self.notify(txn, "REFERRAL - CALL AUTH CENTRE"));
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {
                        "action": "voice-authorisation",
                        "referralContacts": [
                            {"method": "phone", "value": "0800 000 7777"},
                        ],
                        "merchant": {"merchantId": MERCHANT_ID},
                    },
                }),
            ));
            steps.push(Step::AwaitAction("voice-authorisation"));
        } else if txn.amount == trigger::AVS_CONFIRMATION {
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {
                        "action": "avs-confirmation",
                        "avsResults": {
                            "isCvvMatch": "matched",
                            "isAddressLineMatch": "not-matched",
                            "isPostalCodeMatch": "matched",
                        },
                    },
                }),
            ));
            steps.push(Step::AwaitAction("avs-confirmation"));
        } else if txn.amount == trigger::REFUSED {
            let decision = Decision::refused(txn, "refused-online");
            steps.extend(self.finish(txn, decision, None));
        } else {
            let decision = Decision::approved(txn);
            steps.extend(self.finish(txn, decision, None));
        }
        steps
    }

    /// Decides the payment: stores its result and receipts, and returns
    /// the closing steps (notifications, receipts, result, complete).
    fn finish(&mut self, txn: &Txn, decision: Decision, slip: Option<String>) -> Vec<Step> {
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        let gateway = if decision.online {
            Some(
                txn.increases
                    .as_ref()
                    .map(|(_, g)| g.clone())
                    .unwrap_or_else(|| numbers.gateway_reference.clone()),
            )
        } else {
            None
        };
        let approved = decision.outcome == "succeeded";
        let authorisation_code = if approved && decision.online {
            Some(
                decision
                    .authorisation_code
                    .clone()
                    .unwrap_or_else(|| numbers.authorisation_code.clone()),
            )
        } else {
            None
        };
        let mut payment = self.base_payment(txn);
        payment["transactionDateTime"] = json!(rfc3339_now());
        payment["result"] = json!(decision.result);
        payment["outcome"] = json!(decision.outcome);
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        if let Some(g) = &gateway {
            payment["gatewayTransactionReference"] = json!(g);
            payment["retrievalReferenceNumber"] = json!(numbers.retrieval_reference);
        }
        if decision.receipts {
            payment["receiptRetentionReminder"] = json!("PLEASE RETAIN RECEIPT");
            if decision.cvm == "signature" {
                payment["receiptCustomerDeclaration"] = json!("I AGREE TO PAY THE ABOVE TOTAL");
            }
        }
        payment["paymentInstrument"] =
            card_instrument(txn, decision.cvm, authorisation_code.as_deref());
        let mut receipts = Vec::new();
        if decision.receipts {
            let merchant = slip
                .clone()
                .unwrap_or_else(|| receipt_text(txn, &payment, "MERCHANT COPY"));
            receipts.push(("merchant", merchant));
            receipts.push(("customer", receipt_text(txn, &payment, "CUSTOMER COPY")));
        }
        // Pre-auth increments raise the amount of the pre-auth; it stays the
        // payment to settle or cancel.
        let mut amount = txn.amount;
        let mut status = decision.status;
        let mut stored_gateway = gateway.clone();
        if let Some((original, _)) = &txn.increases {
            let key = (self.paypoint.clone(), original.clone());
            if let Some(stored) = state.payments.get_mut(&key) {
                if approved {
                    stored.amount = stored.amount.saturating_add(txn.amount);
                }
                amount = stored.amount;
            }
            if *original == txn.reference {
                status = Status::PreAuthorised;
            } else {
                status = Status::Increment;
                stored_gateway = None;
            }
        }
        state.payments.insert(
            (self.paypoint.clone(), txn.reference.clone()),
            StoredPayment {
                result: payment.clone(),
                receipts: receipts.clone(),
                status,
                amount,
                gateway_reference: stored_gateway,
            },
        );
        if decision.online {
            state
                .batches
                .entry(self.paypoint.clone())
                .or_default()
                .push(BatchEntry {
                    payment_type: txn.result_type().to_string(),
                    amount: txn.amount,
                    outcome: decision.outcome,
                });
        }
        drop(state);

        let mut steps = Vec::new();
        if txn.instrument == "card/present" && decision.status != Status::Aborted {
            steps.push(self.notify(txn, "REMOVE CARD"));
        }
        steps.push(self.notify(txn, decision.final_text));
        for (i, (kind, text)) in receipts.iter().enumerate() {
            // The signing slip went out before the signature was checked.
            if i == 0 && slip.is_some() {
                continue;
            }
            steps.push(receipt_step(&txn.reference, kind, text));
        }
        steps.push(Step::Message(
            dest::RECEIVE_PAYMENT_RESULT,
            json!({"payments": [payment]}),
        ));
        steps.push(Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({})));
        steps
    }

    /// The fields every result of `txn` carries.
    fn base_payment(&self, txn: &Txn) -> Value {
        json!({
            "paymentType": txn.result_type(),
            "transactionDateTime": rfc3339_now(),
            "merchantTransactionReference": txn.reference,
            "merchant": merchant(),
            "paypoint": {"paypointId": self.paypoint, "terminalId": TERMINAL_ID},
            "value": {"amount": txn.amount, "currencyCode": CURRENCY},
        })
    }

    fn notify(&self, txn: &Txn, text: &str) -> Step {
        Step::Message(
            dest::RECEIVE_PAYMENT_NOTIFICATION,
            json!({"merchantTransactionReference": txn.reference, "notificationText": text}),
        )
    }

    /// `/v1/payment/action`: the answer to the action awaited.
    async fn on_action(&mut self, body: &Value, correlation: &str) -> Next {
        let awaited = self.flow.as_ref().and_then(|f| match f.waiting {
            Some(Waiting::Action(a)) => Some(a),
            _ => None,
        });
        let Some(awaited) = awaited else {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "No payment action is awaited on this connection",
                    correlation,
                )
                .await;
        };
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        let Some(txn) = flow.txn.clone() else {
            return Next::Go;
        };
        let reply_correlation = flow.correlation.clone();
        let answered = body.pointer("/data/action").and_then(Value::as_str);
        if answered != Some(awaited) {
            let message = format!("The action awaited is {awaited}");
            return self
                .error_reply(code::INVALID_OPERATION, &message, &reply_correlation)
                .await;
        }
        if let Some(m) = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            && m != txn.reference
        {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "The merchantTransactionReference is not that of the payment in flight",
                    &reply_correlation,
                )
                .await;
        }
        let decision = match awaited {
            "signature-verification" => {
                match body
                    .pointer("/data/isSignatureVerified")
                    .and_then(Value::as_bool)
                {
                    Some(true) => Decision {
                        cvm: "signature",
                        ..Decision::approved(&txn)
                    },
                    Some(false) => Decision {
                        cvm: "signature",
                        result: "cancelled",
                        final_text: "TRANSACTION CANCELLED",
                        ..Decision::refused(&txn, "cancelled")
                    },
                    None => {
                        return self
                            .error_reply(
                                code::INVALID_REQUEST,
                                "The request does not match its schema: /data/isSignatureVerified is required",
                                &reply_correlation,
                            )
                            .await;
                    }
                }
            }
            "voice-authorisation" => {
                match body
                    .pointer("/data/authorisationCode")
                    .and_then(Value::as_str)
                {
                    Some(code) => Decision {
                        result: "authorised-referral",
                        authorisation_code: Some(code.to_string()),
                        ..Decision::approved(&txn)
                    },
                    None => Decision::refused(&txn, "refused-online"),
                }
            }
            _ => match body
                .pointer("/data/isAvsConfirmed")
                .and_then(Value::as_bool)
            {
                Some(true) => Decision::approved(&txn),
                _ => Decision::refused(&txn, "refused-avs-required"),
            },
        };
        let slip = flow.slip.take();
        let steps = self.finish(&txn, decision, slip);
        flow.waiting = None;
        flow.steps.extend(steps);
        flow.next_at = later(self.config.pacing);
        self.flow = Some(flow);
        Next::Go
    }

    /// `/v1/payment/abort`: ends a `check-card-payment` that has not gone
    /// on to the payment yet.
    async fn on_abort(&mut self, _body: &Value, correlation: &str) -> Next {
        let abortable = self.flow.as_ref().and_then(|f| {
            let undecided = matches!(f.waiting, Some(Waiting::Decision(_)))
                || f.steps.iter().any(|s| matches!(s, Step::AwaitDecision));
            f.txn
                .as_ref()
                .filter(|t| undecided && t.payment_type == "check-card-payment")
                .cloned()
        });
        let Some(txn) = abortable else {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "No check-card-payment awaits a decision on this connection",
                    correlation,
                )
                .await;
        };
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        flow.steps.clear();
        flow.waiting = None;
        let steps = self.finish(&txn, Decision::aborted(&txn), None);
        flow.steps.extend(steps);
        self.flow = Some(flow);
        Next::Go
    }

    /// A `/v1/payment` while a `check-card-payment` awaits its decision:
    /// the payment goes on, with this amount.
    async fn on_follow_up(&mut self, body: &Value, _correlation: &str) -> Next {
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        let Some(mut txn) = flow.txn.clone() else {
            self.flow = Some(flow);
            return Next::Go;
        };
        if let Some(amount) = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64)
        {
            txn.amount = amount;
        }
        flow.txn = Some(txn.clone());
        flow.waiting = None;
        let steps = self.authorise(&txn, &mut flow);
        flow.steps.extend(steps);
        self.flow = Some(flow);
        Next::Go
    }

    /// The stored payment a cancel or settle names, by merchant or gateway
    /// reference.
    fn referenced(&self, body: &Value) -> Result<(String, StoredPayment), (&'static str, String)> {
        let state = lock(&self.state);
        let by_merchant = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .map(str::to_string);
        let by_gateway = || {
            body.get("gatewayTransactionReference")
                .and_then(Value::as_str)
                .and_then(|g| state.by_gateway(&self.paypoint, g))
        };
        let reference = by_merchant
            .filter(|m| state.payment(&self.paypoint, m).is_some())
            .or_else(by_gateway);
        reference
            .and_then(|m| state.payment(&self.paypoint, &m).cloned().map(|p| (m, p)))
            .ok_or((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this transaction reference".into(),
            ))
    }

    fn cancel(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let (reference, stored) = self.referenced(body)?;
        let mut payment = stored.result.clone();
        payment["paymentType"] = json!("cancel");
        payment["transactionDateTime"] = json!(rfc3339_now());
        let card_number = body
            .pointer("/paymentInstrument/cardNumber")
            .and_then(Value::as_str);
        let month = body
            .pointer("/paymentInstrument/cardExpiryDate/month")
            .and_then(Value::as_i64);
        let year = body
            .pointer("/paymentInstrument/cardExpiryDate/year")
            .and_then(Value::as_i64);
        let refusal = if !matches!(
            stored.status,
            Status::Authorised | Status::PreAuthorised | Status::Settled
        ) {
            Some(("invalid-transaction-state", "failed"))
        } else if card_number.is_some_and(|n| !same_card(n)) {
            Some(("rejected-card-number-not-matched", "refused"))
        } else if month.is_some_and(|m| m != CARD_EXPIRY_MONTH)
            || year.is_some_and(|y| y.rem_euclid(100) != CARD_EXPIRY_YEAR)
        {
            Some(("rejected-card-expiry-date-not-matched", "refused"))
        } else {
            None
        };
        let complete = Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({}));
        if let Some((result, outcome)) = refusal {
            payment["result"] = json!(result);
            payment["outcome"] = json!(outcome);
            return Ok(vec![
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                complete,
            ]);
        }
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        payment["result"] = json!("cancelled");
        payment["outcome"] = json!("succeeded");
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        let txn = Txn {
            reference: reference.clone(),
            payment_type: "cancel".into(),
            amount: stored.amount,
            instrument: payment
                .pointer("/paymentInstrument/type")
                .and_then(Value::as_str)
                .unwrap_or("card/present")
                .to_string(),
            token_id: None,
            token_purpose: None,
            increases: None,
        };
        let receipts = vec![
            ("merchant", receipt_text(&txn, &payment, "MERCHANT COPY")),
            ("customer", receipt_text(&txn, &payment, "CUSTOMER COPY")),
        ];
        state.payments.insert(
            (self.paypoint.clone(), reference.clone()),
            StoredPayment {
                result: payment.clone(),
                receipts: receipts.clone(),
                status: Status::Cancelled,
                ..stored
            },
        );
        state
            .batches
            .entry(self.paypoint.clone())
            .or_default()
            .push(BatchEntry {
                payment_type: "cancel".into(),
                amount: txn.amount,
                outcome: "succeeded",
            });
        drop(state);
        let mut steps: Vec<Step> = receipts
            .iter()
            .map(|(kind, text)| receipt_step(&reference, kind, text))
            .collect();
        steps.push(Step::Message(
            dest::RECEIVE_PAYMENT_RESULT,
            json!({"payments": [payment]}),
        ));
        steps.push(complete);
        Ok(steps)
    }

    fn settle(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let (reference, stored) = self.referenced(body)?;
        let mut payment = stored.result.clone();
        payment["paymentType"] = json!("settle");
        payment["transactionDateTime"] = json!(rfc3339_now());
        let amount = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64)
            .unwrap_or(stored.amount);
        let complete = Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({}));
        let refusal = if stored.status != Status::PreAuthorised {
            Some(("invalid-transaction-state", "failed"))
        } else if !(0..=stored.amount).contains(&amount) {
            Some(("rejected-pre-auth", "refused"))
        } else {
            None
        };
        if let Some((result, outcome)) = refusal {
            payment["result"] = json!(result);
            payment["outcome"] = json!(outcome);
            return Ok(vec![
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                complete,
            ]);
        }
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        payment["result"] = json!("pre-auth-completed");
        payment["outcome"] = json!("succeeded");
        payment["value"]["amount"] = json!(amount);
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        state.payments.insert(
            (self.paypoint.clone(), reference),
            StoredPayment {
                result: payment.clone(),
                status: Status::Settled,
                amount,
                ..stored
            },
        );
        state
            .batches
            .entry(self.paypoint.clone())
            .or_default()
            .push(BatchEntry {
                payment_type: "settle".into(),
                amount,
                outcome: "succeeded",
            });
        Ok(vec![
            Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
            complete,
        ])
    }

    fn query_result(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let reference = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let stored = lock(&self.state)
            .payment(&self.paypoint, reference)
            .cloned();
        match stored {
            Some(stored) => Ok(vec![Step::Message(
                dest::RECEIVE_PAYMENT_RESULT,
                json!({"payments": [stored.result]}),
            )]),
            None => Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this merchantTransactionReference".into(),
            )),
        }
    }

    fn query_receipt(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let reference = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let stored = lock(&self.state)
            .payment(&self.paypoint, reference)
            .cloned();
        match stored {
            None => Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this merchantTransactionReference".into(),
            )),
            Some(stored) if stored.receipts.is_empty() => {
                Err((code::RECEIPT_NOT_FOUND, "The payment has no receipt".into()))
            }
            Some(stored) => Ok(stored
                .receipts
                .iter()
                .map(|(kind, text)| receipt_step(reference, kind, text))
                .collect()),
        }
    }

    fn batch_report(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let asked = body
            .get("reportType")
            .or_else(|| body.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("X");
        let z = asked.eq_ignore_ascii_case("z");
        let entries = {
            let mut state = lock(&self.state);
            if z {
                state.batches.remove(&self.paypoint).unwrap_or_default()
            } else {
                state
                    .batches
                    .get(&self.paypoint)
                    .cloned()
                    .unwrap_or_default()
            }
        };
        let kind = if z { "Z" } else { "X" };
        let mut text = format!(
            "{MERCHANT_NAME}\n{kind} REPORT\nTID: {TERMINAL_ID}  MID: {MERCHANT_ID}\nPAYPOINT: {}\n{}\n",
            self.paypoint,
            rfc3339_now()
        );
        for payment_type in [
            "sale",
            "refund",
            "pre-auth",
            "check-card-payment",
            "settle",
            "cancel",
        ] {
            let lines: Vec<&BatchEntry> = entries
                .iter()
                .filter(|e| e.payment_type == payment_type && e.outcome == "succeeded")
                .collect();
            if lines.is_empty() {
                continue;
            }
            let total: i64 = lines.iter().map(|e| e.amount).sum();
            text.push_str(&format!(
                "{:<20}{:>4}  {CURRENCY} {}\n",
                payment_type.to_uppercase(),
                lines.len(),
                money(total)
            ));
        }
        let declined = entries.iter().filter(|e| e.outcome != "succeeded").count();
        text.push_str(&format!("DECLINED            {declined:>4}\n"));
        if z {
            text.push_str("BATCH CLOSED\n");
        }
        Ok(vec![Step::Message(
            dest::RECEIVE_BATCH_REPORT,
            json!({"reportType": kind, "content": STANDARD.encode(text)}),
        )])
    }
}

/// The request's `x-wp-correlation-id`, or a new one (also when it could
/// not be written back as a header).
fn correlation_of(frame: &Frame) -> String {
    frame
        .get("x-wp-correlation-id")
        .filter(|c| !c.is_empty() && c.len() <= MAX_CORRELATION_LEN && !c.contains(['\r', '\n']))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// `text` fit for a header value in any version: one line, bounded.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\r' || c == '\n' { ' ' } else { c })
        .take(512)
        .collect()
}

fn valid_paypoint(paypoint: &str) -> bool {
    (1..=20).contains(&paypoint.len())
        && paypoint
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether a card number given to cancel is the simulated card's (its
/// first six and last four digits; masked digits match anything).
fn same_card(number: &str) -> bool {
    let number: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    number.len() >= 10 && number.starts_with(CARD_FIRST6) && number.ends_with(CARD_LAST4)
}

fn merchant() -> Value {
    json!({
        "merchantId": MERCHANT_ID,
        "name": MERCHANT_NAME,
        "address": {
            "line1": "1 Simulator Street",
            "city": "London",
            "postalCode": "EC1A 1AA",
            "countryCode": "GB",
        },
    })
}

/// The card part of a result.
fn card_instrument(txn: &Txn, cvm: &str, authorisation_code: Option<&str>) -> Value {
    let mut card = json!({
        "cardNumber": CARD_NUMBER_MASKED,
        "expiryDate": {"month": CARD_EXPIRY_MONTH, "year": CARD_EXPIRY_YEAR},
        "type": "credit",
        "issuerCode": "visa",
        "countryCode": "826",
    });
    if txn.instrument == "card/present" {
        card["panSequenceNumber"] = json!("01");
        card["applicationLabel"] = json!("VISA CREDIT");
        card["applicationIdentifier"] = json!("A0000000031010");
        card["applicationEffectiveDate"] = json!("2023-01-01");
    }
    if let Some(token) = &txn.token_id {
        card["tokenId"] = json!(token);
    } else if txn.token_purpose.is_some() {
        // The card is stored: a wrapped-luhn style token (99 + 18 digits).
        let random = uuid::Uuid::new_v4().as_u128() % 1_000_000_000_000_000_000;
        card["tokenId"] = json!(format!("99{random:018}"));
    }
    let mut instrument = json!({
        "type": txn.instrument,
        "posEntryMode": txn.entry_mode(),
        "cardVerificationMethod": cvm,
        "isHandledOnline": txn.payment_type != "check-card",
        "card": card,
    });
    if let Some(code) = authorisation_code {
        instrument["authorisation"] = json!({"authorisationCode": code});
    }
    if txn.instrument == "card/present" {
        instrument["debug"] = json!({
            "transactionStatusInfo": "E800",
            "transactionVerificationResults": "0000008000",
        });
    }
    instrument
}

fn receipt_step(reference: &str, kind: &'static str, text: &str) -> Step {
    Step::Message(
        dest::RECEIVE_PAYMENT_RECEIPT,
        json!({
            "merchantTransactionReference": reference,
            "type": kind,
            "content": STANDARD.encode(text),
        }),
    )
}

fn receipt_header(copy: &str, paypoint: &str) -> String {
    format!(
        "{MERCHANT_NAME}\n1 SIMULATOR STREET\nLONDON EC1A 1AA\n\n{copy}\nTID: {TERMINAL_ID}  MID: {MERCHANT_ID}\nPAYPOINT: {paypoint}\n\nVISA CREDIT\n{CARD_NUMBER_MASKED}\n"
    )
}

/// The merchant copy printed for the customer to sign (`SIGN HERE`: the
/// text the client proven against IPS Cloud looks for in a slip to sign).
fn signature_slip(txn: &Txn, paypoint: &str) -> String {
    format!(
        "{}{}\n{}\nAMOUNT: {CURRENCY} {}\nREF: {}\n\nPLEASE SIGN HERE\n\n______________________\n",
        receipt_header("MERCHANT COPY", paypoint),
        txn.entry_mode().to_uppercase(),
        txn.result_type().to_uppercase(),
        money(txn.amount),
        txn.reference,
    )
}

fn receipt_text(txn: &Txn, payment: &Value, copy: &str) -> String {
    let field = |pointer: &str| {
        payment
            .pointer(pointer)
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    };
    let paypoint = field("/paypoint/paypointId");
    let mut text = receipt_header(copy, &paypoint);
    text.push_str(&format!(
        "{}\n{}\nAMOUNT: {CURRENCY} {}\n",
        txn.entry_mode().to_uppercase(),
        field("/paymentType").to_uppercase(),
        money(txn.amount)
    ));
    let cvm = field("/paymentInstrument/cardVerificationMethod");
    let verified = match cvm.as_str() {
        "pin-or-consumer-device" => "PIN VERIFIED",
        "signature" => "SIGNATURE VERIFIED",
        _ => "",
    };
    if !verified.is_empty() {
        text.push_str(verified);
        text.push('\n');
    }
    let code = field("/paymentInstrument/authorisation/authorisationCode");
    if !code.is_empty() {
        text.push_str(&format!("AUTH CODE: {code}\n"));
    }
    text.push_str(&format!(
        "REF: {}\nRECEIPT NO: {}\n{}\n\n{}\n",
        txn.reference,
        field("/receiptNumber"),
        field("/transactionDateTime"),
        field("/result").to_uppercase().replace('-', " ")
    ));
    if copy == "CUSTOMER COPY" {
        text.push_str("PLEASE RETAIN RECEIPT\n");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    use tokio::io::DuplexStream;
    use tokio_tungstenite::tungstenite::protocol::Role;

    use crate::ips_cloud::channels::ServerMessage;

    const PAYPOINT: &str = "INST001";
    const WAIT: Duration = Duration::from_secs(10);

    /// A raw STOMP client over an in-memory WebSocket.
    struct Client {
        ws: WebSocketStream<DuplexStream>,
        decoder: Decoder,
        version: Version,
        server: tokio::task::JoinHandle<()>,
    }

    fn new_state() -> Arc<Mutex<State>> {
        Arc::new(Mutex::new(State::default()))
    }

    async fn open(state: &Arc<Mutex<State>>) -> Client {
        open_with(state, PAYPOINT, ServeConfig::default()).await
    }

    async fn open_with(state: &Arc<Mutex<State>>, paypoint: &str, config: ServeConfig) -> Client {
        let (a, b) = tokio::io::duplex(1 << 16);
        let server_ws = WebSocketStream::from_raw_socket(a, Role::Server, None).await;
        let server = tokio::spawn(serve(
            server_ws,
            paypoint.to_string(),
            state.clone(),
            config,
        ));
        let ws = WebSocketStream::from_raw_socket(b, Role::Client, None).await;
        Client {
            ws,
            decoder: Decoder::new(Limits::default()),
            version: Version::V1_0,
            server,
        }
    }

    impl Client {
        async fn raw(&mut self, bytes: &[u8], binary: bool) {
            let message = if binary {
                Message::binary(bytes.to_vec())
            } else {
                Message::text(String::from_utf8(bytes.to_vec()).unwrap())
            };
            self.ws.send(message).await.unwrap();
        }

        async fn send_frame(&mut self, frame: &Frame) {
            let bytes = encode(frame, self.version);
            self.raw(&bytes, false).await;
        }

        /// The next item (frame or heart-beat); `None` once closed.
        async fn next_item(&mut self) -> Option<Item> {
            loop {
                if let Some(item) = self.decoder.next_item().expect("the server's framing") {
                    return Some(item);
                }
                let message = tokio::time::timeout(WAIT, self.ws.next())
                    .await
                    .expect("the server answers in time");
                match message {
                    None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return None,
                    Some(Ok(Message::Text(t))) => self.decoder.push(t.as_bytes()),
                    Some(Ok(Message::Binary(b))) => self.decoder.push(&b),
                    Some(Ok(_)) => {}
                }
            }
        }

        /// The next frame (heart-beats skipped); `None` once closed.
        async fn next_frame(&mut self) -> Option<Frame> {
            loop {
                match self.next_item().await? {
                    Item::Frame(f) => return Some(f),
                    Item::HeartBeat => {}
                }
            }
        }

        async fn expect_frame(&mut self) -> Frame {
            self.next_frame().await.expect("a frame before the close")
        }

        async fn connect(&mut self, licence: Option<&str>) -> Frame {
            let mut frame = Frame::new(Command::Connect)
                .header("accept-version", "1.1")
                .header("host", format!("/ipc-app/payment/{PAYPOINT}"))
                .header("heart-beat", "0,0");
            if let Some(key) = licence {
                frame = frame.header("x-wp-authorization", key);
            }
            self.send_frame(&frame).await;
            let connected = self.expect_frame().await;
            assert_eq!(connected.command, Command::Connected, "{connected:?}");
            self.version = Version::of_connected(&connected).unwrap();
            self.decoder.set_version(self.version);
            connected
        }

        /// Subscribes to every reply destination of the operation.
        async fn subscribe_replies(&mut self, operation_id: &str) {
            let channel = Channel::by_operation(operation_id).unwrap();
            for (i, destination) in channel.replies.iter().enumerate() {
                self.subscribe(&format!("sub-{i}"), destination).await;
            }
        }

        async fn subscribe(&mut self, id: &str, destination: &str) {
            let frame = Frame::new(Command::Subscribe)
                .header("id", id)
                .header("destination", destination)
                .header("ack", "auto");
            self.send_frame(&frame).await;
        }

        async fn send_json(&mut self, destination: &str, body: &Value) {
            let frame = Frame::new(Command::Send)
                .header("destination", destination)
                .header("content-type", "application/json")
                .header(
                    "x-wp-correlation-id",
                    "9b3c1f6e-1111-4222-8333-444455556666",
                )
                .body(serde_json::to_vec(body).unwrap());
            self.send_frame(&frame).await;
        }

        /// Every MESSAGE until one on a terminal destination of
        /// `operation_id` (checked, see [`check_message`]).
        async fn until_terminal(&mut self, operation_id: &str) -> Vec<(String, Value)> {
            let channel = Channel::by_operation(operation_id).unwrap();
            let mut out = Vec::new();
            loop {
                let (destination, body) = self.message().await;
                let terminal = channel.terminal.contains(&destination.as_str());
                out.push((destination, body));
                if terminal {
                    return out;
                }
            }
        }

        /// The next MESSAGE, checked.
        async fn message(&mut self) -> (String, Value) {
            let frame = self.expect_frame().await;
            assert_eq!(frame.command, Command::Message, "{frame:?}");
            check_message(&frame)
        }

        async fn disconnect(mut self) {
            let frame = Frame::new(Command::Disconnect).header("receipt", "bye");
            self.send_frame(&frame).await;
            let receipt = self.expect_frame().await;
            assert_eq!(receipt.command, Command::Receipt);
            assert_eq!(receipt.get("receipt-id"), Some("bye"));
            assert!(
                self.next_frame().await.is_none(),
                "closed after the RECEIPT"
            );
            self.server
                .await
                .expect("the server task ends without panicking");
        }

        /// Expects an ERROR frame, then the close.
        async fn expect_error_and_close(mut self) -> Frame {
            let error = self.expect_frame().await;
            assert_eq!(error.command, Command::Error, "{error:?}");
            assert!(error.get("message").is_some_and(|m| !m.is_empty()));
            assert!(self.next_frame().await.is_none(), "closed after the ERROR");
            self.server
                .await
                .expect("the server task ends without panicking");
            error
        }
    }

    /// Checks a MESSAGE: the headers the simulator promises, the body valid
    /// against the schema of its destination and decoded by the crate's
    /// own types; returns (destination, body).
    fn check_message(frame: &Frame) -> (String, Value) {
        let destination = frame.get("destination").expect("destination").to_string();
        for header in [
            "subscription",
            "message-id",
            "x-wp-correlation-id",
            "timestamp",
            "content-length",
        ] {
            assert!(frame.get(header).is_some(), "{header} missing: {frame:?}");
        }
        assert_eq!(frame.get("content-type"), Some("application/json"));
        assert_eq!(
            frame.get("content-length"),
            Some(frame.body.len().to_string().as_str())
        );
        let body: Value = serde_json::from_slice(&frame.body).expect("a JSON body");
        let channel = CHANNELS
            .iter()
            .find(|c| c.destination == destination && c.direction == Direction::Subscribe)
            .expect("a reply destination of the channel table");
        let schema = Schema::response(Api::IpsCloud, channel.operation_id, 200).unwrap();
        if let Err(violations) = schema.validate(&body) {
            panic!("{destination}: {body} breaks its schema: {violations:?}");
        }
        ServerMessage::decode(&destination, &frame.body)
            .unwrap_or_else(|e| panic!("{destination}: the crate cannot decode {body}: {e}"));
        (destination, body)
    }

    fn registration_body() -> Value {
        json!({
            "pointOfSaleId": "D45FGT",
            "pointOfSaleReference": "POS123",
            "pointOfSaleActivationCode": DEFAULT_ACTIVATION_CODE,
        })
    }

    /// Registers a point of sale on a connection of its own; the key.
    async fn register(state: &Arc<Mutex<State>>) -> String {
        let mut client = open(state).await;
        client.connect(None).await;
        client.subscribe_replies("registerPointOfSale").await;
        client
            .send_json(dest::REGISTER_POINT_OF_SALE, &registration_body())
            .await;
        let (destination, body) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
        client.disconnect().await;
        body["pointOfSaleLicenseKey"].as_str().unwrap().to_string()
    }

    fn sale(reference: &str, payment_type: &str, amount: i64) -> Value {
        json!({
            "paymentType": payment_type,
            "merchantTransactionReference": reference,
            "instruction": {
                "value": {"amount": amount},
                "paymentInstrument": {"type": "card/present"},
            },
        })
    }

    /// Connects with `key`, subscribes to the operation's replies, sends.
    async fn request(
        state: &Arc<Mutex<State>>,
        key: &str,
        operation_id: &str,
        body: &Value,
    ) -> Client {
        let mut client = open(state).await;
        client.connect(Some(key)).await;
        client.subscribe_replies(operation_id).await;
        let channel = Channel::by_operation(operation_id).unwrap();
        client.send_json(channel.destination, body).await;
        client
    }

    fn of<'a>(messages: &'a [(String, Value)], destination: &str) -> Vec<&'a Value> {
        messages
            .iter()
            .filter(|(d, _)| d == destination)
            .map(|(_, b)| b)
            .collect()
    }

    fn the_payment(messages: &[(String, Value)]) -> Value {
        let results = of(messages, dest::RECEIVE_PAYMENT_RESULT);
        assert_eq!(results.len(), 1, "one result: {messages:?}");
        results[0]["payments"][0].clone()
    }

    fn decode_receipt(receipt: &Value) -> String {
        String::from_utf8(
            STANDARD
                .decode(receipt["content"].as_str().unwrap())
                .unwrap(),
        )
        .unwrap()
    }

    #[tokio::test]
    async fn registration_issues_a_unique_jwt_shaped_key() {
        let state = new_state();
        let first = register(&state).await;
        let parts: Vec<&str> = first.split('.').collect();
        assert_eq!(parts.len(), 3, "JWT-shaped");
        for part in &parts {
            assert!(URL_SAFE_NO_PAD.decode(part).is_ok());
        }
        let header: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "RS256");
        let claims: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(claims["pdposid"], "D45FGT");
        assert_eq!(claims["pdposref"], "POS123");
        // A year (365 days) from now, give or take the test's own time.
        let year = DEFAULT_LICENCE_LIFETIME.as_secs();
        let exp = claims["exp"].as_u64().unwrap();
        let now = (unix_millis() / 1000) as u64;
        assert!(exp <= now + year && exp + 60 >= now + year, "{claims}");
        assert_eq!(URL_SAFE_NO_PAD.decode(parts[2]).unwrap().len(), 256);
        let second = register(&state).await;
        assert_ne!(first, second);
        // Registering again invalidated the first key.
        let mut client = request(&state, &first, "requestBatchReport", &json!({})).await;
        let (destination, body) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR);
        assert_eq!(body["code"], code::UNAUTHORISED);
        client.expect_error_and_close().await;
        // State's Debug never shows a key.
        let debug = format!("{:?}", lock(&state));
        assert!(!debug.contains(&second) && !debug.contains(&first));
        assert!(!format!("{:?}", ServeConfig::default()).contains(DEFAULT_ACTIVATION_CODE));
    }

    /// Registers on a connection served with `config`; the key and the
    /// reply's `timestamp` header.
    async fn register_with(state: &Arc<Mutex<State>>, config: ServeConfig) -> (String, u128) {
        let mut client = open_with(state, PAYPOINT, config).await;
        client.connect(None).await;
        client.subscribe_replies("registerPointOfSale").await;
        client
            .send_json(dest::REGISTER_POINT_OF_SALE, &registration_body())
            .await;
        let frame = client.expect_frame().await;
        let timestamp = frame.get("timestamp").unwrap().parse().unwrap();
        let (destination, body) = check_message(&frame);
        assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
        client.disconnect().await;
        let key = body["pointOfSaleLicenseKey"].as_str().unwrap().to_string();
        (key, timestamp)
    }

    #[tokio::test]
    async fn licence_keys_expire_and_are_refreshed_before() {
        let state = new_state();
        let lifetime = Duration::from_millis(800);
        let config = ServeConfig {
            licence_lifetime: lifetime,
            ..ServeConfig::default()
        };
        let before = unix_millis();
        let (key, issued) = register_with(&state, config.clone()).await;
        assert!(issued >= before && issued <= unix_millis());
        let claims: Value = serde_json::from_slice(
            &URL_SAFE_NO_PAD
                .decode(key.split('.').nth(1).unwrap())
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            claims["exp"].as_u64().unwrap() as u128,
            (issued + lifetime.as_millis()) / 1000
        );

        // Before expiry: the key works, and a refresh issues a new one
        // stamped with its own issue time.
        let mut client = open_with(&state, PAYPOINT, config.clone()).await;
        client.connect(Some(&key)).await;
        client
            .subscribe_replies("refreshPointOfSaleRegistration")
            .await;
        client
            .send_json(dest::REFRESH_POINT_OF_SALE_REGISTRATION, &json!({}))
            .await;
        let frame = client.expect_frame().await;
        let refreshed_at: u128 = frame.get("timestamp").unwrap().parse().unwrap();
        assert!(refreshed_at >= issued);
        let (destination, body) = check_message(&frame);
        assert_eq!(
            destination,
            dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH
        );
        let fresh = body["pointOfSaleLicenseKey"].as_str().unwrap().to_string();
        assert_ne!(fresh, key);
        client.disconnect().await;

        // Past its lifetime the fresh key is refused, for a request as for
        // a refresh, saying it expired.
        let expires = refreshed_at + lifetime.as_millis();
        while unix_millis() <= expires {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        for (operation, body) in [
            ("requestBatchReport", json!({})),
            ("refreshPointOfSaleRegistration", json!({})),
        ] {
            let mut client = open_with(&state, PAYPOINT, config.clone()).await;
            client.connect(Some(&fresh)).await;
            client.subscribe_replies(operation).await;
            let channel = Channel::by_operation(operation).unwrap();
            client.send_json(channel.destination, &body).await;
            let (destination, body) = client.message().await;
            assert_eq!(destination, dest::RECEIVE_ERROR, "{operation}");
            assert_eq!(body["code"], code::UNAUTHORISED, "{operation}");
            assert!(
                body["message"].as_str().unwrap().contains("expired"),
                "{operation}: {body}"
            );
            client.expect_error_and_close().await;
        }
    }

    #[tokio::test]
    async fn every_frame_received_is_kept_without_bodies_or_keys() {
        let state = new_state();
        let key = register(&state).await;
        let mut client = open(&state).await;
        client.connect(Some(&key)).await;
        client.subscribe_replies("queryPaymentResult").await;
        client
            .send_json(
                dest::QUERY_PAYMENT_RESULT,
                &json!({"merchantTransactionReference": "NONE"}),
            )
            .await;
        client.message().await;
        client.disconnect().await;

        let received = lock(&state).received(PAYPOINT);
        assert_eq!(received.len(), 2, "the registration's and this one");
        let registration = &received[0];
        assert_eq!(registration.subprotocols, None);
        let commands: Vec<Command> = registration.frames.iter().map(|f| f.command).collect();
        assert_eq!(
            commands,
            [
                Command::Connect,
                Command::Subscribe,
                Command::Subscribe,
                Command::Send,
                Command::Disconnect
            ]
        );
        let send = registration.frames_of(Command::Send).next().unwrap();
        assert_eq!(send.get("destination"), Some(dest::REGISTER_POINT_OF_SALE));
        assert!(send.body_len > 0);
        let text = format!("{received:?}");
        assert!(
            !text.contains(DEFAULT_ACTIVATION_CODE),
            "a body kept: {text}"
        );
        assert!(!text.contains(&key), "a licence key kept: {text}");
        let connect = received[1].frames_of(Command::Connect).next().unwrap();
        assert_eq!(connect.get("x-wp-authorization"), Some("<redacted>"));
        assert_eq!(connect.get("accept-version"), Some("1.1"));
    }

    #[tokio::test]
    async fn registration_is_checked() {
        let state = new_state();
        // Wrong activation code.
        let mut body = registration_body();
        body["pointOfSaleActivationCode"] = json!("ZZ46HTR3");
        let mut client = open(&state).await;
        client.connect(None).await;
        client.subscribe_replies("registerPointOfSale").await;
        client.send_json(dest::REGISTER_POINT_OF_SALE, &body).await;
        let (destination, error) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR);
        assert_eq!(error["code"], code::INVALID_ACTIVATION_CODE);
        assert!(!error["message"].as_str().unwrap().contains("ZZ46HTR3"));
        client.disconnect().await;

        // Schema violations name the pointers, never the values.
        let body = json!({"pointOfSaleId": "D45FG", "pointOfSaleReference": "POS 123"});
        let mut client = open(&state).await;
        client.connect(None).await;
        client.subscribe_replies("registerPointOfSale").await;
        client.send_json(dest::REGISTER_POINT_OF_SALE, &body).await;
        let (_, error) = client.message().await;
        assert_eq!(error["code"], code::INVALID_REQUEST);
        let message = error["message"].as_str().unwrap();
        assert!(message.contains("/pointOfSaleId"), "{message}");
        assert!(message.contains("/pointOfSaleReference"), "{message}");
        assert!(
            message.contains("/pointOfSaleActivationCode is required"),
            "{message}"
        );
        assert!(!message.contains("D45FG\""), "{message}");
        client.disconnect().await;

        // Not JSON.
        let mut client = open(&state).await;
        client.connect(None).await;
        client.subscribe_replies("registerPointOfSale").await;
        let frame = Frame::new(Command::Send)
            .header("destination", dest::REGISTER_POINT_OF_SALE)
            .body(b"{not json".to_vec());
        client.send_frame(&frame).await;
        let (_, error) = client.message().await;
        assert_eq!(error["code"], code::INVALID_REQUEST);
        client.disconnect().await;
    }

    #[tokio::test]
    async fn refresh_replaces_the_key() {
        let state = new_state();
        let old = register(&state).await;
        let mut client = request(&state, &old, "refreshPointOfSaleRegistration", &json!({})).await;
        let messages = client
            .until_terminal("refreshPointOfSaleRegistration")
            .await;
        let new = messages[0].1["pointOfSaleLicenseKey"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            messages[0].0,
            dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH
        );
        assert_ne!(new, old);
        client.disconnect().await;
        // The old key is dead, the new one works.
        let mut client = request(&state, &old, "requestBatchReport", &json!({})).await;
        assert_eq!(client.message().await.1["code"], code::UNAUTHORISED);
        client.expect_error_and_close().await;
        let mut client = request(&state, &new, "requestBatchReport", &json!({})).await;
        let messages = client.until_terminal("requestBatchReport").await;
        assert_eq!(messages[0].0, dest::RECEIVE_BATCH_REPORT);
        client.disconnect().await;
    }

    #[tokio::test]
    async fn a_plain_sale_plays_the_whole_flow() {
        let state = new_state();
        let key = register(&state).await;
        let mut client = request(
            &state,
            &key,
            "startPayment",
            &sale("MS1231000001", "sale", 1099),
        )
        .await;
        let messages = client.until_terminal("startPayment").await;
        let destinations: Vec<&str> = messages.iter().map(|(d, _)| d.as_str()).collect();
        let n = destinations.len();
        assert_eq!(
            &destinations[n - 4..],
            &[
                dest::RECEIVE_PAYMENT_RECEIPT,
                dest::RECEIVE_PAYMENT_RECEIPT,
                dest::RECEIVE_PAYMENT_RESULT,
                dest::RECEIVE_PAYMENT_COMPLETE
            ]
        );
        let texts: Vec<&str> = of(&messages, dest::RECEIVE_PAYMENT_NOTIFICATION)
            .iter()
            .map(|b| b["notificationText"].as_str().unwrap())
            .collect();
        assert_eq!(texts[0], "PRESENT CARD");
        assert!(texts.contains(&"PROCESSING"));
        let receipts = of(&messages, dest::RECEIVE_PAYMENT_RECEIPT);
        assert_eq!(receipts[0]["type"], "merchant");
        assert_eq!(receipts[1]["type"], "customer");
        assert!(decode_receipt(receipts[1]).contains("CUSTOMER COPY"));
        assert!(decode_receipt(receipts[0]).contains("GBP 10.99"));
        let payment = the_payment(&messages);
        assert_eq!(payment["result"], "authorised-online");
        assert_eq!(payment["outcome"], "succeeded");
        assert_eq!(payment["paymentType"], "sale");
        assert_eq!(payment["paypoint"]["paypointId"], PAYPOINT);
        assert_eq!(
            payment["value"],
            json!({"amount": 1099, "currencyCode": "GBP"})
        );
        assert!(payment["retrievalReferenceNumber"].as_i64().unwrap() > i64::from(u32::MAX));
        let instrument = &payment["paymentInstrument"];
        assert_eq!(instrument["posEntryMode"], "integrated-circuit-chip");
        assert_eq!(instrument["card"]["cardNumber"], CARD_NUMBER_MASKED);
        assert_eq!(instrument["card"]["issuerCode"], "visa");
        assert_eq!(of(&messages, dest::RECEIVE_PAYMENT_COMPLETE)[0], &json!({}));
        // The typed result decodes with its 64-bit numbers.
        let frame_body = serde_json::to_vec(&json!({"payments": [payment.clone()]})).unwrap();
        assert!(ServerMessage::decode(dest::RECEIVE_PAYMENT_RESULT, &frame_body).is_ok());
        // A second request on the same connection is refused.
        client
            .send_json(dest::REQUEST_BATCH_REPORT, &json!({}))
            .await;
        assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
        client.disconnect().await;

        // Query result and receipts.
        let query = json!({"merchantTransactionReference": "MS1231000001"});
        let mut client = request(&state, &key, "queryPaymentResult", &query).await;
        let messages = client.until_terminal("queryPaymentResult").await;
        assert_eq!(the_payment(&messages), payment);
        client.disconnect().await;
        let mut client = request(&state, &key, "queryPaymentReceipt", &query).await;
        let (_, merchant) = client.message().await;
        let (_, customer) = client.message().await;
        assert_eq!(
            (merchant["type"].as_str(), customer["type"].as_str()),
            (Some("merchant"), Some("customer"))
        );
        client.disconnect().await;

        // Settling a sale: invalid state. Cancelling it: cancelled.
        let mut client = request(&state, &key, "settlePayment", &query).await;
        let messages = client.until_terminal("settlePayment").await;
        assert_eq!(
            the_payment(&messages)["result"],
            "invalid-transaction-state"
        );
        client.disconnect().await;
        let cancel = json!({
            "merchantTransactionReference": "MS1231000001",
            "gatewayTransactionReference": payment["gatewayTransactionReference"],
            "paymentInstrument": {
                "type": "card",
                "cardNumber": "4444333322221111",
                "cardExpiryDate": {"month": 12, "year": 2030},
            },
        });
        let mut client = request(&state, &key, "cancelPayment", &cancel).await;
        let messages = client.until_terminal("cancelPayment").await;
        assert_eq!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).len(), 2);
        let cancelled = the_payment(&messages);
        assert_eq!(cancelled["paymentType"], "cancel");
        assert_eq!(cancelled["result"], "cancelled");
        client.disconnect().await;
        // Cancelling again: invalid state.
        let mut client = request(&state, &key, "cancelPayment", &cancel).await;
        let messages = client.until_terminal("cancelPayment").await;
        assert_eq!(
            the_payment(&messages)["result"],
            "invalid-transaction-state"
        );
        client.disconnect().await;

        // Unknown references.
        let unknown = json!({"merchantTransactionReference": "NOPE"});
        for operation in [
            "queryPaymentResult",
            "queryPaymentReceipt",
            "cancelPayment",
            "settlePayment",
        ] {
            let mut client = request(&state, &key, operation, &unknown).await;
            let (destination, error) = client.message().await;
            assert_eq!(destination, dest::RECEIVE_ERROR);
            assert_eq!(error["code"], code::TRANSACTION_NOT_FOUND, "{operation}");
            client.disconnect().await;
        }
    }

    #[tokio::test]
    async fn pre_auth_then_increment_then_settle() {
        let state = new_state();
        let key = register(&state).await;
        let mut client =
            request(&state, &key, "startPayment", &sale("PA1", "pre-auth", 1000)).await;
        let pre_auth = the_payment(&client.until_terminal("startPayment").await);
        client.disconnect().await;
        let gateway = pre_auth["gatewayTransactionReference"].as_str().unwrap();
        let inc = json!({
            "paymentType": "inc-auth",
            "merchantTransactionReference": "PA1-INC",
            "gatewayTransactionReference": gateway,
            "instruction": {"value": {"amount": 500}, "paymentInstrument": {"type": "card/not-present"}},
        });
        let mut client = request(&state, &key, "startPayment", &inc).await;
        let increment = the_payment(&client.until_terminal("startPayment").await);
        assert_eq!(increment["paymentType"], "pre-auth");
        assert_eq!(increment["gatewayTransactionReference"], gateway);
        client.disconnect().await;
        // More than authorised: rejected; the whole 1500: completed.
        let over = json!({"merchantTransactionReference": "PA1", "instruction": {"value": {"amount": 1501}}});
        let mut client = request(&state, &key, "settlePayment", &over).await;
        assert_eq!(
            the_payment(&client.until_terminal("settlePayment").await)["result"],
            "rejected-pre-auth"
        );
        client.disconnect().await;
        let settle = json!({"gatewayTransactionReference": gateway});
        let mut client = request(&state, &key, "settlePayment", &settle).await;
        let settled = the_payment(&client.until_terminal("settlePayment").await);
        assert_eq!(settled["result"], "pre-auth-completed");
        assert_eq!(settled["paymentType"], "settle");
        assert_eq!(settled["value"]["amount"], 1500);
        client.disconnect().await;
        // An inc-auth of an unknown pre-auth.
        let mut unknown = inc.clone();
        unknown["gatewayTransactionReference"] = json!("PGTR0000000000");
        let mut client = request(&state, &key, "startPayment", &unknown).await;
        assert_eq!(
            client.message().await.1["code"],
            code::TRANSACTION_NOT_FOUND
        );
        client.disconnect().await;
    }

    #[tokio::test]
    async fn signature_verification_waits_for_the_answer() {
        let state = new_state();
        let key = register(&state).await;
        for (verified, result, outcome) in [
            (true, "authorised-online", "succeeded"),
            (false, "cancelled", "refused"),
        ] {
            let reference = format!("SIG{verified}");
            let mut client = request(
                &state,
                &key,
                "startPayment",
                &sale(&reference, "sale", 9999),
            )
            .await;
            // Up to the action request: the slip to sign comes first.
            let mut seen = Vec::new();
            loop {
                let (destination, body) = client.message().await;
                let done = destination == dest::RECEIVE_PAYMENT_ACTION_REQUEST;
                seen.push((destination, body));
                if done {
                    break;
                }
            }
            let slip = of(&seen, dest::RECEIVE_PAYMENT_RECEIPT);
            assert_eq!(slip.len(), 1);
            // A merchant receipt (no source shows a `signature` type on the
            // wire) whose text says SIGN HERE.
            assert_eq!(slip[0]["type"], "merchant");
            assert!(decode_receipt(slip[0]).contains("SIGN HERE"));
            let action = &seen.last().unwrap().1;
            assert_eq!(action["data"]["action"], "signature-verification");
            assert_eq!(action["merchantTransactionReference"], reference.as_str());
            // Nothing more until the answer.
            assert!(
                tokio::time::timeout(Duration::from_millis(200), client.next_frame())
                    .await
                    .is_err()
            );
            let answer = json!({
                "merchantTransactionReference": reference,
                "data": {"action": "signature-verification", "isSignatureVerified": verified},
            });
            client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
            let messages = client.until_terminal("startPayment").await;
            let payment = the_payment(&messages);
            assert_eq!(payment["result"], result);
            assert_eq!(payment["outcome"], outcome);
            assert_eq!(
                payment["paymentInstrument"]["cardVerificationMethod"],
                "signature"
            );
            let receipts = of(&messages, dest::RECEIVE_PAYMENT_RECEIPT);
            assert_eq!(receipts.len(), 1);
            assert_eq!(receipts[0]["type"], "customer");
            client.disconnect().await;
        }
    }

    #[tokio::test]
    async fn voice_authorisation_and_avs() {
        let state = new_state();
        let key = register(&state).await;
        let mut client = request(&state, &key, "startPayment", &sale("VOICE1", "sale", 7777)).await;
        let action = loop {
            let (destination, body) = client.message().await;
            if destination == dest::RECEIVE_PAYMENT_ACTION_REQUEST {
                break body;
            }
        };
        assert_eq!(action["data"]["action"], "voice-authorisation");
        assert_eq!(action["data"]["merchant"]["merchantId"], MERCHANT_ID);
        assert!(
            !action["data"]["referralContacts"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        // Answering the wrong action is an error.
        let wrong = json!({"data": {"action": "avs-confirmation", "isAvsConfirmed": true}});
        client.send_json(dest::SEND_PAYMENT_ACTION, &wrong).await;
        assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
        client.disconnect().await;

        let mut client = request(&state, &key, "startPayment", &sale("VOICE2", "sale", 7777)).await;
        while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
        let answer =
            json!({"data": {"action": "voice-authorisation", "authorisationCode": "A1B2C3"}});
        client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
        let payment = the_payment(&client.until_terminal("startPayment").await);
        assert_eq!(payment["result"], "authorised-referral");
        assert_eq!(
            payment["paymentInstrument"]["authorisation"]["authorisationCode"],
            "A1B2C3"
        );
        client.disconnect().await;

        let mut client = request(&state, &key, "startPayment", &sale("AVS1", "sale", 8888)).await;
        while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
        let answer = json!({"data": {"action": "avs-confirmation", "isAvsConfirmed": false}});
        client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
        let payment = the_payment(&client.until_terminal("startPayment").await);
        assert_eq!(payment["result"], "refused-avs-required");
        client.disconnect().await;
    }

    #[tokio::test]
    async fn amount_5051_is_refused() {
        let state = new_state();
        let key = register(&state).await;
        let mut client = request(&state, &key, "startPayment", &sale("REF1", "sale", 5051)).await;
        let messages = client.until_terminal("startPayment").await;
        let payment = the_payment(&messages);
        assert_eq!(payment["result"], "refused-online");
        assert_eq!(payment["outcome"], "refused");
        assert!(payment["paymentInstrument"].get("authorisation").is_none());
        let texts: Vec<&Value> = of(&messages, dest::RECEIVE_PAYMENT_NOTIFICATION);
        assert!(
            texts
                .iter()
                .any(|b| b["notificationText"] == "TRANSACTION DECLINED")
        );
        client.disconnect().await;
        // A refused payment cannot be cancelled.
        let cancel = json!({"merchantTransactionReference": "REF1"});
        let mut client = request(&state, &key, "cancelPayment", &cancel).await;
        assert_eq!(
            the_payment(&client.until_terminal("cancelPayment").await)["result"],
            "invalid-transaction-state"
        );
        client.disconnect().await;
    }

    #[tokio::test]
    async fn check_card_payment_can_be_aborted_or_continued() {
        let state = new_state();
        let key = register(&state).await;
        let mut client = request(
            &state,
            &key,
            "startPayment",
            &sale("CCP1", "check-card-payment", 1099),
        )
        .await;
        while client.message().await.1["notificationText"] != "CARD CHECKED - AWAITING PAYMENT" {}
        client.send_json(dest::ABORT_PAYMENT, &json!({})).await;
        let messages = client.until_terminal("startPayment").await;
        let payment = the_payment(&messages);
        assert_eq!(payment["result"], "aborted");
        assert!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).is_empty());
        client.disconnect().await;

        let mut client = request(
            &state,
            &key,
            "startPayment",
            &sale("CCP2", "check-card-payment", 1099),
        )
        .await;
        while client.message().await.1["notificationText"] != "CARD CHECKED - AWAITING PAYMENT" {}
        client
            .send_json(dest::START_PAYMENT, &sale("CCP2", "sale", 2000))
            .await;
        let payment = the_payment(&client.until_terminal("startPayment").await);
        assert_eq!(payment["result"], "authorised-online");
        assert_eq!(payment["paymentType"], "check-card-payment");
        assert_eq!(payment["value"]["amount"], 2000);
        client.disconnect().await;

        // check-card: no receipt; abort of a sale: an error.
        let mut client = request(&state, &key, "startPayment", &sale("CC1", "check-card", 0)).await;
        let messages = client.until_terminal("startPayment").await;
        assert_eq!(the_payment(&messages)["result"], "pre-valid-card");
        assert!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).is_empty());
        client.disconnect().await;
        let mut client = request(&state, &key, "startPayment", &sale("S1", "sale", 7777)).await;
        while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
        client.send_json(dest::ABORT_PAYMENT, &json!({})).await;
        assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
        client.disconnect().await;
    }

    #[tokio::test]
    async fn busy_paypoint_and_monitoring() {
        let state = new_state();
        let key = register(&state).await;
        let mut first = request(&state, &key, "startPayment", &sale("B1", "sale", 7777)).await;
        while first.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
        // Service status: BUSY while a payment is in flight.
        let mut status = open(&state).await;
        status.connect(Some(&key)).await;
        status.subscribe("e", dest::RECEIVE_ERROR).await;
        status
            .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
            .await;
        assert_eq!(status.message().await.1, json!({"status": "BUSY"}));
        status.disconnect().await;
        let mut second = request(&state, &key, "startPayment", &sale("B2", "sale", 100)).await;
        assert_eq!(
            the_payment(&second.until_terminal("startPayment").await)["result"],
            "aborted-busy"
        );
        second.disconnect().await;
        first.disconnect().await;
        // The paypoint is free again.
        let mut status = open(&state).await;
        status.connect(Some(&key)).await;
        status
            .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
            .await;
        status
            .subscribe("d", dest::RECEIVE_PAYMENT_DEVICE_STATUS)
            .await;
        assert_eq!(status.message().await.1, json!({"status": "NOT_BUSY"}));
        assert_eq!(
            status.message().await.0,
            dest::RECEIVE_PAYMENT_DEVICE_STATUS
        );
        status.disconnect().await;
        // Device restart; X then Z report.
        let mut client = request(&state, &key, "restartPaymentDevice", &json!({})).await;
        assert_eq!(
            client.until_terminal("restartPaymentDevice").await[0].1,
            json!({})
        );
        client.disconnect().await;
        let mut client = request(
            &state,
            &key,
            "requestBatchReport",
            &json!({"reportType": "Z"}),
        )
        .await;
        let report = &client.until_terminal("requestBatchReport").await[0].1;
        assert_eq!(report["reportType"], "Z");
        let text = decode_receipt(report);
        assert!(
            text.contains("Z REPORT") && text.contains("BATCH CLOSED"),
            "{text}"
        );
        client.disconnect().await;
    }

    #[tokio::test]
    async fn unauthorised_operations_are_refused() {
        let state = new_state();
        let key = register(&state).await;
        // No key; a made-up key; another paypoint's key.
        for licence in [None, Some("eyJ.bogus.key")] {
            let mut client = open(&state).await;
            client.connect(licence).await;
            client.subscribe_replies("startPayment").await;
            client
                .send_json(dest::START_PAYMENT, &sale("U1", "sale", 100))
                .await;
            let (destination, error) = client.message().await;
            assert_eq!(destination, dest::RECEIVE_ERROR);
            assert_eq!(error["code"], code::UNAUTHORISED);
            let frame = client.expect_error_and_close().await;
            assert!(!format!("{frame:?}").contains("bogus"));
        }
        let mut client = open_with(&state, "OTHER01", ServeConfig::default()).await;
        client.connect(Some(&key)).await;
        client.subscribe_replies("queryPaymentResult").await;
        client
            .send_json(
                dest::QUERY_PAYMENT_RESULT,
                &json!({"merchantTransactionReference": "X"}),
            )
            .await;
        assert_eq!(client.message().await.1["code"], code::UNAUTHORISED);
        let error = client.expect_error_and_close().await;
        assert!(!error.get("message").unwrap().contains(&key));
        // Not subscribed to the error destination: the ERROR frame alone.
        let mut client = open(&state).await;
        client.connect(None).await;
        client
            .send_json(dest::START_PAYMENT, &sale("U2", "sale", 100))
            .await;
        client.expect_error_and_close().await;
        // Monitoring needs the key too.
        let mut client = open(&state).await;
        client.connect(None).await;
        client
            .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
            .await;
        client.expect_error_and_close().await;
    }

    #[tokio::test]
    async fn invalid_payment_requests_name_the_pointers() {
        let state = new_state();
        let key = register(&state).await;
        let body = json!({
            "paymentType": "sale",
            "merchantTransactionReference": "bad ref!",
            "instruction": {"value": {"amount": -1}},
        });
        let mut client = request(&state, &key, "startPayment", &body).await;
        let (destination, error) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR);
        assert_eq!(error["code"], code::INVALID_REQUEST);
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains("/merchantTransactionReference"),
            "{message}"
        );
        assert!(message.contains("/instruction/value/amount"), "{message}");
        client.disconnect().await;
        let mut client = request(
            &state,
            &key,
            "startPayment",
            &json!({"paymentType": "sale"}),
        )
        .await;
        let message = client.message().await.1["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            message.contains("/merchantTransactionReference"),
            "{message}"
        );
        client.disconnect().await;
        // An unknown destination.
        let mut client = request(&state, &key, "startPayment", &json!({})).await;
        let _ = client.message().await;
        client.disconnect().await;
        let mut client = open(&state).await;
        client.connect(Some(&key)).await;
        client.subscribe("e", dest::RECEIVE_ERROR).await;
        client.send_json("/v1/nowhere", &json!({})).await;
        assert_eq!(client.message().await.1["code"], code::UNKNOWN_DESTINATION);
        client.disconnect().await;
    }

    #[tokio::test]
    async fn malformed_frames_get_an_error_frame() {
        let state = new_state();
        for garbage in [
            &b"BOGUS\n\n\0"[..],
            b"SEND\ndestination:/v1/payment\n\n{}\0", // before CONNECT
            b"CONNECT\naccept-version:2.0\n\n\0",
            b"CONNECT\naccept-version:1.2\nheart-beat:x\n\n\0",
            b"CONNECT\ncontent-length:zz\n\n\0",
            b"\xff\xfe\n\n\0",
        ] {
            let mut client = open(&state).await;
            client.raw(garbage, true).await;
            client.expect_error_and_close().await;
        }
        // After CONNECT: a bad escape in 1.2, a SUBSCRIBE without an id, a
        // server frame.
        for garbage in [
            &b"SEND\ndestination:/v1/pay\\qment\n\n\0"[..],
            b"SUBSCRIBE\ndestination:/client/v1/error\n\n\0",
            b"MESSAGE\ndestination:/x\n\n\0",
            b"CONNECT\naccept-version:1.1\n\n\0",
        ] {
            let mut client = open(&state).await;
            let frame = Frame::new(Command::Connect).header("accept-version", "1.2");
            client.send_frame(&frame).await;
            assert_eq!(client.expect_frame().await.command, Command::Connected);
            client.raw(garbage, false).await;
            client.expect_error_and_close().await;
        }
    }

    #[tokio::test]
    async fn frames_may_be_batched_or_split_and_versions_negotiate() {
        let state = new_state();
        // CONNECT (no accept-version: 1.0) and SUBSCRIBE in one message;
        // the SEND split over two binary messages.
        let mut client = open(&state).await;
        let mut bytes = encode(&Frame::new(Command::Connect), Version::V1_0);
        bytes.extend(encode(
            &Frame::new(Command::Subscribe)
                .header("destination", dest::RECEIVE_POINT_OF_SALE_REGISTRATION),
            Version::V1_0,
        ));
        bytes.extend(b"\n\n");
        client.raw(&bytes, false).await;
        let connected = client.expect_frame().await;
        assert_eq!(connected.command, Command::Connected);
        assert_eq!(
            connected.get("version"),
            None,
            "a 1.0 client gets a 1.0 answer"
        );
        let send = encode(
            &Frame::new(Command::Send)
                .header("destination", dest::REGISTER_POINT_OF_SALE)
                .header("receipt", "r1")
                .body(serde_json::to_vec(&registration_body()).unwrap()),
            Version::V1_0,
        );
        client.raw(&send[..17], true).await;
        client.raw(&send[17..], true).await;
        let receipt = client.expect_frame().await;
        assert_eq!(receipt.command, Command::Receipt);
        let message = client.expect_frame().await;
        assert_eq!(
            message.get("subscription"),
            None,
            "1.0 subscription without an id"
        );
        assert!(message.get("x-wp-correlation-id").is_some());
        client.disconnect().await;

        // The highest version offered.
        let mut client = open(&state).await;
        let frame = Frame::new(Command::Stomp).header("accept-version", "1.0,1.2,1.1");
        client.send_frame(&frame).await;
        let connected = client.expect_frame().await;
        assert_eq!(connected.get("version"), Some("1.2"));
        assert_eq!(connected.get("heart-beat"), Some("0,0"));
        client.version = Version::V1_2;
        client.decoder.set_version(Version::V1_2);
        client.disconnect().await;
    }

    #[tokio::test]
    async fn heart_beats_as_the_client_asks() {
        let state = new_state();
        let mut client = open(&state).await;
        let frame = Frame::new(Command::Connect)
            .header("accept-version", "1.1")
            .header("heart-beat", "0,150");
        client.send_frame(&frame).await;
        let connected = client.expect_frame().await;
        assert_eq!(connected.get("heart-beat"), Some("150,0"));
        client.version = Version::V1_1;
        client.decoder.set_version(Version::V1_1);
        for _ in 0..2 {
            assert_eq!(client.next_item().await, Some(Item::HeartBeat));
        }
        client.disconnect().await;

        // A client that promised beats and went silent is dropped.
        let mut client = open(&state).await;
        let frame = Frame::new(Command::Connect)
            .header("accept-version", "1.1")
            .header("heart-beat", "100,0");
        client.send_frame(&frame).await;
        assert_eq!(client.expect_frame().await.get("heart-beat"), Some("0,100"));
        client.expect_error_and_close().await;
    }

    #[tokio::test]
    async fn pacing_spaces_the_flow() {
        let state = new_state();
        let key = register(&state).await;
        let config = ServeConfig {
            pacing: Duration::from_millis(20),
            ..ServeConfig::default()
        };
        let mut client = open_with(&state, PAYPOINT, config).await;
        client.connect(Some(&key)).await;
        client.subscribe_replies("startPayment").await;
        let started = std::time::Instant::now();
        client
            .send_json(dest::START_PAYMENT, &sale("P1", "sale", 100))
            .await;
        let messages = client.until_terminal("startPayment").await;
        assert!(started.elapsed() >= Duration::from_millis(20) * (messages.len() as u32 - 1));
        client.disconnect().await;
    }

    #[tokio::test]
    async fn garbage_never_panics() {
        let state = new_state();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..64 {
            let mut client = open(&state).await;
            if round % 2 == 0 {
                let frame = Frame::new(Command::Connect).header("accept-version", "1.2");
                client.send_frame(&frame).await;
            }
            let mut bytes = Vec::new();
            for _ in 0..(round * 7 % 300) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let pick = [
                    b'S', b'E', b'N', b'D', b'\n', b':', 0, b'{', b'}', b'\\', b'\r',
                ];
                bytes.push(if seed.is_multiple_of(3) {
                    (seed >> 8) as u8
                } else {
                    pick[(seed % 11) as usize]
                });
            }
            client.raw(&bytes, true).await;
            let _ = client.ws.close(None).await;
            tokio::time::timeout(WAIT, client.server)
                .await
                .expect("the server ends")
                .expect("without panicking");
        }
    }

    /// The crate's own STOMP session (real TCP, subprotocol, its default
    /// 10 s heart-beats and 1.0–1.2 offer) against the simulator.
    #[tokio::test]
    async fn the_crates_session_talks_to_the_simulator() {
        use crate::ips_cloud::session::{Session, SessionConfig};
        use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

        let state = new_state();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!(
            "ws://{}/ipc-app/payment/{PAYPOINT}",
            listener.local_addr().unwrap()
        );
        let server_state = state.clone();
        let server = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            // The callback's error type is tungstenite's (large) response.
            #[allow(clippy::result_large_err)]
            let pick = |request: &Request, mut response: Response| {
                let offered = request
                    .headers()
                    .get("Sec-WebSocket-Protocol")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default();
                if offered.contains("v12.stomp") {
                    response
                        .headers_mut()
                        .insert("Sec-WebSocket-Protocol", "v12.stomp".parse().unwrap());
                }
                Ok(response)
            };
            let ws = tokio_tungstenite::accept_hdr_async(stream, pick)
                .await
                .unwrap();
            serve(ws, PAYPOINT.into(), server_state, ServeConfig::default()).await;
        });
        // Explicit settings: the defaults (IPS Cloud's) offer neither a
        // subprotocol nor 1.2.
        let config = SessionConfig {
            subprotocols: vec!["v10.stomp".into(), "v11.stomp".into(), "v12.stomp".into()],
            accept_versions: Version::ALL.to_vec(),
            ..SessionConfig::default()
        };
        let mut session =
            Session::connect(&url, &format!("/ipc-app/payment/{PAYPOINT}"), &[], &config)
                .await
                .unwrap();
        assert_eq!(session.version(), Version::V1_2);
        let headers = [(
            "x-wp-correlation-id",
            "c0ffee00-0000-4000-8000-000000000001",
        )];
        for reply in Channel::by_operation("registerPointOfSale")
            .unwrap()
            .replies
        {
            session.subscribe(reply, &headers).await.unwrap();
        }
        let body = serde_json::to_vec(&registration_body()).unwrap();
        session
            .send(dest::REGISTER_POINT_OF_SALE, &headers, &body)
            .await
            .unwrap();
        let frame = session.next_frame().await.unwrap();
        let (destination, body) = check_message(&frame);
        assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
        assert!(body["pointOfSaleLicenseKey"].is_string());
        assert_eq!(
            frame.get("x-wp-correlation-id"),
            Some("c0ffee00-0000-4000-8000-000000000001")
        );
        session.disconnect(Duration::from_secs(5)).await.unwrap();
        server.await.unwrap();
    }

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        let now = rfc3339_now();
        let schema = json!({"type": "string", "format": "date-time"});
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        assert!(validator.is_valid(&json!(now)), "{now}");
        assert_eq!(money(1099), "10.99");
        assert_eq!(money(5), "0.05");
    }
}
