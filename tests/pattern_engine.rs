//! The pattern engine (`worldpay::pattern`, the `worldpay-pattern` crate):
//! what it supports and refuses, and a differential test: for every pattern of every description `worldpay`
//! ships (the repaired ones in `generated/`, what the generated code
//! checks), and for patterns chosen to reach each construct, this crate
//! answers exactly as `regress`, a full ECMAScript engine, on strings
//! drawn at random from an alphabet that reaches every class the patterns
//! name, and on strings generated to match each pattern.

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use worldpay::pattern::Pattern;

const CONSTRUCTS: &[&str] = &[
    "",
    "a|b|",
    "^(?:ab|a)(?:c|bc)$",
    r"^(a|b)*?c{2}$",
    r"^(?:a{0,2}b?){2,3}$",
    r"\b[a-z]+\b",
    r"\B-\B",
    r"^[^\d\s]*$",
    r"^[\D]$",
    r"^[\S\s]{2}$",
    r"^\W+$",
    r"^(?!a)(?=.b)..$",
    r"(?=(?!a).)b",
    r"^[-a]-[a-]$",
    r"^.{3}$",
    r"^\.\*\+\?\(\)\[\]\{\}\|\^\$\\\/$",
    r"^x{1}y{0}z{,}",
    r"^a{2}?$",
    r"^[\t\n\v\f\r\0]$",
    r"^\cJ$",
    r"^\u0041\x42$",
];

fn shipped_patterns() -> Vec<String> {
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut patterns = Vec::new();
    for api in std::fs::read_dir(&generated).unwrap() {
        let dir = api.unwrap().path();
        for name in ["schema.json", "openapi.json"] {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
                continue;
            };
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            collect(&doc, &mut patterns);
        }
    }
    patterns.sort();
    patterns.dedup();
    patterns
}

fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if key == "pattern"
                    && let serde_json::Value::String(p) = v
                {
                    out.push(p.clone());
                }
                collect(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        _ => {}
    }
}

/// Every class the patterns name, and some of what they exclude.
const ALPHABET: &[char] = &[
    'a', 'b', 'c', 'z', 'A', 'B', 'Z', 'x', '0', '1', '9', ' ', '\t', '\n', '\r', '\u{b}', '\u{c}',
    '\0', '-', '_', '.', ',', '/', '\\', '@', '!', '#', '$', '%', '(', ')', '*', '+', '=', ':',
    ';', '?', '[', ']', '{', '}', '~', '`', '&', '<', '>', '^', '|', '\'', '"', '£', 'é', '\u{a0}',
    '\u{3000}', '\u{2028}', '\u{7f}', '😀',
];

fn agree(
    pattern: &str,
    ours: &Pattern,
    theirs: &regress::Regex,
    s: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        ours.is_match(s),
        theirs.find(s).is_some(),
        "pattern {:?} on {:?}",
        pattern,
        s
    );
    Ok(())
}

#[test]
fn every_shipped_pattern_is_compiled_and_answers_as_regress() {
    let shipped = shipped_patterns();
    assert!(shipped.len() > 40, "only {} patterns found", shipped.len());
    let mut generated_cases = 0;
    let (tried, matched) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    for pattern in shipped
        .iter()
        .map(String::as_str)
        .chain(CONSTRUCTS.iter().copied())
    {
        let ours = Pattern::new(pattern).unwrap_or_else(|e| panic!("{e}"));
        let theirs = regress::Regex::new(pattern).unwrap();
        let runner = || {
            TestRunner::new(Config {
                cases: 400,
                failure_persistence: None,
                ..Config::default()
            })
        };
        let random = proptest::collection::vec(proptest::sample::select(ALPHABET), 0..14)
            .prop_map(|chars| chars.into_iter().collect::<String>());
        runner()
            .run(&random, |s| agree(pattern, &ours, &theirs, &s))
            .unwrap();
        // Strings built to match the pattern's body, anchors taken off
        // (regex-syntax reads most of ECMAScript's syntax; a pattern it
        // cannot read, with a lookahead, gets the random strings only).
        let body = pattern.strip_prefix('^').unwrap_or(pattern);
        let body = body
            .strip_suffix('$')
            .filter(|b| !b.ends_with('\\'))
            .unwrap_or(body);
        if let Ok(matching) = proptest::string::string_regex(body) {
            generated_cases += 1;
            runner()
                .run(&matching, |s| {
                    tried.set(tried.get() + 1);
                    matched.set(matched.get() + usize::from(ours.is_match(&s)));
                    agree(pattern, &ours, &theirs, &s)
                })
                .unwrap();
        }
    }
    assert!(generated_cases > 40, "{generated_cases}");
    // The generated strings do reach the matching side (regex-syntax's
    // `\d` and `\s` are wider than ECMAScript's, so not all of them).
    assert!(
        matched.get() * 10 > tried.get() * 8,
        "{} of {}",
        matched.get(),
        tried.get()
    );
}

fn matches(pattern: &str, s: &str) -> bool {
    Pattern::new(pattern).unwrap().is_match(s)
}

