//! The checked-in crate is exactly what the generator writes from the pin.

use workspace_tests::{project, project_builder, root};

#[test]
fn generated_crate_matches_the_pinned_document() {
    let p = project();
    let (generated, differ) = project_builder()
        .check_crate(root().join(&p.out_dir))
        .unwrap();
    assert!(
        differ.is_empty(),
        "generated/ is stale; run `cargo run -p togai-codegen -- generate`. Files that differ: {differ:?}"
    );
    // Exactly the two defects the document is known to have are reported.
    let ops: Vec<_> = generated
        .warnings
        .iter()
        .map(|w| w.operation.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        ops,
        [
            "event_schema_event_schema_name_patch",
            "updateLicenseEntryDetails"
        ],
        "{:#?}",
        generated.warnings
    );
}

#[test]
fn generation_is_deterministic() {
    let a = project_builder().generate().unwrap();
    let b = project_builder().generate().unwrap();
    assert_eq!(a.files.len(), b.files.len());
    for (path, text) in &a.files {
        assert!(
            b.files[path] == *text,
            "{} differs between two runs",
            path.display()
        );
    }
}

#[test]
fn every_api_operation_and_model_is_present() {
    let model = togai_codegen::model(&workspace_tests::pinned_document()).unwrap();
    assert_eq!(model.apis.len(), 29);
    assert_eq!(
        model.apis.iter().map(|a| a.operations.len()).sum::<usize>(),
        151
    );
    let components = model
        .types
        .iter()
        .filter(|t| {
            t.source
                .strip_prefix("#/components/schemas/")
                .is_some_and(|name| !name.contains('/'))
        })
        .count();
    assert_eq!(components, 324);
    let apis: Vec<&str> = model.apis.iter().map(|a| a.type_name.as_str()).collect();
    for name in [
        "AuthenticationApi",
        "EventSchemasApi",
        "PricePlanV2Api",
        "CustomersApi",
        "AddOnsApi",
    ] {
        assert!(apis.contains(&name), "{name} missing from {apis:?}");
    }
    let accessors: Vec<&str> = model.apis.iter().map(|a| a.accessor.as_str()).collect();
    for name in [
        "authentication",
        "event_ingestion",
        "price_plan_v2",
        "add_ons",
        "customers",
    ] {
        assert!(
            accessors.contains(&name),
            "{name} missing from {accessors:?}"
        );
    }
    let generated = project_builder().rustfmt(false).generate().unwrap();
    for file in [
        "src/apis/authentication_api.rs",
        "src/models/token_response.rs",
        "src/models/invoice_details_account.rs",
    ] {
        assert!(
            generated.files.contains_key(std::path::Path::new(file)),
            "{file} missing"
        );
    }
}

/// Generated code is written for one runtime version: the one in this
/// repository, which the generated crate names exactly.
#[test]
fn generated_crate_pins_the_runtime_of_this_repository() {
    let manifest = std::fs::read_to_string(root().join("runtime/Cargo.toml")).unwrap();
    let field = |key: &str| {
        manifest
            .lines()
            .find_map(|l| {
                l.strip_prefix(key)?
                    .trim()
                    .strip_prefix("= \"")?
                    .strip_suffix('"')
            })
            .unwrap_or_else(|| panic!("no {key} in runtime/Cargo.toml"))
            .to_owned()
    };
    assert_eq!(field("name"), togai_codegen::RUNTIME_CRATE);
    assert_eq!(field("version"), togai_codegen::RUNTIME_VERSION);
    let generated = std::fs::read_to_string(root().join("generated/Cargo.toml")).unwrap();
    let dependency = format!(
        "{} = {{ version = \"={}\"",
        togai_codegen::RUNTIME_CRATE,
        togai_codegen::RUNTIME_VERSION
    );
    assert!(
        generated.contains(&dependency),
        "generated/Cargo.toml does not pin the runtime: {generated}"
    );
    // The runtime is a dependency, no longer a copy inside the crate.
    assert!(!root().join("generated/src/runtime").exists());
}
