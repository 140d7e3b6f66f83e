//! Payments (every trigger, `check-card-payment`, a busy paypoint, invalid
//! requests) and managing them (settle, cancel, queries, reports, device
//! and service status, restart).

use super::*;

#[tokio::test]
async fn a_plain_sale_plays_the_whole_flow() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = request(
        &state,
        &key,
        "startPayment",
        &sale("MS1231000001", "sale", 1099),
    )
    .await;
    let messages = client.until_terminal("startPayment").await;
    let destinations: Vec<&str> = messages.iter().map(|(d, _)| d.as_str()).collect();
    let n = destinations.len();
    assert_eq!(
        &destinations[n - 4..],
        &[
            dest::RECEIVE_PAYMENT_RECEIPT,
            dest::RECEIVE_PAYMENT_RECEIPT,
            dest::RECEIVE_PAYMENT_RESULT,
            dest::RECEIVE_PAYMENT_COMPLETE
        ]
    );
    let texts: Vec<&str> = of(&messages, dest::RECEIVE_PAYMENT_NOTIFICATION)
        .iter()
        .map(|b| b["notificationText"].as_str().unwrap())
        .collect();
    assert_eq!(texts[0], "PRESENT CARD");
    assert!(texts.contains(&"PROCESSING"));
    let receipts = of(&messages, dest::RECEIVE_PAYMENT_RECEIPT);
    assert_eq!(receipts[0]["type"], "merchant");
    assert_eq!(receipts[1]["type"], "customer");
    assert!(decode_receipt(receipts[1]).contains("CUSTOMER COPY"));
    assert!(decode_receipt(receipts[0]).contains("GBP 10.99"));
    let payment = the_payment(&messages);
    assert_eq!(payment["result"], "authorised-online");
    assert_eq!(payment["outcome"], "succeeded");
    assert_eq!(payment["paymentType"], "sale");
    assert_eq!(payment["paypoint"]["paypointId"], PAYPOINT);
    assert_eq!(
        payment["value"],
        json!({"amount": 1099, "currencyCode": "GBP"})
    );
    assert!(payment["retrievalReferenceNumber"].as_i64().unwrap() > i64::from(u32::MAX));
    let instrument = &payment["paymentInstrument"];
    assert_eq!(instrument["posEntryMode"], "integrated-circuit-chip");
    assert_eq!(instrument["card"]["cardNumber"], CARD_NUMBER_MASKED);
    assert_eq!(instrument["card"]["issuerCode"], "visa");
    assert_eq!(of(&messages, dest::RECEIVE_PAYMENT_COMPLETE)[0], &json!({}));
    // The typed result decodes with its 64-bit numbers.
    let frame_body = serde_json::to_vec(&json!({"payments": [payment.clone()]})).unwrap();
    assert!(ServerMessage::decode(dest::RECEIVE_PAYMENT_RESULT, &frame_body).is_ok());
    // A second request on the same connection is refused.
    client
        .send_json(dest::REQUEST_BATCH_REPORT, &json!({}))
        .await;
    assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
    client.disconnect().await;

    // Query result and receipts.
    let query = json!({"merchantTransactionReference": "MS1231000001"});
    let mut client = request(&state, &key, "queryPaymentResult", &query).await;
    let messages = client.until_terminal("queryPaymentResult").await;
    assert_eq!(the_payment(&messages), payment);
    client.disconnect().await;
    let mut client = request(&state, &key, "queryPaymentReceipt", &query).await;
    let (_, merchant) = client.message().await;
    let (_, customer) = client.message().await;
    assert_eq!(
        (merchant["type"].as_str(), customer["type"].as_str()),
        (Some("merchant"), Some("customer"))
    );
    client.disconnect().await;

    // Settling a sale: invalid state. Cancelling it: cancelled.
    let mut client = request(&state, &key, "settlePayment", &query).await;
    let messages = client.until_terminal("settlePayment").await;
    assert_eq!(
        the_payment(&messages)["result"],
        "invalid-transaction-state"
    );
    client.disconnect().await;
    let cancel = json!({
        "merchantTransactionReference": "MS1231000001",
        "gatewayTransactionReference": payment["gatewayTransactionReference"],
        "paymentInstrument": {
            "type": "card",
            "cardNumber": "4444333322221111",
            "cardExpiryDate": {"month": 12, "year": 2030},
        },
    });
    let mut client = request(&state, &key, "cancelPayment", &cancel).await;
    let messages = client.until_terminal("cancelPayment").await;
    assert_eq!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).len(), 2);
    let cancelled = the_payment(&messages);
    assert_eq!(cancelled["paymentType"], "cancel");
    assert_eq!(cancelled["result"], "cancelled");
    client.disconnect().await;
    // Cancelling again: invalid state.
    let mut client = request(&state, &key, "cancelPayment", &cancel).await;
    let messages = client.until_terminal("cancelPayment").await;
    assert_eq!(
        the_payment(&messages)["result"],
        "invalid-transaction-state"
    );
    client.disconnect().await;

    // Unknown references.
    let unknown = json!({"merchantTransactionReference": "NOPE"});
    for operation in [
        "queryPaymentResult",
        "queryPaymentReceipt",
        "cancelPayment",
        "settlePayment",
    ] {
        let mut client = request(&state, &key, operation, &unknown).await;
        let (destination, error) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR);
        assert_eq!(error["code"], code::TRANSACTION_NOT_FOUND, "{operation}");
        client.disconnect().await;
    }
}

