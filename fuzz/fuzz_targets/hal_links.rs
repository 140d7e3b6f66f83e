//! HAL links: lookups, curie expansion and resolution (see the harness).
#![no_main]

#[path = "../../tests/fuzz_harness/hal_links.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check(data);
});
