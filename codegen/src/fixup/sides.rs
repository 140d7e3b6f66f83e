//! Request and response sides: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// Component names reachable from response bodies.
pub(super) fn response_schemas(doc: &Value) -> BTreeSet<String> {
    reachable(doc, Side::Response)
}

/// `names` and every component they reach.
pub(super) fn reaching_from<'a>(
    doc: &Value,
    names: impl IntoIterator<Item = &'a String>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = names.into_iter().cloned().collect();
    let comps = components(doc);
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(s) = comps.and_then(|c| c.get(&name)) {
            direct_refs(s, &mut stack);
        }
    }
    seen
}

pub(super) fn reachable(doc: &Value, side: Side) -> BTreeSet<String> {
    let mut roots = Vec::new();
    for (root, s) in operation_roots(doc) {
        if s == side
            && let Some(v) = doc.pointer(&root.pointer)
        {
            direct_refs(v, &mut roots);
        }
    }
    reaching_from(doc, &roots)
}

/// **Schemas shared by requests and responses.** A request must be checked
/// strictly and a response read leniently; one Rust type cannot do both.
/// A component reachable from both sides is copied for the response side
/// (`<name>Received`) and response-side references are pointed at the copy.
pub(super) fn split_shared_schemas(doc: &mut Value, log: &mut Vec<String>) {
    let req = reachable(doc, Side::Request);
    let resp = reachable(doc, Side::Response);
    let shared: Vec<String> = req.intersection(&resp).cloned().collect();
    if shared.is_empty() {
        return;
    }
    for name in &shared {
        let copy = components(doc).and_then(|c| c.get(name)).cloned();
        if let Some(copy) = copy {
            components_mut(doc).insert(format!("{name}Received"), copy);
        }
    }
    let response_only: Vec<String> = resp
        .difference(&req)
        .cloned()
        .chain(shared.iter().map(|n| format!("{n}Received")))
        .collect();
    for name in &shared {
        let to = format!("{name}Received");
        for r in &response_only {
            if let Some(s) = components_mut(doc).get_mut(r) {
                rewrite_refs(s, name, &to);
            }
        }
        for (root, side) in operation_roots(doc) {
            if side == Side::Response
                && let Some(s) = doc.pointer_mut(&root.pointer)
            {
                rewrite_refs(s, name, &to);
            }
        }
    }
    log.push(format!(
        "schemas used by both requests and responses split (responses read a lenient copy): {}",
        shared.join(", ")
    ));
}
