//! Responses are forward-compatible: a value, field or outcome Worldpay
//! adds tomorrow decodes today, keeps its raw value, and re-encodes as
//! received. Constraints do not reject response data.

mod common;

use serde_json::{Value, json};
use worldpay::card_payments::types;

fn authorized() -> Value {
    common::fixture("card_payments", "authorize.201")
}

#[test]
fn an_unknown_enum_value_is_kept_and_written_back() {
    let mut v = authorized();
    v["paymentInstrument"]["cardBrand"] = json!("quantumPay");
    v["paymentInstrument"]["fundingType"] = json!("crypto");
    v["riskFactors"][0]["risk"] = json!("notYetInvented");
    let r: types::AuthorizeResponse = serde_json::from_value(v.clone()).unwrap();
    let types::AuthorizeResponse::Authorized(a) = &r else {
        panic!("{r:?}")
    };
    let pi = a.payment_instrument.as_ref().unwrap();
    assert_eq!(
        pi.card_brand,
        Some(types::CardBrand::Unrecognized("quantumPay".into()))
    );
    assert!(!pi.card_brand.as_ref().unwrap().is_known());
    assert_eq!(pi.card_brand.as_ref().unwrap().as_str(), "quantumPay");
    assert_eq!(serde_json::to_value(&r).unwrap(), v);
}

#[test]
fn an_unknown_field_is_ignored() {
    let mut v = authorized();
    v["brandNewField"] = json!({"nested": [1, 2, 3]});
    v["paymentInstrument"]["anotherNewField"] = json!("x");
    let r: types::AuthorizeResponse = serde_json::from_value(v).unwrap();
    assert_eq!(r.tag(), "authorized");
}

#[test]
fn an_unknown_outcome_is_kept_whole() {
    let v = json!({
        "outcome": "fraudHighRisk",
        "paymentId": "p1234567890123456789012",
        "riskScore": 97
    });
    let r: types::AuthorizeResponse = serde_json::from_value(v.clone()).unwrap();
    let types::AuthorizeResponse::Unrecognized(u) = &r else {
        panic!("{r:?}")
    };
    assert_eq!(u.tag(), "fraudHighRisk");
    assert_eq!(u.fields()["riskScore"], 97);
    assert_eq!(serde_json::to_value(&r).unwrap(), v);
}

#[test]
fn a_refusal_keeps_its_code_and_description() {
    let v = json!({
        "outcome": "refused",
        "refusalCode": "5",
        "refusalDescription": "Refused",
        "gatewayRefusalCode": "ERR-51",
        "advice": {"code": "03"},
        "riskFactors": [{"type": "cvc", "risk": "notMatched"}]
    });
    let r: types::AuthorizeResponse = serde_json::from_value(v.clone()).unwrap();
    let types::AuthorizeResponse::Refused(refusal) = &r else {
        panic!("a refusal must decode as one: {r:?}")
    };
    assert_eq!(refusal.refusal_code.as_deref(), Some("5"));
    assert_eq!(refusal.refusal_description.as_deref(), Some("Refused"));
    assert_eq!(refusal.advice.as_ref().unwrap().code, "03");
    assert_eq!(serde_json::to_value(&r).unwrap(), v);
}

#[test]
fn a_refusal_with_neither_code_nor_description_is_still_a_refusal() {
    let r: types::AuthorizeResponse =
        serde_json::from_value(json!({"outcome": "refused"})).unwrap();
    assert!(matches!(r, types::AuthorizeResponse::Refused(_)));
    let r: types::IncreaseAuthorizeResponse =
        serde_json::from_value(json!({"outcome": "refused", "refusalCode": "51"})).unwrap();
    let types::IncreaseAuthorizeResponse::Refused(r) = r else {
        panic!()
    };
    assert_eq!(r.refusal_code.as_deref(), Some("51"));
}

#[test]
fn response_constraints_do_not_reject_data() {
    // Published: countryCode has length 2 and ^[A-Z]+$, cardBin ^[0-9*]+$,
    // currency length 3: Worldpay loosening any of them must not fail us.
    let mut v = authorized();
    v["paymentInstrument"]["countryCode"] = json!("gbr");
    v["paymentInstrument"]["cardBin"] = json!("4444-33");
    v["issuer"]["authorizationCode"] = json!("T7 57 25");
    let r: types::AuthorizeResponse = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(serde_json::to_value(&r).unwrap(), v);
    let inc =
        json!({"outcome": "authorized", "amounts": {"totalAuthorized": 1100, "currency": "euro"}});
    let r: types::IncreaseAuthorizeResponse = serde_json::from_value(inc.clone()).unwrap();
    assert_eq!(serde_json::to_value(&r).unwrap(), inc);
}

#[test]
fn an_unknown_event_is_kept() {
    let r: types::PaymentsEvents200Response =
        serde_json::from_value(json!({"lastEvent": "Sent for Dispute"})).unwrap();
    assert_eq!(r.last_event.as_str(), "Sent for Dispute");
    assert!(!r.last_event.is_known());
}

#[test]
fn unknown_link_relations_are_kept() {
    let mut v = common::fixture("card_payments", "settle.202");
    v["_links"]["cardPayments:somethingNew"] = json!({"href": "/new/abc"});
    let r: types::PaymentsFullSettleResponse = serde_json::from_value(v.clone()).unwrap();
    assert!(r.links.contains("cardPayments:somethingNew"));
    assert_eq!(serde_json::to_value(&r).unwrap(), v);
}
