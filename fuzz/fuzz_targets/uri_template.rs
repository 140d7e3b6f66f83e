//! URI template expansion and path-template matching (see the harness).
#![no_main]

#[path = "../../tests/fuzz_harness/uri_template.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check(data);
});
