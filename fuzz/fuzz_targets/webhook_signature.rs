//! See the harness, tests/fuzz_harness/webhook_signature.rs.
#![no_main]

#[path = "../../tests/fuzz_harness/webhook_signature.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check(data);
});
