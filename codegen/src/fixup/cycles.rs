//! Composition cycles: a family of the fix-up stage's passes (see the
//! stage's documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// The components a component is composed of: the `$ref` members of its
/// `allOf`, `oneOf` and `anyOf`.
fn composed_of(schema: &Value) -> Vec<String> {
    ["allOf", "oneOf", "anyOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten()
        .filter_map(ref_name)
        .map(str::to_string)
        .collect()
}

/// Whether `to` is reachable from `from` by composition.
fn composes(comps: &Map<String, Value>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_string()];
    while let Some(n) = stack.pop() {
        if n == to {
            return true;
        }
        if !seen.insert(n.clone()) {
            continue;
        }
        if let Some(s) = comps.get(&n) {
            stack.extend(composed_of(s));
        }
    }
    false
}

/// **`allOf` cycles.** A union whose branches each say `allOf: [the
/// union]` (the branch "is a" union member) is a cycle that validators
/// and generators recurse into forever. Each `allOf` member that leads
/// back to its own schema is removed, and what it contributed, apart from
/// the cycle, is kept: its `required` (and, for a discriminated union, its
/// tag, which every branch must carry) and its `properties`, the branch's
/// own winning.
pub(super) fn break_allof_cycles(doc: &mut Value, log: &mut Vec<String>) {
    let mut broken = Vec::new();
    let names: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        loop {
            let comps = components(doc).expect("listed");
            let s = &comps[&name];
            let Some(target) = s
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(ref_name)
                .find(|t| composes(comps, t, &name))
                .map(str::to_string)
            else {
                break;
            };
            let parent = comps.get(&target).cloned().unwrap_or_default();
            let obj = components_mut(doc)
                .get_mut(&name)
                .and_then(Value::as_object_mut)
                .expect("listed");
            let all = obj
                .get_mut("allOf")
                .and_then(Value::as_array_mut)
                .expect("has allOf");
            all.retain(|m| ref_name(m) != Some(target.as_str()));
            if all.is_empty() {
                obj.remove("allOf");
            }
            // What the parent contributed.
            let mut wanted: Vec<Value> = parent
                .get("required")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if let Some(tag) = parent.pointer("/discriminator/propertyName")
                && !wanted.contains(tag)
            {
                wanted.push(tag.clone());
            }
            if !wanted.is_empty() {
                let required = obj.entry("required").or_insert_with(|| json!([]));
                if let Some(req) = required.as_array_mut() {
                    let new: Vec<Value> = wanted.into_iter().filter(|w| !req.contains(w)).collect();
                    for (i, w) in new.into_iter().enumerate() {
                        req.insert(i, w);
                    }
                }
            }
            if let Some(props) = parent.get("properties").and_then(Value::as_object) {
                let mine = obj
                    .entry("properties")
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                    .expect("properties is an object");
                for (k, v) in props {
                    mine.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
            broken.push(format!("{name} → {target}"));
        }
    }
    log_names(
        log,
        "allOf cycles broken (the member leading back removed, its required fields and tag kept)",
        broken.iter().map(String::as_str),
    );
}
