//! Access Worldpay Payments (v6): discover the root resource, authorize by
//! its link, settle part of the payment and cancel the rest by the links of
//! each answer, then migrate a recurring agreement and show the storable
//! link for the next payment. Card data is redacted in every line printed.
//!
//! Runs against the embedded simulator; with `WORLDPAY_USERNAME` and
//! `WORLDPAY_PASSWORD` set, against Worldpay's try environment.
//!
//! ```text
//! cargo run --example payments --features simulator
//! ```

use serde::Serialize;
use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::hal;
use worldpay::payments::{Client, rel, types};
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

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (_sim, config) = match Credentials::basic_from_env() {
        Some(c) => (None, ClientConfig::new(Environment::Try).credentials(c)),
        None => {
            let sim = Simulator::start().await?;
            println!("Using the embedded simulator at {}.\n", sim.base_url());
            let config = sim.client_config();
            (Some(sim), config)
        }
    };
    let client = Client::new(&config)?;

    let request: types::AuthorizationRequest = serde_json::from_value(json!({
        "transactionReference": "example-v6-1",
        "merchant": {"entity": "default"},
        "instruction": {
            "narrative": {"line1": "trading name"},
            "value": {"currency": "GBP", "amount": 250},
            "paymentInstrument": {
                "type": "card/plain",
                "cardHolderName": "John Appleseed",
                "cardNumber": "4444333322221111",
                "cardExpiryDate": {"month": 5, "year": 2035}
            }
        }
    }))?;
    show(
        "1. authorize (by the root's payments:authorize link): request",
        &request,
    );
    let types::AuthorizeResponse::Authorized(authorized) =
        client.authorize_via_root(request).await?
    else {
        return Err("not authorized".into());
    };
    show("   answer", &authorized);

    let partial: types::PartialSettleRequest =
        serde_json::from_value(json!({"value": {"amount": 100, "currency": "GBP"}}))?;
    let settled = client.partial_settle(&authorized, partial).await?;
    show(
        "2. partial settle GBP 1.00 (payments:partialSettle)",
        &settled,
    );

    let cancelled = client.cancel(&settled).await?;
    show("3. cancel the rest (payments:cancel)", &cancelled);
    show(
        "4. events (payments:events)",
        &client.events(&cancelled).await?,
    );

    let migrate: types::MigrateRecurringAuthorizationRequest = serde_json::from_value(json!({
        "transactionReference": "example-v6-2",
        "merchant": {"entity": "default"},
        "instruction": {
            "narrative": {"line1": "trading name"},
            "value": {"currency": "GBP", "amount": 250},
            "paymentInstrument": {
                "type": "card/plain",
                "cardHolderName": "John Appleseed",
                "cardNumber": "4444333322221111",
                "cardExpiryDate": {"month": 5, "year": 2035}
            },
            "intent": "subscription"
        }
    }))?;
    if let types::MigrateRecurringResponse::Authorized(a) =
        client.migrate_recurring_via_root(migrate).await?
        && let Some(link) = hal::offered::<rel::RecurringAuthorize>(&a)
    {
        println!(
            "5. migrated: store this link for the next payment:\n{}\n",
            serde_json::to_string(link)?
        );
    }
    Ok(())
}
