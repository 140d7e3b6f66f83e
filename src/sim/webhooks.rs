//! The simulator's outgoing webhooks: Access Worldpay's events (signed)
//! and Worldpay Online's order notifications (unsigned), delivered to a
//! merchant URL on loopback, retried on any answer but 200.
//!
//! Worldpay's material is followed where it speaks, and these choices are
//! made where it is silent:
//! - **Events' retry schedule**: Worldpay gives starting intervals between
//!   30 seconds and 15 minutes, rising to 2 hours, and stops after one
//!   week. The simulator waits 30 s, 1 min, 2 min, 4 min, 8 min, 15 min,
//!   30 min, 1 h, then 2 h between attempts, until a week after the first.
//! - **Online's schedule** is Worldpay's: at once, then after 1, 2, 4, 8,
//!   16 and 24 hours, then dropped.
//! - Every wait, and the 10-second answer timeout, is multiplied by the
//!   configured time scale (the timeout never below 1 s), so a test can
//!   compress a week into milliseconds.
//! - Every event is delivered by its own task: like Worldpay's, delivery
//!   is at least once and its order is not guaranteed (a retried event
//!   arrives after the ones behind it).
//! - `eventTimestamp` is the simulator's clock in UTC, written as
//!   Worldpay writes it (local date-time, milliseconds, no offset);
//!   `eventId` a random UUID; each event is at least a millisecond after
//!   the one before (two changes of one request, such as sent for
//!   settlement then settled, stay ordered).
//! - The signature is `{keyId}/SHA256/{hex HMAC-SHA256 of the body}`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

/// Where and how the simulator sends Access Worldpay events.
#[derive(Clone)]
pub struct WebhookConfig {
    url: String,
    key_id: String,
    secret: Vec<u8>,
    time_scale: f64,
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("url", &self.url)
            .field("key_id", &self.key_id)
            .field("secret", &crate::sensitive::REDACTED)
            .field("time_scale", &self.time_scale)
            .finish()
    }
}

impl WebhookConfig {
    /// Events go to `url`, which must be on loopback (`127.0.0.0/8`,
    /// `[::1]` or `localhost`), signed with key `key_id` and `secret`,
    /// retried in real time (see [`time_scale`](Self::time_scale)).
    pub fn new(
        url: impl Into<String>,
        key_id: impl Into<String>,
        secret: impl Into<Vec<u8>>,
    ) -> Self {
        Self {
            url: url.into(),
            key_id: key_id.into(),
            secret: secret.into(),
            time_scale: 1.0,
        }
    }

    /// Where events go.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Multiplies every wait of the retry schedule (and the answer
    /// timeout, never below 1 s) by `scale`: `0.0001` makes 30 s 3 ms.
    pub fn time_scale(mut self, scale: f64) -> Self {
        self.time_scale = scale.max(0.0);
        self
    }
}

/// One attempt the simulator made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The event's `eventId` (an Online notification: its `orderCode`).
    pub id: String,
    /// The event's type (`settled`, …; Online: `ORDER_STATE_CHANGE`).
    pub kind: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// The status answered; `None`: no answer (refused, timed out).
    pub status: Option<u16>,
}

#[derive(Default)]
pub(crate) struct Outbox {
    pub(crate) events: Option<WebhookConfig>,
    pub(crate) online: Option<(String, f64)>,
    pub(crate) log: Arc<Mutex<Vec<Delivery>>>,
    /// The last event's time (ms): each event is at least 1 ms after the
    /// one before, so that timestamps order the simulator's events.
    last_millis: u64,
}

const EVENT_WAITS: &[u64] = &[30, 60, 120, 240, 480, 900, 1800, 3600];
const EVENT_LAST_WAIT: u64 = 7200;
const EVENT_GIVE_UP: u64 = 7 * 24 * 3600;
const ONLINE_WAITS: &[u64] = &[0, 3600, 7200, 14_400, 28_800, 57_600, 86_400];

/// Whether `url` is an `http` URL on loopback.
pub(crate) fn is_loopback(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(u) => match u.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        Err(_) => false,
    }
}

fn scaled(secs: u64, scale: f64) -> Duration {
    Duration::from_secs_f64(secs as f64 * scale)
}

