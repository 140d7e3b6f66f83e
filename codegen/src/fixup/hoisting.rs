//! Names and hoisting: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// A schema's `description`, if any.
pub(super) fn description(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Logs `what: a, b, c` when there is anything to list.
pub(super) fn log_names<'a>(
    log: &mut Vec<String>,
    what: &str,
    names: impl Iterator<Item = &'a str>,
) {
    let names: Vec<&str> = names.collect();
    if !names.is_empty() {
        log.push(format!("{what}: {}", names.join(", ")));
    }
}

/// Whether a name hint lies inside one of the `side` components.
pub(super) fn within(side: &BTreeSet<String>, hint: &str) -> bool {
    side.iter()
        .any(|n| hint == n || hint.starts_with(&format!("{n}_")))
}

/// Adds `schema` as a component named after `hint` (or reuses an identical
/// one) and returns the name.
/// Two component names that differ (`Payment_result`, `PaymentResult`)
/// can still be one Rust type name: a hoisted component must not take a
/// name whose Rust type another component already has.
pub(super) fn rust_name_taken(comps: &Map<String, Value>, name: &str) -> bool {
    let wanted = crate::json::type_name(name);
    comps
        .keys()
        .any(|k| k != name && crate::json::type_name(k) == wanted)
}

pub(super) fn hoist(doc: &mut Value, candidates: &[String], schema: Value) -> String {
    let comps = components_mut(doc);
    for c in candidates {
        match comps.get(c) {
            None if !rust_name_taken(comps, c) => {
                comps.insert(c.clone(), schema);
                return c.clone();
            }
            Some(existing) if *existing == schema => return c.clone(),
            _ => {}
        }
    }
    let hint = candidates.last().expect("at least one name");
    let mut name = format!("{hint}Value");
    let mut n = 2;
    loop {
        match comps.get(&name) {
            None if !rust_name_taken(comps, &name) => {
                comps.insert(name.clone(), schema);
                return name;
            }
            Some(existing) if *existing == schema => return name,
            _ => {
                name = format!("{hint}Value{n}");
                n += 1;
            }
        }
    }
}

/// Rewrites inline subschemas matching `pred` into named components,
/// everywhere in the document (components hoisted this way are visited
/// too). Returns the names of the hoisted components, and of existing
/// components that matched.
pub(super) fn hoist_matching(
    doc: &mut Value,
    pred: &dyn Fn(&Value, &str) -> bool,
    name_for: &dyn Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let mut matched = Vec::new();
    let mut pending: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    // Components that match themselves need no hoisting.
    for name in &pending {
        if let Some(s) = components(doc).and_then(|c| c.get(name))
            && pred(s, name)
        {
            matched.push(name.clone());
        }
    }
    let mut todo: Vec<(Value, String)> = Vec::new();
    // Operation roots first, then components (hoisting adds components).
    for (root, _) in operation_roots(doc) {
        let Some(mut s) = doc.pointer(&root.pointer).cloned() else {
            continue;
        };
        if pred(&s, &root.hint) && ref_name(&s).is_none() {
            let name = hoist(doc, &name_for(&root.hint), s);
            *doc.pointer_mut(&root.pointer).expect("listed") = schema_ref(&name);
            matched.push(name.clone());
            pending.push(name);
            continue;
        }
        collect_hoists(&mut s, &root.hint, pred, &mut todo);
        *doc.pointer_mut(&root.pointer).expect("listed") = s;
    }
    while let Some(name) = pending.pop() {
        let Some(mut s) = components(doc).and_then(|c| c.get(&name)).cloned() else {
            continue;
        };
        collect_hoists(&mut s, &name, pred, &mut todo);
        components_mut(doc).insert(name.clone(), s);
        for (schema, hint) in todo.drain(..) {
            let new = hoist(doc, &name_for(&hint), schema);
            // The placeholder left by collect_hoists names the hint.
            replace_placeholder(doc, &hint, &new);
            matched.push(new.clone());
            pending.push(new);
        }
    }
    matched.sort();
    matched.dedup();
    matched
}

pub(super) const PLACEHOLDER: &str = "x-fixup-hoist";

pub(super) fn collect_hoists(
    schema: &mut Value,
    hint: &str,
    pred: &dyn Fn(&Value, &str) -> bool,
    todo: &mut Vec<(Value, String)>,
) {
    for_each_child_mut(schema, hint, &mut |child, h| {
        if ref_name(child).is_none() && pred(child, h) {
            let taken = std::mem::replace(child, json!({ PLACEHOLDER: h }));
            todo.push((taken, h.to_string()));
        } else {
            collect_hoists(child, h, pred, todo);
        }
    });
}

pub(super) fn replace_placeholder(doc: &mut Value, hint: &str, name: &str) {
    fn go(v: &mut Value, hint: &str, name: &str) {
        match v {
            Value::Object(m) => {
                if m.get(PLACEHOLDER).and_then(Value::as_str) == Some(hint) && m.len() == 1 {
                    *v = schema_ref(name);
                    return;
                }
                for val in m.values_mut() {
                    go(val, hint, name);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, hint, name)),
            _ => {}
        }
    }
    go(doc, hint, name);
}
