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
