//! HAL: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **HAL `_links`.** Worldpay's REST APIs are HAL: `_links` maps relations
/// (curie-prefixed, e.g. `cardPayments:settle`) to a link or a list of
/// links, plus `curies`. Published schemas list some relations per response
/// and omit `curies`, so a generated struct would silently drop relations
/// (and the curies needed to expand them). Every `_links` property becomes a
/// reference to one `HalLinks` component, bound to the hand-written
/// `worldpay::hal::Links`, which keeps every relation. An answer without
/// `_links` reads as no links (an empty map), so the field is never an
/// `Option`: the links an answer offers are checked when followed.
///
/// Worldpay's newer APIs (the Payments API) put the next steps of an answer
/// in `_actions`, a map of the same shape: action name to `{href, method}`.
/// `_actions` is bound to the same map (`method` kept with the link), so an
/// action is followed like a link.
pub(super) fn hal_links(doc: &mut Value, log: &mut Vec<String>) -> bool {
    let mut count = 0;
    let mut actions = 0;
    visit_all_schemas_mut(doc, &mut |schema, _| {
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            for (field, counter) in [("_links", &mut count), ("_actions", &mut actions)] {
                if let Some(links) = props.get_mut(field) {
                    *links = json!({"allOf": [schema_ref("HalLinks")], "default": {}});
                    *counter += 1;
                }
            }
        }
    });
    if actions > 0 {
        log.push(format!(
            "{actions} `_actions` properties bound to the HAL link map (each action's `method` kept)"
        ));
    }
    if count + actions > 0 {
        components_mut(doc).insert(
            "HalLinks".into(),
            json!({"type": "object", "description": "HAL links: relation name to link(s)."}),
        );
        log.push(format!(
            "{count} `_links` properties bound to the HAL link map (every relation and curie kept)"
        ));
    }
    count + actions > 0
}

/// The link-map properties of an answer, and the Rust field each becomes.
pub const LINK_MAP_FIELDS: [(&str, &str); 2] = [("_links", "links"), ("_actions", "actions")];

/// The relations each component's `_links` (or `_actions`) schema lists (read before the
/// `_links` are bound to the generic map): the emitter turns them into
/// compile-time "this response offers that link" facts.
/// Each relation comes with the Rust field it is read from (`links` or
/// `actions`).
pub(super) fn links_offered(doc: &Value) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let Some(comps) = components(doc) else {
        return out;
    };
    for (name, schema) in comps {
        for (property, field) in LINK_MAP_FIELDS {
            let Some(links) = schema.get("properties").and_then(|p| p.get(property)) else {
                continue;
            };
            let links = match ref_name(links) {
                Some(target) => match comps.get(target) {
                    Some(t) => t,
                    None => continue,
                },
                None => links,
            };
            if let Some(props) = links.get("properties").and_then(Value::as_object) {
                for rel in props.keys().filter(|k| *k != "curies") {
                    out.entry(name.clone())
                        .or_default()
                        .push((field.to_string(), rel.clone()));
                }
            }
        }
    }
    out
}
