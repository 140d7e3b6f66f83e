//! The simulator's Card Payments v7: routes, payment lifecycle, triggers.
//!
//! Routing uses the generated operation table (the same path templates the
//! client checks links against). Each payment moves through the states
//! below; the links an answer offers are exactly those its state allows,
//! using the link lists the description defines for each answer:
//!
//! | state | offered relations |
//! |---|---|
//! | authorized | cancel, partialCancel, settle, partialSettle, reverse, events (+ increaseAuthorizedAmount when estimated) |
//! | authorized, after a partial cancel | cancel, partialCancel, settle, partialSettle, events |
//! | authorized, after an increase | increaseAuthorizedAmount, cancel, partialCancel, settle, partialSettle, events |
//! | sent for settlement (auto-settled) | refund, partialRefund, reverse, events |
//! | partially settled | refund, partialRefund, partialSettle, cancel, reverse, events |
//! | settled | refund, partialRefund, reverse, events |
//! | partially refunded | partialRefund, events |
//! | refunded, cancelled, reversed | events |
//!
//! Triggers:
//! - `cardHolderName` `REFUSED`, card number `4000000000000002` or amount
//!   `5051` refuse the authorization (codes `5`, `51`, `51`);
//! - `cardHolderName` `ERROR` answers 500 (`internalErrorOccurred`);
//! - `requestAutoSettlement.enabled: true` answers `Sent for Settlement`
//!   (the outcome tag Worldpay's description maps and its example sends);
//! - a partial refund of `5053` ([`REFUND_FAILS`]) is sent for refund and
//!   then fails (`refundFailed`);
//! - `value.estimated: true` makes the authorization increasable; an
//!   increase taking the total above 1,000,000 is refused (`51`).
//!
//! `GET /payments/events?transactionRef=…&entity=…` (recovery, as
//! Worldpay's "query a payment" pages call it) finds a payment by the
//! `transactionReference` and merchant `entity` of its authorization; any
//! other form of the query finds nothing (404). Worldpay warns that a
//! payment's events can take up to 15 minutes to appear there: the delay
//! before a payment is visible to the recovery query is configurable
//! ([`Simulator::set_recovery_delay`](super::Simulator::set_recovery_delay),
//! none by default), so a client's patience can be tested.
//!
//! With a webhook set ([`Simulator::set_webhook`](super::Simulator::set_webhook)),
//! every change is also delivered as the Access Worldpay event Worldpay
//! sends (`authorized`, `refused`, `sentForSettlement` and `settled`
//! together: the simulator settles at once, `cancelled`, `sentForRefund`
//! then `refunded` or `refundFailed`, and `error` for the 500 trigger),
//! with the fields the Events description lists: `transactionReference`,
//! `amount`, `date`, and `_links.payment` (the payment's events query).
//!
//! Both event queries answer with the payment's last event and its next
//! actions (Worldpay's pages show them there; the published schema lists
//! only `lastEvent`). Their links are written the way one of those pages
//! shows: `payments:cancel`, `payments:settle` and `payments:partialSettle`
//! beside `cardPayments:` for the other actions. Settle links point at
//! `/payments/settlements/full/{linkData}`, as in Worldpay's examples.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// A partial refund of this amount is sent for refund, then fails (the
/// `refundFailed` event; the amount stays refundable).
pub const REFUND_FAILS: i64 = 5053;

/// Amounts an increase may reach before it is refused.
pub const INCREASE_LIMIT: i64 = 1_000_000;

/// Where a payment is in its lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Authorized,
    AuthorizedAfterPartialCancel,
    AuthorizedAfterIncrease,
    SentForSettlement,
    PartiallySettled,
    Settled,
    PartiallyRefunded,
    Refunded,
    Cancelled,
    Reversed,
}

#[derive(Clone, Debug)]
struct Payment {
    transaction_reference: String,
    entity: String,
    /// When it was taken: the recovery query sees it only after the
    /// configured delay.
    taken: Instant,
    currency: String,
    /// The authorized total (increases add to it).
    authorized: i64,
    settled: i64,
    refunded: i64,
    cancelled: i64,
    estimated: bool,
    stage: Stage,
}

impl Payment {
    fn remaining_to_settle(&self) -> i64 {
        self.authorized
            .saturating_sub(self.settled)
            .saturating_sub(self.cancelled)
    }

    fn remaining_to_refund(&self) -> i64 {
        self.settled.saturating_sub(self.refunded)
    }

