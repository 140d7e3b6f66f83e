//! Short names for inline schemas: a family of the fix-up stage's passes
//! (see the stage's documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

use crate::json::{escape_pointer, type_name};

/// **Short, shared names for inline schemas.** Left alone, typify names an
/// inline schema after its whole path
/// (`CustomerInitiatedTransactionInstructionRequestAutoSettlement`), and two
/// identical inline schemas (the merchant of a customer- and of a
/// merchant-initiated payment) become two types. This pass names every
/// inline schema that would become its own Rust type after the property
/// that holds it, and gives identical ones one type:
///
/// - *What is named*: an inline object with properties, an `allOf`,
///   `oneOf` or `anyOf`, a string enum of two or more values, and, only where
///   nothing but requests reads it, a string with `pattern` or length bounds
///   and no `format` (answers read those as plain `String`s once their
///   constraints are relaxed, see `responses`; a `format` is the `formats`
///   pass's to bind). Not named: discriminator tags (the union
///   passes bind them), HAL `_links` and `_actions` (the `hal` pass), and card data and
///   secrets (the `sensitive` pass binds them to redacting types).
/// - *The name*: the property's name in Pascal case (`merchant` →
///   `Merchant`; array items take the singular, `riskFactors` →
///   `RiskFactor`, or `<Name>Item`).
/// - *One type for identical schemas*: inline schemas with the same name and
///   the same content (descriptions, titles and examples aside) are one
///   component; one identical to the component of that name already in the
///   description becomes a reference to it.
/// - *Different schemas under one name*: the one used most takes the short
///   name (when one is used strictly more often); each other is qualified by
///   the type that holds it: by the holder's own short name when that
///   tells it from the others (`CustomerReference`), else by the holder's
///   full name (`PaymentsSettleValue`), with `Value` appended or numbered
///   only if that is still taken. A name of Rust's prelude (`Result`) is
///   always qualified.
///
/// Names are chosen level by level, outermost first, so a nested schema is
/// qualified by its holder's short name, never by a path.
///
/// *Stability.* A name depends only on the property's name and, when
/// several different schemas share it, on how often each is used and on
/// the name of its holder: never on the order of the file, nor on schemas
/// elsewhere. When Worldpay's next description adds, removes or changes a
/// schema, only the types named after that same property can change name,
/// and the type used most keeps its short name unless the change makes
/// another one more used. Component names of the description itself are
/// never changed.
pub(super) fn name_inline_schemas(
    doc: &mut Value,
    extra_sensitive: &[(&str, &str, &str)],
    log: &mut Vec<String>,
) {
    let req = reachable(doc, Side::Request);
    let resp = reachable(doc, Side::Response);
    let tags = discriminator_tags(doc);
    let skip = Skip {
        tags: &tags,
        extra_sensitive,
    };
    // The first level: inside every component and every operation root.
    let mut frontier: Vec<Holder> = components(doc)
        .map(|c| {
            c.keys()
                .map(|name| Holder {
                    pointer: format!("/components/schemas/{}", escape_pointer(name)),
                    rust_name: type_name(name),
                    short: type_name(name),
                    component: Some(name.clone()),
                    request_only: req.contains(name) && !resp.contains(name),
                })
                .collect()
        })
        .unwrap_or_default();
    for (root, side) in operation_roots(doc) {
        frontier.push(Holder {
            pointer: root.pointer,
            rust_name: type_name(&root.hint),
            short: type_name(&root.hint),
            component: None,
            request_only: side == Side::Request,
        });
    }
    let mut named: Vec<String> = Vec::new();
    let mut shared = 0usize;
    while !frontier.is_empty() {
        let mut found = Vec::new();
        for holder in &frontier {
            if let Some(schema) = doc.pointer(&holder.pointer) {
                collect(
                    schema,
                    &holder.pointer,
                    holder,
                    None,
                    None,
                    &skip,
                    &mut found,
                );
            }
        }
        if found.is_empty() {
            break;
        }
        let mut next = Vec::new();
        let mut by_name: BTreeMap<String, Vec<Found>> = BTreeMap::new();
        for f in found {
            by_name.entry(f.name.clone()).or_default().push(f);
        }
        for (short, group) in by_name {
            // Variants: identical content, in order of first appearance.
            let mut variants: Vec<(String, Vec<Found>)> = Vec::new();
            for f in group {
                let key = canonical(&f.schema);
                match variants.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, list)) => list.push(f),
                    None => variants.push((key, vec![f])),
                }
            }
            // A name of Rust's prelude would shadow it wherever the types
            // are glob-imported: such a name is always qualified.
            let reserved = PRELUDE.contains(&short.as_str());
            let existing = components(doc).and_then(|c| {
                c.iter()
                    .find(|(k, _)| type_name(k) == short)
                    .map(|(k, v)| (k.clone(), canonical(v)))
            });
            let most_used = {
                let max = variants.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
                let at_max = variants.iter().filter(|(_, l)| l.len() == max).count();
                (at_max == 1)
                    .then(|| variants.iter().position(|(_, l)| l.len() == max))
                    .flatten()
            };
            // A variant not named `short` is qualified by its holder's own
            // short name, unless another variant would be too.
            let proposals: Vec<String> = variants
                .iter()
                .map(|(_, list)| format!("{}{short}", lowest(list, |f| &f.holder_short)))
                .collect();
            for (i, (key, list)) in variants.into_iter().enumerate() {
                let unique = proposals.iter().filter(|p| **p == proposals[i]).count() == 1;
                let name = match &existing {
                    Some((component, k)) if *k == key => component.clone(),
                    None if most_used == Some(i) && !reserved => short.clone(),
                    _ => qualified(doc, &short, &list, unique.then_some(&proposals[i])),
                };
                if components(doc).is_none_or(|c| !c.contains_key(&name)) {
                    let mut schema = list[0].schema.clone();
                    if let (None, Some(d)) = (
                        schema.get("description"),
                        list.iter()
                            .find_map(|f| f.schema.get("description").cloned()),
                    ) && let Some(obj) = schema.as_object_mut()
                    {
                        obj.insert("description".into(), d);
                    }
                    components_mut(doc).insert(name.clone(), schema);
                    named.push(name.clone());
                    next.push(Holder {
                        pointer: format!("/components/schemas/{}", escape_pointer(&name)),
                        rust_name: type_name(&name),
                        short: short.clone(),
                        component: Some(name.clone()),
                        request_only: list.iter().all(|f| f.request_only),
                    });
                }
                if list.len() > 1 {
                    shared += list.len() - 1;
                }
                for f in &list {
                    if let Some(slot) = doc.pointer_mut(&f.pointer) {
                        *slot = schema_ref(&name);
                    }
                }
            }
        }
        frontier = next;
    }
    if !named.is_empty() {
        named.sort();
        log.push(format!(
            "{} inline schemas named after their property ({shared} identical uses share a type): {}",
            named.len(),
            named.join(", ")
        ));
    }
}

