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
pub(super) fn hal_links(doc: &mut Value, log: &mut Vec<String>) -> bool {
    let mut count = 0;
    visit_all_schemas_mut(doc, &mut |schema, _| {
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut)
            && let Some(links) = props.get_mut("_links")
        {
            *links = json!({"allOf": [schema_ref("HalLinks")], "default": {}});
            count += 1;
        }
    });
    if count > 0 {
        components_mut(doc).insert(
            "HalLinks".into(),
            json!({"type": "object", "description": "HAL links: relation name to link(s)."}),
        );
        log.push(format!(
            "{count} `_links` properties bound to the HAL link map (every relation and curie kept)"
        ));
    }
    count > 0
}

/// The relations each component's `_links` schema lists (read before the
/// `_links` are bound to the generic map): the emitter turns them into
/// compile-time "this response offers that link" facts.
pub(super) fn links_offered(doc: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let Some(comps) = components(doc) else {
        return out;
    };
    for (name, schema) in comps {
        let Some(links) = schema.pointer("/properties/_links") else {
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
            let rels: Vec<String> = props.keys().filter(|k| *k != "curies").cloned().collect();
            if !rels.is_empty() {
                out.insert(name.clone(), rels);
            }
        }
    }
    out
}
