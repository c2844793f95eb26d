//! topics.yaml for plan/apply (domain::spec). What is checked: kctl_fuzz::checks::spec.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::spec(data));
