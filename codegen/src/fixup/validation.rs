//! The validation document: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **OpenAPI 3.0 schemas are not quite JSON Schema.** For the validation
/// document (validated as draft 7): `nullable: true` becomes a `null` type;
/// boolean `exclusiveMinimum`/`exclusiveMaximum` become draft 7 numbers; and
/// `oneOf` + `discriminator` becomes a tag check plus one `if`/`then` per
/// tag value. Plain `oneOf` demands that exactly one branch match, which
/// fails when two branches have the same shape (both exemption branches
/// do) and reports only "not valid under any of the schemas" when the
/// payload is wrong inside the branch its tag names; the discriminator is
/// how OpenAPI says a branch is chosen.
pub(super) fn to_json_schema_draft7(doc: &mut Value) {
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(obj) = s.as_object_mut() else { return };
        if obj.remove("nullable") == Some(Value::Bool(true))
            && let Some(Value::String(t)) = obj.get("type").cloned()
        {
            obj.insert("type".into(), json!([t, "null"]));
        }
        for (flag, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if let Some(Value::Bool(b)) = obj.get(flag).cloned() {
                obj.remove(flag);
                if b && let Some(v) = obj.remove(bound) {
                    obj.insert(flag.into(), v);
                }
            }
        }
        let (Some(Value::Array(branches)), Some(disc)) =
            (obj.get("oneOf").cloned(), obj.get("discriminator").cloned())
        else {
            return;
        };
        let Some(tag) = disc.get("propertyName").and_then(Value::as_str) else {
            return;
        };
        let mapping = disc
            .get("mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut values = Vec::new();
        let mut rules = Vec::new();
        for b in &branches {
            let Some(target) = ref_name(b) else { return };
            for value in mapping_values(&mapping, target) {
                rules.push(json!({
                    "if": {"properties": {tag: {"const": value}}},
                    "then": b,
                }));
                values.push(Value::String(value));
            }
        }
        obj.remove("oneOf");
        obj.remove("discriminator");
        obj.insert("type".into(), json!("object"));
        obj.insert("required".into(), json!([tag]));
        obj.insert(
            "properties".into(),
            json!({tag: {"type": "string", "enum": values}}),
        );
        obj.insert("allOf".into(), Value::Array(rules));
    });
}
