//! Recovery after a timeout: a Payments API (2024-06-01) payment whose
//! answer never arrived (the outcome is unknown: the payment may have been
//! taken) is found with Payment Queries by its `transactionReference`, and
//! then acted on through the links the query offers, never a URL built by
//! hand.
//!
//! Runs against the embedded simulator, which is told to hold its answer
//! back longer than the client waits, so the timeout is real.
//!
//! ```text
//! cargo run --example payments_2024_recovery --features simulator
//! ```

use std::time::Duration;

use worldpay::error::Outcome;
use worldpay::payment_queries::{Client as Queries, options};
use worldpay::payments_2024::{Client, types};
use worldpay::sim::Simulator;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = Simulator::start().await?;
    println!("Using the embedded simulator at {}.\n", sim.base_url());
    let reference = "order-7-attempt-1";
    let request: types::PaymentRequest = types::PaymentRequest::new(
        types::PaymentsCardInstruction::new(
            types::Narrative::new("MindPalace"),
            types::PaymentsCardPlainPaymentInstrument::new(
                "4444333322221111",
                types::ExpiryDate::new(5, 2035),
            ),
            types::Value::new(250, "GBP"),
        ),
        types::Merchant::new("default"),
        reference,
    )
    .try_into()?;

    // The answer is lost: the client gives up after 200 ms.
    sim.set_answer_delay(Duration::from_secs(2));
    let impatient = Client::new(&sim.client_config().timeout(Duration::from_millis(200)))?;
    let err = impatient.payment(request).await.unwrap_err();
    println!("payment: {err}");
    assert_eq!(err.outcome(), Outcome::Unknown);
    sim.set_answer_delay(Duration::ZERO);

    // Find it by its transactionReference (dates: any range that holds the
    // attempt).
    let queries = Queries::new(&sim.client_config())?;
    let page = queries
        .query_by_date_range(
            "2026-01-01T00:00:00Z",
            "2099-12-31T23:59:59Z",
            options::QueryByDateRange::new().transaction_reference(reference),
        )
        .await?;
    let Some(found) = page.embedded.payments.first() else {
        println!("not taken: safe to try again with a new transactionReference");
        return Ok(());
    };
    let id = found.payment_id.as_ref().ok_or("a payment without an id")?;
    let payment = queries.retrieve_by_payment_id(id.as_str()).await?;
    println!("found {id}: last event {:?}", payment.last_event);

    // Act on it through its links: `cardPayments:settle` is the Payments
    // API's settlePayment.
    let client = Client::new(&sim.client_config())?;
    let settled = client
        .settle_payment(&payment.links, types::PaymentsSettleRequest::default())
        .await?;
    println!("settled: {:?}", settled.outcome);
    Ok(())
}
