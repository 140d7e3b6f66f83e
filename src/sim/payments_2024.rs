//! The simulator's Payments API (2024-06-01): the one `payment` call, its
//! 3DS steps, and every action by the `_actions` its answers offer.
//!
//! Every request must carry `WP-Api-Version: 2024-06-01` (the fixed header
//! the operation table lists): without it, or with another value, the
//! answer is `406` with a `HeaderErrorResponse` naming the header
//! (`errorName` `headerHasInvalidValue`: the simulator's choice, Worldpay's
//! material names no value).
//!
//! # Outcomes and their triggers
//!
//! Every outcome is one the description maps; which request leads to which
//! is the simulator's choice (Worldpay documents its own test values
//! elsewhere), listed here:
//!
//! | request | answer |
//! |---|---|
//! | a card the other rows do not catch | `201` `authorized` |
//! | `instruction.settlement.auto: true` | `202` `sentForSettlement` |
//! | `cardHolderName` `REFUSED` | `201` `refused`, `refusalCode` `5`, `REFUSED` |
//! | `instruction.value.amount` `5051` | `201` `refused`, `refusalCode` `51`, `INSUFFICIENT FUNDS` |
//! | `instruction.fraud` given and `cardHolderName` `HIGH RISK` | `201` `fraudHighRisk`, `score` 95 |
//! | `cardHolderName` `ERROR` | `500` `internalErrorOccurred` |
//! | `instruction.threeDS.type` `integrated` | `201` `3dsDeviceDataRequired`, then the 3DS steps below |
//!
//! The 3DS steps, after `3dsDeviceDataRequired`:
//! - `supply3dsDeviceData` answers `3dsChallenged` (with a `challenge` and
//!   the `complete3dsChallenge` action) when the payment's
//!   `threeDS.challenge.preference` is `challengeRequested` or
//!   `challengeMandated`; `3dsAuthenticationFailed` for `cardHolderName`
//!   `3DS FAILED`; `3dsUnavailable` for `3DS UNAVAILABLE`; otherwise the
//!   payment is authorized frictionlessly: the outcome the table above
//!   gives (authorized, sent for settlement or refused).
//! - `complete3dsChallenge` then authorizes the same way.
//! - A step the payment is not waiting for answers `400`
//!   (`resourceNotFound`: these operations document no `404`).
//!
//! The card in an answer is the request's (its BIN and last four): for an
//! instrument that carries no card number (a token, a checkout session, an
//! encrypted wallet token) it is the test card `4444333322221111`, a Visa
//! credit card expiring 12/2035 unless the request gives an expiry.
//!
//! # Actions
//!
//! Each answer's `_actions` are exactly those its description lists (the
//! generated `OFFERED`), for the payment's state; each leads to the
//! operation its relation does (the generated `RELATIONS`), and the `href`s
//! to this API's own operations, with the payment's `linkData` (opaque:
//! `lnk` and the payment id).
//!
//! | state | `_actions` |
//! |---|---|
//! | authorized | cancelPayment, settlePayment, partiallySettlePayment, reversePayment |
//! | sent for settlement (settled) | refundPayment, partiallyRefundPayment, reversePayment |
//! | partially settled, some left | refundPayment, partiallyRefundPayment, partiallySettlePayment, cancelPayment, reversePayment |
//! | partially refunded | partiallyRefundPayment |
//! | refunded, cancelled, reversed | none |
//!
//! An action the state does not offer answers `404` (`resourceNotFound`);
//! an amount beyond what is left answers `400` naming `$.value.amount`.
//! `queryEvents` (`_links.self`, which only an authorized payment's answers
//! carry) answers the payment's `lastEvent` and its actions; a reversal
//! reads `Sent for Cancellation` there (the enum has no reversal value).
//!
//! With a webhook set, the changes are delivered as the Access Worldpay
//! events: `authorized` or `refused`, `error`, `sentForSettlement` then
//! `settled`, `cancelled`, `sentForRefund` then `refunded`, and
//! `tokenCreated` when a token was asked for; a reversal sends none (the
//! Events description has no event for it). Their `_links.payment` is the
//! payment's `_links.self`. Payment Queries (`sim/payment_queries.rs`)
//! finds the payments taken here.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error: Reply::error,
    validation: Reply::validation,
    handle,
};

/// The test card answered for instruments that carry no card number.
const TEST_CARD: &str = "4444333322221111";

