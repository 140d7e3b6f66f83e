//! The lifecycle of Payments (v6), Verified Payments and Worldpay Online,
//! end to end through their clients against the embedded simulator; every
//! answer is checked against its published schema.
#![cfg(feature = "simulator")]

mod common;

use serde::Serialize;
use serde_json::{Value, json};
use worldpay::error::{ApiErrorBody, Error};
use worldpay::hal;
use worldpay::sim::Simulator;
use worldpay::validate::{Api, Schema};

fn valid<T: Serialize>(api: Api, operation: &str, status: u16, value: &T) {
    if let Err(v) = Schema::response(api, operation, status)
        .unwrap()
        .validate_typed(value)
    {
        panic!("the simulator's {operation} {status} answer breaks its schema: {v:#?}");
    }
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> (u16, ApiErrorBody) {
    match result {
        Err(Error::Api(e)) => (e.status, e.body),
        other => panic!("expected a documented error answer, got {other:?}"),
    }
}

mod payments {
    use super::*;
    use worldpay::payments::{Client, rel, types};

    fn request(name: &str) -> types::AuthorizationRequest {
        serde_json::from_value(common::fixture("payments", name)).unwrap()
    }

    #[tokio::test]
    async fn authorize_by_discovery_then_settle_in_part_and_cancel() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        let root = client.payments_root().await.unwrap();
        valid(Api::Payments, "paymentsRoot", 200, &root);

        let answer = client
            .authorize_response(&root, request("authorize.request.card-plain"))
            .await
            .unwrap();
        assert_eq!(answer.status(), 201);
        let answer = answer.into_inner();
        valid(Api::Payments, "authorize", 201, &answer);
        let types::AuthorizeResponse::Authorized(authorized) = answer else {
            panic!("expected authorized")
        };

        // The seed's request authorizes GBP 2.50: settle 1.00 of it.
        let partial: types::PartialSettleRequest =
            serde_json::from_value(json!({"value": {"amount": 100, "currency": "GBP"}})).unwrap();
        let settled = client.partial_settle(&authorized, partial).await.unwrap();
        valid(Api::Payments, "partialSettle", 202, &settled);
        let events = client.events(&settled).await.unwrap();
        valid(Api::Payments, "events", 200, &events);
        assert_eq!(events.last_event.as_str(), "Sent for Settlement");

        // More than the 1.50 left is refused, naming the field.
        let too_much: types::PartialSettleRequest =
            serde_json::from_value(json!({"value": {"amount": 151, "currency": "GBP"}})).unwrap();
        let (status, body) = api_error(client.partial_settle(&settled, too_much).await);
        assert_eq!(status, 400);
        let ApiErrorBody::Payments(body) = body else {
            panic!()
        };
        assert_eq!(
            body.validation_errors()[0].json_path.as_deref(),
            Some("$.value.amount")
        );

        let cancelled = client.cancel(&settled).await.unwrap();
        valid(Api::Payments, "cancel", 202, &cancelled);
        let events = client.events(&cancelled).await.unwrap();
        assert_eq!(events.last_event.as_str(), "Sent for Cancellation");
    }

    #[tokio::test]
    async fn every_instrument_of_the_seed_authorizes() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        for name in common::fixture_names("payments") {
            if !name.starts_with("authorize.request.") {
                continue;
            }
            let answer = client.authorize_via_root(request(&name)).await.unwrap();
            assert_eq!(answer.tag(), "authorized", "{name}");
        }
    }

    #[tokio::test]
    async fn migrations_offer_storable_links_for_the_next_payment() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        let body: types::MigrateRecurringAuthorizationRequest = serde_json::from_value(
            common::fixture("payments", "migrateRecurring.request.card-plain"),
        )
        .unwrap();
        let answer = client.migrate_recurring_via_root(body).await.unwrap();
        valid(Api::Payments, "migrateRecurring", 201, &answer);
        let types::MigrateRecurringResponse::Authorized(authorized) = answer else {
            panic!("expected authorized")
        };
        let link = hal::offered::<rel::RecurringAuthorize>(&authorized)
            .expect("the recurring link for the next payment");
        let stored = serde_json::to_string(link).unwrap();
        let back: hal::Link = serde_json::from_str(&stored).unwrap();
        assert!(back.href.contains("/payments/authorizations/recurring/"));

        let body: types::MigrateCardOnFileAuthorizationRequest = serde_json::from_value(
            common::fixture("payments", "migrateCardOnFile.request.card-plain"),
        )
        .unwrap();
        let answer = client.migrate_card_on_file_via_root(body).await.unwrap();
        let types::MigrateCardOnFileResponse::Authorized(authorized) = answer else {
            panic!("expected authorized")
        };
        assert!(hal::offered::<rel::CardOnFileAuthorize>(&authorized).is_some());
    }

    #[tokio::test]
    async fn a_refusal_keeps_code_and_description() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        let mut body = common::fixture("payments", "authorize.request.card-plain");
        body["instruction"]["paymentInstrument"]["cardHolderName"] = json!("REFUSED");
        let answer = client
            .authorize_via_root(
                serde_json::from_value::<types::AuthorizationRequest>(body).unwrap(),
            )
            .await
            .unwrap();
        valid(Api::Payments, "authorize", 201, &answer);
        let types::AuthorizeResponse::Refused(r) = answer else {
            panic!()
        };
        assert_eq!(r.code.as_deref(), Some("5"));
        assert_eq!(r.description.as_deref(), Some("REFUSED"));
    }
}

