// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/ips-cloud/asyncapi.yaml with schemas/ips-cloud/api.yaml (sha256 f100b7dd9a30fdfb0a11fadff3b20659d23ebd81307968a47d9116ef0677bc74)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - AsyncAPI channels read as operations: 11 published, 12 subscribed
// - 16 inline schemas named after their property (0 identical uses share a type):
//   AuthorisationCode, CardDetailsType, GatewayTransactionReference, MerchantTransactionReference,
//   OriginalGatewayTransactionReference, Outcome, PaymentPaymentType, PaymentReceiptType,
//   PaymentResultValue, PaymentStartInstrumentType, PaymentStartPaymentType, PointOfSaleId,
//   PointOfSaleReference, Status, TokenId, TokenPurpose
// - discriminated unions bound to internally tagged enums: PaymentActionRequestData (on `action`,
//   open), PaymentActionResponseData (on `action`), PaymentInstrumentOutput (on `type`, open)
// - 96 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): CardDetailsType, Outcome, PaymentPaymentType,
//   PaymentReceiptType, PaymentResultValue, Status
// - PosRegistrationRequest.pointOfSaleActivationCode is sensitive (activationCode): bound as
//   `PosRegistrationRequest_activationCode`
// - PosRegistrationResponse.pointOfSaleLicenseKey is sensitive (licenceKey): bound as
//   `PosRegistrationResponse_licenceKey`
// - PosRegistrationRefreshResponse.pointOfSaleLicenseKey is sensitive (licenceKey): bound as
//   `PosRegistrationRefreshResponse_licenceKey`
// - CardDetails.track2Data is sensitive (track2Data): bound as `CardDetails_track2Data`
// - card data and secrets bound to redacting types: CardDetails_cardNumber,
//   CardDetails_track2Data, PosRegistrationRefreshResponse_licenceKey,
//   PosRegistrationRequest_activationCode, PosRegistrationResponse_licenceKey, cardNumber
// - bounded request integers checked: PaymentStartValue_amount

