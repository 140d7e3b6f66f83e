// @generated: do not edit by hand; change the schema or codegen/ and run
// `cargo build --features codegen`.
// Source: schemas/card-payments-v7/openapi.yaml with schemas/card-payments-v7/api.yaml (sha256 3004bbf6151ecb572533fe95588a48bdb24b20f655a44bc95890ac27b05e6f6d)
// Generators: typify 0.8.0, progenitor-impl 0.15.1, prettyplease 0.3.0
// Fix-ups applied:
// - patch `currency-pattern-single-letter`: `currency` has `pattern: ^[A-Z]$` (one letter) and
//   length 3, which no value satisfies; every example sends ISO 4217 codes such as "GBP". The
//   pattern becomes `^[A-Z]{3}$`.
// - patch `narrative-pattern-unescaped-brackets`: `narrative.line1`/`line2` use `[...?[]{}~...]`:
//   the unescaped `]` ends the character class early, so the pattern demands a literal `{}~/` and
//   rejects the example "MindPalace". The brackets are escaped.
// - patch `expiry-date-integer-pattern`: `expiryDateCard`/`expiryDateToken` give the integers
//   `month` and `year` a string `pattern`, which JSON Schema ignores for integers (month 13 would
//   pass). The patterns become the bounds they mean: month 1..=12, year 1000..=9999.
// - patch `risk-factor-items-untyped`: `riskFactors` is an array of bare objects: the published
//   file gives its items no properties, so a generator can only keep them as untyped JSON.
//   Worldpay's reference page and every example give each item `type` (avs, cvc, riskProfile),
//   `risk` (notChecked, notMatched, notSupplied, verificationFailed) and an optional `detail`
//   (address, postcode); the items get those properties (open enums in answers, as every response
//   enum).
// - patch `events-answers-links`: `payments_events_200_response` and
//   `payments_events_recovery_200_response` list only `lastEvent`, while Worldpay's examples and
//   its "query a payment" pages answer both queries with `_links` to the payment's next actions
//   (cancel, settle, partial settle, refund, ...). Without them a payment recovered after a lost
//   answer could not be acted on. Both get `_links` listing every action of the payment's link
//   lists; which ones an answer offers is checked when a link is followed.
// - patch `events-recovery-query-parameters`: `eventRecovery` (`GET /payments/events`) lists no
//   parameters, while Worldpay's "query a payment" pages call it as
//   `?transactionRef={transactionReference}&entity={merchant entity}`. Both query parameters are
//   added, required, typed as the request's `transactionReference` and `entity`.
// - patch `masked-instrument-token-number`: `responsePaymentInstrument` omits `tokenNumber`, which
//   Worldpay's answers to an encrypted-wallet authorization carry (masked, like
//   `555555******4444`, with `type` `card/network+masked`). It is added as a string, so it is kept
//   (and, being a token number, redacted).
// - patch `split-funding-reference-spaces`: `merchant.marketplace.splitFundingReference` (partial
//   settle, partial refund) has a pattern without a space, while Worldpay's own examples send "my
//   split funding ref". A space is added to the pattern's class.
// - patch `account-updater-message-typo`: `updatedPaymentInstrument.accountUpdaterMessage` lists
//   "TThe expiration date was changed" (doubled T), while Worldpay's page shows "The expiry was
//   changed". Both spellings Worldpay may send are listed; the enum is open in responses anyway.
// - patch `events-recovery-send-for-cancellation`:
//   `payments_events_recovery_200_response.lastEvent` lists "Send for Cancellation" where the
//   event query lists "Sent for Cancellation". The correct spelling is added beside the published
//   one.
// - allOf cycles broken (the member leading back removed, its required fields and tag kept):
//   exemption_authentication-outage → exemption, exemption_external → exemption
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of increaseAuthorize 400 corrected
//   to `application/vnd.worldpay.payments-v7+json`
// - media type key `aapplication/vnd.worldpay.payments-v7+json` of settle 500 corrected to
//   `application/vnd.worldpay.payments-v7+json`
// - lookahead pattern rewritten: `^(?!\s*$)[0-9\s()+-/.x]*$` →
//   `^[0-9\s()+-/.x]*?[0-9()+-/.x][0-9\s()+-/.x]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9 ]*$` → `^[A-Za-z0-9
//   ]*?[A-Za-z0-9][A-Za-z0-9 ]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z0-9\s]*$` →
//   `^[A-Za-z0-9\s]*?[A-Za-z0-9][A-Za-z0-9\s]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[A-Za-z\s-]*$` →
//   `^[A-Za-z\s-]*?[A-Za-z-][A-Za-z\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s-]*$` →
//   `^[a-zA-Z0-9\s-]*?[a-zA-Z0-9-][a-zA-Z0-9\s-]*$`
// - lookahead pattern rewritten: `^(?!\s*$)[a-zA-Z0-9\s]*$` →
//   `^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$`
// - lookahead pattern kept (ECMAScript only): `^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$`
// - discriminator values set as constants on their branches: cit_cardOnFile, cit_installment,
//   cit_subscription, exemption_authentication-outage, exemption_external, mit_delayedCharge,
//   mit_installment, mit_noShow, mit_reauthorization, mit_resubmission, mit_subscription,
//   mit_unscheduled, payments_authorize_201_refusal, payments_authorize_201_refusal_mit,
//   payments_authorize_201_response, payments_authorize_201_response_mit,
//   payments_increaseAuthorize_response, payments_increaseAuthorize_response_refused,
//   payments_sentForSettlement_201_response, payments_sentForSettlement_201_response_mit
// - 24 reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0
//   requires
// - 1 descriptions with unlabelled code blocks labelled `text` (not doctests)
// - 14 `_links` properties bound to the HAL link map (every relation and curie kept)
// - 162 inline schemas named after their property (69 identical uses share a type): Account,
//   AccountReference, AccountUpdaterMessage, Address, Address2, AddressAddress1, AgentCode,
//   AgentName, AirlineCode, AirlineName, ArrivalAirport, Authentication, AuthenticationFlow,
//   BillingAddressPhoneNumber, BusinessRegistrationNumber, CancellationIndicator, CardBrand,
//   CardPaymentsCancel, CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount,
//   CardPaymentsPartialCancel, CardPaymentsPartialRefund, CardPaymentsPartialSettle,
//   CardPaymentsRefund, CardPaymentsReverse, CardPaymentsSettle, CarrierCode, Category,
//   ChallengePreference, Channel, Code, CommodityCode, CountryCode, Currency, Customer,
//   CustomerData, CustomerInitiatedTransactionCustomer,
//   CustomerInitiatedTransactionCustomerDocumentReference,
//   CustomerInitiatedTransactionCustomerEmailAddress,
//   CustomerInitiatedTransactionCustomerReference, CustomerInitiatedTransactionInstruction,
//   CustomerInitiatedTransactionInstructionCustomerAgreement,
//   CustomerInitiatedTransactionInstructionPaymentInstrument,
//   CustomerInitiatedTransactionInstructionValue, DateOfBirth, DebitNetwork, DepartureAirport,
//   DepartureDate, Detail, Eci, Email, EmailAddress, ExemptionOutcomeResult, ExpiryDate,
//   FareBasisCode, FareClassCode, FastRefund, FirstName, FirstTwoOfPin, FlightCode, FlightDetail,
//   FundsTransferPhonePhoneNumber, FundsTransferRecipient, FundsTransferRecipientAddress,
//   FundsTransferRecipientAddressCity, FundsTransferRecipientAddressPostalCode,
//   FundsTransferSender, FundsTransferWalletWalletReference, IdentifierType,
//   IndependentSalesOrganizationId, IndustryDataInvoiceReference, InstallmentPlan,
//   InstallmentType, IpAddress, IssueDate, IssuerAddress, IssuerAddressAddress1,
//   IssuerAddressCity, IssuerAddressCountryCode, IssuerAddressPostalCode, Item, ItemName,
//   LastName, Line1, Line2, Merchant, MerchantInitiatedTransactionCustomer,
//   MerchantInitiatedTransactionCustomerDocumentReference,
//   MerchantInitiatedTransactionCustomerEmailAddress,
//   MerchantInitiatedTransactionCustomerReference, MerchantInitiatedTransactionInstruction,
//   MerchantInitiatedTransactionInstructionCustomerAgreement,
//   MerchantInitiatedTransactionInstructionPaymentInstrument,
//   MerchantInitiatedTransactionInstructionValue, MiddleName, NetworkScore, NetworkToken, Number,
//   OrderDate, OrderInvoiceReference, Passenger, PassengerFirstName, PassengerLastName,
//   PaymentsEvents200ResponseLastEvent, PaymentsEventsRecovery200ResponseLastEvent,
//   PaymentsIncreaseAuthorizeResponseAmounts, PaymentsPartialRefundMerchant,
//   PaymentsPartialRefundMerchantMarketplace, PaymentsPartialRefundValue,
//   PaymentsPartialSettleMerchant, PaymentsPartialSettleMerchantMarketplace,
//   PaymentsPartialSettleValue, PaymentsSettleMerchant, PaymentsSettleValue, Placement,
//   PostalCode, PreferredCardBrand, ProductCode, Purpose, Reason, RecipientDocumentReference,
//   RecipientLastName, RecipientPhoneNumber, Reference, Request, RequestAutoSettlement,
//   RequestType, ResponsePaymentInstrumentFundingType, Risk, RiskFactor, RiskFactorType,
//   RoutingFundingType, SchemeId, SchemeReference, SellerCountryCode, SenderAddress,
//   SenderDocumentReference, Sequence, ShippingRecipient, ShippingRecipientAddress,
//   ShippingSender, SocialNetworkReference, SplitFundingReference, State, StoredCardUsage, Street,
//   SubMerchant, SubMerchantAddress, SubMerchantAddressCity, SubMerchantAddressPostalCode,
//   SubMerchantName, SubMerchantPhoneNumber, SubMerchantReference, SwiftBic, ThreeDs, Ticket,
//   Type, UnitOfMeasure, Url, ValidationError, Version, WalletReference
// - inline discriminated unions named: authorizeResponse, increaseAuthorizeResponse,
//   recurringResponse
// - request union branches with no field but the tag made empty objects (no field of their own to
//   send, the tag written by the union): exemption_authentication-outage
// - discriminated unions bound to internally tagged enums: Account (on `type`), CustomerData (on
//   `type`), CustomerInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   CustomerInitiatedTransactionInstructionPaymentInstrument (on `type`),
//   MerchantInitiatedTransactionInstructionCustomerAgreement (on `type`),
//   MerchantInitiatedTransactionInstructionPaymentInstrument (on `type`), authorizeResponse (on
//   `outcome`, open), exemption (on `type`), increaseAuthorizeResponse (on `outcome`, open),
//   recurringResponse (on `outcome`, open)
// - 28 rejecting constraints stripped from response-only schemas
// - response enums made open (unknown values kept): AccountUpdaterMessage, CardBrand, Category,
//   DebitNetwork, Detail, ExemptionOutcomeResult, PaymentsEvents200ResponseLastEvent,
//   PaymentsEventsRecovery200ResponseLastEvent, Reason, ResponsePaymentInstrumentFundingType,
//   Risk, RiskFactorType
// - card data and secrets bound to redacting types: accountNumber, authenticationValue,
//   cardHolderName, cardNumber, cryptogram, cvc, fundsTransfer_card_cardNumber, iban,
//   responsePaymentInstrument_tokenNumber, routingNumber, tokenNumber,
//   updatedPaymentInstrument_cardNumber, walletToken
// - bounded request integers checked: expiryDateCard_month, expiryDateCard_year,
//   expiryDateToken_month, expiryDateToken_year
// - 60 error responses read raw and decoded by status (ErrorResponse, ValidationErrorResponse)
// - 21 schemas no operation reaches any more left out of generation: CardPaymentsCancel,
//   CardPaymentsEvents, CardPaymentsIncreaseAuthorizedAmount, CardPaymentsPartialCancel,
//   CardPaymentsPartialRefund, CardPaymentsPartialSettle, CardPaymentsRefund, CardPaymentsReverse,
//   CardPaymentsSettle, exemption_type, payments_links_list_authorized,
//   payments_links_list_events, payments_links_list_fullCancel, payments_links_list_fullRefund,
//   payments_links_list_fullSettle, payments_links_list_increaseAuthorizedAmount,
//   payments_links_list_partialCancel, payments_links_list_partialRefund,
//   payments_links_list_partialSettle, payments_links_list_reversal,
//   payments_links_list_sentForSettlement

