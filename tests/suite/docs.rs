//! The checked-in completions and man pages match what the binary generates.
//! Run with SMQ_UPDATE_DOCS=1 to rewrite them.

use std::path::Path;

use crate::harness::Cmd;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().path())
                .map(|p| {
                    (
                        p.file_name().unwrap().to_string_lossy().into_owned(),
                        std::fs::read(&p).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("SMQ_UPDATE_DOCS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let target = if update {
        root.to_path_buf()
    } else {
        tmp.path().to_path_buf()
    };
    if update {
        let _ = std::fs::remove_dir_all(root.join("completions"));
        let _ = std::fs::remove_dir_all(root.join("man"));
    }
    Cmd::new().arg("generate-docs").arg(&target).run().ok();
    for sub in ["completions", "man"] {
        let fresh = files(&tmp.path().join(sub));
        let committed = files(&root.join(sub));
        if !update {
            let names =
                |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
            assert_eq!(
                names(&committed),
                names(&fresh),
                "{sub}/ is stale: run SMQ_UPDATE_DOCS=1 cargo test --test suite docs"
            );
            for ((name, a), (_, b)) in committed.iter().zip(&fresh) {
                assert!(
                    a == b,
                    "{sub}/{name} is stale: run SMQ_UPDATE_DOCS=1 cargo test --test suite docs"
                );
            }
        }
    }
    let man = std::fs::read_to_string(root.join("man/smq-bootstrap.1")).unwrap();
    assert!(man.contains("130"), "the man page documents the exit codes");
}
