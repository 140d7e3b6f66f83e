//! Requests are strict: a value that breaks its schema (pattern, length,
//! bound, enum, required field) is refused when the request is built, or
//! before it is sent, with an error naming the field (as Worldpay names it)
//! and the rule.

mod common;

use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::constraint::{InvalidValue, Rule};
use worldpay::error::{Error, InvalidRequest};
use worldpay::transport::{ClientConfig, Environment};

/// A client pointed at a loopback port nothing listens on: any request
/// that got past the checks would fail with a transport error instead.
fn offline_client() -> Client {
    Client::new(
        &ClientConfig::new(Environment::Custom("http://127.0.0.1:9".into()))
            .credentials(Credentials::basic("merchant-user", "s3cret-pass")),
    )
    .unwrap()
}

fn valid_instruction() -> types::builder::CustomerInitiatedTransactionInstruction {
    let card = types::CardPlain::builder()
        .card_number("4444333322221111")
        .expiry_date(types::ExpiryDateCard::builder().month(5).year(2035));
    let card: types::CardPlain = card.try_into().unwrap();
    types::CustomerInitiatedTransactionInstruction::builder()
        .request_auto_settlement(types::RequestAutoSettlement::builder().enabled(false))
        .narrative(types::Narrative::builder().line1("MindPalace"))
        .value(
            types::CustomerInitiatedTransactionInstructionValue::builder()
                .amount(250)
                .currency("GBP"),
        )
        .payment_instrument(
            types::CustomerInitiatedTransactionInstructionPaymentInstrument::from(card),
        )
}

fn valid_request() -> types::builder::CustomerInitiatedTransaction {
    types::CustomerInitiatedTransaction::builder()
        .transaction_reference("Memory265-13/08/1876")
        .channel(types::Channel::Ecom)
        .merchant(types::Merchant::builder().entity("default"))
        .instruction(valid_instruction())
}

async fn refused(body: types::builder::CustomerInitiatedTransaction) -> InvalidRequest {
    match offline_client().authorize(body).await {
        Err(Error::InvalidRequest(e)) => e,
        other => panic!("expected an invalid request, got {other:?}"),
    }
}

#[test]
fn the_seed_request_builds_and_matches_the_fixture() {
    let built: types::CustomerInitiatedTransaction = valid_request().try_into().unwrap();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        common::fixture("card_payments", "authorize.request")
    );
}

#[tokio::test]
async fn a_too_long_reference_names_the_field_and_max_length() {
    let e = refused(valid_request().transaction_reference("x".repeat(65))).await;
    assert_eq!(e.field, "transactionReference");
    assert_eq!(e.rule, Rule::MaxLength(64));
    assert_eq!(e.operation, Some("authorize"));
}

