//! Regular expressions: a family of the fix-up stage's passes (see the stage's
//! documentation, `fixup/mod.rs`).

#[allow(unused_imports)]
use super::*;

/// **Lookahead patterns.** JSON Schema patterns are ECMAScript regexes, and
/// Worldpay uses lookahead (`^(?!\s*$)[A-Za-z0-9 ]*$`: "not blank"). Engines
/// without lookaround (Rust's `regex`, Go's RE2, several test-data
/// generators) reject those. The common "not blank" idiom
/// `^(?!\s*$)[C]*$` is rewritten to the equivalent `^[C]*?[C′][C]*$`, where
/// `C′` is the class `C` without its whitespace members; other lookaheads
/// are kept (ECMAScript engines accept them) and logged.
pub(super) fn rewrite_lookahead_patterns(doc: &mut Value, log: &mut Vec<String>) {
    let mut rewritten = BTreeSet::new();
    let mut kept = BTreeSet::new();
    visit_all_schemas_mut(doc, &mut |schema, _| {
        let Some(Value::String(p)) = schema.get_mut("pattern") else {
            return;
        };
        if !p.contains("(?=") && !p.contains("(?!") {
            return;
        }
        if let Some(new) = rewrite_not_blank(p) {
            rewritten.insert(format!("`{p}` → `{new}`"));
            *p = new;
        } else {
            kept.insert(p.clone());
        }
    });
    for r in rewritten {
        log.push(format!("lookahead pattern rewritten: {r}"));
    }
    for k in kept {
        log.push(format!("lookahead pattern kept (ECMAScript only): `{k}`"));
    }
}

/// `^(?!\s*$)[C]*$` → `^[C]*?[C-without-whitespace][C]*$`.
pub fn rewrite_not_blank(pattern: &str) -> Option<String> {
    let body = pattern.strip_prefix(r"^(?!\s*$)[")?.strip_suffix("]*$")?;
    if body.starts_with('^') || body.contains('[') || body.contains(']') {
        return None;
    }
    let without_ws = body.replace(r"\s", "").replace(' ', "");
    if without_ws.is_empty() || without_ws == "-" {
        return None;
    }
    // A `-` left dangling at the start or end of the class stays literal.
    Some(format!("^[{body}]*?[{without_ws}][{body}]*$"))
}

/// Every `pattern` must compile as an ECMAScript regex (the dialect JSON
/// Schema mandates), with the engine the generated code checks with,
/// `worldpay-pattern`:
/// the generated code compiles patterns lazily and must never fail to.
pub(super) fn check_patterns(doc: &Value) -> Result<(), String> {
    let mut bad = Vec::new();
    let mut doc = doc.clone();
    visit_all_schemas_mut(&mut doc, &mut |schema, hint| {
        if let Some(Value::String(p)) = schema.get("pattern")
            && let Err(e) = worldpay_pattern::Pattern::new(p)
        {
            bad.push(format!("{hint}: {e}"));
        }
    });
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join("\n"))
    }
}

/// Visits every schema of the document (components and operations), deep.
pub(super) fn visit_all_schemas_mut(doc: &mut Value, f: &mut dyn FnMut(&mut Value, &str)) {
    let names: Vec<String> = components(doc)
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        if let Some(s) = components_mut(doc).get_mut(&name) {
            walk_mut(s, &name, f);
        }
    }
    for (root, _) in operation_roots(doc) {
        if let Some(s) = doc.pointer_mut(&root.pointer) {
            walk_mut(s, &root.hint, f);
        }
    }
}

/// What a Java property class stands for in an ECMAScript class without
/// the `u` flag (typify compiles patterns without it, so `\p{…}` is not
/// available). Letters and marks are approximated by the nearest *looser*
/// class: ASCII letters, the Latin-1 letters, and every code point from
/// U+00C0 to U+FFFF (which holds every letter of the Basic Multilingual
/// Plane and also some non-letters). The approximation is logged.
fn property_class(name: &str) -> Option<(&'static str, bool)> {
    // (class body, whether it is looser than the original)
    Some(match name {
        "L" | "IsL" | "Letter" | "IsLetter" | "IsAlphabetic" | "Lu" | "Ll" | "Lt" | "Lm" | "Lo"
        | "LC" | "L&" => (r"A-Za-z\u00AA\u00B5\u00BA\u00C0-\uFFFF", true),
        "M" | "Mn" | "Mc" | "Me" | "IsM" | "Mark" => (r"\u0300-\u036F\u0483-\uFFFF", true),
        "N" | "Nd" | "IsN" | "IsDigit" => {
            (r"0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\uFFFF", true)
        }
        "Alpha" => ("A-Za-z", false),
        "Digit" => ("0-9", false),
        "Alnum" => ("A-Za-z0-9", false),
        "Upper" => ("A-Z", false),
        "Lower" => ("a-z", false),
        "Space" => (r" \t\n\x0B\f\r", false),
        "Punct" => (r"!-/:-@\[-`{-~", false),
        _ => return None,
    })
}

