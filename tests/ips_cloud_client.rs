//! Every IPS Cloud operation through the client against the simulator's
//! STOMP-over-WebSocket server: registration and refresh, a sale with its
//! events, a signature-verification action answered through the flow, a
//! refusal, queries, reports, monitoring, restart, and the typed errors of
//! a missing or wrong licence key.
#![cfg(feature = "simulator")]

use std::collections::HashSet;

use serde_json::json;
use worldpay::ips_cloud::{
    Client, IpsError, LicenceKey, PaymentEvent, PaymentFlow, PaypointRef, types,
};
use worldpay::sim::{ReceivedConnection, Simulator};
use worldpay::stomp::Command;

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

/// Requests built with the typed builders, as a user writes them: a value
/// the schema forbids, however deep, is refused before anything is sent
/// with the field's path and the rule, and the flow still takes the right
/// answer to its action afterwards.
#[tokio::test]
async fn typed_requests_are_refused_by_their_schema_before_sending() {
    use worldpay::constraint::Rule;
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST005").await;
    let sale = |amount: i64| {
        types::PaymentStart::new()
            .payment_type(types::PaymentStartPaymentType::Sale)
            .merchant_transaction_reference("SALE-TYPED-1")
            .instruction(
                types::PaymentStartInstruction::new()
                    .value(types::PaymentStartValue::new().amount(amount))
                    .payment_instrument(
                        types::PaymentStartInstrument::new()
                            .type_(types::PaymentStartInstrumentType::CardPresent)
                            .is_handled_online(true),
                    ),
            )
    };
    match client.start_payment(sale(-1)).await {
        Err(IpsError::InvalidRequest(e)) => {
            assert_eq!(e.operation, Some("startPayment"));
            assert_eq!(e.field, "instruction.value.amount");
            assert_eq!(e.rule, Rule::Minimum(0));
        }
        Err(other) => panic!("expected the amount refused, got {other:?}"),
        Ok(_) => panic!("expected the amount refused, the sale started"),
    }

    let mut flow = client.start_payment(sale(9999)).await.unwrap();
    let (mut answered, mut result) = (false, None);
    while let Some(event) = flow.next_event().await.unwrap() {
        match event {
            PaymentEvent::ActionRequest(a) => {
                assert_eq!(
                    a.data.as_ref().map(|d| d.tag()),
                    Some("signature-verification")
                );
                // An answer of the wrong shape: a voice authorisation code
                // that breaks its pattern.
                let wrong = types::PaymentActionResponse::new()
                    .merchant_transaction_reference("SALE-TYPED-1")
                    .data(types::VoiceAuthorisationResponse::new().authorisation_code("!"));
                match flow.respond(wrong).await {
                    Err(IpsError::InvalidRequest(e)) => {
                        assert_eq!(e.operation, Some("sendPaymentAction"));
                        assert_eq!(e.field, "data.authorisationCode");
                        assert_eq!(e.rule, Rule::MinLength(2));
                    }
                    other => panic!("expected the code refused, got {other:?}"),
                }
                let right = types::PaymentActionResponse::new()
                    .merchant_transaction_reference("SALE-TYPED-1")
                    .data(types::SignatureVerificationResponse::new().is_signature_verified(true));
                flow.respond(right).await.unwrap();
                answered = true;
            }
            PaymentEvent::Result(r) => result = Some(r),
            _ => {}
        }
    }
    assert!(answered);
    let payment = &result.expect("a result").payments[0];
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
    let e = unregistered
        .start_payment(sale(100, "X1"))
        .await
        .unwrap_err();
    // Delivery and outcome, as REST errors say them.
    assert_eq!(e.delivery(), worldpay::error::Delivery::NotSent);
    assert_eq!(e.outcome(), worldpay::error::Outcome::NotApplied);
    let wrong = Client::new(config.licence_key(LicenceKey::new("not-a-key")));
    let e = wrong.service_status().await.unwrap_err();
    assert_ne!(e.delivery(), worldpay::error::Delivery::NotSent, "{e:?}");
}

