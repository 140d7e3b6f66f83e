//! Property tests of every request type, derived from its schema:
//!
//! 1. Allowed → accepted: any value the schema allows decodes into the
//!    request type (`worldpay::request::from_json`), and the type encodes
//!    back to JSON the schema accepts, equal to the value modulo the
//!    normalisations of [`equivalent`].
//! 2. Forbidden → refused: one mutation of such a value, breaking one rule
//!    (pattern, length, bound, enum, type, required property), is refused at
//!    construction with an error naming the field (as Worldpay spells it)
//!    and the rule.
//!
//! There is no `additionalProperties: false` in any request schema, so the
//! unknown-property mutation has nothing to apply to here; `from_json`
//! refuses a property the type does not know anyway (tested in
//! `src/request.rs`), since serde would drop it silently.
#![cfg(all(
    feature = "validate",
    feature = "card-payments",
    feature = "payments",
    feature = "verified-payments",
    feature = "online",
    feature = "ips-cloud"
))]

mod common;

use common::schema_strategy::{Broken, Doc, Mutation};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use worldpay::constraint::Rule;
use worldpay::validate::{Api, Schema};

/// Schema rules a generated type does not enforce, or values it refuses
/// though the schema allows them, that are not fixed yet: (API folder,
/// field path with `[]` for any array index, rule keyword, reason). A
/// property failure listed here is expected; one not listed fails the test.
const KNOWN_EXCEPTIONS: &[(&str, &str, &str, &str)] = &[];

fn api_dir(api: Api) -> &'static str {
    match api {
        Api::CardPayments => "card_payments",
        Api::Payments => "payments",
        Api::VerifiedPayments => "verified_payments",
        Api::Online => "online",
        Api::IpsCloud => "ips_cloud",
        _ => unreachable!(),
    }
}

