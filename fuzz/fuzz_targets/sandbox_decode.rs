//! Arbitrary request bodies through the sandbox's Go-compatible decoder.
#![no_main]
use libfuzzer_sys::fuzz_target;
use smq_bootstrap::sandbox::gojson::{self, Kind};

const SPEC: &[(&str, Kind)] = &[
    ("external_id", Kind::Str),
    ("channels", Kind::StrList),
    ("state", Kind::Int("bootstrap.State")),
];

fuzz_target!(|data: &[u8]| {
    match gojson::decode(data, "api.addReq", SPEC) {
        Ok(d) => {
            let _ = (d.str("external_id"), d.list("channels"), d.int("state"));
        }
        Err(msg) => assert!(!msg.is_empty()),
    }
});