#[allow(unused_imports)]
use super::{rel, types, Client};
impl Client {
    /** Take a card payment. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /cardPayments/customerInitiatedTransactions` (`authorize`).*/
    pub async fn authorize<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        crate::card_payments::types::AuthorizeResponse,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::CustomerInitiatedTransaction>,
        B::Error: crate::request::IntoRefusal,
    {
        self.authorize_response(body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`authorize`](Self::authorize), with the answer's status and headers.
    pub async fn authorize_response<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<
            crate::card_payments::types::AuthorizeResponse,
        >,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::CustomerInitiatedTransaction>,
        B::Error: crate::request::IntoRefusal,
    {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::CustomerInitiatedTransaction>("authorize", body)?,
        );
        self.core.call("authorize", &path, &query, body).await
    }
    /** Take a repeat card payment. `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /cardPayments/merchantInitiatedTransactions` (`recurring`).*/
    pub async fn recurring<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        crate::card_payments::types::RecurringResponse,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MerchantInitiatedTransaction>,
        B::Error: crate::request::IntoRefusal,
    {
        self.recurring_response(body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`recurring`](Self::recurring), with the answer's status and headers.
    pub async fn recurring_response<B>(
        &self,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<
            crate::card_payments::types::RecurringResponse,
        >,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::MerchantInitiatedTransaction>,
        B::Error: crate::request::IntoRefusal,
    {
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::MerchantInitiatedTransaction>("recurring", body)?,
        );
        self.core.call("recurring", &path, &query, body).await
    }
    /** Cancel partial authorization. Follows `cardPayments:partialCancel` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations/cancellations/partials/{linkData}` (`partialCancel`).*/
    pub async fn partial_cancel<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialCancel>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsPartialCancelResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsPartialCancel>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partial_cancel_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partial_cancel`](Self::partial_cancel), with the answer's status and headers.
    pub async fn partial_cancel_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialCancel>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsPartialCancelResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsPartialCancel>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsPartialCancel>("partialCancel", body)?,
        );
        self.core.follow::<rel::PartialCancel, _>(from, body).await
    }
    /** Cancel full authorization. Follows `cardPayments:cancel` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations/cancellations/{linkData}` (`cancel`).*/
    pub async fn cancel<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Cancel>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsFullCancelResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsCancel>,
        B::Error: crate::request::IntoRefusal,
    {
        self.cancel_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`cancel`](Self::cancel), with the answer's status and headers.
    pub async fn cancel_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Cancel>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsFullCancelResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsCancel>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsCancel>("cancel", body)?,
        );
        self.core.follow::<rel::Cancel, _>(from, body).await
    }
    /** Increase authorization amount. Follows `cardPayments:increaseAuthorizedAmount` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/authorizations/incrementalAuthorizations/{linkData}` (`increaseAuthorize`).*/
    pub async fn increase_authorized_amount<B>(
        &self,
        from: &impl crate::hal::Offers<rel::IncreaseAuthorizedAmount>,
        body: B,
    ) -> ::core::result::Result<
        crate::card_payments::types::IncreaseAuthorizeResponse,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsIncreaseAuthorize>,
        B::Error: crate::request::IntoRefusal,
    {
        self.increase_authorized_amount_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`increase_authorized_amount`](Self::increase_authorized_amount), with the answer's status and headers.
    pub async fn increase_authorized_amount_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::IncreaseAuthorizedAmount>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<
            crate::card_payments::types::IncreaseAuthorizeResponse,
        >,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsIncreaseAuthorize>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<
                    B,
                    types::PaymentsIncreaseAuthorize,
                >("increaseAuthorize", body)?,
        );
        self.core.follow::<rel::IncreaseAuthorizedAmount, _>(from, body).await
    }
    /** Query payment status recovery.

Parameters, checked as their schemas say before anything is sent:
- `transaction_ref`: `transactionRef` (query)
- `entity`: `entity` (query)

 `GET /payments/events` (`eventRecovery`).*/
    pub async fn event_recovery(
        &self,
        transaction_ref: &str,
        entity: &str,
    ) -> ::core::result::Result<types::PaymentsEventsRecovery200Response, crate::Error> {
        self.event_recovery_response(transaction_ref, entity)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`event_recovery`](Self::event_recovery), with the answer's status and headers.
    pub async fn event_recovery_response(
        &self,
        transaction_ref: &str,
        entity: &str,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsEventsRecovery200Response>,
        crate::Error,
    > {
        let transaction_ref_text: ::std::string::String = crate::request::parameter_text::<
            types::TransactionReference,
        >("eventRecovery", "transactionRef", transaction_ref)?;
        let entity_text: ::std::string::String = crate::request::parameter_text::<
            types::Entity,
        >("eventRecovery", "entity", entity)?;
        let path: ::std::vec::Vec<(&str, &str)> = ::std::vec::Vec::new();
        let query: ::std::vec::Vec<(&str, &str)> = [
            ::core::option::Option::Some((
                "transactionRef",
                transaction_ref_text.as_str(),
            )),
            ::core::option::Option::Some(("entity", entity_text.as_str())),
        ]
            .into_iter()
            .flatten()
            .collect();
        let body = ::core::option::Option::None;
        self.core.call("eventRecovery", &path, &query, body).await
    }
    /** Query payment status. Follows `cardPayments:events` of `from` (the answer or stored links that offer it).

 `GET /payments/events/{linkData}` (`eventQuery`).*/
    pub async fn events(
        &self,
        from: &impl crate::hal::Offers<rel::Events>,
    ) -> ::core::result::Result<types::PaymentsEvents200Response, crate::Error> {
        self.events_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`events`](Self::events), with the answer's status and headers.
    pub async fn events_response(
        &self,
        from: &impl crate::hal::Offers<rel::Events>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsEvents200Response>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Events, _>(from, body).await
    }
    /** Reversal. Follows `cardPayments:reverse` of `from` (the answer or stored links that offer it).

 `POST /payments/sales/reversals/{linkData}` (`reversal`).*/
    pub async fn reverse(
        &self,
        from: &impl crate::hal::Offers<rel::Reverse>,
    ) -> ::core::result::Result<types::PaymentsReversalResponse, crate::Error> {
        self.reverse_response(from)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`reverse`](Self::reverse), with the answer's status and headers.
    pub async fn reverse_response(
        &self,
        from: &impl crate::hal::Offers<rel::Reverse>,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsReversalResponse>,
        crate::Error,
    > {
        let body = ::core::option::Option::None;
        self.core.follow::<rel::Reverse, _>(from, body).await
    }
    /** Settle for partial amount. Follows `cardPayments:partialSettle` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/settlements/partials/{linkData}` (`partialSettlement`).*/
    pub async fn partial_settle<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialSettle>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsPartialSettleResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsPartialSettle>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partial_settle_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partial_settle`](Self::partial_settle), with the answer's status and headers.
    pub async fn partial_settle_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialSettle>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsPartialSettleResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsPartialSettle>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self
                .core
                .encode::<B, types::PaymentsPartialSettle>("partialSettlement", body)?,
        );
        self.core.follow::<rel::PartialSettle, _>(from, body).await
    }
    /** Refund full amount. Follows `cardPayments:refund` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/settlements/refunds/full/{linkData}` (`refund`).*/
    pub async fn refund<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Refund>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsFullRefundResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsRefund>,
        B::Error: crate::request::IntoRefusal,
    {
        self.refund_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`refund`](Self::refund), with the answer's status and headers.
    pub async fn refund_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Refund>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsFullRefundResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsRefund>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsRefund>("refund", body)?,
        );
        self.core.follow::<rel::Refund, _>(from, body).await
    }
    /** Refund partial amount. Follows `cardPayments:partialRefund` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/settlements/refunds/partials/{linkData}` (`partialRefund`).*/
    pub async fn partial_refund<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialRefund>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsPartialRefundResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsPartialRefund>,
        B::Error: crate::request::IntoRefusal,
    {
        self.partial_refund_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`partial_refund`](Self::partial_refund), with the answer's status and headers.
    pub async fn partial_refund_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::PartialRefund>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsPartialRefundResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsPartialRefund>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsPartialRefund>("partialRefund", body)?,
        );
        self.core.follow::<rel::PartialRefund, _>(from, body).await
    }
    /** Settle for full amount. Follows `cardPayments:settle` of `from` (the answer or stored links that offer it). `body` is the request or its builder, checked before anything is sent (an empty object is not sent).

 `POST /payments/settlements/{linkData}` (`settle`).*/
    pub async fn settle<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Settle>,
        body: B,
    ) -> ::core::result::Result<types::PaymentsFullSettleResponse, crate::Error>
    where
        B: ::core::convert::TryInto<types::PaymentsSettle>,
        B::Error: crate::request::IntoRefusal,
    {
        self.settle_response(from, body)
            .await
            .map(::progenitor_client::ResponseValue::into_inner)
    }
    /// [`settle`](Self::settle), with the answer's status and headers.
    pub async fn settle_response<B>(
        &self,
        from: &impl crate::hal::Offers<rel::Settle>,
        body: B,
    ) -> ::core::result::Result<
        ::progenitor_client::ResponseValue<types::PaymentsFullSettleResponse>,
        crate::Error,
    >
    where
        B: ::core::convert::TryInto<types::PaymentsSettle>,
        B::Error: crate::request::IntoRefusal,
    {
        let body = ::core::option::Option::Some(
            self.core.encode::<B, types::PaymentsSettle>("settle", body)?,
        );
        self.core.follow::<rel::Settle, _>(from, body).await
    }
}
/// The optional parameters of the operations that have any, a
/// value each (`worldpay::<api>::options`).
pub mod options {}
