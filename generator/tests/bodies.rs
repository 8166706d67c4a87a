//! Request bodies as the generated builders send them.

use std::path::Path;

/// A multipart body, required or optional: its parts read the body struct, which
/// is bound once (clippy's `redundant_locals` rejects `let body = body;`).
#[test]
fn multipart_bodies_bind_the_body_once() {
    let doc = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /req:\n    post:\n      operationId: sendRequired\n      requestBody:\n        required: true\n        content:\n          multipart/form-data:\n            schema: {$ref: '#/components/schemas/Upload'}\n      responses: {'204': {description: ok}}\n  /opt:\n    post:\n      operationId: sendOptional\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {$ref: '#/components/schemas/Upload'}\n      responses: {'204': {description: ok}}\ncomponents:\n  schemas:\n    Upload:\n      type: object\n      properties:\n        name: {type: string}\n        file: {type: string, format: binary}\n";
    let g = togai_codegen::Builder::new()
        .spec_text("bodies.yaml", doc)
        .rustfmt(false)
        .generate()
        .unwrap();
    let api = &g.files[Path::new("src/apis/default_api.rs")];
    let compact: String = api.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!compact.contains("let body = body;"), "{api}");
    // The required body is bound from the builder, the optional one by its `if let`.
    assert_eq!(
        compact.matches("let body = &self.body;").count(),
        1,
        "{api}"
    );
    assert_eq!(
        compact.matches("if let Some(body) = &self.body").count(),
        1,
        "{api}"
    );
    assert_eq!(
        compact
            .matches("let mut form = rt::Multipart::new();")
            .count(),
        2,
        "{api}"
    );
    assert_eq!(compact.matches("body.name").count(), 2, "{api}");
}
