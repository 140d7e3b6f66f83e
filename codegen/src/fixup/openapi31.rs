//! OpenAPI 3.1: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// Rewrites one 3.1 schema (JSON Schema 2020-12) node as 3.0 says it.
fn down_convert_schema(s: &mut Value, changes: &mut usize) {
    let Some(obj) = s.as_object_mut() else { return };
    // `type: [x, "null"]` → `type: x, nullable: true`.
    if let Some(Value::Array(types)) = obj.get("type").cloned() {
        let non_null: Vec<&Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .collect();
        let nullable = non_null.len() != types.len();
        match non_null.as_slice() {
            [one] => {
                obj.insert("type".into(), (*one).clone());
            }
            [] => {
                obj.remove("type");
            }
            many => {
                // Several types: each a branch.
                let branches: Vec<Value> = many.iter().map(|t| json!({ "type": t })).collect();
                obj.remove("type");
                obj.insert("anyOf".into(), Value::Array(branches));
            }
        }
        if nullable {
            obj.insert("nullable".into(), Value::Bool(true));
        }
        *changes += 1;
    }
    // `const: v` → `enum: [v]`.
    if let Some(v) = obj.remove("const") {
        obj.insert("enum".into(), json!([v]));
        *changes += 1;
    }
    // `examples: [...]` (a schema's) → `example`: the first.
    if let Some(Value::Array(examples)) = obj.get("examples").cloned() {
        obj.remove("examples");
        if let Some(first) = examples.into_iter().next() {
            obj.entry("example").or_insert(first);
        }
        *changes += 1;
    }
    // Numeric exclusive bounds → 3.0's boolean flags.
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n) = obj.get(flag).filter(|v| v.is_number()).cloned() {
            obj.insert(bound.into(), n);
            obj.insert(flag.into(), Value::Bool(true));
            *changes += 1;
        }
    }
    // A `$ref` with siblings (allowed by 3.1): 3.0 reads the `$ref` alone.
    if obj.contains_key("$ref") && obj.len() > 1 {
        obj.retain(|k, _| k == "$ref");
        *changes += 1;
    }
    for k in [
        "$schema",
        "$id",
        "$comment",
        "contentMediaType",
        "contentEncoding",
    ] {
        if obj.remove(k).is_some() {
            *changes += 1;
        }
    }
}

/// **OpenAPI 3.1.** typify and progenitor read OpenAPI 3.0; a 3.1
/// description (Worldpay's Events description is one, with `webhooks`)
/// is down-converted first, so that it generates like a 3.0 one:
/// `type: [x, "null"]` becomes `type: x` + `nullable`, `const` a
/// one-value `enum`, a schema's `examples` array its first `example`,
/// numeric exclusive bounds 3.0's flags, a `$ref`'s siblings are dropped
/// (3.0 ignores them), and `webhooks` (messages Worldpay sends, not
/// operations a client calls) are removed; the component schemas their
/// bodies name, and every schema those reach, are returned (in that
/// order), to be generated as what is received.
pub(super) fn down_convert_31(
    doc: &mut Value,
    log: &mut Vec<String>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut webhook_schemas = BTreeSet::new();
    let is_31 = doc
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    if !is_31 {
        return (BTreeSet::new(), webhook_schemas);
    }
    let mut changes = 0usize;
    visit_all_schemas_mut(doc, &mut |s, _| down_convert_schema(s, &mut changes));
    // Webhook bodies, and the schemas they reach, before the webhooks go.
    let root = doc
        .as_object_mut()
        .expect("an OpenAPI document is an object");
    let webhooks = root.remove("webhooks");
    let mut stack = Vec::new();
    if let Some(w) = &webhooks {
        direct_refs(w, &mut stack);
    }
    let bodies: BTreeSet<String> = stack.iter().cloned().collect();
    let mut removed = Vec::new();
    if webhooks.is_some() {
        removed.push("webhooks");
    }
    for k in ["jsonSchemaDialect"] {
        if root.remove(k).is_some() {
            removed.push(k);
        }
    }
    if let Some(c) = root.get_mut("components").and_then(Value::as_object_mut)
        && c.remove("pathItems").is_some()
    {
        removed.push("components.pathItems");
    }
    root.entry("paths").or_insert_with(|| json!({}));
    root.insert("openapi".into(), json!("3.0.3"));
    // Webhooks' schemas (and theirs) are down-converted too.
    let comps = components(doc).cloned().unwrap_or_default();
    while let Some(n) = stack.pop() {
        if !webhook_schemas.insert(n.clone()) {
            continue;
        }
        if let Some(s) = comps.get(&n) {
            direct_refs(s, &mut stack);
        }
    }
    log.push(format!(
        "OpenAPI 3.1 down-converted to 3.0 ({changes} schema keywords rewritten{})",
        if removed.is_empty() {
            String::new()
        } else {
            format!("; removed: {}", removed.join(", "))
        }
    ));
    if !webhook_schemas.is_empty() {
        log.push(format!(
            "schemas of webhooks generated as received: {}",
            webhook_schemas
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    (bodies, webhook_schemas)
}