/// Names of Rust's prelude, never given alone.
const PRELUDE: &[&str] = &[
    "Result", "Option", "String", "Vec", "Box", "Some", "None", "Ok", "Err",
];

/// What a level's search starts from: a component or an operation's body.
struct Holder {
    pointer: String,
    rust_name: String,
    /// The name it would have had unqualified (its property's).
    short: String,
    component: Option<String>,
    request_only: bool,
}

/// An inline schema to name.
struct Found {
    pointer: String,
    name: String,
    holder: String,
    holder_short: String,
    schema: Value,
    request_only: bool,
}

struct Skip<'a> {
    /// `(component, property)`: discriminator tags of union branches.
    tags: &'a BTreeSet<(String, String)>,
    extra_sensitive: &'a [(&'a str, &'a str, &'a str)],
}

impl Skip<'_> {
    fn skips(&self, component: Option<&str>, tag: Option<&str>, prop: &str) -> bool {
        super::hal::LINK_MAP_FIELDS.iter().any(|(p, _)| *p == prop)
            || tag == Some(prop)
            || SENSITIVE_PROPERTIES.contains(&prop)
            || component.is_some_and(|c| {
                self.tags.contains(&(c.to_string(), prop.to_string()))
                    || self
                        .extra_sensitive
                        .iter()
                        .any(|(s, p, _)| *s == c && *p == prop)
            })
    }
}

/// Finds the inline schemas to name under `schema`, stopping at each (its
/// own insides are the next level's).
fn collect(
    schema: &Value,
    pointer: &str,
    holder: &Holder,
    prop: Option<&str>,
    tag: Option<&str>,
    skip: &Skip,
    out: &mut Vec<Found>,
) {
    let Some(obj) = schema.as_object() else {
        return;
    };
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            if skip.skips(holder.component.as_deref(), tag, k) {
                continue;
            }
            let p = format!("{pointer}/properties/{}", escape_pointer(k));
            visit(v, &p, holder, k, skip, out);
        }
    }
    if let Some(items) = obj.get("items") {
        let item_name = singular(prop.unwrap_or(&holder.rust_name));
        visit(
            items,
            &format!("{pointer}/items"),
            holder,
            &item_name,
            skip,
            out,
        );
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        let branch_tag = if key == "oneOf" {
            obj.get("discriminator")
                .and_then(|d| d.get("propertyName"))
                .and_then(Value::as_str)
        } else {
            tag
        };
        if let Some(list) = obj.get(key).and_then(Value::as_array) {
            for (i, v) in list.iter().enumerate() {
                if ref_name(v).is_none() {
                    collect(
                        v,
                        &format!("{pointer}/{key}/{i}"),
                        holder,
                        prop,
                        branch_tag,
                        skip,
                        out,
                    );
                }
            }
        }
    }
}

