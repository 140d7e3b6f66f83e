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
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::error::InvalidRequest;
use worldpay::ips_cloud::{self, PaymentEvent, PaypointRef, types as ips};
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
    const REFERENCE: &str = "LIFECYCLE-IPS-1";
    let sim = Simulator::start().await?;
    println!(
        "6. IPS Cloud card-present sale (simulator at {})",
        sim.base_url()
    );
    let config = sim.ips_cloud_config(PaypointRef::new("INST001")?);
    // Activation code, point-of-sale id and reference; the code is
    // redacted wherever it prints.
    let registration = ips::PosRegistrationRequest::new("AV46HTR3", "D45FGT", "POS123");
    let key = ips_cloud::Client::new(config.clone())
        .register(registration)
        .await?;
    println!("   registered; licence key {key:?}");
    let client = ips_cloud::Client::new(config.licence_key(key));
    let sale = ips::PaymentStart::new()
        .payment_type(ips::PaymentStartPaymentType::Sale)
        .merchant_transaction_reference(REFERENCE)
        .instruction(
            ips::PaymentStartInstruction::new()
                .value(ips::PaymentStartValue::new().amount(9999))
                .payment_instrument(
                    ips::PaymentStartInstrument::new()
                        .type_(ips::PaymentStartInstrumentType::CardPresent)
                        .is_handled_online(true),
                ),
        );
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
                let action = a.data.as_ref().map(|d| d.tag()).unwrap_or("none");
                println!("   action requested: {action}");
                let answer = ips::PaymentActionResponse::new()
                    .merchant_transaction_reference(REFERENCE)
                    .data(ips::SignatureVerificationResponse::new().is_signature_verified(true));
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
