//! No card number, CVC, wallet token, credential, bearer token, licence key
//! or activation code ever appears in what the crate prints: the `Debug`
//! (plain and pretty) of every fixture of every API decoded into its type,
//! the `Display` and `Debug` of every error the tests can provoke (each
//! `worldpay::Error` variant and the IPS Cloud, STOMP, session, validation,
//! link and constraint errors, all fed secrets), and everything logged
//! through `tracing` (and the `log` crate) at TRACE level while complete
//! flows with card data run against the simulator.
//!
//! The scanner (`tests/common/secrets.rs`) finds Luhn-valid card numbers
//! (also grouped by spaces or dashes) and every secret literal of the
//! fixtures and of this test; each leak is listed with where it was found,
//! what kind of secret it is and its surroundings, the secret masked.
#![cfg(feature = "simulator")]

mod common;

use std::io::Write;
use std::sync::OnceLock;

use common::capture::Capture;
use common::http::{Canned, Server};
use common::secrets::{Leak, Secrets, find_pans, luhn};
use serde_json::{Value, json};
use worldpay::auth::Credentials;
use worldpay::error::{Error, InvalidRequest};
use worldpay::hal::{Link, Links};
use worldpay::ips_cloud::{
    IpsConfig, LicenceKey, LicenceTerm, PaymentEvent, PaypointRef, Server as IpsServer,
};
use worldpay::sim::{Simulator, SimulatorConfig};
use worldpay::stomp::{Command, Decoder, Frame, HeartBeat, Limits, StompError, Version};
use worldpay::transport::{ClientConfig, Environment};
use worldpay::validate::{Api, Schema};

// The credentials of this test: distinctive, so that any echo is found.
const USERNAME: &str = "merchant-Qx7-user";
const PASSWORD: &str = "pw-Zk41-secret";
const BEARER: &str = "bearer-Rt92-token";
const SERVICE_KEY: &str = "T_S_svc-Wm63-key";
const ACTIVATION_CODE: &str = "QW12ER34";
const WRONG_ACTIVATION_CODE: &str = "ZZ98YY76";
/// A JWT-shaped licence key the server never issued.
const FORGED_LICENCE: &str = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGT1JHRUQifQ.Zm9yZ2VkLXNpZ25hdHVyZQ";

// Card data planted in requests, bodies and frames.
const PAN: &str = "4444333322221111";
const PAN_SPACED: &str = "4444 3333 2222 1111";
const PAN_DASHED: &str = "5555-5555-5555-4444";
const REFUSED_PAN: &str = "4000000000000002";
const CVC: &str = "737";
const CVC4: &str = "4619";
const HOLDER: &str = "Irene Adler";
const WALLET_TOKEN: &str = "wallet-eyJkYXRhIjoiWmVyb0RheVRva2VuIn0-blob";
/// The shared secret of Access Worldpay's event signatures.
const WEBHOOK_SECRET: &str = "whsec-Pq58-shared";

fn secrets() -> Secrets {
    let mut s = Secrets::from_fixtures();
    s.add_basic(USERNAME, PASSWORD);
    s.add("bearer token", BEARER);
    s.add("service key", SERVICE_KEY);
    s.add("activation code", ACTIVATION_CODE);
    s.add("activation code", WRONG_ACTIVATION_CODE);
    s.add("licence key", FORGED_LICENCE);
    s.add("card number", PAN);
    s.add("card number", REFUSED_PAN);
    s.add("cardholder name", HOLDER);
    s.add("wallet token", WALLET_TOKEN);
    s.add("webhook secret", WEBHOOK_SECRET);
    s.add_short("CVC", common::secrets::CVC_FIELDS, CVC);
    s.add_short("CVC", common::secrets::CVC_FIELDS, CVC4);
    s
}

/// Every leak of `texts`, one line each.
fn leaks_of(secrets: &Secrets, texts: &[(String, String)]) -> Vec<Leak> {
    texts
        .iter()
        .flat_map(|(place, text)| secrets.scan(place, text))
        .collect()
}

fn assert_no_leaks(what: &str, leaks: &[Leak]) {
    if !leaks.is_empty() {
        let list: Vec<String> = leaks.iter().map(|l| format!("  {l}")).collect();
        panic!(
            "{what}: {} leak(s) of card data or secrets:\n{}",
            leaks.len(),
            list.join("\n")
        );
    }
}

// ---------------------------------------------------------------- scanner

#[test]
fn the_scanner_finds_planted_secrets_and_nothing_else() {
    let s = secrets();
    let kinds = |text: &str| -> Vec<String> {
        s.scan("planted", text)
            .into_iter()
            .map(|l| l.kind)
            .collect()
    };
    // A card number with spaces, with dashes, and plain inside text.
    assert!(!kinds(&format!("card {PAN_SPACED} expired")).is_empty());
    assert!(!kinds(&format!("x={PAN_DASHED};")).is_empty());
    assert_eq!(find_pans("pan:4917610000000000003."), vec![(4, 23)]);
    // A CVC in context: Debug, Debug of an option, JSON (also escaped
    // inside a Debug string) and key=value.
    for text in [
        format!("CardPlain {{ cvc: \"{CVC}\" }}"),
        format!("cvc: Some(\"{CVC4}\")"),
        format!("{{\"cvc\":\"{CVC}\"}}"),
        format!("\"{{\\\"cvc\\\": \\\"{CVC}\\\"}}\""),
        format!("securityCode={CVC}&x=1"),
    ] {
        assert_eq!(kinds(&text), vec!["CVC".to_string()], "{text}");
    }
    // The Basic credential as base64, and a licence key.
    assert!(
        kinds("Authorization: Basic bWVyY2hhbnQtUXg3LXVzZXI6cHctWms0MS1zZWNyZXQ=")
            .contains(&"credential (Basic header)".to_string())
    );
    assert!(kinds(&format!("key={FORGED_LICENCE}")).contains(&"licence key".to_string()));
    // A wallet token printed by Debug (quotes escaped) is found too.
    let fixture_wallet = common::fixture("payments", "authorize.request.card-wallet-googlepay");
    let token = fixture_wallet["instruction"]["paymentInstrument"]["walletToken"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!kinds(&format!("{token:?}")).is_empty());
    // Not flagged: a Luhn-invalid 16-digit number, amounts, a CVC-like
    // number outside a CVC field, a UUID, a date, a masked number.
    assert!(!luhn("4444333322221112"));
    for clean in [
        "reference 4444333322221112 is unknown",
        "amount: 737, currency: \"GBP\" 4619",
        "cvcResultCode: \"737\"",
        "x-wp-correlation-id: 12345678-1234-4567-8901-234567890123",
        "timestamp:1795275767130",
        "2026-11-21T15:19:13Z 4444********1111 cardBin 444433",
        "<redacted> CardNumber(<redacted>) Cvc(<redacted>)",
    ] {
        assert_eq!(kinds(clean), Vec::<String>::new(), "{clean}");
    }
    // The context around a leak masks the secret itself.
    let leak = &s.scan("here", &format!("the card {PAN} was used"))[0];
    assert_eq!(leak.context, "the card ******** was used");
    assert!(leak.to_string().starts_with("here: "));
    // The fixtures yield every kind of secret they hold.
    for kind in [
        "card number",
        "CVC",
        "cardholder name",
        "wallet token",
        "licence key",
        "activation code",
    ] {
        assert!(s.has_kind(kind), "no {kind} collected from the fixtures");
    }
}