/// Where a payment is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Waiting for `supply3dsDeviceData`.
    DeviceData,
    /// Waiting for `complete3dsChallenge`.
    Challenge,
    /// 3DS ended without authentication: no action.
    Unauthenticated,
    /// Refused (or refused for fraud): no action.
    Refused,
    /// Authorized: see the amounts.
    Authorized,
}

/// One event of a payment, as Payment Queries lists them.
#[derive(Clone, Debug)]
pub(crate) struct PaymentEvent {
    /// Its `eventName`.
    pub(crate) name: &'static str,
    /// When, in milliseconds since the epoch.
    pub(crate) at: u64,
    /// Its `commandId`.
    pub(crate) command_id: String,
    /// The event's other fields (`outcome`, `value`, `type`, …).
    pub(crate) fields: Map<String, Value>,
}

/// A payment taken with the Payments API.
#[derive(Clone)]
pub(crate) struct Payment {
    pub(crate) id: String,
    pub(crate) transaction_reference: String,
    pub(crate) entity: String,
    pub(crate) taken_at: u64,
    pub(crate) currency: String,
    pub(crate) amount: i64,
    pub(crate) narrative: Value,
    pub(crate) card_number: String,
    pub(crate) expiry: Value,
    pub(crate) holder: Option<String>,
    pub(crate) instrument_type: &'static str,
    pub(crate) auto_settle: bool,
    pub(crate) challenge_requested: bool,
    pub(crate) transaction_type: &'static str,
    request: Value,
    pub(crate) stage: Stage,
    pub(crate) settled: i64,
    pub(crate) refunded: i64,
    pub(crate) cancelled: bool,
    pub(crate) reversed: bool,
    pub(crate) authorization_code: Option<String>,
    pub(crate) events: Vec<PaymentEvent>,
}

/// Without the card data the payment holds (its card number, cardholder
/// name, expiry and the request as received).
impl std::fmt::Debug for Payment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Payment")
            .field("id", &self.id)
            .field("transaction_reference", &self.transaction_reference)
            .field("entity", &self.entity)
            .field("amount", &self.amount)
            .field("currency", &self.currency)
            .field("stage", &self.stage)
            .field("settled", &self.settled)
            .field("refunded", &self.refunded)
            .field("cancelled", &self.cancelled)
            .field("reversed", &self.reversed)
            .finish_non_exhaustive()
    }
}

/// The simulator's Payments API memory, shared with Payment Queries.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// By payment id, in the order taken.
    pub(crate) payments: BTreeMap<String, Payment>,
    counter: u64,
}

impl Payment {
    pub(crate) fn link_data(&self) -> String {
        format!("lnk{}", self.id)
    }

    pub(crate) fn bin(&self) -> String {
        self.card_number.chars().take(6).collect()
    }

    pub(crate) fn last_four(&self) -> String {
        let n = self.card_number.len();
        self.card_number.chars().skip(n.saturating_sub(4)).collect()
    }

    /// What is authorized and not settled, cancelled or reversed.
    pub(crate) fn left_to_settle(&self) -> i64 {
        if self.stage != Stage::Authorized || self.cancelled || self.reversed {
            0
        } else {
            self.amount - self.settled
        }
    }

    /// What is settled and not refunded (nor reversed).
    pub(crate) fn left_to_refund(&self) -> i64 {
        if self.reversed {
            0
        } else {
            self.settled - self.refunded
        }
    }

    /// The actions the payment's state offers (their `_actions` names),
    /// each with the operation its relation leads to (the generated
    /// `RELATIONS`): `(action name, operationId)`.
    pub(crate) fn actions(&self) -> Vec<(&'static str, &'static str)> {
        self.action_names()
            .into_iter()
            .filter_map(|name| {
                crate::payments_2024::RELATIONS
                    .iter()
                    .find(|(rel, _)| *rel == name)
                    .and_then(|(rel, op)| op.map(|op| (*rel, op)))
            })
            .collect()
    }

    /// The `_actions` names the payment's state offers (the table in this
    /// module's documentation).
    fn action_names(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.stage != Stage::Authorized || self.cancelled || self.reversed {
            return out;
        }
        let left = self.left_to_settle();
        if self.settled == 0 {
            out.extend([
                "cancelPayment",
                "settlePayment",
                "partiallySettlePayment",
                "reversePayment",
            ]);
            return out;
        }
        if self.refunded > 0 {
            if self.left_to_refund() > 0 {
                out.push("partiallyRefundPayment");
            }
            return out;
        }
        out.extend(["refundPayment", "partiallyRefundPayment"]);
        if left > 0 {
            out.extend(["partiallySettlePayment", "cancelPayment"]);
        }
        out.push("reversePayment");
        out
    }

