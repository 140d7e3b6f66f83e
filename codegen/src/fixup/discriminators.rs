//! Discriminator values: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Discriminators with a mapping and no `oneOf`.** OpenAPI lets a base
/// schema name its shapes only by `discriminator.mapping` (Worldpay's
/// Payments API (2024-06-01) tags its payment answers on `outcome` that
/// way: `PaymentsResponse201` maps `authorized`, `refused`, … to their own
/// schemas, and lists only `outcome` and `transactionReference` itself).
/// Generated as written, the answer would be a struct of those two fields
/// and everything else Worldpay sends would be dropped. The base becomes
/// the `oneOf` of its mapping's targets (each once, in mapping order),
/// keeping its discriminator and description: a tagged union like any
/// other, open on answers. A branch that extends the base (`allOf` with
/// the base's `$ref`, as the customer agreements do) gets the base's own
/// fields in place of the reference; any other branch gets the base's
/// properties it does not list itself (the base's fields hold for every
/// shape), and each such addition is logged.
pub(super) fn mapping_only_unions(doc: &mut Value, log: &mut Vec<String>) -> Result<(), String> {
    let comps = components(doc).cloned().unwrap_or_default();
    let mut changed = Vec::new();
    let mut added = Vec::new();
    let mut unions: Vec<(String, BTreeSet<String>)> = Vec::new();
    for (name, schema) in &comps {
        let has_union = ["oneOf", "anyOf", "allOf"]
            .iter()
            .any(|k| schema.get(*k).is_some());
        let Some(mapping) = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
        else {
            continue;
        };
        if has_union || mapping.is_empty() {
            continue;
        }
        let mut targets: Vec<String> = Vec::new();
        for v in mapping.values() {
            let Some(t) = v.as_str() else { continue };
            let t = t.rsplit('/').next().unwrap_or(t).to_string();
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
        if targets.iter().any(|t| t == name) {
            continue;
        }
        let own: Vec<String> = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        // The base's own fields, for branches that extend it by `allOf`.
        let mut fields = schema.clone();
        if let Some(f) = fields.as_object_mut() {
            f.remove("discriminator");
            f.remove("description");
        }
        let base_ref = format!("#/components/schemas/{name}");
        for t in &targets {
            let Some(branch) = comps.get(t) else {
                return Err(format!(
                    "schema `{name}`: discriminator mapping names `{t}`, which is not a component"
                ));
            };
            let extends = branch
                .get("allOf")
                .and_then(Value::as_array)
                .is_some_and(|parts| {
                    parts
                        .iter()
                        .any(|p| p.get("$ref").and_then(Value::as_str) == Some(&base_ref))
                });
            if extends {
                // `allOf: [base, own]` becomes `allOf: [base's fields, own]`:
                // the base is now the union of its branches.
                if let Some(parts) = components_mut(doc)
                    .get_mut(t)
                    .and_then(|b| b.get_mut("allOf"))
                    .and_then(Value::as_array_mut)
                {
                    for p in parts.iter_mut() {
                        if p.get("$ref").and_then(Value::as_str) == Some(&base_ref) {
                            *p = fields.clone();
                        }
                    }
                }
                continue;
            }
            // A branch that lists its own properties gets those of the
            // base's it lacks: the base's fields hold for every shape, and
            // none Worldpay sends is dropped.
            for p in &own {
                if branch.pointer(&format!("/properties/{p}")).is_some() {
                    continue;
                }
                let prop = schema["properties"][p].clone();
                if let Some(props) = components_mut(doc)
                    .get_mut(t)
                    .and_then(Value::as_object_mut)
                    .map(|b| b.entry("properties").or_insert_with(|| json!({})))
                    .and_then(Value::as_object_mut)
                {
                    props.insert(p.clone(), prop);
                    added.push(format!("{t}.{p}"));
                }
            }
        }
        let mut union = serde_json::Map::new();
        if let Some(d) = schema.get("description") {
            union.insert("description".into(), d.clone());
        }
        union.insert(
            "oneOf".into(),
            Value::Array(
                targets
                    .iter()
                    .map(|t| json!({"$ref": format!("#/components/schemas/{t}")}))
                    .collect(),
            ),
        );
        union.insert("discriminator".into(), schema["discriminator"].clone());
        components_mut(doc).insert(name.clone(), Value::Object(union));
        changed.push(name.clone());
        unions.push((
            name.clone(),
            targets.iter().cloned().collect::<BTreeSet<_>>(),
        ));
    }
    // The same, inline (the card instruction's `paymentInstrument`): the
    // inline base lists only the tag, which every branch has.
    let mut inline = 0usize;
    visit_all_schemas_mut(doc, &mut |s, _| {
        let has_union = ["oneOf", "anyOf", "allOf"]
            .iter()
            .any(|k| s.get(*k).is_some());
        let Some(mapping) = s
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
        else {
            return;
        };
        if has_union || mapping.is_empty() {
            return;
        }
        let mut targets: Vec<String> = Vec::new();
        for v in mapping.values() {
            let Some(t) = v.as_str() else { continue };
            if !targets.iter().any(|x| x == t) {
                targets.push(t.to_string());
            }
        }
        let mut union = serde_json::Map::new();
        if let Some(d) = s.get("description") {
            union.insert("description".into(), d.clone());
        }
        union.insert(
            "oneOf".into(),
            Value::Array(
                targets
                    .iter()
                    .map(|t| {
                        if t.starts_with('#') {
                            json!({ "$ref": t })
                        } else {
                            json!({ "$ref": format!("#/components/schemas/{t}") })
                        }
                    })
                    .collect(),
            ),
        );
        union.insert("discriminator".into(), s["discriminator"].clone());
        *s = Value::Object(union);
        inline += 1;
    });
    if inline > 0 {
        log.push(format!(
            "{inline} inline discriminators with a mapping only made unions of their mapping's schemas"
        ));
    }
    // A plain `oneOf` of exactly a union's branches, written out elsewhere
    // (the card instruction's `customerAgreement`), is that union.
    let mut same = 0usize;
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(branches) = s.get("oneOf").and_then(Value::as_array) else {
            return;
        };
        if s.get("discriminator").is_some() {
            return;
        }
        let refs: BTreeSet<String> = branches
            .iter()
            .filter_map(|b| ref_name(b).map(str::to_string))
            .collect();
        if refs.len() != branches.len() {
            return;
        }
        if let Some((union, _)) = unions.iter().find(|(_, t)| *t == refs) {
            let description = s.get("description").cloned();
            *s = json!({"$ref": format!("#/components/schemas/{union}")});
            if let Some(d) = description {
                s["description"] = d;
            }
            same += 1;
        }
    });
    if same > 0 {
        log.push(format!(
            "{same} plain oneOf lists of a union's branches made references to the union"
        ));
    }
    log_names(
        log,
        "discriminators with a mapping only made unions of their mapping's schemas",
        changed.iter().map(String::as_str),
    );
    log_names(
        log,
        "base properties added to the branches that did not list them",
        added.iter().map(String::as_str),
    );
    Ok(())
}

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
