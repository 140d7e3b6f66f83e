//! The main job: take a card payment, settle part of it, refund part of
//! that, query its events, and show a refusal, following the links each
//! answer offers. Each step is printed, card data redacted. Then an IPS
//! Cloud card-present sale on the simulator's terminal: register the point
//! of sale, start the sale, answer the signature-verification action, and
//! print the events as they arrive.
//!
//! By default it runs against the embedded simulator. With
//! `WORLDPAY_USERNAME` and `WORLDPAY_PASSWORD` set, it runs the REST flow
//! against Worldpay's try environment (the IPS Cloud sale needs a
//! terminal, so it always runs on the simulator).
//!
//! ```text
//! cargo run --example payment_lifecycle --features simulator
//! ```

use serde::Serialize;
use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::error::InvalidRequest;
use worldpay::ips_cloud::{self, PaymentEvent, PaypointRef};
use worldpay::sim::Simulator;
use worldpay::transport::{ClientConfig, Environment};

fn show<T: Serialize>(label: &str, value: &T) {
    let mut v = serde_json::to_value(value).expect("serializable");
    worldpay::sensitive::redact_json(&mut v);
    println!(
        "{label}:\n{}\n",
        serde_json::to_string_pretty(&v).expect("JSON")
    );
}

/// A customer-initiated authorization of GBP 10.00, built with the typed
/// builders: every value is checked as the schema says before anything is
/// sent, and a refusal names the field by its JSON path.
fn request(
    reference: &str,
    holder: Option<&str>,
) -> Result<types::CustomerInitiatedTransaction, InvalidRequest> {
    let card = types::CardPlain::new("4444333322221111", types::ExpiryDateCard::new(5, 2035));
    let card = match holder {
        Some(name) => card.card_holder_name(name),
        None => card,
    };
    let instruction = types::CustomerInitiatedTransactionInstruction::builder()
        .request_auto_settlement(types::RequestAutoSettlement::builder().enabled(false))
        .narrative(types::Narrative::new("MindPalace"))
        .value(types::CustomerInitiatedTransactionInstructionValue::new(
            1000, "GBP",
        ))
        .payment_instrument(card);
    let request = types::CustomerInitiatedTransaction::new(
        types::Channel::Ecom,
        instruction,
        types::Merchant::new("default"),
        reference,
    );
    Ok(request.try_into()?)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Worldpay's try environment when credentials are given, else the simulator.
    let (_simulator, config) = match Credentials::basic_from_env() {
        Some(credentials) => {
            println!("Using Worldpay's try environment.\n");
            (
                None,
                ClientConfig::new(Environment::Try).credentials(credentials),
            )
        }
        None => {
            let sim = Simulator::start().await?;
            println!(
                "Using the embedded simulator at {} (set WORLDPAY_USERNAME and \
                 WORLDPAY_PASSWORD to use Worldpay's try environment).\n",
                sim.base_url()
            );
            let config = sim.client_config();
            (Some(sim), config)
        }
    };
    let client = Client::new(&config)?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();

    // 1. Take a payment of GBP 10.00.
    let req = request(&format!("lifecycle-{stamp}"), None)?;
    show("1. authorize: request", &req);
    let types::AuthorizeResponse::Authorized(authorized) = client.authorize(req).await? else {
        return Err("the payment was not authorized".into());
    };
    show("   answer (authorized)", &authorized);

    // 2. Settle GBP 6.00 of it, by the answer's cardPayments:partialSettle link.
    let settle: types::PaymentsPartialSettle = types::PaymentsPartialSettle::new(
        "lifecycle-settle-1",
        types::PaymentsPartialSettleValue::new(600, "GBP"),
    )
    .try_into()?;
    show("2. partial settle: request", &settle);
    let settled = client.partial_settle(&authorized, settle).await?;
    show("   answer", &settled);

    // 3. Refund GBP 2.00 of what was settled, by cardPayments:partialRefund.
    let refund: types::PaymentsPartialRefund = types::PaymentsPartialRefund::new(
        "lifecycle-refund-1",
        types::PaymentsPartialRefundValue::new(200, "GBP"),
    )
    .try_into()?;
    show("3. partial refund: request", &refund);
    let refunded = client.partial_refund(&settled, refund).await?;
    show("   answer", &refunded);

    // 4. Query the payment's last event, by cardPayments:events.
    let events = client.events(&refunded).await?;
    show("4. events", &events);

    // 5. A refusal (cardholder name REFUSED), with its code and description.
    let req = request(&format!("lifecycle-refused-{stamp}"), Some("REFUSED"))?;
    match client.authorize(req).await? {
        types::AuthorizeResponse::Refused(refused) => {
            show("5. a refused authorization", &refused);
            println!(
                "   refusal code {:?}: {:?}",
                refused.refusal_code, refused.refusal_description
            );
        }
        other => println!("5. expected a refusal, got the `{}` outcome", other.tag()),
    }

    card_present_sale().await
}

/// An IPS Cloud card-present sale on the simulator: the amount 99.99
/// asks for a signature, which is verified through the flow.
async fn card_present_sale() -> Result<(), Box<dyn std::error::Error>> {
    let sim = Simulator::start().await?;
    println!(
        "6. IPS Cloud card-present sale (simulator at {})",
        sim.base_url()
    );
    let config = sim.ips_cloud_config(PaypointRef::new("INST001")?);
    let registration: ips_cloud::types::PosRegistrationRequest = serde_json::from_value(json!({
        "pointOfSaleId": "D45FGT",
        "pointOfSaleReference": "POS123",
        "pointOfSaleActivationCode": "AV46HTR3"
    }))?;
    let key = ips_cloud::Client::new(config.clone())
        .register(registration)
        .await?;
    println!("   registered; licence key {key:?}");
    let client = ips_cloud::Client::new(config.licence_key(key));
    let sale: ips_cloud::types::PaymentStart = serde_json::from_value(json!({
        "paymentType": "sale",
        "merchantTransactionReference": "LIFECYCLE-IPS-1",
        "instruction": {
            "value": {"amount": 9999},
            "paymentInstrument": {"type": "card/present", "isHandledOnline": true}
        }
    }))?;
    let mut flow = client.start_payment(sale).await?;
    while let Some(event) = flow.next_event().await? {
        match event {
            PaymentEvent::Notification(n) => {
                println!(
                    "   notification: {}",
                    n.notification_text.as_deref().unwrap_or("")
                )
            }
            PaymentEvent::ActionRequest(a) => {
                println!(
                    "   action requested: {}",
                    serde_json::to_value(&a.data)?["action"]
                );
                let answer: ips_cloud::types::PaymentActionResponse =
                    serde_json::from_value(json!({
                        "merchantTransactionReference": a.merchant_transaction_reference,
                        "data": {"action": "signature-verification", "isSignatureVerified": true}
                    }))?;
                flow.respond(answer).await?;
                println!("   answered: signature verified");
            }
            PaymentEvent::Receipt(r) => println!(
                "   {} receipt ({} bytes, base64)",
                r.type_.as_ref().map(|t| t.to_string()).unwrap_or_default(),
                r.content.as_ref().map(|c| c.len()).unwrap_or(0)
            ),
            PaymentEvent::Result(r) => {
                for p in &r.payments {
                    println!("   result: {} ({:?})", p.result, p.outcome);
                }
            }
            PaymentEvent::Complete(_) => println!("   complete"),
            other => println!("   {other:?}"),
        }
    }
    Ok(())
}
