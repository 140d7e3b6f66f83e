//! Small helpers over `serde_json::Value` for walking and rewriting
//! OpenAPI documents and the JSON Schemas inside them.

use serde_json::{Map, Value};

/// The prefix of a local component schema reference.
pub const SCHEMA_REF: &str = "#/components/schemas/";

/// The component name a `{"$ref": "#/components/schemas/X"}` points at.
pub fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix(SCHEMA_REF)
}

/// `{"$ref": "#/components/schemas/<name>"}`.
pub fn schema_ref(name: &str) -> Value {
    let mut m = Map::new();
    m.insert("$ref".into(), Value::String(format!("{SCHEMA_REF}{name}")));
    Value::Object(m)
}

/// The `components.schemas` map, created if missing.
pub fn components_mut(doc: &mut Value) -> &mut Map<String, Value> {
    let root = doc
        .as_object_mut()
        .expect("an OpenAPI document is an object");
    root.entry("components")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .expect("components is an object")
        .entry("schemas")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .expect("components.schemas is an object")
}

/// The `components.schemas` map, if any.
pub fn components(doc: &Value) -> Option<&Map<String, Value>> {
    doc.get("components")?.get("schemas")?.as_object()
}

/// The HTTP methods an OpenAPI path item may hold, in a fixed order.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Calls `f` for every direct subschema of `schema`, with a name hint for it.
///
/// Hints follow typify's own naming of inline types (`Parent` + `Property`),
/// so a subschema hoisted into a named component gets the name typify would
/// have given it anyway.
pub fn for_each_child_mut(schema: &mut Value, hint: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
        for (k, v) in props.iter_mut() {
            f(v, &format!("{hint}_{k}"));
        }
    }
    if let Some(items) = obj.get_mut("items") {
        f(items, &format!("{hint}_item"));
    }
    if let Some(ap) = obj.get_mut("additionalProperties")
        && ap.is_object()
    {
        f(ap, &format!("{hint}_value"));
    }
    for key in ["allOf", "anyOf"] {
        if let Some(list) = obj.get_mut(key).and_then(Value::as_array_mut) {
            for v in list.iter_mut() {
                f(v, hint);
            }
        }
    }
    if let Some(list) = obj.get_mut("oneOf").and_then(Value::as_array_mut) {
        for (i, v) in list.iter_mut().enumerate() {
            f(v, &format!("{hint}_variant{i}"));
        }
    }
}

/// Walks `schema` and all its inline subschemas, pre-order.
pub fn walk_mut(schema: &mut Value, hint: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    f(schema, hint);
    for_each_child_mut(schema, hint, &mut |child, h| walk_mut(child, h, f));
}

/// Every schema root of an OpenAPI document: component schemas, request
/// bodies, responses and parameters, each with a name hint and whether it is
/// read from a response.
pub struct Root {
    /// A JSON pointer to the schema.
    pub pointer: String,
    /// The name typify would give an inline type here.
    pub hint: String,
}

/// Schema roots of the operations (not the components).
pub fn operation_roots(doc: &Value) -> Vec<(Root, Side)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let op_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or("operation")
                .to_string();
            let base = format!("/paths/{}/{method}", escape_pointer(path));
            if let Some(content) = op
                .get("requestBody")
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object)
            {
                for (mt, media) in content {
                    if media.get("schema").is_some() {
                        out.push((
                            Root {
                                pointer: format!(
                                    "{base}/requestBody/content/{}/schema",
                                    escape_pointer(mt)
                                ),
                                hint: format!("{op_id}Request"),
                            },
                            Side::Request,
                        ));
                    }
                }
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (status, response) in responses {
                    let Some(content) = response.get("content").and_then(Value::as_object) else {
                        continue;
                    };
                    for (mt, media) in content {
                        if media.get("schema").is_some() {
                            out.push((
                                Root {
                                    pointer: format!(
                                        "{base}/responses/{status}/content/{}/schema",
                                        escape_pointer(mt)
                                    ),
                                    hint: format!("{op_id}Response"),
                                },
                                Side::Response,
                            ));
                        }
                    }
                }
            }
            if let Some(params) = op.get("parameters").and_then(Value::as_array) {
                for (i, p) in params.iter().enumerate() {
                    if p.get("schema").is_some() {
                        let name = p.get("name").and_then(Value::as_str).unwrap_or("param");
                        out.push((
                            Root {
                                pointer: format!("{base}/parameters/{i}/schema"),
                                hint: format!("{op_id}_{name}"),
                            },
                            Side::Request,
                        ));
                    }
                }
            }
        }
    }
    out
}

/// Which way a schema's data travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Sent by the client: constraints are enforced.
    Request,
    /// Received from Worldpay: read leniently.
    Response,
}

/// Escapes a JSON pointer token (RFC 6901).
pub fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Collects the names of every component `schema` refers to, directly.
pub fn direct_refs(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref")
                && let Some(name) = r.strip_prefix(SCHEMA_REF)
            {
                out.push(name.to_string());
            }
            for (k, v) in m {
                // Examples are data, not schemas.
                if k == "example" || k == "examples" || k == "enum" || k == "default" {
                    continue;
                }
                direct_refs(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| direct_refs(v, out)),
        _ => {}
    }
}

/// Rewrites every `$ref` to component `from` inside `value` to point at `to`.
pub fn rewrite_refs(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref")
                && r.strip_prefix(SCHEMA_REF) == Some(from)
            {
                *r = format!("{SCHEMA_REF}{to}");
            }
            for (k, v) in m.iter_mut() {
                if k != "example" && k != "examples" {
                    rewrite_refs(v, from, to);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| rewrite_refs(v, from, to)),
        _ => {}
    }
}

/// typify's name for a component schema: `card_plain` → `CardPlain`.
pub fn type_name(schema_name: &str) -> String {
    use heck::ToPascalCase;
    let cleaned: String = schema_name
        .replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let out = cleaned.to_pascal_case();
    match out.chars().next() {
        Some(c) if c.is_alphabetic() => out,
        _ => format!("X{out}"),
    }
}
