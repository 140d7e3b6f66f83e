//! The generated operation table: how each documented operation goes on
//! the wire.

/// One documented operation, as the generator recorded it from the API
/// description (after the fix-up stage repaired its media types).
///
/// Written by the generator (an API's `OPERATIONS`), here or in another
/// crate, as a struct expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    /// Worldpay's `operationId`, e.g. `partialSettlement`.
    pub id: &'static str,
    /// The id as the generated client reports it to hooks (snake case).
    pub client_id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template, e.g. `/payments/settlements/partials/{linkData}`.
    pub path: &'static str,
    /// The operation's summary.
    pub summary: &'static str,
    /// `Content-Type` of the request body, when it has one.
    pub request_media_type: Option<&'static str>,
    /// Whether the description requires a body (an optional body left
    /// empty is not sent).
    pub request_body_required: bool,
    /// `Accept`: the media type of the success response.
    pub response_media_type: Option<&'static str>,
    /// Success statuses, each with the Rust type of its body.
    pub success: &'static [(&'static str, Option<&'static str>)],
    /// Error statuses, each with the Rust type of its body.
    pub errors: &'static [(&'static str, Option<&'static str>)],
    /// Headers the description allows one value for (such as
    /// `WP-Api-Version: 2024-06-01`), sent with every request.
    pub headers: &'static [(&'static str, &'static str)],
}

impl Operation {
    /// The Rust type of the error body documented for `status`.
    pub fn error_schema(&self, status: u16) -> Option<&'static str> {
        let code = status.to_string();
        let class = format!("{}XX", status / 100);
        self.errors
            .iter()
            .find(|(s, _)| *s == code)
            .or_else(|| {
                self.errors
                    .iter()
                    .find(|(s, _)| s.eq_ignore_ascii_case(&class))
            })
            .or_else(|| self.errors.iter().find(|(s, _)| *s == "default"))
            .and_then(|(_, schema)| *schema)
    }

    /// Whether the operation only reads (`GET`, `HEAD`): it changes
    /// nothing at Worldpay, so it is safe to repeat and the client may
    /// retry it. Every other method creates a payment or moves money and is
    /// never retried by the client.
    pub fn is_read(&self) -> bool {
        matches!(self.method, "GET" | "HEAD")
    }

    /// Whether `status` is documented for this operation.
    pub fn documents(&self, status: u16) -> bool {
        let code = status.to_string();
        self.success
            .iter()
            .chain(self.errors)
            .any(|(s, _)| *s == code)
    }
}

impl Operation {
    /// Whether the success statuses carry different bodies: the answer is
    /// then an enum keyed by status (made with
    /// [`success_answer!`](crate::success_answer)), and the executor hands
    /// it a [`KeyedAnswer`] rather than the bare body.
    pub fn keyed_success(&self) -> bool {
        self.success.windows(2).any(|w| w[0].1 != w[1].1)
    }
}

pub use worldpay_core::answer::KeyedAnswer;

/// Finds an operation by the id the generated client reports.
pub(crate) fn find(table: &'static [Operation], client_id: &str) -> Option<&'static Operation> {
    table
        .iter()
        .find(|op| op.client_id == client_id || op.id == client_id)
}

/// Whether the operation with Worldpay's id `id` only reads, in every API
/// that has an operation of that id. An unknown id counts as not a read
/// (the safe side: its outcome is never assumed).
pub(crate) fn is_read(id: &str) -> bool {
    let mut found = crate::apis::OPERATION_TABLES
        .iter()
        .flat_map(|t| t.iter())
        .filter(|op| op.id == id)
        .peekable();
    found.peek().is_some() && found.all(Operation::is_read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_operation_id_is_a_read_in_one_api_and_a_write_in_another() {
        for op in crate::apis::OPERATION_TABLES.iter().flat_map(|t| t.iter()) {
            assert_eq!(is_read(op.id), op.is_read(), "{}", op.id);
        }
    }

    #[test]
    fn reads_are_the_get_operations_and_nothing_else() {
        assert!(!is_read("nope"));
        #[cfg(feature = "card-payments")]
        {
            assert!(is_read("events"));
            assert!(is_read("eventRecovery"));
            for id in ["authorize", "settle", "refund", "cancel", "reversal"] {
                assert!(!is_read(id), "{id}");
            }
        }
        #[cfg(feature = "online")]
        assert!(!is_read("cancelOrder"));
    }
}
