//! String formats: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// The component names (and the runtime types they are bound to) that
/// [`checked_formats`] refers request dates and date-times to. Chosen
/// here, as the descriptions are silent: an RFC prefix no Access
/// Worldpay component uses (a number is appended should one ever do).
pub(super) const FORMAT_BINDINGS: &[(&str, &str, &str)] = &[
    ("date", "rfc3339Date", "crate::format::Date"),
    ("date-time", "rfc3339DateTime", "crate::format::DateTime"),
    ("uuid", "rfc9562Uuid", "crate::format::Uuid"),
];

/// **`format: date`, `date-time` and `uuid` in requests.** typify maps
/// them to `chrono` and `uuid` types, which this crate does not depend on
/// (and the build then fails). Decided once for every API: a request string with either
/// format refers instead to a component bound to the runtime's checked
/// text, `worldpay::format::Date`, `DateTime` or `Uuid`: the format is
/// validated (RFC 3339, RFC 9562) when built and when decoded, the text is kept exactly as
/// given, and users' builds need no date library. Other keywords of such a
/// string (`pattern`, lengths, `example`) go with it: the format check is
/// the stricter. Answers are untouched: [`relax_responses`] has already
/// dropped `format` from what is only read from answers. (`ip`, `ipv4`
/// and `ipv6` stay typify's: they are `std::net` types.) Returns the
/// bindings used, `(component, runtime path)`.
pub(super) fn checked_formats(doc: &mut Value, log: &mut Vec<String>) -> Vec<(String, String)> {
    let mut names = BTreeMap::new();
    for (format, base, path) in FORMAT_BINDINGS {
        let comps = components_mut(doc);
        let mut name = base.to_string();
        let mut n = 2;
        while comps.contains_key(&name) || rust_name_taken(comps, &name) {
            name = format!("{base}{n}");
            n += 1;
        }
        names.insert(*format, (name, *path));
    }
    let mut count = 0usize;
    let mut used = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |s, _| {
        let Some(obj) = s.as_object() else { return };
        if obj.get("type").and_then(Value::as_str) != Some("string") {
            return;
        }
        let Some((name, _)) = obj
            .get("format")
            .and_then(Value::as_str)
            .and_then(|f| names.get(f))
        else {
            return;
        };
        used.insert(name.clone());
        *s = schema_ref(name);
        count += 1;
    });
    let mut out = Vec::new();
    for (format, (name, path)) in names {
        if used.contains(&name) {
            components_mut(doc).insert(name.clone(), json!({"type": "string", "format": format}));
            out.push((name, path.to_string()));
        }
    }
    if count > 0 {
        log.push(format!(
            "{count} request strings with `format: date`/`date-time`/`uuid` bound to the \
             runtime's checked text ({}): format validated, text kept exactly, no date library",
            out.iter()
                .map(|(_, p)| format!("`{}`", p.replace("crate::", "worldpay::")))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}