#[tokio::test]
async fn pre_auth_then_increment_then_settle() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = request(&state, &key, "startPayment", &sale("PA1", "pre-auth", 1000)).await;
    let pre_auth = the_payment(&client.until_terminal("startPayment").await);
    client.disconnect().await;
    let gateway = pre_auth["gatewayTransactionReference"].as_str().unwrap();
    let inc = json!({
        "paymentType": "inc-auth",
        "merchantTransactionReference": "PA1-INC",
        "gatewayTransactionReference": gateway,
        "instruction": {"value": {"amount": 500}, "paymentInstrument": {"type": "card/not-present"}},
    });
    let mut client = request(&state, &key, "startPayment", &inc).await;
    let increment = the_payment(&client.until_terminal("startPayment").await);
    assert_eq!(increment["paymentType"], "pre-auth");
    assert_eq!(increment["gatewayTransactionReference"], gateway);
    client.disconnect().await;
    // More than authorised: rejected; the whole 1500: completed.
    let over =
        json!({"merchantTransactionReference": "PA1", "instruction": {"value": {"amount": 1501}}});
    let mut client = request(&state, &key, "settlePayment", &over).await;
    assert_eq!(
        the_payment(&client.until_terminal("settlePayment").await)["result"],
        "rejected-pre-auth"
    );
    client.disconnect().await;
    let settle = json!({"gatewayTransactionReference": gateway});
    let mut client = request(&state, &key, "settlePayment", &settle).await;
    let settled = the_payment(&client.until_terminal("settlePayment").await);
    assert_eq!(settled["result"], "pre-auth-completed");
    assert_eq!(settled["paymentType"], "settle");
    assert_eq!(settled["value"]["amount"], 1500);
    client.disconnect().await;
    // An inc-auth of an unknown pre-auth.
    let mut unknown = inc.clone();
    unknown["gatewayTransactionReference"] = json!("PGTR0000000000");
    let mut client = request(&state, &key, "startPayment", &unknown).await;
    assert_eq!(
        client.message().await.1["code"],
        code::TRANSACTION_NOT_FOUND
    );
    client.disconnect().await;
}

#[tokio::test]
async fn signature_verification_waits_for_the_answer() {
    let state = new_state();
    let key = register(&state).await;
    for (verified, result, outcome) in [
        (true, "authorised-online", "succeeded"),
        (false, "cancelled", "refused"),
    ] {
        let reference = format!("SIG{verified}");
        let mut client = request(
            &state,
            &key,
            "startPayment",
            &sale(&reference, "sale", 9999),
        )
        .await;
        // Up to the action request: the slip to sign comes first.
        let mut seen = Vec::new();
        loop {
            let (destination, body) = client.message().await;
            let done = destination == dest::RECEIVE_PAYMENT_ACTION_REQUEST;
            seen.push((destination, body));
            if done {
                break;
            }
        }
        let slip = of(&seen, dest::RECEIVE_PAYMENT_RECEIPT);
        assert_eq!(slip.len(), 1);
        // A merchant receipt (no source shows a `signature` type on the
        // wire) whose text says SIGN HERE.
        assert_eq!(slip[0]["type"], "merchant");
        assert!(decode_receipt(slip[0]).contains("SIGN HERE"));
        let action = &seen.last().unwrap().1;
        assert_eq!(action["data"]["action"], "signature-verification");
        assert_eq!(action["merchantTransactionReference"], reference.as_str());
        // Nothing more until the answer.
        assert!(
            tokio::time::timeout(Duration::from_millis(200), client.next_frame())
                .await
                .is_err()
        );
        let answer = json!({
            "merchantTransactionReference": reference,
            "data": {"action": "signature-verification", "isSignatureVerified": verified},
        });
        client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
        let messages = client.until_terminal("startPayment").await;
        let payment = the_payment(&messages);
        assert_eq!(payment["result"], result);
        assert_eq!(payment["outcome"], outcome);
        assert_eq!(
            payment["paymentInstrument"]["cardVerificationMethod"],
            "signature"
        );
        let receipts = of(&messages, dest::RECEIVE_PAYMENT_RECEIPT);
        assert_eq!(receipts.len(), 1);
        assert_eq!(receipts[0]["type"], "customer");
        client.disconnect().await;
    }
}

