//! The simulator's request handling, several requests per input (see the harness).
#![no_main]

#[path = "../../tests/fuzz_harness/simulator_request.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check(data);
});