/// Rewrites a Java pattern to ECMAScript: possessive quantifiers (`*+`,
/// `++`, `?+`, `{n,m}+`) become greedy ones, and `\p{…}` classes become
/// [`property_class`]'s. Returns the new pattern and whether it is looser
/// than the original; `None` when there is nothing to rewrite.
pub fn rewrite_java_pattern(p: &str) -> Result<Option<(String, bool)>, String> {
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::new();
    let mut changed = false;
    let mut looser = false;
    let mut in_class = false;
    let mut after_quantifier = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            let n = chars[i + 1];
            if n == 'p' && chars.get(i + 2) == Some(&'{') {
                let end = chars[i + 3..]
                    .iter()
                    .position(|&c| c == '}')
                    .map(|e| i + 3 + e)
                    .ok_or_else(|| format!("`{p}`: an unclosed `\\p{{`"))?;
                let name: String = chars[i + 3..end].iter().collect();
                let (class, loose) = property_class(&name)
                    .ok_or_else(|| format!("`{p}`: no ECMAScript class for `\\p{{{name}}}`"))?;
                if in_class {
                    out.push_str(class);
                } else {
                    out.push('[');
                    out.push_str(class);
                    out.push(']');
                }
                looser |= loose;
                changed = true;
                after_quantifier = false;
                i = end + 1;
                continue;
            }
            out.push(c);
            out.push(n);
            after_quantifier = false;
            i += 2;
            continue;
        }
        if in_class {
            if c == ']' {
                in_class = false;
            }
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                // `[]…]` and `[^]…]`: a leading `]` is a member.
                out.push(c);
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push(']');
                    i += 1;
                }
                after_quantifier = false;
                continue;
            }
            '+' if after_quantifier => {
                // Possessive: the greedy quantifier accepts at least as much.
                changed = true;
                looser = true;
                after_quantifier = false;
                i += 1;
                continue;
            }
            '*' | '+' => after_quantifier = true,
            '?' => after_quantifier = !out.ends_with('(') && !after_quantifier,
            '{' => {
                let close = chars[i..].iter().position(|&c| c == '}').map(|e| i + e);
                let is_quantifier = close.is_some_and(|e| {
                    let body: String = chars[i + 1..e].iter().collect();
                    !body.is_empty()
                        && body.chars().all(|c| c.is_ascii_digit() || c == ',')
                        && body.chars().next().is_some_and(|c| c.is_ascii_digit())
                });
                if let (true, Some(e)) = (is_quantifier, close) {
                    out.extend(&chars[i..=e]);
                    i = e + 1;
                    after_quantifier = true;
                    continue;
                }
                after_quantifier = false;
            }
            _ => after_quantifier = false,
        }
        out.push(c);
        i += 1;
    }
    Ok(changed.then_some((out, looser)))
}

/// **Java patterns.** Several descriptions were written against a Java
/// validator: possessive quantifiers (`[\p{L} '-]*+`) and `\p{L}` classes
/// in names and addresses. ECMAScript (what JSON Schema mandates, and what
/// `worldpay-pattern` compiles, without the `u` flag) has neither, and
/// generation stopped. They are rewritten by [`rewrite_java_pattern`]: to
/// an equivalent pattern where there is one, else to the nearest looser
/// one (a possessive quantifier made greedy, a letter class widened to the
/// Basic Multilingual Plane), logged either way. A pattern that is already
/// ECMAScript is left alone.
pub(super) fn rewrite_java_patterns(doc: &mut Value, log: &mut Vec<String>) -> Result<(), String> {
    let mut rewritten = BTreeSet::new();
    let mut failed = Vec::new();
    visit_all_schemas_mut(doc, &mut |schema, hint| {
        let Some(Value::String(p)) = schema.get_mut("pattern") else {
            return;
        };
        if worldpay_pattern::Pattern::new(p).is_ok() {
            return;
        }
        match rewrite_java_pattern(p) {
            Ok(Some((new, looser))) => {
                let how = if looser {
                    "the nearest looser ECMAScript"
                } else {
                    "ECMAScript"
                };
                rewritten.insert(format!("`{p}` → `{new}` ({how})"));
                *p = new;
            }
            Ok(None) => {}
            Err(e) => failed.push(format!("{hint}: {e}")),
        }
    });
    for r in rewritten {
        log.push(format!("Java pattern rewritten: {r}"));
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("\n"))
    }
}

#[cfg(test)]
mod java_tests {
    use super::rewrite_java_pattern;

    #[test]
    fn possessive_quantifiers_become_greedy() {
        let r = |p| rewrite_java_pattern(p).unwrap();
        assert_eq!(r("^[a-z]*+$"), Some(("^[a-z]*$".into(), true)));
        assert_eq!(r("^a++b?+c{1,3}+$"), Some(("^a+b?c{1,3}$".into(), true)));
        // Lazy quantifiers, groups and escaped or class `+` are not possessive.
        assert_eq!(r("^(?:a+?)[+*]+\\++$"), None);
    }

    #[test]
    fn property_classes_become_explicit() {
        let (p, looser) = rewrite_java_pattern(r"^[\p{L} '-]{1,35}$")
            .unwrap()
            .unwrap();
        assert!(looser);
        assert!(p.starts_with(r"^[A-Za-z"), "{p}");
        assert!(
            worldpay_pattern::Pattern::new(&p)
                .unwrap()
                .is_match("Zoë O'Brien")
        );
        let (p, _) = rewrite_java_pattern(r"^\p{Alpha}+$").unwrap().unwrap();
        assert_eq!(p, "^[A-Za-z]+$");
        assert!(rewrite_java_pattern(r"^\p{Greek}$").is_err());
    }
}
