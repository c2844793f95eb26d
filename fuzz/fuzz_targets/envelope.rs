//! The record envelope read by produce and written by tail (domain::envelope). What is checked: kctl_fuzz::checks::envelope.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::envelope(data));