#[test]
fn paypoint_refs_are_checked() {
    assert!(PaypointRef::new("INST001").is_ok());
    assert!(PaypointRef::new("").is_err());
    assert!(PaypointRef::new("x".repeat(21)).is_err());
    assert!(PaypointRef::new("bad ref").is_err());
}

#[tokio::test]
async fn settle_cancel_report_and_restart() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST006").await;
    // A pre-auth, then settled.
    let mut pre_auth = serde_json::to_value(sale(2500, "PRE-0001")).unwrap();
    pre_auth["paymentType"] = json!("pre-auth");
    let (_, result) = run(&client, serde_json::from_value(pre_auth).unwrap(), true).await;
    assert!(result.is_some());
    let settled = client
        .settle(
            serde_json::from_value::<types::PaymentSettle>(
                json!({"merchantTransactionReference": "PRE-0001"}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    let settlement = &settled.payment_result[0].payments[0];
    assert_eq!(
        settlement.merchant_transaction_reference.as_str(),
        "PRE-0001"
    );
    assert_eq!(settlement.result.as_str(), "pre-auth-completed");

    // A sale, then cancelled (the card is named as the description asks).
    let (_, result) = run(&client, sale(1500, "SALE-C1"), true).await;
    let gateway = result.unwrap().payments[0]
        .gateway_transaction_reference
        .clone()
        .unwrap();
    let cancelled = client
        .cancel(
            serde_json::from_value::<types::PaymentCancel>(json!({
                "merchantTransactionReference": "SALE-C1",
                "gatewayTransactionReference": gateway.to_string(),
                "paymentInstrument": {
                    "type": "card",
                    "cardNumber": "4444333322221111",
                    "cardExpiryDate": {"month": 12, "year": 2030}
                }
            }))
            .unwrap(),
        )
        .await
        .unwrap();
    // The answer holds the complete message that ended the cancel, and
    // the result before it.
    let _complete: &types::PaymentComplete = &cancelled.payment_complete;
    let cancellation = &cancelled.payment_result[0].payments[0];
    assert_eq!(
        cancellation.merchant_transaction_reference.as_str(),
        "SALE-C1"
    );
    assert_eq!(cancellation.result.as_str(), "cancelled");
    // A merchant and a customer receipt.
    assert_eq!(cancelled.payment_receipt.len(), 2, "{cancelled:?}");

    // X report, restart.
    let report = client
        .batch_report(
            serde_json::from_value::<types::PaymentReportBatchRequest>(json!({"reportType": "X"}))
                .unwrap(),
        )
        .await
        .unwrap();
    assert!(report.get("content").is_some(), "{report:?}");
    client
        .restart_device(
            serde_json::from_value::<types::PaymentDeviceRestartRequest>(json!({})).unwrap(),
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn a_check_card_payment_can_be_aborted() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "INST007").await;
    let mut check = serde_json::to_value(sale(3000, "CHECK-0001")).unwrap();
    check["paymentType"] = json!("check-card-payment");
    let mut flow = client
        .start_payment(serde_json::from_value::<types::PaymentStart>(check).unwrap())
        .await
        .unwrap();
    let mut aborted = false;
    let mut outcome = None;
    while let Some(event) = flow.next_event().await.unwrap() {
        match event {
            PaymentEvent::Notification(_) if !aborted => {
                flow.abort(
                    serde_json::from_value::<types::PaymentAbort>(
                        json!({"merchantTransactionReference": "CHECK-0001"}),
                    )
                    .unwrap(),
                )
                .await
                .unwrap();
                aborted = true;
            }
            PaymentEvent::Result(r) => outcome = Some(r.payments[0].result.to_string()),
            _ => {}
        }
    }
    assert_eq!(outcome.as_deref(), Some("aborted"));
}

/// A server that accepts the payment, sends one notification and drops
/// the connection: the flow must end with OutcomeUnknown, not hang.
#[tokio::test]
async fn a_connection_lost_mid_payment_is_outcome_unknown() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    use worldpay::stomp::{Command, Decoder, Frame, Item, Limits, Version, encode};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let mut ws = tokio_tungstenite::accept_async(stream).await.unwrap();
        let mut decoder = Decoder::new(Limits::default());
        while let Some(Ok(message)) = ws.next().await {
            decoder.push(&message.into_data());
            while let Ok(Some(Item::Frame(frame))) = decoder.next_item() {
                match frame.command {
                    Command::Connect | Command::Stomp => {
                        let connected = Frame::new(Command::Connected).header("version", "1.0");
                        ws.send(Message::binary(encode(&connected, Version::V1_0)))
                            .await
                            .unwrap();
                    }
                    Command::Send => {
                        let correlation =
                            frame.get("x-wp-correlation-id").unwrap_or("").to_string();
                        let note = Frame::new(Command::Message)
                            .header("destination", "/client/v1/payment/notification")
                            .header("subscription", "sub-1")
                            .header("message-id", "m1")
                            .header("x-wp-correlation-id", correlation)
                            .body(br#"{"merchantTransactionReference":"LOST-1","notificationText":"PRESENT CARD"}"#.to_vec());
                        ws.send(Message::binary(encode(&note, Version::V1_0)))
                            .await
                            .unwrap();
                        // The network goes away.
                        return;
                    }
                    _ => {}
                }
            }
        }
    });
    let config = worldpay::ips_cloud::IpsConfig::new(
        worldpay::ips_cloud::Server::Custom(format!("ws://{addr}")),
        PaypointRef::new("INST008").unwrap(),
    )
    .licence_key(LicenceKey::new("key"));
    let mut session_config = config.session.clone();
    session_config.subprotocols.clear();
    let config = worldpay::ips_cloud::IpsConfig {
        session: session_config,
        ..config
    };
    let client = Client::new(config);
    let mut flow = client.start_payment(sale(100, "LOST-1")).await.unwrap();
    let first = tokio::time::timeout(std::time::Duration::from_secs(5), flow.next_event())
        .await
        .expect("no hang")
        .unwrap();
    assert!(matches!(first, Some(PaymentEvent::Notification(_))));
    let end = tokio::time::timeout(std::time::Duration::from_secs(5), flow.next_event())
        .await
        .expect("no hang");
    match end {
        Err(IpsError::OutcomeUnknown {
            merchant_transaction_reference,
            ..
        }) => assert_eq!(merchant_transaction_reference, "LOST-1"),
        other => panic!("expected OutcomeUnknown, got {other:?}"),
    }
    let e = IpsError::OutcomeUnknown {
        merchant_transaction_reference: "LOST-1".into(),
        source: worldpay::ips_cloud::session::SessionError::Closed,
    };
    assert!(e.to_string().contains("query the last result"));
    assert_eq!(e.delivery(), worldpay::error::Delivery::Unknown);
    assert_eq!(e.outcome(), worldpay::error::Outcome::Unknown);
    server.await.unwrap();
}

