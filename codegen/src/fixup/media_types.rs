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

/// The spellings of media types a description documents for the wire: the
/// `enum`, `default` and `example` of its `Content-Type` and `Accept`
/// header parameters (path-item and operation level).
fn documented_spellings(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    let mut params = Vec::new();
    for item in paths.values() {
        params.extend(
            item.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
        for method in METHODS {
            params.extend(
                item.get(method)
                    .and_then(|op| op.get("parameters"))
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            );
        }
    }
    for p in params {
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        if p.get("in").and_then(Value::as_str) != Some("header")
            || !(name.eq_ignore_ascii_case("content-type") || name.eq_ignore_ascii_case("accept"))
        {
            continue;
        }
        let schema = p.get("schema");
        let values = schema
            .and_then(|s| s.get("enum"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(schema.and_then(|s| s.get("default")))
            .chain(schema.and_then(|s| s.get("example")))
            .chain(p.get("example"));
        out.extend(values.filter_map(Value::as_str).map(str::to_string));
    }
    out
}

/// **One media type, several spellings.** Media types are
/// case-insensitive (RFC 6838), and a description may spell one in several
/// ways (`…cardverifications-v6+json` on one operation,
/// `…cardVerifications-v6+json` on the next): the operation table would
/// send both, and two spellings on one body are two media types to the
/// generators. Each set of spellings becomes one: the spelling the
/// description documents for the wire (its `Content-Type`/`Accept`
/// parameters' values), else the one it uses most, else the first met
/// (a choice; the sources are silent). Logged.
pub(super) fn normalise_media_type_spellings(doc: &mut Value, log: &mut Vec<String>) {
    let documented = documented_spellings(doc);
    // Spellings by lower-case form, with counts, in document order.
    let mut seen: Vec<(String, Vec<(String, usize)>)> = Vec::new();
    for (_, content) in content_maps_mut(doc) {
        for key in content.keys() {
            let lower = key.to_ascii_lowercase();
            let at = match seen.iter().position(|(l, _)| *l == lower) {
                Some(i) => i,
                None => {
                    seen.push((lower, Vec::new()));
                    seen.len() - 1
                }
            };
            let spellings = &mut seen[at].1;
            match spellings.iter_mut().find(|(s, _)| s == key) {
                Some((_, n)) => *n += 1,
                None => spellings.push((key.clone(), 1)),
            }
        }
    }
    let mut chosen: BTreeMap<String, String> = BTreeMap::new();
    for (lower, spellings) in seen {
        if spellings.len() < 2 {
            continue;
        }
        let wire = documented
            .iter()
            .find(|d| d.to_ascii_lowercase() == lower && spellings.iter().any(|(s, _)| s == *d));
        let most = spellings.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let pick = wire.cloned().unwrap_or_else(|| {
            spellings
                .iter()
                .find(|(_, n)| *n == most)
                .map(|(s, _)| s.clone())
                .expect("two spellings")
        });
        log.push(format!(
            "media type spellings {} written `{pick}`",
            spellings
                .iter()
                .filter(|(s, _)| *s != pick)
                .map(|(s, _)| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        chosen.insert(lower, pick);
    }
    if chosen.is_empty() {
        return;
    }
    for (_, content) in content_maps_mut(doc) {
        let keys: Vec<String> = content.keys().cloned().collect();
        for key in keys {
            if let Some(pick) = chosen.get(&key.to_ascii_lowercase())
                && *pick != key
            {
                let media = content.remove(&key).expect("key listed");
                content.entry(pick.clone()).or_insert(media);
            }
        }
    }
}

/// **Security scheme spellings.** An `http` security scheme's `scheme` is
/// an HTTP authentication scheme name (`basic`, `bearer`; RFC 7235,
/// case-insensitive); a description writing `scheme: BasicAuth` (the
/// scheme's *name*) gets `basic`, as Worldpay documents the header on the
/// wire (`Authorization: Basic …`), and `Bearer…` likewise `bearer`.
pub(super) fn normalise_security_schemes(doc: &mut Value, log: &mut Vec<String>) {
    let Some(schemes) = doc
        .pointer_mut("/components/securitySchemes")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (name, s) in schemes.iter_mut() {
        if s.get("type").and_then(Value::as_str) != Some("http") {
            continue;
        }
        let Some(Value::String(scheme)) = s.get_mut("scheme") else {
            continue;
        };
        let lower = scheme.to_ascii_lowercase();
        let fixed = if lower.starts_with("basic") {
            "basic"
        } else if lower.starts_with("bearer") {
            "bearer"
        } else {
            continue;
        };
        if scheme != fixed {
            log.push(format!(
                "security scheme `{name}`: `scheme: {scheme}` read as `{fixed}`"
            ));
            *scheme = fixed.to_string();
        }
    }
}
