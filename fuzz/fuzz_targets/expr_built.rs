#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| figaudit::fuzz_targets::expr_built(data));
