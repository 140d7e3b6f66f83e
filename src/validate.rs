//! Validate JSON payloads against the schemas Worldpay publishes.
//!
//! For your own tests: check that the requests you build and the responses
//! you stub are what the API description allows. The schemas are embedded
//! (the published descriptions with the crate's documented fix-ups
//! applied, as draft 7 JSON Schema) and each is compiled once per process.
//! Formats are checked.
//!
//! ```
//! # #[cfg(feature = "card-payments")] {
//! use worldpay::validate::{Api, Schema};
//!
//! let body = serde_json::json!({"value": {"amount": 500, "currency": "EUR"}});
//! let violations = Schema::request(Api::CardPayments, "partialSettlement")
//!     .unwrap()
//!     .validate(&body)
//!     .unwrap_err();
//! assert_eq!(violations[0].pointer, "");
//! assert!(violations[0].message.contains("reference"));
//! # }
//! ```

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use serde::Serialize;
use serde_json::Value;

use crate::sensitive::{REDACTED, mask_card_numbers};

pub use crate::apis::Api;

/// Why a schema could not be found.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LookupError {
    /// No component schema has this name.
    #[error("{api:?} has no schema named `{name}`")]
    NoSuchSchema {
        /// The API.
        api: Api,
        /// The name asked for.
        name: String,
    },
    /// No operation has this id.
    #[error("{api:?} has no operation `{operation}`")]
    NoSuchOperation {
        /// The API.
        api: Api,
        /// The id asked for.
        operation: String,
    },
    /// The operation has no request body, or no body for that status.
    #[error("{api:?} `{operation}` has no {what}")]
    NoBody {
        /// The API.
        api: Api,
        /// The operation.
        operation: String,
        /// "request body" or "response body for status N".
        what: String,
    },
}

/// One way a payload breaks its schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer to the offending value in the payload (`""` is the root).
    pub pointer: String,
    /// JSON pointer to the rule in the schema document.
    pub schema_pointer: String,
    /// What is wrong. Never quotes card data or secrets: string values are
    /// not quoted at all, values of sensitive fields are left out of the
    /// objects shown, and card-number-like digit runs are masked.
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at {at}: {}", self.message)
    }
}

/// Schemas compiled so far in this process.
static COMPILED: AtomicUsize = AtomicUsize::new(0);

/// How many schemas this process has compiled so far: a diagnostic.
///
/// Each schema is compiled the first time it is looked up
/// ([`Schema::named`], [`Schema::request`], [`Schema::response`]) and
/// cached for the life of the process, so looking the same schema up again,
/// from any thread, leaves this count unchanged.
///
/// ```
/// # #[cfg(feature = "card-payments")] {
/// use worldpay::validate::{Api, Schema, compiled_count};
///
/// let schema = Schema::request(Api::CardPayments, "authorize").unwrap();
/// let compiled = compiled_count();
/// let again = Schema::request(Api::CardPayments, "authorize").unwrap();
/// assert_eq!(compiled_count(), compiled);
/// # let _ = (schema, again);
/// # }
/// ```
pub fn compiled_count() -> usize {
    COMPILED.load(Ordering::Relaxed)
}

/// A schema of one API, ready to validate against.
#[derive(Clone)]
pub struct Schema {
    api: Api,
    pointer: String,
    validator: Arc<jsonschema::Validator>,
}

impl std::fmt::Debug for Schema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schema")
            .field("api", &self.api)
            .field("pointer", &self.pointer)
            .finish()
    }
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn operation<'a>(doc: &'a Value, id: &str) -> Option<&'a Value> {
    doc.get("paths")?.as_object()?.values().find_map(|item| {
        item.as_object()?
            .values()
            .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id))
    })
}

fn json_schema_of(content: &Value) -> Option<&Value> {
    let content = content.as_object()?;
    content
        .iter()
        .find(|(k, _)| k.contains("json"))
        .or_else(|| content.iter().next())
        .and_then(|(_, m)| m.get("schema"))
}

impl Schema {
    /// The component schema `name` (as the description names it, e.g.
    /// `customerInitiatedTransaction`).
    pub fn named(api: Api, name: &str) -> Result<Self, LookupError> {
        let doc = api.document();
        if doc
            .pointer(&format!("/components/schemas/{}", escape(name)))
            .is_none()
        {
            return Err(LookupError::NoSuchSchema {
                api,
                name: name.to_string(),
            });
        }
        Ok(Self::compile(
            api,
            format!("#/components/schemas/{}", fragment(&escape(name))),
        ))
    }

    /// The request body schema of operation `operation_id`.
    pub fn request(api: Api, operation_id: &str) -> Result<Self, LookupError> {
        let doc = api.document();
        let op = operation(doc, operation_id).ok_or_else(|| LookupError::NoSuchOperation {
            api,
            operation: operation_id.to_string(),
        })?;
        let no_body = || LookupError::NoBody {
            api,
            operation: operation_id.to_string(),
            what: "request body".into(),
        };
        let schema = op
            .pointer("/requestBody/content")
            .and_then(json_schema_of)
            .ok_or_else(no_body)?;
        Ok(Self::from_schema(api, schema))
    }

    /// The response body schema of operation `operation_id` for `status`.
    pub fn response(api: Api, operation_id: &str, status: u16) -> Result<Self, LookupError> {
        let doc = api.document();
        let op = operation(doc, operation_id).ok_or_else(|| LookupError::NoSuchOperation {
            api,
            operation: operation_id.to_string(),
        })?;
        let schema = op
            .pointer(&format!("/responses/{status}/content"))
            .and_then(json_schema_of)
            .ok_or_else(|| LookupError::NoBody {
                api,
                operation: operation_id.to_string(),
                what: format!("response body for status {status}"),
            })?;
        Ok(Self::from_schema(api, schema))
    }

