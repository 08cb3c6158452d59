//! The command line as users run it: files, folders, stdin, bad inputs, exit codes, pipes.

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn lede() -> Command {
    Command::cargo_bin("lede").unwrap()
}

/// The reports a finished run wrote to stdout, one JSON object a line.
fn reports(run: &Assert) -> Vec<Value> {
    std::str::from_utf8(&run.get_output().stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

const ARTICLE: &str =
    "Acme Cuts Jobs\nAcme Corp. said on Monday it would cut 600 jobs. Shares fell.\n";

#[test]
fn one_file_gives_one_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    fs::write(&path, ARTICLE).unwrap();
    let out = lede().arg(&path).assert().success();
    let r = reports(&out);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["source"], path.display().to_string());
    assert_eq!(r[0]["encoding"], "utf-8");
    assert_eq!(r[0]["title"], "Acme Cuts Jobs");
    assert_eq!(r[0]["schema_version"], 1);
}

#[test]
fn folders_are_walked_recursively_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("b.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("sub/c.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("notes.md"), ARTICLE).unwrap();
    let out = lede().arg(dir.path()).assert().success();
    let sources: Vec<String> = reports(&out)
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    let name = |p: &str| dir.path().join(p).display().to_string();
    assert_eq!(
        sources,
        vec![name("a.txt"), name("b.txt"), name("sub/c.txt")]
    );

    let out = lede()
        .arg("--ext")
        .arg("md,txt")
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(reports(&out).len(), 4);
}

#[test]
fn stdin_piped_or_dash() {
    let out = lede().write_stdin(ARTICLE).assert().success();
    let r = reports(&out);
    assert_eq!(r[0]["source"], "-");
    assert_eq!(r[0]["stats"]["sentences"], 3);
    lede().arg("-").write_stdin(ARTICLE).assert().success();
}

#[test]
fn a_bad_file_among_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("b.txt"), b"PK\x03\x04\0\0binary").unwrap();
    fs::write(dir.path().join("c.txt"), ARTICLE).unwrap();
    let bad = dir.path().join("b.txt").display().to_string();
    let out = lede()
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "lede: {bad}: not a text file"
        )));
    assert_eq!(reports(&out).len(), 2);
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.txt");
    fs::write(&path, b"Prices \x93rose\x94 to \x80100 in M\xfcnchen.\n").unwrap();
    let out = lede().arg(&path).assert().success().stderr(
        predicate::str::contains("not valid UTF-8").and(predicate::str::contains("old.txt")),
    );
    let r = reports(&out);
    assert_eq!(r[0]["encoding"], "windows-1252");
    assert_eq!(
        r[0]["sentences"][0]["text"],
        "Prices “rose” to €100 in München."
    );
}

#[test]
fn utf16_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "Café prices rose. Tea fell."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    fs::write(&path, bytes).unwrap();
    let out = lede().arg(&path).assert().success();
    let r = reports(&out);
    assert_eq!(r[0]["encoding"], "utf-16");
    assert_eq!(r[0]["stats"]["sentences"], 2);
}

#[test]
fn empty_and_blank_files_give_empty_reports() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "").unwrap();
    fs::write(dir.path().join("b.txt"), "  \n\r\n\t").unwrap();
    let out = lede().arg(dir.path()).assert().success();
    for r in reports(&out) {
        assert_eq!(r["paragraphs"], Value::Array(vec![]));
        assert_eq!(r["title"], Value::Null);
    }
}

#[test]
fn missing_file_is_named_and_others_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    fs::write(&good, ARTICLE).unwrap();
    let missing = dir.path().join("nope.txt");
    let out = lede()
        .arg(&missing)
        .arg(&good)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "lede: {}: no such file or directory",
            missing.display()
        )));
    assert_eq!(reports(&out).len(), 1);
}

#[test]
fn nothing_readable_is_exit_2() {
    lede().arg("/nonexistent/lede/input.txt").assert().code(2);
    let dir = tempfile::tempdir().unwrap();
    lede()
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no input files"));
}

#[cfg(unix)]
#[test]
fn permission_denied_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    fs::write(&path, ARTICLE).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        return; // running as a user who can read anything (root): nothing to test here
    }
    lede()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("permission denied"));
}

#[test]
fn usage_errors_exit_2() {
    lede().arg("--no-such-flag").assert().code(2);
    lede().args(["--pretty", "--compact", "x"]).assert().code(2);
}

#[test]
fn help_shows_jq_and_version_works() {
    lede()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("jq"));
    lede()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn pretty_and_compact_are_forced() {
    let out = lede()
        .arg("--pretty")
        .write_stdin(ARTICLE)
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 1,"));
    let out = lede()
        .arg("--compact")
        .write_stdin(ARTICLE)
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .lines()
            .count(),
        1
    );
}

#[test]
fn crlf_works_like_lf() {
    let lf = "Head Line\n\nFirst one. Second one.\n\nThird one.\n";
    let crlf = lf.replace('\n', "\r\n");
    let a = reports(&lede().write_stdin(lf).assert().success());
    let b = reports(&lede().write_stdin(crlf).assert().success());
    let texts = |r: &Value| -> Vec<String> {
        r["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(texts(&a[0]), texts(&b[0]));
    assert_eq!(a[0]["stats"]["paragraphs"], b[0]["stats"]["paragraphs"]);
}

#[cfg(unix)]
#[test]
fn broken_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command as StdCommand, Stdio};
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::write(dir.path().join(format!("{i:03}.txt")), ARTICLE.repeat(20)).unwrap();
    }
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_lede"))
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -c 16`
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "exit {status:?}, stderr {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn shipped_article_runs() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed.txt");
    let out = lede().arg(seed).assert().success();
    assert_eq!(reports(&out)[0]["stats"]["headings"], 8);
}
