//! Arbitrary bytes as `config import` input, in each format.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smq_bootstrap::records::{self, InputFormat};

fuzz_target!(|data: &[u8]| {
    for format in [InputFormat::Jsonl, InputFormat::Json, InputFormat::Csv] {
        let mut seen = 0u64;
        let _ = records::read_records(data, format, |rec| {
            seen += 1;
            if let Ok(mut body) = rec.body {
                records::normalize(&mut body, "client_id", seen % 2 == 0);
                let _ = smq_bootstrap::commands::config::validate_create(&body, "client_id");
            }
            seen < 10_000
        });
    }
    let _ = records::read_ids(data, |_, id| !id.is_empty());
});
