//! The simulator's Payment Queries (v1): the payments this simulator took
//! with the Payments API (2024-06-01), found by date range and filters, by
//! payment id, and (none: the simulator archives nothing) among archived
//! payments.
//!
//! # Queries
//!
//! `queryByDateRange` finds the payments taken between `startDate` and
//! `endDate` (both inclusive; RFC 3339 date-times, or dates meaning their
//! midnight UTC), oldest first, and narrows them by every filter given:
//! `transactionReference` (exact), `currency`, `minAmount` and `maxAmount`
//! (inclusive, minor units), `last4Digits`, `entityReferences` (a
//! comma-separated list of merchant entities) and `receivedEvents` (a
//! comma-separated list of `eventName`s, one of which the payment must
//! have). A page holds `pageSize` payments (1 to 300; 20 when not given:
//! the simulator's choice, Worldpay's material gives no default); when more
//! remain, `_links.next` leads to the next page. That link carries the
//! query and a `page` number, the simulator's own spelling: a client
//! follows it and never builds one. A date that does not read, a `pageSize`
//! out of range or a `startDate` after `endDate` answers `400`
//! (`fieldHasInvalidValue`).
//!
//! `retrieveByPaymentId` answers the payment whole: its events as the
//! description lists them (`authorizationRequested`, then
//! `authorizationSucceeded` or `authorizationRefused`, `sale…` for a
//! payment settled at once, `settlementRequested` and
//! `settlementRequestSubmitted`, and so on, each with a `commandId`), and
//! `_links` to act on it. An unknown id answers `404` (`resourceNotFound`).
//!
//! # Links
//!
//! Worldpay's description names the relations a queried payment offers
//! (`cardPayments:settle`, `cardPayments:cancel`, …) but shows no `href`
//! for a payment taken with the Payments API. The simulator offers, under
//! those names, the Payments API actions the payment's state allows
//! (`cardPayments:settle` is its `settlePayment`, `cardPayments:events` its
//! `_links.self`), so the Payments API client follows them
//! (`worldpay::payments_2024::rel` lists each action's other names).
//! `cardPayments:partialCancel` has no Payments API action and is not
//! offered.

use serde_json::{Map, Value, json};

use super::payments_2024::{Payment, Stage, State as Payments};
use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error: Reply::error,
    validation: Reply::validation,
    handle,
};

/// A page's size when the query gives none (the simulator's choice).
const DEFAULT_PAGE_SIZE: usize = 20;
/// The largest page the description allows.
const MAX_PAGE_SIZE: usize = 300;

/// Payment Queries' relation for each Payments API action.
const RELATIONS: [(&str, &str); 6] = [
    ("cancel", "cardPayments:cancel"),
    ("settle", "cardPayments:settle"),
    ("partialSettle", "cardPayments:partialSettle"),
    ("reversal", "cardPayments:reverse"),
    ("refund", "cardPayments:refund"),
    ("partialRefund", "cardPayments:partialRefund"),
];

fn bad(message: &str) -> Reply {
    Reply::error(400, "fieldHasInvalidValue", message)
}

fn payment_href(shared: &Shared, payment: &Payment) -> String {
    format!("{}/paymentQueries/payments/{}", shared.base_url, payment.id)
}

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, _) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let query: Vec<(String, String)> = request
        .query
        .as_deref()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let state = shared.state::<Payments>();
    let state = state.lock().unwrap_or_else(|p| p.into_inner());
    match op.id {
        "queryByDateRange" => by_date_range(shared, &state, request, &param),
        "retrieveByPaymentId" => {
            let id = params.first().copied().unwrap_or_default();
            match state.payments.get(id) {
                Some(p) => Reply::json(200, whole(shared, p)),
                None => Reply::error(
                    404,
                    "resourceNotFound",
                    "The requested resource was not found",
                ),
            }
        }
        "queryArchivedPayments" => {
            if param("transactionReference").is_none() || param("entityReference").is_none() {
                return bad("transactionReference and entityReference are required");
            }
            let target = request.query.as_deref().unwrap_or_default();
            Reply::json(
                200,
                json!({
                    "_links": {"self": {"href": format!("{}{}?{target}", shared.base_url, request.path)}},
                    "_embedded": {"payments": []},
                }),
            )
        }
        _ => Reply::error(
            404,
            "resourceNotFound",
            "The requested resource was not found",
        ),
    }
}