// ------------------------------------------------------------- fixtures

/// `Debug` and pretty `Debug` of every fixture, decoded into its type.
fn fixture_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in common::typed::api_dirs() {
        for name in common::fixture_names(dir) {
            let decoded = common::typed::decode_fixture(dir, &name);
            out.push((format!("fixture {dir}/{name} (Debug)"), decoded.debug));
        }
    }
    use worldpay::ips_cloud::Direction;
    use worldpay::ips_cloud::channels::{CHANNELS, ClientMessage, ServerMessage};
    for name in common::fixture_names("ips_cloud") {
        let message = name.split('.').next().unwrap();
        let channel = CHANNELS
            .iter()
            .find(|c| c.message == message)
            .unwrap_or_else(|| panic!("no channel carries {message}"));
        let bytes = serde_json::to_vec(&common::fixture("ips_cloud", &name)).unwrap();
        let debug = match channel.direction {
            Direction::Subscribe => {
                let m = ServerMessage::decode(channel.destination, &bytes).unwrap();
                format!("{m:?} {m:#?}")
            }
            Direction::Publish => {
                let m = ClientMessage::decode(channel.destination, &bytes).unwrap();
                format!("{m:?} {m:#?}")
            }
        };
        out.push((format!("fixture ips_cloud/{name} (Debug)"), debug));
    }
    out
}

#[test]
fn no_fixture_of_any_api_prints_a_secret() {
    let texts = fixture_texts();
    let expected: usize = common::typed::api_dirs()
        .into_iter()
        .chain(["ips_cloud"])
        .map(|dir| common::fixture_names(dir).len())
        .sum();
    assert_eq!(texts.len(), expected, "every fixture rendered");
    assert!(expected >= 91, "the fixtures are there: {expected}");
    assert_no_leaks("fixtures", &leaks_of(&secrets(), &texts));
}

// ------------------------------------------------------- error catalogue

/// `Display`, `Debug`, pretty `Debug` and the source chain of an error.
fn render(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = format!("{e} | {e:?} | {e:#?}");
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(&format!(" | caused by: {s} | {s:?}"));
        source = s.source();
    }
    text
}

fn rendered<T: std::fmt::Debug, E: std::error::Error + 'static>(r: Result<T, E>) -> String {
    match r {
        Ok(v) => format!("Ok: {v:?}"),
        Err(e) => render(&e),
    }
}

fn sim_config() -> SimulatorConfig {
    SimulatorConfig::default()
        .credentials(USERNAME, PASSWORD)
        .bearer_token(BEARER)
        .service_key(SERVICE_KEY)
        .activation_code(ACTIVATION_CODE)
}

fn v7_payment(card: &str, holder: &str, amount: i64) -> Value {
    json!({
        "transactionReference": format!("scan-{amount}-{}", holder.len()),
        "merchant": {"entity": "default"},
        "channel": "ecom",
        "instruction": {
            "requestAutoSettlement": {"enabled": false},
            "narrative": {"line1": "MindPalace"},
            "value": {"currency": "GBP", "amount": amount},
            "paymentInstrument": {
                "type": "card/plain",
                "cardNumber": card,
                "cvc": CVC,
                "cardHolderName": holder,
                "expiryDate": {"month": 5, "year": 2035}
            }
        }
    })
}

