//! The descriptions written from Worldpay's published ones (Card Payments
//! v7, the Payments API 2024-06-01, Payment Queries v1) are structurally
//! Worldpay's: every operation, parameter, media type, status, schema,
//! property, constraint, required list, enum and discriminator mapping the
//! same, prose and examples aside.
//!
//! `tests/published/<folder>.md` is the structure of Worldpay's published
//! file. This test renders `schemas/<folder>/openapi.yaml` the same way and
//! compares line by line. A repair of Worldpay's file
//! belongs in the generator's named patches, never in the description, or
//! this test fails. `WORLDPAY_BLESS=1` rewrites the structure file from
//! the description (after Worldpay's new download replaced it).

use serde_yaml::Value;

/// The folders under `schemas/` whose description has a published
/// structure to match.
const FOLDERS: [&str; 3] = ["card-payments-v7", "payments-2024", "payment-queries"];
/// Where the rendered structure starts in the structure file.
const FIRST_LINE: &str = "- OpenAPI ";

/// A JSON rendering of a string (as the structure sheet writes patterns,
/// formats and enum values).
fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A JSON rendering of a YAML scalar or list, with `", "` between items.
fn json_value(v: &Value) -> String {
    match v {
        Value::String(s) => json_str(s),
        Value::Sequence(items) => format!(
            "[{}]",
            items.iter().map(json_value).collect::<Vec<_>>().join(", ")
        ),
        Value::Mapping(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", json_value(k), json_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
        Value::Tagged(t) => json_value(&t.value),
    }
}

fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_mapping().and_then(|m| m.get(key))
}

fn ref_name(v: &Value) -> Option<&str> {
    get(v, "$ref")
        .and_then(Value::as_str)
        .map(|r| r.rsplit('/').next().unwrap_or(r))
}

/// One schema's head: what follows the property name.
fn head(s: &Value) -> String {
    if let Some(r) = ref_name(s) {
        return format!("→{r}");
    }
    let mut parts = Vec::new();
    for k in ["oneOf", "anyOf", "allOf"] {
        if let Some(Value::Sequence(branches)) = get(s, k) {
            let mut inline = 0;
            let items: Vec<String> = branches
                .iter()
                .map(|b| match ref_name(b) {
                    Some(r) => format!("→{r}"),
                    None => {
                        inline += 1;
                        format!("{{inline {inline}}}")
                    }
                })
                .collect();
            parts.push(format!("{k}[{}]", items.join(", ")));
        }
    }
    if let Some(d) = get(s, "discriminator") {
        let mut p = format!(
            "discriminator {}",
            get(d, "propertyName").and_then(Value::as_str).unwrap_or("")
        );
        if let Some(Value::Mapping(m)) = get(d, "mapping") {
            let entries: Vec<String> = m
                .iter()
                .map(|(k, v)| {
                    let target = v.as_str().unwrap_or("");
                    format!(
                        "{}: {}",
                        json_value(k),
                        json_str(target.rsplit('/').next().unwrap_or(target))
                    )
                })
                .collect();
            p += &format!(" mapping {{{}}}", entries.join(", "));
        } else {
            p += " (no mapping)";
        }
        parts.push(p);
    }
    match get(s, "type").and_then(Value::as_str) {
        Some("array") => {
            let items = get(s, "items");
            parts.push(format!(
                "array of {}",
                match items {
                    Some(i) if i.as_mapping().is_some_and(|m| !m.is_empty()) => head(i),
                    _ => "(untyped)".into(),
                }
            ));
        }
        Some(t) => parts.push(t.to_string()),
        None if parts.is_empty() => parts.push("(untyped)".into()),
        None => {}
    }
    for k in ["format", "pattern"] {
        if let Some(v) = get(s, k) {
            parts.push(format!("{k} {}", json_value(v)));
        }
    }
    for k in [
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
    ] {
        if let Some(v) = get(s, k) {
            parts.push(format!("{k} {}", json_value(v)));
        }
    }
    if let Some(v) = get(s, "enum") {
        parts.push(format!("enum {}", json_value(v)));
    }
    if let Some(v) = get(s, "default") {
        parts.push(format!("default {}", json_value(v)));
    }
    if get(s, "nullable").and_then(Value::as_bool) == Some(true) {
        parts.push("nullable".into());
    }
    if let Some(v) = get(s, "additionalProperties")
        && v.as_bool() != Some(true)
    {
        parts.push(format!("additionalProperties {}", json_value(v)));
    }
    parts.join(" ")
}

