//! Errors.
//!
//! One [`Error`] for every API call; each variant says when it occurs. No
//! error ever holds card data or credentials: request values are never
//! quoted, and server text kept in an error has card-number-like digit runs
//! masked.

use std::fmt;

use crate::constraint::InvalidValue;
use crate::sensitive::mask_card_numbers;

/// Everything a call to Worldpay can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request breaks its schema; nothing was sent.
    #[error(transparent)]
    InvalidRequest(#[from] InvalidRequest),
    /// Worldpay answered with an error status the API documents (boxed:
    /// error bodies are large, and `Result`s should not be).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The server answered with a status the API description does not list
    /// for the operation: typically a `502`, `503` or `504` page from a proxy
    /// or gateway in front of Worldpay, or a `429`. The body is kept raw
    /// (capped at [`RawBody::MAX_LEN`]); see [`Error::delivery`] and
    /// [`Error::outcome`] for what it means.
    #[error(
        "{operation}: the server answered with status {status}, which the API description does not document ({body:?})"
    )]
    UnexpectedStatus {
        /// The operation id.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The body, as received.
        body: RawBody,
    },
    /// A success answer whose body is larger than the configured cap
    /// ([`ClientConfig::max_response_size`](crate::transport::ClientConfig::max_response_size)):
    /// it was not read (further). The request was received and answered
    /// with a success status, so a write may have taken effect:
    /// [`Outcome::Unknown`].
    #[error(
        "{operation}: the answer (status {status}) is larger than the {limit} bytes allowed{}",
        declared.map(|d| format!(" ({d} bytes announced)")).unwrap_or_default()
    )]
    TooLarge {
        /// The operation id.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The configured cap, in bytes.
        limit: usize,
        /// The size its `Content-Length` announced, when it did.
        declared: Option<u64>,
    },
    /// A success response whose body does not decode as its schema.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The request could not be sent or the answer not read whole. `kind`
    /// says at which stage, and so whether the request may have reached
    /// Worldpay (see [`Error::delivery`]).
    #[error("{operation}: {kind} ({})", root_cause(source))]
    Transport {
        /// The operation id.
        operation: &'static str,
        /// What happened.
        kind: TransportKind,
        /// What the HTTP client reported.
        #[source]
        source: reqwest::Error,
    },
    /// The client refused to send the request (for example to an origin
    /// other than the configured one, where the credentials would leak).
    #[error("request refused: {0}")]
    Refused(String),
    /// A HAL link was not followed (not offered, another origin, a
    /// downgrade, the wrong path for its relation). Nothing was sent.
    #[error(transparent)]
    Link(#[from] crate::hal::LinkError),
    /// The client configuration is unusable (bad base URL, TLS set-up).
    #[error("client configuration: {0}")]
    Config(String),
}

/// At which stage sending a request or reading its answer failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// No connection could be made (refused, no route, name not resolved,
    /// TLS handshake failed). Nothing was sent: [`Delivery::NotSent`].
    Connect,
    /// Connecting took longer than the connect timeout. Nothing was sent:
    /// [`Delivery::NotSent`].
    ConnectTimeout,
    /// The connection was made and the request sent (or being sent), but no
    /// answer arrived within the request timeout. Worldpay may have received
    /// and carried out the request: [`Delivery::Unknown`].
    Timeout,
    /// The connection was reset or closed after it was made and before an
    /// answer arrived. Worldpay may have received and carried out the
    /// request: [`Delivery::Unknown`].
    Connection,
    /// An answer's status line and headers arrived, but its body did not
    /// arrive whole (the connection closed early, was reset mid-body, or the
    /// timeout passed while reading). The request reached the server:
    /// [`Delivery::Received`], with the outcome unknown to the client.
    Body,
}