mod verified_payments {
    use super::*;
    use common::http::{Canned, Server};
    use worldpay::auth::Credentials;
    use worldpay::transport::{ClientConfig, Environment};
    use worldpay::verified_payments::{Client, rel, types};

    fn request() -> types::VerifiedPaymentRequest {
        serde_json::from_value(common::fixture(
            "verified_payments",
            "verifiedPayment.request.card-plain",
        ))
        .unwrap()
    }

    #[tokio::test]
    async fn a_verified_payment_needs_device_data() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.bearer_config()).unwrap();
        let root = client.verified_payments_root().await.unwrap();
        let answer = client
            .verified_payment_response(&root, request())
            .await
            .unwrap();
        assert_eq!(answer.status(), 201);
        let answer = answer.into_inner();
        // `pay` discovers the root itself.
        assert_eq!(client.pay(request()).await.unwrap().outcome, answer.outcome);
        valid(Api::VerifiedPayments, "verifiedPayment", 201, &answer);
        assert_eq!(answer.outcome.as_deref(), Some("3dsDeviceDataRequired"));
        assert_eq!(answer.transaction_reference.as_deref(), Some("uniqueId"));
        let link = hal::offered::<rel::ThreeDsDeviceData>(&answer).unwrap();
        assert!(link.href.starts_with(sim.base_url()));
    }

    #[tokio::test]
    async fn a_wrong_token_is_401() {
        let sim = Simulator::start().await.unwrap();
        let config = ClientConfig::new(sim.environment()).credentials(Credentials::bearer("nope"));
        let (status, _) = api_error(Client::new(&config).unwrap().verified_payments_root().await);
        assert_eq!(status, 401);
    }

    /// The seed's example headers are what goes on the wire.
    #[tokio::test]
    async fn the_seeds_headers_go_on_the_wire() {
        let server = Server::start().await;
        let config = ClientConfig::new(Environment::Custom(server.base_url.clone()))
            .credentials(Credentials::bearer("token"));
        let client = Client::new(&config).unwrap();
        let mut links = hal::Links::new();
        links.insert(
            "verifiedPayments:verifiedPayment",
            hal::Link::new("/verifiedPayments/payments"),
        );
        server.respond(Canned::json(
            201,
            &common::fixture(
                "verified_payments",
                "verifiedPayment.201.device-data-required",
            ),
        ));
        client.verified_payment(&links, request()).await.unwrap();
        let sent = server.take();
        let expected = common::fixture("verified_payments", "verifiedPayment.headers");
        for (name, value) in expected.as_object().unwrap() {
            assert_eq!(
                sent[0].header(name),
                value.as_str(),
                "header {name} on the wire"
            );
        }
        assert_eq!(
            sent[0].json(),
            common::fixture("verified_payments", "verifiedPayment.request.card-plain")
        );
    }
}

mod online {
    use super::*;
    use worldpay::online::{Client, types};