#[tokio::test]
async fn voice_authorisation_and_avs() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = request(&state, &key, "startPayment", &sale("VOICE1", "sale", 7777)).await;
    let action = loop {
        let (destination, body) = client.message().await;
        if destination == dest::RECEIVE_PAYMENT_ACTION_REQUEST {
            break body;
        }
    };
    assert_eq!(action["data"]["action"], "voice-authorisation");
    assert_eq!(action["data"]["merchant"]["merchantId"], MERCHANT_ID);
    assert!(
        !action["data"]["referralContacts"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Answering the wrong action is an error.
    let wrong = json!({"data": {"action": "avs-confirmation", "isAvsConfirmed": true}});
    client.send_json(dest::SEND_PAYMENT_ACTION, &wrong).await;
    assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
    client.disconnect().await;

    let mut client = request(&state, &key, "startPayment", &sale("VOICE2", "sale", 7777)).await;
    while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
    let answer = json!({"data": {"action": "voice-authorisation", "authorisationCode": "A1B2C3"}});
    client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
    let payment = the_payment(&client.until_terminal("startPayment").await);
    assert_eq!(payment["result"], "authorised-referral");
    assert_eq!(
        payment["paymentInstrument"]["authorisation"]["authorisationCode"],
        "A1B2C3"
    );
    client.disconnect().await;

    let mut client = request(&state, &key, "startPayment", &sale("AVS1", "sale", 8888)).await;
    while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
    let answer = json!({"data": {"action": "avs-confirmation", "isAvsConfirmed": false}});
    client.send_json(dest::SEND_PAYMENT_ACTION, &answer).await;
    let payment = the_payment(&client.until_terminal("startPayment").await);
    assert_eq!(payment["result"], "refused-avs-required");
    client.disconnect().await;
}

#[tokio::test]
async fn amount_5051_is_refused() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = request(&state, &key, "startPayment", &sale("REF1", "sale", 5051)).await;
    let messages = client.until_terminal("startPayment").await;
    let payment = the_payment(&messages);
    assert_eq!(payment["result"], "refused-online");
    assert_eq!(payment["outcome"], "refused");
    assert!(payment["paymentInstrument"].get("authorisation").is_none());
    let texts: Vec<&Value> = of(&messages, dest::RECEIVE_PAYMENT_NOTIFICATION);
    assert!(
        texts
            .iter()
            .any(|b| b["notificationText"] == "TRANSACTION DECLINED")
    );
    client.disconnect().await;
    // A refused payment cannot be cancelled.
    let cancel = json!({"merchantTransactionReference": "REF1"});
    let mut client = request(&state, &key, "cancelPayment", &cancel).await;
    assert_eq!(
        the_payment(&client.until_terminal("cancelPayment").await)["result"],
        "invalid-transaction-state"
    );
    client.disconnect().await;
}

#[tokio::test]
async fn check_card_payment_can_be_aborted_or_continued() {
    let state = new_state();
    let key = register(&state).await;
    let mut client = request(
        &state,
        &key,
        "startPayment",
        &sale("CCP1", "check-card-payment", 1099),
    )
    .await;
    while client.message().await.1["notificationText"] != "CARD CHECKED - AWAITING PAYMENT" {}
    client.send_json(dest::ABORT_PAYMENT, &json!({})).await;
    let messages = client.until_terminal("startPayment").await;
    let payment = the_payment(&messages);
    assert_eq!(payment["result"], "aborted");
    assert!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).is_empty());
    client.disconnect().await;

    let mut client = request(
        &state,
        &key,
        "startPayment",
        &sale("CCP2", "check-card-payment", 1099),
    )
    .await;
    while client.message().await.1["notificationText"] != "CARD CHECKED - AWAITING PAYMENT" {}
    client
        .send_json(dest::START_PAYMENT, &sale("CCP2", "sale", 2000))
        .await;
    let payment = the_payment(&client.until_terminal("startPayment").await);
    assert_eq!(payment["result"], "authorised-online");
    assert_eq!(payment["paymentType"], "check-card-payment");
    assert_eq!(payment["value"]["amount"], 2000);
    client.disconnect().await;

    // check-card: no receipt; abort of a sale: an error.
    let mut client = request(&state, &key, "startPayment", &sale("CC1", "check-card", 0)).await;
    let messages = client.until_terminal("startPayment").await;
    assert_eq!(the_payment(&messages)["result"], "pre-valid-card");
    assert!(of(&messages, dest::RECEIVE_PAYMENT_RECEIPT).is_empty());
    client.disconnect().await;
    let mut client = request(&state, &key, "startPayment", &sale("S1", "sale", 7777)).await;
    while client.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
    client.send_json(dest::ABORT_PAYMENT, &json!({})).await;
    assert_eq!(client.message().await.1["code"], code::INVALID_OPERATION);
    client.disconnect().await;
}