    /// `QueryEventsResponse.lastEvent` of an authorized payment.
    fn last_event(&self) -> &'static str {
        if self.reversed || self.cancelled {
            "Sent for Cancellation"
        } else if self.refunded > 0 {
            "Sent for Refund"
        } else if self.settled > 0 {
            "Sent for Settlement"
        } else {
            "Authorized"
        }
    }

    fn event(&mut self, name: &'static str, counter: &mut u64, fields: Value) {
        *counter += 1;
        self.events.push(PaymentEvent {
            name,
            at: super::clock::unix_millis(),
            command_id: format!("simcmd{:024}", *counter),
            fields: fields.as_object().cloned().unwrap_or_default(),
        });
    }
}

/// The href of `operation` for `payment` (its `linkData`), from the
/// generated operation table.
pub(crate) fn action_href(shared: &Shared, operation: &str, payment: &Payment) -> String {
    let path = crate::payments_2024::OPERATIONS
        .iter()
        .find(|o| o.id == operation)
        .map(|o| o.path)
        .unwrap_or("/api/payments/{linkData}");
    format!(
        "{}{}",
        shared.base_url,
        path.replace("{linkData}", &payment.link_data())
    )
}

/// `_actions` of the names given, each `{href, method}`.
fn actions(shared: &Shared, payment: &Payment, names: &[(&str, &str)]) -> Value {
    let mut map = Map::new();
    for (name, operation) in names {
        let method = crate::payments_2024::OPERATIONS
            .iter()
            .find(|o| o.id == *operation)
            .map_or("POST", |o| o.method);
        map.insert(
            (*name).to_string(),
            json!({"href": action_href(shared, operation, payment), "method": method}),
        );
    }
    Value::Object(map)
}

fn self_link(shared: &Shared, payment: &Payment) -> Value {
    json!({"self": {"href": action_href(shared, "queryEvents", payment)}})
}

/// An action the payment's state does not offer: `404` where the
/// operation documents it, else `400` (the 3DS steps document no `404`).
fn not_offered(op: &crate::operation::Operation) -> Reply {
    Reply::error(
        if op.documents(404) { 404 } else { 400 },
        "resourceNotFound",
        "The requested action is not available for this payment in its current state",
    )
}

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, body) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let state = shared.state::<State>();
    let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
    if op.id == "payment" {
        return take(shared, &mut state, &body);
    }
    let id = params
        .first()
        .and_then(|d| d.strip_prefix("lnk"))
        .unwrap_or_default()
        .to_string();
    let State { payments, counter } = &mut *state;
    let Some(payment) = payments.get_mut(&id) else {
        return not_offered(op);
    };
    match op.id {
        // Only an authorized payment has the `_links.self` leading here.
        "queryEvents" if payment.stage != Stage::Authorized => not_offered(op),
        "queryEvents" => Reply::json(
            200,
            json!({
                "lastEvent": payment.last_event(),
                "_actions": actions(shared, payment, &payment.actions()),
            }),
        ),
        "supply3dsDeviceData" if payment.stage == Stage::DeviceData => {
            device_data(shared, payment, counter)
        }
        "complete3dsChallenge" if payment.stage == Stage::Challenge => {
            let mut answer = authorize(shared, payment, counter);
            if let Some(three_ds) = answer.body.get_mut("threeDS") {
                three_ds["issuerResponse"] = json!("challenged");
            }
            answer
        }
        "supply3dsDeviceData" | "complete3dsChallenge" => not_offered(op),
        _ => act(shared, payment, counter, op, &body),
    }
}

