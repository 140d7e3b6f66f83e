//! Registration, refresh and licence keys: their shape, their expiry, the
//! checks on registration, and operations refused without a valid key.

use super::*;

#[tokio::test]
async fn registration_issues_a_unique_jwt_shaped_key() {
    let state = new_state();
    let first = register(&state).await;
    let parts: Vec<&str> = first.split('.').collect();
    assert_eq!(parts.len(), 3, "JWT-shaped");
    for part in &parts {
        assert!(URL_SAFE_NO_PAD.decode(part).is_ok());
    }
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
    assert_eq!(header["alg"], "RS256");
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    assert_eq!(claims["pdposid"], "D45FGT");
    assert_eq!(claims["pdposref"], "POS123");
    // A year (365 days) from now, give or take the test's own time.
    let year = DEFAULT_LICENCE_LIFETIME.as_secs();
    let exp = claims["exp"].as_u64().unwrap();
    let now = (unix_millis() / 1000) as u64;
    assert!(exp <= now + year && exp + 60 >= now + year, "{claims}");
    assert_eq!(URL_SAFE_NO_PAD.decode(parts[2]).unwrap().len(), 256);
    let second = register(&state).await;
    assert_ne!(first, second);
    // Registering again invalidated the first key.
    let mut client = request(&state, &first, "requestBatchReport", &json!({})).await;
    let (destination, body) = client.message().await;
    assert_eq!(destination, dest::RECEIVE_ERROR);
    assert_eq!(body["code"], code::UNAUTHORISED);
    client.expect_error_and_close().await;
    // State's Debug never shows a key.
    let debug = format!("{:?}", lock(&state));
    assert!(!debug.contains(&second) && !debug.contains(&first));
    assert!(!format!("{:?}", ServeConfig::default()).contains(DEFAULT_ACTIVATION_CODE));
}

/// Registers on a connection served with `config`; the key and the
/// reply's `timestamp` header.
async fn register_with(state: &Arc<Mutex<State>>, config: ServeConfig) -> (String, u128) {
    let mut client = open_with(state, PAYPOINT, config).await;
    client.connect(None).await;
    client.subscribe_replies("registerPointOfSale").await;
    client
        .send_json(dest::REGISTER_POINT_OF_SALE, &registration_body())
        .await;
    let frame = client.expect_frame().await;
    let timestamp = frame.get("timestamp").unwrap().parse().unwrap();
    let (destination, body) = check_message(&frame);
    assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
    client.disconnect().await;
    let key = body["pointOfSaleLicenseKey"].as_str().unwrap().to_string();
    (key, timestamp)
}

#[tokio::test]
async fn licence_keys_expire_and_are_refreshed_before() {
    let state = new_state();
    let lifetime = Duration::from_millis(800);
    let config = ServeConfig {
        licence_lifetime: lifetime,
        ..ServeConfig::default()
    };
    let before = unix_millis();
    let (key, issued) = register_with(&state, config.clone()).await;
    assert!(issued >= before && issued <= unix_millis());
    let claims: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(key.split('.').nth(1).unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        claims["exp"].as_u64().unwrap() as u128,
        (issued + lifetime.as_millis()) / 1000
    );

    // Before expiry: the key works, and a refresh issues a new one
    // stamped with its own issue time.
    let mut client = open_with(&state, PAYPOINT, config.clone()).await;
    client.connect(Some(&key)).await;
    client
        .subscribe_replies("refreshPointOfSaleRegistration")
        .await;
    client
        .send_json(dest::REFRESH_POINT_OF_SALE_REGISTRATION, &json!({}))
        .await;
    let frame = client.expect_frame().await;
    let refreshed_at: u128 = frame.get("timestamp").unwrap().parse().unwrap();
    assert!(refreshed_at >= issued);
    let (destination, body) = check_message(&frame);
    assert_eq!(
        destination,
        dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH
    );
    let fresh = body["pointOfSaleLicenseKey"].as_str().unwrap().to_string();
    assert_ne!(fresh, key);
    client.disconnect().await;

    // Past its lifetime the fresh key is refused, for a request as for
    // a refresh, saying it expired.
    let expires = refreshed_at + lifetime.as_millis();
    while unix_millis() <= expires {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for (operation, body) in [
        ("requestBatchReport", json!({})),
        ("refreshPointOfSaleRegistration", json!({})),
    ] {
        let mut client = open_with(&state, PAYPOINT, config.clone()).await;
        client.connect(Some(&fresh)).await;
        client.subscribe_replies(operation).await;
        let channel = Channel::by_operation(operation).unwrap();
        client.send_json(channel.destination, &body).await;
        let (destination, body) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR, "{operation}");
        assert_eq!(body["code"], code::UNAUTHORISED, "{operation}");
        assert!(
            body["message"].as_str().unwrap().contains("expired"),
            "{operation}: {body}"
        );
        client.expect_error_and_close().await;
    }
}

