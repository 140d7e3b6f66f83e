//! The STOMP decoder, in arbitrary splits and every version (see the harness).
#![no_main]

#[path = "../../tests/fuzz_harness/stomp_decode.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check(data);
});