impl TransportKind {
    /// Classifies an error of the HTTP client; `answered` says whether the
    /// status line had already arrived.
    pub(crate) fn classify(e: &reqwest::Error, answered: bool) -> Self {
        if answered || e.is_body() || e.is_decode() {
            TransportKind::Body
        } else if e.is_connect() && e.is_timeout() {
            TransportKind::ConnectTimeout
        } else if e.is_connect() {
            TransportKind::Connect
        } else if e.is_timeout() {
            TransportKind::Timeout
        } else {
            TransportKind::Connection
        }
    }
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Connect => "could not connect; nothing was sent",
            TransportKind::ConnectTimeout => "connecting timed out; nothing was sent",
            TransportKind::Timeout => {
                "timed out waiting for the answer; the request may have reached Worldpay and been carried out"
            }
            TransportKind::Connection => {
                "the connection broke before an answer arrived; the request may have reached Worldpay and been carried out"
            }
            TransportKind::Body => {
                "the answer broke off before its body was complete (truncated or reset); the request reached the server and its outcome is unknown"
            }
        })
    }
}

/// The innermost cause of an error (for a connection reset: the operating
/// system's words), which the HTTP client's own message leaves out.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    mask_card_numbers(&cause.to_string())
}

/// Whether a failed request reached Worldpay: [`Error::delivery`].
///
/// | variant | when | what to do |
/// |---|---|---|
/// | [`NotSent`](Delivery::NotSent) | refused before sending (invalid request, configuration, link, origin), or no connection could be made | nothing happened at Worldpay: fix what the error names, or resend as it is |
/// | [`Unknown`](Delivery::Unknown) | a timeout or a broken connection after the request went out; an error status with a body that is not Worldpay's (an HTML page from a proxy or gateway: the proxy may have forwarded the request) | see [`Error::outcome`]: for a payment-creating or money-moving request, query the payment before anything else |
/// | [`Received`](Delivery::Received) | Worldpay answered: a documented error with its error body, or a success status whose body broke off or does not decode | see [`Error::outcome`] |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Delivery {
    /// The request never left the client.
    NotSent,
    /// The request may or may not have reached Worldpay.
    Unknown,
    /// Worldpay (or, for a body cut short, the server answering) received the
    /// request and answered.
    Received,
}

impl fmt::Display for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Delivery::NotSent => "not sent",
            Delivery::Unknown => "may have reached Worldpay",
            Delivery::Received => "received by Worldpay",
        })
    }
}

/// Whether a failed request may still have taken effect at Worldpay:
/// [`Error::outcome`].
///
/// Reads (`GET`) never take effect, so their outcome is always
/// [`NotApplied`](Outcome::NotApplied): they are safe to repeat. For a
/// payment-creating or money-moving request (`POST`, `PUT`, `PATCH`,
/// `DELETE`: authorize, settle, refund, cancel, reverse, orders…):
///
/// | variant | when | what to do |
/// |---|---|---|
/// | [`NotApplied`](Outcome::NotApplied) | nothing was sent; or Worldpay (or a proxy) answered with a `4xx` error, which carries nothing out | fix what the error names and send again, or give up: it failed |
/// | [`Unknown`](Outcome::Unknown) | a timeout or broken connection after sending; any `5xx` (Worldpay's `500` included: its own processing failed part-way); a success status whose body broke off or does not decode; an undocumented `2xx`/`3xx` | do **not** resend blindly (the payment may exist): query the payment's events to learn what happened (see the README's *When something goes wrong*), then act on the answer |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// The request certainly had no effect at Worldpay.
    NotApplied,
    /// The request may have had its effect (a payment may have been taken,
    /// settled, refunded…).
    Unknown,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::NotApplied => "not carried out",
            Outcome::Unknown => "outcome unknown",
        })
    }
}

impl Error {
    /// Whether the request reached Worldpay. See [`Delivery`] for each case
    /// and what to do.
    pub fn delivery(&self) -> Delivery {
        match self {
            Error::InvalidRequest(_) | Error::Refused(_) | Error::Link(_) | Error::Config(_) => {
                Delivery::NotSent
            }
            Error::Transport { kind, .. } => match kind {
                TransportKind::Connect | TransportKind::ConnectTimeout => Delivery::NotSent,
                TransportKind::Timeout | TransportKind::Connection => Delivery::Unknown,
                TransportKind::Body => Delivery::Received,
            },
            Error::Api(api) if api.has_worldpay_body() => Delivery::Received,
            // An error page that is not Worldpay's: a proxy or gateway may
            // have answered, with or without forwarding the request.
            Error::Api(_) => Delivery::Unknown,
            Error::UnexpectedStatus { status, .. } if (200..300).contains(status) => {
                Delivery::Received
            }
            Error::UnexpectedStatus { .. } => Delivery::Unknown,
            Error::Decode(_) | Error::TooLarge { .. } => Delivery::Received,
        }
    }

