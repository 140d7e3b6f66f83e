//! Sensitive strings: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Card data and secrets.** typify derives `Debug` on every struct and
/// builder, so a `CardPlain` would print its card number in any log line
/// or error. Every property in [`SENSITIVE_PROPERTIES`] gets a named
/// component, bound to an emitted newtype whose `Debug` is redacted and
/// which enforces the schema's length and pattern itself on the request
/// side (the typify checks it replaces).
pub(super) fn sensitive_strings(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    marked: &[String],
    log: &mut Vec<String>,
) -> Vec<Sensitive> {
    let mut targets: BTreeSet<String> = BTreeSet::new();
    // Named schemas referenced by a sensitive property.
    let mut direct = Vec::new();
    let mut doc2 = doc.clone();
    visit_all_schemas_mut(&mut doc2, &mut |s, _| {
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                if SENSITIVE_PROPERTIES.contains(&k.as_str())
                    && let Some(n) = ref_name(v)
                {
                    direct.push(n.to_string());
                }
            }
        }
    });
    targets.extend(direct);
    targets.extend(marked.iter().cloned());
    let hoisted = hoist_matching(
        doc,
        &|s, hint| {
            s.get("type").and_then(Value::as_str) == Some("string")
                && SENSITIVE_PROPERTIES
                    .iter()
                    .any(|p| hint.ends_with(&format!("_{p}")))
        },
        &|h| {
            // `walletToken` rather than `card_wallet_applepay_walletToken`
            // when the shape is the same; the full name otherwise.
            vec![h.rsplit('_').next().unwrap_or(h).to_string(), h.to_string()]
        },
    );
    targets.extend(hoisted);
    let mut out = Vec::new();
    for name in targets {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if s.get("type").and_then(Value::as_str) != Some("string") {
            continue;
        }
        let enforce = !response_side.contains(&name);
        let get_u = |k: &str| {
            if enforce {
                s.get(k).and_then(Value::as_u64)
            } else {
                None
            }
        };
        out.push(Sensitive {
            name: name.clone(),
            min_length: get_u("minLength"),
            max_length: get_u("maxLength"),
            pattern: if enforce {
                s.get("pattern").and_then(Value::as_str).map(str::to_string)
            } else {
                None
            },
            description: description(s),
        });
    }
    log_names(
        log,
        "card data and secrets bound to redacting types",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}

/// Marks properties an API names as sensitive although their names are
/// not in [`SENSITIVE_PROPERTIES`] (Worldpay Online calls the cardholder
/// name `name`; IPS Cloud's licence key is `pointOfSaleLicenseKey`). Each
/// `(schema, property, kind)` is hoisted into a component named
/// `<schema>_<kind>`, which the sensitive-strings transform then binds like
/// any other. Returns the components so marked.
pub(super) fn mark_sensitive(
    doc: &mut Value,
    extra: &[(&str, &str, &str)],
    log: &mut Vec<String>,
) -> Result<Vec<String>, String> {
    let mut marked = Vec::new();
    for (schema, prop, kind) in extra {
        // The property, listed on the schema or on one of its inline
        // `allOf` parts.
        let direct = format!("/components/schemas/{schema}/properties/{prop}");
        let parts = doc
            .pointer(&format!("/components/schemas/{schema}/allOf"))
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let Some(pointer) = std::iter::once(direct)
            .chain(
                (0..parts)
                    .map(|i| format!("/components/schemas/{schema}/allOf/{i}/properties/{prop}")),
            )
            .find(|p| doc.pointer(p).is_some())
        else {
            return Err(format!("sensitive property {schema}.{prop} does not exist"));
        };
        let value = doc.pointer(&pointer).cloned().expect("found");
        let name = match ref_name(&value) {
            Some(target) => target.to_string(),
            None => {
                let name = hoist(doc, &[format!("{schema}_{kind}")], value);
                *doc.pointer_mut(&pointer).expect("checked") = schema_ref(&name);
                name
            }
        };
        log.push(format!(
            "{schema}.{prop} is sensitive ({kind}): bound as `{name}`"
        ));
        marked.push(name);
    }
    Ok(marked)
}

/// **Where the secrets are, by JSON path.** Walks every request and answer
/// body schema, and every webhook body (following `$ref`s, `allOf`/`oneOf`/`anyOf` branches and
/// array items) and records the path of each property the binding above
/// makes redacting: a name of [`SENSITIVE_PROPERTIES`], or an API's extra
/// `(schema, property)`. A property is recorded under every path it can be
/// reached by, so that a payload logged as JSON is redacted exactly where
/// its typed value would be.
pub(super) fn sensitive_paths(
    doc: &Value,
    webhook_bodies: &BTreeSet<String>,
    extra: &[(&str, &str, &str)],
) -> BTreeSet<String> {
    fn walk(
        doc: &Value,
        schema: &Value,
        component: Option<&str>,
        path: &str,
        extra: &[(&str, &str, &str)],
        seen: &mut Vec<(String, String)>,
        out: &mut BTreeSet<String>,
    ) {
        if let Some(target) = ref_name(schema) {
            // A component reached again on the same path is a cycle.
            let key = (target.to_string(), path.to_string());
            if seen.contains(&key) || seen.len() > 64 {
                return;
            }
            seen.push(key);
            if let Some(s) = components(doc).and_then(|c| c.get(target)) {
                walk(doc, s, Some(target), path, extra, seen, out);
            }
            seen.pop();
            return;
        }
        for k in ["allOf", "oneOf", "anyOf"] {
            for branch in schema
                .get(k)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                walk(doc, branch, component, path, extra, seen, out);
            }
        }
        if let Some(items) = schema.get("items") {
            walk(doc, items, None, &format!("{path}[]"), extra, seen, out);
        }
        let Some(props) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (name, p) in props {
            let at = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            let by_schema = component.is_some_and(|c| {
                extra
                    .iter()
                    .any(|(schema, prop, _)| *schema == c && prop == name)
            });
            if SENSITIVE_PROPERTIES.contains(&name.as_str()) || by_schema {
                out.insert(at);
            } else {
                walk(doc, p, None, &at, extra, seen, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    for (root, _) in operation_roots(doc) {
        if let Some(schema) = doc.pointer(&root.pointer) {
            walk(doc, schema, None, "", extra, &mut Vec::new(), &mut out);
        }
    }
    // What webhooks carry is redacted like what answers carry.
    for body in webhook_bodies {
        let schema = serde_json::json!({ "$ref": format!("#/components/schemas/{body}") });
        walk(doc, &schema, None, "", extra, &mut Vec::new(), &mut out);
    }
    out
}
