//! Clean-up: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// Components nothing refers to any more (union branches' old links lists,
/// for example) are dropped from the generation document, so that no dead
/// types are generated. Error schemas, and the bodies of success answers
/// keyed by status, are kept (`keep`): the client decodes them.
pub(super) fn drop_unreferenced_schemas(
    doc: &mut Value,
    errors: &BTreeSet<String>,
    log: &mut Vec<String>,
) {
    let mut keep = reachable(doc, Side::Request);
    keep.extend(reachable(doc, Side::Response));
    keep.extend(errors.iter().cloned());
    // Keep everything reachable from what is kept.
    let mut stack: Vec<String> = keep.iter().cloned().collect();
    while let Some(n) = stack.pop() {
        if let Some(s) = components(doc).and_then(|c| c.get(&n)) {
            let mut refs = Vec::new();
            direct_refs(s, &mut refs);
            for r in refs {
                if keep.insert(r.clone()) {
                    stack.push(r);
                }
            }
        }
    }
    let comps = components_mut(doc);
    let before = comps.len();
    let dropped: Vec<String> = comps
        .keys()
        .filter(|k| !keep.contains(*k))
        .cloned()
        .collect();
    comps.retain(|k, _| keep.contains(k));
    if before != comps.len() {
        log.push(format!(
            "{} schemas no operation reaches any more left out of generation: {}",
            dropped.len(),
            dropped.join(", ")
        ));
    }
}

/// typify's field naming: snake case, with a trailing `_` for keywords.
pub fn rust_field_name(json_name: &str) -> String {
    use heck::ToSnakeCase;
    let s = json_name
        .replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
        .to_snake_case();
    match s.as_str() {
        "type" | "ref" | "self" | "super" | "crate" | "match" | "fn" | "mod" | "use" | "impl"
        | "loop" | "move" | "static" | "struct" | "trait" | "where" | "enum" | "const" | "let"
        | "in" | "for" | "if" | "else" | "while" | "return" | "async" | "await" | "dyn" | "box"
        | "true" | "false" | "pub" | "mut" | "unsafe" | "extern" | "break" | "continue" | "as"
        | "abstract" | "become" | "do" | "final" | "macro" | "override" | "priv" | "typeof"
        | "unsized" | "virtual" | "yield" | "try" => format!("{s}_"),
        _ => s,
    }
}

/// **Inline titles that collide.** typify names an inline schema after
/// its `title`, so two inline schemas titled `Type` (or one titled like a
/// component, `Address`) become two `pub enum Type`, and the crate does not
/// compile. Once every component has its final name, the title of an
/// inline schema whose Rust name is a component's, or an earlier inline
/// schema's, is left out of the generation document: typify then names the
/// schema after where it is (parent and property), which is unique. The
/// first inline schema to use a title keeps it.
pub(super) fn uniquify_inline_titles(doc: &mut Value, log: &mut Vec<String>) {
    let mut taken: BTreeSet<String> = components(doc)
        .map(|c| c.keys().map(|k| crate::json::type_name(k)).collect())
        .unwrap_or_default();
    let mut dropped = Vec::new();
    let mut visit = |s: &mut Value, hint: &str| {
        let Some(obj) = s.as_object_mut() else { return };
        let Some(title) = obj.get("title").and_then(Value::as_str) else {
            return;
        };
        let name = crate::json::type_name(title);
        if !taken.insert(name) {
            dropped.push(format!("{hint} (`{title}`)"));
            obj.remove("title");
        }
    };
    let names: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        if let Some(s) = components_mut(doc).get_mut(&name) {
            // The component itself is named by its key; what is inside is
            // named by title.
            for_each_child_mut(s, &name, &mut |child, h| walk_mut(child, h, &mut visit));
        }
    }
    for (root, _) in operation_roots(doc) {
        if let Some(s) = doc.pointer_mut(&root.pointer)
            && ref_name(s).is_none()
        {
            walk_mut(s, &root.hint, &mut visit);
        }
    }
    log_names(
        log,
        "inline titles that collide with a component or another title left out (named from where they are)",
        dropped.iter().map(String::as_str),
    );
}
