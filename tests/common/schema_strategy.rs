//! JSON Schema (the draft 7 subset the embedded schemas use) → proptest
//! strategy of JSON values the schema accepts, and the schema of any node of
//! such a value (for mutations).
//!
//! Handles `$ref` (with a depth bound: past it, optional properties are left
//! out), `type` (one or a list), `properties`/`required`,
//! `additionalProperties` (a schema) with `maxProperties`, `allOf` (merged),
//! discriminated unions as the generator writes them (`allOf` of `if`
//! `{properties: {tag: {const}}}` / `then`), `items`, `minItems`/`maxItems`/
//! `uniqueItems`, `oneOf`/`anyOf` (one branch at a time), strings with
//! `minLength`/`maxLength`/`pattern`/`format`,
//! integers and numbers with bounds (inclusive and exclusive) and
//! `multipleOf`, `enum` and `const`.
//!
//! Patterns are ECMAScript. They are generated with
//! `proptest::string::string_regex` after a translation to the Rust regex
//! syntax with ECMAScript meaning (anchors dropped, `\d` and `\s` and `.`
//! spelled out as ECMAScript defines them), and every generated string is
//! checked with `regress` (an ECMAScript engine). A pattern that cannot be
//! translated panics, listing it, unless [`PATTERN_SUBSTITUTES`] gives a
//! generator for it with the reason.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Patterns `string_regex` cannot take (lookaround), each with a regex of
/// a subset of what it accepts and why that subset is enough.
pub const PATTERN_SUBSTITUTES: &[(&str, &str, &str)] = &[(
    r"^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$",
    r"[\x20-\x3F\x41-\x7E]{1,40}@[\x20-\x3F\x41-\x7E]{1,40}",
    "the lookahead demands exactly one `@` among printable ASCII: the substitute \
     spells that out (one `@` between two runs without one, 81 characters at most)",
)];

/// Past this many nested `$ref`s, optional properties are left out.
pub const MAX_REF_DEPTH: usize = 6;

/// A schema document (`components/schemas` with `#/components/schemas/…`
/// references).
#[derive(Clone)]
pub struct Doc {
    root: Value,
}

/// An object schema with `allOf` merged, and the branch of a discriminated
/// union chosen.
#[derive(Clone, Debug, Default)]
pub struct ObjectShape {
    pub properties: BTreeMap<String, Value>,
    pub required: BTreeSet<String>,
    pub additional: Option<Value>,
    pub max_properties: Option<u64>,
}

/// One branch of a discriminated union: tag property and value, and the
/// schema it adds.
#[derive(Clone, Debug)]
pub struct Branch {
    pub tag: String,
    pub value: Value,
    pub then: Value,
}

impl Doc {
    pub fn new(root: Value) -> Self {
        Doc { root }
    }