    fn offers(&self) -> &'static [&'static str] {
        match self.stage {
            Stage::Authorized if self.estimated => &[
                "cancel",
                "partialCancel",
                "settle",
                "partialSettle",
                "reverse",
                "events",
                "increaseAuthorizedAmount",
            ],
            Stage::Authorized => &[
                "cancel",
                "partialCancel",
                "settle",
                "partialSettle",
                "reverse",
                "events",
            ],
            Stage::AuthorizedAfterPartialCancel => &[
                "cancel",
                "partialCancel",
                "settle",
                "partialSettle",
                "events",
            ],
            Stage::AuthorizedAfterIncrease => &[
                "increaseAuthorizedAmount",
                "cancel",
                "partialCancel",
                "settle",
                "partialSettle",
                "events",
            ],
            Stage::SentForSettlement | Stage::Settled => {
                &["refund", "partialRefund", "reverse", "events"]
            }
            Stage::PartiallySettled => &[
                "refund",
                "partialRefund",
                "partialSettle",
                "cancel",
                "reverse",
                "events",
            ],
            Stage::PartiallyRefunded => &["partialRefund", "events"],
            Stage::Refunded | Stage::Cancelled | Stage::Reversed => &["events"],
        }
    }

    fn last_event(&self) -> &'static str {
        match self.stage {
            Stage::Authorized
            | Stage::AuthorizedAfterPartialCancel
            | Stage::AuthorizedAfterIncrease => "Authorized",
            Stage::SentForSettlement | Stage::PartiallySettled | Stage::Settled => {
                "Sent for Settlement"
            }
            Stage::PartiallyRefunded | Stage::Refunded => "Sent for Refund",
            Stage::Cancelled => "Sent for Cancellation",
            Stage::Reversed if self.settled > 0 => "Sent for Refund",
            Stage::Reversed => "Sent for Cancellation",
        }
    }
}

/// The simulator's Card Payments memory.
#[derive(Debug, Default)]
pub(crate) struct State {
    payments: BTreeMap<String, Payment>,
    refused: BTreeMap<String, Refused>,
    counter: u64,
}

/// A refused authorization, as the event queries know it.
#[derive(Clone, Debug)]
struct Refused {
    transaction_reference: String,
    entity: String,
    taken: Instant,
}

impl State {
    fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        // paymentId/commandId: ^[A-Za-z0-9_-]+$, 21 to 36 characters.
        format!("{prefix}{:020}", self.counter)
    }
}

/// A link of relation `relation` to payment `id`, at the path of the
/// operation the generated relation table says it leads to. Settle links
/// carry `full/` before the payment, as Worldpay's examples write them.
fn href(shared: &Shared, relation: &str, id: &str) -> String {
    let link_data = match relation {
        "settle" => format!("full/{id}"),
        _ => id.to_string(),
    };
    super::link_href(
        shared,
        crate::card_payments::RELATIONS,
        crate::card_payments::OPERATIONS,
        relation,
        &link_data,
    )
    .unwrap_or_else(|| format!("{}/payments/events/{id}", shared.base_url))
}

fn links(shared: &Shared, id: &str, relations: &[&str]) -> Value {
    links_named(shared, id, relations, |_| "cardPayments")
}

/// An events answer's links: the next actions, named as the answer on
/// Worldpay's "query a payment" page names them.
fn events_links(shared: &Shared, id: &str, relations: &[&str]) -> Value {
    let next: Vec<&str> = relations
        .iter()
        .copied()
        .filter(|r| *r != "events")
        .collect();
    links_named(shared, id, &next, |rel| match rel {
        "cancel" | "settle" | "partialSettle" => "payments",
        _ => "cardPayments",
    })
}

fn links_named(
    shared: &Shared,
    id: &str,
    relations: &[&str],
    prefix: impl Fn(&str) -> &'static str,
) -> Value {
    let mut map = serde_json::Map::new();
    for rel in relations {
        map.insert(
            format!("{}:{rel}", prefix(rel)),
            json!({"href": href(shared, rel, id)}),
        );
    }
    map.insert(
        "curies".into(),
        json!([{
            "name": "cardPayments",
            "href": format!("{}/rels/cardPayments/{{rel}}", shared.base_url),
            "templated": true,
        }]),
    );
    Value::Object(map)
}

fn not_offered() -> Reply {
    Reply::error(
        404,
        "resourceNotFound",
        "The requested action is not available for this payment in its current state",
    )
}

