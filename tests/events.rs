//! Worldpay's events: every webhook of the Events description decodes, an
//! unknown one is kept, and signatures verify and refuse against a real
//! receiver on loopback.
//!
//! **How the fixtures are built.** Worldpay's published Events
//! description has no examples, so each fixture is constructed from the
//! description itself (`schemas/events/openapi.yaml`, read here): for
//! every webhook and every schema of its body (each `oneOf` branch), an
//! object with *every* property the schema lists, recursively, each
//! filled with a value of its type: the webhook's name as
//! `eventDetails.type` (`refused` for `refusedPayout`, whose
//! classification says it is a payout), the classification its operation
//! id names (`…Payout`: `payout`, `…Chargeback`: `chargeback`, else
//! `payment`), a UUID `eventId`, an `eventTimestamp` like Worldpay's
//! (`2018-06-13T14:18:13.407`), the format's value for dates and
//! date-times, the enum's first value, `250` for integers, and a short
//! text naming the property otherwise (a masked card number for
//! `cardNumber`). The token events' schemas carry no `type`: the card's
//! fixture names itself in its top-level `eventType`, the others get
//! `eventDetails.type` = `tokenCreated` (what every other event carries).
#![cfg(feature = "webhook-server")]

use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};
use worldpay::events::{self, Event, WEBHOOKS};
use worldpay::webhook::{KeyRing, Received, WebhookError, serve, sign};

fn description() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schemas/events/openapi.yaml"
    ))
    .unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn resolve<'a>(doc: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            resolve(doc, &doc["components"]["schemas"][name])
        }
        None => s,
    }
}

fn fill(doc: &Value, schema: &Value, prop: &str, ctx: &(String, String)) -> Value {
    let s = resolve(doc, schema);
    if let Some(props) = s.get("properties").and_then(Value::as_object) {
        let mut m = Map::new();
        for (k, v) in props {
            m.insert(k.clone(), fill(doc, v, k, ctx));
        }
        return Value::Object(m);
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        return e[0].clone();
    }
    match (s.get("type").and_then(Value::as_str), prop) {
        (Some("integer"), _) => json!(250),
        (_, "eventId") => json!("3b1c7a57-1b6f-4c38-a0f4-b3c3c4b5d7e1"),
        (_, "eventTimestamp") => json!("2018-06-13T14:18:13.407"),
        (_, "type") if ctx.0 != "tokenCreated" => json!(ctx.0),
        (_, "classification") => json!(ctx.1),
        (_, "currencyCode") => json!("GBP"),
        (_, "cardNumber") => json!("4444********1111"),
        (_, "eventType") => json!("tokenCreated"),
        (_, "href") => json!("https://try.access.worldpay.com/payments/events/abc"),
        _ => match s.get("format").and_then(Value::as_str) {
            Some("date") => json!("2018-06-13"),
            Some("date-time") => json!("2018-06-13T14:18:13Z"),
            _ => json!(format!("{prop}-1")),
        },
    }
}

/// `(webhook, branch schema, fixture)` for every webhook and branch.
fn fixtures() -> Vec<(String, String, Value)> {
    let doc = description();
    let mut out = Vec::new();
    for (name, item) in doc["webhooks"].as_object().unwrap() {
        let op = item["post"]["operationId"].as_str().unwrap();
        let class = if op.ends_with("Payout") {
            "payout"
        } else if op.ends_with("Chargeback") {
            "chargeback"
        } else {
            "payment"
        };
        let event_type = name.strip_suffix("Payout").unwrap_or(name).to_string();
        let event_type = if event_type.is_empty() {
            name.clone()
        } else {
            event_type
        };
        let ctx = (event_type, class.to_string());
        let schema = &item["post"]["requestBody"]["content"]["application/vnd.worldpay.events-v1.hal+json"]
            ["schema"];
        let branches: Vec<&Value> = match schema.get("oneOf") {
            Some(b) => b.as_array().unwrap().iter().collect(),
            None => vec![schema],
        };
        for b in branches {
            let branch = b["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
            let mut body = fill(&doc, b, "", &ctx);
            if name == "tokenCreated" && body.get("eventType").is_none() {
                body["eventDetails"]["type"] = json!("tokenCreated");
            }
            out.push((name.clone(), branch.to_string(), body));
        }
    }
    out
}

/// Leaves of `a` missing from (or different in) `b`.
fn lost(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => lost(v, w, format!("{at}/{k}"), out),
                    None => out.push(format!("{at}/{k}")),
                }
            }
        }
        (x, y) if x != y => out.push(at),
        _ => {}
    }
}

