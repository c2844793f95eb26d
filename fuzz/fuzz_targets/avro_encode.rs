//! JSON to Avro encoding for produce (kctl_avro::encode). What is checked: kctl_fuzz::checks::avro_encode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::avro_encode(data));