fn doc(api: Api) -> Doc {
    let path = format!(
        "{}/generated/{}/schema.json",
        env!("CARGO_MANIFEST_DIR"),
        api_dir(api)
    );
    Doc::new(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

/// Equal modulo: an optional property absent on one side may be `null`
/// on the other, or an empty array (the generated types leave out `None`
/// and empty lists); numbers compare by value (`5` and `5.0`).
fn equivalent(a: &Value, b: &Value) -> bool {
    let absent = |v: Option<&Value>| match v {
        None | Some(Value::Null) => true,
        Some(Value::Array(a)) => a.is_empty(),
        Some(_) => false,
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().all(|k| {
                let (l, r) = (x.get(k), y.get(k));
                (absent(l) && absent(r))
                    || equivalent(l.unwrap_or(&Value::Null), r.unwrap_or(&Value::Null))
            })
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(l, r)| equivalent(l, r))
        }
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// `a.b[3].c` → `a.b[].c`, to look up [`KNOWN_EXCEPTIONS`].
fn generic_field(field: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in field.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

fn keyword_matches(rule: &Rule, keyword: &str) -> bool {
    matches!(
        (rule, keyword),
        (Rule::Required, "required")
            | (Rule::MinLength(_), "minLength")
            | (Rule::MaxLength(_), "maxLength")
            | (Rule::Pattern(_), "pattern")
            | (Rule::Minimum(_), "minimum" | "exclusiveMinimum")
            | (Rule::Maximum(_), "maximum" | "exclusiveMaximum")
            | (Rule::Enum, "enum" | "const")
            | (Rule::Type(_), "type")
    )
}

fn broken_keyword(b: Broken) -> &'static str {
    match b {
        Broken::Pattern => "pattern",
        Broken::MinLength => "minLength",
        Broken::MaxLength => "maxLength",
        Broken::Minimum => "minimum",
        Broken::Maximum => "maximum",
        Broken::Enum => "enum",
        Broken::Type => "type",
        Broken::Required => "required",
    }
}

fn known(api: Api, field: &str, keyword: &str) -> bool {
    let field = generic_field(field);
    KNOWN_EXCEPTIONS
        .iter()
        .any(|(a, f, k, _)| *a == api_dir(api) && *f == field && *k == keyword)
}

fn check<T: DeserializeOwned + Serialize>(api: Api, operation: &str) {
    let doc = doc(api);
    let schema_json = doc.request_schema(operation);
    let validator = Schema::request(api, operation).unwrap();
    let strategy = doc.strategy(&schema_json, 0);
    // A runner counts its successes across runs: one per property.
    let runner = || {
        TestRunner::new(Config {
            cases: 256,
            failure_persistence: None,
            ..Config::default()
        })
    };
    let what = format!("{api:?} {operation} ({})", std::any::type_name::<T>());

    // Property 1: allowed → accepted.
    let result = runner().run(&strategy, |v| {
        if let Err(e) = validator.validate(&v) {
            return Err(TestCaseError::fail(format!(
                "generator bug: the schema refuses {v}: {e:?}"
            )));
        }
        let typed: T = match worldpay::request::from_json(v.clone()) {
            Ok(t) => t,
            Err(e) if known(api, &e.field, "accepted") => return Ok(()),
            Err(e) => {
                return Err(TestCaseError::fail(format!(
                    "refuses a value the schema allows: {e} ({e:?})"
                )));
            }
        };
        let back = serde_json::to_value(&typed).unwrap();
        if let Err(e) = validator.validate(&back) {
            if e.iter().all(|x| known(api, &x.pointer, "reencoded")) {
                return Ok(());
            }
            return Err(TestCaseError::fail(format!(
                "re-encodes to a value the schema refuses: {e:?}"
            )));
        }
        prop_assert!(
            equivalent(&v, &back),
            "re-encodes differently:\n in: {v}\nout: {back}"
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{what}, allowed → accepted: {e}");
    }

    // Property 2: forbidden → refused, naming the field and the rule.
    // Up to MUTATIONS_PER_VALUE mutations of each value, picked at random.
    let tried = std::cell::RefCell::new(std::collections::BTreeMap::<&str, usize>::new());
    let picks = proptest::collection::vec(any::<prop::sample::Index>(), MUTATIONS_PER_VALUE);
    let result = runner().run(&(strategy, picks), |(v, picks)| {
        let mutations = doc.mutations(&schema_json, &v);
        if mutations.is_empty() {
            // `{}` of a schema with no required property: nothing to break.
            return Ok(());
        }
        for index in picks {
            let m = &mutations[index.index(mutations.len())];
            *tried
                .borrow_mut()
                .entry(broken_keyword(m.broken))
                .or_default() += 1;
            refused::<T>(api, &validator, &v, m)?;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{what}, forbidden → refused: {e}");
    }
    let tried = tried.into_inner();
    eprintln!("{what}: mutations tried {tried:?}");
    // Not vacuous: every request schema has typed properties.
    assert!(
        tried.get("type").copied().unwrap_or(0) > 0,
        "{what}: no mutation tried ({tried:?})"
    );
}

/// How many mutations of each generated value property 2 tries.
const MUTATIONS_PER_VALUE: usize = 4;

/// Property 2 for one mutation `m` of the valid value `v`.
fn refused<T: DeserializeOwned + Serialize>(
    api: Api,
    validator: &Schema,
    v: &Value,
    m: &Mutation,
) -> Result<(), TestCaseError> {
    {
        let bad = m.apply(v);
        let field = m.field(v);
        let keyword = broken_keyword(m.broken);
        let violations = match validator.validate(&bad) {
            Ok(()) => {
                return Err(TestCaseError::fail(format!(
                    "mutation bug: the schema accepts {m:?} of {v}"
                )));
            }
            Err(e) => e,
        };
        let keywords: Vec<String> = violations
            .iter()
            .map(|x| x.schema_pointer.rsplit('/').next().unwrap().to_string())
            .collect();
        match worldpay::request::from_json::<T>(bad.clone()) {
            Ok(_) if known(api, &field, keyword) => Ok(()),
            Ok(_) => Err(TestCaseError::fail(format!(
                "accepts `{field}` breaking {keyword} ({m:?}); schema says {violations:?}"
            ))),
            Err(e) => {
                prop_assert_eq!(&e.field, &field, "{:?} -> {:?}", m, e);
                prop_assert!(
                    keywords.iter().any(|k| keyword_matches(&e.rule, k)),
                    "`{}`: rule {:?} is none of the schema's {:?} ({:?})",
                    field,
                    e.rule,
                    keywords,
                    m
                );
                Ok(())
            }
        }
    }
}

macro_rules! request_properties {
    ($($test:ident: $api:ident $op:literal => $ty:ty;)*) => {
        $(
            #[test]
            fn $test() {
                check::<$ty>(Api::$api, $op);
            }
        )*
    };
}

use worldpay::card_payments::types as cp;
use worldpay::ips_cloud::types as ips;
use worldpay::online::types as on;
use worldpay::payments::types as pay;
use worldpay::verified_payments::types as vp;

request_properties! {
    card_payments_authorize: CardPayments "authorize" => cp::CustomerInitiatedTransaction;
    card_payments_recurring: CardPayments "recurring" => cp::MerchantInitiatedTransaction;
    card_payments_partial_cancel: CardPayments "partialCancel" => cp::PaymentsPartialCancel;
    card_payments_cancel: CardPayments "cancel" => cp::PaymentsCancel;
    card_payments_increase_authorize: CardPayments "increaseAuthorize" => cp::PaymentsIncreaseAuthorize;
    card_payments_partial_settlement: CardPayments "partialSettlement" => cp::PaymentsPartialSettle;
    card_payments_refund: CardPayments "refund" => cp::PaymentsRefund;
    card_payments_partial_refund: CardPayments "partialRefund" => cp::PaymentsPartialRefund;
    card_payments_settle: CardPayments "settle" => cp::PaymentsSettle;
    payments_authorize: Payments "authorize" => pay::AuthorizationRequest;
    payments_migrate_card_on_file: Payments "migrateCardOnFile" => pay::MigrateCardOnFileAuthorizationRequest;
    payments_migrate_recurring: Payments "migrateRecurring" => pay::MigrateRecurringAuthorizationRequest;
    payments_partial_settle: Payments "partialSettle" => pay::PartialSettleRequest;
    verified_payments_verified_payment: VerifiedPayments "verifiedPayment" => vp::VerifiedPaymentRequest;
    online_create_order: Online "createOrder" => on::OrderRequest;
    online_complete_three_ds_order: Online "completeThreeDsOrder" => on::ThreeDsCompletionRequest;
    online_capture_order: Online "captureOrder" => on::CaptureRequest;
    online_refund_order: Online "refundOrder" => on::RefundRequest;
    ips_restart_payment_device: IpsCloud "restartPaymentDevice" => ips::PaymentDeviceRestartRequest;
    ips_start_payment: IpsCloud "startPayment" => ips::PaymentStart;
    ips_abort_payment: IpsCloud "abortPayment" => ips::PaymentAbort;
    ips_send_payment_action: IpsCloud "sendPaymentAction" => ips::PaymentActionResponse;
    ips_cancel_payment: IpsCloud "cancelPayment" => ips::PaymentCancel;
    ips_query_payment_receipt: IpsCloud "queryPaymentReceipt" => ips::PaymentQueryReceipt;
    ips_query_payment_result: IpsCloud "queryPaymentResult" => ips::PaymentQueryResult;
    ips_request_batch_report: IpsCloud "requestBatchReport" => ips::PaymentReportBatchRequest;
    ips_settle_payment: IpsCloud "settlePayment" => ips::PaymentSettle;
    ips_register_point_of_sale: IpsCloud "registerPointOfSale" => ips::PosRegistrationRequest;
    ips_refresh_point_of_sale_registration: IpsCloud "refreshPointOfSaleRegistration" => ips::PosRegistrationRefreshRequest;
}

/// Each pattern substitute generates only strings its ECMAScript pattern
/// accepts, and every substituted pattern is one a request schema uses.
#[test]
fn pattern_substitutes_generate_what_their_pattern_accepts() {
    use common::schema_strategy::PATTERN_SUBSTITUTES;
    let used: String = [
        Api::CardPayments,
        Api::Payments,
        Api::VerifiedPayments,
        Api::Online,
        Api::IpsCloud,
    ]
    .into_iter()
    .map(|a| {
        std::fs::read_to_string(format!(
            "{}/generated/{}/schema.json",
            env!("CARGO_MANIFEST_DIR"),
            api_dir(a)
        ))
        .unwrap()
    })
    .collect();
    let mut runner = TestRunner::default();
    for (pattern, substitute, reason) in PATTERN_SUBSTITUTES {
        assert!(!reason.is_empty());
        let quoted = serde_json::to_string(pattern).unwrap();
        assert!(used.contains(&quoted), "{pattern} is used by no schema");
        let ecma = worldpay::pattern::Pattern::new(pattern).unwrap();
        let strategy = proptest::string::string_regex(substitute).unwrap();
        runner
            .run(&strategy, |s| {
                prop_assert!(ecma.is_match(&s), "{:?} breaks {}", s, pattern);
                Ok(())
            })
            .unwrap();
    }
}

/// The generator itself, on keywords no embedded request schema uses.
#[test]
fn the_generator_takes_one_branch_of_a_one_of_and_keeps_its_bounds() {
    let doc = Doc::new(serde_json::json!({"components": {"schemas": {}}}));
    let schema = serde_json::json!({"oneOf": [
        {"type": "object", "properties": {"type": {"const": "a"}}, "required": ["type"]},
        {"type": "object", "required": ["type", "n"], "properties": {
            "type": {"const": "b"},
            "n": {"type": "integer", "exclusiveMinimum": 2, "maximum": 5, "multipleOf": 2}
        }}
    ]});
    let seen = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let mut runner = TestRunner::default();
    runner
        .run(&doc.strategy(&schema, 0), |v| {
            let tag = v["type"].as_str().unwrap().to_string();
            match tag.as_str() {
                "a" => prop_assert!(v.get("n").is_none()),
                "b" => prop_assert_eq!(v["n"].as_i64(), Some(4)),
                other => prop_assert!(false, "tag {}", other),
            }
            seen.borrow_mut().insert(tag);
            Ok(())
        })
        .unwrap();
    assert_eq!(seen.borrow().len(), 2, "{seen:?}");
}

#[test]
fn patterns_translate_with_ecmascript_meaning_or_fail_loudly() {
    use common::schema_strategy::translate_pattern;
    assert_eq!(translate_pattern(r"^\d{4}$").unwrap(), "[0-9]{4}");
    assert_eq!(
        translate_pattern(r"^[\s-]+$").unwrap(),
        r"[\t\n\x0B\x0C\r -]+"
    );
    assert_eq!(
        translate_pattern("^.+@.+$").unwrap(),
        r"[^\n\r\u{2028}\u{2029}]+@[^\n\r\u{2028}\u{2029}]+"
    );
    assert!(
        translate_pattern(r"^(?!\s*$)[a-z]*$")
            .unwrap_err()
            .contains("lookaround")
    );
    assert!(translate_pattern(r"^\w+$").is_err());
}
