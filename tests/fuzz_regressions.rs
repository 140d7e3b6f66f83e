//! Every input kept from fuzzing (`tests/fuzz_regressions/<target>/`:
//! crashes the fuzzers found, minimized, and hand-picked hostile inputs)
//! replayed through the very checks the fuzz targets run
//! (`tests/fuzz_harness/`, shared with `fuzz/fuzz_targets/`), with the
//! documented outcome of each hand-picked input asserted.
#![cfg(feature = "simulator")]

#[path = "fuzz_harness/hal_links.rs"]
mod hal_links;
#[path = "fuzz_harness/responses.rs"]
mod responses;
#[path = "fuzz_harness/simulator_request.rs"]
mod simulator_request;
#[path = "fuzz_harness/stomp_decode.rs"]
mod stomp_decode;
#[path = "fuzz_harness/uri_template.rs"]
mod uri_template;

use std::collections::BTreeMap;
use std::path::PathBuf;

use worldpay::stomp::{CodecError, Item, Version};

/// Every kept input of `target`, by file name.
fn inputs(target: &str) -> BTreeMap<String, Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let inputs: BTreeMap<String, Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&p).expect("readable"))
        })
        .collect();
    assert!(!inputs.is_empty(), "no inputs kept for {target}");
    inputs
}

/// The kept input `name` of `target`.
fn input(target: &str, name: &str) -> Vec<u8> {
    inputs(target)
        .remove(name)
        .unwrap_or_else(|| panic!("{target}/{name} is gone"))
}

#[test]
fn stomp_decode_inputs_replay_clean() {
    for (name, data) in inputs("stomp_decode") {
        println!("stomp_decode/{name}");
        stomp_decode::check(&data);
    }
}

/// The error every version met, which must be the same.
fn stomp_error(name: &str) -> CodecError {
    let runs = stomp_decode::check(&input("stomp_decode", name));
    let error = runs[0]
        .error
        .clone()
        .unwrap_or_else(|| panic!("{name}: no error"));
    for run in &runs {
        assert_eq!(
            run.error.as_ref(),
            Some(&error),
            "{name} in {}",
            run.version
        );
    }
    error
}

#[test]
fn stomp_decode_hostile_inputs_meet_their_typed_errors() {
    let runs = stomp_decode::check(&input("stomp_decode", "truncated-frame"));
    for run in runs {
        assert!(run.items.is_empty() && run.error.is_none(), "{run:?}");
    }
    for name in ["huge-content-length", "content-length-above-limit"] {
        assert!(
            matches!(stomp_error(name), CodecError::FrameTooLarge { .. }),
            "{name}"
        );
    }
    assert!(matches!(
        stomp_error("signed-content-length"),
        CodecError::InvalidContentLength { .. }
    ));
    assert!(matches!(
        stomp_error("content-length-without-nul"),
        CodecError::MissingNul { .. }
    ));
    assert!(matches!(
        stomp_error("invalid-utf8-header"),
        CodecError::InvalidUtf8 { line: 2, .. }
    ));
    assert!(matches!(
        stomp_error("endless-command-line"),
        CodecError::UnknownCommand { .. }
    ));
    assert!(matches!(
        stomp_error("too-many-headers-small-limits"),
        CodecError::TooManyHeaders { limit: 4, .. }
    ));

    // `\t` is no escape in 1.1 and 1.2, and no escape at all in 1.0.
    let runs = stomp_decode::check(&input("stomp_decode", "undefined-escape"));
    for run in runs {
        if run.version == Version::V1_0 {
            assert_eq!(run.error, None);
            let [Item::Frame(frame)] = run.items.as_slice() else {
                panic!("{run:?}")
            };
            assert_eq!(frame.get("a"), Some("\\t"));
        } else {
            assert!(
                matches!(
                    run.error,
                    Some(CodecError::UndefinedEscape { part: "value", .. })
                ),
                "{run:?}"
            );
        }
    }

    // Split into four pieces, CRLF line ends: heart-beat, frame, two
    // heart-beats, whatever the version; escapes per version.
    let runs = stomp_decode::check(&input("stomp_decode", "split-crlf-frames"));
    for run in runs {
        assert_eq!(run.error, None);
        let [
            Item::HeartBeat,
            Item::Frame(frame),
            Item::HeartBeat,
            Item::HeartBeat,
        ] = run.items.as_slice()
        else {
            panic!("{run:?}")
        };
        assert_eq!(frame.body, b"hello");
        assert_eq!(frame.get("receipt"), Some("7"));
        let destination = if run.version == Version::V1_0 {
            "/x\\c"
        } else {
            "/x:"
        };
        assert_eq!(frame.get("destination"), Some(destination));
    }
}

