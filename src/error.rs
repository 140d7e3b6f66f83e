//! Errors.
//!
//! One [`Error`] for every API call; each variant says when it occurs. No
//! error ever holds card data or credentials: request values are never
//! quoted, and server text kept in an error has card-number-like digit runs
//! masked.

use std::fmt;

use crate::constraint::{InvalidValue, Rule};
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
    /// Worldpay answered with a status the API description does not list.
    #[error(
        "{operation}: Worldpay answered with status {status}, which the API description does not document ({body:?})"
    )]
    UnexpectedStatus {
        /// The operation id.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The body, as received.
        body: RawBody,
    },
    /// A success response whose body does not decode as its schema.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The request could not be sent or the response not read (connection,
    /// TLS, timeout). The request may or may not have reached Worldpay.
    #[error("{operation}: {source}")]
    Transport {
        /// The operation id.
        operation: &'static str,
        /// What reqwest reported.
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

/// A request value that breaks its schema, found before sending.
///
/// Occurs when a request builder is missing a required field or holds a
/// value that breaks a `pattern`, length, bound or enum. Names the field as
/// Worldpay does (dotted JSON path) and the rule; never quotes the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}`{field}` {rule}", operation.map(|o| format!("{o}: ")).unwrap_or_default())]
pub struct InvalidRequest {
    /// The operation the request was for, when known.
    pub operation: Option<&'static str>,
    /// The field, as a dotted path of JSON property names
    /// (`instruction.paymentInstrument.cardNumber`).
    pub field: String,
    /// The rule it breaks.
    pub rule: Rule,
}

impl InvalidRequest {
    /// Reads a builder error of the generated code, such as `error
    /// converting supplied value for instruction: no value supplied for
    /// narrative`, mapping Rust field names back to JSON names with
    /// `field_names` (`(rust, json)` pairs).
    pub(crate) fn from_builder_message(
        operation: Option<&'static str>,
        message: &str,
        field_names: &[(&str, &str)],
    ) -> Self {
        let json_name = |rust: &str| {
            field_names
                .iter()
                .find(|(r, _)| *r == rust)
                .map(|(_, j)| j.to_string())
                .unwrap_or_else(|| rust.trim_end_matches('_').to_string())
        };
        let mut rest = message.trim();
        // progenitor's wrapper: "conversion to `X` for body failed: ...".
        if let Some(r) = rest.strip_prefix("conversion to `")
            && let Some((_, r)) = r.split_once("failed: ")
        {
            rest = r;
        }
        let mut path = Vec::new();
        loop {
            if let Some(r) = rest.strip_prefix("error converting supplied value for ")
                && let Some((field, r)) = r.split_once(": ")
            {
                path.push(json_name(field));
                rest = r;
                continue;
            }
            break;
        }
        let rule = if let Some(field) = rest.strip_prefix("no value supplied for ") {
            path.push(json_name(field.trim()));
            Rule::Required
        } else {
            Rule::parse(rest)
        };
        InvalidRequest {
            operation,
            field: if path.is_empty() {
                "(body)".to_string()
            } else {
                path.join(".")
            },
            rule,
        }
    }
}

impl InvalidRequest {
    /// Reads the error of a generated request builder (its `Display`, as
    /// returned by `try_into`), naming the field as Worldpay does. The
    /// clients do this for you; use it when you build requests yourself.
    pub fn parse_builder_error(message: &str) -> Self {
        let merged: Vec<(&str, &str)> = ALL_FIELD_NAMES
            .iter()
            .flat_map(|t| t.iter().copied())
            .collect();
        Self::from_builder_message(None, message, &merged)
    }
}

/// Every API's Rust field name → JSON property name table, in turn.
const ALL_FIELD_NAMES: &[&[(&str, &str)]] = &[
    #[cfg(feature = "card-payments")]
    crate::card_payments::FIELD_NAMES,
    #[cfg(feature = "payments")]
    crate::payments::FIELD_NAMES,
    #[cfg(feature = "verified-payments")]
    crate::verified_payments::FIELD_NAMES,
    #[cfg(feature = "online")]
    crate::online::FIELD_NAMES,
    #[cfg(feature = "ips-cloud")]
    crate::ips_cloud::channels::FIELD_NAMES,
];

impl From<InvalidValue> for InvalidRequest {
    fn from(e: InvalidValue) -> Self {
        InvalidRequest {
            operation: None,
            field: e.schema.to_string(),
            rule: e.rule,
        }
    }
}

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

/// The body of a documented error answer. Its `Debug` masks card numbers:
/// Worldpay's messages may quote the request.
#[non_exhaustive]
pub enum ApiErrorBody {
    /// A Card Payments v7 error body.
    #[cfg(feature = "card-payments")]
    CardPayments(crate::card_payments::ErrorBody),
    /// A Payments (v6) error body.
    #[cfg(feature = "payments")]
    Payments(crate::payments::ErrorBody),
    /// A Verified Payments error body.
    #[cfg(feature = "verified-payments")]
    VerifiedPayments(crate::verified_payments::ErrorBody),
    /// A Worldpay Online error body.
    #[cfg(feature = "online")]
    Online(crate::online::ErrorBody),
    /// A body that is not the documented schema (an HTML page from a
    /// proxy, an empty body, broken JSON), kept raw.
    Undocumented(RawBody),
}

impl fmt::Debug for ApiErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn show(f: &fmt::Formatter<'_>, name: &str, body: &dyn fmt::Debug) -> String {
            if f.alternate() {
                format!("{name}({body:#?})")
            } else {
                format!("{name}({body:?})")
            }
        }
        let text = match self {
            #[cfg(feature = "card-payments")]
            ApiErrorBody::CardPayments(b) => show(f, "CardPayments", b),
            #[cfg(feature = "payments")]
            ApiErrorBody::Payments(b) => show(f, "Payments", b),
            #[cfg(feature = "verified-payments")]
            ApiErrorBody::VerifiedPayments(b) => show(f, "VerifiedPayments", b),
            #[cfg(feature = "online")]
            ApiErrorBody::Online(b) => show(f, "Online", b),
            ApiErrorBody::Undocumented(raw) => show(f, "Undocumented", raw),
        };
        f.write_str(&mask_card_numbers(&text))
    }
}

