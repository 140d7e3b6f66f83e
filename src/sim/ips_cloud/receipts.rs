//! Receipt texts (the merchant and customer copies, the slip to sign) and
//! the messages that carry them (base64); amounts as receipts print them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::ips_cloud::channels::destination as dest;

use super::flow::Step;
use super::payment::Txn;
use super::{CARD_NUMBER_MASKED, CURRENCY, MERCHANT_ID, MERCHANT_NAME, TERMINAL_ID};

/// `1099` → `10.99`.
pub(super) fn money(amount: i64) -> String {
    format!("{}.{:02}", amount / 100, (amount % 100).abs())
}

pub(super) fn receipt_step(reference: &str, kind: &'static str, text: &str) -> Step {
    Step::Message(
        dest::RECEIVE_PAYMENT_RECEIPT,
        json!({
            "merchantTransactionReference": reference,
            "type": kind,
            "content": STANDARD.encode(text),
        }),
    )
}

fn receipt_header(copy: &str, paypoint: &str) -> String {
    format!(
        "{MERCHANT_NAME}\n1 SIMULATOR STREET\nLONDON EC1A 1AA\n\n{copy}\nTID: {TERMINAL_ID}  MID: {MERCHANT_ID}\nPAYPOINT: {paypoint}\n\nVISA CREDIT\n{CARD_NUMBER_MASKED}\n"
    )
}

/// The merchant copy printed for the customer to sign (`SIGN HERE`: the
/// text the client proven against IPS Cloud looks for in a slip to sign).
pub(super) fn signature_slip(txn: &Txn, paypoint: &str) -> String {
    format!(
        "{}{}\n{}\nAMOUNT: {CURRENCY} {}\nREF: {}\n\nPLEASE SIGN HERE\n\n______________________\n",
        receipt_header("MERCHANT COPY", paypoint),
        txn.entry_mode().to_uppercase(),
        txn.result_type().to_uppercase(),
        money(txn.amount),
        txn.reference,
    )
}

pub(super) fn receipt_text(txn: &Txn, payment: &Value, copy: &str) -> String {
    let field = |pointer: &str| {
        payment
            .pointer(pointer)
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    };
    let paypoint = field("/paypoint/paypointId");
    let mut text = receipt_header(copy, &paypoint);
    text.push_str(&format!(
        "{}\n{}\nAMOUNT: {CURRENCY} {}\n",
        txn.entry_mode().to_uppercase(),
        field("/paymentType").to_uppercase(),
        money(txn.amount)
    ));
    let cvm = field("/paymentInstrument/cardVerificationMethod");
    let verified = match cvm.as_str() {
        "pin-or-consumer-device" => "PIN VERIFIED",
        "signature" => "SIGNATURE VERIFIED",
        _ => "",
    };
    if !verified.is_empty() {
        text.push_str(verified);
        text.push('\n');
    }
    let code = field("/paymentInstrument/authorisation/authorisationCode");
    if !code.is_empty() {
        text.push_str(&format!("AUTH CODE: {code}\n"));
    }
    text.push_str(&format!(
        "REF: {}\nRECEIPT NO: {}\n{}\n\n{}\n",
        txn.reference,
        field("/receiptNumber"),
        field("/transactionDateTime"),
        field("/result").to_uppercase().replace('-', " ")
    ));
    if copy == "CUSTOMER COPY" {
        text.push_str("PLEASE RETAIN RECEIPT\n");
    }
    text
}
