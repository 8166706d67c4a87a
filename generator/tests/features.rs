//! A cargo feature per API: each model is compiled with the APIs that reach it, error bodies
//! in every build, unreached models with `all-models` only; no features without tags, with the
//! setting off, or in module mode.

use std::collections::BTreeMap;
use std::path::PathBuf;

use togai_codegen::{Builder, CrateSettings};

const DOC: &str = "openapi: 3.0.3
info: {title: T, version: '1'}
tags: [{name: Orders}, {name: Add Ons}]
paths:
  /orders:
    get:
      tags: [Orders]
      operationId: listOrders
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/OrderPage'}
        '404':
          description: missing
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Problem'}
  /add-ons:
    post:
      tags: [Add Ons]
      operationId: createAddOn
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/AddOn'}
      responses:
        '204': {description: created}
components:
  schemas:
    OrderPage:
      type: object
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Order'}}
    Order:
      type: object
      properties:
        price: {$ref: '#/components/schemas/Price'}
    AddOn:
      type: object
      properties:
        price: {$ref: '#/components/schemas/Price'}
    Price:
      type: object
      properties:
        amount: {type: string}
    Problem:
      type: object
      properties:
        message: {type: string}
        detail: {$ref: '#/components/schemas/ProblemDetail'}
    ProblemDetail:
      type: object
      properties:
        field: {type: string}
    Webhook:
      type: object
      properties:
        event: {type: string}
        order: {$ref: '#/components/schemas/Order'}
        problem: {$ref: '#/components/schemas/Problem'}
";

fn builder(doc: &str) -> (tempfile::TempDir, Builder) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.yaml");
    std::fs::write(&path, doc).unwrap();
    (
        dir,
        Builder::new()
            .spec(&path)
            .crate_name("t-client")
            .rustfmt(false),
    )
}

fn generate(doc: &str, api_features: bool) -> BTreeMap<PathBuf, String> {
    let (_dir, builder) = builder(doc);
    let mut settings = CrateSettings::named("t-client");
    settings.api_features = api_features;
    builder.crate_settings(settings).generate().unwrap().files
}

fn file<'a>(files: &'a BTreeMap<PathBuf, String>, path: &str) -> &'a str {
    files.get(&PathBuf::from(path)).map(String::as_str).unwrap()
}

/// The `#[cfg(...)]` right before `item` in `text`, on one line (whitespace squeezed).
fn cfg_before(text: &str, item: &str) -> Option<String> {
    let at = text
        .find(item)
        .unwrap_or_else(|| panic!("no `{item}` in\n{text}"));
    let before = &text[..at];
    let start = before.rfind("#[cfg(")?;
    // Only the attribute directly on the item: nothing but the attribute in between. On one
    // line, as a long one is not printed.
    let attr = before[start..]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(" )", ")");
    attr.ends_with(")]").then_some(attr)
}