#[test]
fn a_pattern_is_searched_for_unless_anchored() {
    assert!(matches("[0-9]*$", "abc"));
    assert!(matches("b", "abc"));
    assert!(!matches("^b", "abc"));
    assert!(matches("c$", "abc"));
    assert!(!matches("b$", "abc"));
    assert!(matches("", ""));
}

#[test]
fn classes_ranges_and_escapes() {
    let p = r"^[-A-Za-z0-9_!@#$%()*=.:;?\[\]{}~`/+]*$";
    assert!(matches(p, "a-[b]{c}~`/+"));
    assert!(!matches(p, "a b"));
    // `+-/` is a range from `+` to `/`: `,` is in it.
    assert!(matches(r"^[0-9()+-/.x]+$", "1,2"));
    assert!(matches(r"^[\x20-\x7E]{1,3}$", "a~ "));
    assert!(!matches(r"^[\x20-\x7E]{1,3}$", "a\u{7f}"));
    assert!(matches(r"^[a-zA-Z0-9\s-]*$", "a -\t\u{3000}"));
    assert!(matches(r"^[\w-z]$", "-"));
    assert!(matches("^[a-zA-Z0-9@!£*#$)(+-_=.,/;:]*$", "£"));
    assert!(!matches(r"^[^_][^ &<]*$", "_a"));
    assert!(matches(r"^\d{4}$", "2035"));
    assert!(!matches(r"^\d{4}$", "203"));
    assert!(matches(r"^2[.][0-9][.][0-9]$", "2.1.0"));
    assert!(matches(r"^\u00e9\t$", "é\t"));
    assert!(!matches(".", "\n"));
    assert!(matches("[^]", "\n"));
    assert!(!matches("[]", "a"));
}

#[test]
fn lookaheads() {
    let one_at = r"^(?=(?:[^@]*@){1}[^@]*$)[\x20-\x7E]{1,128}$";
    assert!(matches(one_at, "a@b.c"));
    assert!(!matches(one_at, "a@@b"));
    assert!(!matches(one_at, "ab"));
    let not_blank = r"^(?!\s*$).*$";
    assert!(matches(not_blank, " a "));
    assert!(!matches(not_blank, "   "));
    assert!(!matches(not_blank, ""));
    assert!(matches(r"a(?=b)", "xab"));
    assert!(!matches(r"a(?=b)", "xac"));
}

#[test]
fn quantifiers_lazy_and_annex_b_braces() {
    let p = r"^[a-zA-Z0-9\s]*?[a-zA-Z0-9][a-zA-Z0-9\s]*$";
    assert!(matches(p, "  a  "));
    assert!(!matches(p, "   "));
    assert!(matches("^a{2,3}$", "aaa"));
    assert!(!matches("^a{2,3}$", "aaaa"));
    assert!(matches("^a{2,}$", "aaaaa"));
    assert!(matches("^a{,2}$", "a{,2}"));
    assert!(matches("^x{}$", "x{}"));
    assert!(matches("^(?:ab|cd)+$", "abcdab"));
    assert!(!matches("^(?:ab|cd)+$", "abc"));
    assert!(matches("^(a*)*$", "aaaa"));
    assert!(matches(r"^(?<year>\d{4})$", "2035"));
    assert!(matches(r"\bword\b", "a word."));
    assert!(!matches(r"\bword\b", "swordfish"));
}

#[test]
fn what_is_refused_names_the_construct_and_where() {
    let e = |p: &str| Pattern::new(p).unwrap_err();
    assert_eq!(e(r"^(a)\1$").problem, "a backreference");
    assert_eq!(e(r"^(a)\1$").position, 4);
    assert_eq!(e(r"(?<=a)b").problem, "a lookbehind");
    assert_eq!(e(r"^\p{L}+$").problem, "a Unicode property escape");
    assert_eq!(e(r"^\z").problem, "an escape ECMAScript does not define");
    assert_eq!(e("^(ab$").problem, "an unclosed group");
    assert_eq!(e("^ab)$").problem, "a `)` that closes no group");
    assert_eq!(e("^[ab$").problem, "an unclosed class");
    assert_eq!(e("^[z-a]$").problem, "a class range out of order");
    assert_eq!(e("*a").problem, "a quantifier with nothing to repeat");
    assert_eq!(e("a**").problem, "a quantifier with nothing to repeat");
    assert_eq!(e("^*").problem, "a quantifier on an assertion");
    assert_eq!(
        e("a{3,2}").problem,
        "a quantifier whose maximum is below its minimum"
    );
    assert_eq!(
        e("a{99999999}").problem,
        "a repetition too large to write out"
    );
    // Nesting deep enough to exhaust the stack is refused, not followed.
    let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(e(&deep).problem, "groups nested too deep");
    assert_eq!(e(&deep).position, 64);
    assert!(Pattern::new(&format!("{}a{}", "(".repeat(64), ")".repeat(64))).is_ok());
    assert_eq!(
        e(r"^\p{L}+$").to_string(),
        r"pattern `^\p{L}+$`: a Unicode property escape at character 1"
    );
}

#[test]
fn a_long_value_is_checked_in_linear_time() {
    // Exponential for a backtracking engine.
    let p = Pattern::new("^(a|a)*(a|a)*b$").unwrap();
    assert!(!p.is_match(&"a".repeat(5_000)));
}