/// The `eventDetails` of an event about a payment (the outbox adds type,
/// classification and date): its `transactionReference`, the `amount` that
/// changed, and `_links.payment`, the link to the payment Worldpay's events
/// carry (`payment_href`, a link of the API the payment was taken with).
pub(crate) fn payment_details(
    reference: &str,
    amount: i64,
    currency: &str,
    payment_href: &str,
) -> Value {
    json!({
        "transactionReference": reference,
        "amount": {"value": amount, "currencyCode": currency},
        "_links": {"payment": {"href": payment_href}},
    })
}

/// `millis` after the epoch, as Worldpay writes `eventTimestamp` (UTC
/// here), and its date.
pub(crate) fn local_time(millis: u64) -> (String, String) {
    let (date, time) = super::clock::date_and_time(millis);
    (format!("{date}T{time}"), date)
}

impl Outbox {
    /// Sends an Access Worldpay event of `kind` with `details` (the rest
    /// of `eventDetails`), if a webhook URL is set.
    pub(crate) fn event(&mut self, kind: &str, classification: &str, mut details: Value) {
        let Some(config) = self.events.clone() else {
            return;
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default();
        self.last_millis = now.max(self.last_millis + 1);
        let (timestamp, date) = local_time(self.last_millis);
        let id = uuid::Uuid::new_v4().to_string();
        if let Some(d) = details.as_object_mut() {
            d.insert("classification".into(), classification.into());
            d.insert("type".into(), kind.into());
            d.insert("date".into(), date.into());
        }
        let body = serde_json::json!({
            "eventId": id,
            "eventTimestamp": timestamp,
            "eventDetails": details,
        });
        let body = serde_json::to_vec(&body).unwrap_or_default();
        let signature = format!(
            "{}/{}/{}",
            config.key_id,
            crate::webhook::SHA256,
            crate::webhook::sign(&config.secret, &body)
        );
        let log = self.log.clone();
        let kind = kind.to_string();
        tokio::spawn(async move {
            let mut waited = 0u64;
            let mut attempt = 0usize;
            loop {
                attempt += 1;
                let status = post(
                    &config.url,
                    crate::events::MEDIA_TYPE,
                    Some(&signature),
                    &body,
                    config.time_scale,
                )
                .await;
                record(&log, &id, &kind, attempt, status);
                if status == Some(200) {
                    return;
                }
                let wait = EVENT_WAITS
                    .get(attempt - 1)
                    .copied()
                    .unwrap_or(EVENT_LAST_WAIT);
                waited += wait;
                if waited > EVENT_GIVE_UP {
                    return;
                }
                tokio::time::sleep(scaled(wait, config.time_scale)).await;
            }
        });
    }

    /// Sends a Worldpay Online order notification, if a URL is set.
    pub(crate) fn online(&self, body: Value) {
        let Some((url, scale)) = self.online.clone() else {
            return;
        };
        let id = body["orderCode"].as_str().unwrap_or_default().to_string();
        let body = serde_json::to_vec(&body).unwrap_or_default();
        let log = self.log.clone();
        tokio::spawn(async move {
            let mut attempt = 0usize;
            // The first attempt, then one after each wait.
            for wait in std::iter::once(None).chain(ONLINE_WAITS.iter().map(Some)) {
                if let Some(w) = wait {
                    tokio::time::sleep(scaled(*w, scale)).await;
                }
                attempt += 1;
                let status = post(&url, "application/json", None, &body, scale).await;
                record(&log, &id, "ORDER_STATE_CHANGE", attempt, status);
                if status == Some(200) {
                    return;
                }
            }
        });
    }
}

fn record(log: &Mutex<Vec<Delivery>>, id: &str, kind: &str, attempt: usize, status: Option<u16>) {
    log.lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Delivery {
            id: id.to_string(),
            kind: kind.to_string(),
            attempt: attempt as u32,
            status,
        });
}

async fn post(
    url: &str,
    media_type: &str,
    signature: Option<&str>,
    body: &[u8],
    scale: f64,
) -> Option<u16> {
    crate::transport::install_crypto_provider();
    let timeout = scaled(10, scale).max(Duration::from_secs(1));
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .build()
        .ok()?;
    let mut req = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, media_type)
        .body(body.to_vec());
    if let Some(s) = signature {
        req = req.header(crate::webhook::SIGNATURE_HEADER, s);
    }
    req.send().await.ok().map(|r| r.status().as_u16())
}