    /// Whether the request may still have taken effect at Worldpay. See
    /// [`Outcome`] for each case and what to do.
    pub fn outcome(&self) -> Outcome {
        let Some(operation) = self.operation() else {
            // Refused, configuration: nothing was sent.
            return Outcome::NotApplied;
        };
        if self.delivery() == Delivery::NotSent || crate::operation::is_read(operation) {
            return Outcome::NotApplied;
        }
        match self.status() {
            Some(s) if (400..500).contains(&s) => Outcome::NotApplied,
            _ => Outcome::Unknown,
        }
    }

    /// The id of the operation that failed, when known.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::InvalidRequest(e) => e.operation,
            Error::Api(e) => Some(e.operation),
            Error::UnexpectedStatus { operation, .. } | Error::Transport { operation, .. } => {
                Some(operation)
            }
            Error::Decode(e) => Some(e.operation),
            Error::TooLarge { operation, .. } => Some(operation),
            Error::Refused(_) | Error::Link(_) | Error::Config(_) => None,
        }
    }

    /// The HTTP status of the answer, when one arrived whole.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedStatus { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// A short name for the kind of failure, for logs and metrics.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Error::InvalidRequest(_) => "invalid_request",
            Error::Api(api) if api.has_worldpay_body() => "api",
            Error::Api(_) => "api_undocumented_body",
            Error::UnexpectedStatus { .. } => "unexpected_status",
            Error::Decode(_) => "decode",
            Error::TooLarge { .. } => "too_large",
            Error::Transport { kind, .. } => match kind {
                TransportKind::Connect => "connect",
                TransportKind::ConnectTimeout => "connect_timeout",
                TransportKind::Timeout => "timeout",
                TransportKind::Connection => "connection",
                TransportKind::Body => "body",
            },
            Error::Refused(_) => "refused",
            Error::Link(_) => "link",
            Error::Config(_) => "config",
        }
    }
}

pub use worldpay_core::request::InvalidRequest;

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

impl From<InvalidValue> for Error {
    fn from(e: InvalidValue) -> Self {
        Error::InvalidRequest(e.into())
    }
}

/// A documented error answer from Worldpay.
///
/// Occurs for every error status the operation's description lists (for
/// Card Payments: 400 with a `ValidationErrorResponse`, 401, 404, 415 and
/// 500 with an `ErrorResponse`). The status is always kept.
#[derive(Debug, thiserror::Error)]
#[error("{operation}: Worldpay answered {status}: {}", self.body.summary())]
pub struct ApiError {
    /// The operation id.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The body, decoded as the schema documented for the status.
    pub body: ApiErrorBody,
}

impl ApiError {
    /// Whether the body is the error body Worldpay documents for the status
    /// (rather than [`ApiErrorBody::Undocumented`]: a proxy's HTML page, an
    /// empty body, broken JSON). A `5xx` with Worldpay's body came from
    /// Worldpay; one without it may have come from anything in between.
    pub fn has_worldpay_body(&self) -> bool {
        !matches!(self.body, ApiErrorBody::Undocumented(_))
    }
}

pub use crate::apis::ApiErrorBody;

/// The documented error body of an API generated outside this crate: the
/// generator implements it for every `ErrorBody` it emits. Read it back
/// with [`ExternalErrorBody::as_any`] and `downcast_ref`.
pub trait ExternalErrorBody: fmt::Debug + Send + Sync + 'static {
    /// One line: the body's error name and message, its other text fields
    /// and its per-field errors (the generated `ErrorBody::summary`).
    fn summary(&self) -> String;
    /// The body itself, to downcast to the API's `ErrorBody`.
    fn as_any(&self) -> &dyn std::any::Any;
}

