//! Discriminator values: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Discriminator values as constants.** OpenAPI says a discriminator's
/// value selects the branch, but Worldpay's response branches declare the
/// tag as a plain `string` (`outcome: string` in the authorized, sent for
/// settlement and refused shapes alike). A JSON Schema validator, which
/// knows nothing of discriminators, then finds an authorized response valid
/// under all three branches of the `oneOf` and rejects it. Each branch's
/// tag property gets the `enum` its mapping implies (when the branch is
/// used with one value only), so that plain validators (schemathesis, the
/// validation document) agree with the description's intent.
pub(super) fn discriminator_constants(doc: &mut Value, log: &mut Vec<String>) {
    // branch component -> (tag, values)
    let mut wanted: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let mut clash = BTreeSet::new();
    let mut d = doc.clone();
    visit_all_schemas_mut(&mut d, &mut |s, _| {
        if !is_union(s) {
            return;
        }
        let Some(tag) = s
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
        else {
            return;
        };
        let mapping = s
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for b in s["oneOf"].as_array().into_iter().flatten() {
            let Some(target) = ref_name(b) else { continue };
            let entry = wanted
                .entry(target.to_string())
                .or_insert_with(|| (tag.to_string(), BTreeSet::new()));
            if entry.0 != tag {
                clash.insert(target.to_string());
            }
            entry.1.extend(mapping_values(&mapping, target));
        }
    });
    let mut changed = Vec::new();
    for (branch, (tag, values)) in wanted {
        if values.len() != 1 || clash.contains(&branch) {
            continue;
        }
        let value = values.into_iter().next().expect("one");
        let Some(prop) = components_mut(doc)
            .get_mut(&branch)
            .and_then(|s| s.get_mut("properties"))
            .and_then(|p| p.get_mut(&tag))
        else {
            continue;
        };
        let is_plain_string = prop.get("type").and_then(Value::as_str) == Some("string")
            && prop.get("enum").is_none();
        let is_ref = ref_name(prop).is_some();
        if is_plain_string || is_ref {
            let description = prop.get("description").cloned();
            *prop = json!({"type": "string", "enum": [value]});
            if let Some(d) = description {
                prop["description"] = d;
            }
            changed.push(branch);
        }
    }
    log_names(
        log,
        "discriminator values set as constants on their branches",
        changed.iter().map(String::as_str),
    );
}

/// The discriminator value of branch `target` (OpenAPI 3.0: a mapping value
/// is a reference or a bare schema name; unmapped, the value is the name).
///
/// A branch may carry several values (IPS Cloud's card instrument answers
/// to `card/present`, `card/keyed`, `card/not-present` and `card/token`):
/// all of them are returned, in mapping order.
pub(super) fn mapping_values(mapping: &Map<String, Value>, target: &str) -> Vec<String> {
    let values: Vec<String> = mapping
        .iter()
        .filter(|(_, v)| {
            v.as_str().map(|v| v.strip_prefix(SCHEMA_REF).unwrap_or(v)) == Some(target)
        })
        .map(|(k, _)| k.clone())
        .collect();
    if values.is_empty() {
        vec![target.to_string()]
    } else {
        values
    }
}
