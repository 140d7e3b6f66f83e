//! Lenient responses: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// Keywords that reject data. In a response they only make the client fail
/// on a value Worldpay chose to send.
pub(super) const REJECTING_KEYWORDS: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "format",
];

/// **Response-only constraints.** typify turns `pattern`/length constraints
/// into checked newtypes (checked on deserialize too), `minimum: 1` into
/// `NonZeroU64` and `additionalProperties: false` into
/// `deny_unknown_fields`. On a response each of these turns a value Worldpay
/// loosened into a failed payment call. They are stripped from every schema
/// read only from responses (and `format`, which typify maps to types such
/// as `chrono` dates that may not parse); requests keep them all.
pub(super) fn relax_responses(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) {
    let mut stripped = 0usize;
    let mut relax = |s: &mut Value, _: &str| {
        let Some(obj) = s.as_object_mut() else { return };
        for k in REJECTING_KEYWORDS {
            if obj.remove(*k).is_some() {
                stripped += 1;
            }
        }
        if obj.get("additionalProperties") == Some(&Value::Bool(false)) {
            obj.remove("additionalProperties");
            stripped += 1;
        }
    };
    for name in response_side {
        if let Some(s) = components_mut(doc).get_mut(name) {
            walk_mut(s, name, &mut relax);
        }
    }
    for (root, side) in operation_roots(doc) {
        if side == Side::Response
            && let Some(s) = doc.pointer_mut(&root.pointer)
        {
            walk_mut(s, &root.hint, &mut relax);
        }
    }
    if stripped > 0 {
        log.push(format!(
            "{stripped} rejecting constraints stripped from response-only schemas"
        ));
    }
}

pub(super) fn is_multi_value_string_enum(s: &Value) -> bool {
    s.get("enum")
        .and_then(Value::as_array)
        .is_some_and(|v| v.len() > 1 && v.iter().all(Value::is_string))
}

/// **Open enums for responses.** A typify enum is closed: one value
/// Worldpay adds tomorrow (a new card brand, a new event) fails the whole
/// response today. Every multi-value string enum read from responses
/// becomes a named component bound to an emitted open enum that keeps
/// unknown values (and writes them back unchanged). Single-value enums are
/// left alone: they are constants.
pub(super) fn open_enums(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Vec<OpenEnum> {
    // Only hoist inside response-side schemas.
    let side = response_side.clone();
    let all = hoist_matching(
        doc,
        &|s, hint| is_multi_value_string_enum(s) && within(&side, hint),
        &|h| vec![h.to_string()],
    );
    let mut out = Vec::new();
    for name in all {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if !is_multi_value_string_enum(s) {
            continue;
        }
        out.push(OpenEnum {
            name: name.clone(),
            values: s["enum"]
                .as_array()
                .expect("checked")
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            description: description(s),
        });
    }
    log_names(
        log,
        "response enums made open (unknown values kept)",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}
