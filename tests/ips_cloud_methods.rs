//! The IPS Cloud client's methods are generated from the description: a
//! copy of `schemas/ips-cloud/` with two more publish operations (and the
//! destinations that answer them) is generated into a scratch root, and the
//! new operations come out as client methods, answering what their
//! terminal replies carry, with no hand-written line changed. The methods
//! of the unchanged description are all still there.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

fn insert(map: &mut Value, path: &[&str], key: &str, value: Value) {
    let mut at = map;
    for p in path {
        at = at.get_mut(*p).unwrap_or_else(|| panic!("no `{p}`"));
    }
    at.as_mapping_mut()
        .expect("a mapping")
        .insert(Value::String(key.into()), value);
}

/// The description with a totals report (one terminal reply) and a batch
/// reconciliation (two possible terminal replies, one of them an existing
/// destination).
fn extended() -> String {
    let text = std::fs::read_to_string(root().join("schemas/ips-cloud/asyncapi.yaml")).unwrap();
    let mut doc: Value = serde_yaml::from_str(&text).unwrap();
    insert(
        &mut doc,
        &["channels"],
        "/v1/payment/report/totals",
        yaml(
            "publish:
               operationId: requestTotalsReport
               summary: Request the running totals of the current batch.
               security: [{licenceKey: []}]
               x-replies: [/client/v1/payment/report/totals, /client/v1/error]
               x-terminal: [/client/v1/payment/report/totals, /client/v1/error]
               message: {$ref: '#/components/messages/payment-totals-request-message'}",
        ),
    );
    insert(
        &mut doc,
        &["channels"],
        "/client/v1/payment/report/totals",
        yaml(
            "subscribe:
               operationId: receiveTotalsReport
               summary: Receive the running totals of the current batch.
               security: [{licenceKey: []}]
               message: {$ref: '#/components/messages/payment-totals-response-message'}",
        ),
    );
    insert(
        &mut doc,
        &["channels"],
        "/v1/payment/reconcile",
        yaml(
            "publish:
               operationId: reconcileBatch
               summary: Reconcile the current batch.
               security: [{licenceKey: []}]
               x-replies: [/client/v1/payment/receipt, /client/v1/payment/report/totals, /client/v1/payment/report/batch, /client/v1/error]
               x-terminal: [/client/v1/payment/report/totals, /client/v1/payment/report/batch, /client/v1/error]
               message: {$ref: '#/components/messages/payment-reconcile-message'}",
        ),
    );
    for (message, schema) in [
        ("payment-totals-request-message", "PaymentTotalsRequest"),
        ("payment-totals-response-message", "PaymentTotalsResponse"),
        ("payment-reconcile-message", "PaymentReconcile"),
    ] {
        insert(
            &mut doc,
            &["components", "messages"],
            message,
            yaml(&format!(
                "name: {message}\npayload: {{$ref: '#/components/schemas/{schema}'}}"
            )),
        );
        insert(
            &mut doc,
            &["components", "schemas"],
            schema,
            yaml("type: object\nproperties: {}"),
        );
    }
    serde_yaml::to_string(&doc).unwrap()
}

fn generated_methods(scratch: &Path, description: &str) -> String {
    let folder = scratch.join("schemas/ips-cloud");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(
        root().join("schemas/ips-cloud/api.yaml"),
        folder.join("api.yaml"),
    )
    .unwrap();
    std::fs::write(folder.join("asyncapi.yaml"), description).unwrap();
    let output = worldpay_codegen::generate(scratch).expect("the description generates");
    let methods = output
        .files
        .get(Path::new("generated/ips_cloud/methods.rs"))
        .expect("methods.rs is generated");
    String::from_utf8(methods.clone()).unwrap()
}

fn method_names(methods: &str) -> Vec<String> {
    methods
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub async fn "))
        .map(|l| l.split(['<', '(']).next().unwrap().to_string())
        .collect()
}

/// `text` without white space and trailing commas (prettyplease breaks
/// long lines as it likes).
fn squeezed(text: &str) -> String {
    let flat: String = text.split_whitespace().collect();
    flat.replace(",)", ")")
        .replace(",>", ">")
        .replace(",}", "}")
}

