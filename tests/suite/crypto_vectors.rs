//! The cipher against every known-answer record in ../shared/vectors, and
//! interop with the independent Python peer in both directions.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use smq_bootstrap::crypto;

use crate::harness::{Cmd, python_crypto, shared_or_skip};

struct Record {
    encrypt: bool,
    fields: HashMap<String, String>,
}

fn parse_rsp(text: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut encrypt = true;
    let mut cur: HashMap<String, String> = HashMap::new();
    let flush = |cur: &mut HashMap<String, String>, out: &mut Vec<Record>, encrypt: bool| {
        if cur.contains_key("KEY") {
            out.push(Record {
                encrypt,
                fields: std::mem::take(cur),
            });
        }
        cur.clear();
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            flush(&mut cur, &mut out, encrypt);
        } else if line == "[ENCRYPT]" || line == "[DECRYPT]" {
            flush(&mut cur, &mut out, encrypt);
            encrypt = line == "[ENCRYPT]";
        } else if let Some((k, v)) = line.split_once('=') {
            cur.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    flush(&mut cur, &mut out, encrypt);
    out
}

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

#[test]
fn every_vector_file_every_record() {
    let Some(dir) = shared_or_skip("vectors", "every_vector_file_every_record") else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rsp"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 17,
        "expected the vector files in {}",
        dir.display()
    );
    let mut total = 0;
    for f in &files {
        let records = parse_rsp(&std::fs::read_to_string(f).unwrap());
        assert!(!records.is_empty(), "{} has no records", f.display());
        for r in &records {
            let key = unhex(&r.fields["KEY"]);
            let iv: [u8; 16] = unhex(&r.fields["IV"]).try_into().unwrap();
            let pt = unhex(&r.fields["PLAINTEXT"]);
            let ct = unhex(&r.fields["CIPHERTEXT"]);
            let name = format!(
                "{} COUNT={} ({})",
                f.display(),
                r.fields["COUNT"],
                if r.encrypt { "enc" } else { "dec" }
            );
            if r.encrypt {
                assert_eq!(
                    crypto::encrypt_with_iv(&key, &iv, &pt).unwrap(),
                    ct,
                    "{name}"
                );
            } else {
                assert_eq!(
                    crypto::decrypt_with_iv(&key, &iv, &ct).unwrap(),
                    pt,
                    "{name}"
                );
            }
            if let Some(ks) = r.fields.get("KEYSTRING") {
                assert_eq!(ks.as_bytes(), key.as_slice(), "{name}: KEYSTRING bytes");
                let wire = unhex(&r.fields["WIRE"]);
                assert_eq!(
                    crypto::seal_with_iv(ks.as_bytes(), &iv, &pt).unwrap(),
                    wire,
                    "{name}: wire"
                );
                assert_eq!(
                    crypto::open(ks.as_bytes(), &wire).unwrap(),
                    pt,
                    "{name}: open wire"
                );
            }
            total += 1;
        }
    }
    // The vectors README counts 2165 records across the files.
    assert_eq!(total, 2165);
}

fn peer(script: &Path, args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>) {
    let mut c = Command::new("python3")
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = c.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), out.stdout)
}

#[test]
fn interop_with_python_peer_both_ways() {
    let Some(script) = shared_or_skip("peers/cfb_peer.py", "interop_with_python_peer_both_ways")
    else {
        return;
    };
    if !python_crypto() {
        eprintln!(
            "SKIPPED interop_with_python_peer_both_ways: python3 with the `cryptography` package is not installed"
        );
        return;
    }
    for key in ["0123456789abcdef", "123456789012345678901234", CRYPTO_KEY32] {
        for len in [0usize, 1, 15, 16, 17, 31, 33, 64, 1000] {
            let text: String = (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect();
            // Ours → peer.
            let run = Cmd::new()
                .args(["crypto", "encrypt", "--key", key, "-"])
                .stdin(text.clone())
                .run();
            run.ok();
            let (code, plain) = peer(&script, &["decrypt", key], run.stdout.trim().as_bytes());
            assert_eq!(code, 0);
            assert_eq!(
                plain,
                text.as_bytes(),
                "peer decrypts ours: key {} bytes, len {len}",
                key.len()
            );
            // Peer → ours, in the raw wire form of a service reply.
            let (code, wire) = peer(&script, &["encrypt", "--raw", key], text.as_bytes());
            assert_eq!(code, 0);
            let run = Cmd::new()
                .args(["crypto", "decrypt", "--key", key])
                .stdin(wire)
                .run();
            run.ok();
            assert_eq!(
                run.raw_stdout,
                text.as_bytes(),
                "ours decrypts peer: key {} bytes, len {len}",
                key.len()
            );
        }
    }
}

const CRYPTO_KEY32: &str = "12345678910111213141516171819202";

#[test]
fn crypto_commands_match_spec_vector_and_reject_bad_input() {
    // The hex form decrypts with --hex, upper-case too.
    let hex = "000102030405060708090a0b0c0d0e0fb3ac2997b4b7a7a56cfce0821f52";
    let r = Cmd::new()
        .args(["crypto", "decrypt", "--hex", "--key", CRYPTO_KEY32])
        .stdin(hex.to_uppercase())
        .run();
    r.ok();
    assert_eq!(r.stdout, "external-key-1");
    // Key from a file (trailing newline ignored) and from the environment.
    let dir = tempfile::tempdir().unwrap();
    let kf = dir.path().join("key");
    std::fs::write(&kf, format!("{CRYPTO_KEY32}\n")).unwrap();
    let r = Cmd::new()
        .args(["crypto", "decrypt", "--hex", "--key-file"])
        .arg(&kf)
        .stdin(hex)
        .run();
    assert_eq!(r.stdout, "external-key-1");
    let r = Cmd::new()
        .args(["crypto", "decrypt", "--hex"])
        .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY32)
        .stdin(hex)
        .run();
    assert_eq!(r.stdout, "external-key-1");
    // Bad key lengths, short and bad input: exit 2 with one clear line.
    for bad in [
        "",
        "k",
        "0123456789abcde",
        "0123456789abcdef0",
        "123456789012345678901234567890123",
    ] {
        let r = Cmd::new()
            .args(["crypto", "encrypt", "--key", bad, "x"])
            .run();
        r.code(2);
        if !bad.is_empty() {
            r.error_line(&format!("{} bytes long", bad.len()));
            assert!(r.stderr.contains("16, 24 or 32"));
        }
    }
    Cmd::new()
        .args(["crypto", "decrypt", "--hex", "--key", CRYPTO_KEY32])
        .stdin("abc")
        .run()
        .code(2)
        .error_line("odd number");
    Cmd::new()
        .args(["crypto", "decrypt", "--hex", "--key", CRYPTO_KEY32])
        .stdin("zz")
        .run()
        .code(2)
        .error_line("not valid hex");
    Cmd::new()
        .args(["crypto", "decrypt", "--key", CRYPTO_KEY32])
        .stdin(vec![1u8; 15])
        .run()
        .code(2)
        .error_line("shorter than the 16-byte IV");
    std::fs::write(&kf, [0xffu8, 0xfe, 0x00]).unwrap();
    Cmd::new()
        .args(["crypto", "encrypt", "--key-file"])
        .arg(&kf)
        .arg("x")
        .run()
        .code(2)
        .error_line("not UTF-8");
}
