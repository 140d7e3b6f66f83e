//! The simulator's Worldpay Online orders: create, read, complete 3DS,
//! capture (in full or in part), cancel while authorized, refund (in full
//! or in part), and read a token. Requests need the simulator's service
//! key as the whole `Authorization` header. Errors carry Worldpay Online's
//! own body.
//!
//! Triggers: `name` (the cardholder) `FAILED` fails the order
//! (`paymentStatus` `FAILED`); `authorizeOnly: true` leaves it
//! `AUTHORIZED` (capture or cancel it), otherwise it is `SUCCESS`;
//! `is3DSOrder: true` leaves it `PRE_AUTHORIZED` with a `redirectURL` until
//! `completeThreeDsOrder` with `threeDSResponseCode` `IDENTIFIED` (any
//! other code fails it).
//!
//! With a notification URL set
//! ([`Simulator::set_online_notifications`](super::Simulator::set_online_notifications)),
//! every change of `paymentStatus` is also delivered as Worldpay Online's
//! `ORDER_STATE_CHANGE` notification (unsigned, as Worldpay's are), its
//! merchant fields [`NOTIFICATION_MERCHANT`].

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// Worldpay Online's error body.
pub(crate) fn error(status: u16, name: &str, message: &str) -> Reply {
    let code: String = name
        .chars()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                vec!['_', c]
            } else {
                vec![c.to_ascii_uppercase()]
            }
        })
        .collect();
    Reply::json(
        status,
        json!({
            "httpStatusCode": status,
            "customCode": code,
            "message": message,
            "description": message,
            "errorHelpUrl": null,
            "originalRequest": "",
        }),
    )
}

fn validation(errors: Vec<(String, String, String)>) -> Reply {
    let detail = errors
        .iter()
        .map(|(_, message, path)| format!("{path}: {message}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut reply = error(400, "badRequest", "The request does not match the schema");
    reply.body["description"] = json!(detail);
    reply
}

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error,
    validation,
    handle,
};

/// The simulator's Worldpay Online memory.
#[derive(Debug, Default)]
pub(crate) struct State {
    orders: BTreeMap<String, Value>,
    refunded: BTreeMap<String, i64>,
    tokens: BTreeMap<String, Value>,
    counter: u64,
}

fn not_found(what: &str) -> Reply {
    error(404, "orderNotFound", &format!("{what} was not found"))
}

fn not_allowed(action: &str, status: &str) -> Reply {
    error(
        400,
        "actionNotAllowed",
        &format!("An order in state {status} cannot be {action}"),
    )
}

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, body) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    let key = params.first().copied().unwrap_or_default().to_string();
    let state = shared.state::<State>();
    let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
    if op.id == "createOrder" {
        return create(shared, &mut state, &body);
    }
    if op.id == "getToken" {
        return match state.tokens.get(&key) {
            Some(t) => Reply::json(200, t.clone()),
            None => not_found("The token"),
        };
    }
    let refunded = state.refunded.get(&key).copied().unwrap_or(0);
    let Some(order) = state.orders.get_mut(&key) else {
        return not_found("The order");
    };
    let status = order["paymentStatus"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let amount = order["amount"].as_i64().unwrap_or(0);
    match op.id {
        "getOrder" => Reply::json(200, order.clone()),
        "completeThreeDsOrder" => {
            if status != "PRE_AUTHORIZED" {
                return not_allowed("completed", &status);
            }
            let identified = body["threeDSResponseCode"].as_str() == Some("IDENTIFIED");
            let authorize_only = order["authorizeOnly"].as_bool().unwrap_or(false);
            let next = match (identified, authorize_only) {
                (false, _) => "FAILED",
                (true, true) => "AUTHORIZED",
                (true, false) => "SUCCESS",
            };
            set_status(shared, order, next);
            order.as_object_mut().map(|o| o.remove("redirectURL"));
            Reply::json(200, order.clone())
        }
        "captureOrder" => {
            if status != "AUTHORIZED" {
                return not_allowed("captured", &status);
            }
            let capture = body["captureAmount"].as_i64().unwrap_or(amount);
            if capture <= 0 || capture > amount {
                return error(
                    400,
                    "invalidAmount",
                    &format!("captureAmount must be between 1 and {amount}"),
                );
            }
            order["amount"] = json!(capture);
            set_status(shared, order, "SUCCESS");
            Reply::json(200, order.clone())
        }
        "cancelOrder" => {
            if status != "AUTHORIZED" {
                return not_allowed("cancelled", &status);
            }
            set_status(shared, order, "CANCELLED");
            Reply::json(200, Value::Null)
        }
        "refundOrder" => {
            if !matches!(
                status.as_str(),
                "SUCCESS" | "SETTLED" | "PARTIALLY_REFUNDED"
            ) {
                return not_allowed("refunded", &status);
            }
            let left = amount.saturating_sub(refunded);
            let refund = body["refundAmount"].as_i64().unwrap_or(left);
            if refund <= 0 || refund > left {
                return error(
                    400,
                    "invalidAmount",
                    &format!("refundAmount must be between 1 and the {left} left to refund"),
                );
            }
            let total = refunded.saturating_add(refund);
            set_status(
                shared,
                order,
                if total == amount {
                    "SENT_FOR_REFUND"
                } else {
                    "PARTIALLY_REFUNDED"
                },
            );
            state.refunded.insert(key, total);
            Reply::json(200, Value::Null)
        }
        _ => not_found("The resource"),
    }
}

