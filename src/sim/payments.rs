//! The simulator's Access Worldpay Payments (v6): the root resource, the
//! three authorizations its links lead to, and settle, partial settle,
//! cancel and events by the links their answers offer. Told apart from
//! Card Payments v7 (same paths) by the `payments-v6` media type, as
//! Worldpay does. Triggers as for v7: `cardHolderName` `REFUSED` refuses
//! (`code` `5`, `REFUSED`), amount `5051` refuses (`51`); `ERROR` answers
//! 500.
//!
//! The events query and the recovery query (`GET
//! /payments/events?transactionRef=…&entity=…`, found after the delay set
//! with [`Simulator::set_recovery_delay`](super::Simulator::set_recovery_delay))
//! answer with the last event and the payment's next actions.
//!
//! With a webhook set ([`Simulator::set_webhook`](super::Simulator::set_webhook)),
//! every change is also delivered as the Access Worldpay event Worldpay
//! sends, as for Card Payments v7: `authorized` or `refused` when
//! authorizing, `error` on the `ERROR` trigger, `sentForSettlement` then
//! `settled` on a settle or partial settle (the amount settled),
//! `cancelled` on a cancel (the amount left). Each event's `eventDetails`
//! carry `transactionReference`, `amount` (the amount that changed) and
//! `_links.payment`, the payment's v6 events link.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error: Reply::error,
    validation: Reply::validation,
    handle,
};

#[derive(Debug)]
struct Authorization {
    transaction_reference: String,
    entity: String,
    taken: Instant,
    currency: String,
    authorized: i64,
    settled: i64,
    cancelled: bool,
    /// Refused: only the recovery query finds it (its answer has no links).
    refused: bool,
}

/// The simulator's Payments (v6) memory.
#[derive(Debug, Default)]
pub(crate) struct State {
    authorizations: BTreeMap<String, Authorization>,
    counter: u64,
}

/// The path of relation `rel`'s link to authorization `id`: the path of
/// the operation the generated relation table says it leads to (settle
/// links carry `full/`, as Worldpay's examples write them).
fn path(shared: &Shared, rel: &str, id: &str) -> String {
    let link_data = if rel == "settle" {
        format!("full/{id}")
    } else {
        id.to_string()
    };
    super::link_href(
        shared,
        crate::payments::RELATIONS,
        crate::payments::OPERATIONS,
        rel,
        &link_data,
    )
    .map(|href| href[shared.base_url.len()..].to_string())
    .unwrap_or_else(|| format!("/payments/events/{id}"))
}

fn links(shared: &Shared, entries: &[(&str, String)]) -> Value {
    let mut map = serde_json::Map::new();
    for (rel, path) in entries {
        map.insert(
            format!("payments:{rel}"),
            json!({"href": format!("{}{path}", shared.base_url)}),
        );
    }
    map.insert(
        "curies".into(),
        json!([{
            "name": "payments",
            "href": format!("{}/rels/payments/{{rel}}", shared.base_url),
            "templated": true
        }]),
    );
    Value::Object(map)
}

impl Authorization {
    fn last_event(&self) -> &'static str {
        if self.refused {
            "Refused"
        } else if self.cancelled {
            "Sent for Cancellation"
        } else if self.settled > 0 {
            "Sent for Settlement"
        } else {
            "Authorized"
        }
    }

    /// The next actions an events answer offers.
    fn next_actions(&self, shared: &Shared, id: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.refused {
            return out;
        }
        if !self.cancelled && self.settled < self.authorized {
            if self.settled == 0 {
                out.push(("settle", path(shared, "settle", id)));
            }
            out.push(("partialSettle", path(shared, "partialSettle", id)));
            out.push(("cancel", path(shared, "cancel", id)));
        }
        out.push(("events", path(shared, "events", id)));
        out
    }
}

fn events_answer(shared: &Shared, id: &str, a: &Authorization) -> Reply {
    Reply::json(
        200,
        json!({
            "lastEvent": a.last_event(),
            "_links": links(shared, &a.next_actions(shared, id)),
        }),
    )
}

fn recovery(shared: &Shared, state: &State, query: Option<&str>) -> Reply {
    let param = |name: &str| {
        query.and_then(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        })
    };
    let (Some(reference), Some(entity)) = (param("transactionRef"), param("entity")) else {
        return not_found();
    };
    let delay: Duration = *shared
        .recovery_delay
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    match state.authorizations.iter().find(|(_, a)| {
        a.transaction_reference == reference && a.entity == entity && a.taken.elapsed() >= delay
    }) {
        Some((id, a)) => events_answer(shared, id, a),
        None => not_found(),
    }
}

/// `eventDetails` of an event about authorization `id` (the outbox adds
/// type, classification and date).
fn details(shared: &Shared, id: &str, reference: &str, amount: i64, currency: &str) -> Value {
    super::webhooks::payment_details(
        reference,
        amount,
        currency,
        &format!("{}{}", shared.base_url, path(shared, "events", id)),
    )
}