fn not_found() -> Reply {
    Reply::error(
        404,
        "resourceNotFound",
        "The requested resource was not found",
    )
}

/// An amount must be positive and at most what is left.
fn check_amount(amount: i64, left: i64, what: &str) -> Result<(), Reply> {
    if amount <= 0 || amount > left {
        Err(amount_error(&format!(
            "The amount must be between 1 and the {left} left to {what}"
        )))
    } else {
        Ok(())
    }
}

fn amount_error(message: &str) -> Reply {
    Reply::validation(vec![(
        "fieldHasInvalidValue".into(),
        message.into(),
        "$.value.amount".into(),
    )])
}

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error: Reply::error,
    validation: Reply::validation,
    handle,
};

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, body) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let id = params.first().copied().unwrap_or_default();
    // Settle links carry `full/` before the link data (Worldpay's form).
    let id = match op.id {
        "settle" => id.strip_prefix("full/").unwrap_or(id),
        _ => id,
    };
    let state = shared.state::<State>();
    let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
    match op.id {
        "authorize" | "recurring" => authorize(shared, &mut state, &body),
        "eventRecovery" => recovery(shared, &state, request.query.as_deref()),
        "eventQuery" => {
            if let Some(p) = state.payments.get(id) {
                events_answer(shared, id, p)
            } else if state.refused.contains_key(id) {
                Reply::json(200, json!({"lastEvent": "Refused"}))
            } else {
                not_found()
            }
        }
        other => {
            let Some(payment) = state.payments.get_mut(id) else {
                return not_found();
            };
            action(shared, other, id, payment, &body)
        }
    }
}

fn events_answer(shared: &Shared, id: &str, p: &Payment) -> Reply {
    Reply::json(
        200,
        json!({
            "lastEvent": p.last_event(),
            "_links": events_links(shared, id, p.offers()),
        }),
    )
}

fn recovery(shared: &Shared, state: &State, query: Option<&str>) -> Reply {
    // Percent-decoded: references such as "Memory265-13/08/1876" arrive
    // with their `/` encoded.
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
    let visible = |taken: Instant| taken.elapsed() >= delay;
    if let Some((id, p)) = state.payments.iter().find(|(_, p)| {
        p.transaction_reference == reference && p.entity == entity && visible(p.taken)
    }) {
        return events_answer(shared, id, p);
    }
    if state
        .refused
        .values()
        .any(|r| r.transaction_reference == reference && r.entity == entity && visible(r.taken))
    {
        return Reply::json(200, json!({"lastEvent": "Refused"}));
    }
    not_found()
}

fn str_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

/// `card/plain` → a masked instrument as Worldpay describes it.
fn masked_instrument(instrument: &Value) -> Value {
    let kind = str_at(instrument, "/type").unwrap_or("card/plain");
    let number = str_at(instrument, "/cardNumber")
        .or_else(|| str_at(instrument, "/tokenNumber"))
        .unwrap_or("4444333322221111");
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let digits = if digits.len() >= 12 {
        digits
    } else {
        "4444333322221111".to_string()
    };
    let brand = match digits.as_bytes()[0] {
        b'4' => "visa",
        b'5' | b'2' => "mastercard",
        b'3' => "amex",
        b'6' => "discover",
        _ => "visa",
    };
    let mut out = json!({
        "type": format!("{kind}+masked"),
        "cardBin": &digits[..6],
        "lastFour": &digits[digits.len() - 4..],
        "category": "consumer",
        "countryCode": "GB",
        "issuerName": "SIMULATED ISSUING BANK",
        "fundingType": "credit",
        "cardBrand": brand,
        "paymentAccountReference": "SIMPAR000000000000000000000001",
    });
    if let Some(expiry) = instrument.get("expiryDate") {
        out["expiryDate"] = expiry.clone();
    }
    out
}

fn refusal(code: &str, description: &str) -> Option<(String, String)> {
    Some((code.to_string(), description.to_string()))
}

/// `eventDetails` of an event about payment `id` (besides the type,
/// classification and date the outbox adds): what the Events description
/// lists, with a link to the payment's events query.
fn details(shared: &Shared, id: &str, reference: &str, amount: i64, currency: &str) -> Value {
    super::webhooks::payment_details(reference, amount, currency, &href(shared, "events", id))
}