#[allow(unused_imports)]
use crate::ips_cloud::channels::ServerMessage;
#[allow(unused_imports)]
use crate::ips_cloud::client::{Client, FromReplies, IpsError};
#[allow(unused_imports)]
use crate::ips_cloud::types;
/// Every operation a client starts, generated from the channel table.
impl Client {
    /** Receive the latest status of the connected payment device. Answers the `payment-device-status-message` (`/client/v1/device/status`).

Asked by subscribing to `/client/v1/device/status` (`receivePaymentDeviceStatus`, and to the error destination) in a session of its own: no request is answered there, so subscribing is asking, and the first message is the answer. An Error message is [`IpsError::Server`].*/
    pub async fn device_status(
        &self,
    ) -> ::core::result::Result<types::PaymentDeviceStatus, IpsError> {
        self.subscribe_typed::<types::PaymentDeviceStatus>("receivePaymentDeviceStatus")
            .await
    }
    /** Receive the latest status of the payment service. Answers the `payment-service-status-message` (`/client/v1/service/status`).

Asked by subscribing to `/client/v1/service/status` (`receivePaymentServiceStatus`, and to the error destination) in a session of its own: no request is answered there, so subscribing is asking, and the first message is the answer. An Error message is [`IpsError::Server`].*/
    pub async fn service_status(
        &self,
    ) -> ::core::result::Result<types::PaymentServiceStatus, IpsError> {
        self.subscribe_typed::<
                types::PaymentServiceStatus,
            >("receivePaymentServiceStatus")
            .await
    }
    /** Request the restart of the payment device. Answers the `payment-device-restart-response-message` (`/client/v1/device/restart`).

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/device/restart` (`restartPaymentDevice`) in a session of its own, after subscribing to `/client/v1/device/restart` and `/client/v1/error`; ends on `/client/v1/device/restart`. An Error message is [`IpsError::Server`].*/
    pub async fn restart_device<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<types::PaymentDeviceRestartResponse, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentDeviceRestartRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentDeviceRestartRequest,
                types::PaymentDeviceRestartResponse,
            >("restartPaymentDevice", request)
            .await
    }
    /** Cancel a previous payment. Answers every reply, by kind ([`answers::CancelReplies`]).

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/payment/cancel` (`cancelPayment`) in a session of its own, after subscribing to `/client/v1/payment/receipt`, `/client/v1/payment/result`, `/client/v1/payment/complete` and `/client/v1/error`; ends on `/client/v1/payment/complete`. An Error message is [`IpsError::Server`].*/
    pub async fn cancel<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<answers::CancelReplies, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentCancel>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentCancel,
                answers::CancelReplies,
            >("cancelPayment", request)
            .await
    }
    /** Query the receipt of the last payment. Answers every `payment-receipt-message` (`/client/v1/payment/receipt`) that came, in order.

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/payment/query/receipt` (`queryPaymentReceipt`) in a session of its own, after subscribing to `/client/v1/payment/receipt` and `/client/v1/error`; ends when no reply came for [`IpsConfig::receipt_quiet_period`](crate::ips_cloud::IpsConfig::receipt_quiet_period) (the description names no message that ends it). An Error message is [`IpsError::Server`].*/
    pub async fn query_receipt<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<::std::vec::Vec<types::PaymentReceipt>, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentQueryReceipt>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentQueryReceipt,
                ::std::vec::Vec<types::PaymentReceipt>,
            >("queryPaymentReceipt", request)
            .await
    }
    /** Query the result of the last payment. Answers the `payment-result-message` (`/client/v1/payment/result`).

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/payment/query/result` (`queryPaymentResult`) in a session of its own, after subscribing to `/client/v1/payment/result` and `/client/v1/error`; ends on `/client/v1/payment/result`. An Error message is [`IpsError::Server`].*/
    pub async fn query_result<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<types::PaymentResult, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentQueryResult>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentQueryResult,
                types::PaymentResult,
            >("queryPaymentResult", request)
            .await
    }
    /** Request an X or Z Report for the current batch. Answers the `payment-report-batch-response-message` (`/client/v1/payment/report/batch`).

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/payment/report/batch` (`requestBatchReport`) in a session of its own, after subscribing to `/client/v1/payment/report/batch` and `/client/v1/error`; ends on `/client/v1/payment/report/batch`. An Error message is [`IpsError::Server`].*/
    pub async fn batch_report<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<types::PaymentReportBatchResponse, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentReportBatchRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentReportBatchRequest,
                types::PaymentReportBatchResponse,
            >("requestBatchReport", request)
            .await
    }
    /** Settle a previous pre-authorised payment. Answers every reply, by kind ([`answers::SettleReplies`]).

`request` is the message or its builder, checked before anything is sent. Sent on `/v1/payment/settle` (`settlePayment`) in a session of its own, after subscribing to `/client/v1/payment/result`, `/client/v1/payment/complete` and `/client/v1/error`; ends on `/client/v1/payment/complete`. An Error message is [`IpsError::Server`].*/
    pub async fn settle<B>(
        &self,
        request: B,
    ) -> ::core::result::Result<answers::SettleReplies, IpsError>
    where
        B: ::core::convert::TryInto<types::PaymentSettle>,
        B::Error: crate::request::IntoRefusal,
    {
        self.exchange_typed::<
                B,
                types::PaymentSettle,
                answers::SettleReplies,
            >("settlePayment", request)
            .await
    }
}
/// What the operations with replies of several kinds answer.
pub mod answers {
    #[allow(unused_imports)]
    use crate::ips_cloud::types;
    /// What [`Client::cancel`](crate::ips_cloud::Client::cancel) answers: every reply, by kind.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CancelReplies {
        /// Every `payment-receipt-message` (`/client/v1/payment/receipt`) that came, in order.
        pub payment_receipt: ::std::vec::Vec<types::PaymentReceipt>,
        /// Every `payment-result-message` (`/client/v1/payment/result`) that came, in order.
        pub payment_result: ::std::vec::Vec<types::PaymentResult>,
        /// The `payment-complete-message` (`/client/v1/payment/complete`) that ended the operation.
        pub payment_complete: types::PaymentComplete,
    }
    /// What [`Client::settle`](crate::ips_cloud::Client::settle) answers: every reply, by kind.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SettleReplies {
        /// Every `payment-result-message` (`/client/v1/payment/result`) that came, in order.
        pub payment_result: ::std::vec::Vec<types::PaymentResult>,
        /// The `payment-complete-message` (`/client/v1/payment/complete`) that ended the operation.
        pub payment_complete: types::PaymentComplete,
    }
}
impl FromReplies for types::PaymentDeviceStatus {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let found = replies
            .into_iter()
            .find_map(|m| match m {
                ServerMessage::PaymentDeviceStatus(x) => ::core::option::Option::Some(x),
                _ => ::core::option::Option::None,
            });
        crate::ips_cloud::client::required(
            operation,
            "payment-device-status-message",
            found,
        )
    }
}
impl FromReplies for types::PaymentServiceStatus {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let found = replies
            .into_iter()
            .find_map(|m| match m {
                ServerMessage::PaymentServiceStatus(x) => ::core::option::Option::Some(x),
                _ => ::core::option::Option::None,
            });
        crate::ips_cloud::client::required(
            operation,
            "payment-service-status-message",
            found,
        )
    }
}
impl FromReplies for types::PaymentDeviceRestartResponse {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let found = replies
            .into_iter()
            .find_map(|m| match m {
                ServerMessage::PaymentDeviceRestartResponse(x) => {
                    ::core::option::Option::Some(x)
                }
                _ => ::core::option::Option::None,
            });
        crate::ips_cloud::client::required(
            operation,
            "payment-device-restart-response-message",
            found,
        )
    }
}
impl FromReplies for answers::CancelReplies {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let _ = operation;
        let mut payment_receipt = ::std::vec::Vec::new();
        let mut payment_result = ::std::vec::Vec::new();
        let mut payment_complete = ::core::option::Option::None;
        for m in replies {
            match m {
                ServerMessage::PaymentReceipt(x) => payment_receipt.push(x),
                ServerMessage::PaymentResult(x) => payment_result.push(x),
                ServerMessage::PaymentComplete(x) => {
                    payment_complete = ::core::option::Option::Some(x);
                }
                _ => {}
            }
        }
        ::core::result::Result::Ok(Self {
            payment_receipt,
            payment_result,
            payment_complete: crate::ips_cloud::client::required(
                operation,
                "payment-complete-message",
                payment_complete,
            )?,
        })
    }
}
impl FromReplies for ::std::vec::Vec<types::PaymentReceipt> {
    fn from_replies(
        _operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        ::core::result::Result::Ok(
            replies
                .into_iter()
                .filter_map(|m| match m {
                    ServerMessage::PaymentReceipt(x) => ::core::option::Option::Some(x),
                    _ => ::core::option::Option::None,
                })
                .collect(),
        )
    }
}
impl FromReplies for types::PaymentResult {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let found = replies
            .into_iter()
            .find_map(|m| match m {
                ServerMessage::PaymentResult(x) => ::core::option::Option::Some(x),
                _ => ::core::option::Option::None,
            });
        crate::ips_cloud::client::required(operation, "payment-result-message", found)
    }
}
impl FromReplies for types::PaymentReportBatchResponse {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let found = replies
            .into_iter()
            .find_map(|m| match m {
                ServerMessage::PaymentReportBatchResponse(x) => {
                    ::core::option::Option::Some(x)
                }
                _ => ::core::option::Option::None,
            });
        crate::ips_cloud::client::required(
            operation,
            "payment-report-batch-response-message",
            found,
        )
    }
}
impl FromReplies for answers::SettleReplies {
    fn from_replies(
        operation: &'static str,
        replies: ::std::vec::Vec<ServerMessage>,
    ) -> ::core::result::Result<Self, IpsError> {
        let _ = operation;
        let mut payment_result = ::std::vec::Vec::new();
        let mut payment_complete = ::core::option::Option::None;
        for m in replies {
            match m {
                ServerMessage::PaymentResult(x) => payment_result.push(x),
                ServerMessage::PaymentComplete(x) => {
                    payment_complete = ::core::option::Option::Some(x);
                }
                _ => {}
            }
        }
        ::core::result::Result::Ok(Self {
            payment_result,
            payment_complete: crate::ips_cloud::client::required(
                operation,
                "payment-complete-message",
                payment_complete,
            )?,
        })
    }
}
