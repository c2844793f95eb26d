//! The config file (settings::ConfigFile::parse). What is checked: kctl_fuzz::checks::config_file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl_fuzz::checks::config_file(data));
