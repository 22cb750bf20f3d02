#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unboil_fuzz::decode(data));
