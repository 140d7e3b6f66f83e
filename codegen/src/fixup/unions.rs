//! Discriminated unions: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

pub(super) fn is_union(schema: &Value) -> bool {
    schema.get("oneOf").is_some() && schema.get("discriminator").is_some()
}

/// Inline `oneOf` + `discriminator` schemas become named components, so
/// that the emitter can bind them.
pub(super) fn hoist_inline_unions(doc: &mut Value, log: &mut Vec<String>) {
    let before: BTreeSet<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    let names = hoist_matching(doc, &|s, _| is_union(s), &|h| vec![h.to_string()]);
    let new: Vec<&String> = names.iter().filter(|n| !before.contains(*n)).collect();
    if !new.is_empty() {
        log.push(format!(
            "inline discriminated unions named: {}",
            new.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

/// **`oneOf` + `discriminator`.** typify drops the discriminator and, when
/// the branches are `$ref`s, emits `#[serde(untagged)]`: a payload is then
/// matched against each branch in turn and the first that fits wins. For
/// Worldpay's authorization outcome that is dangerous: a refusal also fits
/// the "authorized" shape (every field optional), and a known Rust
/// integration lost refusal codes that way. Each discriminated union is
/// instead bound to an internally tagged enum the emitter writes
/// (`#[serde(tag = "<property>")]` semantics, newtype variants over the
/// branch structs, so every branch keeps its builder). In requests the tag
/// property is removed from the branch schemas: the enum writes it. Unions
/// read from responses are open: an unknown tag value is kept with its raw
/// fields, and every branch keeps its tag as a plain string, so an answer
/// re-serializes with the tag exactly as received (a branch may answer to
/// more than one spelling, see the emitter's `tag_aliases`).
pub(super) fn tagged_unions(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Result<Vec<Union>, String> {
    let names: Vec<String> = components(doc)
        .map(|c| {
            c.iter()
                .filter(|(_, s)| is_union(s))
                .map(|(n, _)| n.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut unions = Vec::new();
    // branch -> (tag, whether it is a branch of an open union)
    let mut tag_of_variant: BTreeMap<String, (String, bool)> = BTreeMap::new();
    for name in names {
        let schema = components(doc)
            .and_then(|c| c.get(&name))
            .cloned()
            .expect("listed");
        let tag = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{name}: discriminator without propertyName"))?
            .to_string();
        let mapping = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut variants = Vec::new();
        for branch in schema["oneOf"].as_array().expect("is_union") {
            let Some(target) = ref_name(branch) else {
                return Err(format!(
                    "{name}: a discriminated oneOf branch must be a $ref (OpenAPI 3.0 requires it)"
                ));
            };
            for value in mapping_values(&mapping, target) {
                variants.push((value, target.to_string()));
            }
        }
        let open = response_side.contains(&name);
        for branch in schema["oneOf"].as_array().expect("is_union") {
            if let Some(target) = ref_name(branch) {
                let entry = tag_of_variant
                    .entry(target.to_string())
                    .or_insert_with(|| (tag.clone(), open));
                entry.1 &= open;
            }
        }
        unions.push(Union {
            description: schema
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            name: name.clone(),
            tag,
            variants,
            open,
        });
        // Bound to the emitted enum; typify needs only a placeholder, which
        // still lists the branches so that reachability sees them.
        let branches = schema["oneOf"].clone();
        components_mut(doc).insert(
            name.clone(),
            json!({"type": "object", "x-union-branches": branches}),
        );
    }
    // The enum carries the tag; a branch used outside its unions keeps it.
    let union_names: BTreeSet<String> = unions.iter().map(|u| u.name.clone()).collect();
    let mut inlined = Vec::new();
    let mut emptied = Vec::new();
    for (variant, (tag, open)) in &tag_of_variant {
        let used_elsewhere = components(doc)
            .map(|c| {
                c.iter().any(|(n, s)| {
                    if union_names.contains(n) {
                        return false;
                    }
                    let mut refs = Vec::new();
                    direct_refs(s, &mut refs);
                    refs.contains(variant)
                })
            })
            .unwrap_or(false);
        if used_elsewhere {
            return Err(format!(
                "{variant} is a branch of a discriminated union and also used on its own; \
                 split it in a named patch"
            ));
        }
        if !*open && inline_bases_declaring(doc, variant, tag) {
            inlined.push(variant.clone());
        }
        if let Some(s) = components_mut(doc).get_mut(variant) {
            if *open {
                keep_tag_as_received(s, tag);
            } else {
                remove_property(s, tag);
                if close_if_empty(s) {
                    emptied.push(variant.clone());
                }
            }
        }
    }
    if !emptied.is_empty() {
        log.push(format!(
            "request union branches with no field but the tag made empty objects (no field of \
             their own to send, the tag written by the union): {}",
            emptied.join(", ")
        ));
    }
    if !inlined.is_empty() {
        log.push(format!(
            "request union branches given the schema they extend inline, its tag removed: {}",
            inlined.join(", ")
        ));
    }
    if !unions.is_empty() {
        log.push(format!(
            "discriminated unions bound to internally tagged enums: {}",
            unions
                .iter()
                .map(|u| format!(
                    "{} (on `{}`{})",
                    u.name,
                    u.tag,
                    if u.open { ", open" } else { "" }
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(unions)
}

/// A request union's branch that extends a schema declaring the tag
/// (`allOf: [{$ref: PaymentsPaymentInstrument}, {type: plain, …}]`, the
/// base saying only `type: string`) gets that schema inline in place of
/// the `$ref`, so that the tag is removed there too. Left as a reference,
/// typify merges the two declarations into a free-text `type_` field that
/// the branch serializes beside the tag the enum writes
/// (`{"type":"plain", …, "type":"<anything>"}`), and its constructor asks
/// for it. Returns whether a part was inlined.
fn inline_bases_declaring(doc: &mut Value, variant: &str, tag: &str) -> bool {
    let comps = components(doc).cloned().unwrap_or_default();
    let declares = |s: &Value| {
        let own = s.pointer(&format!("/properties/{tag}")).is_some();
        let in_parts = s
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|parts| {
                parts
                    .iter()
                    .any(|p| p.pointer(&format!("/properties/{tag}")).is_some())
            });
        own || in_parts
    };
    let Some(parts) = components_mut(doc)
        .get_mut(variant)
        .and_then(|s| s.get_mut("allOf"))
        .and_then(Value::as_array_mut)
    else {
        return false;
    };
    let mut changed = false;
    for part in parts.iter_mut() {
        let Some(base) = ref_name(part).and_then(|n| comps.get(n)) else {
            continue;
        };
        if !declares(base) {
            continue;
        }
        let mut copy = base.clone();
        if let Some(o) = copy.as_object_mut() {
            o.remove("discriminator");
            o.remove("description");
        }
        *part = copy;
        changed = true;
    }
    changed
}

/// A request union's branch left with no property once its tag is removed
/// (Card Payments v7's `authenticationOutage` exemption) says so:
/// `properties: {}` and `additionalProperties: false`. Left as a bare
/// `type: object`, typify makes it a free map, which needs building by
/// hand and could carry a second tag. Returns whether it was closed.
fn close_if_empty(schema: &mut Value) -> bool {
    let has_props = |s: &Value| {
        s.get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty())
    };
    let parts_have_props = schema
        .get("allOf")
        .and_then(Value::as_array)
        .is_some_and(|parts| {
            parts
                .iter()
                .any(|p| has_props(p) || p.get("$ref").is_some())
        });
    let Some(o) = schema.as_object_mut() else {
        return false;
    };
    if has_props(&Value::Object(o.clone()))
        || parts_have_props
        || o.contains_key("additionalProperties")
        || ["oneOf", "anyOf"].iter().any(|k| o.contains_key(*k))
    {
        return false;
    }
    o.insert("type".into(), json!("object"));
    o.insert("properties".into(), json!({}));
    o.insert("additionalProperties".into(), json!(false));
    true
}

/// An open union's branch keeps its tag as a required plain string (no
/// constant, no constraint): the union has chosen the branch by then, and
/// the value is kept exactly as received.
pub(super) fn keep_tag_as_received(schema: &mut Value, prop: &str) {
    // A branch built by `allOf` declares its tag in a part: that
    // declaration is the one made plain.
    let mut in_part = false;
    if let Some(all) = schema.get_mut("allOf").and_then(Value::as_array_mut) {
        for part in all {
            if let Some(p) = part
                .get_mut("properties")
                .and_then(Value::as_object_mut)
                .and_then(|props| props.get_mut(prop))
            {
                let description = p
                    .get("description")
                    .cloned()
                    .unwrap_or_else(|| json!("The tag of this branch, as received."));
                *p = json!({"type": "string", "description": description});
                in_part = true;
                let required = part
                    .as_object_mut()
                    .expect("object")
                    .entry("required")
                    .or_insert_with(|| json!([]));
                if let Some(req) = required.as_array_mut()
                    && !req.iter().any(|v| v.as_str() == Some(prop))
                {
                    req.push(json!(prop));
                }
            }
        }
    }
    let has_props = schema
        .get("properties")
        .and_then(Value::as_object)
        .is_some();
    if in_part && !has_props {
        return;
    }
    let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    let description = props
        .get(prop)
        .and_then(|p| p.get("description"))
        .cloned()
        .unwrap_or_else(|| json!("The tag of this branch, as received."));
    props.insert(
        prop.to_string(),
        json!({"type": "string", "description": description}),
    );
    let required = schema
        .as_object_mut()
        .expect("object")
        .entry("required")
        .or_insert_with(|| json!([]));
    if let Some(req) = required.as_array_mut()
        && !req.iter().any(|v| v.as_str() == Some(prop))
    {
        req.push(json!(prop));
    }
}

pub(super) fn remove_property(schema: &mut Value, prop: &str) {
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        props.remove(prop);
    }
    if let Some(req) = schema.get_mut("required").and_then(Value::as_array_mut) {
        req.retain(|v| v.as_str() != Some(prop));
        if req.is_empty() {
            schema.as_object_mut().expect("object").remove("required");
        }
    }
    if let Some(all) = schema.get_mut("allOf").and_then(Value::as_array_mut) {
        for s in all {
            remove_property(s, prop);
        }
    }
}
