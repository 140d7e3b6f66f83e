// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/online/openapi.yaml with schemas/online/api.yaml (sha256 2fc9f479e26834a33f2127ac8d7797af9e4a6066d2c9deebafb8de43c75738de)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 13 inline schemas named after their property (0 identical uses share a type): AvsResultCode,
//   CardType, CvcResultCode, Dispute, Environment, HistoryItem, OrderCodePrefix, OrderCodeSuffix,
//   OrderRequestPaymentMethod, PaymentResponse, ResultCodes, RiskScore, TokenPaymentMethod
// - schemas used by both requests and responses split (responses read a lenient copy): address,
//   apmFields, customerIdentifiers, deliveryAddress, orderType
// - discriminated unions bound to internally tagged enums: OrderRequestPaymentMethod (on `type`),
//   PaymentResponse (on `type`, open), TokenPaymentMethod (on `type`, open)
// - 5 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AvsResultCode, CardType, CvcResultCode,
//   Environment, orderState, orderTypeReceived
// - orderRequest.name is sensitive (cardHolderName): bound as `orderRequest_cardHolderName`
// - cardPaymentMethod.name is sensitive (cardHolderName): bound as
//   `cardPaymentMethod_cardHolderName`
// - ObfuscatedCard.name is sensitive (cardHolderName): bound as `ObfuscatedCard_cardHolderName`
// - APM.name is sensitive (cardHolderName): bound as `APM_cardHolderName`
// - card data and secrets bound to redacting types: APM_cardHolderName,
//   ObfuscatedCard_cardHolderName, cardNumber, cardPaymentMethod_cardHolderName, cvc,
//   orderRequest_cardHolderName
// - 28 error responses read raw and decoded by status (ErrorResponse)

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Create an order. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /orders` (`createOrder`).*/
    pub async fn create_order<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<types::Order, crate::Error>
    where
        B: ::core::convert::TryInto<types::OrderRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.create_order_response(body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`create_order`](Self::create_order), with the answer's status and headers.
    pub async fn create_order_response<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Order>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::OrderRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::OrderRequest>("createOrder", body)?,
        );
        self.core.call("createOrder", &path, &query, body).await
    }
    /** Get an order.

Parameters, checked as their schemas say before anything is sent:
- `order_code`: `orderCode` (path)

 `GET /orders/{orderCode}` (`getOrder`).*/
    pub async fn get_order(
        &self,
        order_code: &str,
    ) -> ::core::result::Result<types::Order, crate::Error> {
        self.get_order_response(order_code)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`get_order`](Self::get_order), with the answer's status and headers.
    pub async fn get_order_response(
        &self,
        order_code: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Order>,
        crate::Error,
    > {
        let order_code_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("getOrder", "orderCode", order_code)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("orderCode", order_code_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("getOrder", &path, &query, body).await
    }
    /** Complete a 3D Secure order. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

Parameters, checked as their schemas say before anything is sent:
- `order_code`: `orderCode` (path)

 `PUT /orders/{orderCode}` (`completeThreeDsOrder`).*/
    pub async fn complete_three_ds_order<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<types::Order, crate::Error>
    where
        B: ::core::convert::TryInto<types::ThreeDsCompletionRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.complete_three_ds_order_response(order_code, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`complete_three_ds_order`](Self::complete_three_ds_order), with the answer's status and headers.
    pub async fn complete_three_ds_order_response<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Order>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::ThreeDsCompletionRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let order_code_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("completeThreeDsOrder", "orderCode", order_code)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("orderCode", order_code_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<
                    B,
                    types::ThreeDsCompletionRequest,
                >("completeThreeDsOrder", body)?,
        );
        self.core.call("completeThreeDsOrder", &path, &query, body).await
    }
    /** Cancel an authorized order.

Parameters, checked as their schemas say before anything is sent:
- `order_code`: `orderCode` (path)

 `DELETE /orders/{orderCode}` (`cancelOrder`).*/
    pub async fn cancel_order(
        &self,
        order_code: &str,
    ) -> ::core::result::Result<(), crate::Error> {
        self.cancel_order_response(order_code)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`cancel_order`](Self::cancel_order), with the answer's status and headers.
    pub async fn cancel_order_response(
        &self,
        order_code: &str,
    ) -> ::core::result::Result<::progenitor_client::ResponseValue<()>, crate::Error> {
        let order_code_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("cancelOrder", "orderCode", order_code)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("orderCode", order_code_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("cancelOrder", &path, &query, body).await
    }
    /** Capture an authorized order. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

Parameters, checked as their schemas say before anything is sent:
- `order_code`: `orderCode` (path)

 `POST /orders/{orderCode}/capture` (`captureOrder`).*/
    pub async fn capture_order<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<types::Order, crate::Error>
    where
        B: ::core::convert::TryInto<types::CaptureRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.capture_order_response(order_code, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`capture_order`](Self::capture_order), with the answer's status and headers.
    pub async fn capture_order_response<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Order>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::CaptureRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let order_code_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("captureOrder", "orderCode", order_code)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("orderCode", order_code_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::CaptureRequest>("captureOrder", body)?,
        );
        self.core.call("captureOrder", &path, &query, body).await
    }
    /** Refund an order. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

Parameters, checked as their schemas say before anything is sent:
- `order_code`: `orderCode` (path)

 `POST /orders/{orderCode}/refund` (`refundOrder`).*/
    pub async fn refund_order<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<(), crate::Error>
    where
        B: ::core::convert::TryInto<types::RefundRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.refund_order_response(order_code, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`refund_order`](Self::refund_order), with the answer's status and headers.
    pub async fn refund_order_response<B>(
        &self,
        order_code: &str,
        body: B,
    ) -> ::core::result::Result<::progenitor_client::ResponseValue<()>, crate::Error>
    where
        B: ::core::convert::TryInto<types::RefundRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let order_code_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("refundOrder", "orderCode", order_code)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("orderCode", order_code_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::RefundRequest>("refundOrder", body)?,
        );
        self.core.call("refundOrder", &path, &query, body).await
    }
    /** Get a token.

Parameters, checked as their schemas say before anything is sent:
- `token`: `token` (path)

 `GET /tokens/{token}` (`getToken`).*/
    pub async fn get_token(
        &self,
        token: &str,
    ) -> ::core::result::Result<types::Token, crate::Error> {
        self.get_token_response(token)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`get_token`](Self::get_token), with the answer's status and headers.
    pub async fn get_token_response(
        &self,
        token: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Token>,
        crate::Error,
    > {
        let token_text: ::std::string::String = crate::request::parameter::<
            ::std::string::String,
        >("getToken", "token", token)?;
        let path: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some(("token", token_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::None;
        self.core.call("getToken", &path, &query, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