#[test]
fn every_webhook_decodes_from_a_constructed_fixture() {
    let all = fixtures();
    assert_eq!(WEBHOOKS.len(), 26, "the Events description has 26 webhooks");
    let names: std::collections::BTreeSet<_> = all.iter().map(|f| f.0.clone()).collect();
    assert_eq!(names.len(), 26);
    for (webhook, branch, body) in &all {
        let event: Event = serde_json::from_value(body.clone())
            .unwrap_or_else(|e| panic!("{webhook}/{branch}: {e}"));
        assert_eq!(event.webhook(), webhook, "{branch}");
        assert!(!matches!(event, Event::Unrecognized(_)), "{webhook}");
        // Nothing the fixture carries is lost, whichever shape was chosen
        // (the token events' added `type` aside, where the shape has none).
        let back = serde_json::to_value(&event).unwrap();
        let mut missing = Vec::new();
        lost(body, &back, String::new(), &mut missing);
        missing.retain(|m| m != "/eventDetails/type" || webhook != "tokenCreated");
        assert!(missing.is_empty(), "{webhook}/{branch} lost {missing:?}");
    }
    // Shapes told apart by what they carry.
    let pick = |b: &str| all.iter().find(|f| f.1 == b).unwrap().2.clone();
    let e: Event = serde_json::from_value(pick("sentForSettlementPaymentPix")).unwrap();
    assert!(matches!(
        e,
        Event::SentForSettlement(events::SentForSettlementBody::SentForSettlementPaymentPix(
            _
        ))
    ));
    let e: Event = serde_json::from_value(pick("authorizedPaymentOpenBanking")).unwrap();
    assert!(matches!(
        e,
        Event::Authorized(events::AuthorizedBody::AuthorizedPaymentOpenBanking(_))
    ));
    let e: Event = serde_json::from_value(pick("authorizedPaymentKlarna")).unwrap();
    assert!(matches!(
        e,
        Event::Authorized(events::AuthorizedBody::AuthorizedPaymentKlarna(_))
    ));
    let e: Event = serde_json::from_value(pick("tokenCreatedCard")).unwrap();
    assert!(matches!(
        e,
        Event::TokenCreated(events::TokenCreatedBody::TokenCreatedCard(_))
    ));
    // `refused` of a payout is the payout's webhook; of a payment, the payment's.
    let e: Event = serde_json::from_value(pick("refusedPayout")).unwrap();
    assert!(matches!(e, Event::RefusedPayout(_)));
    assert_eq!(e.classification().as_deref(), Some("payout"));
    let e: Event = serde_json::from_value(pick("refusedPayment")).unwrap();
    assert!(matches!(e, Event::Refused(_)));
}

#[test]
fn an_unknown_event_type_is_kept_whole() {
    let body = json!({
        "eventId": "e-9", "eventTimestamp": "2030-01-01T00:00:00",
        "eventDetails": {"classification": "payment", "type": "teleported", "extra": {"x": [1, 2]}}
    });
    let e: Event = serde_json::from_value(body.clone()).unwrap();
    let Event::Unrecognized(u) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(u.value(), &body);
    assert_eq!(e.webhook(), "teleported");
    assert_eq!(serde_json::to_value(&e).unwrap(), body);
    // No name at all: still kept.
    let e: Event = serde_json::from_value(json!({"something": "else"})).unwrap();
    assert!(matches!(e, Event::Unrecognized(_)));
}

fn settled(id: &str, at: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "eventId": id, "eventTimestamp": at,
        "eventDetails": {"classification": "payment", "transactionReference": "order-1",
            "type": "settled", "date": "2018-06-13", "amount": {"value": 250, "currencyCode": "GBP"}}
    }))
    .unwrap()
}

type Got = Arc<Mutex<Vec<events::Received>>>;

async fn receiver(ring: KeyRing) -> (worldpay::webhook::ServerHandle, Got) {
    let got: Got = Arc::default();
    let sink = got.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let handle = serve(listener, events::receiver(ring), move |e| {
        sink.lock().unwrap().push(e);
        true
    })
    .unwrap();
    (handle, got)
}

