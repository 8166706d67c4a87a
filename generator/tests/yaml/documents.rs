//! Whole documents, differential against serde_yaml: the Togai OpenAPI document and
//! its history must all take the fast path; every YAML file under the main repo
//! (read only) must match serde_yaml whenever the fast path accepts it.

use crate::common::{check, Outcome};
use std::path::{Path, PathBuf};

/// The directory of the pinned document (its history is beside it).
pub fn togai_dir() -> PathBuf {
    let settings =
        togai_codegen::ProjectSettings::read(&main_repo_dir()).expect("spec/codegen.yaml");
    settings
        .document_path()
        .parent()
        .expect("the document's directory")
        .to_path_buf()
}

/// The workspace, whose YAML files are scanned.
fn main_repo_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

#[test]
fn togai_documents_take_the_fast_path_and_match() {
    let dir = togai_dir();
    let mut files = vec![dir.join("openapi.yaml")];
    let mut history: Vec<PathBuf> = std::fs::read_dir(dir.join("history"))
        .expect("history directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    history.sort();
    assert!(!history.is_empty(), "no history documents found");
    files.extend(history);
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(
            check(&text),
            Outcome::Accepted,
            "fast path declined {}",
            file.display()
        );
        println!("accepted and identical: {}", file.display());
    }
    println!("{} Togai documents accepted", files.len());
}

/// Collects *.yaml / *.yml files, skipping build output directories.
fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            // Build output, installed npm packages and the downloaded corpus are not ours.
            if !["target", ".git", "node_modules", "corpus"]
                .iter()
                .any(|n| name == *n)
            {
                yaml_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

#[test]
fn main_repo_yaml_files_match_when_accepted() {
    let mut files = Vec::new();
    yaml_files(&main_repo_dir(), &mut files);
    files.sort();
    assert!(
        !files.is_empty(),
        "no YAML files found under {}",
        main_repo_dir().display()
    );
    let (mut accepted, mut declined, mut unreadable) = (0, 0, 0);
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            unreadable += 1;
            continue;
        };
        match check(&text) {
            Outcome::Accepted => accepted += 1,
            Outcome::Declined => {
                let reference = if serde_yaml::from_str::<serde_json::Value>(&text).is_ok() {
                    "ok"
                } else {
                    "error"
                };
                println!("declined (serde_yaml: {reference}): {}", file.display());
                declined += 1;
            }
        }
    }
    println!("main repo YAML files: {} total, {accepted} accepted, {declined} declined, {unreadable} not UTF-8", files.len());
    assert!(accepted > 0);
}
