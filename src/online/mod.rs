//! Worldpay Online orders, the legacy REST API (seed
//! `004_74e511ee3180b8bf.txt`): create an order, read it, complete its 3DS
//! step, capture it (in full or in part), cancel it while authorized,
//! refund it (in full or in part), and read a token.
//!
//! Requests carry the service key as the whole `Authorization` header
//! ([`Credentials::service_key`](crate::auth::Credentials::service_key)) and
//! `application/json`; the base URL is
//! [`Environment::WorldpayOnline`](crate::transport::Environment::WorldpayOnline).
//! Order states, order types, card types, AVS and CVC result codes are
//! open enums in answers (their values contain spaces: `PARTIAL APPROVED`);
//! `paymentResponse` is an internally tagged enum on `type`
//! (`ObfuscatedCard`, `APM`). Errors carry Worldpay Online's own body
//! (`httpStatusCode`, `customCode`, `message`, `description`,
//! `errorHelpUrl`, `originalRequest`).

crate::transport::rest_api!(
    "online",
    Online,
    /// A Worldpay Online client.
);

use std::fmt::Display;

use progenitor_client::ResponseValue;

use crate::error::Error;

impl ErrorBody {
    /// Worldpay Online's `customCode` (e.g. `BAD_REQUEST`), when present.
    pub fn custom_code(&self) -> Option<&str> {
        match self {
            ErrorBody::ErrorResponse(e) => e.custom_code.as_deref(),
        }
    }

    /// Worldpay Online's `message`, when present.
    pub fn message(&self) -> Option<&str> {
        match self {
            ErrorBody::ErrorResponse(e) => e.message.as_deref(),
        }
    }

    pub(crate) fn summary(&self) -> String {
        match self {
            ErrorBody::ErrorResponse(e) => format!(
                "{}: {}{}",
                e.custom_code.as_deref().unwrap_or("(no customCode)"),
                e.message.as_deref().unwrap_or("(no message)"),
                e.description
                    .as_deref()
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default()
            ),
        }
    }
}

impl Client {
    /// Creates an order (`createOrder`).
    pub async fn create_order<B>(&self, body: B) -> Result<ResponseValue<types::Order>, Error>
    where
        B: TryInto<types::OrderRequest>,
        B::Error: Display,
    {
        let body = self
            .core
            .encode::<B, types::OrderRequest>("createOrder", body)?;
        self.core.call("createOrder", &[], &[], Some(body)).await
    }

    /// Reads an order (`getOrder`).
    pub async fn get_order(&self, order_code: &str) -> Result<ResponseValue<types::Order>, Error> {
        self.core
            .call("getOrder", &[("orderCode", order_code)], &[], None)
            .await
    }

    /// Completes the 3DS step of an order with the issuer's response code
    /// (`completeThreeDsOrder`).
    pub async fn complete_three_ds_order(
        &self,
        order_code: &str,
        three_ds_response_code: &str,
    ) -> Result<ResponseValue<types::Order>, Error> {
        let body = self.core.encode::<_, types::ThreeDsCompletionRequest>(
            "completeThreeDsOrder",
            types::ThreeDsCompletionRequest::builder()
                .three_ds_response_code(three_ds_response_code),
        )?;
        self.core
            .call(
                "completeThreeDsOrder",
                &[("orderCode", order_code)],
                &[],
                Some(body),
            )
            .await
    }

    /// Captures an authorized order, in full (`None`) or in part
    /// (`captureOrder`).
    pub async fn capture_order(
        &self,
        order_code: &str,
        amount: Option<i64>,
    ) -> Result<ResponseValue<types::Order>, Error> {
        let body = self.core.encode::<_, types::CaptureRequest>(
            "captureOrder",
            types::CaptureRequest {
                capture_amount: amount,
            },
        )?;
        self.core
            .call(
                "captureOrder",
                &[("orderCode", order_code)],
                &[],
                Some(body),
            )
            .await
    }

    /// Cancels an authorized order (`cancelOrder`).
    pub async fn cancel_order(&self, order_code: &str) -> Result<ResponseValue<()>, Error> {
        self.core
            .call("cancelOrder", &[("orderCode", order_code)], &[], None)
            .await
    }

    /// Refunds a settled order, in full (`None`) or in part
    /// (`refundOrder`).
    pub async fn refund_order(
        &self,
        order_code: &str,
        amount: Option<i64>,
    ) -> Result<ResponseValue<()>, Error> {
        let body = self.core.encode::<_, types::RefundRequest>(
            "refundOrder",
            types::RefundRequest {
                refund_amount: amount,
            },
        )?;
        self.core
            .call("refundOrder", &[("orderCode", order_code)], &[], Some(body))
            .await
    }

    /// Reads a token (`getToken`).
    pub async fn get_token(&self, token: &str) -> Result<ResponseValue<types::Token>, Error> {
        self.core
            .call("getToken", &[("token", token)], &[], None)
            .await
    }
}
