//! AsyncAPI 2.x descriptions (IPS Cloud), read into the shape the rest of
//! the generator knows.
//!
//! **Why a translation.** The fix-up stage and the validation document
//! work on OpenAPI's shape: component schemas, and operations whose bodies
//! are requests (checked strictly) or responses (read leniently). An
//! AsyncAPI channel maps onto that exactly: a message the client publishes
//! is a request, one it subscribes to is a response. Each channel
//! operation becomes a synthetic OpenAPI operation (publish: `POST` with
//! the payload as request body; subscribe: `GET` answering it with 200),
//! so every general transform applies unchanged and
//! `worldpay::validate` can look payloads up by operation id. typify then
//! generates the payload types directly (there is no HTTP client to
//! generate), and the emitter writes the channel table.

use serde_json::{Map, Value, json};

use super::json::{SCHEMA_REF, ref_name};

/// Which way a channel's messages travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The client sends (AsyncAPI `publish`).
    Publish,
    /// The server sends (AsyncAPI `subscribe`).
    Subscribe,
}

/// One channel operation.
#[derive(Clone, Debug)]
pub struct Channel {
    /// The STOMP destination.
    pub destination: String,
    /// Which way it goes.
    pub direction: Direction,
    /// The operation id.
    pub operation_id: String,
    /// The summary (or description's first line).
    pub summary: String,
    /// The message's `name` (`payment-start-message`).
    pub message: String,
    /// The component schema of the payload.
    pub payload: String,
    /// Destinations to subscribe to before publishing (`x-replies`).
    pub replies: Vec<String>,
    /// Destinations whose message ends the operation (`x-terminal`).
    pub terminal: Vec<String>,
    /// Whether the connection must be authenticated: the operation names a
    /// security requirement (`security`, non-empty).
    pub authenticated: bool,
    /// The operation whose session this one is sent in
    /// (`x-in-session-of`): it opens no session of its own.
    pub in_session_of: Option<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The component message a channel operation names (by `$ref`, or inline).
fn message_of<'a>(doc: &'a Value, operation: &'a Value) -> Result<&'a Value, String> {
    let message = operation
        .get("message")
        .ok_or("a channel operation without a message")?;
    match message.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r
                .strip_prefix("#/components/messages/")
                .ok_or_else(|| format!("message reference `{r}` is not a component message"))?;
            doc.pointer(&format!("/components/messages/{name}"))
                .ok_or_else(|| format!("message `{name}` does not exist"))
        }
        None => Ok(message),
    }
}

/// Reads the channels and builds the synthetic OpenAPI document.
pub fn to_openapi(doc: &Value) -> Result<(Value, Vec<Channel>), String> {
    if !doc
        .get("asyncapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("2."))
    {
        return Err("only AsyncAPI 2.x is supported".into());
    }
    let mut channels = Vec::new();
    let mut paths = Map::new();
    let empty = Map::new();
    for (destination, item) in doc
        .get("channels")
        .and_then(Value::as_object)
        .unwrap_or(&empty)
    {
        for (key, direction) in [
            ("publish", Direction::Publish),
            ("subscribe", Direction::Subscribe),
        ] {
            let Some(op) = item.get(key) else { continue };
            let message = message_of(doc, op)?;
            let payload = message
                .get("payload")
                .and_then(ref_name)
                .ok_or_else(|| {
                    format!("{destination}: the message payload must reference a component schema")
                })?
                .to_string();
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{destination}: {key} without an operationId"))?
                .to_string();
            let summary = op
                .get("summary")
                .or_else(|| item.get("description"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .lines()
                .next()
                .unwrap_or_default()
                .to_string();
            let name = message
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(&payload)
                .to_string();
            let schema_ref = json!({"$ref": format!("{SCHEMA_REF}{payload}")});
            let content = json!({"application/json": {"schema": schema_ref}});
            let synthetic = match direction {
                Direction::Publish => json!({"post": {
                    "operationId": operation_id,
                    "summary": summary,
                    "requestBody": {"required": true, "content": content},
                    "responses": {"202": {"description": "Accepted by the broker."}},
                }}),
                Direction::Subscribe => json!({"get": {
                    "operationId": operation_id,
                    "summary": summary,
                    "responses": {"200": {"description": "A message.", "content": content}},
                }}),
            };
            // A destination may carry both directions: merge the methods.
            let entry = paths
                .entry(destination.clone())
                .or_insert_with(|| Value::Object(Map::new()));
            if let (Some(e), Some(s)) = (entry.as_object_mut(), synthetic.as_object()) {
                e.extend(s.clone());
            }
            channels.push(Channel {
                destination: destination.clone(),
                direction,
                operation_id,
                summary,
                message: name,
                payload,
                replies: strings(op.get("x-replies")),
                terminal: strings(op.get("x-terminal")),
                authenticated: op
                    .get("security")
                    .and_then(Value::as_array)
                    .is_some_and(|s| !s.is_empty()),
                in_session_of: op
                    .get("x-in-session-of")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
    }
    channels.sort_by(|a, b| {
        (&a.destination, a.direction == Direction::Subscribe)
            .cmp(&(&b.destination, b.direction == Direction::Subscribe))
    });
    let mut schemas = doc
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| json!({}));
    openapi_discriminators(&mut schemas);
    let openapi = json!({
        "openapi": "3.0.3",
        "info": doc.get("info").cloned().unwrap_or_else(|| json!({"title": "", "version": ""})),
        "paths": paths,
        "components": {"schemas": schemas},
    });
    Ok((openapi, channels))
}

/// **AsyncAPI discriminators.** In AsyncAPI 2.x (JSON Schema with
/// AsyncAPI's own keyword) `discriminator` is just the property name, and
/// the tag values are taken to be schema names. Descriptions whose tag
/// values are not schema names (IPS Cloud's `signature-verification`)
/// give the mapping in an `x-discriminator-mapping` extension. Both become
/// OpenAPI's `{propertyName, mapping}`, which the fix-up stage reads.
fn openapi_discriminators(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(property)) = map.get("discriminator").cloned() {
                let mut d = Map::new();
                d.insert("propertyName".into(), Value::String(property));
                if let Some(mapping) = map.remove("x-discriminator-mapping") {
                    d.insert("mapping".into(), mapping);
                }
                map.insert("discriminator".into(), Value::Object(d));
            }
            for (k, v) in map.iter_mut() {
                if k != "examples" && k != "example" {
                    openapi_discriminators(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(openapi_discriminators),
        _ => {}
    }
}
