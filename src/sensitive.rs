//! Card data and secrets that never print.
//!
//! The fix-up stage binds every card number, CVC, cardholder name, wallet
//! token, network token, cryptogram and bank account number (IBAN, sort
//! and routing codes) to a newtype made by
//! [`sensitive_string!`](crate::sensitive_string): its `Debug` prints
//! `<redacted>`, it has no `Display`, its errors never quote it, and the
//! only way to read it is the explicit [`expose_secret`] method. The value
//! is wiped from memory when dropped.
//!
//! [`expose_secret`]: crate::card_payments::types::CardNumber::expose_secret

pub use worldpay_core::sensitive::*;

/// Replaces, in a JSON payload, the value of every property that holds card
/// data or a secret with `"<redacted>"`, at any depth: every property the
/// generated types redact, found by JSON path from the body of any request
/// or answer of the APIs built (each API's `SENSITIVE_PATHS`, generated
/// from the same knowledge that binds the redacting types, such as Worldpay
/// Online's cardholder `paymentMethod.name`), and every property named as
/// card data anywhere ([`is_sensitive_field`]). For logging payloads you
/// send or receive.
pub fn redact_json(value: &mut serde_json::Value) {
    redact_json_at(value, &mut String::new(), crate::apis::SENSITIVE_PATHS);
}

/// A URL as it may appear in an error: without user name, password, query
/// or fragment (`?<redacted>` marks a query left out), card numbers masked.
/// A text that does not parse as a URL is shown as its length only.
pub fn redact_url(text: &str) -> String {
    match url::Url::parse(text) {
        Ok(mut url) => {
            let had_query = url.query().is_some() || url.fragment().is_some();
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.set_query(None);
            url.set_fragment(None);
            let mut shown = mask_card_numbers(url.as_str());
            if had_query {
                shown.push_str("?<redacted>");
            }
            shown
        }
        Err(_) => format!("<{} characters that are not a URL>", text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_credentials_and_queries() {
        assert_eq!(
            redact_url("https://user:pass@example.com/a/4444333322221111?key=k#f"),
            "https://example.com/a/****************?<redacted>"
        );
        assert_eq!(redact_url("http://127.0.0.1:9/"), "http://127.0.0.1:9/");
        assert_eq!(redact_url("not a url"), "<9 characters that are not a URL>");
    }

    #[test]
    fn redacts_sensitive_json_fields_at_any_depth() {
        let mut v = serde_json::json!({
            "instruction": {"paymentInstrument": {"cardNumber": "4444333322221111", "cvc": "123"}},
            "list": [{"walletToken": "abc"}],
            "pos": {"pointOfSaleLicenseKey": "eyJ.x.y", "pointOfSaleActivationCode": "AV46HTR3"},
            "transactionReference": "ref-1"
        });
        redact_json(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "instruction": {"paymentInstrument": {"cardNumber": REDACTED, "cvc": REDACTED}},
                "list": [{"walletToken": REDACTED}],
                "pos": {"pointOfSaleLicenseKey": REDACTED, "pointOfSaleActivationCode": REDACTED},
                "transactionReference": "ref-1"
            })
        );
    }
}
