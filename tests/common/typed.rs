//! Every fixture decoded into the generated type its name says
//! (`<operationId>.<request|status>[.<variant>]`), for the tests that
//! need typed values of every fixture of every API.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A fixture decoded into its type: the value re-encoded, and its `Debug`
/// (plain and pretty).
pub struct Decoded {
    pub reencoded: Value,
    pub debug: String,
}

fn decode<T: DeserializeOwned + Serialize + std::fmt::Debug>(dir: &str, name: &str) -> Decoded {
    let raw = super::fixture(dir, name);
    let typed: T = serde_json::from_value(raw).unwrap_or_else(|e| {
        panic!(
            "{dir}/{name} does not decode into {}: {e}",
            std::any::type_name::<T>()
        )
    });
    Decoded {
        reencoded: serde_json::to_value(&typed).expect("encodes"),
        debug: format!("{typed:?} {typed:#?}"),
    }
}

/// Decodes fixture `name` of API folder `dir`; panics on a name with no
/// type mapping (a new fixture must be mapped here).
pub fn decode_fixture(dir: &str, name: &str) -> Decoded {
    let mut parts = name.split('.');
    let key = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    match dir {
        #[cfg(feature = "card-payments")]
        "card_payments" => {
            use worldpay::card_payments::types as t;
            match key {
                ("authorize", "request") => decode::<t::CustomerInitiatedTransaction>(dir, name),
                ("authorize", "201") => decode::<t::AuthorizeResponse>(dir, name),
                ("recurring", "request") => decode::<t::MerchantInitiatedTransaction>(dir, name),
                ("recurring", "201") => decode::<t::RecurringResponse>(dir, name),
                ("settle", "202") => decode::<t::PaymentsFullSettleResponse>(dir, name),
                ("partialSettlement", "request") => decode::<t::PaymentsPartialSettle>(dir, name),
                ("partialSettlement", "202") => {
                    decode::<t::PaymentsPartialSettleResponse>(dir, name)
                }
                ("refund", "202") => decode::<t::PaymentsFullRefundResponse>(dir, name),
                ("partialRefund", "request") => decode::<t::PaymentsPartialRefund>(dir, name),
                ("partialRefund", "202") => decode::<t::PaymentsPartialRefundResponse>(dir, name),
                ("cancel", "202") => decode::<t::PaymentsFullCancelResponse>(dir, name),
                ("partialCancel", "request") => decode::<t::PaymentsPartialCancel>(dir, name),
                ("partialCancel", "202") => decode::<t::PaymentsPartialCancelResponse>(dir, name),
                ("increaseAuthorize", "request") => {
                    decode::<t::PaymentsIncreaseAuthorize>(dir, name)
                }
                ("increaseAuthorize", "202") => decode::<t::IncreaseAuthorizeResponse>(dir, name),
                ("reversal", "202") => decode::<t::PaymentsReversalResponse>(dir, name),
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        #[cfg(feature = "payments")]
        "payments" => {
            use worldpay::payments::types as t;
            match key {
                ("authorize", "request") => decode::<t::AuthorizationRequest>(dir, name),
                ("authorize", "201") => decode::<t::AuthorizeResponse>(dir, name),
                ("migrateRecurring", "request") => {
                    decode::<t::MigrateRecurringAuthorizationRequest>(dir, name)
                }
                ("migrateRecurring", "201") => decode::<t::MigrateRecurringResponse>(dir, name),
                ("migrateCardOnFile", "request") => {
                    decode::<t::MigrateCardOnFileAuthorizationRequest>(dir, name)
                }
                ("migrateCardOnFile", "201") => decode::<t::MigrateCardOnFileResponse>(dir, name),
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        #[cfg(feature = "verified-payments")]
        "verified_payments" => {
            use worldpay::verified_payments::types as t;
            match key {
                ("verifiedPayment", "request") => decode::<t::VerifiedPaymentRequest>(dir, name),
                ("verifiedPayment", "201") => decode::<t::VerifiedPaymentResponse>(dir, name),
                ("verifiedPayment", "headers") => {
                    decode::<std::collections::BTreeMap<String, String>>(dir, name)
                }
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        #[cfg(feature = "online")]
        "online" => {
            use worldpay::online::types as t;
            match key {
                ("createOrder", "request") => decode::<t::OrderRequest>(dir, name),
                ("getOrder", "200") => decode::<t::Order>(dir, name),
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        #[cfg(feature = "payments-2024")]
        "payments_2024" => {
            use worldpay::payments_2024::types as t;
            match key {
                ("payment", "request") => decode::<t::PaymentRequest>(dir, name),
                ("payment", "201") => decode::<t::PaymentsResponse201>(dir, name),
                ("payment", "202") => decode::<t::PaymentsResponse202>(dir, name),
                ("payment", "400") => decode::<t::ValidationErrorResponse>(dir, name),
                ("payment", "406") => decode::<t::HeaderErrorResponse>(dir, name),
                ("supply3dsDeviceData", "request") => decode::<t::DeviceDataRequest>(dir, name),
                ("supply3dsDeviceData", "201") => decode::<t::DeviceDataResponse201>(dir, name),
                ("supply3dsDeviceData", "202") => decode::<t::DeviceDataResponse202>(dir, name),
                ("complete3dsChallenge", "201") => decode::<t::ChallengeResponse201>(dir, name),
                ("settle", "202") => decode::<t::SettleResponse>(dir, name),
                ("partialSettle", "request") => {
                    decode::<t::PaymentsPartialSettleRequest>(dir, name)
                }
                ("partialSettle", "202") => decode::<t::PartialSettleResponse>(dir, name),
                ("refund", "202") => decode::<t::RefundResponse>(dir, name),
                ("partialRefund", "request") => {
                    decode::<t::PaymentsPartialRefundRequest>(dir, name)
                }
                ("partialRefund", "202") => decode::<t::PartialRefundResponse>(dir, name),
                ("cancel", "202") => decode::<t::CancelResponse>(dir, name),
                ("reversal", "202") => decode::<t::ReversalResponse>(dir, name),
                ("queryEvents", "200") => decode::<t::QueryEventsResponse>(dir, name),
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        #[cfg(feature = "payment-queries")]
        "payment_queries" => {
            use worldpay::payment_queries::types as t;
            match key {
                ("queryByDateRange", "200") => {
                    decode::<t::PqQuerybydaterange200Response>(dir, name)
                }
                ("queryByDateRange", "400") => {
                    decode::<t::PqQuerybydaterange400Response>(dir, name)
                }
                ("retrieveByPaymentId", "200") => {
                    decode::<t::PqQuerybypaymentid200Response>(dir, name)
                }
                ("retrieveByPaymentId", "404") => {
                    decode::<t::PqQuerybypaymentid404Response>(dir, name)
                }
                ("queryArchivedPayments", "200") => {
                    decode::<t::PqQueryhistoricalpayments200Response>(dir, name)
                }
                _ => panic!("{dir}/{name} has no type mapping in tests/common/typed.rs"),
            }
        }
        _ => panic!("no API folder {dir} in tests/common/typed.rs"),
    }
}

/// The API folders whose features are on.
pub fn api_dirs() -> Vec<&'static str> {
    vec![
        #[cfg(feature = "card-payments")]
        "card_payments",
        #[cfg(feature = "payments")]
        "payments",
        #[cfg(feature = "verified-payments")]
        "verified_payments",
        #[cfg(feature = "online")]
        "online",
        #[cfg(feature = "payments-2024")]
        "payments_2024",
        #[cfg(feature = "payment-queries")]
        "payment_queries",
    ]
}
