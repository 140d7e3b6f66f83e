//! The main job, until the simulator lands: build a Card Payments v7
//! authorization (the seed's "Payment authorization for GBP 2.50"),
//! validate it against Worldpay's schema, and show the request it would
//! send, card data redacted.
//!
//! With `WORLDPAY_USERNAME` and `WORLDPAY_PASSWORD` set, it sends the
//! request to Worldpay's try environment and prints the outcome.
//!
//! ```text
//! cargo run --example authorize --features validate
//! ```

use worldpay::auth::Credentials;
use worldpay::card_payments::{self, OPERATIONS, types};
use worldpay::transport::{ClientConfig, Environment};
use worldpay::validate::{Api, Schema};

fn build_request() -> Result<types::CustomerInitiatedTransaction, worldpay::Error> {
    let card = types::CardPlain::builder()
        .card_number("4444333322221111")
        .expiry_date(types::ExpiryDateCard::builder().month(5).year(2035));
    let card: types::CardPlain = card
        .try_into()
        .map_err(worldpay::error::InvalidRequest::from)?;
    let request = types::CustomerInitiatedTransaction::builder()
        .transaction_reference("Memory265-13/08/1876")
        .channel(types::Channel::Ecom)
        .merchant(types::Merchant::builder().entity("default"))
        .instruction(
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
                ),
        );
    request
        .try_into()
        .map_err(|e| worldpay::error::InvalidRequest::from(e).into())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = build_request()?;

    // 1. Validate against the schema Worldpay publishes.
    match Schema::request(Api::CardPayments, "authorize")?.validate_typed(&request) {
        Ok(()) => println!("✔ the request is valid against Card Payments v7 `authorize`"),
        Err(violations) => {
            for v in &violations {
                println!("✘ {v}");
            }
            return Err("the request breaks its schema".into());
        }
    }

    // 2. Show what would go on the wire, redacted.
    let op = OPERATIONS
        .iter()
        .find(|o| o.id == "authorize")
        .expect("listed");
    let environment = Environment::Try;
    let mut body = serde_json::to_value(&request)?;
    worldpay::sensitive::redact_json(&mut body);
    println!("\n{} {}{}", op.method, environment.base_url(), op.path);
    println!("Content-Type: {}", op.request_media_type.unwrap_or("-"));
    println!("Accept: {}", op.response_media_type.unwrap_or("-"));
    println!("Authorization: Basic <redacted>\n");
    println!("{}", serde_json::to_string_pretty(&body)?);
    println!("\nDebug of the typed request: {request:?}");

    // 3. Send it, when credentials are given.
    let Some(credentials) = Credentials::basic_from_env() else {
        println!(
            "\n(not sent: set WORLDPAY_USERNAME and WORLDPAY_PASSWORD to send it to {})",
            environment.base_url()
        );
        return Ok(());
    };
    let client =
        card_payments::Client::new(&ClientConfig::new(environment).credentials(credentials))?;
    match client.authorize_response(request).await {
        Ok(response) => {
            println!("\nWorldpay answered {}:", response.status());
            match response.into_inner() {
                types::AuthorizeResponse::Authorized(a) => println!("authorized: {a:#?}"),
                types::AuthorizeResponse::SentForSettlement(s) => {
                    println!("sent for settlement: {s:#?}")
                }
                types::AuthorizeResponse::Refused(r) => println!(
                    "refused: code {:?}, {:?}",
                    r.refusal_code, r.refusal_description
                ),
                other => println!("an outcome this crate does not know yet: {other:?}"),
            }
        }
        Err(e) => println!("\nthe request failed: {e}"),
    }
    Ok(())
}
