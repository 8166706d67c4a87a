//! What the settings say about retries, tokens and secrets, as the emitted
//! code shows it: retry classes in the operation descriptors and docs, the
//! token exchange, and the redacted `Debug` of models with secrets.

use togai_codegen::{Builder, CrateSettings, Generated};

const DOC: &str = r##"
openapi: 3.0.3
info: {title: Shop, version: '1'}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Order:
      type: object
      properties:
        amount: {type: integer}
        idempotencyKey: {type: string}
        card: {$ref: '#/components/schemas/Card'}
    Card:
      type: object
      properties:
        number: {type: string}
        idempotencyKey: {type: string}
        pin: {type: string, format: password}
    Batch:
      type: object
      properties:
        orders: {type: array, items: {$ref: '#/components/schemas/Order'}}
    Login:
      type: object
      required: [accessToken]
      properties:
        accessToken: {type: string}
        tokenType: {type: string}
        nextToken: {type: string}
        apiKey: {type: string}
security: [{bearer: []}]
paths:
  /orders:
    get:
      operationId: listOrders
      responses: {'200': {description: ok}}
    post:
      operationId: createOrder
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
      responses: {'201': {description: ok}}
  /batches:
    post:
      operationId: createBatch
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Batch'}}}
      responses: {'201': {description: ok}}
  /events:
    post:
      operationId: sendEvent
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string}}
      responses: {'202': {description: ok}}
  /pay:
    post:
      operationId: pay
      responses: {'200': {description: ok}}
  /dedup:
    post:
      operationId: dedup
      responses: {'200': {description: ok}}
  /login:
    post:
      operationId: login
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Login'}}}
"##;

fn generate(settings: impl FnOnce(&mut CrateSettings)) -> Generated {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("doc.yaml");
    std::fs::write(&spec, DOC).unwrap();
    let mut s = CrateSettings::named("shop-client");
    settings(&mut s);
    Builder::new()
        .spec(&spec)
        .crate_settings(s)
        .rustfmt(false)
        .generate()
        .unwrap()
}

fn file<'g>(g: &'g Generated, path: &str) -> &'g str {
    g.files
        .get(std::path::Path::new(path))
        .unwrap_or_else(|| panic!("no {path} in {:?}", g.files.keys().collect::<Vec<_>>()))
}