/// A schema's children: inline `allOf`/`oneOf` members, properties (`*`
/// when required), required names that are not properties, array items.
fn body(s: &Value, indent: usize, out: &mut Vec<String>) {
    if ref_name(s).is_some() {
        return;
    }
    let pad = " ".repeat(indent);
    let required: Vec<&str> = match get(s, "required") {
        Some(Value::Sequence(r)) => r.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let names: Vec<&str> = match get(s, "properties") {
        Some(Value::Mapping(props)) => props.keys().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let missing: Vec<String> = required
        .iter()
        .filter(|r| !names.contains(r))
        .map(|r| format!("'{r}'"))
        .collect();
    let missing_line = (!missing.is_empty()).then(|| {
        format!(
            "{pad}- required but not listed as properties: [{}]",
            missing.join(", ")
        )
    });
    // Of a composed schema, the sheet lists the names first.
    let composed = ["oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| get(s, k).is_some());
    if composed {
        out.extend(missing_line.clone());
    }
    for k in ["oneOf", "anyOf", "allOf"] {
        if let Some(Value::Sequence(branches)) = get(s, k) {
            let mut inline = 0;
            for b in branches.iter().filter(|b| ref_name(b).is_none()) {
                inline += 1;
                out.push(format!("{pad}- {k} inline {inline}: {}", head(b)));
                body(b, indent + 2, out);
            }
        }
    }
    if let Some(Value::Mapping(props)) = get(s, "properties") {
        for (name, p) in props {
            let name = name.as_str().unwrap_or("");
            let star = if required.contains(&name) { "*" } else { "" };
            out.push(format!("{pad}- {star}{name}: {}", head(p)));
            body(p, indent + 2, out);
        }
    }
    if !composed {
        out.extend(missing_line);
    }
    if get(s, "type").and_then(Value::as_str) == Some("array")
        && let Some(items) = get(s, "items")
    {
        body(items, indent + 2, out);
    }
}

/// The structure of an OpenAPI description, in the structure sheet's form.
fn render(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    out.push(format!(
        "- OpenAPI {}; version `{}`",
        get(doc, "openapi").and_then(Value::as_str).unwrap_or("?"),
        get(doc, "info")
            .and_then(|i| get(i, "version"))
            .and_then(Value::as_str)
            .unwrap_or("?")
    ));
    if let Some(Value::Sequence(servers)) = get(doc, "servers") {
        for s in servers {
            out.push(format!(
                "- server `{}`",
                get(s, "url").and_then(Value::as_str).unwrap_or("")
            ));
        }
    }
    if let Some(Value::Mapping(schemes)) =
        get(doc, "components").and_then(|c| get(c, "securitySchemes"))
    {
        for (name, s) in schemes {
            out.push(format!(
                "- security scheme `{}`: type {}, scheme {}",
                name.as_str().unwrap_or(""),
                get(s, "type").and_then(Value::as_str).unwrap_or(""),
                get(s, "scheme").and_then(Value::as_str).unwrap_or("")
            ));
        }
    }
    let security = match get(doc, "security") {
        Some(Value::Sequence(reqs)) => format!(
            "[{}]",
            reqs.iter()
                .map(|r| match r {
                    Value::Mapping(m) => format!(
                        "{{{}}}",
                        m.iter()
                            .map(|(k, v)| format!("{}: {}", json_value(k), json_value(v)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    other => json_value(other),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => "null".into(),
    };
    out.push(format!("- security: {security}"));
    out.push(String::new());
    out.push("## Operations".into());
    out.push(String::new());
    if let Some(Value::Mapping(paths)) = get(doc, "paths") {
        for (path, item) in paths {
            let Value::Mapping(item) = item else { continue };
            for (method, op) in item {
                let method = method.as_str().unwrap_or("");
                if !["get", "post", "put", "patch", "delete"].contains(&method) {
                    continue;
                }
                out.push(format!(
                    "- {} `{}` (operationId `{}`)",
                    method.to_uppercase(),
                    path.as_str().unwrap_or(""),
                    get(op, "operationId").and_then(Value::as_str).unwrap_or("")
                ));
                if let Some(Value::Sequence(params)) = get(op, "parameters") {
                    for p in params {
                        let required = get(p, "required").and_then(Value::as_bool) == Some(true);
                        out.push(format!(
                            "  - param {} `{}`{}: {}",
                            get(p, "in").and_then(Value::as_str).unwrap_or(""),
                            get(p, "name").and_then(Value::as_str).unwrap_or(""),
                            if required { "*" } else { "" },
                            get(p, "schema").map(head).unwrap_or_default()
                        ));
                    }
                }
                if let Some(rb) = get(op, "requestBody") {
                    let required = get(rb, "required").and_then(Value::as_bool) == Some(true);
                    if let Some(Value::Mapping(content)) = get(rb, "content") {
                        for (media, c) in content {
                            out.push(format!(
                                "  - request ({}): `{}`: {}",
                                if required { "required" } else { "optional" },
                                media.as_str().unwrap_or(""),
                                get(c, "schema").map(head).unwrap_or_default()
                            ));
                        }
                    }
                }
                if let Some(Value::Mapping(responses)) = get(op, "responses") {
                    for (status, r) in responses {
                        let status = match status {
                            Value::String(s) => s.clone(),
                            other => json_value(other),
                        };
                        match get(r, "content") {
                            Some(Value::Mapping(content)) => {
                                for (media, c) in content {
                                    let schema = get(c, "schema").cloned().unwrap_or(Value::Null);
                                    out.push(format!(
                                        "  - {status}: `{}`: {}",
                                        media.as_str().unwrap_or(""),
                                        head(&schema)
                                    ));
                                    body(&schema, 4, &mut out);
                                }
                            }
                            _ => out.push(format!("  - {status}: (no body)")),
                        }
                    }
                }
            }
        }
    }
    out.push(String::new());
    out.push("## Schemas".into());
    out.push(String::new());
    if let Some(Value::Mapping(schemas)) = get(doc, "components").and_then(|c| get(c, "schemas")) {
        for (name, s) in schemas {
            out.push(format!(
                "- **{}**: {}",
                name.as_str().unwrap_or(""),
                head(s)
            ));
            body(s, 2, &mut out);
        }
    }
    out
}

fn rendered_description(description: &str) -> Vec<String> {
    let text = std::fs::read_to_string(description).unwrap();
    render(&serde_yaml::from_str(&text).unwrap())
}

#[test]
fn the_descriptions_have_the_structure_of_worldpays_published_files() {
    for folder in FOLDERS {
        same_structure(folder);
    }
}

fn same_structure(folder: &str) {
    let description = format!("schemas/{folder}/openapi.yaml");
    let structure = format!("tests/published/{folder}.md");
    let ours = rendered_description(&description);
    let file = std::fs::read_to_string(&structure).unwrap();
    let at = file
        .find(FIRST_LINE)
        .expect("the structure file holds a rendered structure");
    if std::env::var_os("WORLDPAY_BLESS").is_some() {
        std::fs::write(&structure, format!("{}{}\n", &file[..at], ours.join("\n"))).unwrap();
        return;
    }
    let published: Vec<&str> = file[at..].trim_end().lines().collect();
    let ours: Vec<&str> = ours.iter().map(String::as_str).collect();
    // Every line that differs, with its neighbours, so a reader sees where.
    let mut differences = Vec::new();
    let n = published.len().max(ours.len());
    for i in 0..n {
        let (a, b) = (published.get(i), ours.get(i));
        if a != b {
            differences.push(format!(
                "line {}:\n  published: {}\n  ours:      {}",
                i + 1,
                a.unwrap_or(&"(none)"),
                b.unwrap_or(&"(none)")
            ));
            if differences.len() == 20 {
                break;
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{description} differs from Worldpay's published structure ({structure}):\n{}",
        differences.join("\n")
    );
}

#[test]
fn the_renderer_shows_what_it_compares() {
    // A change the test must see: a constraint, a required field, a
    // mapping value, a media type.
    let doc: Value = serde_yaml::from_str(
        r#"
openapi: 3.0.1
info: {version: '7'}
paths:
  /p:
    post:
      operationId: op
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/a'}
      responses:
        '201':
          content:
            application/json:
              schema:
                oneOf: [{$ref: '#/components/schemas/a'}]
                discriminator: {propertyName: outcome, mapping: {Sent for Settlement: '#/components/schemas/a'}}
components:
  schemas:
    a:
      required: [x, z]
      properties:
        x: {type: string, pattern: '^[A-Z]$', minLength: 3, maxLength: 3}
        y: {type: array, items: {type: object, properties: {q: {type: integer}}}}
"#,
    )
    .unwrap();
    assert_eq!(
        render(&doc),
        [
            "- OpenAPI 3.0.1; version `7`",
            "- security: null",
            "",
            "## Operations",
            "",
            "- POST `/p` (operationId `op`)",
            "  - request (optional): `application/json`: →a",
            "  - 201: `application/json`: oneOf[→a] discriminator outcome mapping {\"Sent for Settlement\": \"a\"}",
            "",
            "## Schemas",
            "",
            "- **a**: (untyped)",
            "  - *x: string pattern \"^[A-Z]$\" minLength 3 maxLength 3",
            "  - y: array of object",
            "      - q: integer",
            "  - required but not listed as properties: ['z']",
        ]
    );
}
