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

/// Every destination, named after its operation.
pub mod destination {
    /// `/client/v1/device/restart`: Receive the details the device restart request.
    pub const RECEIVE_PAYMENT_DEVICE_RESTART: &str = "/client/v1/device/restart";
    /// `/client/v1/device/status`: Receive the latest status of the connected payment device.
    pub const RECEIVE_PAYMENT_DEVICE_STATUS: &str = "/client/v1/device/status";
    /// `/client/v1/error`: Receive errors that have occurring during processing a request.
    pub const RECEIVE_ERROR: &str = "/client/v1/error";
    /// `/client/v1/payment/action`: Receive a request to take an action in order to proceed with in-flight payment.
    pub const RECEIVE_PAYMENT_ACTION_REQUEST: &str = "/client/v1/payment/action";
    /// `/client/v1/payment/complete`: Receive confirmation that the payment process has completed.
    pub const RECEIVE_PAYMENT_COMPLETE: &str = "/client/v1/payment/complete";
    /// `/client/v1/payment/notification`: Receive real-time status updates for an in-flight payment.
    pub const RECEIVE_PAYMENT_NOTIFICATION: &str = "/client/v1/payment/notification";
    /// `/client/v1/payment/receipt`: Receive the content of the receipt(s) for the payment.
    pub const RECEIVE_PAYMENT_RECEIPT: &str = "/client/v1/payment/receipt";
    /// `/client/v1/payment/report/batch`: Receive the X or Z Report for the current batch.
    pub const RECEIVE_BATCH_REPORT: &str = "/client/v1/payment/report/batch";
    /// `/client/v1/payment/result`: Receive the result of a completed payment.
    pub const RECEIVE_PAYMENT_RESULT: &str = "/client/v1/payment/result";
    /// `/client/v1/pos/registration`: Receive confirmation of the Point of Sale's registration.
    pub const RECEIVE_POINT_OF_SALE_REGISTRATION: &str = "/client/v1/pos/registration";
    /// `/client/v1/pos/registration/refresh`: Receive confirmation of the Point of Sale's registration refesh.
    pub const RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH: &str = "/client/v1/pos/registration/refresh";
    /// `/client/v1/service/status`: Receive the latest status of the payment service.
    pub const RECEIVE_PAYMENT_SERVICE_STATUS: &str = "/client/v1/service/status";
    /// `/v1/device/restart`: Request the restart of the payment device.
    pub const RESTART_PAYMENT_DEVICE: &str = "/v1/device/restart";
    /// `/v1/payment`: Initiate a new payment.
    pub const START_PAYMENT: &str = "/v1/payment";
    /// `/v1/payment/abort`: Abort a check card payment request.
    pub const ABORT_PAYMENT: &str = "/v1/payment/abort";
    /// `/v1/payment/action`: Confirm the action taken for an in-flight payment.
    pub const SEND_PAYMENT_ACTION: &str = "/v1/payment/action";
    /// `/v1/payment/cancel`: Cancel a previous payment.
    pub const CANCEL_PAYMENT: &str = "/v1/payment/cancel";
    /// `/v1/payment/query/receipt`: Query the receipt of the last payment.
    pub const QUERY_PAYMENT_RECEIPT: &str = "/v1/payment/query/receipt";
    /// `/v1/payment/query/result`: Query the result of the last payment.
    pub const QUERY_PAYMENT_RESULT: &str = "/v1/payment/query/result";
    /// `/v1/payment/report/batch`: Request an X or Z Report for the current batch.
    pub const REQUEST_BATCH_REPORT: &str = "/v1/payment/report/batch";
    /// `/v1/payment/settle`: Settle a previous pre-authorised payment.
    pub const SETTLE_PAYMENT: &str = "/v1/payment/settle";
    /// `/v1/pos/registration`: Register a new Point of Sale device.
    pub const REGISTER_POINT_OF_SALE: &str = "/v1/pos/registration";
    /// `/v1/pos/registration/refresh`: Refresh the Point of Sale device's registration.
    pub const REFRESH_POINT_OF_SALE_REGISTRATION: &str = "/v1/pos/registration/refresh";
}
/// Every channel operation: direction, message, and for requests the
/// destinations to subscribe to first and those that end the
/// operation.
pub const CHANNELS: &[crate::ips_cloud::Channel] = &[
    crate::ips_cloud::Channel {
        destination: "/client/v1/device/restart",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentDeviceRestart",
        message: "payment-device-restart-response-message",
        summary: "Receive the details the device restart request.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/device/status",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentDeviceStatus",
        message: "payment-device-status-message",
        summary: "Receive the latest status of the connected payment device.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/error",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receiveError",
        message: "error-message",
        summary: "Receive errors that have occurring during processing a request.",
        replies: &[],
        terminal: &[],
        authenticated: false,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/action",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentActionRequest",
        message: "payment-action-request-message",
        summary: "Receive a request to take an action in order to proceed with in-flight payment.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/complete",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentComplete",
        message: "payment-complete-message",
        summary: "Receive confirmation that the payment process has completed.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/notification",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentNotification",
        message: "payment-notification-message",
        summary: "Receive real-time status updates for an in-flight payment.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/receipt",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentReceipt",
        message: "payment-receipt-message",
        summary: "Receive the content of the receipt(s) for the payment.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/report/batch",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receiveBatchReport",
        message: "payment-report-batch-response-message",
        summary: "Receive the X or Z Report for the current batch.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/payment/result",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentResult",
        message: "payment-result-message",
        summary: "Receive the result of a completed payment.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/pos/registration",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePointOfSaleRegistration",
        message: "pos-registration-response-message",
        summary: "Receive confirmation of the Point of Sale's registration.",
        replies: &[],
        terminal: &[],
        authenticated: false,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/pos/registration/refresh",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePointOfSaleRegistrationRefresh",
        message: "pos-registration-refresh-response-message",
        summary: "Receive confirmation of the Point of Sale's registration refesh.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/client/v1/service/status",
        direction: crate::ips_cloud::Direction::Subscribe,
        operation_id: "receivePaymentServiceStatus",
        message: "payment-service-status-message",
        summary: "Receive the latest status of the payment service.",
        replies: &[],
        terminal: &[],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/device/restart",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "restartPaymentDevice",
        message: "payment-device-restart-request-message",
        summary: "Request the restart of the payment device.",
        replies: &["/client/v1/device/restart", "/client/v1/error"],
        terminal: &["/client/v1/device/restart", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "startPayment",
        message: "payment-start-message",
        summary: "Initiate a new payment.",
        replies: &[
            "/client/v1/payment/notification",
            "/client/v1/payment/action",
            "/client/v1/payment/receipt",
            "/client/v1/payment/result",
            "/client/v1/payment/complete",
            "/client/v1/error",
        ],
        terminal: &["/client/v1/payment/complete", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/abort",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "abortPayment",
        message: "payment-abort-message",
        summary: "Abort a check card payment request.",
        replies: &[
            "/client/v1/payment/notification",
            "/client/v1/payment/action",
            "/client/v1/payment/receipt",
            "/client/v1/payment/result",
            "/client/v1/payment/complete",
            "/client/v1/error",
        ],
        terminal: &["/client/v1/payment/complete", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/action",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "sendPaymentAction",
        message: "payment-action-complete-message",
        summary: "Confirm the action taken for an in-flight payment.",
        replies: &[
            "/client/v1/payment/notification",
            "/client/v1/payment/action",
            "/client/v1/payment/receipt",
            "/client/v1/payment/result",
            "/client/v1/payment/complete",
            "/client/v1/error",
        ],
        terminal: &["/client/v1/payment/complete", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/cancel",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "cancelPayment",
        message: "payment-cancel-message",
        summary: "Cancel a previous payment.",
        replies: &[
            "/client/v1/payment/receipt",
            "/client/v1/payment/result",
            "/client/v1/payment/complete",
            "/client/v1/error",
        ],
        terminal: &["/client/v1/payment/complete", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/query/receipt",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "queryPaymentReceipt",
        message: "payment-query-receipt-message",
        summary: "Query the receipt of the last payment.",
        replies: &["/client/v1/payment/receipt", "/client/v1/error"],
        terminal: &["/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/query/result",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "queryPaymentResult",
        message: "payment-query-result-message",
        summary: "Query the result of the last payment.",
        replies: &["/client/v1/payment/result", "/client/v1/error"],
        terminal: &["/client/v1/payment/result", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/report/batch",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "requestBatchReport",
        message: "payment-report-batch-request-message",
        summary: "Request an X or Z Report for the current batch.",
        replies: &["/client/v1/payment/report/batch", "/client/v1/error"],
        terminal: &["/client/v1/payment/report/batch", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/payment/settle",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "settlePayment",
        message: "payment-settle-message",
        summary: "Settle a previous pre-authorised payment.",
        replies: &[
            "/client/v1/payment/result",
            "/client/v1/payment/complete",
            "/client/v1/error",
        ],
        terminal: &["/client/v1/payment/complete", "/client/v1/error"],
        authenticated: true,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/pos/registration",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "registerPointOfSale",
        message: "pos-registration-request-message",
        summary: "Register a new Point of Sale device.",
        replies: &["/client/v1/pos/registration", "/client/v1/error"],
        terminal: &["/client/v1/pos/registration", "/client/v1/error"],
        authenticated: false,
    },
    crate::ips_cloud::Channel {
        destination: "/v1/pos/registration/refresh",
        direction: crate::ips_cloud::Direction::Publish,
        operation_id: "refreshPointOfSaleRegistration",
        message: "pos-registration-refresh-request-message",
        summary: "Refresh the Point of Sale device's registration.",
        replies: &["/client/v1/pos/registration/refresh", "/client/v1/error"],
        terminal: &["/client/v1/pos/registration/refresh", "/client/v1/error"],
        authenticated: true,
    },
];
/// A message the server sends, decoded by the destination it came on.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ServerMessage {
    /// `payment-device-restart-response-message`, on `/client/v1/device/restart`.
    PaymentDeviceRestartResponse(super::types::PaymentDeviceRestartResponse),
    /// `payment-device-status-message`, on `/client/v1/device/status`.
    PaymentDeviceStatus(super::types::PaymentDeviceStatus),
    /// `error-message`, on `/client/v1/error`.
    Error(super::types::Error),
    /// `payment-action-request-message`, on `/client/v1/payment/action`.
    PaymentActionRequest(super::types::PaymentActionRequest),
    /// `payment-complete-message`, on `/client/v1/payment/complete`.
    PaymentComplete(super::types::PaymentComplete),
    /// `payment-notification-message`, on `/client/v1/payment/notification`.
    PaymentNotification(super::types::PaymentNotification),
    /// `payment-receipt-message`, on `/client/v1/payment/receipt`.
    PaymentReceipt(super::types::PaymentReceipt),
    /// `payment-report-batch-response-message`, on `/client/v1/payment/report/batch`.
    PaymentReportBatchResponse(super::types::PaymentReportBatchResponse),
    /// `payment-result-message`, on `/client/v1/payment/result`.
    PaymentResult(super::types::PaymentResult),
    /// `pos-registration-response-message`, on `/client/v1/pos/registration`.
    PosRegistrationResponse(super::types::PosRegistrationResponse),
    /// `pos-registration-refresh-response-message`, on `/client/v1/pos/registration/refresh`.
    PosRegistrationRefreshResponse(super::types::PosRegistrationRefreshResponse),
    /// `payment-service-status-message`, on `/client/v1/service/status`.
    PaymentServiceStatus(super::types::PaymentServiceStatus),
    /// A destination unknown when this crate was generated: the body is
    /// kept as received.
    Unrecognized {
        /// The destination.
        destination: ::std::string::String,
        /// The body, as JSON.
        body: crate::tagged_union::Unrecognized,
    },
}
impl ServerMessage {
    /// Decodes `body`, on `destination`.
    pub fn decode(
        destination: &str,
        body: &[u8],
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        match destination {
            "/client/v1/device/restart" => {
                ::serde_json::from_slice(body).map(Self::PaymentDeviceRestartResponse)
            }
            "/client/v1/device/status" => {
                ::serde_json::from_slice(body).map(Self::PaymentDeviceStatus)
            }
            "/client/v1/error" => ::serde_json::from_slice(body).map(Self::Error),
            "/client/v1/payment/action" => {
                ::serde_json::from_slice(body).map(Self::PaymentActionRequest)
            }
            "/client/v1/payment/complete" => {
                ::serde_json::from_slice(body).map(Self::PaymentComplete)
            }
            "/client/v1/payment/notification" => {
                ::serde_json::from_slice(body).map(Self::PaymentNotification)
            }
            "/client/v1/payment/receipt" => {
                ::serde_json::from_slice(body).map(Self::PaymentReceipt)
            }
            "/client/v1/payment/report/batch" => {
                ::serde_json::from_slice(body).map(Self::PaymentReportBatchResponse)
            }
            "/client/v1/payment/result" => {
                ::serde_json::from_slice(body).map(Self::PaymentResult)
            }
            "/client/v1/pos/registration" => {
                ::serde_json::from_slice(body).map(Self::PosRegistrationResponse)
            }
            "/client/v1/pos/registration/refresh" => {
                ::serde_json::from_slice(body).map(Self::PosRegistrationRefreshResponse)
            }
            "/client/v1/service/status" => {
                ::serde_json::from_slice(body).map(Self::PaymentServiceStatus)
            }
            other => {
                let fields: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = if body.iter().all(u8::is_ascii_whitespace) {
                    ::serde_json::Map::new()
                } else {
                    ::serde_json::from_slice(body)?
                };
                ::core::result::Result::Ok(Self::Unrecognized {
                    destination: other.to_string(),
                    body: crate::tagged_union::Unrecognized::new(
                        other.to_string(),
                        fields,
                    ),
                })
            }
        }
    }
    /// The destination of the message.
    pub fn destination(&self) -> &str {
        match self {
            Self::PaymentDeviceRestartResponse(_) => "/client/v1/device/restart",
            Self::PaymentDeviceStatus(_) => "/client/v1/device/status",
            Self::Error(_) => "/client/v1/error",
            Self::PaymentActionRequest(_) => "/client/v1/payment/action",
            Self::PaymentComplete(_) => "/client/v1/payment/complete",
            Self::PaymentNotification(_) => "/client/v1/payment/notification",
            Self::PaymentReceipt(_) => "/client/v1/payment/receipt",
            Self::PaymentReportBatchResponse(_) => "/client/v1/payment/report/batch",
            Self::PaymentResult(_) => "/client/v1/payment/result",
            Self::PosRegistrationResponse(_) => "/client/v1/pos/registration",
            Self::PosRegistrationRefreshResponse(_) => {
                "/client/v1/pos/registration/refresh"
            }
            Self::PaymentServiceStatus(_) => "/client/v1/service/status",
            Self::Unrecognized { destination, .. } => destination,
        }
    }
    /// The message's name in the description (`payment-result-message`),
    /// or `"unrecognized"`.
    pub fn message_name(&self) -> &'static str {
        match self {
            Self::PaymentDeviceRestartResponse(_) => {
                "payment-device-restart-response-message"
            }
            Self::PaymentDeviceStatus(_) => "payment-device-status-message",
            Self::Error(_) => "error-message",
            Self::PaymentActionRequest(_) => "payment-action-request-message",
            Self::PaymentComplete(_) => "payment-complete-message",
            Self::PaymentNotification(_) => "payment-notification-message",
            Self::PaymentReceipt(_) => "payment-receipt-message",
            Self::PaymentReportBatchResponse(_) => {
                "payment-report-batch-response-message"
            }
            Self::PaymentResult(_) => "payment-result-message",
            Self::PosRegistrationResponse(_) => "pos-registration-response-message",
            Self::PosRegistrationRefreshResponse(_) => {
                "pos-registration-refresh-response-message"
            }
            Self::PaymentServiceStatus(_) => "payment-service-status-message",
            Self::Unrecognized { .. } => "unrecognized",
        }
    }
}
/// The payload alone, as it goes on the wire.
impl ::serde::Serialize for ServerMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::PaymentDeviceRestartResponse(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PaymentDeviceStatus(inner) => ::serde::Serialize::serialize(inner, s),
            Self::Error(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentActionRequest(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentComplete(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentNotification(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentReceipt(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentReportBatchResponse(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PaymentResult(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PosRegistrationResponse(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PosRegistrationRefreshResponse(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PaymentServiceStatus(inner) => ::serde::Serialize::serialize(inner, s),
            Self::Unrecognized { body, .. } => ::serde::Serialize::serialize(body, s),
        }
    }
}
/// A message the client sends, decoded by the destination it goes to (what a server, the simulator included, receives).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ClientMessage {
    /// `payment-device-restart-request-message`, on `/v1/device/restart`.
    PaymentDeviceRestartRequest(super::types::PaymentDeviceRestartRequest),
    /// `payment-start-message`, on `/v1/payment`.
    PaymentStart(super::types::PaymentStart),
    /// `payment-abort-message`, on `/v1/payment/abort`.
    PaymentAbort(super::types::PaymentAbort),
    /// `payment-action-complete-message`, on `/v1/payment/action`.
    PaymentActionComplete(super::types::PaymentActionResponse),
    /// `payment-cancel-message`, on `/v1/payment/cancel`.
    PaymentCancel(super::types::PaymentCancel),
    /// `payment-query-receipt-message`, on `/v1/payment/query/receipt`.
    PaymentQueryReceipt(super::types::PaymentQueryReceipt),
    /// `payment-query-result-message`, on `/v1/payment/query/result`.
    PaymentQueryResult(super::types::PaymentQueryResult),
    /// `payment-report-batch-request-message`, on `/v1/payment/report/batch`.
    PaymentReportBatchRequest(super::types::PaymentReportBatchRequest),
    /// `payment-settle-message`, on `/v1/payment/settle`.
    PaymentSettle(super::types::PaymentSettle),
    /// `pos-registration-request-message`, on `/v1/pos/registration`.
    PosRegistrationRequest(super::types::PosRegistrationRequest),
    /// `pos-registration-refresh-request-message`, on `/v1/pos/registration/refresh`.
    PosRegistrationRefreshRequest(super::types::PosRegistrationRefreshRequest),
    /// A destination unknown when this crate was generated: the body is
    /// kept as received.
    Unrecognized {
        /// The destination.
        destination: ::std::string::String,
        /// The body, as JSON.
        body: crate::tagged_union::Unrecognized,
    },
}
impl ClientMessage {
    /// Decodes `body`, on `destination`.
    pub fn decode(
        destination: &str,
        body: &[u8],
    ) -> ::core::result::Result<Self, ::serde_json::Error> {
        match destination {
            "/v1/device/restart" => {
                ::serde_json::from_slice(body).map(Self::PaymentDeviceRestartRequest)
            }
            "/v1/payment" => ::serde_json::from_slice(body).map(Self::PaymentStart),
            "/v1/payment/abort" => ::serde_json::from_slice(body).map(Self::PaymentAbort),
            "/v1/payment/action" => {
                ::serde_json::from_slice(body).map(Self::PaymentActionComplete)
            }
            "/v1/payment/cancel" => {
                ::serde_json::from_slice(body).map(Self::PaymentCancel)
            }
            "/v1/payment/query/receipt" => {
                ::serde_json::from_slice(body).map(Self::PaymentQueryReceipt)
            }
            "/v1/payment/query/result" => {
                ::serde_json::from_slice(body).map(Self::PaymentQueryResult)
            }
            "/v1/payment/report/batch" => {
                ::serde_json::from_slice(body).map(Self::PaymentReportBatchRequest)
            }
            "/v1/payment/settle" => {
                ::serde_json::from_slice(body).map(Self::PaymentSettle)
            }
            "/v1/pos/registration" => {
                ::serde_json::from_slice(body).map(Self::PosRegistrationRequest)
            }
            "/v1/pos/registration/refresh" => {
                ::serde_json::from_slice(body).map(Self::PosRegistrationRefreshRequest)
            }
            other => {
                let fields: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = if body.iter().all(u8::is_ascii_whitespace) {
                    ::serde_json::Map::new()
                } else {
                    ::serde_json::from_slice(body)?
                };
                ::core::result::Result::Ok(Self::Unrecognized {
                    destination: other.to_string(),
                    body: crate::tagged_union::Unrecognized::new(
                        other.to_string(),
                        fields,
                    ),
                })
            }
        }
    }
    /// The destination of the message.
    pub fn destination(&self) -> &str {
        match self {
            Self::PaymentDeviceRestartRequest(_) => "/v1/device/restart",
            Self::PaymentStart(_) => "/v1/payment",
            Self::PaymentAbort(_) => "/v1/payment/abort",
            Self::PaymentActionComplete(_) => "/v1/payment/action",
            Self::PaymentCancel(_) => "/v1/payment/cancel",
            Self::PaymentQueryReceipt(_) => "/v1/payment/query/receipt",
            Self::PaymentQueryResult(_) => "/v1/payment/query/result",
            Self::PaymentReportBatchRequest(_) => "/v1/payment/report/batch",
            Self::PaymentSettle(_) => "/v1/payment/settle",
            Self::PosRegistrationRequest(_) => "/v1/pos/registration",
            Self::PosRegistrationRefreshRequest(_) => "/v1/pos/registration/refresh",
            Self::Unrecognized { destination, .. } => destination,
        }
    }
    /// The message's name in the description (`payment-result-message`),
    /// or `"unrecognized"`.
    pub fn message_name(&self) -> &'static str {
        match self {
            Self::PaymentDeviceRestartRequest(_) => {
                "payment-device-restart-request-message"
            }
            Self::PaymentStart(_) => "payment-start-message",
            Self::PaymentAbort(_) => "payment-abort-message",
            Self::PaymentActionComplete(_) => "payment-action-complete-message",
            Self::PaymentCancel(_) => "payment-cancel-message",
            Self::PaymentQueryReceipt(_) => "payment-query-receipt-message",
            Self::PaymentQueryResult(_) => "payment-query-result-message",
            Self::PaymentReportBatchRequest(_) => "payment-report-batch-request-message",
            Self::PaymentSettle(_) => "payment-settle-message",
            Self::PosRegistrationRequest(_) => "pos-registration-request-message",
            Self::PosRegistrationRefreshRequest(_) => {
                "pos-registration-refresh-request-message"
            }
            Self::Unrecognized { .. } => "unrecognized",
        }
    }
}
/// The payload alone, as it goes on the wire.
impl ::serde::Serialize for ClientMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::PaymentDeviceRestartRequest(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PaymentStart(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentAbort(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentActionComplete(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentCancel(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentQueryReceipt(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentQueryResult(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PaymentReportBatchRequest(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PaymentSettle(inner) => ::serde::Serialize::serialize(inner, s),
            Self::PosRegistrationRequest(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::PosRegistrationRefreshRequest(inner) => {
                ::serde::Serialize::serialize(inner, s)
            }
            Self::Unrecognized { body, .. } => ::serde::Serialize::serialize(body, s),
        }
    }
}
/// The JSON path (`a.b`, `[]` for array items) of every value of a
/// request or answer that is card data or a secret: what
/// `worldpay::sensitive::redact_json` redacts, from the same
/// knowledge that binds the redacting types.
pub const SENSITIVE_PATHS: &[&str] = &[
    "paymentInstrument.cardNumber",
    "payments[].paymentInstrument.card.cardNumber",
    "payments[].paymentInstrument.card.track2Data",
    "pointOfSaleActivationCode",
    "pointOfSaleLicenseKey",
];
