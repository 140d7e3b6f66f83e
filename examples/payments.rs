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
use worldpay::auth::Credentials;
use worldpay::error::InvalidRequest;
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

/// The card both payments use, built with the typed builders (its number
/// prints redacted).
fn card() -> types::builder::CardPlain {
    types::CardPlain::new(
        types::CardExpiryDate::new(5, 2035),
        "John Appleseed",
        "4444333322221111",
    )
}

/// An authorization of GBP 2.50: every value is checked as the schema says
/// when it is built, and a refusal names the field by its JSON path.
fn authorization(reference: &str) -> Result<types::AuthorizationRequest, InvalidRequest> {
    let request = types::AuthorizationRequest::new(
        types::AuthorizationRequestInstruction::new(
            types::Narrative::new("trading name"),
            card(),
            types::Value::new(250, "GBP"),
        ),
        types::Merchant::new("default"),
        reference,
    );
    Ok(request.try_into()?)
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

    let request = authorization("example-v6-1")?;
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

    let partial = types::PartialSettleRequest::new(types::Value::new(100, "GBP"));
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

    let migrate = types::MigrateRecurringAuthorizationRequest::new(
        types::MigrateRecurringAuthorizationRequestInstruction::new(
            types::Intent::Subscription,
            types::Narrative::new("trading name"),
            card(),
            types::Value::new(250, "GBP"),
        ),
        types::Merchant::new("default"),
        "example-v6-2",
    );
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
