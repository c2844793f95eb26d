//! Avro datum decoding for tail (kctl_avro::decode), round-tripped through produce's encoder. What is checked: kctl_fuzz::checks::avro_decode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::avro_decode(data));
