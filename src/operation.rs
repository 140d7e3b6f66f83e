//! The generated operation table: how each documented operation goes on
//! the wire.

/// One documented operation, as the generator recorded it from the API
/// description (after the fix-up stage repaired its media types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
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

    /// Whether `status` is documented for this operation.
    pub fn documents(&self, status: u16) -> bool {
        let code = status.to_string();
        self.success
            .iter()
            .chain(self.errors)
            .any(|(s, _)| *s == code)
    }
}

/// Finds an operation by the id the generated client reports.
pub(crate) fn find(table: &'static [Operation], client_id: &str) -> Option<&'static Operation> {
    table
        .iter()
        .find(|op| op.client_id == client_id || op.id == client_id)
}
