//! Build a request type from JSON, with an error naming the field.
//!
//! `serde_json::from_value` says what went wrong but not where. [`from_json`]
//! decodes any request type of the crate from a JSON value and, when the
//! value breaks its schema, returns an [`InvalidRequest`] naming the field as
//! Worldpay spells it (`instruction.paymentInstrument.cardNumber`, array
//! items as `lines[0]`) and the rule it breaks. The error never quotes the
//! value.
//!
//! A property the type does not know is refused too
//! ([`Rule::Unknown`](crate::constraint::Rule::Unknown)),
//! even where the schema leaves `additionalProperties` open: serde would
//! drop it silently, and a misspelt `requestAutoSettlement` that vanishes
//! is a payment left unsettled. Properties set to `null` or to an empty
//! array or object are accepted when the type leaves them out.
//!
//! ```
//! # #[cfg(feature = "card-payments")] {
//! use worldpay::card_payments::types::PaymentsPartialSettle;
//! use worldpay::constraint::Rule;
//!
//! let body = serde_json::json!({
//!     "reference": "partial-settle-1",
//!     "value": {"amount": 500, "currency": "EURO"}
//! });
//! let e = worldpay::request::from_json::<PaymentsPartialSettle>(body).unwrap_err();
//! assert_eq!(e.field, "value.currency");
//! assert_eq!(e.rule, Rule::MaxLength(3));
//! # }
//! ```

pub use worldpay_core::request::*;

/// [`parameter`], then the checked value as the text that goes on the wire
/// (a string as it is, a number or boolean as JSON writes it).
#[cfg_attr(
    not(any(feature = "card-payments", feature = "payments")),
    allow(dead_code)
)]
#[doc(hidden)]
pub fn parameter_text<T>(
    operation: &'static str,
    name: &str,
    value: &str,
) -> Result<String, crate::error::Error>
where
    T: TryFrom<String> + serde::Serialize,
    T::Error: std::fmt::Display,
{
    let checked: T = parameter(operation, name, value)?;
    Ok(match serde_json::to_value(&checked) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => value.to_string(),
    })
}

/// Checks a parameter (path or query) of `operation` as its schema type,
/// naming it on refusal: nothing is sent with a value the description
/// refuses.
#[cfg_attr(
    not(any(feature = "card-payments", feature = "payments")),
    allow(dead_code)
)]
#[doc(hidden)]
pub fn parameter<T>(
    operation: &'static str,
    name: &str,
    value: &str,
) -> Result<T, crate::error::Error>
where
    T: TryFrom<String>,
    T::Error: std::fmt::Display,
{
    if value.is_empty() {
        return Err(crate::error::Error::InvalidRequest(
            crate::error::InvalidRequest {
                operation: Some(operation),
                field: name.into(),
                rule: crate::constraint::Rule::Required,
            },
        ));
    }
    T::try_from(value.to_string()).map_err(|e| {
        crate::error::Error::InvalidRequest(crate::error::InvalidRequest {
            operation: Some(operation),
            field: name.into(),
            rule: crate::constraint::Rule::parse(&e.to_string()),
        })
    })
}

#[cfg(all(test, feature = "card-payments"))]
mod tests {
    use super::*;
    use crate::constraint::Rule;

    #[test]
    fn refuses_a_property_the_type_would_drop() {
        use crate::card_payments::types::PaymentsPartialSettle;
        let body = serde_json::json!({
            "reference": "r-1",
            "value": {"amount": 5, "currency": "GBP", "curency": "GBP"}
        });
        let e = from_json::<PaymentsPartialSettle>(body).unwrap_err();
        assert_eq!(e.field, "value.curency");
        assert_eq!(e.rule, Rule::Unknown);
        let body = serde_json::json!({
            "reference": "r-1",
            "value": {"amount": 5, "currency": "GBP"},
            "note": null,
            "extras": [],
        });
        assert!(from_json::<PaymentsPartialSettle>(body).is_ok());
    }
}
