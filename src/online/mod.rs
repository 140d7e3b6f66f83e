//! Worldpay Online orders, the legacy REST API (seed
//! `004_74e511ee3180b8bf.txt`): create an order, read it, complete its 3DS
//! step, capture it (in full or in part), cancel it while authorized,
//! refund it (in full or in part), and read a token.
//!
//! Requests carry the service key as the whole `Authorization` header
//! ([`Credentials::service_key`](crate::auth::Credentials::service_key)) and
//! `application/json`; the base URL is
//! [`environments::LIVE`] (test and live orders are told apart by the
//! service key).
//! Order states, order types, card types, AVS and CVC result codes are
//! open enums in answers (their values contain spaces: `PARTIAL APPROVED`);
//! `paymentResponse` is an internally tagged enum on `type`
//! (`ObfuscatedCard`, `APM`). Errors carry Worldpay Online's own body
//! (`httpStatusCode`, `customCode`, `message`, `description`,
//! `errorHelpUrl`, `originalRequest`).

crate::transport::rest_api!(
    "generated/online",
    online,
    Online,
    /// A Worldpay Online client.
);

use crate::error::Error;

/// What no description says: Worldpay Online's amounts and 3DS code as
/// plain arguments. The operations themselves (`create_order(body)`,
/// `get_order(order_code)`, `complete_three_ds_order(order_code, body)`,
/// `capture_order(order_code, body)`, `cancel_order(order_code)`,
/// `refund_order(order_code, body)`, `get_token(token)`) are generated.
impl Client {
    /// Completes the 3DS step of an order with the issuer's response code.
    pub async fn complete_three_ds(
        &self,
        order_code: &str,
        three_ds_response_code: &str,
    ) -> Result<types::Order, Error> {
        self.complete_three_ds_order(
            order_code,
            types::ThreeDsCompletionRequest::builder()
                .three_ds_response_code(three_ds_response_code),
        )
        .await
    }

    /// Captures an authorized order, in full (`None`) or in part.
    pub async fn capture(
        &self,
        order_code: &str,
        amount: Option<i64>,
    ) -> Result<types::Order, Error> {
        self.capture_order(
            order_code,
            types::CaptureRequest {
                capture_amount: amount,
            },
        )
        .await
    }

    /// Refunds a settled order, in full (`None`) or in part.
    pub async fn refund(&self, order_code: &str, amount: Option<i64>) -> Result<(), Error> {
        self.refund_order(
            order_code,
            types::RefundRequest {
                refund_amount: amount,
            },
        )
        .await
    }
}

#[cfg(feature = "webhooks")]
mod notification;
#[cfg(feature = "webhooks")]
pub use notification::{Notification, ORDER_STATE_CHANGE, notification_receiver};