#[test]
fn a_new_publish_operation_becomes_a_client_method_by_regenerating() {
    let scratch = root().join("target").join("ips-cloud-methods");
    let _ = std::fs::remove_dir_all(&scratch);
    let methods = generated_methods(&scratch, &extended());
    let flat = squeezed(&methods);

    // A method per new operation, named after its id, documented with its
    // summary, one call into the executor.
    let names = method_names(&methods);
    assert!(
        names.contains(&"request_totals_report".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"reconcile_batch".to_string()), "{names:?}");
    assert!(methods.contains("Request the running totals of the current batch."));
    assert!(
        flat.contains(&squeezed(
            "pub async fn request_totals_report<B>(&self, request: B)
             -> ::core::result::Result<types::PaymentTotalsResponse, IpsError>
             where B: ::core::convert::TryInto<types::PaymentTotalsRequest>,"
        )),
        "{methods}"
    );
    assert!(
        flat.contains(&squeezed(
            "self.exchange_typed::<B, types::PaymentTotalsRequest, types::PaymentTotalsResponse,>(\"requestTotalsReport\", request)"
        )),
        "{methods}"
    );
    // Its answer is taken from the terminal reply.
    assert!(
        flat.contains(&squeezed(
            "impl FromReplies for types::PaymentTotalsResponse"
        )),
        "{methods}"
    );
    assert!(flat.contains("ServerMessage::PaymentTotalsResponse(x)"));

    // Several possible terminal replies: every reply by kind, and an enum
    // of the one that ended the operation.
    assert!(
        flat.contains(&squeezed(
            "-> ::core::result::Result<answers::ReconcileBatchReplies, IpsError>"
        )),
        "{methods}"
    );
    assert!(
        flat.contains(&squeezed(
            "pub struct ReconcileBatchReplies {
                /// Every `payment-receipt-message` (`/client/v1/payment/receipt`) that came, in order.
                pub payment_receipt: ::std::vec::Vec<types::PaymentReceipt>,
                /// The message that ended the operation.
                pub terminal: ReconcileBatchTerminal,
            }"
        )),
        "{methods}"
    );
    assert!(
        flat.contains(&squeezed(
            "PaymentTotalsResponse(types::PaymentTotalsResponse)"
        )) && flat.contains(&squeezed(
            "PaymentReportBatchResponse(types::PaymentReportBatchResponse)"
        )),
        "{methods}"
    );

    // The destination answering the new request is a reply, not a
    // destination asked by subscribing: it has no method of its own.
    assert!(!names.contains(&"receive_totals_report".to_string()));

    // Everything the unchanged description gives is still there, and the
    // new operations are all that was added.
    let today = std::fs::read_to_string(root().join("generated/ips_cloud/methods.rs")).unwrap();
    let before = method_names(&today);
    for name in &before {
        assert!(names.contains(name), "{name} is gone: {names:?}");
    }
    assert_eq!(names.len(), before.len() + 2, "{names:?}");
    for kept in [
        "settle",
        "cancel",
        "query_result",
        "query_receipt",
        "batch_report",
        "restart_device",
        "device_status",
        "service_status",
    ] {
        assert!(before.contains(&kept.to_string()), "{before:?}");
    }
    // The hand-written operations have none.
    for hand_written in ["register_point_of_sale", "start_payment", "abort_payment"] {
        assert!(!names.contains(&hand_written.to_string()), "{names:?}");
    }
}

#[test]
fn the_api_file_must_name_operations_of_the_description() {
    let scratch = root().join("target").join("ips-cloud-methods-stale");
    let _ = std::fs::remove_dir_all(&scratch);
    let folder = scratch.join("schemas/ips-cloud");
    std::fs::create_dir_all(&folder).unwrap();
    let api = std::fs::read_to_string(root().join("schemas/ips-cloud/api.yaml")).unwrap();
    std::fs::write(
        folder.join("api.yaml"),
        format!("{api}  noSuchOperation: no_such\n"),
    )
    .unwrap();
    std::fs::copy(
        root().join("schemas/ips-cloud/asyncapi.yaml"),
        folder.join("asyncapi.yaml"),
    )
    .unwrap();
    let e = worldpay_codegen::generate(&scratch)
        .err()
        .expect("a stale entry fails generation");
    assert!(e.contains("methods.noSuchOperation"), "{e}");
    // An operation sent in another's session has no method to name.
    std::fs::write(
        folder.join("api.yaml"),
        format!("{api}  abortPayment: abort\n"),
    )
    .unwrap();
    let e = worldpay_codegen::generate(&scratch)
        .err()
        .expect("naming an in-session operation fails generation");
    assert!(e.contains("x-in-session-of"), "{e}");
}
