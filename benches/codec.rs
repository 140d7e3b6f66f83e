//! Decoding and encoding the largest response fixture of each API:
//! typed (the generated types) against `serde_json::Value` (what a user
//! without bindings does) and `serde::de::IgnoredAny` (parsing alone, the
//! limit).
//!
//! Goals: typed decode at least 2× as fast as `Value`, and within 2× of
//! `IgnoredAny`.

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use std::hint::black_box;

/// One API's largest response fixture, compact as on the wire.
struct Case {
    api: &'static str,
    fixture: &'static str,
    bytes: Vec<u8>,
}

impl Case {
    fn new(api: &'static str, fixture: &'static str) -> Self {
        Case {
            api,
            fixture,
            bytes: common::wire(api, fixture),
        }
    }
}

/// Decodes with `decode` and checks, once, that the typed value re-encodes
/// to the same JSON (so the bench measures a complete, lossless decode).
fn bench_api<T, D>(c: &mut Criterion, case: &Case, decode: D)
where
    T: Serialize,
    D: Fn(&[u8]) -> T,
{
    let typed = decode(&case.bytes);
    let value: serde_json::Value = serde_json::from_slice(&case.bytes).expect("valid JSON");
    assert_eq!(
        serde_json::to_value(&typed).expect("encodes"),
        value,
        "{}/{} does not round-trip through its type",
        case.api,
        case.fixture
    );

    let mut group = c.benchmark_group(format!("decode/{}", case.api));
    group.throughput(Throughput::Bytes(case.bytes.len() as u64));
    group.bench_function(BenchmarkId::new("typed", case.fixture), |b| {
        b.iter(|| decode(black_box(&case.bytes)))
    });
    group.bench_function(BenchmarkId::new("value", case.fixture), |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&case.bytes)).unwrap())
    });
    group.bench_function(BenchmarkId::new("ignored_any", case.fixture), |b| {
        b.iter(|| serde_json::from_slice::<IgnoredAny>(black_box(&case.bytes)).unwrap())
    });
    group.finish();

    let mut group = c.benchmark_group(format!("encode/{}", case.api));
    group.throughput(Throughput::Bytes(case.bytes.len() as u64));
    group.bench_function(BenchmarkId::new("typed", case.fixture), |b| {
        b.iter(|| serde_json::to_vec(black_box(&typed)).unwrap())
    });
    group.bench_function(BenchmarkId::new("value", case.fixture), |b| {
        b.iter(|| serde_json::to_vec(black_box(&value)).unwrap())
    });
    group.finish();
}

fn typed<T: DeserializeOwned>(bytes: &[u8]) -> T {
    serde_json::from_slice(bytes).expect("the fixture decodes into its type")
}

fn codec(c: &mut Criterion) {
    #[cfg(feature = "card-payments")]
    bench_api(
        c,
        &Case::new("card_payments", "authorize.201"),
        typed::<worldpay::card_payments::types::AuthorizeResponse>,
    );
    #[cfg(feature = "payments")]
    bench_api(
        c,
        &Case::new("payments", "authorize.201.authorized-wallet"),
        typed::<worldpay::payments::types::AuthorizeResponse>,
    );
    #[cfg(feature = "verified-payments")]
    bench_api(
        c,
        &Case::new(
            "verified_payments",
            "verifiedPayment.201.device-data-required",
        ),
        typed::<worldpay::verified_payments::types::VerifiedPaymentResponse>,
    );
    #[cfg(feature = "online")]
    bench_api(
        c,
        &Case::new("online", "getOrder.200.card-order"),
        typed::<worldpay::online::types::Order>,
    );
    // IPS Cloud messages are decoded by destination, as a session does.
    #[cfg(feature = "ips-cloud")]
    bench_api(
        c,
        &Case::new("ips_cloud", "payment-result-message.from-facts"),
        |bytes: &[u8]| {
            worldpay::ips_cloud::channels::ServerMessage::decode("/client/v1/payment/result", bytes)
                .expect("the fixture decodes as a payment result")
        },
    );
}

criterion_group!(benches, codec);
criterion_main!(benches);
