//! Arbitrary bytes as the service's error bodies and list pages.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let status = 400 + u16::from(data.first().copied().unwrap_or(0)) % 200;
    let ctype = if data.len() % 2 == 0 { "application/json" } else { "text/html" };
    let e = smq_bootstrap::parse::reply_error(status, ctype, data, data.len() % 3 == 0);
    let line = e.to_string();
    assert!(!line.is_empty());
    assert!(line.chars().count() < 400 || serde_json::from_slice::<serde_json::Value>(data).is_ok());
    let _ = smq_bootstrap::parse::parse_page(data);
});
