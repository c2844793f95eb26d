//! DLQ header decoding (domain::dlq). What is checked: kctl_fuzz::checks::dlq_headers.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::dlq_headers(data));