async fn post(addr: std::net::SocketAddr, signature: Option<&str>, body: &[u8]) -> u16 {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let mut req = client
        .post(format!("http://{addr}/events"))
        .header("content-type", events::MEDIA_TYPE)
        .body(body.to_vec());
    if let Some(s) = signature {
        req = req.header("Event-Signature", s);
    }
    req.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn a_real_receiver_verifies_by_key_id_and_refuses_with_400() {
    // During a renewal both keys are held; the header's order changes.
    let ring = KeyRing::new().key("1", "old secret").key("2", "new secret");
    let (server, got) = receiver(ring).await;
    let addr = server.addr();
    let body = settled("e-1", "2018-06-13T14:18:13.407");
    let by_old = format!("1/SHA256/{}", sign(b"old secret", &body));
    let by_new = format!("2/SHA256/{}", sign(b"new secret", &body));
    assert_eq!(post(addr, Some(&by_old), &body).await, 200);
    assert_eq!(
        post(addr, Some(&format!("{by_new},{by_old}")), &body).await,
        200
    );
    assert_eq!(
        post(addr, Some(&format!("{by_old}, {by_new}")), &body).await,
        200
    );
    // A key not held next to one held: chosen by id, not position.
    let by_stranger = format!("3/SHA256/{}", sign(b"someone else", &body));
    assert_eq!(
        post(addr, Some(&format!("{by_stranger},{by_new}")), &body).await,
        200
    );
    // Refused, 400: a wrong secret, no signature, an unknown key, a malformed header, a changed body.
    let wrong = format!("1/SHA256/{}", sign(b"wrong secret", &body));
    assert_eq!(post(addr, Some(&wrong), &body).await, 400);
    assert_eq!(post(addr, None, &body).await, 400);
    assert_eq!(post(addr, Some(&by_stranger), &body).await, 400);
    assert_eq!(post(addr, Some("1/SHA256"), &body).await, 400);
    assert_eq!(post(addr, Some("garbage"), &body).await, 400);
    let mut changed = body.clone();
    changed.extend_from_slice(b" ");
    assert_eq!(post(addr, Some(&by_old), &changed).await, 400);
    assert_eq!(got.lock().unwrap().len(), 4);
    drop(server);
}

#[test]
fn refusals_never_parse_the_body_and_never_show_secrets() {
    let r = events::receiver(KeyRing::new().key("1", "s3cr3t-value"));
    // Not JSON at all: refused for the signature, not the body.
    let err = r.receive(None, b"not json").unwrap_err();
    assert!(matches!(err, WebhookError::MissingSignature));
    let sig = format!("1/SHA256/{}", sign(b"other", b"not json"));
    let err = r.receive(Some(sig.as_bytes()), b"not json").unwrap_err();
    assert!(matches!(err, WebhookError::Mismatch { ref key_id } if key_id == "1"));
    assert!(err.is_signature());
    let shown = format!("{err} {err:?} {r:?}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    // A verified body that is not JSON is a body error.
    let sig = format!("1/SHA256/{}", sign(b"s3cr3t-value", b"not json"));
    let err = r.receive(Some(sig.as_bytes()), b"not json").unwrap_err();
    assert!(matches!(err, WebhookError::Body { .. }));
}

/// What the example shows: drop a second delivery of an event id, apply
/// events in timestamp order whatever order they arrive in.
#[test]
fn deduplicate_by_id_and_order_by_timestamp() {
    let r = events::receiver(KeyRing::new().key("1", "k"));
    let deliveries = [
        settled("b", "2018-06-13T14:18:14.1"),
        settled("a", "2018-06-13T14:18:13.407"),
        settled("b", "2018-06-13T14:18:14.1"),
        settled("c", "2018-06-13T14:18:14.05"),
    ];
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<Received<Event>> = Vec::new();
    for body in &deliveries {
        let sig = format!("1/SHA256/{}", sign(b"k", body));
        let e = r.receive(Some(sig.as_bytes()), body).unwrap();
        if seen.insert(e.id.clone().unwrap()) {
            kept.push(e);
        }
    }
    kept.sort_by(|a, b| a.timestamp.cmp(&b.timestamp));
    let order: Vec<_> = kept.iter().map(|e| e.id.clone().unwrap()).collect();
    assert_eq!(order, ["a", "c", "b"]);
}

/// What webhooks carry is redacted by JSON path like what answers carry:
/// the Events description's paths of card and bank data are generated.
#[test]
fn event_card_and_bank_data_have_generated_sensitive_paths() {
    for path in [
        "eventDetails.paymentInstrument.cardNumber",
        "eventDetails.paymentInstrument.iban",
        "eventDetails.paymentInstrument.accountNumber",
    ] {
        assert!(
            worldpay::events::SENSITIVE_PATHS.contains(&path),
            "{path} missing from {:?}",
            worldpay::events::SENSITIVE_PATHS
        );
    }
    let mut event = serde_json::json!({
        "eventId": "e-1",
        "eventDetails": {
            "type": "tokenCreated",
            "paymentInstrument": {"type": "card/front", "cardNumber": "4444333322221111",
                "iban": "GB33BUKB20201555555555", "accountNumber": "55555555"}
        }
    });
    worldpay::sensitive::redact_json_with(&mut event, worldpay::events::SENSITIVE_PATHS);
    let text = event.to_string();
    for secret in ["4444333322221111", "GB33BUKB20201555555555", "55555555"] {
        assert!(!text.contains(secret), "{text}");
    }
    assert_eq!(
        event["eventDetails"]["paymentInstrument"]["type"],
        "card/front"
    );
}