/// Provokes every kind of error with secrets in its input; each entry is
/// where it came from and its rendering.
async fn error_catalogue(sim: &Simulator) -> Vec<(String, String)> {
    use worldpay::card_payments::{self as v7, types};
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |place: &str, text: String| out.push((place.to_string(), text));

    // Credentials and configurations.
    let basic = Credentials::basic(USERNAME, PASSWORD);
    add("Credentials::Basic", format!("{basic:?} {basic:#?}"));
    let bearer = Credentials::bearer(BEARER);
    let key = Credentials::service_key(SERVICE_KEY);
    add(
        "Credentials::Bearer/ServiceKey",
        format!("{bearer:?} {key:#?}"),
    );
    let config = sim.client_config();
    add("ClientConfig", format!("{config:?} {config:#?}"));
    add("SimulatorConfig", format!("{:?} {sim:?}", sim_config()));
    let client = v7::Client::new(&config).unwrap();
    add("card_payments::Client", format!("{client:?}"));
    let licence = LicenceKey::new(FORGED_LICENCE);
    let ips = sim
        .ips_cloud_config(PaypointRef::new("SCAN001").unwrap())
        .licence_key(licence.clone());
    add(
        "LicenceKey/IpsConfig/SessionConfig",
        format!("{licence:?} {ips:?} {ips:#?} {:?}", ips.session),
    );
    add(
        "ips_cloud::Client",
        format!("{:?}", worldpay::ips_cloud::Client::new(ips.clone())),
    );

    // Error::Config: a base URL carrying credentials and a key.
    for base in [
        format!("http://{USERNAME}:{PASSWORD}@example.com/"),
        format!("https://example.com/?key={SERVICE_KEY}"),
        format!("ftp://{USERNAME}:{PASSWORD}@example.com/"),
        format!("not a url {PAN}"),
    ] {
        let r = v7::Client::new(
            &ClientConfig::new(Environment::Custom(base)).credentials(basic.clone()),
        );
        add("Error::Config (base URL)", rendered(r));
    }
    let r = v7::Client::new(
        &ClientConfig::new(sim.environment())
            .credentials(Credentials::bearer(format!("{BEARER}\n"))),
    );
    add("Error::Config (credentials)", rendered(r));

    // Error::InvalidRequest: constructors, builders, the client's check.
    add(
        "InvalidValue (card number)",
        rendered(types::CardNumber::new(PAN_SPACED)),
    );
    add(
        "Error from InvalidValue",
        rendered(types::CardNumber::new(format!("{PAN}x")).map_err(Error::from)),
    );
    add(
        "InvalidValue (CVC)",
        rendered(types::Cvc::new(format!("{CVC}x"))),
    );
    add(
        "InvalidValue (cardholder name)",
        rendered(types::CardHolderName::new(format!(
            "{HOLDER}{}",
            "x".repeat(300)
        ))),
    );
    let card = types::CardPlain::builder()
        .card_number(PAN_SPACED)
        .expiry_date(types::ExpiryDateCard::builder().month(5).year(2035));
    let built: Result<types::CardPlain, _> = card.try_into();
    let refusal = built.clone().err();
    add("builder error (card)", rendered(built));
    add(
        "Error::InvalidRequest (a builder's refusal)",
        rendered::<(), _>(Err(Error::InvalidRequest(InvalidRequest::from(
            refusal.expect("refused"),
        )))),
    );
    for (what, body) in [
        (
            "card number with spaces",
            v7_payment(PAN_SPACED, HOLDER, 100),
        ),
        ("CVC too long", {
            let mut b = v7_payment(PAN, HOLDER, 100);
            b["instruction"]["paymentInstrument"]["cvc"] = json!(format!("{CVC4}{CVC}"));
            b
        }),
        ("card number as a number", {
            let mut b = v7_payment(PAN, HOLDER, 100);
            b["instruction"]["paymentInstrument"]["cardNumber"] = json!(4444333322221111u64);
            b
        }),
        ("reference holding a card number", {
            let mut b = v7_payment(PAN, HOLDER, 100);
            b["transactionReference"] = json!(format!("{PAN} {PAN} {PAN} {PAN} {PAN}"));
            b
        }),
    ] {
        let typed = serde_json::from_value::<types::CustomerInitiatedTransaction>(body.clone());
        match typed {
            Err(e) => add(&format!("request decode ({what})"), render(&e)),
            Ok(t) => {
                let r = client
                    .authorize(types::builder::CustomerInitiatedTransaction::from(t))
                    .await;
                add(&format!("Error::InvalidRequest ({what})"), rendered(r));
            }
        }
    }

    // Refusals and documented error answers from the simulator.
    let refused = serde_json::from_value::<types::CustomerInitiatedTransaction>(v7_payment(
        PAN, "REFUSED", 100,
    ))
    .unwrap();
    add(
        "v7 refused (cardholder)",
        rendered(client.authorize(refused).await),
    );
    let refused = serde_json::from_value::<types::CustomerInitiatedTransaction>(v7_payment(
        REFUSED_PAN,
        HOLDER,
        100,
    ))
    .unwrap();
    add(
        "v7 refused (card)",
        rendered(client.authorize(refused).await),
    );
    let error = serde_json::from_value::<types::CustomerInitiatedTransaction>(v7_payment(
        PAN, "ERROR", 100,
    ))
    .unwrap();
    add("Error::Api (500)", rendered(client.authorize(error).await));
    let wrong = v7::Client::new(
        &ClientConfig::new(sim.environment())
            .credentials(Credentials::basic(USERNAME, format!("{PASSWORD}-wrong"))),
    )
    .unwrap();
    let body =
        serde_json::from_value::<types::CustomerInitiatedTransaction>(v7_payment(PAN, HOLDER, 100))
            .unwrap();
    add(
        "Error::Api (401)",
        rendered(wrong.authorize(body.clone()).await),
    );

    // Error::Transport: nothing listens.
    let offline = v7::Client::new(
        &ClientConfig::new(Environment::Custom("http://127.0.0.1:9".into()))
            .credentials(basic.clone()),
    )
    .unwrap();
    add(
        "Error::Transport",
        rendered(offline.authorize(body.clone()).await),
    );

    // Error::Decode, Error::UnexpectedStatus and undocumented or echoing
    // error bodies, served by a loopback server.
    let server = Server::start().await;
    let canned_client = v7::Client::new(
        &ClientConfig::new(Environment::Custom(server.base_url.clone())).credentials(basic.clone()),
    )
    .unwrap();
    let instrument = json!({"type": "card/plain", "cardNumber": PAN, "cvc": CVC,
        "cardHolderName": HOLDER});
    for (what, canned) in [
        (
            "Error::Decode (wrong type next to card data)",
            Canned::json(
                201,
                &json!({"outcome": "authorized", "paymentInstrument": instrument,
                        "riskFactors": "not-a-list", "cvc": CVC}),
            ),
        ),
        (
            "Error::Decode (card data where an object belongs)",
            Canned::json(
                201,
                &json!({"outcome": "authorized",
                        "paymentInstrument": format!("{PAN_SPACED} cvc={CVC} {HOLDER}")}),
            ),
        ),
        (
            "Error::Decode (unknown outcome holding a card number)",
            Canned::json(201, &json!({"outcome": PAN_DASHED})),
        ),
        (
            "Error::UnexpectedStatus",
            Canned::json(418, &json!({"echo": {"cardNumber": PAN, "cvc": CVC}})),
        ),
        (
            "Error::Api (undocumented body)",
            Canned::raw(
                400,
                "text/html",
                &format!("<p>card {PAN} cvc={CVC} auth {USERNAME}:{PASSWORD}</p>"),
            ),
        ),
        (
            "Error::Api (body echoing the card)",
            Canned::json(
                400,
                &json!({"errorName": "bodyDoesNotMatchSchema",
                        "message": format!("card {PAN_SPACED} is invalid"),
                        "validationErrors": [{"errorName": "fieldHasInvalidValue",
                            "message": format!("{PAN} breaks the pattern"),
                            "jsonPath": "$.instruction.paymentInstrument.cardNumber"}]}),
            ),
        ),
    ] {
        server.respond(canned);
        add(what, rendered(canned_client.authorize(body.clone()).await));
    }

    // Error::Link: the path of a link holding a card number, another
    // origin, a template.
    let mut links = Links::new();
    links.insert(
        "cardPayments:settle",
        Link::new(format!("/payments/settlements/refunds/full/{PAN}")),
    );
    add(
        "Error::Link (path mismatch)",
        rendered(
            canned_client
                .settle(&links, types::PaymentsSettle::default())
                .await,
        ),
    );
    let mut links = Links::new();
    links.insert(
        "cardPayments:events",
        Link::new(format!(
            "https://{USERNAME}:{PASSWORD}@evil.example/payments/events/{PAN}"
        )),
    );
    add(
        "Error::Link (cross origin)",
        rendered(canned_client.events(&links).await),
    );
    let mut links = Links::new();
    links.insert(
        "cardPayments:events",
        Link::new(format!("http://[{PAN}/payments/events/x")),
    );
    add(
        "Error::Link (invalid href)",
        rendered(canned_client.events(&links).await),
    );

    // Error::Link (ambiguous path): encoded, case-folded and `;` paths
    // around a card number.
    for href in [
        format!("/payments/settlements/{PAN}%2F{PAN}"),
        format!("/payments/Settlements/Refunds/full/{PAN}"),
        format!("/payments/settlements;{PAN}/x"),
    ] {
        let mut links = Links::new();
        links.insert("cardPayments:settle", Link::new(href));
        add(
            "Error::Link (ambiguous path)",
            rendered(
                canned_client
                    .settle(&links, types::PaymentsSettle::default())
                    .await,
            ),
        );
    }

    // Error::TooLarge: an answer announcing more than the cap.
    let small = v7::Client::new(
        &ClientConfig::new(Environment::Custom(server.base_url.clone()))
            .credentials(basic.clone())
            .max_response_size(8),
    )
    .unwrap();
    server.respond(Canned::json(
        201,
        &json!({"outcome": "authorized", "paymentInstrument": {"cardNumber": PAN}}),
    ));
    add(
        "Error::TooLarge",
        rendered(small.authorize(body.clone()).await),
    );

    // Error::Config: a base URL with credentials in it; a proxy URL too.
    add(
        "Error::Config (userinfo)",
        rendered(v7::Client::new(&ClientConfig::new(Environment::Custom(
            format!("https://{USERNAME}:{PASSWORD}@try.access.worldpay.com"),
        )))),
    );
    add(
        "Error::Config (proxy)",
        rendered(v7::Client::new(
            &ClientConfig::new(Environment::Try)
                .https_proxy(format!("ftp://{USERNAME}:{PASSWORD}@proxy.example")),
        )),
    );

    // worldpay::validate: payloads with card data, at the field and above.
    let checks: Vec<(Api, &str, Value)> = vec![
        (Api::CardPayments, "authorize", {
            let mut b = v7_payment(PAN_SPACED, HOLDER, 100);
            b["instruction"]["paymentInstrument"]["cvc"] = json!(format!("{CVC4}{CVC}x"));
            b["instruction"]["paymentInstrument"]["walletToken"] = json!(WALLET_TOKEN);
            b
        }),
        (Api::CardPayments, "authorize", {
            let mut b = v7_payment(PAN, HOLDER, 100);
            b["instruction"]["paymentInstrument"]["type"] = json!("card/unknown");
            b
        }),
        (Api::CardPayments, "authorize", {
            let mut b = v7_payment(PAN, HOLDER, 100);
            b["transactionReference"] = json!(PAN_DASHED);
            b["instruction"]["narrative"]["line1"] = json!(format!("{PAN} cvc={CVC} {HOLDER}"));
            b
        }),
        (Api::Payments, "authorize", {
            let mut b = common::fixture("payments", "authorize.request.card-wallet-applepay");
            b["instruction"]["paymentInstrument"]["walletToken"] = json!(42);
            b["instruction"]["paymentInstrument"]["extra"] = json!(WALLET_TOKEN);
            b
        }),
        (Api::Online, "createOrder", {
            let mut b = common::fixture("online", "createOrder.request.card-order");
            b["paymentMethod"]["cvc"] = json!(format!("{CVC}xx"));
            b["paymentMethod"]["cardNumber"] = json!(PAN_SPACED);
            b["paymentMethod"]["name"] = json!(HOLDER);
            b["paymentMethod"]["expiryMonth"] = json!("five");
            b
        }),
        (
            Api::IpsCloud,
            "registerPointOfSale",
            json!({"pointOfSaleId": "D45FGT", "pointOfSaleReference": "POS123",
                   "pointOfSaleActivationCode": format!("{WRONG_ACTIVATION_CODE}!")}),
        ),
    ];
    for (api, op, payload) in checks {
        let schema = match Schema::request(api, op) {
            Ok(s) => s,
            Err(e) => panic!("{api:?} {op}: {e}"),
        };
        let Err(violations) = schema.validate(&payload) else {
            panic!("{api:?} {op}: the payload is valid: {payload}")
        };
        let text: Vec<String> = violations.iter().map(|v| format!("{v} {v:?}")).collect();
        add(&format!("validate {api:?} {op}"), text.join("\n"));
    }

    // STOMP: frames carrying a licence key and card data.
    let frame = Frame::new(Command::Connect)
        .header("x-wp-authorization", FORGED_LICENCE)
        .header("passcode", PASSWORD)
        .body(format!("{{\"cardNumber\":\"{PAN}\",\"cvc\":\"{CVC}\"}}"));
    add("stomp::Frame", format!("{frame:?} {frame:#?}"));
    let error_frame = Frame::new(Command::Error)
        .header(
            "message",
            format!("bad x-wp-authorization {FORGED_LICENCE} for card {PAN_SPACED}"),
        )
        .body(format!(
            "CONNECT\nx-wp-authorization:{FORGED_LICENCE}\n\n{PAN}"
        ));
    let stomp_error = StompError::from_frame(&error_frame).unwrap();
    add("stomp::StompError", render(&stomp_error));
    for (what, bytes) in [
        (
            "missing colon",
            format!("CONNECT\nx-wp-authorization:{FORGED_LICENCE}\n{PAN} {FORGED_LICENCE}\n\n\0"),
        ),
        (
            "content-length",
            format!("SEND\ndestination:/v1/payment\ncontent-length:{PAN}\n\n\0"),
        ),
        (
            "undefined escape",
            format!("SEND\nx-wp-authorization:{FORGED_LICENCE}\\q{PAN}\n\n\0"),
        ),
        ("unknown command", format!("{PAN}\n\n\0")),
        (
            "too large",
            format!("SEND\ncontent-length:9999999\n\n{PAN}{FORGED_LICENCE}\0"),
        ),
    ] {
        let mut decoder = Decoder::new(Limits::default());
        decoder.set_version(Version::V1_2);
        decoder.push(bytes.as_bytes());
        let r = decoder.next_item();
        assert!(r.is_err(), "{what}: {r:?}");
        add(&format!("stomp::CodecError ({what})"), rendered(r));
    }
    add(
        "stomp::CodecError (heart-beat)",
        rendered(HeartBeat::parse(&format!("{PAN},{CVC}x"))),
    );
    let unencodable =
        Frame::new(Command::Send).header("x-wp-authorization", format!("{FORGED_LICENCE}\n{PAN}"));
    add(
        "stomp::CodecError (unencodable)",
        rendered(worldpay::stomp::encode_checked(&unencodable, Version::V1_0)),
    );

    // IPS Cloud: an invalid URL, a wrong activation code, a forged licence
    // key, a paypoint reference holding a card number.
    add(
        "ips_cloud::PaypointRef",
        rendered(PaypointRef::new(PAN_SPACED)),
    );
    let bad_url = IpsConfig::new(
        IpsServer::Custom(format!("ws://{USERNAME}:{PASSWORD}@[{PAN}")),
        PaypointRef::new("SCAN002").unwrap(),
    );
    add(
        "IpsError::Session (invalid URL)",
        rendered(
            worldpay::ips_cloud::Client::new(bad_url)
                .service_status()
                .await,
        ),
    );
    for url in [
        format!("ws://{USERNAME}:{PASSWORD}@127.0.0.1:9"),
        format!("ws://ipscloud.example/{PAN}?key={PASSWORD}"),
    ] {
        let config = IpsConfig::new(IpsServer::Custom(url), PaypointRef::new("SCAN002").unwrap());
        add(
            "IpsError::Session (userinfo, plain ws off loopback)",
            format!(
                "{config:?} {}",
                rendered(
                    worldpay::ips_cloud::Client::new(config.clone())
                        .service_status()
                        .await
                )
            ),
        );
    }
    let ips_client = worldpay::ips_cloud::Client::new(
        sim.ips_cloud_config(PaypointRef::new("SCAN003").unwrap()),
    );
    let registration = |code: &str| {
        serde_json::from_value::<worldpay::ips_cloud::types::PosRegistrationRequest>(json!({
            "pointOfSaleId": "D45FGT",
            "pointOfSaleReference": "POS123",
            "pointOfSaleActivationCode": code
        }))
    };
    add(
        "IpsError::Server (wrong activation code)",
        rendered(
            ips_client
                .register(registration(WRONG_ACTIVATION_CODE).unwrap())
                .await,
        ),
    );
    add(
        "registration decode (activation code too long)",
        rendered(registration(&format!("{ACTIVATION_CODE}{ACTIVATION_CODE}"))),
    );
    let no_key = worldpay::ips_cloud::Client::new(
        sim.ips_cloud_config(PaypointRef::new("SCAN004").unwrap()),
    );
    add(
        "IpsError::NoLicenceKey",
        rendered(no_key.start_payment(ips_sale(1000, "SCAN-NO-KEY")).await),
    );
    // A server that answers with what no client should print.
    for (what, reply) in rogue_replies() {
        let config = rogue_ips_server(reply).await;
        let client = worldpay::ips_cloud::Client::new(config);
        let query = serde_json::from_value::<worldpay::ips_cloud::types::PaymentQueryResult>(
            json!({"merchantTransactionReference": "ROGUE-1"}),
        )
        .unwrap();
        let r = client.query_result(query).await;
        assert!(
            !matches!(r, Err(worldpay::ips_cloud::IpsError::Timeout(_))),
            "{what}: the rogue server's answer arrives"
        );
        add(
            &format!("IpsError from a rogue server ({what})"),
            rendered(r),
        );
    }
    let forged = worldpay::ips_cloud::Client::new(ips.clone());
    add(
        "IpsError (forged licence key)",
        rendered(forged.service_status().await),
    );

    // Licence terms: a key with one, and a timestamp header that is not
    // epoch milliseconds (here a key: the error names the rule, not it).
    let term =
        LicenceTerm::new(std::time::SystemTime::now(), LicenceTerm::DEFAULT_LIFETIME).unwrap();
    let with_term = LicenceKey::new(FORGED_LICENCE).with_term(term);
    add(
        "LicenceKey with its LicenceTerm",
        format!("{with_term:?} {with_term:#?} {term:?}"),
    );
    add(
        "LicenceTerm::from_timestamp (not epoch milliseconds)",
        rendered(LicenceTerm::from_timestamp(
            Some(FORGED_LICENCE),
            LicenceTerm::DEFAULT_LIFETIME,
        )),
    );
    // A key that expired: refused, for a request and for a refresh.
    let short = Simulator::start_with(
        sim_config().ips_licence_lifetime(std::time::Duration::from_millis(1)),
    )
    .await
    .unwrap();
    add("SimulatorConfig (licence lifetime)", format!("{short:?}"));
    let config = short.ips_cloud_config(PaypointRef::new("SCAN005").unwrap());
    let expired = worldpay::ips_cloud::Client::new(config.clone())
        .register(registration(ACTIVATION_CODE).unwrap())
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let expired_client = worldpay::ips_cloud::Client::new(config.licence_key(expired.clone()));
    let refused = [
        rendered(expired_client.service_status().await),
        rendered(expired_client.refresh_registration().await),
        format!("{expired:?}"),
    ];
    for text in &refused {
        assert!(
            text.contains("expired") || text.contains("LicenceKey"),
            "{text}"
        );
        assert!(
            !text.contains(expired.expose_secret()),
            "an expired key printed: {text}"
        );
    }
    add("IpsError (expired licence key)", refused.join(" "));
    add(
        "IpsError (forged licence key, payment)",
        rendered(forged.start_payment(ips_sale(1000, "SCAN-FORGED")).await),
    );
    out
}