fn authorize(shared: &Shared, state: &mut State, body: &Value) -> Reply {
    let instrument = body
        .pointer("/instruction/paymentInstrument")
        .cloned()
        .unwrap_or(Value::Null);
    let holder = str_at(&instrument, "/cardHolderName");
    if holder == Some("ERROR") {
        let reference = str_at(body, "/transactionReference").unwrap_or_default();
        shared.event("error", json!({"transactionReference": reference}));
        return Reply::error(
            500,
            "internalErrorOccurred",
            "Simulated internal error (cardHolderName ERROR)",
        );
    }
    let amount = body
        .pointer("/instruction/value/amount")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let currency = str_at(body, "/instruction/value/currency")
        .unwrap_or("GBP")
        .to_string();
    let reference = str_at(body, "/transactionReference")
        .unwrap_or_default()
        .to_string();
    let entity = str_at(body, "/merchant/entity")
        .unwrap_or_default()
        .to_string();
    let payment_id = state.next_id("simPay");
    let command_id = state.next_id("simCmd");
    let masked = masked_instrument(&instrument);
    let refused = if holder == Some("REFUSED") {
        refusal("5", "REFUSED")
    } else if str_at(&instrument, "/cardNumber") == Some("4000000000000002") || amount == 5051 {
        refusal("51", "INSUFFICIENT FUNDS")
    } else {
        None
    };
    if let Some((code, description)) = refused {
        shared.event(
            "refused",
            json!({
                "transactionReference": reference,
                "_links": {"payment": {"href": href(shared, "events", &payment_id)}},
            }),
        );
        state.refused.insert(
            payment_id.clone(),
            Refused {
                transaction_reference: reference,
                entity,
                taken: Instant::now(),
            },
        );
        return Reply::json(
            201,
            json!({
                "outcome": "refused",
                "paymentId": payment_id,
                "commandId": command_id,
                "refusalCode": code,
                "refusalDescription": description,
                "riskFactors": [{"type": "cvc", "risk": "notSupplied"}],
                "paymentInstrument": masked,
            }),
        );
    }
    let auto_settle = body
        .pointer("/instruction/requestAutoSettlement/enabled")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let estimated = body
        .pointer("/instruction/value/estimated")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let payment = Payment {
        transaction_reference: reference,
        entity,
        taken: Instant::now(),
        currency: currency.clone(),
        authorized: amount,
        settled: if auto_settle { amount } else { 0 },
        refunded: 0,
        cancelled: 0,
        estimated,
        stage: if auto_settle {
            Stage::SentForSettlement
        } else {
            Stage::Authorized
        },
    };
    let mut answer = json!({
        "outcome": if auto_settle { "Sent for Settlement" } else { "authorized" },
        "paymentId": payment_id,
        "commandId": command_id,
        "issuer": {"authorizationCode": "T12345"},
        "scheme": {"reference": "MCCSIM0000001"},
        "riskFactors": [
            {"type": "cvc", "risk": "notSupplied"},
            {"type": "avs", "risk": "notChecked", "detail": "address"},
            {"type": "avs", "risk": "notChecked", "detail": "postcode"}
        ],
        "paymentInstrument": masked,
        "_links": links(shared, &payment_id, payment.offers()),
    });
    if !auto_settle {
        answer["amounts"] = json!({
            "requested": amount,
            "totalAuthorized": amount,
            "currency": currency,
            "partialAuthorization": false,
        });
    }
    let d = details(
        shared,
        &payment_id,
        &payment.transaction_reference,
        amount,
        &currency,
    );
    shared.event("authorized", d.clone());
    if auto_settle {
        shared.event("sentForSettlement", d.clone());
        shared.event("settled", d);
    }
    state.payments.insert(payment_id, payment);
    Reply::json(201, answer)
}

