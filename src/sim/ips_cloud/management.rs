//! Managing payments: cancel, settle, the result and receipt queries, and
//! the X and Z batch reports. (Device and service status answer when their
//! destination is subscribed, and a device restart is answered where the
//! request arrives: both in `connection`.)

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};

use crate::ips_cloud::channels::destination as dest;

use super::connection::Conn;
use super::flow::Step;
use super::payment::Txn;
use super::receipts::{money, receipt_step, receipt_text};
use super::time::rfc3339_now;
use super::{
    BatchEntry, CARD_EXPIRY_MONTH, CARD_EXPIRY_YEAR, CARD_FIRST6, CARD_LAST4, CURRENCY,
    MERCHANT_ID, MERCHANT_NAME, Status, StoredPayment, TERMINAL_ID, code, lock,
};

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    /// The stored payment a cancel or settle names, by merchant or gateway
    /// reference.
    fn referenced(&self, body: &Value) -> Result<(String, StoredPayment), (&'static str, String)> {
        let state = lock(&self.state);
        let by_merchant = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .map(str::to_string);
        let by_gateway = || {
            body.get("gatewayTransactionReference")
                .and_then(Value::as_str)
                .and_then(|g| state.by_gateway(&self.paypoint, g))
        };
        let reference = by_merchant
            .filter(|m| state.payment(&self.paypoint, m).is_some())
            .or_else(by_gateway);
        reference
            .and_then(|m| state.payment(&self.paypoint, &m).cloned().map(|p| (m, p)))
            .ok_or((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this transaction reference".into(),
            ))
    }

    pub(super) fn cancel(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let (reference, stored) = self.referenced(body)?;
        let mut payment = stored.result.clone();
        payment["paymentType"] = json!("cancel");
        payment["transactionDateTime"] = json!(rfc3339_now());
        let card_number = body
            .pointer("/paymentInstrument/cardNumber")
            .and_then(Value::as_str);
        let month = body
            .pointer("/paymentInstrument/cardExpiryDate/month")
            .and_then(Value::as_i64);
        let year = body
            .pointer("/paymentInstrument/cardExpiryDate/year")
            .and_then(Value::as_i64);
        let refusal = if !matches!(
            stored.status,
            Status::Authorised | Status::PreAuthorised | Status::Settled
        ) {
            Some(("invalid-transaction-state", "failed"))
        } else if card_number.is_some_and(|n| !same_card(n)) {
            Some(("rejected-card-number-not-matched", "refused"))
        } else if month.is_some_and(|m| m != CARD_EXPIRY_MONTH)
            || year.is_some_and(|y| y.rem_euclid(100) != CARD_EXPIRY_YEAR)
        {
            Some(("rejected-card-expiry-date-not-matched", "refused"))
        } else {
            None
        };
        let complete = Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({}));
        if let Some((result, outcome)) = refusal {
            payment["result"] = json!(result);
            payment["outcome"] = json!(outcome);
            return Ok(vec![
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                complete,
            ]);
        }
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        payment["result"] = json!("cancelled");
        payment["outcome"] = json!("succeeded");
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        let txn = Txn {
            reference: reference.clone(),
            payment_type: "cancel".into(),
            amount: stored.amount,
            instrument: payment
                .pointer("/paymentInstrument/type")
                .and_then(Value::as_str)
                .unwrap_or("card/present")
                .to_string(),
            token_id: None,
            token_purpose: None,
            increases: None,
        };
        let receipts = vec![
            ("merchant", receipt_text(&txn, &payment, "MERCHANT COPY")),
            ("customer", receipt_text(&txn, &payment, "CUSTOMER COPY")),
        ];
        state.payments.insert(
            (self.paypoint.clone(), reference.clone()),
            StoredPayment {
                result: payment.clone(),
                receipts: receipts.clone(),
                status: Status::Cancelled,
                ..stored
            },
        );
        state
            .batches
            .entry(self.paypoint.clone())
            .or_default()
            .push(BatchEntry {
                payment_type: "cancel".into(),
                amount: txn.amount,
                outcome: "succeeded",
            });
        drop(state);
        let mut steps: Vec<Step> = receipts
            .iter()
            .map(|(kind, text)| receipt_step(&reference, kind, text))
            .collect();
        steps.push(Step::Message(
            dest::RECEIVE_PAYMENT_RESULT,
            json!({"payments": [payment]}),
        ));
        steps.push(complete);
        Ok(steps)
    }

    pub(super) fn settle(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let (reference, stored) = self.referenced(body)?;
        let mut payment = stored.result.clone();
        payment["paymentType"] = json!("settle");
        payment["transactionDateTime"] = json!(rfc3339_now());
        let amount = body
            .pointer("/instruction/value/amount")
            .and_then(Value::as_i64)
            .unwrap_or(stored.amount);
        let complete = Step::Message(dest::RECEIVE_PAYMENT_COMPLETE, json!({}));
        let refusal = if stored.status != Status::PreAuthorised {
            Some(("invalid-transaction-state", "failed"))
        } else if !(0..=stored.amount).contains(&amount) {
            Some(("rejected-pre-auth", "refused"))
        } else {
            None
        };
        if let Some((result, outcome)) = refusal {
            payment["result"] = json!(result);
            payment["outcome"] = json!(outcome);
            return Ok(vec![
                Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
                complete,
            ]);
        }
        let mut state = lock(&self.state);
        let numbers = state.numbers();
        payment["result"] = json!("pre-auth-completed");
        payment["outcome"] = json!("succeeded");
        payment["value"]["amount"] = json!(amount);
        payment["eftSequenceNumber"] = json!(numbers.eft_sequence);
        payment["receiptNumber"] = json!(numbers.receipt);
        state.payments.insert(
            (self.paypoint.clone(), reference),
            StoredPayment {
                result: payment.clone(),
                status: Status::Settled,
                amount,
                ..stored
            },
        );
        state
            .batches
            .entry(self.paypoint.clone())
            .or_default()
            .push(BatchEntry {
                payment_type: "settle".into(),
                amount,
                outcome: "succeeded",
            });
        Ok(vec![
            Step::Message(dest::RECEIVE_PAYMENT_RESULT, json!({"payments": [payment]})),
            complete,
        ])
    }

    pub(super) fn query_result(
        &mut self,
        body: &Value,
    ) -> Result<Vec<Step>, (&'static str, String)> {
        let reference = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let stored = lock(&self.state)
            .payment(&self.paypoint, reference)
            .cloned();
        match stored {
            Some(stored) => Ok(vec![Step::Message(
                dest::RECEIVE_PAYMENT_RESULT,
                json!({"payments": [stored.result]}),
            )]),
            None => Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this merchantTransactionReference".into(),
            )),
        }
    }

    pub(super) fn query_receipt(
        &mut self,
        body: &Value,
    ) -> Result<Vec<Step>, (&'static str, String)> {
        let reference = body
            .get("merchantTransactionReference")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let stored = lock(&self.state)
            .payment(&self.paypoint, reference)
            .cloned();
        match stored {
            None => Err((
                code::TRANSACTION_NOT_FOUND,
                "No payment of this paypoint has this merchantTransactionReference".into(),
            )),
            Some(stored) if stored.receipts.is_empty() => {
                Err((code::RECEIPT_NOT_FOUND, "The payment has no receipt".into()))
            }
            Some(stored) => Ok(stored
                .receipts
                .iter()
                .map(|(kind, text)| receipt_step(reference, kind, text))
                .collect()),
        }
    }

    pub(super) fn batch_report(
        &mut self,
        body: &Value,
    ) -> Result<Vec<Step>, (&'static str, String)> {
        let asked = body
            .get("reportType")
            .or_else(|| body.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("X");
        let z = asked.eq_ignore_ascii_case("z");
        let entries = {
            let mut state = lock(&self.state);
            if z {
                state.batches.remove(&self.paypoint).unwrap_or_default()
            } else {
                state
                    .batches
                    .get(&self.paypoint)
                    .cloned()
                    .unwrap_or_default()
            }
        };
        let kind = if z { "Z" } else { "X" };
        let mut text = format!(
            "{MERCHANT_NAME}\n{kind} REPORT\nTID: {TERMINAL_ID}  MID: {MERCHANT_ID}\nPAYPOINT: {}\n{}\n",
            self.paypoint,
            rfc3339_now()
        );
        for payment_type in [
            "sale",
            "refund",
            "pre-auth",
            "check-card-payment",
            "settle",
            "cancel",
        ] {
            let lines: Vec<&BatchEntry> = entries
                .iter()
                .filter(|e| e.payment_type == payment_type && e.outcome == "succeeded")
                .collect();
            if lines.is_empty() {
                continue;
            }
            let total: i64 = lines.iter().map(|e| e.amount).sum();
            text.push_str(&format!(
                "{:<20}{:>4}  {CURRENCY} {}\n",
                payment_type.to_uppercase(),
                lines.len(),
                money(total)
            ));
        }
        let declined = entries.iter().filter(|e| e.outcome != "succeeded").count();
        text.push_str(&format!("DECLINED            {declined:>4}\n"));
        if z {
            text.push_str("BATCH CLOSED\n");
        }
        Ok(vec![Step::Message(
            dest::RECEIVE_BATCH_REPORT,
            json!({"reportType": kind, "content": STANDARD.encode(text)}),
        )])
    }
}

/// Whether a card number given to cancel is the simulated card's (its
/// first six and last four digits; masked digits match anything).
fn same_card(number: &str) -> bool {
    let number: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    number.len() >= 10 && number.starts_with(CARD_FIRST6) && number.ends_with(CARD_LAST4)
}
