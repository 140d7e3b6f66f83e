//! The receiver as an HTTP handler (feature `webhook-server`): the status
//! to answer for a hyper or axum service, and a ready HTTP/1 server.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{HeaderMap, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use super::{Decode, Received, Receiver, SIGNATURE_HEADER, WebhookError};

/// The largest body [`serve`] reads; a larger one is answered 413.
/// (Worldpay's events are a few kilobytes; this is a choice, not a
/// documented limit.)
pub const MAX_BODY: usize = 1 << 20;

impl<E: Decode> Receiver<E> {
    /// Verifies and decodes a delivery from a hyper or axum request's
    /// headers and body bytes, with the status to answer: 200 for an
    /// event accepted, 400 for a bad or missing signature (the body is
    /// discarded unread) or a body that is not an event.
    ///
    /// In an axum handler:
    /// ```ignore
    /// async fn hook(State(r): State<Receiver<Event>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    ///     let (status, event) = r.answer(&headers, &body);
    ///     if let Ok(event) = event { queue.send(event); } // handle it after answering
    ///     status
    /// }
    /// ```
    pub fn answer(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> (StatusCode, Result<Received<E>, WebhookError>) {
        let sig = headers.get(SIGNATURE_HEADER).map(|v| v.as_bytes());
        let got = self.receive(sig, body);
        match &got {
            Ok(_) => (StatusCode::OK, got),
            Err(e) => {
                tracing::warn!(target: "worldpay::webhook", error = %e, "webhook refused");
                (StatusCode::BAD_REQUEST, got)
            }
        }
    }
}

/// A running [`serve`]; dropping it (or [`ServerHandle::stop`]) stops it.
pub struct ServerHandle {
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl ServerHandle {
    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting; connections in progress finish.
    pub fn stop(self) {}
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves `receiver` on `listener` (any path, `POST`): each delivery is
/// verified and decoded, then given to `on_event`, which says whether it
/// was taken (200) or not (503, so that the sender retries). Refusals are
/// answered 400 without calling `on_event`. `on_event` runs before the
/// answer: keep it short (queue the event), since the sender retries
/// after 10 seconds without an answer.
pub fn serve<E, F>(
    listener: tokio::net::TcpListener,
    receiver: Receiver<E>,
    on_event: F,
) -> std::io::Result<ServerHandle>
where
    E: Decode + Send + 'static,
    F: Fn(Received<E>) -> bool + Send + Sync + 'static,
{
    let addr = listener.local_addr()?;
    let shared = Arc::new((receiver, on_event));
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let shared = shared.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req: Request<Incoming>| {
                    let shared = shared.clone();
                    async move { Ok::<_, Infallible>(handle(&shared.0, &shared.1, req).await) }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(ServerHandle { addr, task })
}

async fn handle<E: Decode, F: Fn(Received<E>) -> bool>(
    receiver: &Receiver<E>,
    on_event: &F,
    req: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let status = if req.method() != hyper::Method::POST {
        StatusCode::METHOD_NOT_ALLOWED
    } else {
        let (parts, body) = req.into_parts();
        match Limited::new(body, MAX_BODY).collect().await {
            Err(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Ok(b) => match receiver.answer(&parts.headers, &b.to_bytes()) {
                (status, Ok(event)) => {
                    if on_event(event) {
                        status
                    } else {
                        StatusCode::SERVICE_UNAVAILABLE
                    }
                }
                (status, Err(_)) => status,
            },
        }
    };
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = status;
    r
}
