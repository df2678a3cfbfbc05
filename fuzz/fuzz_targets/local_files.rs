//! Arbitrary text as the profile file and as a JSON argument (`@file`, `--json`).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = smq_bootstrap::parse::ProfileFile::parse(text) {
        // What parses must write back and read again the same.
        let again = toml::to_string_pretty(&file).expect("a parsed profile file serializes");
        assert_eq!(smq_bootstrap::parse::ProfileFile::parse(&again).as_ref(), Ok(&file));
    }
    let _ = smq_bootstrap::parse::parse_json_object(text, "--json");
});
