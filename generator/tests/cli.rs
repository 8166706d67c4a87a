//! The command line: exit codes, drift detection, atomic writes, the pin,
//! downloading the pinned document, moving the pin, the change report.

mod common;

use std::path::Path;
use std::process::Command;

use common::{files, refused_url, Server};

const DOC: &str = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {description: ok}\n";

fn cli(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_togai-codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn generate_then_check_then_drift() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.yaml"), DOC).unwrap();
    let args = [
        "--spec",
        "doc.yaml",
        "--out",
        "out",
        "--crate-name",
        "t-client",
        "-q",
    ];
    let (code, _, err) = cli(dir.path(), &[&["generate"][..], &args].concat());
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("out/src/apis/default_api.rs").is_file());
    let cargo = std::fs::read_to_string(dir.path().join("out/Cargo.toml")).unwrap();
    assert!(cargo.contains("name = \"t-client\""), "{cargo}");

    let (code, stdout, err) = cli(dir.path(), &[&["check"][..], &args].concat());
    assert_eq!((code, stdout.as_str()), (0, ""), "{err}");

    std::fs::write(dir.path().join("out/src/lib.rs"), "// edited").unwrap();
    std::fs::write(dir.path().join("out/stray.txt"), "x").unwrap();
    std::fs::remove_file(dir.path().join("out/src/document.rs")).unwrap();
    let (code, stdout, _) = cli(dir.path(), &[&["check"][..], &args].concat());
    assert_eq!(code, 1);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        ["src/document.rs", "src/lib.rs", "stray.txt"]
    );
}

#[test]
fn a_failure_leaves_the_previous_crate_untouched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.yaml"), DOC).unwrap();
    let (code, _, err) = cli(
        dir.path(),
        &["generate", "--spec", "doc.yaml", "--out", "out", "-q"],
    );
    assert_eq!(code, 0, "{err}");
    let before = std::fs::read_to_string(dir.path().join("out/src/lib.rs")).unwrap();

    std::fs::write(
        dir.path().join("doc.yaml"),
        DOC.replace("getA", "getA\n      parameters: [{$ref: '#/nope'}]"),
    )
    .unwrap();
    let (code, _, err) = cli(
        dir.path(),
        &["generate", "--spec", "doc.yaml", "--out", "out"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("doc.yaml") && err.contains("#/paths/~1a/get/parameters/0"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/src/lib.rs")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".codegen"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn usage_errors_exit_2_and_help_documents_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, _) = cli(dir.path(), &["generate", "--bogus"]);
    assert_eq!(code, 2);
    let (code, stdout, _) = cli(dir.path(), &["generate", "--help"]);
    assert_eq!(code, 0);
    for flag in ["--spec", "--out", "--crate-name", "--crate-version"] {
        assert!(stdout.contains(flag), "{flag} missing from help");
    }
    for (sub, flags) in [
        ("fetch", &["--url"][..]),
        ("diff", &["--format", "--fail-on"][..]),
        ("update", &["--spec", "--commit", "--url", "--dry-run"][..]),
    ] {
        let (code, stdout, _) = cli(dir.path(), &[sub, "--help"]);
        assert_eq!(code, 0, "{sub}");
        for flag in flags {
            assert!(stdout.contains(flag), "{sub}: {flag} missing from help");
        }
    }
    let (_, stdout, _) = cli(dir.path(), &["--help"]);
    assert!(
        stdout.contains("Exit codes") && stdout.contains("check"),
        "{stdout}"
    );
}

#[test]
fn the_pin_is_verified_and_a_missing_document_explained() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("spec")).unwrap();
    std::fs::write(dir.path().join("doc.yaml"), DOC).unwrap();
    let settings = |sha: &str, path: &str| {
        format!(
            "document:\n  path: {path}\n  source: https://example.com/doc.yaml\n  commit: abc\n  sha256: {sha}\ncrate:\n  name: t-client\n  version: 1.2.3\nout_dir: out\n"
        )
    };
    let sha = togai_codegen::file_sha256(&dir.path().join("doc.yaml"))
        .unwrap()
        .unwrap();
    std::fs::write(
        dir.path().join("spec/codegen.yaml"),
        settings(&sha, "doc.yaml"),
    )
    .unwrap();
    // Found from a subdirectory, like cargo finds its workspace.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let (code, _, err) = cli(&dir.path().join("sub"), &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(dir.path().join("out/Cargo.toml"))
        .unwrap()
        .contains("version = \"1.2.3\""));

    std::fs::write(
        dir.path().join("spec/codegen.yaml"),
        settings(&"0".repeat(64), "doc.yaml"),
    )
    .unwrap();
    let (code, _, err) = cli(dir.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&sha) && err.contains("update the pin"),
        "{err}"
    );

    std::fs::write(
        dir.path().join("spec/codegen.yaml"),
        settings(&sha, "gone.yaml"),
    )
    .unwrap();
    let (code, _, err) = cli(dir.path(), &["generate"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("pinned document is missing")
            && err.contains("gone.yaml")
            && err.contains("--spec"),
        "{err}"
    );
}

