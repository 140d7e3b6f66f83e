//! A service that receives Worldpay's events and prints each payment's new
//! state, against the embedded simulator (no credentials needed):
//! `cargo run --example receive_events --features simulator`.
//!
//! Delivery is at least once and in no guaranteed order, so the service
//! drops an event whose `eventId` it has already handled, and keeps, per
//! payment, the state of the event with the latest `eventTimestamp`: a
//! late retry of an older event never moves a payment back.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use worldpay::card_payments::{self, types};
use worldpay::events::{self, Event};
use worldpay::sim::{Simulator, WebhookConfig};
use worldpay::webhook::{KeyRing, Timestamp, serve};

/// What the service remembers: the ids handled, and each payment's latest
/// state with the time of the event that set it.
#[derive(Default)]
struct Ledger {
    seen: HashSet<String>,
    state: HashMap<String, (Timestamp, String)>,
}

impl Ledger {
    /// Applies one verified event; `false` when it changes nothing.
    fn apply(&mut self, received: events::Received) -> bool {
        let (Some(id), Some(at)) = (received.id, received.timestamp) else {
            return false;
        };
        // At least once: a repeat of an id already handled is dropped.
        if !self.seen.insert(id) {
            return false;
        }
        let Some(payment) = received.event.transaction_reference() else {
            return false;
        };
        let new_state = received.event.webhook().to_string();
        match self.state.get(&payment) {
            // Out of order: an older event arriving late does not win.
            Some((latest, _)) if *latest >= at => false,
            _ => {
                println!("{payment}: {new_state} (at {at})");
                self.state.insert(payment, (at, new_state));
                true
            }
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The receiver: Worldpay shares a secret per key id; hold every key
    // in use (during a renewal, two).
    let ring = KeyRing::new().key("1", "the shared secret");
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let kept = ledger.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let server = serve(listener, events::receiver(ring), move |received| {
        if let Event::Unrecognized(u) = &received.event {
            // A type added after this crate was built: kept, not lost.
            println!(
                "an event this build does not know: {:?}",
                u.name(&events::KEYS)
            );
        }
        // Quick: Worldpay retries after 10 seconds without a 200.
        kept.lock().unwrap().apply(received);
        true
    })?;

    // The simulator sends its events there, signed with key 1.
    let sim = Simulator::start().await?;
    sim.set_webhook(
        WebhookConfig::new(
            format!("http://{}/events", server.addr()),
            "1",
            "the shared secret",
        )
        .time_scale(0.001),
    )?;

    let client = card_payments::Client::new(&sim.client_config())?;
    let request = types::CustomerInitiatedTransaction::new(
        types::Channel::Ecom,
        types::CustomerInitiatedTransactionInstruction::builder()
            .request_auto_settlement(types::RequestAutoSettlement::builder().enabled(false))
            .narrative(types::Narrative::new("MindPalace"))
            .value(types::CustomerInitiatedTransactionInstructionValue::new(
                250, "GBP",
            ))
            .payment_instrument(types::CardPlain::new(
                "4444333322221111",
                types::ExpiryDateCard::new(5, 2035),
            )),
        types::Merchant::new("default"),
        "order-42",
    );
    let types::AuthorizeResponse::Authorized(authorized) = client.authorize(request).await? else {
        return Err("the simulator refused the payment".into());
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    client
        .settle(&authorized, types::PaymentsSettle::default())
        .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;

    let ledger = ledger.lock().unwrap();
    let (_, last) = &ledger.state["order-42"];
    println!("order-42 is now {last}");
    Ok(())
}