/// Answers to a request that echo a card number, a CVC and the licence
/// key: a reply that does not decode (serde quotes the string), an IPS
/// Cloud error message, a STOMP ERROR frame.
fn rogue_replies() -> Vec<(&'static str, Frame)> {
    // No cardholder name: in free text a name cannot be told from any
    // other words.
    let echo = format!("{PAN_SPACED} cvc={CVC} key {FORGED_LICENCE}");
    let message = |destination: &str, body: Value| {
        Frame::new(Command::Message)
            .header("destination", destination)
            .header("subscription", "sub-1")
            .header("message-id", "m1")
            .body(serde_json::to_vec(&body).unwrap())
    };
    vec![
        (
            "a reply that does not decode",
            message("/client/v1/payment/result", json!({"payments": echo})),
        ),
        (
            "an error message",
            message(
                "/client/v1/error",
                json!({"code": "unauthorised", "message": echo}),
            ),
        ),
        (
            "a STOMP ERROR frame",
            Frame::new(Command::Error)
                .header("message", echo.clone())
                .body(format!(
                    "SEND\nx-wp-authorization:{FORGED_LICENCE}\n\n{PAN}"
                )),
        ),
    ]
}

/// A one-connection STOMP-over-WebSocket server on loopback that accepts
/// CONNECT and answers the first SEND with `reply`; the configuration of
/// a client for it.
async fn rogue_ips_server(reply: Frame) -> IpsConfig {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    use worldpay::stomp::{Item, encode};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
            return;
        };
        let mut decoder = Decoder::new(Limits::default());
        while let Some(Ok(message)) = ws.next().await {
            decoder.push(&message.into_data());
            while let Ok(Some(Item::Frame(frame))) = decoder.next_item() {
                let answer = match frame.command {
                    Command::Connect | Command::Stomp => {
                        Frame::new(Command::Connected).header("version", "1.0")
                    }
                    Command::Send => {
                        let correlation = frame.get("x-wp-correlation-id").unwrap_or("");
                        reply.clone().header("x-wp-correlation-id", correlation)
                    }
                    _ => continue,
                };
                let last = answer.command != Command::Connected;
                if ws
                    .send(Message::binary(encode(&answer, Version::V1_0)))
                    .await
                    .is_err()
                    || last
                {
                    return;
                }
            }
        }
    });
    let mut config = IpsConfig::new(
        IpsServer::Custom(format!("ws://{addr}")),
        PaypointRef::new("ROGUE01").unwrap(),
    )
    .licence_key(LicenceKey::new(FORGED_LICENCE));
    config.session.subprotocols.clear();
    config.operation_timeout = std::time::Duration::from_secs(5);
    config
}

