//! Bounded integers: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Integer bounds.** typify ignores `maximum` (an expiry month of 13
/// passes) and maps `minimum: 1` to `NonZeroU64`. An exclusive bound
/// (`exclusiveMinimum: true`) is the next integer in. Request integers with
/// bounds become named components bound to an emitted newtype that checks
/// both bounds when constructed and when deserialized.
pub(super) fn bounded_integers(
    doc: &mut Value,
    response_side: &BTreeSet<String>,
    log: &mut Vec<String>,
) -> Vec<Bounded> {
    let side = response_side.clone();
    let is_bounded = |s: &Value| {
        s.get("type").and_then(Value::as_str) == Some("integer")
            && (s.get("minimum").is_some() || s.get("maximum").is_some())
    };
    let names = hoist_matching(
        doc,
        &|s, hint| is_bounded(s) && !within(&side, hint),
        &|h| vec![h.to_string()],
    );
    let mut out = Vec::new();
    for name in names {
        let Some(s) = components(doc).and_then(|c| c.get(&name)) else {
            continue;
        };
        if !is_bounded(s) || response_side.contains(&name) {
            continue;
        }
        // OpenAPI 3.0's exclusive flags: an integer bound one step in.
        let exclusive = |flag: &str| s.get(flag) == Some(&Value::Bool(true));
        out.push(Bounded {
            name: name.clone(),
            minimum: s
                .get("minimum")
                .and_then(Value::as_i64)
                .map(|n| n + i64::from(exclusive("exclusiveMinimum"))),
            maximum: s
                .get("maximum")
                .and_then(Value::as_i64)
                .map(|n| n - i64::from(exclusive("exclusiveMaximum"))),
            description: description(s),
        });
    }
    log_names(
        log,
        "bounded request integers checked",
        out.iter().map(|e| e.name.as_str()),
    );
    out
}