#[test]
fn response_inputs_replay_clean_with_the_documented_outcome() {
    let apis = [
        ("responses_card_payments", responses::CARD_PAYMENTS),
        ("responses_payments", responses::PAYMENTS),
        ("responses_verified_payments", responses::VERIFIED_PAYMENTS),
        ("responses_online", responses::ONLINE),
    ];
    for (target, table) in apis {
        for (name, data) in inputs(target) {
            println!("{target}/{name}");
            let outcome = responses::check(table, &data).expect("not empty");
            // A link relation named like serde_json's private raw-value
            // token is a relation like any other: decoded, kept, re-encoded.
            if name.starts_with("fixture-") || name == "serde-json-reserved-relation-name" {
                outcome.unwrap_or_else(|e| panic!("{target}/{name}: {e}"));
            } else if name == "duplicate-union-tag" {
                // An answer naming its branch twice (`outcome` an unknown
                // value, then an object) is ambiguous: refused, not kept
                // in a form that cannot be read back.
                let e = outcome.expect_err(&name).to_string();
                assert!(
                    e.contains("duplicate field `outcome`"),
                    "{target}/{name}: {e}"
                );
            }
        }
        // Hostile input is refused by the parser where a type reads the
        // part; serde_json skips a member a type ignores without recursing,
        // and then the type finds a required field missing, or, with none,
        // accepts the rest.
        let hostile = [
            ("deep-nesting", "recursion limit exceeded"),
            ("invalid-utf8-string", "invalid unicode code point"),
            ("huge-number", "number out of range"),
        ];
        for (name, reason) in hostile {
            let data = input(target, name);
            let mut parser_refused = 0;
            for pick in 0..table.len() {
                let mut data = data.clone();
                data[0] = u8::try_from(pick).expect("few types");
                let outcome = responses::check(table, &data).expect("not empty");
                // A type with no required field may skip the whole member.
                let Err(error) = outcome.map_err(|e| e.to_string()) else {
                    continue;
                };
                assert!(
                    error.contains(reason) || error.contains("missing field"),
                    "{target}/{name} as {}: {error}",
                    table[pick].0
                );
                parser_refused += usize::from(error.contains(reason));
            }
            // Worldpay Online's types hold no free-form JSON to nest in.
            if !(target == "responses_online" && name == "deep-nesting") {
                assert!(parser_refused > 0, "{target}/{name}: {reason} never said");
            }
        }
    }
}

#[test]
fn ips_cloud_message_inputs_replay_clean() {
    for (name, data) in inputs("messages_ips_cloud") {
        println!("messages_ips_cloud/{name}");
        let outcome = responses::check_ips(&data).expect("not empty");
        let error = outcome.expect_err(&name);
        let reason = if name == "invalid-utf8-string" {
            "invalid unicode code point"
        } else {
            "recursion limit exceeded"
        };
        assert!(error.to_string().contains(reason), "{name}: {error}");
    }
}

/// The response tables name every body type the generated operation tables
/// and clients know, so a new response type cannot be left unfuzzed.
#[test]
fn response_tables_cover_every_generated_response_type() {
    use worldpay::operation::Operation;
    let apis: [(&str, responses::Table, &[Operation]); 4] = [
        (
            "card_payments",
            responses::CARD_PAYMENTS,
            worldpay::card_payments::OPERATIONS,
        ),
        (
            "payments",
            responses::PAYMENTS,
            worldpay::payments::OPERATIONS,
        ),
        (
            "verified_payments",
            responses::VERIFIED_PAYMENTS,
            worldpay::verified_payments::OPERATIONS,
        ),
        ("online", responses::ONLINE, worldpay::online::OPERATIONS),
    ];
    for (api, table, operations) in apis {
        let listed: Vec<&str> = table
            .iter()
            .map(|(name, _)| name.rsplit("::").next().unwrap_or(name).trim())
            .collect();
        let mut wanted: Vec<String> = operations
            .iter()
            .flat_map(|o| o.success.iter().chain(o.errors))
            .filter_map(|(_, schema)| schema.map(str::to_string))
            .collect();
        // The clients' return types, inline schemas included.
        let client = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("generated")
                .join(api)
                .join("methods.rs"),
        )
        .expect("generated client methods");
        for piece in client.split("ResponseValue<").skip(1) {
            let ty: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let ty = ty.rsplit("::").next().unwrap_or(&ty).to_string();
            if !ty.is_empty() && !["ByteStream", "ResponseValue"].contains(&ty.as_str()) {
                wanted.push(ty);
            }
        }
        for ty in wanted {
            assert!(
                listed.contains(&ty.as_str()),
                "{api}: response type {ty} is missing from tests/fuzz_harness/responses.rs"
            );
        }
    }
    // Every IPS Cloud channel is decoded on.
    let destinations = responses::ips_destinations();
    for channel in worldpay::ips_cloud::channels::CHANNELS {
        assert!(destinations.contains(&channel.destination));
    }
}

