//! A document given in memory (`Builder::spec_text`, `Builder::document`)
//! generates what the same document read from its file does, and its errors
//! name what stands for it.

use std::path::{Path, PathBuf};

use togai_codegen::{Builder, Generated};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(name)
}

fn from_file(path: &Path) -> Generated {
    Builder::new()
        .spec(path)
        .crate_name("inputs")
        .rustfmt(false)
        .generate()
        .unwrap()
}

#[test]
fn text_in_memory_generates_what_its_file_does() {
    for name in [
        "structure.yaml",
        "openapi31_document.yaml",
        "external/main.json",
    ] {
        let path = fixture(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let file = from_file(&path);
        // Named by its path, so its `$ref`s to other files resolve as for the file.
        let text = Builder::new()
            .spec_text(&path, text)
            .crate_name("inputs")
            .rustfmt(false)
            .generate()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(file.files, text.files, "{name}");
        assert_eq!(
            file.sha256, text.sha256,
            "{name}: the text's bytes are the file's"
        );
        // Only the files the document reaches are inputs: the text is on no disk.
        assert_eq!(&file.inputs[1..], &text.inputs[..], "{name}");
        assert_eq!(file.inputs[0], path);
    }
}

#[test]
fn a_parsed_document_generates_what_its_file_does() {
    let path = fixture("operations.yaml");
    let api: togai_codegen::openapiv3::OpenAPI =
        serde_json::from_value(togai_codegen::load_value(&path).unwrap()).unwrap();
    let file = from_file(&path);
    let parsed = Builder::new()
        .document(api)
        .crate_name("inputs")
        .rustfmt(false)
        .generate()
        .unwrap();
    assert_eq!(file.files, parsed.files);
    assert!(parsed.inputs.is_empty(), "{:?}", parsed.inputs);
    assert_eq!(parsed.sha256.len(), 64);
    assert_ne!(
        parsed.sha256, file.sha256,
        "the hash is of the JSON form, not of the YAML text"
    );
}

#[test]
fn errors_name_what_stands_for_the_document() {
    let dup = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n  /b:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n";
    let e = Builder::new()
        .spec_text("inline.yaml", dup)
        .generate()
        .unwrap_err()
        .to_string();
    assert!(e.contains("inline.yaml"), "{e}");
    assert!(e.contains("#/paths/~1b/get"), "{e}");

    let value = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Missing"}}}}}
    });
    let api: togai_codegen::openapiv3::OpenAPI = serde_json::from_value(value).unwrap();
    let e = Builder::new()
        .document(api)
        .generate()
        .unwrap_err()
        .to_string();
    assert!(e.contains("(in-memory document)"), "{e}");
    assert!(e.contains("#/components/responses/Missing"), "{e}");

    // Text that is no document at all.
    let e = Builder::new()
        .spec_text("broken.json", "{\"openapi\": ")
        .generate()
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("broken.json") && e.contains("invalid JSON"),
        "{e}"
    );
}