#[test]
fn each_api_has_a_feature_and_the_defaults_enable_them_all() {
    let files = generate(DOC, true);
    let cargo = file(&files, "Cargo.toml");
    assert!(
        cargo.contains(r#"default = ["rustls-tls", "all-apis", "all-models"]"#),
        "{cargo}"
    );
    assert!(
        cargo.contains("all-apis = [\n    \"orders\",\n    \"add-ons\",\n]"),
        "{cargo}"
    );
    assert!(cargo.contains("\norders = []\n") && cargo.contains("\nadd-ons = []\n"));

    let apis = file(&files, "src/apis/mod.rs");
    assert_eq!(
        cfg_before(apis, "pub mod orders_api;").as_deref(),
        Some(r#"#[cfg(feature = "orders")] #[cfg_attr(docsrs, doc(cfg(feature = "orders")))]"#)
    );
    let lib = file(&files, "src/lib.rs");
    assert!(lib.contains("#![cfg_attr(docsrs, feature(doc_cfg))]"));
    assert_eq!(
        cfg_before(lib, "pub fn add_ons(&self)").as_deref(),
        Some(r#"#[cfg(feature = "add-ons")] #[cfg_attr(docsrs, doc(cfg(feature = "add-ons")))]"#)
    );
}

#[test]
fn a_model_is_compiled_with_every_api_that_reaches_it() {
    let files = generate(DOC, true);
    let models = file(&files, "src/models/mod.rs");
    let cfg = |item: &str| cfg_before(models, item);
    // Reached through a page's items, then a field; and by the webhook no operation uses,
    // whose hidden feature must compile alone.
    assert_eq!(
        cfg("mod order;").as_deref(),
        Some(
            r#"#[cfg(any(feature = "all-models", feature = "__unreached-models", feature = "orders"))]"#
        )
    );
    assert_eq!(
        cfg("pub use order::Order;").as_deref(),
        Some(
            r#"#[cfg(any(feature = "all-models", feature = "__unreached-models", feature = "orders"))]"#
        )
    );
    assert_eq!(
        cfg("mod order_page;").as_deref(),
        Some(r#"#[cfg(any(feature = "all-models", feature = "orders"))]"#)
    );
    // Shared by both APIs: their order, not the order of first use.
    assert_eq!(
        cfg("mod price;").as_deref(),
        Some(
            r#"#[cfg(any(feature = "all-models", feature = "__unreached-models", feature = "orders", feature = "add-ons"))]"#
        )
    );
    assert_eq!(
        cfg("mod add_on;").as_deref(),
        Some(r#"#[cfg(any(feature = "all-models", feature = "add-ons"))]"#)
    );
    // No operation uses it: `all-models`, or the hidden feature of such models alone.
    assert_eq!(
        cfg("mod webhook;").as_deref(),
        Some(r#"#[cfg(any(feature = "all-models", feature = "__unreached-models"))]"#)
    );
    let manifest = file(&files, "Cargo.toml");
    assert!(
        manifest.contains("\n__unreached-models = []\n"),
        "{manifest}"
    );
    // Error bodies, and what they hold, are in every build: `ErrorBody` names them.
    assert_eq!(cfg("mod problem;"), None);
    assert_eq!(cfg("mod problem_detail;"), None);

    // The error table and its decoder go with the API that uses them.
    let document = file(&files, "src/document.rs");
    assert_eq!(
        cfg_before(document, "pub(crate) const ERRORS_404").as_deref(),
        Some(r#"#[cfg(feature = "orders")]"#)
    );
    assert_eq!(
        cfg_before(document, "pub(crate) fn decode_problem").as_deref(),
        Some(r#"#[cfg(feature = "orders")]"#)
    );
    // The pages say it.
    let page = file(&files, "docs/Price.md");
    assert!(
        page.contains("`all-models` or any of `orders`, `add-ons`"),
        "{page}"
    );
    let readme = file(&files, "README.md");
    assert!(
        readme.contains("| `add-ons` | [AddOnsApi](docs/AddOnsApi.md) | 1 | 2 |"),
        "{readme}"
    );
}

#[test]
fn no_features_without_tags_or_with_the_setting_off() {
    let untagged = DOC
        .replace("      tags: [Orders]\n", "")
        .replace("      tags: [Add Ons]\n", "");
    for files in [generate(&untagged, true), generate(DOC, false)] {
        let cargo = file(&files, "Cargo.toml");
        assert!(cargo.contains("default = [\"rustls-tls\"]\n"), "{cargo}");
        assert!(!cargo.contains("all-apis"), "{cargo}");
        for (path, text) in &files {
            assert!(
                !text.contains("cfg(feature = \"all-models\""),
                "{}",
                path.display()
            );
            assert!(!text.contains("doc(cfg("), "{}", path.display());
        }
    }
}

#[test]
fn module_mode_has_no_features() {
    let (dir, builder) = builder(DOC);
    let out = dir.path().join("api.rs");
    builder.generate_module(&out).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("fn orders(&self)"));
    assert!(!text.contains("feature = "), "module mode gated items");
}