/// `payment`: takes a payment.
fn take(shared: &Shared, state: &mut State, body: &Value) -> Reply {
    let text = |pointer: &str| body.pointer(pointer).and_then(Value::as_str);
    let instruction = body.get("instruction").cloned().unwrap_or(Value::Null);
    let instrument = instruction
        .get("paymentInstrument")
        .cloned()
        .unwrap_or(Value::Null);
    let holder = instrument
        .get("cardHolderName")
        .and_then(Value::as_str)
        .map(str::to_string);
    let reference = text("/transactionReference")
        .unwrap_or_default()
        .to_string();
    if holder.as_deref() == Some("ERROR") {
        shared.event("error", json!({"transactionReference": reference}));
        return Reply::error(500, "internalErrorOccurred", "Simulated internal error");
    }
    let card_number = ["cardNumber", "tokenNumber", "number"]
        .iter()
        .find_map(|k| instrument.get(*k).and_then(Value::as_str))
        .unwrap_or(TEST_CARD)
        .to_string();
    let expiry = instrument
        .get("expiryDate")
        .cloned()
        .unwrap_or_else(|| json!({"month": 12, "year": 2035}));
    let instrument_type = match instrument.get("type").and_then(Value::as_str) {
        Some("networkToken") => "card/networkToken",
        Some("decrypted") | Some("encrypted") => match text("/instruction/method") {
            Some("googlepay") => "card/networkToken+googlepay",
            _ => "card/networkToken+applepay",
        },
        _ => "card/plain",
    };
    let transaction_type = match text("/instruction/customerAgreement/type") {
        Some("cardOnFile") | Some("unscheduled") => "cardOnFile",
        Some("subscription") | Some("installment") => "recurring",
        _ => "oneTime",
    };
    state.counter += 1;
    let id = format!("simPay{:024}", state.counter);
    let mut payment = Payment {
        id: id.clone(),
        transaction_reference: reference.clone(),
        entity: text("/merchant/entity").unwrap_or_default().to_string(),
        taken_at: super::clock::unix_millis(),
        currency: text("/instruction/value/currency")
            .unwrap_or("GBP")
            .to_string(),
        amount: body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64)
            .unwrap_or(0),
        narrative: instruction
            .get("narrative")
            .cloned()
            .unwrap_or_else(|| json!({"line1": ""})),
        card_number,
        expiry,
        holder,
        instrument_type,
        auto_settle: body
            .pointer("/instruction/settlement/auto")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        challenge_requested: matches!(
            text("/instruction/threeDS/challenge/preference"),
            Some("challengeRequested") | Some("challengeMandated")
        ),
        transaction_type,
        request: body.clone(),
        stage: Stage::Authorized,
        settled: 0,
        refunded: 0,
        cancelled: false,
        reversed: false,
        authorization_code: None,
        events: Vec::new(),
    };
    let requested = if payment.auto_settle {
        "saleRequested"
    } else {
        "authorizationRequested"
    };
    payment.event(requested, &mut state.counter, json!({}));
    let answer = if text("/instruction/threeDS/type") == Some("integrated") {
        payment.stage = Stage::DeviceData;
        let link = actions(
            shared,
            &payment,
            &[("supply3dsDeviceData", "supply3dsDeviceData")],
        );
        Reply::json(
            201,
            json!({
                "outcome": "3dsDeviceDataRequired",
                "transactionReference": reference,
                "deviceDataCollection": {
                    // JWT-shaped (header.payload.signature), not signed.
                    "jwt": format!(
                        "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzaW0iOnRydWV9.{}",
                        state.counter
                    ),
                    "url": format!("{}/3ds/deviceDataCollection", shared.base_url),
                    "bin": payment.bin(),
                },
                "_actions": link,
            }),
        )
    } else if instruction.get("fraud").is_some() && payment.holder.as_deref() == Some("HIGH RISK") {
        payment.stage = Stage::Refused;
        let fields = json!({"outcome": "refused"});
        let refused = if payment.auto_settle {
            "saleRefused"
        } else {
            "authorizationRefused"
        };
        payment.event(refused, &mut state.counter, fields);
        Reply::json(
            201,
            json!({
                "outcome": "fraudHighRisk",
                "transactionReference": reference,
                "score": 95.0,
            }),
        )
    } else {
        authorize(shared, &mut payment, &mut state.counter)
    };
    state.payments.insert(id, payment);
    answer
}

