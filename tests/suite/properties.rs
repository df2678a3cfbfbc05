//! Property tests: the cipher round-trips for every key size and length, and
//! any id the service can route reaches its handler as itself.

use proptest::prelude::*;
use smq_bootstrap::crypto;
use smq_bootstrap::parse as client;
use smq_bootstrap::sandbox::route;

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
    fn any_id_reaches_the_handler_as_itself(id in "\\PC{0,40}|[/?#% .;,&=+:@!'()*$\\[\\]~-]{1,12}") {
        let escaped = client::escape_segment(&id);
        // Only Go's unescaped set and escapes, upper-case hex.
        prop_assert!(escaped.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~$&+,:;=@%".contains(&b)), "{}", escaped);
        prop_assert!(!escaped.contains("%2f") && escaped.split('%').skip(1).all(|h| h.len() >= 2 && h[..2].bytes().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())), "{}", escaped);
        let checked = client::check_path_id("id", &id);
        prop_assert_eq!(checked.is_ok(), !id.is_empty() && id != "." && id != ".." && !id.contains('/'));
        if checked.is_ok() {
            // The URL library leaves the segment alone...
            let url = url::Url::parse(&format!("http://h/things/configs/{escaped}")).unwrap();
            prop_assert_eq!(url.path(), format!("/things/configs/{escaped}"));
            // ...and the router, which routes as Go and chi do, sees the id itself.
            let routed = route::routing_path(url.path()).unwrap();
            prop_assert_eq!(routed, format!("/things/configs/{id}").into_bytes());
        }
    }
}
