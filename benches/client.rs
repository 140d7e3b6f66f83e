//! Client overhead: a Card Payments v7 authorization through
//! `worldpay::card_payments::Client` against the same request posted with
//! plain `reqwest`, both to one loopback HTTP/1.1 server in the same run,
//! over kept-alive connections.
//!
//! The generated client takes a typed request (cloned each time, as a
//! caller builds one per payment), checks and serializes it, sends it and
//! decodes the typed response. Plain reqwest posts bytes serialized once,
//! before the loop, and decodes into `serde_json::Value`: the floor for a
//! caller without bindings. Goal: at least 0.9× plain reqwest's throughput.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use worldpay::auth::Credentials;
use worldpay::card_payments::{self, types};
use worldpay::transport::{ClientConfig, Environment};

const PATH: &str = "/cardPayments/customerInitiatedTransactions";
const MEDIA: &str = "application/vnd.worldpay.payments-v7+json";

/// Serves `body` as a 201 to every request, keeping connections alive;
/// records the headers of each connection's first request.
async fn serve(listener: TcpListener, body: Arc<Vec<u8>>, heads: Arc<Mutex<Vec<Vec<String>>>>) {
    loop {
        let Ok((socket, _)) = listener.accept().await else {
            return;
        };
        let (body, heads) = (body.clone(), heads.clone());
        tokio::spawn(async move {
            // Without it, Nagle's algorithm holds replies back for the
            // peer's delayed ACK, and both clients measure that instead.
            socket.set_nodelay(true).expect("TCP_NODELAY");
            let (read, mut write) = socket.into_split();
            let mut read = BufReader::new(read);
            let mut response = format!(
                "HTTP/1.1 201 Created\r\ncontent-type: {MEDIA}\r\ncontent-length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            response.extend_from_slice(&body);
            let mut first = true;
            let mut line = String::new();
            let mut request_body = Vec::new();
            loop {
                // Request line, then headers up to the blank line.
                line.clear();
                if read.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                let mut length = 0usize;
                let mut names = Vec::new();
                loop {
                    line.clear();
                    if read.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let header = line.trim_end();
                    if header.is_empty() {
                        break;
                    }
                    if let Some((name, value)) = header.split_once(':') {
                        let name = name.trim().to_ascii_lowercase();
                        if name == "content-length" {
                            length = value.trim().parse().unwrap_or(0);
                        }
                        names.push(format!("{name}: {}", value.trim()));
                    }
                }
                request_body.resize(length, 0);
                if read.read_exact(&mut request_body).await.is_err() {
                    return;
                }
                if first {
                    names.sort();
                    heads.lock().unwrap().push(names);
                    first = false;
                }
                if write.write_all(&response).await.is_err() {
                    return;
                }
            }
        });
    }
}

fn client(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let response = Arc::new(common::wire("card_payments", "authorize.201"));
    let heads = Arc::new(Mutex::new(Vec::new()));
    let listener = rt
        .block_on(TcpListener::bind("127.0.0.1:0"))
        .expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("bound"));
    rt.spawn(serve(listener, response.clone(), heads.clone()));

    let request: types::CustomerInitiatedTransaction =
        serde_json::from_value(common::fixture("card_payments", "authorize.request"))
            .expect("the fixture is a valid request");
    let ours = card_payments::Client::new(
        &ClientConfig::new(Environment::Custom(base.clone()))
            .credentials(Credentials::basic("bench-user", "bench-password")),
    )
    .expect("a client for the loopback server");

    // What a caller without bindings writes: the same URL, headers and
    // bytes (Basic credentials, the v7 media type).
    let plain = reqwest::Client::builder()
        .user_agent(format!("worldpay-rust/{}", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a reqwest client");
    let url = format!("{base}{PATH}");
    let bytes = serde_json::to_vec(&request).expect("encodes");
    let plain_call = || {
        let request = plain
            .post(&url)
            .basic_auth("bench-user", Some("bench-password"))
            .header("accept", MEDIA)
            .header("content-type", MEDIA)
            .body(bytes.clone());
        async move {
            let response = request.send().await.expect("sent");
            assert_eq!(response.status().as_u16(), 201);
            let body = response.bytes().await.expect("a body");
            serde_json::from_slice::<serde_json::Value>(&body).expect("JSON")
        }
    };
    let our_call = || {
        let request = request.clone();
        async {
            let response = ours.authorize_response(request).await.expect("authorized");
            assert_eq!(response.status().as_u16(), 201);
            response.into_inner()
        }
    };

    // Both get the same answer, and send the same headers.
    let typed = rt.block_on(our_call());
    let value = rt.block_on(plain_call());
    assert_eq!(serde_json::to_value(&typed).expect("encodes"), value);
    {
        let heads = heads.lock().unwrap();
        assert_eq!(heads.len(), 2, "one connection each");
        assert_eq!(heads[0], heads[1], "the same headers");
    }

    let mut group = c.benchmark_group("client/authorize");
    group.throughput(Throughput::Elements(1));
    group.bench_function("worldpay", |b| b.iter(|| rt.block_on(our_call())));
    group.bench_function("reqwest", |b| b.iter(|| rt.block_on(plain_call())));
    group.finish();

    // Both keep connections alive; reqwest's pool may still open another
    // when a request starts before the last one's connection is back.
    eprintln!(
        "connections opened, both clients together: {}",
        heads.lock().unwrap().len()
    );
}

criterion_group!(benches, client);
criterion_main!(benches);
