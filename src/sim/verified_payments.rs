//! The simulator's Verified Payments: the root resource and the verified
//! payment its link leads to, answered as the page documents (201,
//! outcome `3dsDeviceDataRequired`, a `verifiedPayments:3dsDeviceData`
//! link). Requests need the simulator's Bearer token.

use serde_json::{Value, json};

use super::{Behaviour, Reply, Served, Shared, SimRequest};

/// What this API's simulator does (the registry, `generated/apis.rs`,
/// adds what the generator knows of it).
pub(crate) static BEHAVIOUR: Behaviour = Behaviour {
    error: Reply::error,
    validation: Reply::validation,
    handle,
};

/// The simulator's Verified Payments memory.
#[derive(Debug, Default)]
pub(crate) struct State {
    counter: u64,
}

fn curies(shared: &Shared) -> Value {
    json!([{
        "href": format!("{}/rels/verifiedPayments/{{rel}}", shared.base_url),
        "name": "verifiedPayments",
        "templated": true
    }])
}

/// Answers one request.
fn handle(shared: &Shared, served: &'static Served, request: &SimRequest) -> Reply {
    let (op, params, body) = match served.prepare(request) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    match op.id {
        "verifiedPaymentsRoot" => Reply::json(
            200,
            json!({
                "_links": {
                    "verifiedPayments:verifiedPayment": {
                        "href": format!("{}/verifiedPayments/payments", shared.base_url)
                    },
                    "curies": curies(shared)
                }
            }),
        ),
        "verifiedPayment" if params.first() == Some(&"payments") => {
            let state = shared.state::<State>();
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
            state.counter += 1;
            let number = body
                .pointer("/instruction/paymentInstrument/cardNumber")
                .and_then(Value::as_str)
                .unwrap_or("444433");
            let bin: String = number.chars().take(6).collect();
            let reference = body
                .get("transactionReference")
                .cloned()
                .unwrap_or(Value::Null);
            Reply::json(
                201,
                json!({
                    "outcome": "3dsDeviceDataRequired",
                    "deviceDataCollection": {
                        // A JWT-shaped token: header.payload.signature, not signed.
                        "jwt": format!(
                            "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzaW0iOnRydWUsIm4iOiJ7e30ifQ.{}",
                            state.counter
                        ),
                        "url": format!("{}/ddc", shared.base_url),
                        "bin": bin
                    },
                    "transactionReference": reference,
                    "_links": {
                        "verifiedPayments:3dsDeviceData": {
                            "href": format!(
                                "{}/verifiedPayments/3dsDeviceData/sim{:020}",
                                shared.base_url, state.counter
                            )
                        },
                        "curies": curies(shared)
                    }
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
