//! Referenced components and malformed answers: a family of the fix-up
//! stage's passes (see the stage's documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// The component sections a `$ref` outside schemas may point into.
const SECTIONS: &[&str] = &["responses", "parameters", "requestBodies", "headers"];

/// Resolves `value` while it is a `$ref` into one of [`SECTIONS`]
/// (components may refer to components), at most a few levels deep.
fn resolve(doc: &Value, value: &Value) -> Result<Option<Value>, String> {
    let mut current = value.clone();
    let mut changed = false;
    for _ in 0..8 {
        let Some(r) = current.get("$ref").and_then(Value::as_str) else {
            return Ok(changed.then_some(current));
        };
        let Some(rest) = r.strip_prefix("#/components/") else {
            return Ok(changed.then_some(current));
        };
        let Some((section, _)) = rest.split_once('/') else {
            return Ok(changed.then_some(current));
        };
        if !SECTIONS.contains(&section) {
            return Ok(changed.then_some(current));
        }
        current = doc
            .pointer(&r[1..])
            .cloned()
            .ok_or_else(|| format!("`$ref: {r}` points at nothing"))?;
        changed = true;
    }
    Err(format!("`$ref` chain from {value} does not end"))
}

/// **Referenced components.** A description may put responses,
/// parameters, request bodies and response headers in `components` and
/// `$ref` them. The passes of this stage, progenitor's analysis and the
/// operation table read operations in place: schemas used only through
/// such a component were dropped as unreferenced (typify then panicked on
/// the missing `$ref`), and a referenced `Accept`/`Content-Type` parameter
/// escaped the reserved-header pass. Every such `$ref` is replaced by what
/// it points at, first, and the sections, then unused, are removed.
pub(super) fn inline_components(doc: &mut Value, log: &mut Vec<String>) -> Result<(), String> {
    let snapshot = doc.clone();
    let mut count = 0usize;
    let mut fix = |v: &mut Value, at: &str| -> Result<(), String> {
        if let Some(new) = resolve(&snapshot, v).map_err(|e| format!("{at}: {e}"))? {
            *v = new;
            count += 1;
        }
        Ok(())
    };
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, op) in item.iter_mut() {
                let at = format!("{key} {path}");
                if key == "parameters" {
                    for p in op.as_array_mut().into_iter().flatten() {
                        fix(p, &at)?;
                    }
                    continue;
                }
                if !METHODS.contains(&key.as_str()) {
                    continue;
                }
                for p in op
                    .get_mut("parameters")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    fix(p, &at)?;
                }
                if let Some(b) = op.get_mut("requestBody") {
                    fix(b, &at)?;
                }
                for r in op
                    .get_mut("responses")
                    .and_then(Value::as_object_mut)
                    .into_iter()
                    .flat_map(|m| m.values_mut())
                {
                    fix(r, &at)?;
                    for h in r
                        .get_mut("headers")
                        .and_then(Value::as_object_mut)
                        .into_iter()
                        .flat_map(|m| m.values_mut())
                    {
                        fix(h, &at)?;
                    }
                }
            }
        }
    }
    let mut removed = Vec::new();
    if let Some(c) = doc.get_mut("components").and_then(Value::as_object_mut) {
        for s in SECTIONS {
            if c.remove(*s).is_some() {
                removed.push(*s);
            }
        }
    }
    if count > 0 || !removed.is_empty() {
        log.push(format!(
            "{count} references to components ({}) replaced by what they point at",
            removed.join(", ")
        ));
    }
    Ok(())
}

/// **A response that is a schema.** Some descriptions `$ref` a response to
/// `#/components/schemas/X` (a schema, not a response): progenitor panics
/// on it. It is read as what was meant, a response whose JSON body is `X`,
/// in the media type the operation's other responses use (or its
/// request's, or `application/json`).
pub(super) fn wrap_schema_responses(doc: &mut Value, log: &mut Vec<String>) {
    let mut wrapped = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(method) else {
                continue;
            };
            let media = op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|r| r.values())
                .chain(op.get("requestBody"))
                .filter_map(|r| r.get("content").and_then(Value::as_object))
                .flat_map(|c| c.keys())
                .find(|k| is_json(k))
                .cloned()
                .unwrap_or_else(|| "application/json".into());
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            for (status, r) in op
                .get_mut("responses")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flatten()
            {
                let Some(name) = ref_name(r).map(str::to_string) else {
                    continue;
                };
                *r = json!({
                    "description": name,
                    "content": { media.clone(): { "schema": schema_ref(&name) } },
                });
                wrapped.push(format!("{id} {status}"));
            }
        }
    }
    log_names(
        log,
        "responses that `$ref` a schema read as a response with that body",
        wrapped.iter().map(String::as_str),
    );
}

/// **A body with examples and no schema.** A media type may give only
/// `example`/`examples` (a 204 showing an empty body): progenitor fails
/// ("media type encoding, no schema"). Such a response or request body is
/// read as having no body; the examples stay in the validation document.
pub(super) fn drop_schemaless_bodies(doc: &mut Value, log: &mut Vec<String>) {
    let mut dropped = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let schemaless = |content: &mut Value| -> bool {
        let Some(c) = content.as_object_mut() else {
            return false;
        };
        let before = c.len();
        c.retain(|_, m| m.get("schema").is_some());
        c.len() != before
    };
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{method} {path}"));
            if let Some(content) = op.get_mut("requestBody").and_then(|b| b.get_mut("content"))
                && schemaless(content)
            {
                dropped.push(format!("{id} request"));
                if content.as_object().is_some_and(Map::is_empty) {
                    op.remove("requestBody");
                }
            }
            for (status, r) in op
                .get_mut("responses")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flatten()
            {
                if let Some(content) = r.get_mut("content")
                    && schemaless(content)
                {
                    dropped.push(format!("{id} {status}"));
                    if content.as_object().is_some_and(Map::is_empty)
                        && let Some(r) = r.as_object_mut()
                    {
                        r.remove("content");
                    }
                }
            }
        }
    }
    log_names(
        log,
        "bodies with examples but no schema read as no body",
        dropped.iter().map(String::as_str),
    );
}
