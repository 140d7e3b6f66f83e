//! Payments (`/v1/payment`): what a payment asks for, how its amount steers
//! it (the triggers), the flow of notifications, action requests and
//! receipts it plays, the answers to its actions, abort and follow-up of a
//! `check-card-payment`, and how it ends (its decision, stored result).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::Instant;

use crate::ips_cloud::channels::destination as dest;

use super::connection::{Conn, Next};
use super::flow::{Flow, Step, Waiting};
use super::receipts::{receipt_step, receipt_text, signature_slip};
use super::time::{later, rfc3339_now};
use super::{
    BatchEntry, CARD_EXPIRY_MONTH, CARD_EXPIRY_YEAR, CARD_NUMBER_MASKED, CURRENCY, MERCHANT_ID,
    MERCHANT_NAME, State, Status, StoredPayment, TERMINAL_ID, code, lock,
};

/// The amounts (`instruction.value.amount`) that steer a payment.
pub(crate) mod trigger {
    /// Signature verification (card present or keyed).
    pub(crate) const SIGNATURE: i64 = 9999;
    /// Voice authorisation (referral).
    pub(crate) const VOICE_AUTHORISATION: i64 = 7777;
    /// AVS confirmation.
    pub(crate) const AVS_CONFIRMATION: i64 = 8888;
    /// Refused online.
    pub(crate) const REFUSED: i64 = 5051;
}

/// What a payment asks for.
#[derive(Clone, Debug)]
pub(super) struct Txn {
    pub(super) reference: String,
    /// As requested (`sale`, `refund`, `pre-auth`, `check-card`,
    /// `check-card-payment`, `inc-auth`).
    pub(super) payment_type: String,
    pub(super) amount: i64,
    /// `card/present`, `card/keyed`, `card/not-present`, `card/token`.
    pub(super) instrument: String,
    pub(super) token_id: Option<String>,
    pub(super) token_purpose: Option<String>,
    /// `inc-auth`: the pre-auth increased (its merchant reference and
    /// gateway reference).
    pub(super) increases: Option<(String, String)>,
}

impl Txn {
    /// The `paymentType` of the result (whose list has no `inc-auth`).
    pub(super) fn result_type(&self) -> &str {
        match self.payment_type.as_str() {
            "inc-auth" => "pre-auth",
            other => other,
        }
    }

    fn card_read(&self) -> bool {
        matches!(self.instrument.as_str(), "card/present" | "card/keyed")
    }

    fn base_cvm(&self) -> &'static str {
        match self.instrument.as_str() {
            "card/present" => "pin-or-consumer-device",
            "card/keyed" => "none",
            _ => "cardholder-not-present",
        }
    }

    pub(super) fn entry_mode(&self) -> &'static str {
        match self.instrument.as_str() {
            "card/present" => "integrated-circuit-chip",
            "card/keyed" => "keyed",
            _ => "cardholder-not-present",
        }
    }
}

/// How a payment ends.
#[derive(Clone, Debug)]
struct Decision {
    result: &'static str,
    outcome: &'static str,
    cvm: &'static str,
    authorisation_code: Option<String>,
    status: Status,
    /// Whether it went to the gateway (a gateway reference, a retrieval
    /// reference number).
    online: bool,
    /// Whether receipts are printed.
    receipts: bool,
    /// The last notification.
    final_text: &'static str,
}

impl Decision {
    fn approved(txn: &Txn) -> Self {
        let check = txn.payment_type == "check-card";
        Decision {
            result: if check {
                "pre-valid-card"
            } else {
                "authorised-online"
            },
            outcome: "succeeded",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: match txn.payment_type.as_str() {
                "pre-auth" | "inc-auth" => Status::PreAuthorised,
                "check-card" => Status::CardChecked,
                _ => Status::Authorised,
            },
            online: !check,
            receipts: !check,
            final_text: "TRANSACTION SUCCESSFUL",
        }
    }

    fn refused(txn: &Txn, result: &'static str) -> Self {
        Decision {
            result,
            outcome: "refused",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: Status::Refused,
            online: true,
            receipts: true,
            final_text: "TRANSACTION DECLINED",
        }
    }

    fn aborted(txn: &Txn) -> Self {
        Decision {
            result: "aborted",
            outcome: "failed",
            cvm: txn.base_cvm(),
            authorisation_code: None,
            status: Status::Aborted,
            online: false,
            receipts: false,
            final_text: "TRANSACTION CANCELLED",
        }
    }
}

