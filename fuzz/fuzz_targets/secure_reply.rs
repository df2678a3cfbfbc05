//! Arbitrary bytes as a secure bootstrap reply: decryption and JSON parsing
//! must fail cleanly, never panic. The first byte picks the key size.
#![no_main]
use libfuzzer_sys::fuzz_target;

const KEY: &[u8; 32] = b"12345678910111213141516171819202";

fuzz_target!(|data: &[u8]| {
    let Some((&pick, reply)) = data.split_first() else { return };
    let key = &KEY[..[16, 24, 32][usize::from(pick % 3)]];
    match smq_bootstrap::parse::open_secure_reply(key, reply) {
        Ok(doc) => assert!(doc.is_object()),
        Err(e) => assert_eq!(e.exit_code(), 7),
    }
    // The plain-text wire form too.
    let _ = smq_bootstrap::crypto::decrypt_hex(key, &String::from_utf8_lossy(reply));
});