fn ips_sale(amount: i64, reference: &str) -> worldpay::ips_cloud::types::PaymentStart {
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

// ---------------------------------------------------------------- flows

/// Complete flows with card data against the simulator: every rendering
/// of their answers is scanned too.
async fn flows(sim: &Simulator) -> (Vec<(String, String)>, String) {
    let mut out: Vec<(String, String)> = Vec::new();
    let issued;

    // Card Payments v7: authorize, settle, refund; a refusal.
    {
        use worldpay::card_payments::{Client, types};
        let client = Client::new(&sim.client_config()).unwrap();
        let body: types::CustomerInitiatedTransaction =
            serde_json::from_value(v7_payment(PAN, HOLDER, 1000)).unwrap();
        let authorized = client.authorize(body).await.unwrap();
        out.push(("v7 authorize".into(), format!("{authorized:?}")));
        let types::AuthorizeResponse::Authorized(a) = authorized else {
            panic!("expected authorized: {authorized:?}")
        };
        let settled = client
            .settle(&a, types::PaymentsSettle::default())
            .await
            .unwrap();
        out.push(("v7 settle".into(), format!("{settled:?}")));
        let refunded = client
            .refund(&settled, types::PaymentsRefund::default())
            .await
            .unwrap();
        out.push(("v7 refund".into(), format!("{refunded:?}")));
        let refused: types::CustomerInitiatedTransaction =
            serde_json::from_value(v7_payment(PAN, "REFUSED", 1001)).unwrap();
        let refused = client.authorize(refused).await.unwrap();
        out.push(("v7 refused".into(), format!("{refused:#?}")));
    }

    // Payments v6: every authorization of the seed, wallets included.
    {
        use worldpay::payments::{Client, types};
        let client = Client::new(&sim.client_config()).unwrap();
        for name in common::fixture_names("payments") {
            if !name.starts_with("authorize.request.") {
                continue;
            }
            let body: types::AuthorizationRequest =
                serde_json::from_value(common::fixture("payments", &name)).unwrap();
            let answer = client.authorize_via_root(body).await;
            out.push((format!("v6 {name}"), rendered(answer)));
        }
    }

    // Verified Payments.
    {
        use worldpay::verified_payments::{Client, types};
        let client = Client::new(&sim.bearer_config()).unwrap();
        let body: types::VerifiedPaymentRequest = serde_json::from_value(common::fixture(
            "verified_payments",
            "verifiedPayment.request.card-plain",
        ))
        .unwrap();
        out.push(("verified payment".into(), rendered(client.pay(body).await)));
    }

    // Worldpay Online: an order paid by card, captured, fetched.
    {
        use worldpay::online::{Client, types};
        let client = Client::new(&sim.service_key_config()).unwrap();
        let body: types::OrderRequest = serde_json::from_value(json!({
            "orderDescription": "Scanned order",
            "amount": 1000,
            "currencyCode": "GBP",
            "name": HOLDER,
            "authorizeOnly": true,
            "paymentMethod": {
                "type": "Card", "name": HOLDER, "expiryMonth": 5, "expiryYear": 2035,
                "cardNumber": PAN, "cvc": CVC
            }
        }))
        .unwrap();
        let created = client.create_order(body).await.unwrap();
        out.push(("online order".into(), format!("{created:?}")));
        let code = created.order_code.clone().unwrap();
        out.push((
            "online capture".into(),
            rendered(client.capture(&code, Some(500)).await),
        ));
        out.push(("online get".into(), rendered(client.get_order(&code).await)));
    }

    // IPS Cloud: registration, a card-present sale with its events, a
    // query of its result.
    {
        use worldpay::ips_cloud::{Client, types};
        let config = sim.ips_cloud_config(PaypointRef::new("SCAN010").unwrap());
        let key = Client::new(config.clone())
            .register(
                serde_json::from_value::<types::PosRegistrationRequest>(json!({
                    "pointOfSaleId": "D45FGT",
                    "pointOfSaleReference": "POS123",
                    "pointOfSaleActivationCode": ACTIVATION_CODE
                }))
                .unwrap(),
            )
            .await
            .unwrap();
        out.push(("IPS licence key".into(), format!("{key:?}")));
        issued = key.expose_secret().to_string();
        let client = Client::new(config.licence_key(key));
        out.push(("IPS client".into(), format!("{client:?}")));
        let mut flow = client
            .start_payment(ips_sale(1000, "SCAN-SALE-1"))
            .await
            .unwrap();
        while let Some(event) = flow.next_event().await.unwrap() {
            out.push(("IPS payment event".into(), format!("{event:?}")));
            if let PaymentEvent::ActionRequest(_) = event {
                panic!("a sale of 1000 asks for no action");
            }
        }
        let queried = client
            .query_result(
                serde_json::from_value::<types::PaymentQueryResult>(
                    json!({"merchantTransactionReference": "SCAN-SALE-1"}),
                )
                .unwrap(),
            )
            .await;
        out.push(("IPS query".into(), rendered(queried)));
        // What the simulator kept of those connections (licence key
        // redacted, no bodies).
        let received = sim.ips_connections(&PaypointRef::new("SCAN010").unwrap());
        assert!(received.len() >= 3);
        out.push((
            "IPS frames the simulator received".into(),
            format!("{received:?}"),
        ));
    }
    out.extend(webhook_flows(sim).await);
    (out, issued)
}

/// Events: the simulator's signed deliveries received and refused, the
/// receiver's configuration and errors, and an event carrying card data
/// (a card token's `tokenCreated`, card number and holder in full).
async fn webhook_flows(sim: &Simulator) -> Vec<(String, String)> {
    use std::sync::{Arc, Mutex};
    use worldpay::events;
    use worldpay::sim::WebhookConfig;
    use worldpay::webhook::{KeyRing, serve, sign};
    let mut out: Vec<(String, String)> = Vec::new();
    let ring = KeyRing::new().key("1", WEBHOOK_SECRET);
    out.push(("webhook key ring".into(), format!("{ring:?} {ring:#?}")));
    let receiver = events::receiver(ring.clone());
    out.push(("webhook receiver".into(), format!("{receiver:?}")));
    let got = Arc::new(Mutex::new(Vec::new()));
    let sink = got.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = serve(listener, receiver.clone(), move |e| {
        sink.lock().unwrap().push(format!("{e:?} {e:#?}"));
        true
    })
    .unwrap();
    let config = WebhookConfig::new(format!("http://{}/", server.addr()), "1", WEBHOOK_SECRET)
        .time_scale(0.0001);
    out.push(("simulator webhook config".into(), format!("{config:?}")));
    sim.set_webhook(config).unwrap();
    {
        use worldpay::card_payments::{Client, types};
        let client = Client::new(&sim.client_config()).unwrap();
        let body: types::CustomerInitiatedTransaction =
            serde_json::from_value(v7_payment(PAN, HOLDER, 1200)).unwrap();
        let _ = client.authorize(body).await.unwrap();
    }
    for _ in 0..200 {
        if !got.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(!got.lock().unwrap().is_empty(), "an event was received");
    out.extend(
        got.lock()
            .unwrap()
            .iter()
            .map(|t| ("received event".to_string(), t.clone())),
    );
    out.push((
        "webhook deliveries".into(),
        format!("{:?}", sim.webhook_deliveries()),
    ));
    // An event with card data, verified and decoded.
    let token = serde_json::to_vec(&json!({
        "eventType": "tokenCreated", "eventId": "e-card",
        "eventTimestamp": "2026-01-01T00:00:00.000",
        "eventDetails": {"transactionReference": "t-1", "tokenId": "tok-1",
            "paymentInstrument": {"type": "card/plain", "cardNumber": PAN,
                "cardHolderName": HOLDER, "cardExpiryDate": {"month": "05", "year": "2035"}}}
    }))
    .unwrap();
    let header = format!("1/SHA256/{}", sign(WEBHOOK_SECRET.as_bytes(), &token));
    let e = receiver.receive(Some(header.as_bytes()), &token).unwrap();
    assert!(matches!(e.event, events::Event::TokenCreated(_)));
    out.push(("card token event".into(), format!("{e:?} {e:#?}")));
    // The same body unknown to this build (kept whole): its Debug lists names.
    let mut unknown: Value = serde_json::from_slice(&token).unwrap();
    unknown["eventType"] = json!("tokenUpdated");
    let u = events::Event::from_value(unknown).unwrap();
    out.push(("unknown card event".into(), format!("{u:?}")));
    // Refusals: wrong secret, the secret itself as a header, missing.
    let wrong = format!("1/SHA256/{}", sign(b"not the secret", &token));
    out.push((
        "webhook mismatch".into(),
        rendered(receiver.receive(Some(wrong.as_bytes()), &token)),
    ));
    let as_header = format!("1/SHA256/{WEBHOOK_SECRET}");
    out.push((
        "webhook malformed".into(),
        rendered(receiver.receive(Some(as_header.as_bytes()), &token)),
    ));
    out.push((
        "webhook missing".into(),
        rendered(receiver.receive(None, &token)),
    ));
    // A verified body that breaks its shape, with a card number in it.
    let bad =
        serde_json::to_vec(&json!({"eventDetails": {"type": "settled", "amount": {"value": PAN}}}))
            .unwrap();
    let header = format!("1/SHA256/{}", sign(WEBHOOK_SECRET.as_bytes(), &bad));
    out.push((
        "webhook body error".into(),
        rendered(receiver.receive(Some(header.as_bytes()), &bad)),
    ));
    drop(server);
    out
}

// -------------------------------------------------------------- capture

/// The `log` crate's records (tungstenite, rustls, reqwest), into the same
/// buffer; except tungstenite's TRACE records, kept apart: at TRACE
/// tungstenite dumps every WebSocket frame it sends and receives, payload
/// included (IPS Cloud licence keys, activation codes, card data), which
/// no client of it can redact. The README says to keep its targets below
/// TRACE; the scan checks everything else, tungstenite's DEBUG and above
/// included.
struct LogCapture {
    scanned: Capture,
    tungstenite_trace: Capture,
}

fn is_tungstenite_trace(metadata: &log::Metadata) -> bool {
    metadata.level() == log::Level::Trace
        && (metadata.target().starts_with("tungstenite")
            || metadata.target().starts_with("tokio_tungstenite"))
}

impl log::Log for LogCapture {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        let mut w = if is_tungstenite_trace(record.metadata()) {
            self.tungstenite_trace.clone()
        } else {
            self.scanned.clone()
        };
        let _ = writeln!(
            w,
            "log {} {}: {}",
            record.level(),
            record.target(),
            record.args()
        );
    }
    fn flush(&self) {}
}

/// Installs, once per process, a TRACE-level `tracing` subscriber for all
/// targets and a `log` logger, both writing into one buffer (and
/// tungstenite's TRACE records into a second one).
fn capture() -> &'static (Capture, Capture) {
    static CAPTURE: OnceLock<(Capture, Capture)> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let buffer = Capture::default();
        let tungstenite_trace = Capture::default();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(buffer.clone())
            .without_time()
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        log::set_boxed_logger(Box::new(LogCapture {
            scanned: buffer.clone(),
            tungstenite_trace: tungstenite_trace.clone(),
        }))
        .expect("the only logger");
        log::set_max_level(log::LevelFilter::Trace);
        (buffer, tungstenite_trace)
    })
}

