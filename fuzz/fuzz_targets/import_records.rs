//! Arbitrary bytes as `config import` input, in each format.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smq_bootstrap::parse::{self, Api, InputFormat};

fuzz_target!(|data: &[u8]| {
    for format in [InputFormat::Jsonl, InputFormat::Json, InputFormat::Csv] {
        let mut seen = 0u64;
        let _ = parse::read_records(data, format, |rec| {
            seen += 1;
            if let Ok(mut body) = rec.body {
                parse::normalize(&mut body, Api::Clients, seen % 2 == 0);
                let _ = parse::validate(&body, Api::Clients);
            }
            seen < 10_000
        });
    }
    let _ = parse::read_ids(data, |_, id| !id.is_empty());
});