/// Performs `operation` on a payment, if its state offers it.
fn action(shared: &Shared, operation: &str, id: &str, p: &mut Payment, body: &Value) -> Reply {
    let relation = match operation {
        "settle" => "settle",
        "partialSettlement" => "partialSettle",
        "refund" => "refund",
        "partialRefund" => "partialRefund",
        "cancel" => "cancel",
        "partialCancel" => "partialCancel",
        "increaseAuthorize" => "increaseAuthorizedAmount",
        "reversal" => "reverse",
        _ => return not_found(),
    };
    if !p.offers().contains(&relation) {
        return not_offered();
    }
    let amount = body.pointer("/value/amount").and_then(Value::as_i64);
    let currency = str_at(body, "/value/currency");
    if let Some(c) = currency
        && c != p.currency
    {
        return Reply::validation(vec![(
            "fieldHasInvalidValue".into(),
            format!("The currency must be the payment's, {}", p.currency),
            "$.value.currency".into(),
        )]);
    }
    let amount = amount.unwrap_or(0);
    let before = (p.settled, p.refunded, p.cancelled);
    match relation {
        "settle" => {
            p.settled += p.remaining_to_settle();
            p.stage = Stage::Settled;
        }
        "partialSettle" => {
            if let Err(reply) = check_amount(amount, p.remaining_to_settle(), "settle") {
                return reply;
            }
            p.settled += amount;
            p.stage = if p.remaining_to_settle() == 0 {
                Stage::Settled
            } else {
                Stage::PartiallySettled
            };
        }
        "refund" => {
            p.refunded = p.settled;
            p.stage = Stage::Refunded;
        }
        "partialRefund" => {
            if let Err(reply) = check_amount(amount, p.remaining_to_refund(), "refund") {
                return reply;
            }
            p.refunded += amount;
            p.stage = if p.remaining_to_refund() == 0 {
                Stage::Refunded
            } else {
                Stage::PartiallyRefunded
            };
        }
        "cancel" => {
            p.cancelled += p.remaining_to_settle();
            // Cancelling the rest of a partially settled payment leaves
            // what was settled settled.
            p.stage = if p.settled > 0 {
                Stage::Settled
            } else {
                Stage::Cancelled
            };
        }
        "partialCancel" => {
            if let Err(reply) = check_amount(amount, p.remaining_to_settle(), "cancel") {
                return reply;
            }
            p.cancelled += amount;
            p.stage = if p.remaining_to_settle() == 0 {
                Stage::Cancelled
            } else {
                Stage::AuthorizedAfterPartialCancel
            };
        }
        "increaseAuthorizedAmount" => {
            if amount <= 0 {
                return amount_error("The amount must be at least 1");
            }
            // Checked: an increase by `i64::MAX` is refused like any other
            // beyond the limit, never wrapped.
            let total = p
                .authorized
                .checked_add(amount)
                .filter(|t| *t <= INCREASE_LIMIT);
            let Some(total) = total else {
                return Reply::json(
                    202,
                    json!({
                        "outcome": "refused",
                        "refusalCode": "51",
                        "refusalDescription": "INSUFFICIENT FUNDS",
                    }),
                );
            };
            p.authorized = total;
            p.stage = Stage::AuthorizedAfterIncrease;
            return Reply::json(
                202,
                json!({
                    "outcome": "authorized",
                    "amounts": {"totalAuthorized": p.authorized, "currency": p.currency},
                    "issuer": {"authorizationCode": "T12346"},
                    "scheme": {"reference": "MCCSIM0000002"},
                    "_links": links(shared, id, p.offers()),
                }),
            );
        }
        "reverse" => {
            if p.settled > 0 {
                p.refunded = p.settled;
            }
            p.cancelled += p.remaining_to_settle();
            p.stage = Stage::Reversed;
        }
        _ => return not_found(),
    }
    // The events of what changed (the simulator settles and refunds at once).
    let d = |value: i64| details(shared, id, &p.transaction_reference, value, &p.currency);
    let settled = p.settled - before.0;
    let refunded = p.refunded - before.1;
    let cancelled = p.cancelled - before.2;
    if settled > 0 {
        shared.event("sentForSettlement", d(settled));
        shared.event("settled", d(settled));
    }
    if refunded > 0 {
        shared.event("sentForRefund", d(refunded));
        if refunded == REFUND_FAILS {
            // The trigger: the refund fails, the money stays settled.
            p.refunded -= refunded;
            p.stage = if p.refunded == 0 {
                Stage::Settled
            } else {
                Stage::PartiallyRefunded
            };
            let mut failed = d(refunded);
            failed["refund"] = json!({"refusal": {"code": "5", "description": "REFUSED"}});
            shared.event("refundFailed", failed);
        } else {
            shared.event("refunded", d(refunded));
        }
    }
    if cancelled > 0 {
        shared.event("cancelled", d(cancelled));
    }
    let mut answer = json!({"_links": links(shared, id, p.offers())});
    // Settle and refund answers carry the payment and command ids.
    if matches!(
        relation,
        "settle" | "partialSettle" | "refund" | "partialRefund"
    ) {
        answer["paymentId"] = json!(id);
        answer["commandId"] = json!(format!("{id}-{}", p.settled.saturating_add(p.refunded)));
    }
    Reply::json(202, answer)
}
