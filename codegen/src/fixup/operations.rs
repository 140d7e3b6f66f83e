//! Operations: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

pub(super) fn collect_operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let body = op.get("requestBody");
            let request_media_type = body
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object)
                .and_then(|c| c.keys().find(|k| is_json(k)).or_else(|| c.keys().next()))
                .cloned();
            let request_body_required = body
                .and_then(|b| b.get("required"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let mut success = Vec::new();
            let mut errors = Vec::new();
            let mut response_media_type = None;
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (status, r) in responses {
                    let content = r.get("content").and_then(Value::as_object);
                    let schema = content
                        .and_then(|c| c.iter().find(|(k, _)| is_json(k)))
                        .and_then(|(_, m)| m.get("schema"))
                        .and_then(ref_name)
                        .map(str::to_string);
                    let is_success = status.starts_with('2');
                    if is_success && response_media_type.is_none() {
                        response_media_type = content
                            .and_then(|c| c.keys().find(|k| is_json(k)).or_else(|| c.keys().next()))
                            .cloned();
                    }
                    if is_success {
                        success.push((status.clone(), schema));
                    } else {
                        errors.push((status.clone(), schema));
                    }
                }
            }
            ops.push(Operation {
                id,
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                summary: op
                    .get("summary")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                request_media_type,
                request_body_required,
                response_media_type,
                success,
                errors,
                answer: None,
                headers: op
                    .get(FIXED_HEADERS)
                    .and_then(Value::as_object)
                    .map(|h| {
                        h.iter()
                            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                            .collect()
                    })
                    .unwrap_or_default(),
            });
        }
    }
    ops
}

/// **Reserved header parameters.** OpenAPI 3.0 (Parameter Object) says a
/// header parameter named `Accept`, `Content-Type` or `Authorization` "SHALL
/// be ignored"; Worldpay declares `Content-Type` and `Accept` as required
/// parameters anyway, which would make every generated call demand them.
/// They are dropped: media types come from the operation table and
/// authorization from the configured credentials.
pub(super) fn drop_reserved_header_parameters(doc: &mut Value, log: &mut Vec<String>) {
    let mut dropped = 0;
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, op) in item.iter_mut() {
                let params = if key == "parameters" {
                    op.as_array_mut()
                } else if METHODS.contains(&key.as_str()) {
                    op.get_mut("parameters").and_then(Value::as_array_mut)
                } else {
                    None
                };
                let Some(params) = params else { continue };
                let before = params.len();
                params.retain(|p| {
                    let in_header = p.get("in").and_then(Value::as_str) == Some("header");
                    let name = p
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    !(in_header
                        && matches!(name.as_str(), "accept" | "content-type" | "authorization"))
                });
                dropped += before - params.len();
            }
        }
    }
    if dropped > 0 {
        log.push(format!(
            "{dropped} reserved header parameters (Accept, Content-Type, Authorization) ignored, as OpenAPI 3.0 requires"
        ));
    }
}

/// Where [`fixed_header_parameters`] keeps an operation's fixed headers.
const FIXED_HEADERS: &str = "x-fixed-headers";

/// **Fixed header parameters.** A required header parameter whose schema
/// allows exactly one value (a one-value `enum`, or `const`) is not a
/// choice the caller makes: Worldpay's Payments API (2024-06-01) declares
/// its version that way (`WP-Api-Version: 2024-06-01` on every operation).
/// It is taken out of the parameters and kept in the operation table
/// (`Operation::headers`), which the transport sends with every request of
/// the operation. A header with a choice of values is refused by the
/// generator as before.
pub(super) fn fixed_header_parameters(doc: &mut Value, log: &mut Vec<String>) {
    fn fixed(p: &Value) -> Option<(String, String)> {
        if p.get("in").and_then(Value::as_str) != Some("header")
            || p.get("required").and_then(Value::as_bool) != Some(true)
        {
            return None;
        }
        let schema = p.get("schema")?;
        let value = match (
            schema.get("const"),
            schema.get("enum").and_then(Value::as_array),
        ) {
            (Some(c), _) => c.as_str()?.to_string(),
            (None, Some(values)) if values.len() == 1 => values[0].as_str()?.to_string(),
            _ => return None,
        };
        Some((p.get("name")?.as_str()?.to_string(), value))
    }
    let mut moved = BTreeSet::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        let mut shared = Vec::new();
        if let Some(params) = item.get_mut("parameters").and_then(Value::as_array_mut) {
            shared = params.iter().filter_map(fixed).collect();
            params.retain(|p| fixed(p).is_none());
        }
        for (key, op) in item.iter_mut() {
            if !METHODS.contains(&key.as_str()) {
                continue;
            }
            let mut headers = shared.clone();
            if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
                headers.extend(params.iter().filter_map(fixed));
                params.retain(|p| fixed(p).is_none());
            }
            if headers.is_empty() {
                continue;
            }
            let map: serde_json::Map<String, Value> = headers
                .into_iter()
                .map(|(name, value)| {
                    moved.insert(format!("{name}: {value}"));
                    (name, Value::String(value))
                })
                .collect();
            if let Some(op) = op.as_object_mut() {
                op.insert(FIXED_HEADERS.into(), Value::Object(map));
            }
        }
    }
    if !moved.is_empty() {
        log.push(format!(
            "fixed header parameters sent by the operation table: {}",
            moved.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
}

/// **Code blocks in descriptions.** Descriptions are Markdown and become
/// doc comments; rustdoc compiles a fence without a language as a Rust
/// doctest, so Worldpay's `Authorization: {your_credentials}` block would
/// fail the crate's tests. Unlabelled fences are labelled `text`.
pub(super) fn label_code_fences(doc: &mut Value, log: &mut Vec<String>) {
    fn relabel(text: &str) -> Option<String> {
        let mut changed = false;
        let mut inside = false;
        let mut out = Vec::new();
        for line in text.split('\n') {
            let trimmed = line.trim_start();
            if trimmed.starts_with("```") {
                if !inside && trimmed.trim_end() == "```" {
                    out.push(line.replacen("```", "```text", 1));
                    changed = true;
                } else {
                    out.push(line.to_string());
                }
                inside = !inside;
            } else {
                out.push(line.to_string());
            }
        }
        changed.then(|| out.join("\n"))
    }
    fn go(v: &mut Value, count: &mut usize) {
        match v {
            Value::Object(m) => {
                for (k, val) in m.iter_mut() {
                    if k == "description" {
                        if let Value::String(s) = val
                            && let Some(new) = relabel(s)
                        {
                            *s = new;
                            *count += 1;
                        }
                    } else if k != "example" && k != "examples" {
                        go(val, count);
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, count)),
            _ => {}
        }
    }
    let mut count = 0;
    go(doc, &mut count);
    if count > 0 {
        log.push(format!(
            "{count} descriptions with unlabelled code blocks labelled `text` (not doctests)"
        ));
    }
}