/// `supply3dsDeviceData`: challenged, failed, unavailable or authorized.
fn device_data(shared: &Shared, payment: &mut Payment, counter: &mut u64) -> Reply {
    let authentication = |eci: &str| {
        json!({
            "version": "2.2.0",
            "eci": eci,
            "transactionId": format!("sim3ds{:020}", payment.amount.unsigned_abs()),
        })
    };
    match payment.holder.as_deref() {
        Some("3DS FAILED") => {
            payment.stage = Stage::Unauthenticated;
            return Reply::json(
                201,
                json!({
                    "outcome": "3dsAuthenticationFailed",
                    "transactionReference": payment.transaction_reference,
                    "authentication": authentication("07"),
                }),
            );
        }
        Some("3DS UNAVAILABLE") => {
            payment.stage = Stage::Unauthenticated;
            return Reply::json(
                201,
                json!({
                    "outcome": "3dsUnavailable",
                    "transactionReference": payment.transaction_reference,
                    "authentication": {"version": "2.2.0", "eci": "07"},
                }),
            );
        }
        _ => {}
    }
    if payment.challenge_requested {
        payment.stage = Stage::Challenge;
        let link = actions(
            shared,
            payment,
            &[("complete3dsChallenge", "complete3dsChallenge")],
        );
        return Reply::json(
            201,
            json!({
                "outcome": "3dsChallenged",
                "transactionReference": payment.transaction_reference,
                "authentication": authentication("05"),
                "challenge": {
                    "reference": format!("simChallenge{}", payment.id),
                    "url": format!("{}/3ds/challenge", shared.base_url),
                    "jwt": "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzaW0iOnRydWUsImNoYWxsZW5nZSI6dHJ1ZX0.",
                    "payload": "c2ltdWxhdGVkIGNoYWxsZW5nZQ",
                },
                "_actions": link,
            }),
        );
    }
    authorize(shared, payment, counter)
}

/// Authorizes `payment` (by the triggers in the module docs): the 201 or
/// 202 answer.
fn authorize(shared: &Shared, payment: &mut Payment, counter: &mut u64) -> Reply {
    let three_ds = payment.stage != Stage::Authorized;
    let refusal = if payment.holder.as_deref() == Some("REFUSED") {
        Some(("5", "REFUSED"))
    } else if payment.amount == 5051 {
        Some(("51", "INSUFFICIENT FUNDS"))
    } else {
        None
    };
    let instrument = json!({
        "type": "card/plain+masked",
        "cardBin": payment.bin(),
        "lastFour": payment.last_four(),
        "expiryDate": payment.expiry,
        "cardBrand": "visa",
        "fundingType": "credit",
    });
    let mut answer = Map::new();
    answer.insert("paymentId".into(), json!(payment.id));
    answer.insert(
        "transactionReference".into(),
        json!(payment.transaction_reference),
    );
    answer.insert("paymentInstrument".into(), instrument);
    if three_ds {
        answer.insert(
            "threeDS".into(),
            json!({
                "type": "integrated",
                "outcome": "authenticated",
                "issuerResponse": "frictionless",
                "version": "2.2.0",
                "eci": "05",
            }),
        );
    }
    if payment.request.pointer("/instruction/fraud").is_some() {
        answer.insert("fraud".into(), json!({"outcome": "lowRisk", "score": 12.5}));
    }
    let (requested_ok, requested_refused) = if payment.auto_settle {
        ("saleSucceeded", "saleRefused")
    } else {
        ("authorizationSucceeded", "authorizationRefused")
    };
    let payment_href = action_href(shared, "queryEvents", payment);
    if let Some((code, description)) = refusal {
        payment.stage = Stage::Refused;
        payment.event(
            requested_refused,
            counter,
            json!({"outcome": "refused", "code": code, "description": description}),
        );
        shared.event(
            "refused",
            json!({
                "transactionReference": payment.transaction_reference,
                "_links": {"payment": {"href": payment_href}},
            }),
        );
        answer.insert("outcome".into(), json!("refused"));
        answer.insert("refusalCode".into(), json!(code));
        answer.insert("refusalDescription".into(), json!(description));
        return Reply::json(201, Value::Object(answer));
    }
    payment.stage = Stage::Authorized;
    payment.authorization_code = Some(format!("T{:05}", *counter % 100_000));
    payment.event(requested_ok, counter, json!({"outcome": "authorized"}));
    answer.insert(
        "issuer".into(),
        json!({"authorizationCode": payment.authorization_code}),
    );
    answer.insert(
        "amounts".into(),
        json!({"requested": payment.amount, "totalAuthorized": payment.amount, "currency": payment.currency}),
    );
    if payment
        .request
        .pointer("/instruction/tokenCreation")
        .is_some()
    {
        *counter += 1;
        let token_id = format!("9{:017}", *counter);
        answer.insert(
            "token".into(),
            json!({
                "href": format!("{}/tokens/{token_id}", shared.base_url),
                "tokenId": token_id,
                "tokenExpiryDateTime": super::clock::rfc3339(
                    payment.taken_at + 4 * 365 * 86_400_000
                ),
                "cardNumber": format!("{}******{}", payment.bin(), payment.last_four()),
                "cardExpiry": payment.expiry,
                "bin": payment.bin(),
                "fundingType": "credit",
            }),
        );
        shared.event(
            "tokenCreated",
            json!({
                "transactionReference": payment.transaction_reference,
                "_links": {"payment": {"href": payment_href}},
            }),
        );
    }
    let details = |p: &Payment, amount: i64| {
        super::webhooks::payment_details(
            &p.transaction_reference,
            amount,
            &p.currency,
            &payment_href,
        )
    };
    shared.event("authorized", details(payment, payment.amount));
    answer.insert("_links".into(), self_link(shared, payment));
    if payment.auto_settle {
        settle_by(payment, counter, payment.amount, "fullSettlement", None);
        shared.event("sentForSettlement", details(payment, payment.amount));
        shared.event("settled", details(payment, payment.amount));
        answer.insert("outcome".into(), json!("sentForSettlement"));
        answer.insert(
            "_actions".into(),
            actions(shared, payment, &payment.actions()),
        );
        return Reply::json(202, Value::Object(answer));
    }
    answer.insert("outcome".into(), json!("authorized"));
    answer.insert(
        "_actions".into(),
        actions(shared, payment, &payment.actions()),
    );
    Reply::json(201, Value::Object(answer))
}

