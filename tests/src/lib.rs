//! Shared helpers of the workspace tests.

use std::path::{Path, PathBuf};

pub mod faults;
pub mod mock;
pub mod scratch;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
        .to_path_buf()
}

/// The project's settings, with the pinned document verified.
pub fn project() -> togai_codegen::ProjectSettings {
    let settings = togai_codegen::ProjectSettings::read(&root()).expect("spec/codegen.yaml reads");
    let sha = togai_codegen::file_sha256(&settings.document_path()).expect("document readable");
    settings
        .verify(sha.as_deref())
        .expect("pinned document present and unchanged");
    settings
}

/// A builder configured like `togai-codegen generate` with no arguments.
pub fn project_builder() -> togai_codegen::Builder {
    let p = project();
    togai_codegen::Builder::new()
        .spec(p.document_path())
        .crate_settings(p.crate_.clone())
}
