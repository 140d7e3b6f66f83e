// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/payments-2024/openapi.yaml with schemas/payments-2024/api.yaml (sha256 6ebf38de6f1755e4ef52c8a78b3a58592bb3a803dcf21eaccabb9114c574e5a5)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+\-/.x]*$` →
//   `^[0-9\s()+\-/.x]*?[0-9()+\-/.x][0-9\s()+\-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(+\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(+\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$` →
//   `^[a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*?[a-zA-Z0-9@!£*#$)(\-_=.,/;:'"][a-zA-Z0-9\s@!£*#$)(\-_=.,/;:'"]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?!\s*$).*$`
// - 1 repeated enum values kept once
// - 3 inline discriminators with a mapping only made unions of their mapping's schemas
// - 3 plain oneOf lists of a union's branches made references to the union
// - discriminators with a mapping only made unions of their mapping's schemas:
//   ChallengeResponse201, ChallengeResponse202, DeviceDataResponse201, DeviceDataResponse202,
//   PaymentsCustomerAgreement, PaymentsInstruction, PaymentsRecipientAccount, PaymentsResponse201,
//   PaymentsResponse202, PaymentsThreeDS, PaymentsUpdatedPaymentInstrument
// - base properties added to the branches that did not list them:
//   PaymentsApplepayInstruction.customerAgreement, PaymentsApplepayInstruction.exemption,
//   PaymentsApplepayInstruction.threeDS, PaymentsApplepayInstruction.tokenCreation,
//   PaymentsGooglepayInstruction.customerAgreement, PaymentsGooglepayInstruction.exemption,
//   PaymentsGooglepayInstruction.tokenCreation
// - discriminator values set as constants on their branches: CardAuthorizedPaymentResponse,
//   ChallengedResponse, DeviceDataRequiredResponse, FraudHighRiskResponse, PaymentRefusedResponse,
//   PaymentsResponse, SentForCancellationResponse, SentForSettlementResponse,
//   UnavailableAuthenticationResponse, UnsuccessfulAuthenticationResponse
// - fixed header parameters sent by the operation table: WP-Api-Version: 2024-06-01
// - 8 `_actions` properties bound to the HAL link map (each action's `method` kept)
// - 9 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 109 inline schemas named after their property (21 identical uses share a type): AcceptHeader,
//   AccountReference, AccountUpdaterMessage, Address3, AuthenticationFlow, AvsNotMatched,
//   BrowserColorDepth, BrowserLanguage, Capability, CardBrand, Category, ChallengePreference,
//   CountryCode, CryptogramAlgorithm, Currency, CustomerDocumentReference, CustomerFirstName,
//   CustomerId, CustomerLastName, CvcNotMatched, Description, Detail, DeviceDataChannel,
//   DocumentReference, Eci, Email, EmailAddress, Entity, FraudOutcome, FundingType,
//   IdentifierType, IndependentSalesOrganizationId, InstallmentType, IssuerResponse, LastEvent,
//   Line1, Line2, Mcc, Method, MiddleName, Name, Namespace, NetworkScore, OrderReference,
//   PaymentInstrument, PaymentRequestChannel, PaymentsCardInstructionPaymentInstrument,
//   PaymentsExemptionRequestType, PaymentsExemptionResult, PaymentsExemptionType,
//   PaymentsExternalThreeDsEci, PaymentsFundsRecipientFirstName, PaymentsFundsRecipientLastName,
//   PaymentsFundsTransferType, PaymentsRecipientAddressPostalCode, PaymentsRecipientLastName,
//   PaymentsShippingAddressAddress1, PaymentsShippingAddressAddress2, PaymentsShippingAddressCity,
//   PaymentsShippingAddressPostalCode, PaymentsShippingAddressState,
//   PaymentsSubMerchantAddressCity, PaymentsSubMerchantEmail, PaymentsSubMerchantReference,
//   PaymentsTransferAddressAddress1, PaymentsTransferAddressAddress2, PaymentsTransferAddressCity,
//   Phone, PhoneNumber, Placement, PostalCode, Preference, PreferredCardBrand, Purpose, Reason,
//   Reference, ReturnUrl, Risk, RiskFactorType, SchemeId, SchemeReference, SocialNetworkReference,
//   State, StoredCardUsage, Street, String1, String2, String3, String4, String5, String6, String7,
//   String8, String9, SwiftBic, TaxReference, ThreeDsOutcome, ThreeDsType, TimeFrame, TimeZone,
//   TmxSessionId, TokenId, TransactionReference, Url, UserAgentHeader, UserType, Version,
//   WalletReference, WindowSize
// - schemas used by both requests and responses split (responses read a lenient copy): ExpiryDate,
//   PaymentsBillingAddress
// - request union branches given the schema they extend inline, its tag removed:
//   PaymentsCardPlainPaymentInstrument, PaymentsDecryptedPaymentInstrument,
//   PaymentsEncryptedPaymentInstrument, PaymentsNetworkTokenPaymentInstrument,
//   SessionPaymentInstrument, SessionsDelegatePaymentInstrument, TokenPaymentInstrument
// - discriminated unions bound to internally tagged enums: ChallengeResponse201 (on `outcome`,
//   open), ChallengeResponse202 (on `outcome`, open), DeviceDataResponse201 (on `outcome`, open),
//   DeviceDataResponse202 (on `outcome`, open), PaymentInstrument (on `type`),
//   PaymentsCardInstructionPaymentInstrument (on `type`), PaymentsCustomerAgreement (on `type`),
//   PaymentsInstruction (on `method`), PaymentsRecipientAccount (on `type`), PaymentsResponse201
//   (on `outcome`, open), PaymentsResponse202 (on `outcome`, open), PaymentsThreeDS (on `type`),
//   PaymentsUpdatedPaymentInstrument (on `type`, open)
// - 89 rejecting constraints stripped from response-only schemas
// - 4 request strings with `format: date`/`date-time`/`uuid` bound to the runtime's checked text
//   (`worldpay::format::Date`): format validated, text kept exactly, no date library
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   Detail, FraudOutcome, FundingType, IssuerResponse, LastEvent, PaymentsExemptionResult,
//   PaymentsExemptionType, Reason, Risk, RiskFactorType, ThreeDsOutcome, ThreeDsType
// - PaymentsDecryptedPaymentInstrument.number is sensitive (cardNumber): bound as
//   `PaymentsDecryptedPaymentInstrument_cardNumber`
// - card data and secrets bound to redacting types: Authentication_authenticationValue,
//   PaymentsCardAccount_cardNumber, PaymentsCardPlainPaymentInstrument_cardHolderName,
//   PaymentsCardPlainPaymentInstrument_cardNumber, PaymentsDecryptedPaymentInstrument_cardNumber,
//   PaymentsNetworkTokenPaymentInstrument_cardHolderName, SessionPaymentInstrument_cardHolderName,
//   accountNumber, authenticationValue, cardHolderName, cardNumber, cryptogram, cvc, iban,
//   routingNumber, tokenNumber, walletToken
// - operations answering different bodies by success status, answered as an enum keyed by status:
//   payment, complete3dsChallenge, supply3dsDeviceData
// - 51 error responses read raw and decoded by status (ErrorResponse, HeaderErrorResponse,
//   ValidationErrorResponse)
// - 19 schemas no operation reaches any more left out of generation: AuthorizationActionList,
//   ChallengedActionList, DeviceDataRequiredActionList, PartialRefundActionList,
//   PartialSettleActionList, PaymentsActionCancel, PaymentsActionComplete3dsChallenge,
//   PaymentsActionPartialRefund, PaymentsActionPartialSettle, PaymentsActionRefund,
//   PaymentsActionReverse, PaymentsActionSettle, PaymentsActionSupply3dsDeviceData, PaymentsLink,
//   PaymentsPaymentInstrument, QueryActionList, Self, SentForSettlementActionList,
//   SettleActionList

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Take a payment. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments` (`payment`).*/
    pub async fn payment<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<types::PaymentAnswer, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.payment_response(body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`payment`](Self::payment), with the answer's status and headers.
    pub async fn payment_response<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentAnswer>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentRequest>("payment", body)?,
        );
        self.core.call("payment", &path, &query, body).await
    }
    /** Query a payment's last event. Follows `self` of `from` (the answer or stored links that offer it).

 `GET /api/payments/{linkData}` (`queryEvents`).*/
    pub async fn query_events(
        &self,
        from: &impl crate::hal::Offers<rel::SelfLink>,
    ) -> ::core::result::Result<types::QueryEventsResponse, crate::Error> {
        self.query_events_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`query_events`](Self::query_events), with the answer's status and headers.
    pub async fn query_events_response(
        &self,
        from: &impl crate::hal::Offers<rel::SelfLink>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::QueryEventsResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::SelfLink, _>(from, body).await
    }
    /** Complete a 3DS challenge. Follows `complete3dsChallenge` of `from` (the answer or stored links that offer it).

 `POST /api/payments/{linkData}/3dsChallenges` (`complete3dsChallenge`).*/
    pub async fn complete3ds_challenge(
        &self,
        from: &impl crate::hal::Offers<rel::Complete3dsChallenge>,
    ) -> ::core::result::Result<types::Complete3dsChallengeAnswer, crate::Error> {
        self.complete3ds_challenge_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`complete3ds_challenge`](Self::complete3ds_challenge), with the answer's status and headers.
    pub async fn complete3ds_challenge_response(
        &self,
        from: &impl crate::hal::Offers<rel::Complete3dsChallenge>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Complete3dsChallengeAnswer>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Complete3dsChallenge, _>(from, body).await
    }
    /** Supply 3DS device data. Follows `supply3dsDeviceData` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments/{linkData}/3dsDeviceData` (`supply3dsDeviceData`).*/
    pub async fn supply3ds_device_data<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Supply3dsDeviceData>,
        body: B,
    ) -> ::core::result::Result<types::Supply3dsDeviceDataAnswer, crate::Error>
    where
        B: ::core::convert::TryInto<types::DeviceDataRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.supply3ds_device_data_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`supply3ds_device_data`](Self::supply3ds_device_data), with the answer's status and headers.
    pub async fn supply3ds_device_data_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Supply3dsDeviceData>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::Supply3dsDeviceDataAnswer>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::DeviceDataRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::DeviceDataRequest>("supply3dsDeviceData", body)?,
        );
        self.core.follow::<rel::Supply3dsDeviceData, _>(from, body).await
    }
    /** Cancel an authorization. Follows `cancelPayment` of `from` (the answer or stored links that offer it).

 `POST /api/payments/{linkData}/cancellations` (`cancel`).*/
    pub async fn cancel_payment(
        &self,
        from: &impl crate::hal::Offers<rel::CancelPayment>,
    ) -> ::core::result::Result<types::CancelResponse, crate::Error> {
        self.cancel_payment_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`cancel_payment`](Self::cancel_payment), with the answer's status and headers.
    pub async fn cancel_payment_response(
        &self,
        from: &impl crate::hal::Offers<rel::CancelPayment>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::CancelResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::CancelPayment, _>(from, body).await
    }
    /** Refund part of a payment. Follows `partiallyRefundPayment` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments/{linkData}/partialRefunds` (`partialRefund`).*/
    pub async fn partially_refund_payment<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartiallyRefundPayment>,
        body: B,
    ) -> ::core::result::Result<types::PartialRefundResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsPartialRefundRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partially_refund_payment_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partially_refund_payment`](Self::partially_refund_payment), with the answer's status and headers.
    pub async fn partially_refund_payment_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartiallyRefundPayment>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PartialRefundResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsPartialRefundRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::PaymentsPartialRefundRequest>("partialRefund", body)?,
        );
        self.core.follow::<rel::PartiallyRefundPayment, _>(from, body).await
    }
    /** Settle part of a payment. Follows `partiallySettlePayment` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments/{linkData}/partialSettlements` (`partialSettle`).*/
    pub async fn partially_settle_payment<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartiallySettlePayment>,
        body: B,
    ) -> ::core::result::Result<types::PartialSettleResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsPartialSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partially_settle_payment_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partially_settle_payment`](Self::partially_settle_payment), with the answer's status and headers.
    pub async fn partially_settle_payment_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartiallySettlePayment>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PartialSettleResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsPartialSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::PaymentsPartialSettleRequest>("partialSettle", body)?,
        );
        self.core.follow::<rel::PartiallySettlePayment, _>(from, body).await
    }
    /** Refund a payment in full. Follows `refundPayment` of `from` (the answer or stored links that offer it).

 `POST /api/payments/{linkData}/refunds` (`refund`).*/
    pub async fn refund_payment(
        &self,
        from: &impl crate::hal::Offers<rel::RefundPayment>,
    ) -> ::core::result::Result<types::RefundResponse, crate::Error> {
        self.refund_payment_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`refund_payment`](Self::refund_payment), with the answer's status and headers.
    pub async fn refund_payment_response(
        &self,
        from: &impl crate::hal::Offers<rel::RefundPayment>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::RefundResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::RefundPayment, _>(from, body).await
    }
    /** Reverse a payment. Follows `reversePayment` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments/{linkData}/reversals` (`reversal`).*/
    pub async fn reverse_payment<B>(
        &self,
        from: &impl crate::hal::Offers<rel::ReversePayment>,
        body: B,
    ) -> ::core::result::Result<types::ReversalResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsReversalRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.reverse_payment_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`reverse_payment`](Self::reverse_payment), with the answer's status and headers.
    pub async fn reverse_payment_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::ReversePayment>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::ReversalResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsReversalRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsReversalRequest>("reversal", body)?,
        );
        self.core.follow::<rel::ReversePayment, _>(from, body).await
    }
    /** Settle a payment in full. Follows `settlePayment` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /api/payments/{linkData}/settlements` (`settle`).*/
    pub async fn settle_payment<B>(
        &self,
        from: &impl crate::hal::Offers<rel::SettlePayment>,
        body: B,
    ) -> ::core::result::Result<types::SettleResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        self.settle_payment_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`settle_payment`](Self::settle_payment), with the answer's status and headers.
    pub async fn settle_payment_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::SettlePayment>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::SettleResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsSettleRequest>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsSettleRequest>("settle", body)?,
        );
        self.core.follow::<rel::SettlePayment, _>(from, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
