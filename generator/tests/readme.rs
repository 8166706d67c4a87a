//! The README of a giant document counts what it cannot list: past `LISTED` operations it has
//! a row per API, past `LISTED` models a link to the `models` module, past `LISTED` operations
//! that are not retry-safe their number; at `LISTED` it still lists each one.

use togai_codegen::Builder;

const LISTED: usize = 1_000;

/// `operations` POSTs tagged `Items`, each with a body schema of its own.
fn doc(operations: usize) -> String {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n");
    for n in 0..operations {
        text.push_str(&format!(
            "  /items/i{n}:\n    post:\n      operationId: create{n}\n      tags: [Items]\n      \
             requestBody:\n        content:\n          application/json:\n            \
             schema: {{$ref: '#/components/schemas/Item{n}'}}\n      responses:\n        \
             '204': {{description: ok}}\n"
        ));
    }
    text.push_str("components:\n  schemas:\n");
    for n in 0..operations {
        text.push_str(&format!(
            "    Item{n}: {{type: object, properties: {{name: {{type: string}}}}}}\n"
        ));
    }
    text
}

fn pages(operations: usize) -> (String, String) {
    let generated = Builder::new()
        .spec_text("big.yaml", doc(operations))
        .crate_name("big")
        .rustfmt(false)
        .generate()
        .unwrap();
    let file = |p: &str| generated.files[std::path::Path::new(p)].clone();
    (file("README.md"), file("src/lib.md"))
}

#[test]
fn a_readme_lists_every_operation_and_model_up_to_the_limit() {
    let (readme, lib) = pages(LISTED);
    assert!(readme.contains("[**create999**](docs/ItemsApi.md#create999)"));
    assert!(readme.contains("- [Item999](docs/Item999.md)"));
    assert!(readme.contains("Not retry-safe: [`create0`](docs/ItemsApi.md#create0), "));
    assert!(!readme.contains("too many"));
    assert!(lib.contains("[**create999**](crate::apis::ItemsApi::create999)"));
}

#[test]
fn past_the_limit_a_readme_counts_and_links_instead() {
    let (readme, lib) = pages(LISTED + 1);
    assert!(!readme.contains("#create"), "no operation is listed");
    assert!(!readme.contains("- [Item"), "no model is listed");
    assert!(readme.contains("there are too many (1001) to list here"));
    assert!(readme.contains("[ItemsApi](docs/ItemsApi.md) | 1001"));
    assert!(readme.contains("Not retry-safe: the 1001 other operations."));
    assert!(readme.contains(
        "There are too many models (1001) to list here: the [`models`](src/models/mod.rs)"
    ));
    assert!(lib.contains("[ItemsApi](crate::apis::ItemsApi) | 1001"));
    assert!(lib.contains("the [`models`](crate::models)"));
    // A page per API and per model still has the whole list: the README is short.
    assert!(readme.len() < 40_000, "{} bytes", readme.len());
}
