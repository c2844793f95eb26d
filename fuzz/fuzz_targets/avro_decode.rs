//! Avro datum decoding for tail (domain::avro_decode), round-tripped through produce's encoder. What is checked: kctl_fuzz::checks::avro_decode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::avro_decode(data));