/// What the simulator received on every connection to `paypoint`.
fn received(sim: &Simulator, paypoint: &str) -> Vec<ReceivedConnection> {
    sim.ips_connections(&PaypointRef::new(paypoint).unwrap())
}

#[tokio::test]
async fn every_frame_has_its_own_message_id() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "WIRE01").await;
    // A payment with an action answered (SUBSCRIBEs, the start SEND and the
    // action SEND on one connection), a query, monitoring.
    let (kinds, _) = run(&client, sale(9999, "WIRE-1"), true).await;
    assert!(kinds.contains(&"action"), "{kinds:?}");
    client
        .query_result(
            serde_json::from_value::<types::PaymentQueryResult>(
                json!({"merchantTransactionReference": "WIRE-1"}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    client.service_status().await.unwrap();

    let connections = received(&sim, "WIRE01");
    assert_eq!(connections.len(), 4, "register, pay, query, status");
    let mut ids = HashSet::new();
    let mut frames = 0;
    for connection in &connections {
        let mut correlation = HashSet::new();
        for frame in connection
            .frames
            .iter()
            .filter(|f| matches!(f.command, Command::Subscribe | Command::Send))
        {
            frames += 1;
            let id = frame
                .get("x-wp-message-id")
                .unwrap_or_else(|| panic!("no x-wp-message-id: {frame:?}"));
            assert!(uuid::Uuid::parse_str(id).is_ok(), "not a UUID: {id}");
            assert!(
                ids.insert(id.to_string()),
                "{id} sent twice: {connection:?}"
            );
            correlation.insert(frame.get("x-wp-correlation-id").unwrap().to_string());
            assert!(frame.get("x-wp-publisher-id").is_some(), "{frame:?}");
        }
        // One operation, one correlation id on all of its frames.
        assert_eq!(correlation.len(), 1, "{connection:?}");
    }
    // 2 + 1 (register), 6 + 2 (payment and its action answer), 2 + 1, 2.
    assert_eq!(frames, 16);
}

fn query(reference: &str) -> types::PaymentQueryResult {
    serde_json::from_value(json!({"merchantTransactionReference": reference})).unwrap()
}

/// The commands the simulator received on the last connection to
/// `paypoint`.
fn last_commands(sim: &Simulator, paypoint: &str) -> Vec<Command> {
    let connections = received(sim, paypoint);
    let last = connections.last().expect("a connection");
    last.frames.iter().map(|f| f.command).collect()
}

#[tokio::test]
async fn an_error_reply_is_followed_by_disconnect() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "WIRE02").await;

    // A query the simulator answers on /client/v1/error.
    let e = client
        .query_result(query("NO-SUCH-PAYMENT"))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, IpsError::Server { code, .. } if code == "transaction-not-found"),
        "{e:?}"
    );
    assert_eq!(
        last_commands(&sim, "WIRE02"),
        [
            Command::Connect,
            Command::Subscribe,
            Command::Subscribe,
            Command::Send,
            Command::Disconnect
        ]
    );

    // A payment the simulator ends with an Error message: an increment of
    // a pre-auth it does not know.
    let increment: types::PaymentStart = serde_json::from_value(json!({
        "paymentType": "inc-auth",
        "merchantTransactionReference": "WIRE-INC-1",
        "gatewayTransactionReference": "PGTR0000000000",
        "instruction": {
            "value": {"amount": 100},
            "paymentInstrument": {"type": "card/not-present"}
        }
    }))
    .unwrap();
    let mut flow = client.start_payment(increment).await.unwrap();
    let e = flow.next_event().await.unwrap_err();
    assert!(
        matches!(&e, IpsError::Server { operation: "startPayment", code, .. } if code == "transaction-not-found"),
        "{e:?}"
    );
    let commands = last_commands(&sim, "WIRE02");
    assert_eq!(commands.last(), Some(&Command::Disconnect), "{commands:?}");
    assert_eq!(
        commands
            .iter()
            .filter(|c| **c == Command::Disconnect)
            .count(),
        1
    );
    // The flow stays ended by that error: asked again, it says so at once,
    // never Ok(None) (which would read as a completed payment).
    let again = tokio::time::timeout(std::time::Duration::from_secs(1), flow.next_event())
        .await
        .expect("at once");
    assert!(matches!(again, Err(IpsError::Server { .. })), "{again:?}");
}