const SENTINEL: &str = "secrets-scan-sentinel";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_error_flow_or_log_line_prints_a_secret() {
    let (capture, tungstenite_trace) = capture();
    let sim = Simulator::start_with(sim_config()).await.unwrap();

    // The capture works, and the scan sees what it captures: a planted
    // card number logged through both paths is found.
    tracing::info!(target: "worldpay::http", marker = SENTINEL, card = PAN_SPACED, "sentinel");
    log::info!(target: "tungstenite", "{SENTINEL} card {PAN}");

    let mut secrets = secrets();
    let errors = error_catalogue(&sim).await;
    let (flow_texts, issued) = flows(&sim).await;
    // The licence key the simulator issued is a secret too.
    secrets.add("licence key (issued)", &issued);

    let captured = capture.text();
    // To read everything scanned: SECRETS_SCAN_DUMP=<file>.
    if let Ok(path) = std::env::var("SECRETS_SCAN_DUMP") {
        let mut dump = String::new();
        for (place, text) in errors.iter().chain(&flow_texts) {
            dump.push_str(&format!("=== {place}\n{text}\n"));
        }
        dump.push_str(&format!("=== log\n{captured}"));
        std::fs::write(path, dump).expect("the dump file");
    }
    let sentinel_lines: Vec<&str> = captured.lines().filter(|l| l.contains(SENTINEL)).collect();
    assert_eq!(
        sentinel_lines.len(),
        2,
        "both sentinels captured: {captured}"
    );
    for line in &sentinel_lines {
        assert!(
            !secrets.scan("sentinel", line).is_empty(),
            "the planted card number is found: {line}"
        );
    }
    let log_text: String = captured
        .lines()
        .filter(|l| !l.contains(SENTINEL))
        .map(|l| format!("{l}\n"))
        .collect();
    let lines = log_text.lines().count();
    let crate_lines = log_text
        .lines()
        .filter(|l| l.contains("worldpay::"))
        .count();
    eprintln!(
        "secrets scan: {} errors and configurations, {} flow renderings, {lines} log lines \
         ({crate_lines} from worldpay targets; {} lines of tungstenite TRACE frame dumps \
         set apart); {:?} literals and in-context values",
        errors.len(),
        flow_texts.len(),
        tungstenite_trace.text().lines().count(),
        secrets.len()
    );
    assert!(errors.len() >= 61, "the catalogue ran: {}", errors.len());

    let mut leaks = leaks_of(&secrets, &errors);
    leaks.extend(leaks_of(&secrets, &flow_texts));
    for (n, line) in log_text.lines().enumerate() {
        leaks.extend(secrets.scan(&format!("log line {}", n + 1), line));
    }
    assert_no_leaks("errors, flows and logs", &leaks);
}
