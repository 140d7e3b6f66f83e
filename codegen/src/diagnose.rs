//! Failures that name their cause.
//!
//! typify and progenitor report some constructs they do not handle by
//! panicking, with a backtrace that names neither the API nor the schema.
//! Every call into them goes through [`guarded`]: a panic is caught (the
//! default hook's message and backtrace silenced while generating, on this
//! thread only), and when it happened in progenitor the document is cut
//! down to find the operation or component schema that causes it. The
//! failure is then one line: API, operation or schema, the construct (the
//! generator's own message), and what a maintainer can do.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use serde_json::{Map, Value};

use crate::json::{METHODS, SCHEMA_REF, direct_refs};

thread_local! {
    /// `Some` while this thread generates: the last panic's message.
    static CAUGHT: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let captured = CAUGHT.with(|c| {
                let mut c = c.borrow_mut();
                match c.as_mut() {
                    Some(slot) => {
                        let message = info
                            .payload()
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| info.payload().downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "a panic without a message".into());
                        let at = info
                            .location()
                            .map(|l| {
                                // `…/typify-impl-0.8.0/src/x.rs` → `typify-impl-0.8.0/src/x.rs`.
                                let file = l.file().replace('\\', "/");
                                let short = match file.rfind("/src/") {
                                    Some(at) => {
                                        let krate = file[..at].rsplit('/').next().unwrap_or("");
                                        format!("{krate}{}", &file[at..])
                                    }
                                    None => file.clone(),
                                };
                                format!(" (at {short}:{})", l.line())
                            })
                            .unwrap_or_default();
                        // One line: a Debug dump's lines and indents collapsed.
                        let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
                        *slot = Some(format!("{message}{at}"));
                        true
                    }
                    None => false,
                }
            });
            if !captured {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into its message (one line, with where it
/// happened).
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let outer = CAUGHT.with(|c| c.borrow_mut().replace(None));
    let result = catch_unwind(AssertUnwindSafe(f));
    let message = CAUGHT.with(|c| {
        let mut c = c.borrow_mut();
        let message = c.take().flatten();
        *c = outer;
        message
    });
    result.map_err(|_| message.unwrap_or_else(|| "a panic".into()))
}

/// What a maintainer can do, said once for every such failure.
pub const REMEDY: &str = "the fix-up stage (codegen/src/fixup/) does not handle this construct \
    yet: add a named patch for this description (codegen/src/patches.rs, listed in its api.yaml) \
    or report it, with this line, as an issue of the worldpay crate";

/// The one-line failure of `api`'s generation, `where_` naming the
/// operation or schema when known.
pub fn failure(api: &str, generator: &str, where_: Option<&str>, message: &str) -> String {
    let at = where_.map(|w| format!(" {w}:")).unwrap_or_default();
    format!("{api}:{at} {generator} cannot generate this ({message}); {REMEDY}")
}

/// Whether progenitor fails on `doc` (panics or refuses it).
fn progenitor_panics(doc: &Value, settings: &progenitor_impl::GenerationSettings) -> bool {
    let Ok(spec) = serde_json::from_value::<openapiv3::OpenAPI>(doc.clone()) else {
        return true;
    };
    !matches!(
        catch(|| progenitor_impl::Generator::new(settings).generate_tokens(&spec)),
        Ok(Ok(_))
    )
}

/// The component schemas `name` needs, itself included.
fn closure(comps: &Map<String, Value>, name: &str) -> Map<String, Value> {
    let mut out = Map::new();
    let mut stack = vec![name.to_string()];
    while let Some(n) = stack.pop() {
        if out.contains_key(&n) {
            continue;
        }
        let Some(s) = comps.get(&n) else { continue };
        let mut refs = Vec::new();
        direct_refs(s, &mut refs);
        stack.extend(refs);
        out.insert(n, s.clone());
    }
    out
}

/// Cuts `doc` down to what makes progenitor fail: the first operation
/// that does on its own, or else the first component schema that does
/// with only what it refers to. `None` when neither alone does.
pub fn culprit(doc: &Value, settings: &progenitor_impl::GenerationSettings) -> Option<String> {
    let mut bare = doc.clone();
    bare["paths"] = Value::Object(Map::new());
    if !progenitor_panics(&bare, settings) {
        let paths = doc.get("paths").and_then(Value::as_object)?;
        for (path, item) in paths {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let mut one = bare.clone();
                let mut only = Map::new();
                only.insert(method.to_string(), op.clone());
                if let Some(p) = item.get("parameters") {
                    only.insert("parameters".into(), p.clone());
                }
                one["paths"][path] = Value::Object(only);
                if progenitor_panics(&one, settings) {
                    let id = op
                        .get("operationId")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    return Some(format!(
                        "operation `{id}` ({} {path})",
                        method.to_ascii_uppercase()
                    ));
                }
            }
        }
        return None;
    }
    let comps = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)?;
    for name in comps.keys() {
        let mut one = bare.clone();
        one["components"]["schemas"] = Value::Object(closure(comps, name));
        if progenitor_panics(&one, settings) {
            return Some(format!("schema `{SCHEMA_REF}{name}`"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_the_hook_is_restored() {
        let e = catch(|| panic!("boom\nsecond line")).unwrap_err();
        assert!(e.starts_with("boom second line (at "), "{e}");
        assert_eq!(catch(|| 7).unwrap(), 7);
        // Nested: the inner catch does not take the outer's slot.
        let e = catch(|| {
            let _ = catch(|| panic!("inner"));
            panic!("outer")
        })
        .unwrap_err();
        assert!(e.starts_with("outer"), "{e}");
    }
}