fn sha256_of(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("f"), text).unwrap();
    togai_codegen::file_sha256(&dir.path().join("f"))
        .unwrap()
        .unwrap()
}

/// A project in `root` whose pin names `doc` at `path`, downloaded from `url`,
/// with comments that an update must keep.
fn write_project(root: &Path, doc: &str, path: &str, url: &str, version: &str) {
    std::fs::create_dir_all(root.join("spec")).unwrap();
    std::fs::write(
        root.join("spec/codegen.yaml"),
        format!(
            "# The pin.\ndocument:\n  path: {path} # relative to the project\n  source: https://example.com/doc\n  commit: c1\n  sha256: {}\n  url: {url}\ncrate:\n  name: t-client\n  version: {version}\n  # What users should know.\n  notes: |\n    Be kind.\nout_dir: out\n",
            sha256_of(doc)
        ),
    )
    .unwrap();
}

#[test]
fn a_fresh_clone_fetches_the_document_then_generates_and_checks() {
    let server = Server::start(vec![("/raw/c1/doc.yaml", 200, DOC.as_bytes().to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("project");
    // As on a fresh clone: the pinned path is in a `../shared` that is not there.
    write_project(
        &root,
        DOC,
        "../shared/doc.yaml",
        &server.url("/raw/c1/doc.yaml"),
        "0.1.0",
    );

    let (code, _, err) = cli(&root, &["check"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("missing") && err.contains("fetch"), "{err}");
    assert!(server.requests().is_empty(), "check does not download");

    let (code, _, err) = cli(&root, &["fetch"]);
    assert_eq!(code, 0, "{err}");
    let cached = format!(".codegen-cache/{}/doc.yaml", sha256_of(DOC));
    assert_eq!(files(&root), [cached.as_str(), "spec/codegen.yaml"]);
    assert!(err.contains(&cached), "{err}");

    let (code, _, err) = cli(&root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    let (code, stdout, err) = cli(&root, &["check"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{err}");
    // Present now: not downloaded again.
    let (code, _, err) = cli(&root, &["fetch"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("nothing to download"), "{err}");
    assert_eq!(server.requests(), ["/raw/c1/doc.yaml"]);
}

#[test]
fn generate_downloads_a_missing_document_itself() {
    let server = Server::start(vec![("/doc.yaml", 200, DOC.as_bytes().to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("shared")).unwrap();
    let root = tmp.path().join("project");
    write_project(
        &root,
        DOC,
        "../shared/doc.yaml",
        &server.url("/doc.yaml"),
        "0.1.0",
    );
    let (code, _, err) = cli(&root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("downloaded"), "{err}");
    // The pinned directory exists: the document is stored there.
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("shared/doc.yaml")).unwrap(),
        DOC
    );
    assert!(root.join("out/src/apis/default_api.rs").is_file());
}

#[test]
fn without_the_document_or_a_network_generate_says_in_one_line_what_to_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("project");
    let url = refused_url();
    write_project(&root, DOC, "../shared/doc.yaml", &url, "0.1.0");
    let (code, _, err) = cli(&root, &["generate"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: ") && err.contains("fetch") && err.contains(&url),
        "{err}"
    );
    assert_eq!(files(&root), ["spec/codegen.yaml"], "nothing written");
}

#[test]
fn fetch_refuses_wrong_bytes_and_failed_answers_and_writes_nothing() {
    let server = Server::start(vec![("/wrong.yaml", 200, b"openapi: 3.0.3\n".to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    write_project(
        tmp.path(),
        DOC,
        "doc.yaml",
        &server.url("/wrong.yaml"),
        "0.1.0",
    );
    let (code, _, err) = cli(tmp.path(), &["fetch"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("sha256") && err.contains("nothing written"),
        "{err}"
    );
    let missing = server.url("/missing.yaml");
    let (code, _, err) = cli(tmp.path(), &["fetch", "--url", &missing]);
    assert_eq!(code, 1);
    assert!(err.contains("404") && err.contains(&missing), "{err}");
    let (code, _, err) = cli(tmp.path(), &["fetch", "--url", &refused_url()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(files(tmp.path()), ["spec/codegen.yaml"]);
}

/// A document with one operation per entry of `ops` (`(path, operationId)`).
fn doc_with(ops: &[(&str, &str)], schemas: &str) -> String {
    let mut out = String::from("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n");
    for (path, id) in ops {
        out.push_str(&format!(
            "  {path}:\n    get:\n      operationId: {id}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Thing'}}\n"
        ));
    }
    out.push_str(&format!("components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        id: {{type: string}}\n{schemas}"));
    out
}

#[test]
fn update_moves_the_pin_regenerates_bumps_and_keeps_a_changelog() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let v1 = doc_with(&[("/a", "getA")], "");
    std::fs::write(root.join("doc.yaml"), &v1).unwrap();
    write_project(
        root,
        &v1,
        "doc.yaml",
        "https://example.com/raw/c1/doc.yaml",
        "0.1.0",
    );
    let (code, _, err) = cli(root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    let settings_before = std::fs::read_to_string(root.join("spec/codegen.yaml")).unwrap();

    // An operation added: minor, so 0.1.0 becomes 0.1.1.
    let v2 = doc_with(&[("/a", "getA"), ("/b", "getB")], "");
    std::fs::write(root.join("v2.yaml"), &v2).unwrap();
    let before = snapshot(root);
    let (code, stdout, err) = cli(
        root,
        &["update", "--spec", "v2.yaml", "--commit", "c2", "--dry-run"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(stdout.starts_with("semver: minor"), "{stdout}");
    assert!(
        stdout.contains("operation-added") && stdout.contains("0.1.0 -> 0.1.1"),
        "{stdout}"
    );
    assert_eq!(snapshot(root), before, "--dry-run writes nothing");

    let (code, stdout, err) = cli(root, &["update", "--spec", "v2.yaml", "--commit", "c2"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("operation-added"), "{stdout}");
    let settings = std::fs::read_to_string(root.join("spec/codegen.yaml")).unwrap();
    let expected = settings_before
        .replace(&sha256_of(&v1), &sha256_of(&v2))
        .replace("commit: c1", "commit: c2")
        .replace("raw/c1/doc.yaml", "raw/c2/doc.yaml")
        .replace("version: 0.1.0", "version: 0.1.1");
    assert_eq!(
        settings, expected,
        "only the pin's lines and the version change"
    );
    let cargo = std::fs::read_to_string(root.join("out/Cargo.toml")).unwrap();
    assert!(cargo.contains("version = \"0.1.1\""), "{cargo}");
    let api = std::fs::read_to_string(root.join("out/src/apis/default_api.rs")).unwrap();
    assert!(api.contains("pub fn get_b("), "regenerated");
    let changelog = std::fs::read_to_string(root.join("out/CHANGELOG.md")).unwrap();
    assert!(changelog.starts_with("# Changelog"), "{changelog}");
    assert!(
        changelog.contains("## 0.1.1") && changelog.contains("`getB`"),
        "{changelog}"
    );
    // The pinned path still holds v1: the new document went to the cache, where check finds it.
    assert_eq!(std::fs::read_to_string(root.join("doc.yaml")).unwrap(), v1);
    let cached = root.join(format!(".codegen-cache/{}/doc.yaml", sha256_of(&v2)));
    assert_eq!(std::fs::read_to_string(cached).unwrap(), v2);
    let (code, _, err) = cli(root, &["check"]);
    assert_eq!(code, 0, "{err}");

    // Regenerating keeps the changelog.
    let (code, _, err) = cli(root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(root.join("out/CHANGELOG.md")).unwrap(),
        changelog
    );

    // An operation removed: breaking, so 0.1.1 becomes 0.2.0, on top of the changelog.
    let v3 = doc_with(&[("/b", "getB")], "");
    std::fs::write(root.join("v3.yaml"), &v3).unwrap();
    let (code, stdout, err) = cli(root, &["update", "--spec", "v3.yaml", "--commit", "c3"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.starts_with("semver: major") && stdout.contains("operation-removed"),
        "{stdout}"
    );
    let changelog = std::fs::read_to_string(root.join("out/CHANGELOG.md")).unwrap();
    let (new, old) = (
        changelog.find("## 0.2.0").unwrap(),
        changelog.find("## 0.1.1").unwrap(),
    );
    assert!(new < old, "{changelog}");
    let settings = std::fs::read_to_string(root.join("spec/codegen.yaml")).unwrap();
    assert!(
        settings.contains("version: 0.2.0") && settings.contains("# What users should know."),
        "{settings}"
    );

    // The same document again: nothing to do.
    let before = snapshot(root);
    let (code, _, err) = cli(root, &["update", "--spec", "v3.yaml", "--commit", "c3"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("nothing to do"), "{err}");
    assert_eq!(snapshot(root), before);
}

#[test]
fn update_to_a_document_the_generator_refuses_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let v1 = doc_with(&[("/a", "getA")], "");
    std::fs::write(root.join("doc.yaml"), &v1).unwrap();
    write_project(
        root,
        &v1,
        "doc.yaml",
        "https://example.com/raw/c1/doc.yaml",
        "1.4.2",
    );
    let (code, _, err) = cli(root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    let bad = v1.replace("getA", "getA\n      parameters: [{$ref: '#/nope'}]");
    std::fs::write(root.join("bad.yaml"), bad).unwrap();
    let before = snapshot(root);
    let (code, _, err) = cli(root, &["update", "--spec", "bad.yaml", "--commit", "c2"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("bad.yaml") && err.contains("#/paths/~1a/get/parameters/0"),
        "{err}"
    );
    assert_eq!(snapshot(root), before);
}

/// Every file under `root` with its contents.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    files(root)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(root.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

#[test]
fn diff_prints_text_markdown_or_json_and_fails_on_breaking_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let old = doc_with(&[("/a", "getA"), ("/b", "getB")], "");
    let added = doc_with(&[("/a", "getA"), ("/b", "getB"), ("/c", "getC")], "");
    let removed = doc_with(&[("/a", "getA")], "");
    for (name, text) in [
        ("old.yaml", &old),
        ("added.yaml", &added),
        ("removed.yaml", &removed),
    ] {
        std::fs::write(root.join(name), text).unwrap();
    }
    let (code, stdout, err) = cli(
        root,
        &[
            "diff",
            "old.yaml",
            "added.yaml",
            "--format",
            "json",
            "--fail-on",
            "breaking",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["semver"], "minor");
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{stdout}");
    assert_eq!(changes[0]["kind"], "operation-added");
    assert_eq!(changes[0]["breaking"], false);
    assert_eq!(changes[0]["operation"], "getC");
    assert_eq!(changes[0]["pointer"], "#/paths/~1c/get");
    assert!(changes[0]["message"].as_str().unwrap().contains("getC"));

    let (code, stdout, _) = cli(
        root,
        &[
            "diff",
            "old.yaml",
            "removed.yaml",
            "--format",
            "json",
            "--fail-on",
            "breaking",
        ],
    );
    assert_eq!(code, 1, "a breaking change fails");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["semver"], "major");
    assert_eq!(report["changes"][0]["kind"], "operation-removed");
    assert_eq!(report["changes"][0]["breaking"], true);
    // Without --fail-on a breaking change is only reported.
    let (code, stdout, _) = cli(root, &["diff", "old.yaml", "removed.yaml"]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("semver: major") && stdout.contains("operation-removed"),
        "{stdout}"
    );
    let (code, stdout, _) = cli(
        root,
        &["diff", "old.yaml", "removed.yaml", "--format", "markdown"],
    );
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("Semver: **major**") && stdout.contains("### Breaking"),
        "{stdout}"
    );
    let (code, stdout, _) = cli(root, &["diff", "old.yaml", "old.yaml"]);
    assert_eq!(
        (code, stdout.trim()),
        (0, "semver: none (no change to the generated API)")
    );
    let (code, _, err) = cli(root, &["diff", "old.yaml", "nope.yaml"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope.yaml"), "{err}");
}

#[test]
fn update_gets_the_old_document_when_the_new_one_replaced_it_in_place() {
    // As after a `git pull` of the upstream checkout: the pinned path holds the new version.
    let v1 = doc_with(&[("/a", "getA")], "");
    let v2 = doc_with(&[("/a", "getA"), ("/b", "getB")], "");
    let server = Server::start(vec![("/raw/c1/doc.yaml", 200, v1.as_bytes().to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(root.join("doc.yaml"), &v1).unwrap();
    write_project(
        root,
        &v1,
        "doc.yaml",
        &server.url("/raw/c1/doc.yaml"),
        "1.4.2",
    );
    let (code, _, err) = cli(root, &["generate", "-q"]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(root.join("doc.yaml"), &v2).unwrap();
    let (code, _, err) = cli(root, &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("update the pin"), "{err}");

    let before = snapshot(root);
    let (code, stdout, err) = cli(
        root,
        &[
            "update",
            "--spec",
            "doc.yaml",
            "--commit",
            "c2",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.starts_with("semver: minor") && stdout.contains("1.4.2 -> 1.5.0"),
        "{stdout}"
    );
    assert_eq!(snapshot(root), before, "--dry-run writes nothing");

    let (code, _, err) = cli(root, &["update", "--spec", "doc.yaml", "--commit", "c2"]);
    assert_eq!(code, 0, "{err}");
    // The old document went to the cache; the new one is the pinned path, which the pin now names.
    let cached = root.join(format!(".codegen-cache/{}/doc.yaml", sha256_of(&v1)));
    assert_eq!(std::fs::read_to_string(cached).unwrap(), v1);
    let settings = std::fs::read_to_string(root.join("spec/codegen.yaml")).unwrap();
    assert!(
        settings.contains(&sha256_of(&v2)) && settings.contains("version: 1.5.0"),
        "{settings}"
    );
    let (code, _, err) = cli(root, &["check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(server.requests(), ["/raw/c1/doc.yaml", "/raw/c1/doc.yaml"]);
}