/// The descriptor of operation `id` in the emitted API file, on one line.
fn descriptor(g: &Generated, id: &str) -> String {
    let api = file(g, "src/apis/default_api.rs");
    let at = api
        .find(&format!("id: \"{id}\""))
        .unwrap_or_else(|| panic!("no descriptor of {id}"));
    let end = at + api[at..].find('}').unwrap();
    api[at..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn settings(s: &mut CrateSettings) {
    s.retry_safe_operations = vec!["dedup".into()];
    s.idempotency_key_fields = vec!["idempotencyKey".into(), "idempotency-key".into()];
}

#[test]
fn retry_classes_come_from_the_method_the_settings_and_idempotency_keys() {
    let g = generate(settings);
    let cases = [
        ("listOrders", "retry_safe: true, idempotency_key: None"),
        ("dedup", "retry_safe: true, idempotency_key: None"),
        (
            "createOrder",
            "retry_safe: false, idempotency_key: Some(rt::IdempotencyKey::BodyField(\"idempotencyKey\"))",
        ),
        (
            "sendEvent",
            "retry_safe: false, idempotency_key: Some(rt::IdempotencyKey::Header(\"Idempotency-Key\"))",
        ),
        // Keys of nested objects do not make the request retry-safe.
        ("createBatch", "retry_safe: false, idempotency_key: None"),
        ("pay", "retry_safe: false, idempotency_key: None"),
    ];
    for (id, fields) in cases {
        let d = descriptor(&g, id);
        assert!(d.contains(fields), "{id}: {d}");
    }
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);

    // Without settings, only the method counts.
    let plain = generate(|_| {});
    assert!(descriptor(&plain, "dedup").contains("retry_safe: false, idempotency_key: None"));
    assert!(descriptor(&plain, "createOrder").contains("idempotency_key: None"));
}

#[test]
fn docs_say_which_class_each_operation_is_in() {
    let g = generate(settings);
    let api = file(&g, "src/apis/default_api.rs");
    assert!(api.contains("/// Retries: retry-safe (idempotent method)"));
    assert!(api.contains("/// Retries: retry-safe (declared in the generator's settings"));
    assert!(api.contains(
        "/// Retries: retry-safe when the request carries an idempotency key (`idempotencyKey` set in the body)"
    ));
    assert!(api
        .contains("/// Retries: not retry-safe: retried only when it cannot have been processed"));
    let page = file(&g, "docs/DefaultApi.md");
    assert_eq!(
        page.matches("### Retries").count(),
        7,
        "one section per operation"
    );
    let readme = file(&g, "README.md");
    assert!(
        readme.contains("[`dedup`](docs/DefaultApi.md#dedup)"),
        "{readme}"
    );
    assert!(readme.contains("Not retry-safe: [`create_batch`](docs/DefaultApi.md#create_batch)"));
}

#[test]
fn unknown_names_in_the_settings_are_warnings_and_ignored() {
    let g = generate(|s| {
        s.retry_safe_operations = vec!["ingest".into()];
        s.token_exchange = Some(togai_codegen::settings::TokenExchangeSettings {
            operation: "login".into(),
            token_field: "token".into(),
            lifetime_seconds: None,
        });
    });
    let warnings: Vec<String> = g.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("no operation `ingest` (ignored)")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`login` has no string property `token`: no TokenExchange")),
        "{warnings:?}"
    );
    assert!(file(&g, "src/document.rs").contains("token_exchange: None"));
    assert!(!file(&g, "src/auth.rs").contains("TokenExchange"));
}

#[test]
fn the_token_exchange_names_its_operation_field_and_lifetime() {
    let g = generate(|s| {
        s.token_exchange = Some(togai_codegen::settings::TokenExchangeSettings {
            operation: "login".into(),
            token_field: "accessToken".into(),
            lifetime_seconds: Some(3600),
        });
    });
    let auth = file(&g, "src/auth.rs");
    assert!(auth.contains("pub use rt::TokenExchange;"), "{auth}");
    assert!(auth.contains("id: \"login\""), "{auth}");
    assert!(auth.contains("token_field: \"accessToken\""), "{auth}");
    assert!(
        auth.contains("lifetime: Some(std::time::Duration::from_secs(3600))"),
        "{auth}"
    );
    assert!(auth.contains("else for 1 hour"), "{auth}");
    assert!(
        file(&g, "src/document.rs").contains("token_exchange: Some(&crate::auth::TOKEN_EXCHANGE)")
    );
    // Without the setting: the trait, no built-in.
    let plain = generate(|_| {});
    let auth = file(&plain, "src/auth.rs");
    assert!(
        auth.contains("TokenProvider") && !auth.contains("TokenExchange"),
        "{auth}"
    );
}

#[test]
fn models_with_secrets_redact_them_in_debug() {
    let g = generate(|_| {});
    let login = file(&g, "src/models/login.rs");
    assert!(!login.contains("derive(Debug"), "{login}");
    assert!(
        login.contains(".field(\"access_token\", &rt::REDACTED)"),
        "{login}"
    );
    assert!(
        login.contains(".field(\"api_key\", &rt::REDACTED)"),
        "{login}"
    );
    // Page cursors and facts about a token are shown.
    assert!(
        login.contains(".field(\"token_type\", &self.token_type)"),
        "{login}"
    );
    assert!(
        login.contains(".field(\"next_token\", &self.next_token)"),
        "{login}"
    );
    let card = file(&g, "src/models/card.rs");
    assert!(
        card.contains(".field(\"pin\", &rt::REDACTED)"),
        "format: password: {card}"
    );
    let order = file(&g, "src/models/order.rs");
    assert!(
        order.contains("#[derive(Debug, "),
        "no secret, derived: {order}"
    );
}