fn visit(v: &Value, pointer: &str, holder: &Holder, prop: &str, skip: &Skip, out: &mut Vec<Found>) {
    if ref_name(v).is_some() {
        return;
    }
    if is_named(v, holder.request_only) {
        out.push(Found {
            pointer: pointer.to_string(),
            name: type_name(prop),
            holder: holder.rust_name.clone(),
            holder_short: holder.short.clone(),
            schema: v.clone(),
            request_only: holder.request_only,
        });
    } else {
        collect(v, pointer, holder, Some(prop), None, skip, out);
    }
}

/// Whether typify would make `schema` a type of its own.
fn is_named(schema: &Value, request_only: bool) -> bool {
    let Some(obj) = schema.as_object() else {
        return false;
    };
    if obj.keys().any(|k| k.starts_with("x-fixup")) {
        return false;
    }
    let has_properties = obj
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty());
    let composed = ["allOf", "oneOf", "anyOf"]
        .iter()
        .any(|k| obj.contains_key(*k));
    let string_enum = obj
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|v| v.len() > 1 && v.iter().all(Value::is_string));
    let constrained_string = obj.get("type").and_then(Value::as_str) == Some("string")
        && !obj.contains_key("enum")
        && !obj.contains_key("format")
        && ["pattern", "minLength", "maxLength"]
            .iter()
            .any(|k| obj.contains_key(*k));
    has_properties || composed || string_enum || (request_only && constrained_string)
}

/// `riskFactors` → `RiskFactor`, `addresses` → `Address`, `entries` →
/// `Entry`; a name with no plural ending → `<Name>Item`.
fn singular(name: &str) -> String {
    let pascal = type_name(name);
    if let Some(stem) = pascal.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = pascal.strip_suffix("sses") {
        format!("{stem}ss")
    } else if pascal.ends_with('s') && !pascal.ends_with("ss") && pascal.len() > 1 {
        pascal[..pascal.len() - 1].to_string()
    } else {
        format!("{pascal}Item")
    }
}

/// The first of `list`'s values of `key`, in name order.
fn lowest<'a>(list: &'a [Found], key: impl Fn(&'a Found) -> &'a String) -> &'a str {
    list.iter()
        .map(key)
        .min()
        .map(String::as_str)
        .unwrap_or_default()
}

/// `proposal` (the holder's short name and the name), else
/// `<Holder><Name>` for the holders of `list` in name order, else
/// `<Holder><Name>Value`, else numbered.
fn qualified(doc: &Value, short: &str, list: &[Found], proposal: Option<&String>) -> String {
    let mut holders: Vec<&str> = list.iter().map(|f| f.holder.as_str()).collect();
    holders.sort();
    let free = |name: &str| {
        components(doc).is_none_or(|c| !c.keys().any(|k| type_name(k) == type_name(name)))
    };
    if let Some(p) = proposal
        && free(p)
    {
        return p.clone();
    }
    for h in &holders {
        let name = format!("{h}{short}");
        if free(&name) {
            return name;
        }
    }
    // As the hoisting passes do: `<Holder><Name>Value`, then numbered.
    let base = format!("{}{short}Value", holders[0]);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|n| free(n))
        .expect("some number is free")
}

/// A schema's content without what only documents it, for comparison.
fn canonical(schema: &Value) -> String {
    fn strip(v: &Value, in_properties: bool) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.iter()
                    .filter(|(k, _)| {
                        in_properties
                            || !matches!(
                                k.as_str(),
                                "description" | "title" | "example" | "examples"
                            )
                    })
                    .map(|(k, v)| (k.clone(), strip(v, !in_properties && k == "properties")))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.iter().map(|x| strip(x, false)).collect()),
            other => other.clone(),
        }
    }
    serde_json::to_string(&strip(schema, false)).unwrap_or_default()
}