#[tokio::test]
async fn busy_paypoint_and_monitoring() {
    let state = new_state();
    let key = register(&state).await;
    let mut first = request(&state, &key, "startPayment", &sale("B1", "sale", 7777)).await;
    while first.message().await.0 != dest::RECEIVE_PAYMENT_ACTION_REQUEST {}
    // Service status: BUSY while a payment is in flight.
    let mut status = open(&state).await;
    status.connect(Some(&key)).await;
    status.subscribe("e", dest::RECEIVE_ERROR).await;
    status
        .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
        .await;
    assert_eq!(status.message().await.1, json!({"status": "BUSY"}));
    status.disconnect().await;
    let mut second = request(&state, &key, "startPayment", &sale("B2", "sale", 100)).await;
    assert_eq!(
        the_payment(&second.until_terminal("startPayment").await)["result"],
        "aborted-busy"
    );
    second.disconnect().await;
    first.disconnect().await;
    // The paypoint is free again.
    let mut status = open(&state).await;
    status.connect(Some(&key)).await;
    status
        .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
        .await;
    status
        .subscribe("d", dest::RECEIVE_PAYMENT_DEVICE_STATUS)
        .await;
    assert_eq!(status.message().await.1, json!({"status": "NOT_BUSY"}));
    assert_eq!(
        status.message().await.0,
        dest::RECEIVE_PAYMENT_DEVICE_STATUS
    );
    status.disconnect().await;
    // Device restart; X then Z report.
    let mut client = request(&state, &key, "restartPaymentDevice", &json!({})).await;
    assert_eq!(
        client.until_terminal("restartPaymentDevice").await[0].1,
        json!({})
    );
    client.disconnect().await;
    let mut client = request(
        &state,
        &key,
        "requestBatchReport",
        &json!({"reportType": "Z"}),
    )
    .await;
    let report = &client.until_terminal("requestBatchReport").await[0].1;
    assert_eq!(report["reportType"], "Z");
    let text = decode_receipt(report);
    assert!(
        text.contains("Z REPORT") && text.contains("BATCH CLOSED"),
        "{text}"
    );
    client.disconnect().await;
}

#[tokio::test]
async fn invalid_payment_requests_name_the_pointers() {
    let state = new_state();
    let key = register(&state).await;
    let body = json!({
        "paymentType": "sale",
        "merchantTransactionReference": "bad ref!",
        "instruction": {"value": {"amount": -1}},
    });
    let mut client = request(&state, &key, "startPayment", &body).await;
    let (destination, error) = client.message().await;
    assert_eq!(destination, dest::RECEIVE_ERROR);
    assert_eq!(error["code"], code::INVALID_REQUEST);
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains("/merchantTransactionReference"),
        "{message}"
    );
    assert!(message.contains("/instruction/value/amount"), "{message}");
    client.disconnect().await;
    let mut client = request(
        &state,
        &key,
        "startPayment",
        &json!({"paymentType": "sale"}),
    )
    .await;
    let message = client.message().await.1["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        message.contains("/merchantTransactionReference"),
        "{message}"
    );
    client.disconnect().await;
    // An unknown destination.
    let mut client = request(&state, &key, "startPayment", &json!({})).await;
    let _ = client.message().await;
    client.disconnect().await;
    let mut client = open(&state).await;
    client.connect(Some(&key)).await;
    client.subscribe("e", dest::RECEIVE_ERROR).await;
    client.send_json("/v1/nowhere", &json!({})).await;
    assert_eq!(client.message().await.1["code"], code::UNKNOWN_DESTINATION);
    client.disconnect().await;
}
