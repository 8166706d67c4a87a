//! Generates the Togai client into OUT_DIR from the project's pinned document.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let project = togai_codegen::ProjectSettings::read(&root).unwrap_or_else(|e| panic!("{e}"));
    // The pinned path, or the project's cache where `togai-codegen fetch` puts it.
    let spec = project.require_document().unwrap_or_else(|e| panic!("{e}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let generated = togai_codegen::Builder::new()
        .spec(&spec)
        .crate_settings(project.crate_.clone())
        .generate_module(out.join("togai.rs"))
        .unwrap_or_else(|e| panic!("{e}"));
    for w in &generated.warnings {
        println!("cargo:warning={w}");
    }
    println!(
        "cargo:rerun-if-changed={}",
        root.join(togai_codegen::settings::SETTINGS_FILE).display()
    );
}