/// Marks the paypoint busy while a payment is in flight.
pub(super) struct BusyGuard {
    state: Arc<Mutex<State>>,
    paypoint: String,
}

impl Drop for BusyGuard {
    fn drop(&mut self) {
        lock(&self.state).busy.remove(&self.paypoint);
    }
}

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    pub(super) async fn start_payment(&mut self, body: &Value, correlation: String) -> Next {
        let txn = match self.txn_of(body) {
            Ok(txn) => txn,
            Err((code, message)) => return self.error_reply(code, &message, &correlation).await,
        };
        let busy = {
            let mut state = lock(&self.state);
            !state.busy.insert(self.paypoint.clone())
        };
        let mut flow = Flow {
            correlation,
            steps: VecDeque::new(),
            next_at: Instant::now(),
            waiting: None,
            txn: Some(txn.clone()),
            slip: None,
            _busy: None,
        };
        if busy {
            let mut payment = self.base_payment(&txn);
            payment["result"] = json!("aborted-busy");
            payment["outcome"] = json!("failed");
            flow.steps.extend([
                self.notify(&txn, "TERMINAL BUSY"),
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({})),
            ]);
            flow.txn = None;
        } else {
            flow._busy = Some(BusyGuard {
                state: self.state.clone(),
                paypoint: self.paypoint.clone(),
            });
            let mut steps = Vec::new();
            match txn.instrument.as_str() {
                "card/present" => {
                    steps.push(self.notify(&txn, "PRESENT CARD"));
                    steps.push(self.notify(&txn, "CARD INSERTED"));
                }
                "card/keyed" => steps.push(self.notify(&txn, "KEY CARD DETAILS")),
                _ => {}
            }
            match txn.payment_type.as_str() {
                "check-card-payment" => {
                    steps.push(self.notify(&txn, "CARD CHECKED - AWAITING PAYMENT"));
                    steps.push(Step::AwaitDecision);
                }
                "check-card" => {
                    steps.push(self.notify(&txn, "PROCESSING"));
                    let decision = Decision::approved(&txn);
                    steps.extend(self.finish(&txn, decision, None));
                }
                _ => steps.extend(self.authorise(&txn, &mut flow)),
            }
            flow.steps.extend(steps);
        }
        self.flow = Some(flow);
        Next::Go
    }

    /// The payment a start message asks for, or the Error to answer.
    fn txn_of(&self, body: &Value) -> Result<Txn, (&'static str, String)> {
        let text = |pointer: &str| body.pointer(pointer).and_then(Value::as_str);
        let mut missing = Vec::new();
        let payment_type = text("/paymentType");
        let reference = text("/merchantTransactionReference");
        let amount = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64);
        if payment_type.is_none() {
            missing.push("/paymentType");
        }
        if reference.is_none() {
            missing.push("/merchantTransactionReference");
        }
        if amount.is_none() {
            missing.push("/instruction/value/amount");
        }
        let gateway = text("/gatewayTransactionReference");
        if payment_type == Some("inc-auth") && gateway.is_none() {
            missing.push("/gatewayTransactionReference");
        }
        if !missing.is_empty() {
            return Err((
                code::INVALID_REQUEST,
                format!(
                    "The request does not match its schema: {} required",
                    missing.join(", ")
                ),
            ));
        }
        let (Some(payment_type), Some(reference), Some(amount)) = (payment_type, reference, amount)
        else {
            return Err((code::INVALID_REQUEST, "Incomplete request".into()));
        };
        let state = lock(&self.state);
        let increases = if payment_type == "inc-auth" {
            let gateway = gateway.unwrap_or_default();
            let original = state
                .by_gateway(&self.paypoint, gateway)
                .filter(|m| {
                    state
                        .payment(&self.paypoint, m)
                        .is_some_and(|p| p.status == Status::PreAuthorised)
                })
                .ok_or((
                    code::TRANSACTION_NOT_FOUND,
                    "No pre-authorised payment has this gatewayTransactionReference".to_string(),
                ))?;
            Some((original, gateway.to_string()))
        } else {
            None
        };
        if let Some(original) = text("/instruction/originalGatewayTransactionReference")
            && state.by_gateway(&self.paypoint, original).is_none()
        {
            return Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment has this originalGatewayTransactionReference".into(),
            ));
        }
        Ok(Txn {
            reference: reference.to_string(),
            payment_type: payment_type.to_string(),
            amount,
            instrument: text("/instruction/paymentInstrument/type")
                .unwrap_or("card/present")
                .to_string(),
            token_id: text("/instruction/paymentInstrument/tokenId").map(str::to_string),
            token_purpose: text("/instruction/paymentInstrument/tokenPurpose").map(str::to_string),
            increases,
        })
    }

    /// The authorisation part of a payment, as the amount steers it.
    pub(super) fn authorise(&mut self, txn: &Txn, flow: &mut Flow) -> Vec<Step> {
        let mut steps = Vec::new();
        let signature = txn.amount == trigger::SIGNATURE && txn.card_read();
        if txn.instrument == "card/present" && !signature {
            steps.push(self.notify(txn, "ENTER PIN"));
        }
        steps.push(self.notify(txn, "PROCESSING"));
        steps.push(self.notify(txn, "AUTHORISING"));
        let mtr = txn.reference.clone();
        if signature {
            let slip = signature_slip(txn, &self.paypoint);
            steps.push(self.notify(txn, "SIGNATURE REQUIRED"));
            steps.push(receipt_step(&mtr, "merchant", &slip));
            flow.slip = Some(slip);
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {"action": "signature-verification"},
                }),
            ));
            steps.push(Step::AwaitAction("signature-verification"));
        } else if txn.amount == trigger::VOICE_AUTHORISATION {
            steps.push(self.notify(txn, "REFERRAL - CALL AUTH CENTRE"));
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {
                        "action": "voice-authorisation",
                        "referralContacts": [
                            {"method": "phone", "value": "0800 000 7777"},
                        ],
                        "merchant": {"merchantId": MERCHANT_ID},
                    },
                }),
            ));
            steps.push(Step::AwaitAction("voice-authorisation"));
        } else if txn.amount == trigger::AVS_CONFIRMATION {
            steps.push(Step::Message(
                dest::RECEIVE_PAYMENT_ACTION_REQUEST,
                json!({
                    "merchantTransactionReference": mtr,
                    "data": {
                        "action": "avs-confirmation",
                        "avsResults": {
                            "isCvvMatch": "matched",
                            "isAddressLineMatch": "not-matched",
                            "isPostalCodeMatch": "matched",
                        },
                    },
                }),
            ));
            steps.push(Step::AwaitAction("avs-confirmation"));
        } else if txn.amount == trigger::REFUSED {
            let decision = Decision::refused(txn, "refused-online");
            steps.extend(self.finish(txn, decision, None));
        } else {
            let decision = Decision::approved(txn);
            steps.extend(self.finish(txn, decision, None));
        }
        steps
    }

    /// Decides the payment: stores its result and receipts, and returns
    /// the closing steps (notifications, receipts, result, complete).
    fn finish(&mut self, txn: &Txn, decision: Decision, slip: Option<String>) -> Vec<Step> {
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        let gateway = if decision.online {
            Some(
                txn.increases
                    .as_ref()
                    .map(|(_, g)| g.clone())
                    .unwrap_or_else(|| numbers.gateway_reference.clone()),
            )
        } else {
            None
        };
        let approved = decision.outcome == "succeeded";
        let authorisation_code = if approved && decision.online {
            Some(
                decision
                    .authorisation_code
                    .clone()
                    .unwrap_or_else(|| numbers.authorisation_code.clone()),
            )
        } else {
            None
        };
        let mut payment = self.base_payment(txn);
        payment["transactionDateTime"] = json!(rfc3339_now());
        payment["result"] = json!(decision.result);
        payment["outcome"] = json!(decision.outcome);
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        if let Some(g) = &gateway {
            payment["gatewayTransactionReference"] = json!(g);
            payment["retrievalReferenceNumber"] = json!(numbers.retrieval_reference);
        }
        if decision.receipts {
            payment["receiptRetentionReminder"] = json!("PLEASE RETAIN RECEIPT");
            if decision.cvm == "signature" {
                payment["receiptCustomerDeclaration"] = json!("I AGREE TO PAY THE ABOVE TOTAL");
            }
        }
        payment["paymentInstrument"] =
            card_instrument(txn, decision.cvm, authorisation_code.as_deref());
        let mut receipts = Vec::new();
        if decision.receipts {
            let merchant = slip
                .clone()
                .unwrap_or_else(|| receipt_text(txn, &payment, "MERCHANT COPY"));
            receipts.push(("merchant", merchant));
            receipts.push(("customer", receipt_text(txn, &payment, "CUSTOMER COPY")));
        }
        // Pre-auth increments raise the amount of the pre-auth; it stays the
        // payment to settle or cancel.
        let mut amount = txn.amount;
        let mut status = decision.status;
        let mut stored_gateway = gateway.clone();
        if let Some((original, _)) = &txn.increases {
            let key = (self.paypoint.clone(), original.clone());
            if let Some(stored) = state.payments.get_mut(&key) {
                if approved {
                    stored.amount = stored.amount.saturating_add(txn.amount);
                }
                amount = stored.amount;
            }
            if *original == txn.reference {
                status = Status::PreAuthorised;
            } else {
                status = Status::Increment;
                stored_gateway = None;
            }
        }
        state.payments.insert(
            (self.paypoint.clone(), txn.reference.clone()),
            StoredPayment {
                result: payment.clone(),
                receipts: receipts.clone(),
                status,
                amount,
                gateway_reference: stored_gateway,
            },
        );
        if decision.online {
            state
                .batches
                .entry(self.paypoint.clone())
                .or_default()
                .push(BatchEntry {
                    payment_type: txn.result_type().to_string(),
                    amount: txn.amount,
                    outcome: decision.outcome,
                });
        }
        drop(state);

        let mut steps = Vec::new();
        if txn.instrument == "card/present" && decision.status != Status::Aborted {
            steps.push(self.notify(txn, "REMOVE CARD"));
        }
        steps.push(self.notify(txn, decision.final_text));
        for (i, (kind, text)) in receipts.iter().enumerate() {
            // The signing slip went out before the signature was checked.
            if i == 0 && slip.is_some() {
                continue;
            }
            steps.push(receipt_step(&txn.reference, kind, text));
        }
        steps.push(Step::Message(
            dest::RECEIVE_PAYMENT_RESULT,
            json!({"payments": [payment]}),
        ));
        steps.push(Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({})));
        steps
    }

    /// The fields every result of `txn` carries.
    fn base_payment(&self, txn: &Txn) -> Value {
        json!({
            "paymentType": txn.result_type(),
            "transactionDateTime": rfc3339_now(),
            "merchantTransactionReference": txn.reference,
            "merchant": merchant(),
            "paypoint": {"paypointId": self.paypoint, "terminalId": TERMINAL_ID},
            "value": {"amount": txn.amount, "currencyCode": CURRENCY},
        })
    }

    fn notify(&self, txn: &Txn, text: &str) -> Step {
        Step::Message(
            dest::RECEIVE_PAYMENT_NOTIFICATION,
            json!({"merchantTransactionReference": txn.reference, "notificationText": text}),
        )
    }

    /// `/v1/payment/action`: the answer to the action awaited.
    pub(super) async fn on_action(&mut self, body: &Value, correlation: &str) -> Next {
        let awaited = self.flow.as_ref().and_then(|f| match f.waiting {
            Some(Waiting::Action(a)) => Some(a),
            _ => None,
        });
        let Some(awaited) = awaited else {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "No payment action is awaited on this connection",
                    correlation,
                )
                .await;
        };
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        let Some(txn) = flow.txn.clone() else {
            return Next::Go;
        };
        let reply_correlation = flow.correlation.clone();
        let answered = body.pointer("/data/action").and_then(Value::as_str);
        if answered != Some(awaited) {
            let message = format!("The action awaited is {awaited}");
            return self
                .error_reply(code::INVALID_OPERATION, &message, &reply_correlation)
                .await;
        }
        if let Some(m) = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            && m != txn.reference
        {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "The merchantTransactionReference is not that of the payment in flight",
                    &reply_correlation,
                )
                .await;
        }
        let decision = match awaited {
            "signature-verification" => {
                match body
                    .pointer("/data/isSignatureVerified")
                    .and_then(Value::as_bool)
                {
                    Some(true) => Decision {
                        cvm: "signature",
                        ..Decision::approved(&txn)
                    },
                    Some(false) => Decision {
                        cvm: "signature",
                        result: "cancelled",
                        final_text: "TRANSACTION CANCELLED",
                        ..Decision::refused(&txn, "cancelled")
                    },
                    None => {
                        return self
                            .error_reply(
                                code::INVALID_REQUEST,
                                "The request does not match its schema: /data/isSignatureVerified is required",
                                &reply_correlation,
                            )
                            .await;
                    }
                }
            }
            "voice-authorisation" => {
                match body
                    .pointer("/data/authorisationCode")
                    .and_then(Value::as_str)
                {
                    Some(code) => Decision {
                        result: "authorised-referral",
                        authorisation_code: Some(code.to_string()),
                        ..Decision::approved(&txn)
                    },
                    None => Decision::refused(&txn, "refused-online"),
                }
            }
            _ => match body
                .pointer("/data/isAvsConfirmed")
                .and_then(Value::as_bool)
            {
                Some(true) => Decision::approved(&txn),
                _ => Decision::refused(&txn, "refused-avs-required"),
            },
        };
        let slip = flow.slip.take();
        let steps = self.finish(&txn, decision, slip);
        flow.waiting = None;
        flow.steps.extend(steps);
        flow.next_at = later(self.config.pacing);
        self.flow = Some(flow);
        Next::Go
    }

    /// `/v1/payment/abort`: ends a `check-card-payment` that has not gone
    /// on to the payment yet.
    pub(super) async fn on_abort(&mut self, _body: &Value, correlation: &str) -> Next {
        let abortable = self.flow.as_ref().and_then(|f| {
            let undecided = matches!(f.waiting, Some(Waiting::Decision(_)))
                || f.steps.iter().any(|s| matches!(s, Step::AwaitDecision));
            f.txn
                .as_ref()
                .filter(|t| undecided && t.payment_type == "check-card-payment")
                .cloned()
        });
        let Some(txn) = abortable else {
            return self
                .error_reply(
                    code::INVALID_OPERATION,
                    "No check-card-payment awaits a decision on this connection",
                    correlation,
                )
                .await;
        };
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        flow.steps.clear();
        flow.waiting = None;
        let steps = self.finish(&txn, Decision::aborted(&txn), None);
        flow.steps.extend(steps);
        self.flow = Some(flow);
        Next::Go
    }

    /// A `/v1/payment` while a `check-card-payment` awaits its decision:
    /// the payment goes on, with this amount.
    pub(super) async fn on_follow_up(&mut self, body: &Value, _correlation: &str) -> Next {
        let Some(mut flow) = self.flow.take() else {
            return Next::Go;
        };
        let Some(mut txn) = flow.txn.clone() else {
            self.flow = Some(flow);
            return Next::Go;
        };
        if let Some(amount) = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64)
        {
            txn.amount = amount;
        }
        flow.txn = Some(txn.clone());
        flow.waiting = None;
        let steps = self.authorise(&txn, &mut flow);
        flow.steps.extend(steps);
        self.flow = Some(flow);
        Next::Go
    }
}

