//! Several success answers: a family of the fix-up stage's passes (see the
//! stage's documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// An operation whose success statuses carry different bodies, answered
/// as one enum keyed by status.
#[derive(Debug, Clone)]
pub struct SuccessAnswer {
    /// The `operationId`.
    pub operation: String,
    /// The enum's component-style name (`<operationId>Answer`).
    pub name: String,
    /// `(status, component of its body, the response's description)`, in
    /// document order; `None`: the status has no body.
    pub variants: Vec<(String, Option<String>, String)>,
}

/// The JSON body schema of a response, if it has one.
fn body_schema(response: &Value) -> Option<&Value> {
    let content = response.get("content")?.as_object()?;
    content
        .iter()
        .find(|(k, _)| is_json(k))
        .or_else(|| content.iter().next())
        .and_then(|(_, m)| m.get("schema"))
}

fn body_schema_mut(response: &mut Value) -> Option<&mut Value> {
    let content = response.get_mut("content")?.as_object_mut()?;
    let key = content
        .keys()
        .find(|k| is_json(k))
        .or_else(|| content.keys().next())?
        .clone();
    content.get_mut(&key)?.get_mut("schema")
}

/// The success statuses of an operation.
fn successes(op: &Value) -> Vec<String> {
    op.get("responses")
        .and_then(Value::as_object)
        .map(|r| r.keys().filter(|s| s.starts_with('2')).cloned().collect())
        .unwrap_or_default()
}

/// Whether an operation's success bodies differ, compared *by value*
/// (two inline schemas are not the same because both lack a name; no body
/// differs from any body).
fn differ(op: &Value) -> bool {
    let responses = &op["responses"];
    let bodies: Vec<Option<&Value>> = successes(op)
        .iter()
        .map(|s| body_schema(&responses[s.as_str()]))
        .collect();
    bodies.windows(2).any(|w| w[0] != w[1])
}

/// **Several success statuses with different bodies** (201 "created" with
/// one schema, 200 "already exists" with another, 204 with none).
/// progenitor gives an operation one success type: it stops on different
/// component schemas and, comparing inline schemas by name only, silently
/// keeps the first of two different inline bodies. Here bodies are
/// compared by value; where they differ, each inline success body becomes
/// a component (`<operationId>_<status>`), so that none is lost and each
/// is read as answers are (lenient, open enums). [`success_answers`] later
/// binds the operation to an enum keyed by status.
pub(super) fn name_success_bodies(doc: &mut Value, log: &mut Vec<String>) {
    let mut hoisted = Vec::new();
    let mut ops = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in METHODS {
                if let Some(op) = item.get(method)
                    && differ(op)
                {
                    ops.push((path.clone(), method, op["operationId"].clone()));
                }
            }
        }
    }
    for (path, method, id) in ops {
        let id = id.as_str().unwrap_or("operation").to_string();
        let pointer = format!("/paths/{}/{method}", crate::json::escape_pointer(&path));
        let statuses = successes(doc.pointer(&pointer).expect("listed"));
        for status in statuses {
            let response = doc
                .pointer_mut(&format!("{pointer}/responses/{status}"))
                .expect("listed");
            let Some(schema) = body_schema_mut(response) else {
                continue;
            };
            if ref_name(schema).is_some() {
                continue;
            }
            let taken = std::mem::take(schema);
            let name = hoist(doc, &[format!("{id}_{status}")], taken);
            let response = doc
                .pointer_mut(&format!("{pointer}/responses/{status}"))
                .expect("listed");
            *body_schema_mut(response).expect("had one") = schema_ref(&name);
            hoisted.push(name);
        }
    }
    log_names(
        log,
        "inline success bodies that differ by value named, so that none is lost",
        hoisted.iter().map(String::as_str),
    );
}

/// The second half of [`name_success_bodies`], once the answers' schemas
/// have their final (response-side) names: every operation whose success
/// bodies differ is answered as an enum keyed by status, one variant per
/// status, holding its body, or none where the status has no body. Its
/// success responses are then collapsed, for progenitor, to one status
/// without a body; the runtime's executor, which knows from the operation
/// table that the statuses differ, hands the enum the status with the
/// body. Returns the enums and the components they keep alive.
pub(super) fn success_answers(
    doc: &mut Value,
    operations: &mut [Operation],
    log: &mut Vec<String>,
) -> Vec<SuccessAnswer> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return out;
    };
    let mut wanted = Vec::new();
    for item in paths.values_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(method) else {
                continue;
            };
            if !differ(op) {
                continue;
            }
            let id = op["operationId"].as_str().unwrap_or_default().to_string();
            let responses = op["responses"].as_object_mut().expect("has successes");
            let mut variants = Vec::new();
            for status in responses
                .keys()
                .filter(|s| s.starts_with('2'))
                .cloned()
                .collect::<Vec<_>>()
            {
                let r = responses.remove(&status).expect("listed");
                let description = r
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                variants.push((
                    status,
                    body_schema(&r).and_then(ref_name).map(str::to_string),
                    description,
                ));
            }
            responses.insert(
                variants[0].0.clone(),
                json!({"description": "One of several success answers (see the enum)."}),
            );
            wanted.push((id, variants));
        }
    }
    for (id, variants) in wanted {
        let comps = components_mut(doc);
        let base = format!("{id}Answer");
        let mut name = base.clone();
        let mut n = 2;
        while comps.contains_key(&name) || rust_name_taken(comps, &name) {
            name = format!("{base}{n}");
            n += 1;
        }
        if let Some(op) = operations.iter_mut().find(|o| o.id == id) {
            op.success = variants
                .iter()
                .map(|(s, schema, _)| (s.clone(), schema.clone()))
                .collect();
            op.answer = Some(name.clone());
        }
        out.push(SuccessAnswer {
            operation: id,
            name,
            variants,
        });
    }
    log_names(
        log,
        "operations answering different bodies by success status, answered as an enum keyed by status",
        out.iter().map(|a| a.operation.as_str()),
    );
    out
}