#[tokio::test]
async fn connect_defaults_are_those_of_the_client_proven_against_ips_cloud() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "WIRE03").await;
    let (kinds, _) = run(&client, sale(1000, "WIRE-3"), true).await;
    assert_eq!(kinds.last(), Some(&"complete"));
    client.query_result(query("WIRE-3")).await.unwrap();
    client.service_status().await.unwrap();

    let connections = received(&sim, "WIRE03");
    assert_eq!(connections.len(), 4, "register, pay, query, status");
    for connection in &connections {
        // The WebSocket upgrade offers no subprotocol.
        assert_eq!(connection.subprotocols, None, "{connection:?}");
        let connect = &connection.frames[0];
        assert_eq!(connect.command, Command::Connect);
        assert_eq!(connect.get("accept-version"), Some("1.1"));
        assert_eq!(connect.get("heart-beat"), None, "{connect:?}");
        assert_eq!(connect.get("host"), Some("/ipc-app/payment/WIRE03"));
        // The error destination is subscribed to first.
        let first = connection.frames_of(Command::Subscribe).next().unwrap();
        assert_eq!(first.get("destination"), Some("/client/v1/error"));
    }
}

#[tokio::test]
async fn the_connect_defaults_can_be_changed() {
    use worldpay::stomp::{HeartBeat, Version};
    let sim = Simulator::start().await.unwrap();
    let mut config = sim.ips_cloud_config(PaypointRef::new("WIRE04").unwrap());
    config.session.subprotocols = vec!["v11.stomp".into(), "v12.stomp".into()];
    config.session.heart_beat = HeartBeat { cx: 1000, cy: 2000 };
    config.session.accept_versions = vec![Version::V1_0, Version::V1_1, Version::V1_2];
    config.error_destination_first = false;
    let client = Client::new(config);
    client
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
    let connections = received(&sim, "WIRE04");
    let connection = &connections[0];
    assert_eq!(
        connection.subprotocols.as_deref(),
        Some("v11.stomp, v12.stomp")
    );
    let connect = &connection.frames[0];
    assert_eq!(connect.get("accept-version"), Some("1.0,1.1,1.2"));
    assert_eq!(connect.get("heart-beat"), Some("1000,2000"));
    let destinations: Vec<&str> = connection
        .frames_of(Command::Subscribe)
        .map(|f| f.get("destination").unwrap())
        .collect();
    assert_eq!(
        destinations,
        ["/client/v1/pos/registration", "/client/v1/error"]
    );
}

