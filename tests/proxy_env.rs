//! Proxies: the environment never chooses one, and the explicit setting
//! only tunnels https. Its own test binary, one test: it sets process-wide
//! environment variables before any client exists.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::http::{Canned, Server};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::transport::{ClientConfig, Environment};

/// A would-be proxy: records the first line of every request it gets.
async fn proxy() -> (String, Arc<std::sync::Mutex<Vec<String>>>, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let lines = Arc::new(std::sync::Mutex::new(Vec::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let (l, c) = (lines.clone(), count.clone());
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            c.fetch_add(1, Ordering::SeqCst);
            let mut buf = vec![0u8; 8192];
            let n = sock.read(&mut buf).await.unwrap_or(0);
            let text = String::from_utf8_lossy(&buf[..n]).to_string();
            l.lock()
                .unwrap()
                .push(text.lines().next().unwrap_or_default().to_string());
            // Then hang up: no tunnel.
        }
    });
    (url, lines, count)
}

#[tokio::test]
async fn the_environment_never_picks_a_proxy_and_the_setting_only_tunnels_https() {
    let (env_proxy, _, env_hits) = proxy().await;
    // SAFETY: this binary's only test, set before any client or thread
    // that reads the environment.
    unsafe {
        for var in [
            "HTTP_PROXY",
            "http_proxy",
            "HTTPS_PROXY",
            "https_proxy",
            "ALL_PROXY",
            "all_proxy",
        ] {
            std::env::set_var(var, &env_proxy);
        }
        std::env::remove_var("NO_PROXY");
        std::env::remove_var("no_proxy");
    }
    let server = Server::start().await;
    let request: types::CustomerInitiatedTransaction =
        serde_json::from_value(common::fixture("card_payments", "authorize.request")).unwrap();
    let config = ClientConfig::new(Environment::Custom(server.base_url.clone()))
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"));

    // Plain http to loopback: straight to the server, card data and all,
    // never through the proxy the environment names.
    server.respond(Canned::json(
        201,
        &common::fixture("card_payments", "authorize.201"),
    ));
    Client::new(&config)
        .unwrap()
        .authorize(request.clone())
        .await
        .unwrap();
    assert_eq!(server.take().len(), 1);
    assert_eq!(
        env_hits.load(Ordering::SeqCst),
        0,
        "the environment's proxy was used"
    );

    // An explicit https proxy is not used for plain http either.
    let (https_proxy, lines, hits) = proxy().await;
    server.respond(Canned::json(
        201,
        &common::fixture("card_payments", "authorize.201"),
    ));
    Client::new(&config.clone().https_proxy(https_proxy.clone()))
        .unwrap()
        .authorize(request.clone())
        .await
        .unwrap();
    assert_eq!(server.take().len(), 1);
    assert_eq!(hits.load(Ordering::SeqCst), 0);

    // For https it sees only a CONNECT to Worldpay's host: no request, no
    // credentials, no card data.
    let worldpay = ClientConfig::new(Environment::Try)
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"))
        .https_proxy(https_proxy);
    let e = Client::new(&worldpay)
        .unwrap()
        .authorize(request)
        .await
        .unwrap_err();
    assert_eq!(e.delivery(), worldpay::error::Delivery::NotSent, "{e:?}");
    let seen = lines.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(
        seen[0].starts_with("CONNECT try.access.worldpay.com:443 "),
        "{seen:?}"
    );
    assert_eq!(env_hits.load(Ordering::SeqCst), 0);
}