    /// Follows `$ref`s; the depth counts them.
    pub fn resolve<'a>(&'a self, mut schema: &'a Value, depth: &mut usize) -> &'a Value {
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let pointer = r.strip_prefix('#').expect("local references only");
            schema = self
                .root
                .pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {r}"));
            *depth += 1;
        }
        schema
    }

    /// The schema of an operation's request body.
    pub fn request_schema(&self, operation: &str) -> Value {
        for item in self.root["paths"].as_object().expect("paths").values() {
            for op in item.as_object().expect("path item").values() {
                if op.get("operationId").and_then(Value::as_str) == Some(operation) {
                    let content = op["requestBody"]["content"]
                        .as_object()
                        .expect("request content");
                    let (_, media) = content
                        .iter()
                        .find(|(k, _)| k.contains("json"))
                        .expect("a JSON media type");
                    return media["schema"].clone();
                }
            }
        }
        panic!("no operation {operation}")
    }

    /// The union branches of an object schema (after `$ref`s), if any.
    pub fn branches(&self, schema: &Value) -> Vec<Branch> {
        let mut out = Vec::new();
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (Some(cond), Some(then)) = (part.get("if"), part.get("then")) else {
                continue;
            };
            let props = cond["properties"].as_object().expect("if: properties");
            assert_eq!(props.len(), 1, "if with one const property: {cond}");
            let (tag, c) = props.iter().next().unwrap();
            out.push(Branch {
                tag: tag.clone(),
                value: c.get("const").cloned().expect("if: const"),
                then: then.clone(),
            });
        }
        out
    }

    /// Merges an object schema's own keywords, its non-conditional `allOf`
    /// parts and, when given, one branch.
    pub fn shape(&self, schema: &Value, branch: Option<&Branch>) -> ObjectShape {
        let mut shape = ObjectShape::default();
        self.merge(schema, &mut shape);
        if let Some(b) = branch {
            self.merge(&b.then, &mut shape);
            shape
                .properties
                .insert(b.tag.clone(), json!({"const": b.value}));
            shape.required.insert(b.tag.clone());
        }
        shape
    }

    fn merge(&self, schema: &Value, shape: &mut ObjectShape) {
        let mut d = 0;
        let schema = self.resolve(schema, &mut d);
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                shape.properties.insert(k.clone(), v.clone());
            }
        }
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            shape.required.insert(r.as_str().unwrap().to_string());
        }
        if let Some(a) = schema.get("additionalProperties")
            && a.is_object()
        {
            shape.additional = Some(a.clone());
        }
        if let Some(m) = schema.get("maxProperties").and_then(Value::as_u64) {
            shape.max_properties = Some(m);
        }
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if part.get("if").is_none() {
                self.merge(part, shape);
            }
        }
    }

    /// The branch a value of a union schema takes.
    pub fn branch_of(&self, schema: &Value, value: &Value) -> Option<Branch> {
        self.branches(schema)
            .into_iter()
            .find(|b| value.get(&b.tag) == Some(&b.value))
    }

    /// The schema with `$ref`s followed and the parts of a plain `allOf`
    /// (not `if`/`then`) merged in: properties and `required` joined, other
    /// keywords taken from the part that has them.
    pub fn flatten(&self, schema: &Value, depth: &mut usize) -> Value {
        let schema = self.resolve(schema, depth).clone();
        let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
            return schema;
        };
        let mut out = schema.as_object().unwrap().clone();
        let mut conditional = Vec::new();
        for part in parts {
            if part.get("if").is_some() {
                conditional.push(part.clone());
                continue;
            }
            let part = self.flatten(part, depth);
            for (k, v) in part.as_object().unwrap() {
                match (k.as_str(), out.get_mut(k)) {
                    ("properties", Some(Value::Object(mine))) => {
                        for (pk, pv) in v.as_object().unwrap() {
                            mine.entry(pk.clone()).or_insert(pv.clone());
                        }
                    }
                    ("required", Some(Value::Array(mine))) => {
                        for r in v.as_array().unwrap() {
                            if !mine.contains(r) {
                                mine.push(r.clone());
                            }
                        }
                    }
                    ("allOf", _) => conditional.extend(v.as_array().unwrap().iter().cloned()),
                    (_, Some(_)) => {}
                    (_, None) => {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        if conditional.is_empty() {
            out.remove("allOf");
        } else {
            out.insert("allOf".into(), Value::Array(conditional));
        }
        Value::Object(out)
    }

    /// A strategy of values `schema` accepts.
    pub fn strategy(&self, schema: &Value, depth: usize) -> BoxedStrategy<Value> {
        let mut depth = depth;
        let schema = self.flatten(schema, &mut depth);
        assert!(
            depth < 40,
            "required properties recurse without end at {schema}"
        );
        if let Some(c) = schema.get("const") {
            return Just(c.clone()).boxed();
        }
        // One branch at a time. For `oneOf`, a value that also fits another
        // branch is refused by the schema, which property 1 checks before
        // anything else (none of the embedded request schemas has one: the
        // generator turns discriminated unions into `if`/`then`).
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = schema.get(key).and_then(Value::as_array) {
                let mut base = schema.as_object().unwrap().clone();
                base.remove(key);
                let options: Vec<BoxedStrategy<Value>> = branches
                    .iter()
                    .map(|b| {
                        let mut merged = base.clone();
                        let mut parts = merged
                            .get("allOf")
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default();
                        parts.push(b.clone());
                        merged.insert("allOf".into(), Value::Array(parts));
                        self.strategy(&Value::Object(merged), depth)
                    })
                    .collect();
                return proptest::strategy::Union::new(options).boxed();
            }
        }
        for key in [
            "not",
            "patternProperties",
            "dependencies",
            "propertyNames",
            "contains",
        ] {
            assert!(
                schema.get(key).is_none(),
                "unsupported keyword `{key}` in {schema}"
            );
        }
        if let Some(e) = schema.get("enum").and_then(Value::as_array) {
            return proptest::sample::select(e.clone()).boxed();
        }
        let types: Vec<String> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.clone()],
            Some(Value::Array(ts)) => ts.iter().map(|t| t.as_str().unwrap().to_string()).collect(),
            _ => vec![infer_type(&schema).to_string()],
        };
        let mut options: Vec<BoxedStrategy<Value>> = types
            .iter()
            .map(|t| self.typed(&schema, t, depth))
            .collect();
        if schema.get("nullable") == Some(&Value::Bool(true)) {
            options.push(Just(Value::Null).boxed());
        }
        if options.len() == 1 {
            options.pop().unwrap()
        } else {
            proptest::strategy::Union::new(options).boxed()
        }
    }

    fn typed(&self, schema: &Value, ty: &str, depth: usize) -> BoxedStrategy<Value> {
        match ty {
            "object" => self.object(schema, depth),
            "array" => self.array(schema, depth),
            "string" => string(schema),
            "integer" => integer(schema),
            "number" => number(schema),
            "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
            "null" => Just(Value::Null).boxed(),
            "any" => prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                "[a-z]{0,8}".prop_map(Value::String),
            ]
            .boxed(),
            other => panic!("unsupported type {other} in {schema}"),
        }
    }

    fn object(&self, schema: &Value, depth: usize) -> BoxedStrategy<Value> {
        let branches = self.branches(schema);
        let mut shapes: Vec<ObjectShape> = branches
            .iter()
            .map(|b| self.shape(schema, Some(b)))
            .collect();
        // Tag values listed with no branch of their own.
        let base = self.shape(schema, None);
        for b in &branches {
            if let Some(values) = base
                .properties
                .get(&b.tag)
                .and_then(|p| p.get("enum"))
                .and_then(Value::as_array)
            {
                for v in values {
                    if !branches.iter().any(|b2| &b2.value == v) {
                        let mut s = base.clone();
                        s.properties.insert(b.tag.clone(), json!({"const": v}));
                        shapes.push(s);
                    }
                }
                break;
            }
        }
        if shapes.is_empty() {
            shapes.push(base);
        }
        let options: Vec<BoxedStrategy<Value>> = shapes
            .into_iter()
            .map(|s| self.object_of(s, depth))
            .collect();
        proptest::strategy::Union::new(options).boxed()
    }

    fn object_of(&self, shape: ObjectShape, depth: usize) -> BoxedStrategy<Value> {
        if shape.properties.is_empty()
            && let Some(add) = &shape.additional
        {
            let max = shape.max_properties.unwrap_or(3).min(3) as usize;
            let values = self.strategy(add, depth + 1);
            return proptest::collection::btree_map("[a-z][a-z0-9]{0,7}", values, 0..=max)
                .prop_map(|m| Value::Object(m.into_iter().collect()))
                .boxed();
        }
        let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
        for (name, prop) in &shape.properties {
            let required = shape.required.contains(name);
            if !required && depth >= MAX_REF_DEPTH {
                continue;
            }
            let n = name.clone();
            let s = self.strategy(prop, depth).prop_map(move |v| (n.clone(), v));
            fields.push(if required {
                s.prop_map(Some).boxed()
            } else {
                proptest::option::weighted(0.6, s).boxed()
            });
        }
        fields
            .prop_map(|fs| Value::Object(fs.into_iter().flatten().collect::<Map<String, Value>>()))
            .boxed()
    }

    fn array(&self, schema: &Value, depth: usize) -> BoxedStrategy<Value> {
        let items = schema.get("items").cloned().unwrap_or(json!({}));
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .map(|m| m as usize)
            .unwrap_or(min + 3)
            .min(min + 3);
        let max = if depth >= MAX_REF_DEPTH { min } else { max };
        let unique = schema.get("uniqueItems") == Some(&Value::Bool(true));
        proptest::collection::vec(self.strategy(&items, depth + 1), min..=max)
            .prop_map(move |mut v| {
                if unique {
                    let mut seen = Vec::new();
                    v.retain(|x| {
                        let fresh = !seen.contains(x);
                        if fresh {
                            seen.push(x.clone());
                        }
                        fresh
                    });
                }
                v
            })
            .prop_filter("uniqueItems left too few items", move |v| v.len() >= min)
            .prop_map(Value::Array)
            .boxed()
    }
}

