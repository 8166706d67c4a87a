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

/// The project's settings.
pub fn project() -> togai_codegen::ProjectSettings {
    togai_codegen::ProjectSettings::read(&root()).expect("spec/codegen.yaml reads")
}

/// The pinned document, verified: at its pinned path or in the project's
/// cache (where `togai-codegen fetch` puts it on a clone without `../shared`).
pub fn pinned_document() -> PathBuf {
    project()
        .require_document()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A builder configured like `togai-codegen generate` with no arguments.
pub fn project_builder() -> togai_codegen::Builder {
    let p = project();
    togai_codegen::Builder::new()
        .spec(pinned_document())
        .crate_settings(p.crate_.clone())
}