    fn order(extra: Value) -> types::OrderRequest {
        let mut body = json!({
            "orderDescription": "Simulated order",
            "amount": 1000,
            "currencyCode": "GBP",
            "name": "Sherlock Holmes",
            "paymentMethod": {
                "type": "Card",
                "name": "Sherlock Holmes",
                "expiryMonth": 5,
                "expiryYear": 2035,
                "cardNumber": "4444333322221111",
                "cvc": "123"
            }
        });
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        serde_json::from_value(body).unwrap()
    }

    #[tokio::test]
    async fn an_order_is_captured_in_part_then_refunded_in_part() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.service_key_config()).unwrap();
        let created = client
            .create_order(order(json!({"authorizeOnly": true})))
            .await
            .unwrap();
        valid(Api::Online, "createOrder", 200, &created);
        assert_eq!(
            created.payment_status.as_ref().unwrap().as_str(),
            "AUTHORIZED"
        );
        let code = created.order_code.clone().unwrap();

        let captured = client.capture(&code, Some(800)).await.unwrap();
        valid(Api::Online, "captureOrder", 200, &captured);
        assert_eq!(
            captured.payment_status.as_ref().unwrap().as_str(),
            "SUCCESS"
        );
        assert_eq!(captured.amount, Some(800));

        client.refund(&code, Some(300)).await.unwrap();
        let after = client.get_order(&code).await.unwrap();
        valid(Api::Online, "getOrder", 200, &after);
        assert_eq!(
            after.payment_status.as_ref().unwrap().as_str(),
            "PARTIALLY_REFUNDED"
        );

        // More than the 500 left cannot be refunded; Worldpay Online's error body.
        let refused = client.refund(&code, Some(501)).await;
        let text = refused.as_ref().map(|_| ()).unwrap_err().to_string();
        assert!(text.contains("answered 400: INVALID_AMOUNT: "), "{text}");
        let (status, body) = api_error(refused);
        assert_eq!(status, 400);
        let ApiErrorBody::Online(body) = body else {
            panic!()
        };
        assert_eq!(body.custom_code(), Some("INVALID_AMOUNT"));

        // A captured order cannot be cancelled.
        let (status, _) = api_error(client.cancel_order(&code).await);
        assert_eq!(status, 400);

        // The token of the order reads back.
        let token = client
            .get_token(created.token.as_deref().unwrap())
            .await
            .unwrap();
        valid(Api::Online, "getToken", 200, &token);
    }

    #[tokio::test]
    async fn an_authorized_order_can_be_cancelled() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.service_key_config()).unwrap();
        let created = client
            .create_order(order(json!({"authorizeOnly": true})))
            .await
            .unwrap();
        let code = created.order_code.unwrap();
        client.cancel_order(&code).await.unwrap();
        let after = client.get_order(&code).await.unwrap();
        assert_eq!(after.payment_status.unwrap().as_str(), "CANCELLED");
    }

    #[tokio::test]
    async fn a_3ds_order_completes_and_a_failed_one_fails() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.service_key_config()).unwrap();
        let created = client
            .create_order(order(json!({"is3DSOrder": true})))
            .await
            .unwrap();
        assert_eq!(
            created.payment_status.as_ref().unwrap().as_str(),
            "PRE_AUTHORIZED"
        );
        assert!(created.redirect_url.is_some());
        let done = client
            .complete_three_ds(created.order_code.as_deref().unwrap(), "IDENTIFIED")
            .await
            .unwrap();
        valid(Api::Online, "completeThreeDsOrder", 200, &done);
        assert_eq!(done.payment_status.unwrap().as_str(), "SUCCESS");

        let failed = client
            .create_order(order(json!({"name": "FAILED"})))
            .await
            .unwrap();
        assert_eq!(failed.payment_status.unwrap().as_str(), "FAILED");
    }

    #[tokio::test]
    async fn a_wrong_service_key_is_401_with_online_error_body() {
        let sim = Simulator::start().await.unwrap();
        let config = worldpay::transport::ClientConfig::new(sim.environment())
            .credentials(worldpay::auth::Credentials::service_key("T_S_wrong"));
        let (status, body) = api_error(Client::new(&config).unwrap().get_order("x").await);
        assert_eq!(status, 401);
        let ApiErrorBody::Online(body) = body else {
            panic!()
        };
        assert_eq!(body.custom_code(), Some("ACCESS_DENIED"));
    }
}
