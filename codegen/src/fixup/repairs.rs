//! Schema repairs: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// Whether `value` is of the JSON Schema type `ty`.
fn is_of_type(value: &Value, ty: &str) -> bool {
    match ty {
        "string" => value.is_string(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// **Defaults that do not fit their schema** (a string default on an
/// object, a default an `enum` does not list). progenitor fails on them
/// with a message that names no schema. Such a default is dropped, and
/// logged with the schema it was on; it is documentation only (a client
/// sends what it sets).
pub(super) fn drop_misfit_defaults(doc: &mut Value, log: &mut Vec<String>) {
    let mut dropped = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |s, hint| {
        let Some(obj) = s.as_object_mut() else { return };
        let Some(default) = obj.get("default") else {
            return;
        };
        let nullable = obj.get("nullable") == Some(&Value::Bool(true));
        let fits_type = match obj.get("type") {
            Some(Value::String(t)) => is_of_type(default, t) || (nullable && default.is_null()),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .any(|t| is_of_type(default, t)),
            _ => true,
        };
        let fits_enum = match obj.get("enum").and_then(Value::as_array) {
            Some(values) => values.contains(default) || (nullable && default.is_null()),
            None => true,
        };
        if !(fits_type && fits_enum) {
            dropped.insert(format!("{hint} (`{default}`)"));
            obj.remove("default");
        }
    });
    log_names(
        log,
        "defaults that do not fit their schema dropped",
        dropped.iter().map(String::as_str),
    );
}

/// **Repeated `enum` values** (Worldpay's Payments API lists
/// `issuerHonored` twice in `PaymentsExemption.reason`): each value is
/// kept once, in first-seen order; a repeated value would be two variants
/// matching one string.
pub(super) fn dedupe_enum_values(doc: &mut Value, log: &mut Vec<String>) {
    let mut changed = 0usize;
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(values) = s.get_mut("enum").and_then(Value::as_array_mut) else {
            return;
        };
        let before = values.len();
        let mut seen: Vec<Value> = Vec::new();
        values.retain(|v| {
            if seen.contains(v) {
                false
            } else {
                seen.push(v.clone());
                true
            }
        });
        changed += before - values.len();
    });
    if changed > 0 {
        log.push(format!("{changed} repeated enum values kept once"));
    }
}

/// **`enum` without `type`.** A schema listing values (and perhaps a
/// `pattern`) but no `type` made typify panic. The type is inferred from
/// the values when they all have one: strings, integers, numbers or
/// booleans.
pub(super) fn infer_enum_types(doc: &mut Value, log: &mut Vec<String>) {
    let mut inferred = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |s, hint| {
        let Some(obj) = s.as_object_mut() else { return };
        if obj.contains_key("type") || obj.contains_key("$ref") {
            return;
        }
        let Some(values) = obj.get("enum").and_then(Value::as_array) else {
            return;
        };
        let values: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
        let ty = ["string", "integer", "number", "boolean"]
            .into_iter()
            .find(|t| !values.is_empty() && values.iter().all(|v| is_of_type(v, t)));
        if let Some(ty) = ty {
            obj.insert("type".into(), json!(ty));
            inferred.insert(format!("{hint} ({ty})"));
        }
    });
    log_names(
        log,
        "types inferred from `enum` values",
        inferred.iter().map(String::as_str),
    );
}

/// **Constraints that constrain nothing** (`minLength: 0`, `minItems: 0`,
/// `minProperties: 0`). typify checks them anyway, as comparisons that are
/// always true, which rustc warns about (`unused_comparisons`): generated
/// code must be warning-free. They are dropped from the generation
/// document (the validation document keeps what was published).
pub(super) fn drop_noop_constraints(doc: &mut Value, log: &mut Vec<String>) {
    let mut count = 0usize;
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(obj) = s.as_object_mut() else { return };
        for k in ["minLength", "minItems", "minProperties"] {
            if obj.get(k).and_then(Value::as_u64) == Some(0) {
                obj.remove(k);
                count += 1;
            }
        }
    });
    if count > 0 {
        log.push(format!(
            "{count} constraints that constrain nothing (`minLength: 0` and the like) left out of generation"
        ));
    }
}
