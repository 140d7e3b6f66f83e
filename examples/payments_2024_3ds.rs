//! Worldpay's Payments API (2024-06-01): a card sale with 3DS, step by step
//! through the `_actions` each answer offers: device data required →
//! supply the device data → challenged → complete the challenge →
//! authorized → settle. Every outcome of each step is a variant of the
//! generated answer type; the example shows what each would mean.
//!
//! Runs against the embedded simulator (a `challengeMandated` preference
//! makes it challenge); with `WORLDPAY_USERNAME` and `WORLDPAY_PASSWORD`
//! set, against Worldpay's try environment (where the device data
//! collection and the challenge happen in the shopper's browser, at the
//! URLs the answers give).
//!
//! ```text
//! cargo run --example payments_2024_3ds --features simulator
//! ```

use worldpay::auth::Credentials;
use worldpay::payments_2024::{Client, types};
use worldpay::sim::Simulator;
use worldpay::transport::{ClientConfig, Environment};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = std::env::var("WORLDPAY_USERNAME")
        .ok()
        .zip(std::env::var("WORLDPAY_PASSWORD").ok());
    let (_sim, config) = match credentials {
        Some((user, password)) => (
            None,
            ClientConfig::new(Environment::Try).credentials(Credentials::basic(user, password)),
        ),
        None => {
            let sim = Simulator::start().await?;
            println!("Using the embedded simulator at {}.\n", sim.base_url());
            let config = sim.client_config();
            (Some(sim), config)
        }
    };
    let client = Client::new(&config)?;

    // The request, built from its generated types: required fields in
    // `new`, the rest by setters, builders nested; every value is checked
    // before anything is sent.
    let card = types::PaymentsCardPlainPaymentInstrument::new(
        "4444333322221111",
        types::ExpiryDate::new(5, 2035),
    )
    .card_holder_name("Sherlock Holmes")
    .cvc("123");
    // `mode` has one possible value, `always`: the builder sets it.
    let three_ds = types::PaymentsIntegratedThreeDs::new(
        types::Challenge::new("https://example.com/3ds/return").preference("challengeMandated"),
        types::DeviceData::new("text/html", "Mozilla/5.0"),
    );
    let request: types::PaymentRequest = types::PaymentRequest::new(
        types::PaymentsCardInstruction::new(
            types::Narrative::new("MindPalace"),
            card,
            types::Value::new(250, "GBP"),
        )
        .three_ds(three_ds),
        types::Merchant::new("default"),
        "sale-3ds-0001",
    )
    .try_into()?;
    println!("request (Debug, card data redacted): {request:?}\n");

    use types::PaymentAnswer as Payment;
    use types::PaymentsResponse201 as Created;
    let device_data_required = match client.payment(request).await? {
        Payment::Created(Created::X3dsDeviceDataRequired(d)) => d,
        Payment::Created(Created::Authorized(a)) => {
            println!("authorized without 3DS: {:?}", a.payment_id);
            return Ok(());
        }
        Payment::Created(Created::Refused(r)) => {
            println!("refused: {:?} {:?}", r.refusal_code, r.refusal_description);
            return Ok(());
        }
        Payment::Created(Created::FraudHighRisk(f)) => {
            println!("FraudSight: high risk (score {:?})", f.score);
            return Ok(());
        }
        other => {
            println!("another outcome, kept whole: {other:?}");
            return Ok(());
        }
    };
    if let Some(ddc) = &device_data_required.device_data_collection {
        println!(
            "1. device data collection: post the JWT to {} in the shopper's browser",
            ddc.url
        );
    }

    // 2. The collection's reference, by the `supply3dsDeviceData` action.
    let device =
        types::DeviceDataRequest::builder().collection_reference("0_4XUn7BJ5uUAvtlDuyUHKlTl");
    use types::DeviceDataResponse201 as AfterDeviceData;
    let challenged = match client
        .supply3ds_device_data(&device_data_required, device)
        .await?
    {
        types::Supply3dsDeviceDataAnswer::Created(AfterDeviceData::X3dsChallenged(c)) => c,
        types::Supply3dsDeviceDataAnswer::Created(AfterDeviceData::Authorized(a)) => {
            println!("2. frictionless: authorized {:?}", a.payment_id);
            return Ok(());
        }
        other => {
            println!("2. not challenged: {other:?}");
            return Ok(());
        }
    };
    if let Some(challenge) = &challenged.challenge {
        println!("2. challenged: show the challenge at {:?}", challenge.url);
    }

    // 3. After the shopper's challenge, by `complete3dsChallenge`.
    use types::ChallengeResponse201 as AfterChallenge;
    let authorized = match client.complete3ds_challenge(&challenged).await? {
        types::Complete3dsChallengeAnswer::Created(AfterChallenge::Authorized(a)) => a,
        other => {
            println!("3. not authorized: {other:?}");
            return Ok(());
        }
    };
    println!("3. authorized: payment {:?}", authorized.payment_id);

    // 4. Settle by the authorization's `settlePayment` action.
    let settled = client
        .settle_payment(&authorized, types::PaymentsSettleRequest::default())
        .await?;
    println!("4. settle: {:?}", settled.outcome);
    Ok(())
}
