//! Requests refused with the field and the rule: [`Refusal`] (what a
//! generated builder keeps until it is built), [`InvalidRequest`] (the
//! refusal with the dotted JSON path of the field), and [`from_json`],
//! which decodes a request type from JSON naming the field that breaks
//! its schema, and refuses a property the type would drop.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::constraint::Rule;
use crate::sensitive::mask_card_numbers;

/// A request value that breaks its schema, found before sending.
///
/// Occurs when a request builder is missing a required field or holds a
/// value that breaks a `pattern`, length, bound or enum. Names the field as
/// Worldpay does (dotted JSON path) and the rule; never quotes the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}`{field}` {rule}", operation.map(|o| format!("{o}: ")).unwrap_or_default())]
pub struct InvalidRequest {
    /// The operation the request was for, when known.
    pub operation: Option<&'static str>,
    /// The field, as a dotted path of JSON property names
    /// (`instruction.paymentInstrument.cardNumber`).
    pub field: String,
    /// The rule it breaks.
    pub rule: Rule,
}

impl From<crate::constraint::InvalidValue> for InvalidRequest {
    fn from(e: crate::constraint::InvalidValue) -> Self {
        InvalidRequest {
            operation: None,
            field: e.schema.to_string(),
            rule: e.rule,
        }
    }
}

/// Decodes a request type from JSON; a value its schema forbids, or a
/// property the type does not know, is refused with the field (dotted JSON
/// path) and the rule.
pub fn from_json<T: DeserializeOwned + Serialize>(value: Value) -> Result<T, InvalidRequest> {
    let typed = decode::<T>(&value)?;
    // What the type kept, compared with what it was given: any property
    // of the input missing from the re-encoded value was dropped.
    let kept = serde_json::to_value(&typed).map_err(|e| InvalidRequest {
        operation: None,
        field: "(body)".to_string(),
        rule: Rule::Other(mask_card_numbers(&e.to_string())),
    })?;
    if let Some(field) = dropped(&value, &kept, String::new()) {
        return Err(InvalidRequest {
            operation: None,
            field,
            rule: Rule::Unknown,
        });
    }
    Ok(typed)
}

/// The path of the first property of `given` that `kept` lacks, where its
/// value is not empty (`null`, `[]`, `{}`: a type may leave those out).
fn dropped(given: &Value, kept: &Value, path: String) -> Option<String> {
    match (given, kept) {
        (Value::Object(given), Value::Object(kept)) => given.iter().find_map(|(key, value)| {
            let mut inner = path.clone();
            join(&mut inner, key);
            match kept.get(key) {
                Some(k) => dropped(value, k, inner),
                None if is_empty(value) => None,
                None => Some(inner),
            }
        }),
        (Value::Array(given), Value::Array(kept)) => {
            given.iter().zip(kept).enumerate().find_map(|(i, (g, k))| {
                let mut inner = path.clone();
                join(&mut inner, &format!("[{i}]"));
                dropped(g, k, inner)
            })
        }
        _ => None,
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn decode<T: DeserializeOwned>(value: &Value) -> Result<T, InvalidRequest> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let mut path = render(e.path());
        let message = e.into_inner().to_string();
        let (inner, rule) = read_message(&message);
        join(&mut path, &inner);
        InvalidRequest {
            operation: None,
            field: if path.is_empty() {
                "(body)".to_string()
            } else {
                path
            },
            rule,
        }
    })
}

/// Decodes a tagged union's branch (a value decoded on its own), marking
/// the path of an error inside it so that [`from_json`] can join it to the
/// outer path: "`type` is `card/plain`: at `cardNumber`: …".
#[doc(hidden)]
pub fn decode_branch<T: DeserializeOwned, E: serde::de::Error>(
    tag: &str,
    value: &str,
    map: serde_json::Map<String, Value>,
) -> Result<T, E> {
    serde_path_to_error::deserialize::<_, T>(Value::Object(map))
        .map_err(|e| branch_error(tag, value, e))
}

