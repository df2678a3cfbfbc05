//! Property tests: the cipher round-trips for every key size and length, and
//! any id survives hex and URL escaping.

use proptest::prelude::*;
use smq_bootstrap::{client, crypto};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn cipher_round_trips(size in prop::sample::select(vec![16usize, 24, 32]), key_seed in any::<u64>(), data in prop::collection::vec(any::<u8>(), 0..=4096)) {
        let key: Vec<u8> = (0..size).map(|i| (key_seed >> (i % 8 * 8)) as u8 ^ i as u8).collect();
        let wire = crypto::seal(&key, &data).unwrap();
        prop_assert_eq!(wire.len(), crypto::IV_LEN + data.len());
        prop_assert_eq!(crypto::open(&key, &wire).unwrap(), data.clone());
        let hex = crypto::encrypt_to_hex(&key, &data).unwrap();
        prop_assert!(hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        prop_assert_eq!(crypto::decrypt_hex(&key, &hex.to_uppercase()).unwrap(), data);
    }

    #[test]
    fn a_wrong_key_never_opens_to_the_plaintext(data in prop::collection::vec(any::<u8>(), 17..=512)) {
        let wire = crypto::seal(b"0123456789abcdef", &data).unwrap();
        prop_assert_ne!(crypto::open(b"0123456789abcdeF", &wire).unwrap(), data);
    }

    #[test]
    fn hex_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..=256)) {
        prop_assert_eq!(crypto::decode_hex(&hex::encode(&bytes)).unwrap(), bytes);
    }

    #[test]
    fn any_id_is_one_url_segment(id in "\\PC{0,40}|[/?#% .;&=+:@\\[\\]~-]{1,12}") {
        let escaped = client::escape_segment(&id);
        prop_assert!(escaped.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "{}", escaped);
        let decoded = percent_encoding::percent_decode_str(&escaped).decode_utf8().unwrap();
        prop_assert_eq!(decoded.as_ref(), id.as_str());
        if !id.is_empty() && id != "." && id != ".." {
            let url = url::Url::parse(&format!("http://h/things/configs/{escaped}")).unwrap();
            let segs: Vec<&str> = url.path_segments().unwrap().collect();
            prop_assert_eq!(segs.len(), 3, "{}", url);
            let last = percent_encoding::percent_decode_str(segs[2]).decode_utf8().unwrap();
            prop_assert_eq!(last.as_ref(), id.as_str());
        }
    }
}