/// The merchant the simulator's notifications name (`merchantId`,
/// `merchantCode`, `adminCode`): one simulated merchant; the values are
/// the simulator's own.
pub const NOTIFICATION_MERCHANT: &str = "SIMULATED_MERCHANT";

fn set_status(shared: &Shared, order: &mut Value, status: &str) {
    order["paymentStatus"] = json!(status);
    shared.online_notification(json!({
        "merchantId": NOTIFICATION_MERCHANT,
        "notificationEventType": "ORDER_STATE_CHANGE",
        "adminCode": NOTIFICATION_MERCHANT,
        "merchantCode": NOTIFICATION_MERCHANT,
        "orderCode": order["orderCode"],
        "paymentStatus": status,
        "environment": order["environment"],
    }));
    if let Some(history) = order["history"].as_array_mut() {
        history.push(json!({"modificationDate": "2026-11-21T12:00:00+0000", "state": status}));
    }
}

fn create(shared: &Shared, state: &mut State, body: &Value) -> Reply {
    if body.get("token").is_none() && body.get("paymentMethod").is_none() {
        return error(
            400,
            "badRequest",
            "An order needs a token or a paymentMethod",
        );
    }
    state.counter += 1;
    let code = format!(
        "{}sim-{:012}{}",
        body["orderCodePrefix"].as_str().unwrap_or_default(),
        state.counter,
        body["orderCodeSuffix"].as_str().unwrap_or_default()
    );
    let method = body.get("paymentMethod").cloned().unwrap_or(Value::Null);
    let number = method["cardNumber"].as_str().unwrap_or("4444333322221111");
    let last4: String = number
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let card_type = match number.chars().next() {
        Some('5') => "MASTERCARD_CREDIT",
        Some('3') => "AMEX",
        _ => "VISA_CREDIT",
    };
    let holder = body["name"].as_str().or(method["name"].as_str());
    let mut response = json!({
        "type": "ObfuscatedCard",
        "cardType": card_type,
        "maskedCardNumber": format!("**** **** **** {last4}"),
        "cardSchemeType": "consumer",
        "cardSchemeName": "VISA CREDIT",
        "cardIssuer": "SIMULATED ISSUING BANK",
        "countryCode": "GB",
        "cardClass": "credit",
        "prepaid": "false",
    });
    for field in ["expiryMonth", "expiryYear"] {
        if let Some(v) = method.get(field) {
            response[field] = v.clone();
        }
    }
    if let Some(h) = holder {
        response["name"] = json!(h);
    }
    let token = format!("TEST_RU_sim-token-{:012}", state.counter);
    state.tokens.insert(
        token.clone(),
        json!({"token": token, "reusable": body["reusable"].as_bool().unwrap_or(false),
               "paymentMethod": response.clone()}),
    );
    let authorize_only = body["authorizeOnly"].as_bool().unwrap_or(false);
    let three_ds = body["is3DSOrder"].as_bool().unwrap_or(false);
    let status = if holder == Some("FAILED") {
        "FAILED"
    } else if three_ds {
        "PRE_AUTHORIZED"
    } else if authorize_only {
        "AUTHORIZED"
    } else {
        "SUCCESS"
    };
    let mut order = json!({
        "orderCode": code,
        "token": token,
        "orderDescription": body["orderDescription"],
        "amount": body["amount"],
        "currencyCode": body["currencyCode"],
        "authorizeOnly": authorize_only,
        "is3DSOrder": three_ds,
        "paymentStatus": status,
        "paymentResponse": response,
        "orderType": body.get("orderType").cloned().unwrap_or(json!("ECOM")),
        "environment": "TEST",
        "riskScore": {"value": "1"},
        "resultCodes": {"avsResultCode": "NOT SUPPLIED BY SHOPPER", "cvcResultCode": "APPROVED"},
        "history": [],
    });
    if status == "FAILED" {
        order["paymentStatusReason"] = json!("Simulated failure (name FAILED)");
    }
    if three_ds {
        order["redirectURL"] = json!(format!("{}/3ds/{code}", shared.base_url));
        order["oneTime3DsToken"] = json!(format!("sim-3ds-{:012}", state.counter));
    }
    for field in [
        "customerOrderCode",
        "shopperEmailAddress",
        "customerIdentifiers",
    ] {
        if let Some(v) = body.get(field) {
            order[field] = v.clone();
        }
    }
    set_status(shared, &mut order, status);
    state.orders.insert(code, order.clone());
    Reply::json(200, order)
}
