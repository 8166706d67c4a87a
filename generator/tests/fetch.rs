//! Downloading the pinned document (the `fetch` feature), against a local
//! server: good bytes, wrong bytes, a 404, a refused connection.

mod common;

use common::{files, refused_url, Server};
use togai_codegen::ProjectSettings;

const DOC: &[u8] = b"openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";

/// A project whose pin names `DOC` at `path`, downloaded from `url`.
fn project(root: &std::path::Path, path: &str, url: &str) -> ProjectSettings {
    let sha = sha256(DOC);
    std::fs::create_dir_all(root.join("spec")).unwrap();
    std::fs::write(
        root.join("spec/codegen.yaml"),
        format!(
            "document:\n  path: {path}\n  source: https://example.com/doc\n  commit: c1\n  sha256: {sha}\n  url: {url}\ncrate:\n  name: t-client\n  version: 0.1.0\nout_dir: out\n"
        ),
    )
    .unwrap();
    ProjectSettings::read(root).unwrap()
}

fn sha256(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f");
    std::fs::write(&path, bytes).unwrap();
    togai_codegen::file_sha256(&path).unwrap().unwrap()
}

#[test]
fn download_gives_the_body_of_a_2xx_answer_and_names_the_url_otherwise() {
    let server = Server::start(vec![
        ("/doc.yaml", 200, DOC.to_vec()),
        ("/boom", 500, b"x".to_vec()),
    ]);
    assert_eq!(
        togai_codegen::fetch::download(&server.url("/doc.yaml")).unwrap(),
        DOC
    );
    for (url, says) in [
        (server.url("/nope"), "404"),
        (server.url("/boom"), "500"),
        (refused_url(), "refused"),
    ] {
        let err = togai_codegen::fetch::download(&url)
            .unwrap_err()
            .to_string();
        assert!(err.contains(&url) && err.contains(says), "{url}: {err}");
        assert!(!err.contains('\n'), "one line: {err}");
    }
}

#[test]
fn the_pinned_path_takes_the_document_when_its_directory_exists() {
    let server = Server::start(vec![("/doc.yaml", 200, DOC.to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("project");
    std::fs::create_dir_all(tmp.path().join("shared")).unwrap();
    let p = project(&root, "../shared/doc.yaml", &server.url("/doc.yaml"));
    assert_eq!(p.locate_document().unwrap(), None);
    let stored = p.fetch(None).unwrap();
    assert_eq!(stored, p.document_path());
    assert_eq!(std::fs::read(&stored).unwrap(), DOC);
    assert_eq!(p.locate_document().unwrap(), Some(p.document_path()));
    assert!(!root.join(".codegen-cache").exists());
}

#[test]
fn without_the_pinned_directory_the_document_goes_to_the_cache() {
    // A fresh clone: the pinned path's directory (`../shared/...`) does not exist.
    let server = Server::start(vec![("/doc.yaml", 200, DOC.to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("project");
    let p = project(&root, "../shared/togai/doc.yaml", &server.url("/doc.yaml"));
    let stored = p.fetch(None).unwrap();
    assert_eq!(stored, p.cache_path());
    assert!(
        stored.starts_with(root.join(".codegen-cache")),
        "{}",
        stored.display()
    );
    assert!(
        !tmp.path().join("shared").exists(),
        "nothing is created outside the project"
    );
    assert_eq!(p.locate_document().unwrap(), Some(p.cache_path()));
    assert_eq!(server.requests(), ["/doc.yaml"]);
}

#[test]
fn a_different_file_at_the_pinned_path_is_left_alone() {
    let server = Server::start(vec![("/doc.yaml", 200, DOC.to_vec())]);
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path(), "doc.yaml", &server.url("/doc.yaml"));
    std::fs::write(tmp.path().join("doc.yaml"), "edited").unwrap();
    let err = p.locate_document().unwrap_err().to_string();
    assert!(err.contains("update the pin"), "{err}");
    assert_eq!(p.fetch(None).unwrap(), p.cache_path());
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("doc.yaml")).unwrap(),
        "edited"
    );
    // The cache's copy is the pinned document: it is found first.
    assert_eq!(p.locate_document().unwrap(), Some(p.cache_path()));
}

#[test]
fn wrong_bytes_a_404_or_no_server_write_nothing() {
    let server = Server::start(vec![("/wrong.yaml", 200, b"openapi: 3.0.3\n".to_vec())]);
    for (url, says) in [
        (server.url("/wrong.yaml"), "sha256"),
        (server.url("/gone.yaml"), "404"),
        (refused_url(), "refused"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let p = project(tmp.path(), "doc.yaml", "https://unused.example/doc.yaml");
        let err = p.fetch(Some(&url)).unwrap_err().to_string();
        assert!(
            err.contains(says) && err.contains("nothing written"),
            "{url}: {err}"
        );
        assert_eq!(files(tmp.path()), ["spec/codegen.yaml"], "{url}");
    }
}

#[test]
fn a_pin_without_url_says_how_to_add_one() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("spec")).unwrap();
    std::fs::write(
        tmp.path().join("spec/codegen.yaml"),
        "document:\n  path: doc.yaml\n  source: s\n  commit: c\n  sha256: 00\ncrate:\n  name: t\n  version: 0.1.0\nout_dir: out\n",
    )
    .unwrap();
    let p = ProjectSettings::read(tmp.path()).unwrap();
    let err = p.fetch(None).unwrap_err().to_string();
    assert!(err.contains("no `url`") && err.contains("--url"), "{err}");
    let missing = p.missing().to_string();
    assert!(
        missing.contains("`url`") && missing.contains("fetch"),
        "{missing}"
    );
    assert!(!missing.contains('\n'), "{missing}");
}