impl ApiErrorBody {
    fn summary(&self) -> String {
        match self {
            #[cfg(feature = "card-payments")]
            ApiErrorBody::CardPayments(b) => mask_card_numbers(&b.summary()),
            #[cfg(feature = "payments")]
            ApiErrorBody::Payments(b) => mask_card_numbers(&b.summary()),
            #[cfg(feature = "verified-payments")]
            ApiErrorBody::VerifiedPayments(b) => mask_card_numbers(&b.summary()),
            #[cfg(feature = "online")]
            ApiErrorBody::Online(b) => mask_card_numbers(&b.summary()),
            ApiErrorBody::Undocumented(raw) => format!("undocumented body ({raw:?})"),
        }
    }
}

/// A response body kept raw. `Debug` shows its media type and length, not
/// its bytes (they may hold card data).
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    content_type: Option<String>,
    bytes: Vec<u8>,
}

impl RawBody {
    pub(crate) fn new(content_type: Option<String>, bytes: Vec<u8>) -> Self {
        Self {
            content_type,
            bytes,
        }
    }

    /// The `Content-Type` it came with.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The bytes, as received.
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
/// missing). The message quotes no string from the body, and has
/// card-number-like digit runs masked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{operation}: the response body does not match its schema: {message}")]
pub struct DecodeError {
    /// The operation id.
    pub operation: &'static str,
    /// What did not match, with position.
    pub message: String,
}

impl DecodeError {
    pub(crate) fn new(operation: &'static str, e: &serde_json::Error) -> Self {
        Self {
            operation,
            message: crate::sensitive::redact_decode_message(&e.to_string()),
        }
    }
}

// Used by the Access Worldpay APIs only; unused with Worldpay Online alone.
#[allow(unused_macros)]
/// Accessors for the error bodies every Access Worldpay API shares
/// (`ErrorResponse`, `ValidationErrorResponse`), implemented on an API's
/// generated `ErrorBody`.
macro_rules! access_worldpay_error_body {
    ($body:ident, $types:ident) => {
        impl $body {
            /// Worldpay's `errorName`, when the body has one.
            pub fn error_name(&self) -> Option<&str> {
                match self {
                    $body::ErrorResponse(e) => e.error_name.as_deref(),
                    $body::ValidationErrorResponse(e) => e.error_name.as_deref(),
                }
            }

            /// Worldpay's `message`, when the body has one.
            pub fn message(&self) -> Option<&str> {
                match self {
                    $body::ErrorResponse(e) => e.message.as_deref(),
                    $body::ValidationErrorResponse(e) => e.message.as_deref(),
                }
            }

            /// The per-field validation errors of a 400 answer.
            pub fn validation_errors(
                &self,
            ) -> &[$types::ValidationErrorResponseValidationErrorsItem] {
                match self {
                    $body::ValidationErrorResponse(e) => &e.validation_errors,
                    $body::ErrorResponse(_) => &[],
                }
            }

            pub(crate) fn summary(&self) -> String {
                let mut s = format!(
                    "{}: {}",
                    self.error_name().unwrap_or("(no errorName)"),
                    self.message().unwrap_or("(no message)")
                );
                for v in self.validation_errors() {
                    s.push_str(&format!(
                        "; {} at {}",
                        v.error_name.as_deref().unwrap_or("error"),
                        v.json_path.as_deref().unwrap_or("?")
                    ));
                }
                s
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use access_worldpay_error_body;

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[(&str, &str)] = &[
        ("instruction", "instruction"),
        ("narrative", "narrative"),
        ("line1", "line1"),
        ("transaction_reference", "transactionReference"),
        ("type_", "type"),
        ("three_ds", "threeDS"),
    ];

    #[test]
    fn reads_nested_builder_errors() {
        let e = InvalidRequest::from_builder_message(
            Some("authorize"),
            "conversion to `CustomerInitiatedTransaction` for body failed: error converting supplied value for instruction: no value supplied for narrative",
            FIELDS,
        );
        assert_eq!(e.field, "instruction.narrative");
        assert_eq!(e.rule, Rule::Required);
        assert_eq!(
            e.to_string(),
            "authorize: `instruction.narrative` is required"
        );

        let e = InvalidRequest::from_builder_message(
            None,
            "error converting supplied value for transaction_reference: longer than 64 characters",
            FIELDS,
        );
        assert_eq!(e.field, "transactionReference");
        assert_eq!(e.rule, Rule::MaxLength(64));
    }
}