#[test]
fn hal_link_inputs_replay_clean_with_the_documented_outcome() {
    for (name, data) in inputs("hal_links") {
        println!("hal_links/{name}");
        hal_links::check(&data);
    }
    let outcome = hal_links::check(&input("hal_links", "deep-nesting-in-link"));
    assert!(
        outcome
            .decode_error
            .is_some_and(|e| e.contains("recursion limit exceeded"))
    );
    let outcome = hal_links::check(&input("hal_links", "invalid-utf8"));
    assert!(outcome.decode_error.is_some());
    for (name, error) in [
        ("cross-origin", "CrossOrigin"),
        ("protocol-relative", "CrossOrigin"),
        ("downgrade", "Downgrade"),
    ] {
        let outcome = hal_links::check(&input("hal_links", name));
        assert!(outcome.resolved.is_empty(), "{name}: {outcome:?}");
        assert!(
            outcome.link_errors.iter().any(|e| e.contains(error)),
            "{name}: {outcome:?}"
        );
    }
    // A curie whose template does not parse expands nothing.
    let outcome = hal_links::check(&input("hal_links", "unclosed-brace-curie"));
    assert_eq!(outcome.decode_error, None);
    assert_eq!(outcome.resolved, ["https://try.access.worldpay.com/x"]);
}

#[test]
fn uri_template_inputs_replay_clean_with_the_documented_outcome() {
    for (name, data) in inputs("uri_template") {
        println!("uri_template/{name}");
        uri_template::check(&data);
    }
    for name in ["unclosed-brace", "lone-brace"] {
        let outcome = uri_template::check(&input("uri_template", name));
        assert!(outcome.expanded.is_err(), "{name}: {outcome:?}");
    }
    let outcome = uri_template::check(&input("uri_template", "many-references"));
    assert_eq!(outcome.expanded.map(|e| e.len()), Ok(500 * 200 * 3)); // `/` is `%2F`
    let outcome = uri_template::check(&input("uri_template", "match-multibyte"));
    assert_eq!(outcome.matched, Some(vec!["\u{e9}\u{e9}".to_string()]));
    let outcome = uri_template::check(&input("uri_template", "non-ascii"));
    assert_eq!(
        outcome.matched,
        Some(vec!["\u{e9}".to_string(), "z".to_string()])
    );
}

#[test]
fn simulator_request_inputs_replay_clean_with_the_documented_outcome() {
    for (name, data) in inputs("simulator_request") {
        println!("simulator_request/{name}");
        simulator_request::check(&data);
    }
    let status = |name: &str| {
        simulator_request::check(&input("simulator_request", name))
            .iter()
            .map(|r| r.status)
            .collect::<Vec<_>>()
    };
    assert_eq!(status("no-credentials"), [401]);
    for name in [
        "bad-method",
        "absolute-target",
        "header-value-with-cr",
        "websocket-upgrade",
    ] {
        assert_eq!(status(name), [400], "{name}");
    }
    let answers = simulator_request::check(&input("simulator_request", "deep-nesting-body"));
    assert_eq!(answers[0].status, 400);
    assert!(String::from_utf8_lossy(&answers[0].body).contains("bodyIsNotJson"));
    assert_eq!(status("authorize-then-unknown-events"), [201, 404]);
}

#[test]
fn a_body_above_the_limit_is_refused_in_memory_as_over_http() {
    let mut data = b"POST /cardPayments/customerInitiatedTransactions\n@basic\n\
        Content-Type: application/vnd.worldpay.payments-v7+json\n\n"
        .to_vec();
    data.resize(data.len() + (1 << 20) + 1, b' ');
    let answers = simulator_request::check(&data);
    assert_eq!(answers[0].status, 400);
    assert!(String::from_utf8_lossy(&answers[0].body).contains("bodyIsTooLarge"));
}

#[path = "fuzz_harness/events_decode.rs"]
mod events_decode;
#[path = "fuzz_harness/webhook_signature.rs"]
mod webhook_signature;

#[test]
fn webhook_signature_inputs_replay_clean() {
    for (name, data) in inputs("webhook_signature") {
        println!("webhook_signature/{name}");
        webhook_signature::check(&data);
    }
}

#[test]
fn events_decode_inputs_replay_clean() {
    for (name, data) in inputs("events_decode") {
        println!("events_decode/{name}");
        events_decode::check(&data);
    }
    // A card number where an amount belongs is refused without being quoted.
    let err =
        worldpay::events::Received::from_slice(&input("events_decode", "card-number-as-amount"))
            .unwrap_err();
    assert!(!err.to_string().contains("4444333322221111"), "{err}");
}
