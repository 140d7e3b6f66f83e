//! Regular expressions: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Lookahead patterns.** JSON Schema patterns are ECMAScript regexes, and
/// Worldpay uses lookahead (`^(?!\s*$)[A-Za-z0-9 ]*$`: "not blank"). Engines
/// without lookaround (Rust's `regex`, Go's RE2, several test-data
/// generators) reject those. The common "not blank" idiom
/// `^(?!\s*$)[C]*$` is rewritten to the equivalent `^[C]*?[C′][C]*$`, where
/// `C′` is the class `C` without its whitespace members; other lookaheads
/// are kept (ECMAScript engines accept them) and logged.
pub(super) fn rewrite_lookahead_patterns(doc: &mut Value, log: &mut Vec<String>) {
    let mut rewritten = BTreeSet::new();
    let mut kept = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |schema, _| {
        let Some(Value::String(p)) = schema.get_mut("pattern") else {
            return;
        };
        if !p.contains("(?=") && !p.contains("(?!") {
            return;
        }
        if let Some(new) = rewrite_not_blank(p) {
            rewritten.insert(format!("`{p}` → `{new}`"));
            *p = new;
        } else {
            kept.insert(p.clone());
        }
    });
    for r in rewritten {
        log.push(format!("lookahead pattern rewritten: {r}"));
    }
    for k in kept {
        log.push(format!("lookahead pattern kept (ECMAScript only): `{k}`"));
    }
}

/// `^(?!\s*$)[C]*$` → `^[C]*?[C-without-whitespace][C]*$`.
pub fn rewrite_not_blank(pattern: &str) -> Option<String> {
    let body = pattern.strip_prefix(r"^(?!\s*$)[")?.strip_suffix("]*$")?;
    if body.starts_with('^') || body.contains('[') || body.contains(']') {
        return None;
    }
    let without_ws = body.replace(r"\s", "").replace(' ', "");
    if without_ws.is_empty() || without_ws == "-" {
        return None;
    }
    // A `-` left dangling at the start or end of the class stays literal.
    Some(format!("^[{body}]*?[{without_ws}][{body}]*$"))
}

/// Every `pattern` must compile as an ECMAScript regex (the dialect JSON
/// Schema mandates, and the one the generated code checks with `regress`):
/// the generated code compiles patterns lazily and must never fail to.
pub(super) fn check_patterns(doc: &Value) -> Result<(), String> {
    let mut bad = Vec::new();
    let mut doc = doc.clone();
    visit_all_schemas_mut(&mut doc, &mut |schema, hint| {
        if let Some(Value::String(p)) = schema.get("pattern")
            && let Err(e) = regress::Regex::new(p)
        {
            bad.push(format!(
                "{hint}: pattern `{p}` is not an ECMAScript regex: {e}"
            ));
        }
    });
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join("\n"))
    }
}

/// Visits every schema of the document (components and operations), deep.
pub(super) fn visit_all_schemas_mut(doc: &mut Value, f: &mut dyn FnMut(&mut Value, &str)) {
    let names: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        if let Some(s) = components_mut(doc).get_mut(&name) {
            walk_mut(s, &name, f);
        }
    }
    for (root, _) in operation_roots(doc) {
        if let Some(s) = doc.pointer_mut(&root.pointer) {
            walk_mut(s, &root.hint, f);
        }
    }
}