fn by_date_range<'q>(
    shared: &Shared,
    state: &Payments,
    request: &SimRequest,
    param: &impl Fn(&str) -> Option<&'q str>,
) -> Reply {
    let date = |name: &str| -> Result<u64, Reply> {
        let text = param(name).ok_or_else(|| bad(&format!("{name} is required")))?;
        super::clock::parse_rfc3339(text)
            .ok_or_else(|| bad(&format!("{name} is not an ISO 8601 date-time")))
    };
    let number = |name: &str| -> Result<Option<i64>, Reply> {
        param(name)
            .map(|v| {
                v.parse::<i64>()
                    .map_err(|_| bad(&format!("{name} is not an integer")))
            })
            .transpose()
    };
    let checked = (|| {
        let start = date("startDate")?;
        let mut end = date("endDate")?;
        // A plain date as the end means the whole of that day.
        if param("endDate").is_some_and(|d| d.len() == 10) {
            end += 86_400_000 - 1;
        }
        if start > end {
            return Err(bad("startDate is after endDate"));
        }
        let size = number("pageSize")?.map_or(Ok(DEFAULT_PAGE_SIZE), |n| {
            usize::try_from(n)
                .ok()
                .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                .ok_or_else(|| bad("pageSize must be between 1 and 300"))
        })?;
        let page = number("page")?.unwrap_or(1);
        if page < 1 {
            return Err(bad("page must be 1 or more"));
        }
        Ok((
            start,
            end,
            size,
            usize::try_from(page).unwrap_or(1),
            number("minAmount")?,
            number("maxAmount")?,
        ))
    })();
    let (start, end, size, page, min, max) = match checked {
        Ok(c) => c,
        Err(reply) => return reply,
    };
    let list = |name: &str| -> Option<Vec<&str>> {
        param(name).map(|v| v.split(',').map(str::trim).collect())
    };
    let entities = list("entityReferences");
    let events = list("receivedEvents");
    let mut found: Vec<&Payment> = state
        .payments
        .values()
        .filter(|p| (start..=end).contains(&p.taken_at))
        .filter(|p| param("transactionReference").is_none_or(|r| p.transaction_reference == r))
        .filter(|p| param("currency").is_none_or(|c| p.currency == c))
        .filter(|p| min.is_none_or(|m| p.amount >= m))
        .filter(|p| max.is_none_or(|m| p.amount <= m))
        .filter(|p| param("last4Digits").is_none_or(|d| p.last_four() == d))
        .filter(|p| {
            entities
                .as_ref()
                .is_none_or(|e| e.contains(&p.entity.as_str()))
        })
        .filter(|p| {
            events
                .as_ref()
                .is_none_or(|e| p.events.iter().any(|ev| e.contains(&ev.name)))
        })
        .collect();
    found.sort_by(|a, b| (a.taken_at, &a.id).cmp(&(b.taken_at, &b.id)));
    let skip = (page - 1).saturating_mul(size);
    let this_page: Vec<Value> = found
        .iter()
        .skip(skip)
        .take(size)
        .map(|p| summary(shared, p))
        .collect();
    // The query as received, without its page: each link adds its own.
    let kept: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            request
                .query
                .as_deref()
                .map(|q| {
                    url::form_urlencoded::parse(q.as_bytes())
                        .into_owned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .filter(|(k, _)| k != "page"),
        )
        .finish();
    let href = |page: usize| {
        format!(
            "{}{}?{kept}{}",
            shared.base_url,
            request.path,
            if page > 1 {
                format!("&page={page}")
            } else {
                String::new()
            }
        )
    };
    let mut links = json!({"self": {"href": href(page)}});
    if skip.saturating_add(size) < found.len() {
        links["next"] = json!({"href": href(page + 1)});
    }
    Reply::json(
        200,
        json!({"_links": links, "_embedded": {"payments": this_page}}),
    )
}

/// The fields a payment has in both answers.
fn common(payment: &Payment) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert(
        "timestamp".into(),
        json!(super::clock::rfc3339(payment.taken_at)),
    );
    out.insert("paymentId".into(), json!(payment.id));
    out.insert(
        "transactionReference".into(),
        json!(payment.transaction_reference),
    );
    out.insert("narrative".into(), payment.narrative.clone());
    out.insert("transactionType".into(), json!(payment.transaction_type));
    out.insert(
        "authorizationType".into(),
        json!(if payment.auto_settle {
            "sale"
        } else {
            "authorization"
        }),
    );
    out.insert("entity".into(), json!(payment.entity));
    if let Some(last) = payment.events.last() {
        out.insert("lastEvent".into(), json!(last.name));
    }
    if let Some(code) = &payment.authorization_code {
        out.insert("issuer".into(), json!({"authorizationCode": code}));
    }
    out.insert(
        "paymentInstrument".into(),
        json!({
            "type": payment.instrument_type,
            "card": {
                "number": {"cardBin": payment.bin(), "last4Digits": payment.last_four()},
                "expiryDate": payment.expiry,
                "fundingType": "credit",
                "brand": "visa",
            },
        }),
    );
    out.insert(
        "value".into(),
        json!({"amount": payment.amount, "currency": payment.currency}),
    );
    out
}

/// A payment as a date-range page lists it.
fn summary(shared: &Shared, payment: &Payment) -> Value {
    let mut out = common(payment);
    out.insert(
        "_links".into(),
        json!({"self": {"href": payment_href(shared, payment)}}),
    );
    Value::Object(out)
}

/// A payment as `retrieveByPaymentId` answers it.
fn whole(shared: &Shared, payment: &Payment) -> Value {
    let mut out = common(payment);
    let events: Vec<Value> = payment
        .events
        .iter()
        .map(|e| {
            let mut event = Map::new();
            event.insert("eventName".into(), json!(e.name));
            event.insert("timestamp".into(), json!(super::clock::rfc3339(e.at)));
            event.extend(e.fields.clone());
            event.insert("commandId".into(), json!(e.command_id));
            Value::Object(event)
        })
        .collect();
    out.insert("events".into(), Value::Array(events));
    let mut links = Map::new();
    links.insert(
        "self".into(),
        json!({"href": payment_href(shared, payment)}),
    );
    for (_, operation) in payment.actions() {
        if let Some((_, rel)) = RELATIONS.iter().find(|(op, _)| *op == operation) {
            links.insert(
                (*rel).to_string(),
                json!({"href": super::payments_2024::action_href(shared, operation, payment)}),
            );
        }
    }
    if payment.stage == Stage::Authorized {
        links.insert(
            "cardPayments:events".into(),
            json!({"href": super::payments_2024::action_href(shared, "queryEvents", payment)}),
        );
    }
    out.insert("_links".into(), Value::Object(links));
    Value::Object(out)
}
