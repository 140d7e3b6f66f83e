// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/events/openapi.yaml with schemas/events/api.yaml

//! The request and response types of Access Worldpay Events, generated from `schemas/events/openapi.yaml`
//! (`types.rs`): a crate of their own, on `worldpay-core` only, so that
//! they compile in parallel with the network stack and with the other
//! APIs' types. Use them as `worldpay::events::types`.

#![allow(missing_docs, unused_imports, clippy::all, rustdoc::bare_urls)]

// The paths the generated code names the runtime by.
#[doc(hidden)]
pub use worldpay_core::{
    answer, bounded_integer, constraint, deserialize, format, hal, open_enum, pattern, request,
    sensitive, sensitive_string, success_answer, tagged_union,
};

/// Every request and response schema of the description.
pub mod types {
    include!("types.rs");
}

/// The path the generated code names its own types by.
#[doc(hidden)]
pub mod events {
    pub use super::types;
}