fn not_found() -> Reply {
    Reply::error(
        404,
        "resourceNotFound",
        "The requested resource was not found",
    )
}

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, body) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let id = params.first().copied().unwrap_or_default().to_string();
    let state = shared.state::<State>();
    let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
    match op.id {
        "paymentsRoot" => Reply::json(
            200,
            json!({"_links": links(shared, &[
                ("authorize", path(shared, "authorize", "")),
                ("migrateRecurringAuthorize", path(shared, "migrateRecurringAuthorize", "")),
                ("migrateCardOnFileAuthorize", path(shared, "migrateCardOnFileAuthorize", "")),
            ])}),
        ),
        "authorize" | "migrateRecurring" | "migrateCardOnFile" => {
            authorize(shared, &mut state, op.id, &body)
        }
        "settle" | "partialSettle" | "cancel" => {
            let Some(a) = state.authorizations.get_mut(&id).filter(|a| !a.refused) else {
                return not_found();
            };
            if a.cancelled || a.settled >= a.authorized {
                return Reply::error(
                    404,
                    "resourceNotFound",
                    "The requested action is not available for this payment in its current state",
                );
            }
            let left = a.authorized - a.settled;
            let before = a.settled;
            match op.id {
                "settle" => a.settled = a.authorized,
                "partialSettle" => {
                    let amount = body
                        .pointer("/value/amount")
                        .and_then(Value::as_i64)
                        .unwrap_or(0);
                    let currency = body.pointer("/value/currency").and_then(Value::as_str);
                    if currency != Some(a.currency.as_str()) || amount <= 0 || amount > left {
                        return Reply::validation(vec![(
                            "fieldHasInvalidValue".into(),
                            format!(
                                "The amount must be between 1 and the {left} {} left to settle",
                                a.currency
                            ),
                            "$.value.amount".into(),
                        )]);
                    }
                    a.settled += amount;
                }
                _ => a.cancelled = true,
            }
            let d = |value: i64| details(shared, &id, &a.transaction_reference, value, &a.currency);
            if a.cancelled {
                shared.event("cancelled", d(left));
            } else {
                shared.event("sentForSettlement", d(a.settled - before));
                shared.event("settled", d(a.settled - before));
            }
            let events = ("events", path(shared, "events", &id));
            let answer = match op.id {
                "cancel" => links(shared, &[events]),
                "partialSettle" if a.settled < a.authorized => links(
                    shared,
                    &[
                        ("partialSettle", path(shared, "partialSettle", &id)),
                        ("cancel", path(shared, "cancel", &id)),
                        events,
                    ],
                ),
                _ => links(shared, &[events]),
            };
            Reply::json(202, json!({"_links": answer}))
        }
        "events" => match state.authorizations.get(&id).filter(|a| !a.refused) {
            Some(a) => events_answer(shared, &id, a),
            None => not_found(),
        },
        "eventRecovery" => recovery(shared, &state, request.query.as_deref()),
        _ => not_found(),
    }
}

fn authorize(shared: &Shared, state: &mut State, operation: &str, body: &Value) -> Reply {
    let holder = body
        .pointer("/instruction/paymentInstrument/cardHolderName")
        .and_then(Value::as_str);
    if holder == Some("ERROR") {
        let reference = body
            .pointer("/transactionReference")
            .and_then(Value::as_str)
            .unwrap_or_default();
        shared.event("error", json!({"transactionReference": reference}));
        return Reply::error(500, "internalErrorOccurred", "Simulated internal error");
    }
    let amount = body
        .pointer("/instruction/value/amount")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let currency = body
        .pointer("/instruction/value/currency")
        .and_then(Value::as_str)
        .unwrap_or("GBP")
        .to_string();
    let refusal = if holder == Some("REFUSED") {
        Some(("5", "REFUSED"))
    } else if amount == 5051 {
        Some(("51", "INSUFFICIENT FUNDS"))
    } else {
        None
    };
    state.counter += 1;
    let id = format!("sim6{:020}", state.counter);
    let text = |pointer: &str| {
        body.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    state.authorizations.insert(
        id.clone(),
        Authorization {
            transaction_reference: text("/transactionReference"),
            entity: text("/merchant/entity"),
            taken: Instant::now(),
            currency,
            authorized: amount,
            settled: 0,
            cancelled: false,
            refused: refusal.is_some(),
        },
    );
    let reference = text("/transactionReference");
    if let Some((code, description)) = refusal {
        shared.event(
            "refused",
            json!({
                "transactionReference": reference,
                "_links": {"payment": {"href": format!("{}{}", shared.base_url, path(shared, "events", &id))}},
            }),
        );
        return Reply::json(
            201,
            json!({"outcome": "refused", "code": code, "description": description}),
        );
    }
    let mut entries = vec![
        ("cancel", path(shared, "cancel", &id)),
        ("settle", path(shared, "settle", &id)),
        ("partialSettle", path(shared, "partialSettle", &id)),
        ("events", path(shared, "events", &id)),
    ];
    match operation {
        "migrateRecurring" => entries.push((
            "recurringAuthorize",
            format!("/payments/authorizations/recurring/{id}"),
        )),
        "migrateCardOnFile" => entries.push((
            "CardOnFileAuthorize",
            format!("/payments/authorizations/CardOnFile/{id}"),
        )),
        _ => {}
    }
    let currency = state.authorizations[&id].currency.clone();
    shared.event(
        "authorized",
        details(shared, &id, &reference, amount, &currency),
    );
    Reply::json(
        201,
        json!({
            "outcome": "authorized",
            "issuer": {"authorizationCode": "T12345"},
            "riskFactors": [{"risk": "not_supplied", "type": "cvc"}],
            "_links": links(shared, &entries),
        }),
    )
}