    fn from_schema(api: Api, schema: &Value) -> Self {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => Self::compile(api, r.to_string()),
            None => {
                // An inline schema: find its pointer in the document.
                let pointer = find_pointer(api.document(), schema, String::new())
                    .expect("the schema comes from this document");
                Self::compile(api, format!("#{}", fragment(&pointer)))
            }
        }
    }

    /// Compiles once per schema per process.
    fn compile(api: Api, pointer: String) -> Self {
        type Cache = Mutex<HashMap<(Api, String), Arc<jsonschema::Validator>>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        let mut guard = cache.lock().unwrap_or_else(|p| p.into_inner());
        let validator = guard
            .entry((api, pointer.clone()))
            .or_insert_with(|| {
                COMPILED.fetch_add(1, Ordering::Relaxed);
                let mut root = api.document().clone();
                root.as_object_mut()
                    .expect("an OpenAPI document is an object")
                    .insert("$ref".into(), Value::String(pointer.clone()));
                Arc::new(
                    jsonschema::options()
                        .with_draft(jsonschema::Draft::Draft7)
                        .should_validate_formats(true)
                        // A format JSON Schema does not define (Worldpay
                        // writes `format: "RFC 4122 UUID"`) is an
                        // annotation, as the specification says.
                        .should_ignore_unknown_formats(true)
                        .build(&root)
                        .expect(
                            "every embedded schema compiles (tests/validate.rs checks them all)",
                        ),
                )
            })
            .clone();
        Schema {
            api,
            pointer,
            validator,
        }
    }

    /// Validates a JSON value; every violation, or `Ok`.
    pub fn validate(&self, value: &Value) -> Result<(), Vec<Violation>> {
        let violations: Vec<Violation> = self
            .validator
            .iter_errors(value)
            .map(|e| {
                let pointer = e.instance_path().to_string();
                let last = pointer.rsplit('/').next().unwrap_or_default();
                let keyword = e.schema_path().to_string();
                let message = if self.is_sensitive(last) {
                    format!(
                        "the value breaks `{}`",
                        keyword.rsplit('/').next().unwrap_or("its schema")
                    )
                } else {
                    self.message(&e)
                };
                Violation {
                    pointer,
                    schema_pointer: keyword,
                    message,
                }
            })
            .collect();
        if violations.is_empty() {
            Ok(())
        } else {
            Err(violations)
        }
    }

    /// Replaces the values of sensitive properties, at any depth.
    /// Whether a property of this name holds card data or a secret in this
    /// API: a name that is card data everywhere, or the last name of one of
    /// the API's sensitive paths (Worldpay Online's cardholder `name`). A
    /// message shows part of a payload, so the whole path is not known
    /// here: the name is enough to redact.
    fn is_sensitive(&self, name: &str) -> bool {
        crate::sensitive::is_sensitive_field(name)
            || self
                .api
                .sensitive_paths()
                .iter()
                .any(|p| p.rsplit(['.', ']']).next().is_some_and(|last| last == name))
    }

    fn redact(&self, value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    if self.is_sensitive(k) {
                        *v = Value::String(REDACTED.into());
                    } else {
                        self.redact(v);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.redact(v)),
            _ => {}
        }
    }

    /// jsonschema's message without the payload's secrets: a string value
    /// is never quoted (it may be card data in a field of any name), an
    /// object or array is shown with its sensitive properties redacted, and
    /// card-number-like digit runs are masked throughout.
    fn message(&self, e: &jsonschema::ValidationError<'_>) -> String {
        let instance: &Value = e.instance();
        let text = match instance {
            Value::String(_) => e.masked_with(REDACTED).to_string(),
            Value::Object(_) | Value::Array(_) => {
                let mut redacted = instance.clone();
                self.redact(&mut redacted);
                let full = e.to_string();
                let shown = instance.to_string();
                if redacted == *instance {
                    full
                } else if full.contains(&shown) {
                    full.replace(&shown, &redacted.to_string())
                } else {
                    e.masked_with(REDACTED).to_string()
                }
            }
            _ => e.to_string(),
        };
        mask_card_numbers(&text)
    }

    /// Validates a typed value by its JSON form.
    pub fn validate_typed<T: Serialize>(&self, value: &T) -> Result<(), Vec<Violation>> {
        match serde_json::to_value(value) {
            Ok(v) => self.validate(&v),
            Err(e) => Err(vec![Violation {
                pointer: String::new(),
                schema_pointer: String::new(),
                message: format!(
                    "cannot be serialized to JSON: {}",
                    mask_card_numbers(&e.to_string())
                ),
            }]),
        }
    }
}

/// Percent-encodes a JSON pointer for use as a URI fragment (RFC 6901 §6).
fn fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for c in pointer.chars() {
        if c.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn find_pointer(doc: &Value, target: &Value, at: String) -> Option<String> {
    if std::ptr::eq(doc, target) {
        return Some(at);
    }
    match doc {
        Value::Object(m) => m
            .iter()
            .find_map(|(k, v)| find_pointer(v, target, format!("{at}/{}", escape(k)))),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .find_map(|(i, v)| find_pointer(v, target, format!("{at}/{i}"))),
        _ => None,
    }
}
