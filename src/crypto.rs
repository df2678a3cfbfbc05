//! The secure-bootstrap cipher: AES in full-block cipher feedback (CFB128),
//! key = the raw bytes of the shared secret string (16, 24 or 32 bytes select
//! AES-128/192/256), wire form = `IV ‖ ciphertext` with a fresh random 16-byte IV.
//!
//! Pure functions, no I/O. The request header carries the wire form in hex;
//! the service's reply body carries it as raw bytes.

use aes::{Aes128, Aes192, Aes256};
use cfb_mode::cipher::{AsyncStreamCipher, KeyIvInit};
use rand::RngCore;

/// Length of the IV that starts every message.
pub const IV_LEN: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("invalid crypto key: {0} bytes long, expected 16, 24 or 32")]
    KeyLength(usize),
    #[error("encrypted data is {0} bytes, shorter than the 16-byte IV")]
    TooShort(usize),
    #[error("encrypted data is not valid hex: {0}")]
    Hex(String),
}

/// Checks that `key` selects an AES variant.
pub fn check_key(key: &[u8]) -> Result<(), CryptoError> {
    match key.len() {
        16 | 24 | 32 => Ok(()),
        n => Err(CryptoError::KeyLength(n)),
    }
}

/// Encrypts or decrypts `buf` in place with AES-CFB128.
fn cfb(key: &[u8], iv: &[u8; IV_LEN], buf: &mut [u8], encrypt: bool) -> Result<(), CryptoError> {
    macro_rules! run {
        ($aes:ty) => {{
            if encrypt {
                cfb_mode::Encryptor::<$aes>::new(key.into(), iv.into()).encrypt(buf)
            } else {
                cfb_mode::Decryptor::<$aes>::new(key.into(), iv.into()).decrypt(buf)
            }
        }};
    }
    match key.len() {
        16 => run!(Aes128),
        24 => run!(Aes192),
        32 => run!(Aes256),
        n => return Err(CryptoError::KeyLength(n)),
    }
    Ok(())
}

/// `CFB-encrypt(key, iv, plaintext)`: the ciphertext alone, same length as the input.
pub fn encrypt_with_iv(
    key: &[u8],
    iv: &[u8; IV_LEN],
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let mut buf = plaintext.to_vec();
    cfb(key, iv, &mut buf, true)?;
    Ok(buf)
}

/// `CFB-decrypt(key, iv, ciphertext)`: the plaintext alone.
pub fn decrypt_with_iv(
    key: &[u8],
    iv: &[u8; IV_LEN],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let mut buf = ciphertext.to_vec();
    cfb(key, iv, &mut buf, false)?;
    Ok(buf)
}

/// The wire form `IV ‖ CFB(key, IV, plaintext)` with the given IV.
pub fn seal_with_iv(
    key: &[u8],
    iv: &[u8; IV_LEN],
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let mut out = Vec::with_capacity(IV_LEN + plaintext.len());
    out.extend_from_slice(iv);
    out.extend_from_slice(&encrypt_with_iv(key, iv, plaintext)?);
    Ok(out)
}

/// The wire form `IV ‖ CFB(key, IV, plaintext)` with a fresh random IV.
pub fn seal(key: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    check_key(key)?;
    let mut iv = [0u8; IV_LEN];
    rand::rngs::OsRng.fill_bytes(&mut iv);
    seal_with_iv(key, &iv, plaintext)
}

/// Opens the wire form `IV ‖ ciphertext`. Unlike the upstream SDK, input shorter
/// than the IV is an error, not an empty result.
pub fn open(key: &[u8], wire: &[u8]) -> Result<Vec<u8>, CryptoError> {
    check_key(key)?;
    if wire.len() < IV_LEN {
        return Err(CryptoError::TooShort(wire.len()));
    }
    let (iv, ct) = wire.split_at(IV_LEN);
    let iv: &[u8; IV_LEN] = iv.try_into().expect("split at IV_LEN");
    decrypt_with_iv(key, iv, ct)
}

