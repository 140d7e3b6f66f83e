//! Error bodies: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Different schemas per status code.** progenitor asserts that all error
/// responses of an operation share one type (Worldpay answers 400 with a
/// `ValidationErrorResponse` and other errors with an `ErrorResponse`), and
/// a proxy's HTML error page would fail to decode as either. Error bodies
/// are therefore read raw by the generated client; the operation table
/// records which schema each status carries, and the hand-written client
/// decodes the body by status, keeping the status either way.
pub(super) fn raw_error_bodies(doc: &mut Value, log: &mut Vec<String>) -> BTreeSet<String> {
    let mut schemas = BTreeSet::new();
    let mut count = 0;
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for method in METHODS {
                let Some(responses) = item
                    .get_mut(method)
                    .and_then(|op| op.get_mut("responses"))
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                for (status, r) in responses.iter_mut() {
                    if status.starts_with('2') || status.starts_with('1') {
                        continue;
                    }
                    if let Some(content) = r.get_mut("content").and_then(Value::as_object_mut) {
                        for media in content.values() {
                            if let Some(n) = media.get("schema").and_then(ref_name) {
                                schemas.insert(n.to_string());
                            }
                        }
                        content.clear();
                        content.insert("application/octet-stream".into(), json!({}));
                        count += 1;
                    }
                }
            }
        }
    }
    if count > 0 {
        log.push(format!(
            "{count} error responses read raw and decoded by status ({})",
            schemas.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    schemas
}