#[tokio::test]
async fn registration_is_checked() {
    let state = new_state();
    // Wrong activation code.
    let mut body = registration_body();
    body["pointOfSaleActivationCode"] = json!("ZZ46HTR3");
    let mut client = open(&state).await;
    client.connect(None).await;
    client.subscribe_replies("registerPointOfSale").await;
    client.send_json(dest::REGISTER_POINT_OF_SALE, &body).await;
    let (destination, error) = client.message().await;
    assert_eq!(destination, dest::RECEIVE_ERROR);
    assert_eq!(error["code"], code::INVALID_ACTIVATION_CODE);
    assert!(!error["message"].as_str().unwrap().contains("ZZ46HTR3"));
    client.disconnect().await;

    // Schema violations name the pointers, never the values.
    let body = json!({"pointOfSaleId": "D45FG", "pointOfSaleReference": "POS 123"});
    let mut client = open(&state).await;
    client.connect(None).await;
    client.subscribe_replies("registerPointOfSale").await;
    client.send_json(dest::REGISTER_POINT_OF_SALE, &body).await;
    let (_, error) = client.message().await;
    assert_eq!(error["code"], code::INVALID_REQUEST);
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("/pointOfSaleId"), "{message}");
    assert!(message.contains("/pointOfSaleReference"), "{message}");
    assert!(
        message.contains("/pointOfSaleActivationCode is required"),
        "{message}"
    );
    assert!(!message.contains("D45FG\""), "{message}");
    client.disconnect().await;

    // Not JSON.
    let mut client = open(&state).await;
    client.connect(None).await;
    client.subscribe_replies("registerPointOfSale").await;
    let frame = Frame::new(Command::Send)
        .header("destination", dest::REGISTER_POINT_OF_SALE)
        .body(b"{not json".to_vec());
    client.send_frame(&frame).await;
    let (_, error) = client.message().await;
    assert_eq!(error["code"], code::INVALID_REQUEST);
    client.disconnect().await;
}

#[tokio::test]
async fn refresh_replaces_the_key() {
    let state = new_state();
    let old = register(&state).await;
    let mut client = request(&state, &old, "refreshPointOfSaleRegistration", &json!({})).await;
    let messages = client
        .until_terminal("refreshPointOfSaleRegistration")
        .await;
    let new = messages[0].1["pointOfSaleLicenseKey"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        messages[0].0,
        dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH
    );
    assert_ne!(new, old);
    client.disconnect().await;
    // The old key is dead, the new one works.
    let mut client = request(&state, &old, "requestBatchReport", &json!({})).await;
    assert_eq!(client.message().await.1["code"], code::UNAUTHORISED);
    client.expect_error_and_close().await;
    let mut client = request(&state, &new, "requestBatchReport", &json!({})).await;
    let messages = client.until_terminal("requestBatchReport").await;
    assert_eq!(messages[0].0, dest::RECEIVE_BATCH_REPORT);
    client.disconnect().await;
}

#[tokio::test]
async fn unauthorised_operations_are_refused() {
    let state = new_state();
    let key = register(&state).await;
    // No key; a made-up key; another paypoint's key.
    for licence in [None, Some("eyJ.bogus.key")] {
        let mut client = open(&state).await;
        client.connect(licence).await;
        client.subscribe_replies("startPayment").await;
        client
            .send_json(dest::START_PAYMENT, &sale("U1", "sale", 100))
            .await;
        let (destination, error) = client.message().await;
        assert_eq!(destination, dest::RECEIVE_ERROR);
        assert_eq!(error["code"], code::UNAUTHORISED);
        let frame = client.expect_error_and_close().await;
        assert!(!format!("{frame:?}").contains("bogus"));
    }
    let mut client = open_with(&state, "OTHER01", ServeConfig::default()).await;
    client.connect(Some(&key)).await;
    client.subscribe_replies("queryPaymentResult").await;
    client
        .send_json(
            dest::QUERY_PAYMENT_RESULT,
            &json!({"merchantTransactionReference": "X"}),
        )
        .await;
    assert_eq!(client.message().await.1["code"], code::UNAUTHORISED);
    let error = client.expect_error_and_close().await;
    assert!(!error.get("message").unwrap().contains(&key));
    // Not subscribed to the error destination: the ERROR frame alone.
    let mut client = open(&state).await;
    client.connect(None).await;
    client
        .send_json(dest::START_PAYMENT, &sale("U2", "sale", 100))
        .await;
    client.expect_error_and_close().await;
    // Monitoring needs the key too.
    let mut client = open(&state).await;
    client.connect(None).await;
    client
        .subscribe("s", dest::RECEIVE_PAYMENT_SERVICE_STATUS)
        .await;
    client.expect_error_and_close().await;
}
