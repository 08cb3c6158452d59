//! Golden tests: every `fixtures/*.txt` is run through the real binary and compared with the
//! pretty report beside it (`fixtures/NAME.json`). `UPDATE_GOLDEN=1 cargo test` rewrites them;
//! review a golden diff like code.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn run(fixture: &Path) -> String {
    let name = fixture.file_name().unwrap().to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--pretty", &format!("fixtures/{name}")])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "lede failed on {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn reports_match_the_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let fixtures = fixtures();
    assert!(fixtures.len() >= 4, "fixtures are missing");
    let mut stale = Vec::new();
    for fixture in fixtures {
        let got = run(&fixture);
        let golden = fixture.with_extension("json");
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run UPDATE_GOLDEN=1 cargo test",
                golden.display()
            )
        });
        if got != want {
            stale.push(golden.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "reports differ from {stale:?}; review, then UPDATE_GOLDEN=1 cargo test"
    );
}

#[test]
fn every_offset_slices_the_input() {
    for fixture in fixtures() {
        let input = std::fs::read_to_string(&fixture).unwrap();
        let input = input.strip_prefix('\u{feff}').unwrap_or(&input);
        let report: serde_json::Value = serde_json::from_str(&run(&fixture)).unwrap();
        let checked = common::check_offsets(input, &report);
        assert!(
            checked > 10,
            "{}: only {checked} objects with offsets",
            fixture.display()
        );
    }
}

#[test]
fn output_is_identical_across_runs() {
    for fixture in fixtures() {
        assert_eq!(run(&fixture), run(&fixture));
    }
}