/// `(component, property)` for every branch of a discriminated union that
/// is a component: the branch's tag property.
fn discriminator_tags(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    fn go(v: &Value, out: &mut BTreeSet<(String, String)>) {
        match v {
            Value::Object(m) => {
                if let (Some(branches), Some(tag)) = (
                    m.get("oneOf").and_then(Value::as_array),
                    m.get("discriminator")
                        .and_then(|d| d.get("propertyName"))
                        .and_then(Value::as_str),
                ) {
                    for b in branches {
                        if let Some(n) = ref_name(b) {
                            out.insert((n.to_string(), tag.to_string()));
                        }
                    }
                    if let Some(mapping) = m
                        .get("discriminator")
                        .and_then(|d| d.get("mapping"))
                        .and_then(Value::as_object)
                    {
                        for target in mapping.values().filter_map(Value::as_str) {
                            if let Some(n) = target.strip_prefix(SCHEMA_REF) {
                                out.insert((n.to_string(), tag.to_string()));
                            }
                        }
                    }
                }
                m.values().for_each(|x| go(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| go(x, out)),
            _ => {}
        }
    }
    go(doc, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(doc: Value) -> (Value, Vec<String>) {
        let mut doc = doc;
        let mut log = Vec::new();
        name_inline_schemas(&mut doc, &[], &mut log);
        (doc, log)
    }

    fn post(op: &str, schema: &str) -> Value {
        json!({ "post": {
            "operationId": op,
            "requestBody": { "content": { "application/json": {
                "schema": { "$ref": format!("#/components/schemas/{schema}") } } } },
            "responses": { "204": { "description": "done" } }
        } })
    }

    fn merchant(extra: &str) -> Value {
        json!({ "type": "object", "required": ["entity"], "properties": {
            "entity": { "type": "string", "maxLength": 32 },
            extra: { "type": "string" }
        } })
    }

    #[test]
    fn identical_inline_schemas_are_one_short_type_and_others_are_qualified() {
        let doc = json!({
            "openapi": "3.0.3",
            "paths": { "/a": post("a", "alpha"), "/b": post("b", "beta"), "/c": post("c", "gamma") },
            "components": { "schemas": {
                "alpha": { "type": "object", "properties": {
                    "merchant": merchant("mcc"), "note": { "description": "one" } } },
                "beta": { "type": "object", "properties": { "merchant": merchant("mcc") } },
                "gamma": { "type": "object", "properties": { "merchant": merchant("tax") } }
            } }
        });
        let (doc, log) = named(doc);
        let schemas = &doc["components"]["schemas"];
        // Used twice: the short name, one type for both.
        assert_eq!(
            schemas["alpha"]["properties"]["merchant"]["$ref"],
            "#/components/schemas/Merchant"
        );
        assert_eq!(
            schemas["beta"]["properties"]["merchant"]["$ref"],
            "#/components/schemas/Merchant"
        );
        // Used once, differently: qualified by its holder.
        assert_eq!(
            schemas["gamma"]["properties"]["merchant"]["$ref"],
            "#/components/schemas/GammaMerchant"
        );
        // A level down: the constrained request string, named after its property.
        assert_eq!(
            schemas["Merchant"]["properties"]["entity"]["$ref"],
            "#/components/schemas/Entity"
        );
        // Both merchants' `entity` are one `Entity` too.
        assert!(log[0].contains("2 identical uses share a type"), "{log:?}");
    }

    #[test]
    fn prelude_names_are_qualified_and_tags_and_card_data_left_alone() {
        let doc = json!({
            "openapi": "3.0.3",
            "paths": { "/a": post("a", "payment") },
            "components": { "schemas": {
                "payment": { "type": "object", "properties": {
                    "result": { "type": "string", "enum": ["ok", "failed"] },
                    "cvc": { "type": "string", "maxLength": 4 },
                    "instrument": {
                        "oneOf": [{ "$ref": "#/components/schemas/card" }],
                        "discriminator": { "propertyName": "type" }
                    }
                } },
                "card": { "type": "object", "properties": {
                    "type": { "type": "string", "enum": ["card", "token"] } } }
            } }
        });
        let (doc, _) = named(doc);
        let schemas = &doc["components"]["schemas"];
        let props = &schemas["payment"]["properties"];
        assert_eq!(
            props["result"]["$ref"],
            "#/components/schemas/PaymentResult"
        );
        assert!(
            props["cvc"].get("$ref").is_none(),
            "card data is the sensitive pass's"
        );
        assert_eq!(
            props["instrument"]["$ref"],
            "#/components/schemas/Instrument"
        );
        assert!(
            schemas["card"]["properties"]["type"].get("enum").is_some(),
            "a tag stays"
        );
    }

    #[test]
    fn array_items_take_the_singular() {
        assert_eq!(singular("riskFactors"), "RiskFactor");
        assert_eq!(singular("addresses"), "Address");
        assert_eq!(singular("entries"), "Entry");
        assert_eq!(singular("data"), "DataItem");
    }
}