/// Starts a signature-verification payment (the simulator then waits for
/// the answer) and reads its events up to the action request.
async fn flow_waiting_for_an_action(client: &Client, reference: &str) -> PaymentFlow {
    let mut flow = client.start_payment(sale(9999, reference)).await.unwrap();
    loop {
        match flow.next_event().await.unwrap() {
            Some(PaymentEvent::ActionRequest(_)) => return flow,
            Some(_) => {}
            None => panic!("the payment completed without asking for a signature check"),
        }
    }
}

/// Waits (bounded) until the last connection to `paypoint` received a
/// DISCONNECT; the commands it received.
async fn until_disconnect(sim: &Simulator, paypoint: &str) -> Vec<Command> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let commands = last_commands(sim, paypoint);
        if commands.last() == Some(&Command::Disconnect) {
            return commands;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no DISCONNECT: {commands:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_payment_flow_can_be_closed_and_says_its_outcome_is_unknown() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "WIRE05").await;
    let flow = flow_waiting_for_an_action(&client, "WIRE-CLOSE-1").await;
    match flow.close().await {
        Err(IpsError::OutcomeUnknown {
            merchant_transaction_reference,
            source: worldpay::ips_cloud::session::SessionError::Closed,
        }) => assert_eq!(merchant_transaction_reference, "WIRE-CLOSE-1"),
        other => panic!("expected OutcomeUnknown, got {other:?}"),
    }
    // close waited for the DISCONNECT to be received.
    let commands = last_commands(&sim, "WIRE05");
    assert_eq!(commands.last(), Some(&Command::Disconnect), "{commands:?}");

    // A completed flow closes quietly: it had disconnected already.
    let mut flow = client
        .start_payment(sale(1000, "WIRE-CLOSE-2"))
        .await
        .unwrap();
    while flow.next_event().await.unwrap().is_some() {}
    flow.close().await.unwrap();
    let commands = last_commands(&sim, "WIRE05");
    assert_eq!(
        commands
            .iter()
            .filter(|c| **c == Command::Disconnect)
            .count(),
        1,
        "{commands:?}"
    );
}