fn infer_type(schema: &Value) -> &'static str {
    if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
        "object"
    } else if schema.get("items").is_some() {
        "array"
    } else if schema.get("pattern").is_some() || schema.get("maxLength").is_some() {
        "string"
    } else {
        "any"
    }
}

/// ECMAScript pattern → a Rust regex for `string_regex` generating strings
/// the ECMAScript pattern matches.
pub fn translate_pattern(pattern: &str) -> Result<String, String> {
    if let Some((_, sub, _)) = PATTERN_SUBSTITUTES.iter().find(|(p, _, _)| *p == pattern) {
        return Ok(sub.to_string());
    }
    let mut p = pattern;
    p = p.strip_prefix('^').unwrap_or(p);
    if p.ends_with('$') && !p.ends_with("\\$") {
        p = &p[..p.len() - 1];
    }
    let mut out = String::new();
    let mut in_class = false;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let n = chars.next().ok_or("trailing backslash")?;
                match n {
                    'd' => out.push_str(if in_class { "0-9" } else { "[0-9]" }),
                    // ECMAScript's \s is Unicode white space plus U+FEFF; its
                    // ASCII part is enough to generate.
                    's' => out.push_str(if in_class {
                        r"\t\n\x0B\x0C\r "
                    } else {
                        r"[\t\n\x0B\x0C\r ]"
                    }),
                    'D' | 'S' | 'w' | 'W' | 'b' | 'B' => {
                        return Err(format!("class escape \\{n}"));
                    }
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
            }
            '[' => out.push_str("\\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '.' if !in_class => out.push_str(r"[^\n\r\u{2028}\u{2029}]"),
            '^' | '$' if !in_class => return Err("an anchor inside the pattern".into()),
            '(' if !in_class && chars.peek() == Some(&'?') => {
                let mut look = chars.clone();
                look.next();
                if matches!(look.peek(), Some('=' | '!' | '<')) {
                    return Err("lookaround".into());
                }
                out.push('(');
            }
            // Inside a class, `&&`, `--` and `~~` are set operations for
            // the Rust regex syntax, and `&`/`~` literal in ECMAScript.
            '&' | '~' | '-' if in_class && chars.peek() == Some(&c) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// The string formats values are generated for; any other is an annotation.
const KNOWN_FORMATS: &[&str] = &["date", "date-time", "uuid", "email", "uri"];

fn string(schema: &Value) -> BoxedStrategy<Value> {
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    // A format JSON Schema does not define (`format: "RFC 4122 UUID"` in
    // Worldpay's files) is an annotation: the value is generated from the
    // other keywords.
    if let Some(f) = schema
        .get("format")
        .and_then(Value::as_str)
        .filter(|f| KNOWN_FORMATS.contains(f))
    {
        let s = match f {
            "date" => (1900u32..2100, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
                .boxed(),
            "date-time" => (
                (1900u32..2100, 1u32..=12, 1u32..=28),
                (0u32..24, 0u32..60, 0u32..60),
            )
                .prop_map(|((y, mo, d), (h, mi, s))| {
                    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
                })
                .boxed(),
            "uuid" => "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}".boxed(),
            "email" => "[a-z]{1,10}@[a-z]{1,10}\\.(com|org|co\\.uk)".boxed(),
            "uri" => "https://[a-z]{1,10}\\.example/[a-z0-9]{0,10}".boxed(),
            other => unreachable!("{other} is listed in KNOWN_FORMATS"),
        };
        return s.prop_map(Value::String).boxed();
    }
    match schema.get("pattern").and_then(Value::as_str) {
        Some(pattern) => {
            let rust = translate_pattern(pattern)
                .unwrap_or_else(|e| panic!("unsupported pattern {pattern:?} ({e})"));
            let generator = proptest::string::string_regex(&rust)
                .unwrap_or_else(|e| panic!("unsupported pattern {pattern:?} (as {rust:?}: {e})"));
            let ecma = regress::Regex::new(pattern)
                .unwrap_or_else(|e| panic!("pattern {pattern:?} is not ECMAScript: {e}"));
            generator
                .prop_map(move |s| match max {
                    Some(m) => s.chars().take(m).collect(),
                    None => s,
                })
                .prop_filter("length and ECMAScript pattern", move |s| {
                    s.chars().count() >= min && ecma.find(s).is_some()
                })
                .prop_map(Value::String)
                .boxed()
        }
        None => {
            let max = max.unwrap_or(min + 24).min(min + 24);
            proptest::string::string_regex(&format!("[A-Za-z0-9 ._-]{{{min},{max}}}"))
                .unwrap()
                .prop_map(Value::String)
                .boxed()
        }
    }
}

/// Inclusive integer bounds of a schema (exclusive ones moved inwards), in
/// the range of its `format`.
pub fn integer_bounds(schema: &Value) -> (i64, i64) {
    let (lo, hi) = match schema.get("format").and_then(Value::as_str) {
        Some("int32") => (i32::MIN as i64, i32::MAX as i64),
        _ => (-(1i64 << 53), 1i64 << 53),
    };
    let f = |k: &str| schema.get(k).and_then(Value::as_f64);
    let mut min = lo;
    let mut max = hi;
    if let Some(m) = f("minimum") {
        min = min.max(m.ceil() as i64);
    }
    if let Some(m) = f("exclusiveMinimum") {
        min = min.max(m.floor() as i64 + 1);
    }
    if let Some(m) = f("maximum") {
        max = max.min(m.floor() as i64);
    }
    if let Some(m) = f("exclusiveMaximum") {
        max = max.min(m.ceil() as i64 - 1);
    }
    (min, max)
}

fn integer(schema: &Value) -> BoxedStrategy<Value> {
    let (min, max) = integer_bounds(schema);
    let step = schema
        .get("multipleOf")
        .and_then(Value::as_i64)
        .unwrap_or(1)
        .max(1);
    // Small values most of the time, the edges and the whole range too.
    let small = (min.max(-1000)..=max.min(1000).max(min.max(-1000))).boxed();
    prop_oneof![
        4 => small,
        1 => Just(min),
        1 => Just(max),
        2 => min..=max,
    ]
    .prop_filter_map("multipleOf", move |n| {
        let k = n.div_euclid(step) * step;
        let k = if k < min { k + step } else { k };
        (k >= min && k <= max).then(|| Value::from(k))
    })
    .boxed()
}

fn number(schema: &Value) -> BoxedStrategy<Value> {
    let f = |k: &str| schema.get(k).and_then(Value::as_f64);
    let min = f("minimum").or(f("exclusiveMinimum")).unwrap_or(-1e9);
    let max = f("maximum").or(f("exclusiveMaximum")).unwrap_or(1e9);
    let exclusive_min = f("exclusiveMinimum");
    let exclusive_max = f("exclusiveMaximum");
    prop_oneof![
        (min..=max),
        (min.ceil() as i64..=max.floor() as i64).prop_map(|n| n as f64),
    ]
    .prop_filter("exclusive bounds", move |x| {
        exclusive_min.is_none_or(|m| *x > m) && exclusive_max.is_none_or(|m| *x < m)
    })
    .prop_map(|x| json!(x))
    .boxed()
}

/// The rule a mutation breaks, as the schema keyword names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broken {
    Pattern,
    MinLength,
    MaxLength,
    Minimum,
    Maximum,
    Enum,
    Type,
    Required,
}

/// One way to make a valid value invalid: at `path` (JSON pointer tokens),
/// replace the value (or, for `Required`, remove property `path.last()`).
#[derive(Clone, Debug)]
pub struct Mutation {
    pub path: Vec<String>,
    pub broken: Broken,
    pub replacement: Option<Value>,
}

impl Mutation {
    /// The field as Worldpay names it: `a.b[0].c`.
    pub fn field(&self, value: &Value) -> String {
        if self.path.is_empty() {
            return "(body)".to_string();
        }
        let mut out = String::new();
        let mut node = Some(value);
        for token in &self.path {
            match node {
                Some(Value::Array(a)) => {
                    out.push_str(&format!("[{token}]"));
                    node = token.parse::<usize>().ok().and_then(|i| a.get(i));
                }
                _ => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(token);
                    node = node.and_then(|n| n.get(token));
                }
            }
        }
        out
    }

    /// The JSON pointer of the node the schema reports (for `Required`,
    /// the object).
    pub fn pointer(&self) -> String {
        let tokens = match self.broken {
            Broken::Required => &self.path[..self.path.len() - 1],
            _ => &self.path[..],
        };
        tokens
            .iter()
            .map(|t| format!("/{}", t.replace('~', "~0").replace('/', "~1")))
            .collect()
    }

    /// The mutated value.
    pub fn apply(&self, value: &Value) -> Value {
        let mut out = value.clone();
        let Some((last, parents)) = self.path.split_last() else {
            return self.replacement.clone().expect("the root is replaced");
        };
        let mut node = &mut out;
        for t in parents {
            node = match node {
                Value::Array(a) => &mut a[t.parse::<usize>().unwrap()],
                Value::Object(m) => m.get_mut(t).unwrap(),
                _ => unreachable!(),
            };
        }
        match (node, &self.replacement) {
            (Value::Object(m), None) => {
                m.remove(last);
            }
            (Value::Object(m), Some(r)) => {
                m.insert(last.clone(), r.clone());
            }
            (Value::Array(a), Some(r)) => a[last.parse::<usize>().unwrap()] = r.clone(),
            _ => unreachable!(),
        }
        out
    }
}

impl Doc {
    /// Every mutation of `value` (valid for `schema`) that breaks one rule.
    pub fn mutations(&self, schema: &Value, value: &Value) -> Vec<Mutation> {
        let mut out = Vec::new();
        self.collect(schema, value, &mut Vec::new(), &mut out);
        out
    }

    fn collect(
        &self,
        schema: &Value,
        value: &Value,
        path: &mut Vec<String>,
        out: &mut Vec<Mutation>,
    ) {
        let mut d = 0;
        let flat = self.flatten(schema, &mut d);
        let schema = &flat;
        // At the root only the type can break (the body is not a field).
        let mut push = |path: &Vec<String>, broken, replacement| {
            if !path.is_empty() || broken == Broken::Type {
                out.push(Mutation {
                    path: path.clone(),
                    broken,
                    replacement,
                })
            }
        };
        let typed = schema.get("type").and_then(Value::as_str);
        if let Some(t) = typed {
            let wrong = match t {
                "string" => json!(7),
                "integer" | "number" => json!("7"),
                "boolean" => json!("true"),
                "object" => json!("7"),
                "array" => json!({}),
                _ => Value::Null,
            };
            if !wrong.is_null() {
                push(path, Broken::Type, Some(wrong));
            }
        }
        if schema.get("enum").is_some() || schema.get("const").is_some() {
            let listed = |v: &Value| {
                schema.get("const") == Some(v)
                    || schema["enum"].as_array().is_some_and(|e| e.contains(v))
            };
            if value.is_string() {
                let mut r = json!("zz-not-listed");
                if listed(&r) {
                    r = json!("zz-not-listed-either");
                }
                push(path, Broken::Enum, Some(r));
            }
        }
        match value {
            Value::String(s) => {
                let min = schema.get("minLength").and_then(Value::as_u64);
                let max = schema.get("maxLength").and_then(Value::as_u64);
                if let Some(m) = min
                    && m > 0
                {
                    let short: String = s.chars().take(m as usize - 1).collect();
                    push(path, Broken::MinLength, Some(json!(short)));
                }
                if let Some(m) = max {
                    let fill: Vec<char> = if s.is_empty() {
                        vec!['A']
                    } else {
                        s.chars().collect()
                    };
                    let long: String = fill.iter().cycle().take(m as usize + 1).collect();
                    push(path, Broken::MaxLength, Some(json!(long)));
                }
                if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
                    let re = regress::Regex::new(p).unwrap();
                    let replaced = |c: char| -> String {
                        let mut v: Vec<char> = s.chars().collect();
                        if v.is_empty() {
                            v.push(c);
                        } else {
                            v[0] = c;
                        }
                        v.into_iter().collect()
                    };
                    let candidates = [
                        replaced('\u{7}'),
                        s.replace('@', "a"),
                        replaced('@'),
                        replaced('~'),
                        replaced('\n'),
                    ];
                    if let Some(c) = candidates.into_iter().find(|c| {
                        let n = c.chars().count() as u64;
                        re.find(c).is_none()
                            && min.is_none_or(|m| n >= m)
                            && max.is_none_or(|m| n <= m)
                    }) {
                        push(path, Broken::Pattern, Some(json!(c)));
                    }
                }
            }
            Value::Number(n) if typed == Some("integer") => {
                let n = n.as_i64().expect("integers in range");
                let f = |k| schema.get(k).and_then(Value::as_i64);
                if let Some(m) = f("minimum") {
                    push(path, Broken::Minimum, Some(json!(m - 1)));
                }
                if let Some(m) = f("exclusiveMinimum") {
                    push(path, Broken::Minimum, Some(json!(m)));
                }
                if let Some(m) = f("maximum") {
                    push(path, Broken::Maximum, Some(json!(m + 1)));
                }
                if let Some(m) = f("exclusiveMaximum") {
                    push(path, Broken::Maximum, Some(json!(m)));
                }
                let _ = n;
            }
            Value::Object(map) => {
                let shape = match self.branch_of(schema, value) {
                    Some(b) => self.shape(schema, Some(&b)),
                    None => self.shape(schema, None),
                };
                for (k, v) in map {
                    path.push(k.clone());
                    if shape.required.contains(k) {
                        out.push(Mutation {
                            path: path.clone(),
                            broken: Broken::Required,
                            replacement: None,
                        });
                    }
                    if let Some(s) = shape.properties.get(k).or(shape.additional.as_ref()) {
                        self.collect(s, v, path, out);
                    }
                    path.pop();
                }
            }
            Value::Array(items) => {
                if let Some(s) = schema.get("items") {
                    for (i, v) in items.iter().enumerate() {
                        path.push(i.to_string());
                        self.collect(s, v, path, out);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
    }
}
