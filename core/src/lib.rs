//! The part of `worldpay`'s runtime that its generated types need, and
//! nothing that does I/O: refusals that name the field ([`request`]), HAL
//! links ([`hal`]), open enums and tagged unions, redacting strings
//! ([`sensitive`]), constraint, format and pattern checks, the decoding
//! helpers the generated `Deserialize` impls share, and answers keyed by
//! status.
//!
//! Each API's generated types are a crate of their own on top of this one
//! (`generated/<module>/`, written by `worldpay-codegen`), so that they
//! compile in parallel with each other and with the network stack;
//! `worldpay` re-exports everything here at the same paths
//! (`worldpay::request`, `worldpay::hal`, ...). Use it through `worldpay`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod answer;
pub mod constraint;
#[doc(hidden)]
pub mod deserialize;
pub mod format;
pub mod hal;
pub mod open_enum;
/// The ECMAScript patterns of JSON Schema, matched in linear time: what
/// request strings are checked against (the `worldpay-pattern` crate).
pub use worldpay_pattern as pattern;
pub mod request;
pub mod sensitive;
pub mod tagged_union;