#[tokio::test]
async fn a_pattern_violation_names_the_field_and_pattern() {
    let e = refused(valid_request().transaction_reference("has a space")).await;
    assert_eq!(e.field, "transactionReference");
    assert!(
        matches!(&e.rule, Rule::Pattern(p) if p.starts_with("^[-A-Za-z0-9")),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_missing_nested_field_names_its_path() {
    let instruction = types::CustomerInitiatedTransactionInstruction::builder()
        .request_auto_settlement(types::RequestAutoSettlement::builder().enabled(false));
    let e = refused(valid_request().instruction(instruction)).await;
    assert_eq!(e.rule, Rule::Required);
    assert!(e.field.starts_with("instruction."), "{e:?}");
    assert_eq!(
        e.to_string(),
        format!("authorize: `{}` is required", e.field)
    );
}

#[tokio::test]
async fn a_bad_currency_names_the_nested_field() {
    let instruction = valid_instruction().value(
        types::CustomerInitiatedTransactionInstructionValue::builder()
            .amount(250)
            .currency("GB"),
    );
    let e = refused(valid_request().instruction(instruction)).await;
    assert_eq!(e.field, "instruction.value.currency");
    assert_eq!(e.rule, Rule::MinLength(3));
}

#[tokio::test]
async fn the_narrative_pattern_accepts_what_worldpay_sends_and_refuses_the_rest() {
    // Published pattern (before the named patch) refused "MindPalace".
    assert!(types::Line1::try_from("MindPalace [1]").is_ok());
    let instruction =
        valid_instruction().narrative(types::Narrative::builder().line1("Mind|Palace"));
    let e = refused(valid_request().instruction(instruction)).await;
    assert_eq!(e.field, "instruction.narrative.line1");
    assert!(matches!(e.rule, Rule::Pattern(_)));
}

#[test]
fn an_enum_value_the_schema_does_not_list_is_refused() {
    assert!("pos".parse::<types::Channel>().is_err());
    // Through a builder the refusal names the field and the rule.
    let built: Result<types::CustomerInitiatedTransaction, _> =
        valid_request().channel("pos").try_into();
    let e = InvalidRequest::from(built.unwrap_err());
    assert_eq!(e.field, "channel");
    assert_eq!(e.rule, Rule::Enum);
    let mut body = common::fixture("card_payments", "authorize.request");
    body["channel"] = json!("pos");
    let err = serde_json::from_value::<types::CustomerInitiatedTransaction>(body).unwrap_err();
    assert!(err.to_string().contains("unknown variant `pos`"), "{err}");
}

#[test]
fn card_data_is_checked_without_being_quoted() {
    let e = types::CardNumber::new("4444").unwrap_err();
    assert_eq!(
        e,
        InvalidValue {
            schema: "cardNumber",
            rule: Rule::MinLength(12)
        }
    );
    let e = types::CardNumber::new("4444333322221111x").unwrap_err();
    assert_eq!(e.rule, Rule::Pattern("^[0-9]+$".into()));
    assert!(!e.to_string().contains("4444333322221111"));
    let e = types::Cvc::new("12a").unwrap_err();
    assert_eq!(e.rule, Rule::Pattern("^[0-9]+$".into()));
    assert_eq!(
        types::Cvc::new("12345").unwrap_err().rule,
        Rule::MaxLength(4)
    );
    // Through a builder, the field is named.
    let built: Result<types::CardPlain, _> = types::CardPlain::builder()
        .card_number("4444")
        .expiry_date(types::ExpiryDateCard::builder().month(5).year(2035))
        .try_into();
    let e = InvalidRequest::from(built.unwrap_err());
    assert_eq!(e.field, "cardNumber");
    assert_eq!(e.rule, Rule::MinLength(12));
}

#[test]
fn expiry_month_and_year_are_bounded() {
    assert_eq!(
        types::ExpiryDateCardMonth::new(13).unwrap_err().rule,
        Rule::Maximum(12)
    );
    assert_eq!(
        types::ExpiryDateCardMonth::new(0).unwrap_err().rule,
        Rule::Minimum(1)
    );
    assert_eq!(
        types::ExpiryDateTokenYear::new(999).unwrap_err().rule,
        Rule::Minimum(1000)
    );
    assert!(types::ExpiryDateCardMonth::new(12).is_ok());
    let err = types::ExpiryDateCard::builder().month(13).year(2035);
    let err: Result<types::ExpiryDateCard, _> = err.try_into();
    assert!(err.unwrap_err().to_string().contains("must be at most 12"));
    let mut body = common::fixture("card_payments", "authorize.request");
    body["instruction"]["paymentInstrument"]["expiryDate"]["month"] = json!(13);
    assert!(serde_json::from_value::<types::CustomerInitiatedTransaction>(body).is_err());
}

#[test]
fn a_request_that_breaks_its_schema_does_not_deserialize_either() {
    let mut body = common::fixture("card_payments", "partialSettlement.request");
    body["reference"] = json!("");
    assert!(serde_json::from_value::<types::PaymentsPartialSettle>(body).is_err());
}

/// A union branch whose only field is the tag (the `authenticationOutage`
/// exemption) is an empty object: built by `default()`, sent as the tag
/// alone, and a field it does not have is refused.
#[test]
fn an_exemption_without_fields_is_its_tag_alone() {
    let request: types::CustomerInitiatedTransaction = valid_request()
        .exemption(types::ExemptionAuthenticationOutage::default())
        .try_into()
        .unwrap();
    let sent = serde_json::to_string(&request).unwrap();
    assert!(
        sent.contains(r#""exemption":{"type":"authenticationOutage"}"#),
        "{sent}"
    );
    let mut body = serde_json::to_value(&request).unwrap();
    body["exemption"]["reason"] = json!("anything");
    assert!(serde_json::from_value::<types::CustomerInitiatedTransaction>(body).is_err());
}
