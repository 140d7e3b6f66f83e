//! Worldpay Online response bodies: decode, re-encode, decode again.
#![no_main]

#[path = "../../tests/fuzz_harness/responses.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = harness::check(harness::ONLINE, data);
});
