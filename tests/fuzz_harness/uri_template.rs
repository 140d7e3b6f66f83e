//! `uri_template`: an arbitrary RFC 6570 template expanded with arbitrary
//! variables, and matched against arbitrary paths as the simulator and
//! link checks match operation paths.
//!
//! Input (lossy UTF-8), split on NUL: the template, then `name=value`
//! variables; the last part is also used as a path to match.
//!
//! Checked: nothing panics; the expansion is bounded (each template byte
//! yields at most the longest value, percent-encoded, plus a few bytes);
//! a match's parameters are non-empty pieces of the path.

use worldpay::hal::{Link, expand_template, match_template};

/// What became of the input.
#[derive(Debug)]
pub struct Outcome {
    /// The expansion, or why there is none.
    pub expanded: Result<String, String>,
    /// The parameters matched, when the last part matches the template.
    pub matched: Option<Vec<String>>,
}

/// Runs every check on one input.
pub fn check(data: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let template = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let variables: Vec<(&str, &str)> = rest
        .iter()
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let expanded = expand_template(template, &variables);
    if let Ok(out) = &expanded {
        // Each template byte is a literal (at most 12 bytes once encoded)
        // or part of a variable reference (its value, each byte at most 3
        // once encoded, plus a name and separators).
        let longest = variables.iter().map(|(_, v)| v.len()).max().unwrap_or(0);
        let bound = (template.len() + 1) * (3 * longest + 20);
        assert!(
            out.len() <= bound,
            "a {}-byte template expanded to {} bytes",
            template.len(),
            out.len()
        );
    }
    let link = Link {
        templated: Some(true),
        ..Link::new(template)
    };
    let via_link = link.expand(&variables);
    assert_eq!(via_link.is_ok(), expanded.is_ok());
    if let Err(e) = via_link {
        let _ = (e.to_string(), format!("{e:?}"));
    }
    let path = rest.last().copied().unwrap_or("");
    let mut matched = None;
    for candidate in [path, expanded.as_deref().unwrap_or("")] {
        if let Some((params, score)) = match_template(template, candidate) {
            assert!(score <= template.len());
            for p in &params {
                assert!(!p.is_empty(), "an empty parameter matched");
                assert!(candidate.contains(p));
            }
            if candidate == path {
                matched = Some(params.iter().map(|p| p.to_string()).collect());
            }
        }
    }
    Outcome { expanded, matched }
}