fn merchant() -> Value {
    json!({
        "merchantId": MERCHANT_ID,
        "name": MERCHANT_NAME,
        "address": {
            "line1": "1 Simulator Street",
            "city": "London",
            "postalCode": "EC1A 1AA",
            "countryCode": "GB",
        },
    })
}

/// The card part of a result.
fn card_instrument(txn: &Txn, cvm: &str, authorisation_code: Option<&str>) -> Value {
    let mut card = json!({
        "cardNumber": CARD_NUMBER_MASKED,
        "expiryDate": {"month": CARD_EXPIRY_MONTH, "year": CARD_EXPIRY_YEAR},
        "type": "credit",
        "issuerCode": "visa",
        "countryCode": "826",
    });
    if txn.instrument == "card/present" {
        card["panSequenceNumber"] = json!("01");
        card["applicationLabel"] = json!("VISA CREDIT");
        card["applicationIdentifier"] = json!("A0000000031010");
        card["applicationEffectiveDate"] = json!("2023-01-01");
    }
    if let Some(token) = &txn.token_id {
        card["tokenId"] = json!(token);
    } else if txn.token_purpose.is_some() {
        // The card is stored: a wrapped-luhn style token (99 + 18 digits).
        let random = uuid::Uuid::new_v4().as_u128() % 1_000_000_000_000_000_000;
        card["tokenId"] = json!(format!("99{random:018}"));
    }
    let mut instrument = json!({
        "type": txn.instrument,
        "posEntryMode": txn.entry_mode(),
        "cardVerificationMethod": cvm,
        "isHandledOnline": txn.payment_type != "check-card",
        "card": card,
    });
    if let Some(code) = authorisation_code {
        instrument["authorisation"] = json!({"authorisationCode": code});
    }
    if txn.instrument == "card/present" {
        instrument["debug"] = json!({
            "transactionStatusInfo": "E800",
            "transactionVerificationResults": "0000008000",
        });
    }
    instrument
}
