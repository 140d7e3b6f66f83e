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
        let body: types::OrderRequest = self.core.check("createOrder", body)?;
        self.core
            .send("createOrder", || {
                self.inner.create_order().body(body.clone()).send()
            })
            .await
    }

    /// Reads an order (`getOrder`).
    pub async fn get_order(&self, order_code: &str) -> Result<ResponseValue<types::Order>, Error> {
        self.core
            .send("getOrder", || {
                self.inner.get_order().order_code(order_code).send()
            })
            .await
    }

    /// Completes the 3DS step of an order with the issuer's response code
    /// (`completeThreeDsOrder`).
    pub async fn complete_three_ds_order(
        &self,
        order_code: &str,
        three_ds_response_code: &str,
    ) -> Result<ResponseValue<types::Order>, Error> {
        let body: types::ThreeDsCompletionRequest = self.core.check(
            "completeThreeDsOrder",
            types::ThreeDsCompletionRequest::builder()
                .three_ds_response_code(three_ds_response_code),
        )?;
        self.core
            .send("completeThreeDsOrder", || {
                self.inner
                    .complete_three_ds_order()
                    .order_code(order_code)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Captures an authorized order, in full (`None`) or in part
    /// (`captureOrder`).
    pub async fn capture_order(
        &self,
        order_code: &str,
        amount: Option<i64>,
    ) -> Result<ResponseValue<types::Order>, Error> {
        let body = types::CaptureRequest {
            capture_amount: amount,
        };
        self.core
            .send("captureOrder", || {
                self.inner
                    .capture_order()
                    .order_code(order_code)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Cancels an authorized order (`cancelOrder`).
    pub async fn cancel_order(&self, order_code: &str) -> Result<ResponseValue<()>, Error> {
        self.core
            .send("cancelOrder", || {
                self.inner.cancel_order().order_code(order_code).send()
            })
            .await
    }

    /// Refunds a settled order, in full (`None`) or in part
    /// (`refundOrder`).
    pub async fn refund_order(
        &self,
        order_code: &str,
        amount: Option<i64>,
    ) -> Result<ResponseValue<()>, Error> {
        let body = types::RefundRequest {
            refund_amount: amount,
        };
        self.core
            .send("refundOrder", || {
                self.inner
                    .refund_order()
                    .order_code(order_code)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Reads a token (`getToken`).
    pub async fn get_token(&self, token: &str) -> Result<ResponseValue<types::Token>, Error> {
        self.core
            .send("getToken", || self.inner.get_token().token(token).send())
            .await
    }
}