#[tokio::test]
async fn a_dropped_payment_flow_disconnects() {
    let sim = Simulator::start().await.unwrap();
    let client = registered(&sim, "WIRE06").await;
    let flow = flow_waiting_for_an_action(&client, "WIRE-DROP-1").await;
    drop(flow);
    let commands = until_disconnect(&sim, "WIRE06").await;
    assert_eq!(
        commands
            .iter()
            .filter(|c| **c == Command::Disconnect)
            .count(),
        1
    );
}

#[test]
fn a_payment_flow_dropped_outside_a_runtime_neither_panics_nor_blocks() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (sim, flow) = runtime.block_on(async {
        let sim = Simulator::start().await.unwrap();
        let client = registered(&sim, "WIRE07").await;
        let flow = flow_waiting_for_an_action(&client, "WIRE-DROP-3").await;
        (sim, flow)
    });
    let started = std::time::Instant::now();
    drop(flow); // no runtime entered here
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    drop(sim);
    drop(runtime);
}

fn registration() -> types::PosRegistrationRequest {
    serde_json::from_value(json!({
        "pointOfSaleId": "D45FGT",
        "pointOfSaleReference": "POS123",
        "pointOfSaleActivationCode": "AV46HTR3"
    }))
    .unwrap()
}

/// Unix epoch milliseconds of `t`.
fn millis(t: std::time::SystemTime) -> u128 {
    t.duration_since(std::time::UNIX_EPOCH).unwrap().as_millis()
}

#[tokio::test]
async fn licence_keys_carry_their_term_and_are_refreshed_before_they_expire() {
    use std::time::{Duration, SystemTime};
    use worldpay::ips_cloud::LicenceTerm;
    use worldpay::sim::SimulatorConfig;

    // By default a key lasts a year (365 days) from its reply's timestamp.
    let sim = Simulator::start().await.unwrap();
    let config = sim.ips_cloud_config(PaypointRef::new("LIC01").unwrap());
    let before = SystemTime::now();
    let key = Client::new(config.clone())
        .register(registration())
        .await
        .unwrap();
    let after = SystemTime::now();
    let term = key.term().expect("the reply carried a timestamp");
    assert!(millis(term.issued_at()) >= millis(before) && term.issued_at() <= after);
    assert_eq!(
        term.expires_at(),
        term.issued_at() + Duration::from_secs(365 * 24 * 60 * 60)
    );
    assert_eq!(
        LicenceTerm::DEFAULT_LIFETIME,
        Duration::from_secs(31_536_000)
    );
    assert!(key.term_error().is_none());
    let debug = format!("{key:?}");
    assert!(
        debug.contains("term: LicenceTerm") && !debug.contains(key.expose_secret()),
        "{debug}"
    );

    // A simulator whose keys last 1.5 s, and a client that knows it.
    let lifetime = Duration::from_millis(1500);
    let sim = Simulator::start_with(SimulatorConfig::default().ips_licence_lifetime(lifetime))
        .await
        .unwrap();
    let mut config = sim.ips_cloud_config(PaypointRef::new("LIC02").unwrap());
    config.licence_lifetime = lifetime;
    let key = Client::new(config.clone())
        .register(registration())
        .await
        .unwrap();
    let term = key.term().unwrap();
    assert_eq!(term.expires_at(), term.issued_at() + lifetime);
    assert!(!term.is_expired_at(SystemTime::now()));

    // Before it expires the key works and can be refreshed; the new key has
    // a term of its own, and the old one stops working.
    let client = Client::new(config.clone().licence_key(key.clone()));
    client.service_status().await.unwrap();
    let fresh = client.refresh_registration().await.unwrap();
    let fresh_term = fresh.term().unwrap();
    assert!(fresh_term.issued_at() >= term.issued_at());
    assert_eq!(fresh_term.expires_at(), fresh_term.issued_at() + lifetime);
    assert!(
        client.service_status().await.is_err(),
        "the old key still works"
    );
    let fresh_client = Client::new(config.clone().licence_key(fresh.clone()));
    fresh_client.service_status().await.unwrap();

    // Once its term is over, the simulator refuses the key, and refreshing
    // it is too late.
    let wait = fresh_term.remaining_at(SystemTime::now()) + Duration::from_millis(50);
    tokio::time::sleep(wait).await;
    assert!(fresh_term.is_expired_at(SystemTime::now()));
    for e in [
        fresh_client.service_status().await.unwrap_err(),
        fresh_client.refresh_registration().await.unwrap_err(),
    ] {
        match &e {
            IpsError::Server { code, message, .. } => {
                assert_eq!(code, "unauthorised");
                assert!(message.contains("expired"), "{message}");
            }
            other => panic!("expected the key refused as expired, got {other:?}"),
        }
        assert!(!e.to_string().contains(fresh.expose_secret()));
    }
}