impl ApiErrorBody {
    /// Wraps the error body of an API generated outside this crate.
    pub fn external<T: ExternalErrorBody>(body: T) -> Self {
        ApiErrorBody::External(Box::new(body))
    }
}

/// `Name(body)` for an error body's `Debug`, card numbers masked (used by
/// the generated [`ApiErrorBody`]).
pub(crate) fn debug_body(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    body: &dyn fmt::Debug,
) -> fmt::Result {
    let text = if f.alternate() {
        format!("{name}({body:#?})")
    } else {
        format!("{name}({body:?})")
    };
    f.write_str(&mask_card_numbers(&text))
}

/// A response body kept raw. `Debug` shows its media type and length, not
/// its bytes (they may hold card data).
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    content_type: Option<String>,
    bytes: Vec<u8>,
}

impl RawBody {
    /// The most bytes kept of a body; the rest is dropped.
    pub const MAX_LEN: usize = 1 << 20;

    pub(crate) fn new(content_type: Option<String>, mut bytes: Vec<u8>) -> Self {
        bytes.truncate(Self::MAX_LEN);
        Self {
            content_type,
            bytes,
        }
    }

    /// Whether the media type says HTML (an error page from a proxy or a
    /// gateway rather than an API answer).
    pub fn is_html(&self) -> bool {
        self.content_type
            .as_deref()
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("html"))
    }

    /// The start of the body as text, at most `max` bytes, with
    /// card-number-like digit runs masked: for logs and diagnostics.
    pub fn preview(&self, max: usize) -> String {
        let end = self.bytes.len().min(max);
        mask_card_numbers(&String::from_utf8_lossy(&self.bytes[..end]))
    }

    /// The `type/subtype` of the `Content-Type` it came with (its
    /// parameters, or a value that is no media type, are not kept).
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The bytes as received, with the client's credentials removed and
    /// card numbers, CVC fields and JWT-shaped tokens masked (a server may
    /// repeat the request in its error page).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} bytes of {}",
            self.bytes.len(),
            self.content_type
                .as_deref()
                .unwrap_or("unspecified media type")
        )
    }
}

/// A success response whose body does not decode as its schema.
///
/// Occurs when Worldpay changes a response shape beyond what the lenient
/// response types absorb (a field changes type, the tag of a union is
/// missing), or when the body is not JSON at all (an HTML page, a body
/// cut short). The status was a success: Worldpay received the request,
/// and for a payment-creating or money-moving one the client cannot tell
/// what it did ([`Outcome::Unknown`]). The message quotes no string from
/// the body, and has card-number-like digit runs masked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{operation}: the response body does not match its schema: {message}{}",
    describe_body(body)
)]
pub struct DecodeError {
    /// The operation id.
    pub operation: &'static str,
    /// What did not match, with position.
    pub message: String,
    /// The body as received (its `Debug` shows only its media type and
    /// length), when it was kept.
    pub body: Option<RawBody>,
}

fn describe_body(body: &Option<RawBody>) -> String {
    body.as_ref()
        .map(|b| format!(" ({b:?})"))
        .unwrap_or_default()
}

impl DecodeError {
    pub(crate) fn new(operation: &'static str, e: &serde_json::Error) -> Self {
        Self {
            operation,
            message: crate::sensitive::redact_decode_message(&e.to_string()),
            body: None,
        }
    }

    pub(crate) fn with_body(mut self, body: RawBody) -> Self {
        self.body = Some(body);
        self
    }
}

#[cfg(test)]
mod tests {
    use crate::constraint::Rule;

    #[test]
    fn a_refusal_names_the_field_by_its_json_path() {
        let r = crate::request::Refusal::missing("narrative").at("instruction");
        let e = r.for_operation(Some("authorize"));
        assert_eq!(e.field, "instruction.narrative");
        assert_eq!(e.rule, Rule::Required);
        assert_eq!(
            e.to_string(),
            "authorize: `instruction.narrative` is required"
        );
        let e = crate::request::Refusal::new(Rule::MaxLength(64))
            .at("transactionReference")
            .for_operation(None);
        assert_eq!(e.field, "transactionReference");
        assert_eq!(e.rule, Rule::MaxLength(64));
    }
}
