//! `simulator_request`: arbitrary HTTP requests answered by the simulator's
//! request handling ([`worldpay::sim::Service`], the code its HTTP server
//! runs), several per input against one fresh state, so a payment can be
//! taken and then acted on.
//!
//! Input: requests separated by NUL bytes (at most 8). Each is
//! `METHOD TARGET` on its first line, then `Name: value` header lines up
//! to an empty line, then the body. A header line `@basic`, `@bearer` or
//! `@key` stands for the simulator's right `Authorization` header of that
//! kind (so the fuzzer gets past the credentials check).
//!
//! Checked: nothing panics; every status is a real one; every body is JSON
//! and has a media type; no answer quotes the credentials (unless the
//! input itself carried them).

use worldpay::sim::{self, HttpRequest, HttpResponse, Service, SimulatorConfig};

/// The base URL the service's links point at.
pub const BASE_URL: &str = "http://simulator.test";

/// Reads one request in the input's format.
pub fn parse_request(raw: &[u8]) -> HttpRequest {
    let (head, body) = match raw.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&raw[..at], &raw[at + 2..]),
        None => (raw, &[][..]),
    };
    let mut lines = head.split(|&b| b == b'\n');
    let first = String::from_utf8_lossy(lines.next().unwrap_or_default()).into_owned();
    let (method, target) = first.split_once(' ').unwrap_or((first.as_str(), "/"));
    let mut headers = Vec::new();
    for line in lines {
        let basic = || {
            use base64::Engine;
            let raw = format!("{}:{}", sim::DEFAULT_USERNAME, sim::DEFAULT_PASSWORD);
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(raw)
            )
        };
        let authorization = match line {
            b"@basic" => Some(basic()),
            b"@bearer" => Some(format!("Bearer {}", sim::DEFAULT_BEARER_TOKEN)),
            b"@key" => Some(sim::DEFAULT_SERVICE_KEY.to_string()),
            _ => None,
        };
        if let Some(value) = authorization {
            headers.push(("Authorization".to_string(), value.into_bytes()));
            continue;
        }
        let (name, value) = match line.iter().position(|&b| b == b':') {
            Some(at) => (&line[..at], line[at + 1..].trim_ascii_start()),
            None => (line, &[][..]),
        };
        headers.push((String::from_utf8_lossy(name).into_owned(), value.to_vec()));
    }
    HttpRequest {
        method: method.to_string(),
        target: target.to_string(),
        headers,
        body: body.to_vec(),
    }
}

/// Answers every request of one input against one fresh service; the
/// answers, in order.
pub fn check(data: &[u8]) -> Vec<HttpResponse> {
    let service = Service::new(&SimulatorConfig::default(), BASE_URL);
    data.split(|&b| b == 0)
        .take(8)
        .map(|raw| {
            let request = parse_request(raw);
            let _ = format!("{request:?}");
            let response = service.answer(&request);
            check_response(&response, data);
            response
        })
        .collect()
}

/// What every answer must be; `input` is the whole input (an answer may
/// echo what a request sent).
pub fn check_response(response: &HttpResponse, input: &[u8]) {
    let _ = format!("{response:?}");
    assert!(
        (100..=599).contains(&response.status),
        "status {}",
        response.status
    );
    if response.body.is_empty() {
        assert_eq!(response.content_type, None, "a type for no body");
    } else {
        assert!(response.content_type.is_some(), "a body without a type");
        serde_json::from_slice::<serde_json::Value>(&response.body)
            .unwrap_or_else(|e| panic!("a body that is not JSON: {e}"));
    }
    let text = String::from_utf8_lossy(&response.body);
    for secret in [
        sim::DEFAULT_PASSWORD,
        sim::DEFAULT_BEARER_TOKEN,
        sim::DEFAULT_SERVICE_KEY,
    ] {
        let sent = input.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(
            sent || !text.contains(secret),
            "an answer quotes a credential"
        );
    }
}