fn settle_by(
    payment: &mut Payment,
    counter: &mut u64,
    amount: i64,
    kind: &str,
    reference: Option<&str>,
) {
    payment.settled += amount;
    let mut fields =
        json!({"type": kind, "value": {"amount": amount, "currency": payment.currency}});
    if let Some(r) = reference {
        fields["settlementReference"] = json!(r);
    }
    payment.event("settlementRequested", counter, fields);
    payment.event("settlementRequestSubmitted", counter, json!({}));
}

/// The amount of a partial action's body, checked against what is left.
fn amount(body: &Value, payment: &Payment, left: i64, what: &str) -> Result<i64, Reply> {
    let amount = body
        .pointer("/value/amount")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let currency = body.pointer("/value/currency").and_then(Value::as_str);
    if currency != Some(payment.currency.as_str()) || amount <= 0 || amount > left {
        return Err(Reply::validation(vec![(
            "fieldHasInvalidValue".into(),
            format!(
                "The amount must be between 1 and the {left} {} left to {what}",
                payment.currency
            ),
            "$.value.amount".into(),
        )]));
    }
    Ok(amount)
}

/// Settle, partial settle, refund, partial refund, cancel or reversal.
fn act(
    shared: &Shared,
    payment: &mut Payment,
    counter: &mut u64,
    op: &crate::operation::Operation,
    body: &Value,
) -> Reply {
    let action = op.id;
    if !payment.actions().iter().any(|(_, id)| *id == action) {
        return not_offered(op);
    }
    let payment_href = action_href(shared, "queryEvents", payment);
    let details = |p: &Payment, amount: i64| {
        super::webhooks::payment_details(
            &p.transaction_reference,
            amount,
            &p.currency,
            &payment_href,
        )
    };
    let reference = body.get("reference").and_then(Value::as_str);
    let (outcome, with_id) = match action {
        "settle" | "partialSettle" => {
            let amount = if action == "settle" {
                payment.left_to_settle()
            } else {
                match amount(body, payment, payment.left_to_settle(), "settle") {
                    Ok(a) => a,
                    Err(reply) => return reply,
                }
            };
            let kind = if amount == payment.amount {
                "fullSettlement"
            } else {
                "partialSettlement"
            };
            settle_by(payment, counter, amount, kind, reference);
            shared.event("sentForSettlement", details(payment, amount));
            shared.event("settled", details(payment, amount));
            ("sentForSettlement", true)
        }
        "refund" | "partialRefund" => {
            let amount = if action == "refund" {
                payment.left_to_refund()
            } else {
                match amount(body, payment, payment.left_to_refund(), "refund") {
                    Ok(a) => a,
                    Err(reply) => return reply,
                }
            };
            payment.refunded += amount;
            let kind = if action == "refund" {
                "fullRefund"
            } else {
                "partialRefund"
            };
            let mut fields =
                json!({"type": kind, "value": {"amount": amount, "currency": payment.currency}});
            if let Some(r) = reference {
                fields["refundReference"] = json!(r);
            }
            payment.event("refundRequested", counter, fields);
            payment.event("refundRequestSubmitted", counter, json!({}));
            shared.event("sentForRefund", details(payment, amount));
            shared.event("refunded", details(payment, amount));
            if action == "refund" {
                ("sentForRefund", true)
            } else {
                ("sentForPartialRefund", true)
            }
        }
        "cancel" => {
            let left = payment.left_to_settle();
            payment.cancelled = true;
            payment.event("cancellationRequested", counter, json!({}));
            payment.event("cancellationRequestSubmitted", counter, json!({}));
            shared.event("cancelled", details(payment, left));
            ("sentForCancellation", false)
        }
        _ => {
            let value = json!({"amount": payment.amount, "currency": payment.currency});
            payment.reversed = true;
            payment.event("reversalRequested", counter, json!({ "value": value }));
            payment.event("reversalRequestSubmitted", counter, json!({}));
            ("sentForReversal", false)
        }
    };
    let mut answer = json!({
        "outcome": outcome,
        "_links": self_link(shared, payment),
    });
    if with_id {
        answer["paymentId"] = json!(payment.id);
    }
    // The actions the answer's schema lists (the generated `OFFERED`; a
    // refund's answer lists none), of those the state offers.
    let schema = crate::payments_2024::OPERATIONS
        .iter()
        .find(|o| o.id == action)
        .and_then(|o| o.success.first())
        .and_then(|(_, schema)| *schema);
    let listed: Vec<&str> = crate::payments_2024::OFFERED
        .iter()
        .find(|(ty, _)| Some(*ty) == schema)
        .map(|(_, rels)| {
            rels.iter()
                .filter(|(property, _)| *property == "_actions")
                .map(|(_, rel)| *rel)
                .collect()
        })
        .unwrap_or_default();
    if !listed.is_empty() {
        let offered: Vec<(&str, &str)> = payment
            .actions()
            .into_iter()
            .filter(|(name, _)| listed.contains(name))
            .collect();
        answer["_actions"] = actions(shared, payment, &offered);
    }
    Reply::json(202, answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment() -> Payment {
        Payment {
            id: "simPay1".into(),
            transaction_reference: "order-1".into(),
            entity: "default".into(),
            taken_at: 0,
            currency: "GBP".into(),
            amount: 250,
            narrative: json!({"line1": "MindPalace"}),
            card_number: "4444333322221111".into(),
            expiry: json!({"month": 5, "year": 2035}),
            holder: Some("Sherlock Holmes".into()),
            instrument_type: "card/plain",
            auto_settle: false,
            challenge_requested: false,
            transaction_type: "oneTime",
            request: json!({"instruction": {"paymentInstrument": {"cardNumber": "4444333322221111"}}}),
            stage: Stage::Authorized,
            settled: 0,
            refunded: 0,
            cancelled: false,
            reversed: false,
            authorization_code: None,
            events: Vec::new(),
        }
    }

    #[test]
    fn a_payment_prints_without_its_card_data() {
        let payment = payment();
        let shown = format!("{payment:?}");
        assert!(shown.contains("simPay1"), "{shown}");
        assert!(!shown.contains("4444333322221111"), "{shown}");
        assert!(!shown.contains("Sherlock"), "{shown}");
        assert!(!shown.contains("2035"), "{shown}");
    }

    /// Every action a state offers is a relation of the generated table
    /// leading to an operation, so none is dropped on the way to `_actions`.
    #[test]
    fn every_action_a_state_offers_leads_to_an_operation() {
        let mut states = Vec::new();
        for (settled, refunded) in [(0, 0), (100, 0), (250, 0), (250, 100), (100, 50)] {
            let mut p = payment();
            p.settled = settled;
            p.refunded = refunded;
            states.push(p);
        }
        for p in &states {
            let names = p.action_names();
            let actions = p.actions();
            assert_eq!(names.len(), actions.len(), "{names:?} → {actions:?}");
            for (_, op) in actions {
                assert!(
                    crate::payments_2024::OPERATIONS.iter().any(|o| o.id == op),
                    "{op}"
                );
            }
        }
        assert!(states.iter().any(|p| !p.actions().is_empty()));
    }
}