/// The error of a branch that does not decode, with the path inside it.
fn branch_error<E: serde::de::Error>(
    tag: &str,
    value: &str,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> E {
    let path = render(e.path());
    let inner = e.into_inner();
    if path.is_empty() {
        E::custom(format_args!("`{tag}` is `{value}`: {inner}"))
    } else {
        E::custom(format_args!("`{tag}` is `{value}`: at `{path}`: {inner}"))
    }
}

/// [`decode_branch`] for a branch kept as JSON text (an open union's fast
/// path calls it only once a plain decode failed, to name the path).
#[doc(hidden)]
pub fn decode_branch_text<T: DeserializeOwned, E: serde::de::Error>(
    tag: &str,
    value: &str,
    text: &str,
) -> Result<T, E> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| branch_error(tag, value, e))
}

fn render(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn join(path: &mut String, tail: &str) {
    if tail.is_empty() {
        return;
    }
    if !path.is_empty() && !tail.starts_with('[') {
        path.push('.');
    }
    path.push_str(tail);
}

/// Reads a deserialization message: the path inside the value that raised
/// it (nested "at `…`:" prefixes, or the field a "missing field" names) and
/// the rule. Values quoted by serde (`invalid type: string "…"`, `unknown
/// variant `…``) are dropped.
fn read_message(message: &str) -> (String, Rule) {
    let mut path = String::new();
    let mut rest = message.trim();
    loop {
        if let Some(r) = rest.strip_prefix("at `")
            && let Some((p, r)) = r.split_once("`: ")
        {
            join(&mut path, p);
            rest = r;
            continue;
        }
        // A tagged union's branch: "`type` is `card/plain`: …".
        if let Some(r) = rest.strip_prefix('`')
            && let Some((_, r)) = r.split_once("` is `")
            && let Some((_, r)) = r.split_once("`: ")
        {
            rest = r;
            continue;
        }
        break;
    }
    // serde_json appends " at line L column C" when reading text.
    let rest = match rest.rfind(" at line ") {
        Some(i) if rest[i..].contains(" column ") => &rest[..i],
        _ => rest,
    };
    if let Some(field) = rest
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        join(&mut path, field);
        return (path, Rule::Required);
    }
    if rest.starts_with("unknown variant ") || rest == "invalid value" {
        return (path, Rule::Enum);
    }
    if let Some(field) = rest
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once('`'))
        .map(|(f, _)| f)
    {
        join(&mut path, field);
        return (path, Rule::Unknown);
    }
    if let Some(expected) = rest
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected "))
        .map(|(_, e)| e)
    {
        return (path, Rule::Type(expected.to_string()));
    }
    if let Some((_, expected)) = rest
        .strip_prefix("invalid length ")
        .and_then(|r| r.split_once(", expected "))
    {
        // An array where a struct belongs.
        return (path, Rule::Type(expected.to_string()));
    }
    if let Some((_, found)) = rest.split_once(": expected a string, found ") {
        // A redacting string's own message (it never quotes the value).
        let _ = found;
        return (path, Rule::Type("a string".to_string()));
    }
    if rest.starts_with("invalid value: integer ") || rest.starts_with("invalid value: number ") {
        // An integer outside the range of the Rust type (a negative amount
        // for an unsigned one).
        if let Some((_, expected)) = rest.split_once(", expected ") {
            return (path, Rule::Type(expected.to_string()));
        }
    }
    let rule = match Rule::parse(rest) {
        Rule::Other(s) => Rule::Other(mask_card_numbers(&s)),
        rule => rule,
    };
    (path, rule)
}

/// Why a request under construction was refused: the JSON path of the
/// field (`instruction.paymentInstrument.cvc`) and the rule it broke. The
/// builders of the request types produce it; a client turns it into
/// `worldpay::Error::InvalidRequest`. It never
/// holds the value itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Refusal {
    /// JSON property names, innermost first.
    path: Vec<String>,
    rule: Rule,
}

impl Refusal {
    /// A refusal of the value itself (no path yet).
    pub fn new(rule: Rule) -> Self {
        Self {
            path: Vec::new(),
            rule,
        }
    }

    /// A required field that was not given.
    pub fn missing(field: &str) -> Self {
        Self {
            path: vec![field.to_string()],
            rule: Rule::Required,
        }
    }

    /// The same refusal, one level further out: inside `field`.
    pub fn at(mut self, field: &str) -> Self {
        self.path.push(field.to_string());
        self
    }

    /// The field's path, as dotted JSON property names (empty for the
    /// request itself).
    pub fn field(&self) -> String {
        let mut parts: Vec<&str> = self.path.iter().rev().map(String::as_str).collect();
        parts.dedup();
        parts.join(".")
    }