/// A one-connection server that answers a registration with a licence key
/// on a MESSAGE whose `timestamp` header is `timestamp` (none: no header).
async fn registration_server(timestamp: Option<&'static str>) -> worldpay::ips_cloud::IpsConfig {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    use worldpay::stomp::{Decoder, Frame, Item, Limits, Version, encode};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let mut ws = tokio_tungstenite::accept_async(stream).await.unwrap();
        let mut decoder = Decoder::new(Limits::default());
        while let Some(Ok(message)) = ws.next().await {
            decoder.push(&message.into_data());
            while let Ok(Some(Item::Frame(frame))) = decoder.next_item() {
                let answer = match frame.command {
                    Command::Connect => Frame::new(Command::Connected).header("version", "1.1"),
                    Command::Send => {
                        let mut reply = Frame::new(Command::Message)
                            .header("destination", "/client/v1/pos/registration")
                            .header("subscription", "sub-2")
                            .header("message-id", "m1")
                            .header(
                                "x-wp-correlation-id",
                                frame.get("x-wp-correlation-id").unwrap_or(""),
                            );
                        if let Some(t) = timestamp {
                            reply = reply.header("timestamp", t);
                        }
                        reply.body(br#"{"pointOfSaleLicenseKey":"eyJ.rogue.key"}"#.to_vec())
                    }
                    Command::Disconnect => Frame::new(Command::Receipt)
                        .header("receipt-id", frame.get("receipt").unwrap_or("")),
                    _ => continue,
                };
                ws.send(Message::binary(encode(&answer, Version::V1_1)))
                    .await
                    .unwrap();
            }
        }
    });
    worldpay::ips_cloud::IpsConfig::new(
        worldpay::ips_cloud::Server::Custom(format!("ws://{addr}")),
        PaypointRef::new("LIC03").unwrap(),
    )
}

#[tokio::test]
async fn a_licence_term_comes_from_the_timestamp_header_and_a_bad_one_keeps_the_key() {
    use std::time::{Duration, UNIX_EPOCH};
    use worldpay::constraint::Rule;

    let key = Client::new(registration_server(Some("1767225600000")).await)
        .register(registration())
        .await
        .unwrap();
    let term = key.term().unwrap();
    assert_eq!(
        term.issued_at(),
        UNIX_EPOCH + Duration::from_millis(1_767_225_600_000)
    );
    assert_eq!(
        term.expires_at(),
        term.issued_at() + Duration::from_secs(365 * 86_400)
    );

    for (timestamp, rule) in [
        (None, Rule::Required),
        (
            Some("2026-01-01T00:00:00Z"),
            Rule::Pattern("^[0-9]{1,19}$".into()),
        ),
        (Some(""), Rule::Pattern("^[0-9]{1,19}$".into())),
        (
            Some("99999999999999999999"),
            Rule::Pattern("^[0-9]{1,19}$".into()),
        ),
    ] {
        let key = Client::new(registration_server(timestamp).await)
            .register(registration())
            .await
            .unwrap();
        // The key is kept; its term is unknown, and why is typed.
        assert_eq!(key.expose_secret(), "eyJ.rogue.key");
        assert_eq!(key.term(), None);
        let e = key.term_error().expect("why there is no term");
        assert_eq!(e.schema, "timestamp");
        assert_eq!(e.rule, rule, "{timestamp:?}");
        let debug = format!("{key:?}");
        assert!(!debug.contains("rogue"), "{debug}");
    }
}
