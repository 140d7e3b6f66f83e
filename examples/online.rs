//! Worldpay Online orders: create an order that only authorizes, capture
//! part of it, refund part of that, read it back, and cancel a second
//! authorized order. Card data is redacted in every line printed.
//!
//! Runs against the embedded simulator; with `WORLDPAY_SERVICE_KEY` set,
//! against Worldpay Online (`https://api.worldpay.com/v1`).
//!
//! ```text
//! cargo run --example online --features simulator
//! ```

use worldpay::auth::Credentials;
use worldpay::error::InvalidRequest;
use worldpay::online::{Client, types};
use worldpay::sim::Simulator;
use worldpay::transport::ClientConfig;

/// An order of GBP 10.00 that only authorizes, built with the typed
/// builders: every value is checked as the schema says, and a refusal
/// names the field by its JSON path.
fn order() -> Result<types::OrderRequest, InvalidRequest> {
    let card = types::CardPaymentMethod::new("4444333322221111", 5, 2035)
        .name("John Appleseed")
        .cvc("123");
    let order = types::OrderRequest::new(1000, "GBP", "Example order")
        .authorize_only(true)
        .name("John Appleseed")
        .payment_method(card);
    Ok(order.try_into()?)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::env::var("WORLDPAY_SERVICE_KEY")
        .ok()
        .filter(|k| !k.is_empty());
    let (_sim, config) = match key {
        Some(k) => (
            None,
            ClientConfig::new(worldpay::online::environments::LIVE)
                .credentials(Credentials::service_key(k)),
        ),
        None => {
            let sim = Simulator::start().await?;
            println!("Using the embedded simulator at {}.\n", sim.base_url());
            let config = sim.service_key_config();
            (Some(sim), config)
        }
    };
    let client = Client::new(&config)?;

    let request = order()?;
    println!("1. create order (Debug, card data redacted): {request:?}\n");
    let created = client.create_order(request).await?;
    let code = created.order_code.clone().ok_or("no order code")?;
    println!("   {code}: {:?}\n", created.payment_status);

    let captured = client.capture(&code, Some(800)).await?;
    println!(
        "2. captured 8.00: {:?}, amount {:?}\n",
        captured.payment_status, captured.amount
    );

    client.refund(&code, Some(300)).await?;
    let after = client.get_order(&code).await?;
    println!("3. refunded 3.00: {:?}\n", after.payment_status);

    let second = client.create_order(order()?).await?;
    let second_code = second.order_code.ok_or("no order code")?;
    client.cancel_order(&second_code).await?;
    let cancelled = client.get_order(&second_code).await?;
    println!(
        "4. second order cancelled while authorized: {:?}",
        cancelled.payment_status
    );
    Ok(())
}
