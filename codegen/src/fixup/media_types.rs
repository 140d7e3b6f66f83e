//! Media types: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// The top-level media types of RFC 6838.
pub(super) const TOP_LEVEL_TYPES: &[&str] = &[
    "application",
    "audio",
    "font",
    "image",
    "message",
    "model",
    "multipart",
    "text",
    "video",
];

/// Whether a media type is JSON: `application/json` or any `+json` suffix.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    let Some((_, sub)) = essence.split_once('/') else {
        return false;
    };
    sub == "json" || sub.ends_with("+json")
}

/// Repairs a misspelt top-level type (`aapplication/...`): the nearest
/// registered type within one edit, or `None` when the key is fine or
/// beyond repair.
pub(super) fn repair_media_type(key: &str) -> Option<String> {
    let (top, rest) = key.split_once('/')?;
    if TOP_LEVEL_TYPES.contains(&top.to_ascii_lowercase().as_str()) || top == "*" {
        return None;
    }
    TOP_LEVEL_TYPES
        .iter()
        .find(|t| edit_distance(&top.to_ascii_lowercase(), t) == 1)
        .map(|t| format!("{t}/{rest}"))
}

pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Every `content` map of every request body and response, with a label.
pub(super) fn content_maps_mut(doc: &mut Value) -> Vec<(String, &mut Map<String, Value>)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return out;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let op_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{method} {path}"));
            let Some(op) = op.as_object_mut() else {
                continue;
            };
            for (key, v) in op.iter_mut() {
                match key.as_str() {
                    "requestBody" => {
                        if let Some(c) = v.get_mut("content").and_then(Value::as_object_mut) {
                            out.push((format!("{op_id} request"), c));
                        }
                    }
                    "responses" => {
                        let Some(responses) = v.as_object_mut() else {
                            continue;
                        };
                        for (status, r) in responses.iter_mut() {
                            if let Some(c) = r.get_mut("content").and_then(Value::as_object_mut) {
                                out.push((format!("{op_id} {status}"), c));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// **Misspelt media-type keys.** Worldpay's published files contain keys
/// such as `aapplication/vnd.worldpay.payments-v7+json`. A generator that
/// does not recognise the key treats the body as opaque (or fails), and the
/// client would then send the misspelt type. A key whose top-level type is
/// one edit away from a registered one is corrected (and logged).
pub(super) fn repair_media_types(doc: &mut Value, log: &mut Vec<String>) {
    for (label, content) in content_maps_mut(doc) {
        let keys: Vec<String> = content.keys().cloned().collect();
        for key in keys {
            if let Some(fixed) = repair_media_type(&key) {
                let media = content.remove(&key).expect("key listed");
                log.push(format!(
                    "media type key `{key}` of {label} corrected to `{fixed}`"
                ));
                content.entry(fixed).or_insert(media);
            }
        }
    }
}

/// **Vendor media types.** progenitor only recognises `application/json`:
/// with `application/vnd.worldpay.payments-v7+json` it fails on request
/// bodies ("unexpected content type") and leaves responses untyped. The
/// real media types are recorded in the operation table (the client sets
/// `Content-Type` and `Accept` from it on the wire); here every JSON key
/// becomes `application/json`, keeping one when several are JSON (progenitor
/// panics on more than one request media type).
pub(super) fn use_plain_json_media_types(doc: &mut Value) {
    for (_, content) in content_maps_mut(doc) {
        let json_key = content.keys().find(|k| is_json(k)).cloned();
        if let Some(key) = json_key {
            let media = content.remove(&key).expect("key listed");
            content.retain(|k, _| !is_json(k));
            content.insert("application/json".into(), media);
        }
    }
}
