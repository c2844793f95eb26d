//! Avro schemas with references (kctl_avro::schema). What is checked: kctl_fuzz::checks::avro_schema.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::avro_schema(data));
