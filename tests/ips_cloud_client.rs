//! Every IPS Cloud operation through the client against the simulator's
//! STOMP-over-WebSocket server: registration and refresh, a sale with its
//! events, a signature-verification action answered through the flow, a
//! refusal, queries, reports, monitoring, restart, and the typed errors of
//! a missing or wrong licence key.
#![cfg(feature = "simulator")]

use serde_json::json;
use worldpay::ips_cloud::{Client, IpsError, LicenceKey, PaymentEvent, PaypointRef, types};
use worldpay::sim::Simulator;

async fn registered(sim: &Simulator, paypoint: &str) -> Client {
    let config = sim.ips_cloud_config(PaypointRef::new(paypoint).unwrap());
    let key = Client::new(config.clone())
        .register(
            serde_json::from_value::<types::PosRegistrationRequest>(json!({
                "pointOfSaleId": "D45FGT",
                "pointOfSaleReference": "POS123",
                "pointOfSaleActivationCode": "AV46HTR3"
            }))
            .unwrap(),
        )
        .await
        .unwrap();
    assert!(!format!("{key:?}").contains(key.expose_secret()));
    Client::new(config.licence_key(key))
}

fn sale(amount: i64, reference: &str) -> types::PaymentStart {
    serde_json::from_value(json!({
        "paymentType": "sale",
        "merchantTransactionReference": reference,
        "instruction": {
            "value": {"amount": amount},
            "paymentInstrument": {"type": "card/present", "isHandledOnline": true}
        }
    }))
    .unwrap()
}

/// Runs a payment to its end, answering a signature verification with
/// `verified`; returns the events' kinds and the result.
async fn run(
    client: &Client,
    request: types::PaymentStart,
    verified: bool,
) -> (Vec<&'static str>, Option<types::PaymentResult>) {
    let mut flow = client.start_payment(request).await.unwrap();
    let mut kinds = Vec::new();
    let mut result = None;
    while let Some(event) = flow.next_event().await.unwrap() {
        match event {
            PaymentEvent::Notification(_) => kinds.push("notification"),
            PaymentEvent::ActionRequest(a) => {
                kinds.push("action");
                let response: types::PaymentActionResponse = serde_json::from_value(json!({
                    "merchantTransactionReference": a.merchant_transaction_reference,
                    "data": {"action": "signature-verification", "isSignatureVerified": verified}
                }))
                .unwrap();
                flow.respond(response).await.unwrap();
            }
            PaymentEvent::Receipt(_) => kinds.push("receipt"),
            PaymentEvent::Result(r) => {
                kinds.push("result");
                result = Some(r);
            }
            PaymentEvent::Complete(_) => kinds.push("complete"),
            _ => kinds.push("other"),
        }
    }
    (kinds, result)
}

#[tokio::test]
async fn registration_refresh_and_a_sale() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST001").await;
    let (kinds, result) = run(&client, sale(1000, "SALE-0001"), true).await;
    assert_eq!(kinds.first(), Some(&"notification"));
    assert_eq!(kinds.last(), Some(&"complete"));
    assert!(
        kinds.contains(&"receipt") && kinds.contains(&"result"),
        "{kinds:?}"
    );
    assert!(!kinds.contains(&"action"));
    let payment = &result.unwrap().payments[0];
    assert_eq!(payment.merchant_transaction_reference.as_str(), "SALE-0001");
    // i64 reference numbers beyond 32 bits come through whole.
    assert!(payment.retrieval_reference_number.unwrap_or(0) > u32::MAX as i64);

    // The result can be queried afterwards (the recovery path).
    let queried = client
        .query_result(
            serde_json::from_value::<types::PaymentQueryResult>(
                json!({"merchantTransactionReference": "SALE-0001"}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        queried.payments[0].merchant_transaction_reference.as_str(),
        "SALE-0001"
    );

    // A refreshed registration issues a new key; the old one stops working.
    let new_key = client.refresh_registration().await.unwrap();
    let old = client.clone();
    let fresh = Client::new(client.config().clone().licence_key(new_key));
    assert!(fresh.service_status().await.is_ok());
    assert!(matches!(
        old.service_status().await,
        Err(IpsError::Server { .. } | IpsError::NoAnswer { .. } | IpsError::Session { .. })
    ));
}

#[tokio::test]
async fn a_signature_is_verified_through_the_flow() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST002").await;
    let (kinds, result) = run(&client, sale(9999, "SALE-SIGN-1"), true).await;
    assert!(kinds.contains(&"action"), "{kinds:?}");
    let payment = &result.unwrap().payments[0];
    assert!(
        payment.result.as_str().starts_with("authorised"),
        "{:?}",
        payment.result
    );
}

#[tokio::test]
async fn a_refused_payment_is_refused() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST003").await;
    let (_, result) = run(&client, sale(5051, "SALE-REFUSED"), true).await;
    let payment = &result.unwrap().payments[0];
    assert!(
        payment.result.as_str().starts_with("refused"),
        "{:?}",
        payment.result
    );
}

#[tokio::test]
async fn monitoring_queries_and_reports() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST004").await;
    client.service_status().await.unwrap();
    client.device_status().await.unwrap();
    let (_, _) = run(&client, sale(1200, "SALE-R1"), true).await;
    let receipts = client
        .query_receipt(
            serde_json::from_value::<types::PaymentQueryReceipt>(
                json!({"merchantTransactionReference": "SALE-R1"}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    assert!(!receipts.is_empty());
}

#[tokio::test]
async fn operations_need_a_valid_licence_key() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.ips_cloud_config(PaypointRef::new("INST005").unwrap());
    let unregistered = Client::new(config.clone());
    assert!(matches!(
        unregistered.start_payment(sale(100, "X1")).await,
        Err(IpsError::NoLicenceKey("startPayment"))
    ));
    let wrong = Client::new(config.licence_key(LicenceKey::new("not-a-key")));
    assert!(wrong.service_status().await.is_err());
}

#[test]
fn paypoint_refs_are_checked() {
    assert!(PaypointRef::new("INST001").is_ok());
    assert!(PaypointRef::new("").is_err());
    assert!(PaypointRef::new("x".repeat(21)).is_err());
    assert!(PaypointRef::new("bad ref").is_err());
}
