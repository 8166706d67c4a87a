//! General OpenAPI 3.0 coverage: every fixture in `tests/fixtures/` generates
//! a crate whose code is snapshotted, which compiles without warnings, passes
//! `cargo clippy --all-targets -- -D warnings` and whose round-trip tests pass; every published Togai version compiles too;
//! every document in `tests/fixtures/errors/` is refused with its location.

use std::path::{Path, PathBuf};

use workspace_tests::scratch::{api_features, Scratch};
use workspace_tests::{project, root};

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = root().join("tests/fixtures");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.push(("external".into(), dir.join("external/main.json")));
    out.sort();
    out
}

/// Without rustfmt, so the snapshots are the generator's own output, the same
/// on a machine without rustfmt or with another version of it.
fn generate(name: &str, spec: &Path) -> togai_codegen::Generated {
    togai_codegen::Builder::new()
        .spec(spec)
        .crate_name(format!("fixture-{}", name.replace('_', "-")))
        .rustfmt(false)
        .generate()
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The emitted code minus what is the same for every document.
fn snapshot_text(g: &togai_codegen::Generated) -> String {
    let mut out = String::new();
    for (path, text) in &g.files {
        // The runtime is the same for every document; the pages are prose.
        let skip = path.starts_with("src/runtime")
            || path.starts_with("docs")
            || path.extension().is_some_and(|e| e == "md");
        // The record of rustfmt's inputs is hashes.
        if skip || path == Path::new("Cargo.toml") || path == Path::new(".rustfmt-inputs") {
            continue;
        }
        out.push_str(&format!("// ==== {} ====\n{text}\n", path.display()));
    }
    for w in &g.warnings {
        out.push_str(&format!("// {w}\n"));
    }
    out
}

#[test]
fn emitted_code_matches_snapshots() {
    for (name, spec) in fixtures() {
        let g = generate(&name, &spec);
        insta::assert_snapshot!(name.clone(), snapshot_text(&g));
    }
}

#[test]
fn bad_documents_are_refused_with_their_location() {
    let dir = root().join("tests/fixtures/errors");
    let expect: &[(&str, &[&str])] = &[
        (
            "unresolvable_ref.yaml",
            &["#/components/schemas/A/properties/b", "unresolvable $ref"],
        ),
        ("ref_cycle.yaml", &["#/components/schemas/", "$ref cycle"]),
        (
            "duplicate_operation_id.yaml",
            &[
                "#/paths/~1b/get",
                "duplicate operationId `same`",
                "#/paths/~1a/get",
            ],
        ),
        (
            "openapi_3_2.json",
            &[
                "#/openapi",
                "OpenAPI 3.2.0 is not supported",
                "3.0.x and 3.1.x",
            ],
        ),
        (
            "openapi_3_1_unknown_anchor.yaml",
            &[
                "#/components/schemas/Pet/properties/owner/$ref",
                "anchor `owner`",
            ],
        ),
        (
            "swagger_2.yaml",
            &["#/swagger", "Swagger 2.0", "OpenAPI 3.0"],
        ),
        (
            "missing_external_file.yaml",
            &["#/paths/~1a/get/parameters/0", "missing.yaml"],
        ),
    ];
    let mut seen = Vec::new();
    for (file, parts) in expect {
        let path = dir.join(file);
        let err = togai_codegen::Builder::new()
            .spec(&path)
            .generate()
            .expect_err(file)
            .to_string();
        assert!(
            err.contains(&path.display().to_string()),
            "{file}: error does not name the file: {err}"
        );
        for part in *parts {
            assert!(err.contains(part), "{file}: `{part}` missing from: {err}");
        }
        seen.push(file.to_string());
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    seen.sort();
    assert_eq!(on_disk, seen, "every error fixture has an expectation");
}

/// The slow one: one cargo run builds and tests every fixture crate and
/// every Togai history version together.
#[test]
fn fixtures_and_togai_history_compile_without_warnings() {
    let mut scratch = Scratch::new("generated-crates");
    let mut expected_tests = 0;
    // Fixture crates with API features: each feature is then checked alone.
    let mut featured = Vec::new();
    // Every crate is built with its mock, which must compile without warnings too.
    let mut features = Vec::new();
    for (name, spec) in fixtures() {
        let test = root().join("tests/fixtures").join(format!("{name}.rs"));
        assert!(
            test.is_file(),
            "fixture {name} has no round-trip test {}",
            test.display()
        );
        expected_tests += 1;
        let generated = generate(&name, &spec);
        let api = api_features(&generated);
        if !api.is_empty() {
            featured.push((format!("fixture-{}", name.replace('_', "-")), api));
        }
        features.push(format!("fixture-{}/mock", name.replace('_', "-")));
        scratch.add(&format!("fixture-{name}"), &generated, Some(&test));
    }
    let history = project().document_path().parent().unwrap().join("history");
    let mut versions: Vec<PathBuf> = std::fs::read_dir(&history)
        .unwrap_or_else(|e| panic!("{}: {e}", history.display()))
        .map(|e| e.unwrap().path())
        .collect();
    versions.sort();
    assert!(
        versions.len() >= 7,
        "expected the published Togai versions in {}",
        history.display()
    );
    for v in &versions {
        let stem = v.file_stem().unwrap().to_string_lossy().replace('-', "");
        let g = togai_codegen::Builder::new()
            .spec(v)
            .crate_name(format!("togai-history-{stem}"))
            .rustfmt(false)
            .generate()
            .unwrap_or_else(|e| panic!("{}: {e}", v.display()));
        scratch.add(&format!("togai-history-{stem}"), &g, None);
        features.push(format!("togai-history-{stem}/mock"));
    }
    let features = features.join(",");
    // What a user who denies warnings in CI runs: clippy's default lints on every target.
    let lint = scratch.cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        &features,
        "--",
        "-D",
        "warnings",
    ]);
    assert!(
        lint.success,
        "generated crates are not clippy-clean:\n{}",
        lint.failure()
    );
    let run = scratch.cargo(&[
        "test",
        "--workspace",
        "--no-fail-fast",
        "--features",
        &features,
    ]);
    assert!(run.success, "scratch workspace failed:\n{}", run.failure());
    let warnings = run.warnings();
    assert!(
        warnings.is_empty(),
        "generated crates have warnings:\n{}",
        warnings.join("\n")
    );
    // Every fixture's round-trip test binary ran.
    let ran = run.stderr.matches("Running tests/fixture.rs").count();
    assert_eq!(ran, expected_tests, "{}", run.stderr);

    // Each API feature of a fixture compiles alone, without warnings (Togai's are checked by
    // scripts/check-features).
    assert!(
        featured.len() >= 2,
        "fixtures with API features: {featured:?}"
    );
    for (package, features) in &featured {
        for feature in features.iter().map(String::as_str).chain(["all-models"]) {
            let with = format!("rustls-tls,{feature}");
            let args = [
                "check",
                "-p",
                package,
                "--no-default-features",
                "--features",
                &with,
            ];
            let run = scratch.cargo(&args);
            assert!(run.success, "{package} with {with}:\n{}", run.failure());
            let warnings = run.warnings();
            assert!(
                warnings.is_empty(),
                "{package} with {with}:\n{}",
                warnings.join("\n")
            );
        }
    }
}
