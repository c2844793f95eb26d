//! The Confluent frame header (kctl_avro::wire). What is checked: kctl_fuzz::checks::wire_frame.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::wire_frame(data));
