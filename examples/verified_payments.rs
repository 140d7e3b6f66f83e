//! Access Worldpay Verified Payments: discover the root resource, initiate
//! a verified payment by its link (the seed's example request), and show
//! the documented answer: outcome `3dsDeviceDataRequired` with the device
//! data collection details and the `verifiedPayments:3dsDeviceData` link.
//!
//! Runs against the embedded simulator; with `WORLDPAY_BEARER_TOKEN` set,
//! against Worldpay's try environment.
//!
//! ```text
//! cargo run --example verified_payments --features simulator
//! ```

use worldpay::auth::Credentials;
use worldpay::error::InvalidRequest;
use worldpay::hal;
use worldpay::sim::Simulator;
use worldpay::transport::{ClientConfig, Environment};
use worldpay::verified_payments::{Client, rel, types};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("WORLDPAY_BEARER_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    let (_sim, config) = match token {
        Some(t) => (
            None,
            ClientConfig::new(Environment::Try).credentials(Credentials::bearer(t)),
        ),
        None => {
            let sim = Simulator::start().await?;
            println!("Using the embedded simulator at {}.\n", sim.base_url());
            let config = sim.bearer_config();
            (Some(sim), config)
        }
    };
    let client = Client::new(&config)?;
    // The seed's example request, built with the typed builders: every
    // value is checked as the schema says, a refusal names the field.
    // `type` has one possible value, `card/plain`: the builder sets it.
    let card =
        types::PaymentInstrument::new(types::CardExpiryDate::new(5, 2035), "4444333322221111")
            .card_holder_name("John Appleseed");
    let request: types::VerifiedPaymentRequest = types::VerifiedPaymentRequest::new(
        types::Challenge::new("https://your-website.com/webhook"),
        types::DeviceData::new(
            "text/html",
            "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:47.0)",
        ),
        types::Instruction::new(
            types::Narrative::new("trading name"),
            card,
            types::Value::new(42, "GBP"),
        ),
        types::Merchant::new("an-entity"),
        "uniqueId",
    )
    .try_into()
    .map_err(InvalidRequest::from)?;
    println!("request (Debug, card data redacted): {request:?}\n");
    let answer = client.pay(request).await?;
    println!("outcome: {:?}", answer.outcome);
    if let Some(ddc) = &answer.device_data_collection {
        println!("device data collection: url {} (bin {})", ddc.url, ddc.bin);
    }
    if let Some(link) = hal::offered::<rel::ThreeDsDeviceData>(&answer) {
        println!("next: verifiedPayments:3dsDeviceData -> {}", link.href);
    }
    Ok(())
}