/// The value of the secure request's `Thing`/`Client` header: lower-case hex of
/// the sealed external key.
pub fn encrypt_to_hex(key: &[u8], plaintext: &[u8]) -> Result<String, CryptoError> {
    Ok(hex::encode(seal(key, plaintext)?))
}

/// Decodes hex (upper, lower or mixed case; surrounding whitespace ignored) and opens it.
pub fn decrypt_hex(key: &[u8], text: &str) -> Result<Vec<u8>, CryptoError> {
    check_key(key)?;
    let wire = decode_hex(text)?;
    open(key, &wire)
}

/// Decodes hex text, ignoring surrounding whitespace.
pub fn decode_hex(text: &str) -> Result<Vec<u8>, CryptoError> {
    let t = text.trim();
    if !t.len().is_multiple_of(2) {
        return Err(CryptoError::Hex(format!(
            "odd number of digits ({})",
            t.len()
        )));
    }
    hex::decode(t).map_err(|e| CryptoError::Hex(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const IV: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    #[test]
    fn spec_vectors() {
        // From the service description, section "Secure bootstrap protocol".
        let cases = [
            (
                "12345678910111213141516171819202",
                "b3ac2997b4b7a7a56cfce0821f52",
            ),
            ("123456789012345678901234", "f0c49cc6e2bef31e86f7400e0a02"),
            ("1234567891011121", "9e91406e66440b09b515b19dd274"),
        ];
        for (key, ct) in cases {
            let wire = seal_with_iv(key.as_bytes(), &IV, b"external-key-1").unwrap();
            assert_eq!(
                hex::encode(&wire),
                format!("000102030405060708090a0b0c0d0e0f{ct}")
            );
            assert_eq!(open(key.as_bytes(), &wire).unwrap(), b"external-key-1");
        }
        let doc = br#"{"thing_id":"t","thing_key":"k","channels":null}"#;
        let ct = encrypt_with_iv(b"12345678910111213141516171819202", &IV, doc).unwrap();
        assert_eq!(
            hex::encode(ct),
            "adf6299aafb7a19628f3a7c11017c5b4f4291384e75a9f9969868a9e4704eb7dd19516eed4317a5e69412aacdbae80a1"
        );
    }

    #[test]
    fn not_cfb8() {
        let ct =
            encrypt_with_iv(b"12345678910111213141516171819202", &IV, b"external-key-1").unwrap();
        assert_ne!(hex::encode(ct), "b3d6c13ff2b2a49bfc8dadeb929e");
    }

    #[test]
    fn errors() {
        for n in [0, 1, 15, 17, 23, 25, 31, 33, 64] {
            let key = vec![b'k'; n];
            assert_eq!(seal(&key, b"x"), Err(CryptoError::KeyLength(n)));
            assert_eq!(open(&key, &[0; 32]), Err(CryptoError::KeyLength(n)));
        }
        let key = [7u8; 16];
        for n in 0..16 {
            assert_eq!(open(&key, &vec![0; n]), Err(CryptoError::TooShort(n)));
        }
        assert_eq!(open(&key, &[0; 16]).unwrap(), b"");
        assert!(matches!(decrypt_hex(&key, "abc"), Err(CryptoError::Hex(_))));
        assert!(matches!(decrypt_hex(&key, "zz"), Err(CryptoError::Hex(_))));
    }

    #[test]
    fn round_trips_every_size_and_length() {
        for n in [16, 24, 32] {
            let key: Vec<u8> = (0..n as u8).collect();
            for len in 0..=1000usize {
                let pt: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
                let wire = seal(&key, &pt).unwrap();
                assert_eq!(wire.len(), IV_LEN + len);
                assert_eq!(open(&key, &wire).unwrap(), pt);
                let hx = encrypt_to_hex(&key, &pt).unwrap();
                assert_eq!(decrypt_hex(&key, &hx.to_uppercase()).unwrap(), pt);
            }
        }
    }

    #[test]
    fn fresh_iv_each_time() {
        let key = [1u8; 32];
        assert_ne!(seal(&key, b"same").unwrap(), seal(&key, b"same").unwrap());
    }
}