    /// The rule the value broke.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    /// As the error a client returns for `operation`.
    pub fn for_operation(self, operation: Option<&'static str>) -> InvalidRequest {
        let field = self.field();
        InvalidRequest {
            operation,
            field: if field.is_empty() {
                "(body)".to_string()
            } else {
                field
            },
            rule: self.rule,
        }
    }
}

impl std::fmt::Debug for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Refusal")
            .field("field", &self.field())
            .field("rule", &self.rule)
            .finish()
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.field().as_str() {
            "" => write!(f, "{}", self.rule),
            field => write!(f, "`{field}`: {}", self.rule),
        }
    }
}

impl std::error::Error for Refusal {}

impl From<Refusal> for InvalidRequest {
    fn from(r: Refusal) -> Self {
        r.for_operation(None)
    }
}

/// What a generated builder's setter stores: `value` converted, or the
/// refusal of the conversion at `field`. One function for every setter,
/// instead of a closure in each.
#[doc(hidden)]
pub fn set<T, V>(value: V, field: &str) -> Result<T, Refusal>
where
    V: TryInto<T>,
    V::Error: IntoRefusal,
{
    value.try_into().map_err(|e| e.into_refusal().at(field))
}

/// [`set`] for an optional field.
#[doc(hidden)]
pub fn set_some<T, V>(value: V, field: &str) -> Result<Option<T>, Refusal>
where
    V: TryInto<T>,
    V::Error: IntoRefusal,
{
    set(value, field).map(Some)
}

/// What a value given to a request builder's setter can fail with, as a
/// [`Refusal`]: a nested builder's refusal, a constraint check's
/// [`InvalidValue`](crate::constraint::InvalidValue), a generated type's
/// conversion error, or nothing at all.
pub trait IntoRefusal {
    /// The refusal, without a path yet.
    fn into_refusal(self) -> Refusal;
}

impl IntoRefusal for Refusal {
    fn into_refusal(self) -> Refusal {
        self
    }
}

impl IntoRefusal for std::convert::Infallible {
    fn into_refusal(self) -> Refusal {
        match self {}
    }
}

impl IntoRefusal for crate::constraint::InvalidValue {
    fn into_refusal(self) -> Refusal {
        Refusal::new(self.rule)
    }
}

impl IntoRefusal for std::num::TryFromIntError {
    fn into_refusal(self) -> Refusal {
        Refusal::new(Rule::Type("an integer in range".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dropped_properties_in_arrays() {
        let given = serde_json::json!({"lines": [{"a": 1}, {"a": 1, "b": 2}]});
        let kept = serde_json::json!({"lines": [{"a": 1}, {"a": 1}]});
        assert_eq!(
            dropped(&given, &kept, String::new()).as_deref(),
            Some("lines[1].b")
        );
        assert_eq!(dropped(&kept, &kept, String::new()), None);
    }

    #[test]
    fn reads_nested_paths_and_rules() {
        let (p, r) = read_message("at `paymentInstrument`: missing field `cardNumber`");
        assert_eq!(p, "paymentInstrument.cardNumber");
        assert_eq!(r, Rule::Required);
        let (p, r) = read_message("at `lines[2].name`: longer than 5 characters");
        assert_eq!(p, "lines[2].name");
        assert_eq!(r, Rule::MaxLength(5));
        let (p, r) = read_message("invalid type: string \"4444333322221111\", expected u64");
        assert_eq!(p, "");
        assert_eq!(r, Rule::Type("u64".into()));
        let (_, r) = read_message("unknown variant `4444333322221111`, expected one of `a`");
        assert_eq!(r, Rule::Enum);
        let (p, r) = read_message("cardNumber: expected a string, found a number");
        assert_eq!(p, "");
        assert_eq!(r, Rule::Type("a string".into()));
        let (p, r) = read_message("at `action`: unknown variant `x`, expected `a` or `b`");
        assert_eq!(p, "action");
        assert_eq!(r, Rule::Enum);
        let (p, r) = read_message("`type` is `card/plain`: at `expiryDate`: missing field `month`");
        assert_eq!(p, "expiryDate.month");
        assert_eq!(r, Rule::Required);
    }
}
