//! The change report, one change kind at a time, on small documents written
//! here: each is judged by what it does to the generated Rust API.

use togai_codegen::diff::{self, Change, Kind, Level, Report, Side};

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

/// A document with `paths` and `schemas` (YAML, indented as under `paths:`
/// and `components: schemas:`).
fn doc(paths: &str, schemas: &str) -> String {
    format!("{HEAD}paths:\n{paths}components:\n  schemas:\n    Unused: {{type: string}}\n{schemas}")
}

fn report(old: &str, new: &str) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&a, old).unwrap();
    std::fs::write(&b, new).unwrap();
    diff::compare_files(&a, &b).unwrap_or_else(|e| panic!("{e}"))
}

/// The one change of `kind` (the test fails on none or several).
fn only(r: &Report, kind: Kind) -> &Change {
    let found: Vec<&Change> = r.changes.iter().filter(|c| c.kind == kind).collect();
    assert_eq!(found.len(), 1, "{kind:?} in {}", r.to_text());
    found[0]
}

fn kinds(r: &Report) -> Vec<Kind> {
    let mut k: Vec<Kind> = r.changes.iter().map(|c| c.kind).collect();
    k.sort();
    k
}

/// `GET path` answering 200 with a `Thing`, with extra operation YAML.
fn get(path: &str, id: &str, extra: &str) -> String {
    format!(
        "  {path}:\n    get:\n      operationId: {id}\n{extra}      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Thing'}}\n"
    )
}

const THING: &str = "    Thing:\n      type: object\n      required: [id]\n      properties:\n        id: {type: string}\n";

fn thing(extra_props: &str, required: &str) -> String {
    format!(
        "    Thing:\n      type: object\n      required: [id{required}]\n      properties:\n        id: {{type: string}}\n{extra_props}"
    )
}

#[test]
fn identical_documents_report_nothing_and_descriptions_are_patch() {
    let a = doc(&get("/a", "getA", ""), THING);
    let r = report(&a, &a);
    assert_eq!(
        (r.semver, r.changes.len()),
        (Level::None, 0),
        "{}",
        r.to_text()
    );
    let b = a.replace("description: ok", "description: fine");
    let r = report(&a, &b);
    assert_eq!(r.semver, Level::Patch, "{}", r.to_text());
    assert!(r
        .changes
        .iter()
        .all(|c| c.kind == Kind::DescriptionChanged && !c.breaking));
    let c = a.replace("getA\n", "getA\n      summary: Gets an A.\n");
    let r = report(&a, &c);
    let change = only(&r, Kind::DescriptionChanged);
    assert_eq!(change.operation.as_deref(), Some("getA"));
    assert_eq!(r.semver, Level::Patch);
}

#[test]
fn operations_added_removed_renamed_moved_and_repathed() {
    let base = doc(&(get("/a", "getA", "") + &get("/b", "getB", "")), THING);
    let added = doc(
        &(get("/a", "getA", "") + &get("/b", "getB", "") + &get("/c", "getC", "")),
        THING,
    );
    let r = report(&base, &added);
    let c = only(&r, Kind::OperationAdded);
    assert_eq!((c.breaking, r.semver), (false, Level::Minor));
    assert_eq!(c.pointer, "#/paths/~1c/get");
    assert_eq!(
        (c.document, c.operation.as_deref()),
        (Side::New, Some("getC"))
    );
    assert_eq!(c.rust, "DefaultApi::get_c");

    let r = report(&added, &base);
    let c = only(&r, Kind::OperationRemoved);
    assert_eq!((c.breaking, r.semver), (true, Level::Major));
    assert_eq!(
        (c.pointer.as_str(), c.document),
        ("#/paths/~1c/get", Side::Old)
    );

    // A new operationId on the same route renames the method.
    let renamed = base.replace("operationId: getB", "operationId: fetchB");
    let r = report(&base, &renamed);
    let c = only(&r, Kind::OperationRenamed);
    assert!(
        c.breaking && c.message.contains("DefaultApi::fetch_b"),
        "{}",
        c.message
    );
    assert_eq!(kinds(&r), [Kind::OperationRenamed], "not removed and added");
    // ... unless the method's name stays the same.
    let respelled = base.replace("operationId: getB", "operationId: get_b");
    let r = report(&base, &respelled);
    assert_eq!(only(&r, Kind::OperationIdChanged).level, Level::Patch);
    assert_eq!(r.semver, Level::Patch);

    // A tag moves the method to another API type.
    let tagged = base.replace(
        "operationId: getB\n",
        "operationId: getB\n      tags: [Things]\n",
    );
    let r = report(&base, &tagged);
    let c = only(&r, Kind::OperationMoved);
    assert!(c.breaking && c.rust == "ThingsApi::get_b", "{c:?}");
    assert_eq!(only(&r, Kind::ApiAdded).rust, "Client::things");

    // The same operationId on another path: the Rust API is the same.
    let repathed = base.replace("  /b:\n", "  /v2/b:\n");
    let r = report(&base, &repathed);
    let c = only(&r, Kind::OperationPathChanged);
    assert_eq!((c.breaking, r.semver), (false, Level::Minor));
    assert_eq!(kinds(&r), [Kind::OperationPathChanged]);
}

#[test]
fn parameters_added_removed_made_required_or_optional_and_retyped() {
    let q = |name: &str, required: bool, ty: &str| {
        format!("      parameters:\n        - {{name: {name}, in: query, required: {required}, schema: {{type: {ty}}}}}\n")
    };
    let none = doc(&get("/a", "getA", ""), THING);
    let optional = doc(&get("/a", "getA", &q("limit", false, "integer")), THING);
    let required = doc(&get("/a", "getA", &q("limit", true, "integer")), THING);
    let string = doc(&get("/a", "getA", &q("limit", false, "string")), THING);

    let r = report(&none, &optional);
    let c = only(&r, Kind::ParameterAdded);
    assert_eq!((c.breaking, r.semver), (false, Level::Minor));
    assert_eq!(c.pointer, "#/paths/~1a/get/parameters/0");
    assert_eq!(c.rust, "GetABuilder::limit");

    let r = report(&none, &required);
    let c = only(&r, Kind::ParameterAdded);
    assert!(c.breaking && c.rust == "DefaultApi::get_a(limit)", "{c:?}");

    let r = report(&optional, &none);
    let c = only(&r, Kind::ParameterRemoved);
    assert_eq!((c.breaking, c.document), (true, Side::Old));

    assert!(only(&report(&optional, &required), Kind::ParameterMadeRequired).breaking);
    assert!(only(&report(&required, &optional), Kind::ParameterMadeOptional).breaking);
    let r = report(&optional, &string);
    let c = only(&r, Kind::ParameterRetyped);
    assert!(
        c.breaking && c.message.contains("`i64`") && c.message.contains("`String`"),
        "{}",
        c.message
    );
}

#[test]
fn request_bodies_added_removed_made_required_and_retyped() {
    let post = |body: &str| {
        doc(
            &format!("  /a:\n    post:\n      operationId: postA\n{body}      responses:\n        '204': {{description: done}}\n"),
            &(THING.to_string() + "    Other:\n      type: object\n      properties:\n        x: {type: string}\n"),
        )
    };
    let body = |required: bool, schema: &str| {
        format!("      requestBody:\n        required: {required}\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/{schema}'}}\n")
    };
    let none = post("");
    let optional = post(&body(false, "Thing"));
    let required = post(&body(true, "Thing"));
    let other = post(&body(true, "Other"));

    let r = report(&none, &optional);
    let c = only(&r, Kind::RequestBodyAdded);
    assert_eq!(
        (c.breaking, c.pointer.as_str()),
        (false, "#/paths/~1a/post/requestBody")
    );
    assert!(only(&report(&none, &required), Kind::RequestBodyAdded).breaking);
    assert!(only(&report(&required, &none), Kind::RequestBodyRemoved).breaking);
    assert!(only(&report(&optional, &required), Kind::RequestBodyMadeRequired).breaking);
    assert!(only(&report(&required, &optional), Kind::RequestBodyMadeOptional).breaking);
    let r = report(&required, &other);
    assert!(only(&r, Kind::RequestBodyRetyped).breaking);
    assert_eq!(r.semver, Level::Major);
}

#[test]
fn success_and_error_responses_per_status() {
    let ok = "        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n";
    let created = "        '201':\n          description: created\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n";
    let accepted = "        '202': {description: later}\n";
    let oops = "        '400':\n          description: bad\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Oops'}\n";
    let schemas = THING.to_string()
        + "    Oops:\n      type: object\n      properties:\n        message: {type: string}\n";
    let op = |responses: &str| {
        doc(
            &format!("  /a:\n    get:\n      operationId: getA\n      responses:\n{responses}"),
            &schemas,
        )
    };
    // One success response: `send()` returns its type; two: an enum, so adding the
    // second changes the return type.
    let r = report(&op(ok), &op(&format!("{ok}{created}")));
    let c = only(&r, Kind::ResponseAdded);
    assert!(
        c.breaking && c.pointer == "#/paths/~1a/get/responses/201",
        "{c:?}"
    );
    // A third is a new variant of the (non-exhaustive) enum.
    let r = report(
        &op(&format!("{ok}{created}")),
        &op(&format!("{ok}{created}{accepted}")),
    );
    let c = only(&r, Kind::ResponseAdded);
    assert!(!c.breaking && c.rust == "GetAResponse::Accepted", "{c:?}");
    let r = report(
        &op(&format!("{ok}{created}{accepted}")),
        &op(&format!("{ok}{created}")),
    );
    assert!(only(&r, Kind::ResponseRemoved).breaking);
    // Another type for the same status.
    let retyped = op(&ok.replace("Thing", "Oops"));
    assert!(only(&report(&op(ok), &retyped), Kind::ResponseRetyped).breaking);

    // Error responses are runtime behaviour; `ErrorBody` gains or loses a variant.
    let r = report(&op(ok), &op(&format!("{ok}{oops}")));
    assert!(!only(&r, Kind::ErrorResponseAdded).breaking);
    assert!(!only(&r, Kind::ErrorBodyAdded).breaking);
    assert_eq!(r.semver, Level::Minor);
    let r = report(&op(&format!("{ok}{oops}")), &op(ok));
    assert!(!only(&r, Kind::ErrorResponseRemoved).breaking);
    let c = only(&r, Kind::ErrorBodyRemoved);
    assert!(c.breaking && c.rust == "ErrorBody::Oops", "{c:?}");
}

#[test]
fn schemas_added_and_removed() {
    let a = doc(&get("/a", "getA", ""), THING);
    let b = doc(
        &get("/a", "getA", ""),
        &(THING.to_string()
            + "    Extra:\n      type: object\n      properties:\n        x: {type: string}\n"),
    );
    let r = report(&a, &b);
    let c = only(&r, Kind::SchemaAdded);
    assert_eq!(
        (c.breaking, c.schema.as_deref(), c.pointer.as_str()),
        (false, Some("Extra"), "#/components/schemas/Extra")
    );
    let r = report(&b, &a);
    let c = only(&r, Kind::SchemaRemoved);
    assert_eq!(
        (c.breaking, c.document, c.rust.as_str()),
        (true, Side::Old, "models::Extra")
    );
}

#[test]
fn fields_added_removed_made_required_or_optional_and_retyped() {
    let ops = get("/a", "getA", "");
    let base = doc(&ops, &thing("        name: {type: string}\n", ""));
    let with = |props: &str, required: &str| doc(&ops, &thing(props, required));

    // Optional: a setter; the struct is non-exhaustive, so not breaking.
    let r = report(
        &base,
        &with(
            "        name: {type: string}\n        note: {type: string}\n",
            "",
        ),
    );
    let c = only(&r, Kind::FieldAdded);
    assert_eq!((c.breaking, r.semver), (false, Level::Minor));
    assert_eq!(c.pointer, "#/components/schemas/Thing/properties/note");
    assert_eq!(
        (c.schema.as_deref(), c.rust.as_str()),
        (Some("Thing"), "models::Thing::note")
    );
    // Required: `new` takes it.
    let r = report(
        &base,
        &with(
            "        name: {type: string}\n        note: {type: string}\n",
            ", note",
        ),
    );
    assert!(only(&r, Kind::FieldAdded).breaking);
    // Required but nullable: an `Option` that `new` does not take.
    let r = report(
        &base,
        &with(
            "        name: {type: string}\n        note: {type: string, nullable: true}\n",
            ", note",
        ),
    );
    assert!(!only(&r, Kind::FieldAdded).breaking);

    let r = report(&base, &with("", ""));
    let c = only(&r, Kind::FieldRemoved);
    assert_eq!((c.breaking, c.document), (true, Side::Old));

    let required = with("        name: {type: string}\n", ", name");
    assert!(only(&report(&base, &required), Kind::FieldMadeRequired).breaking);
    assert!(only(&report(&required, &base), Kind::FieldMadeOptional).breaking);
    // Optional ↔ required and nullable: `Option<String>` either way, not in `new`.
    let required_nullable = with("        name: {type: string, nullable: true}\n", ", name");
    let r = report(&base, &required_nullable);
    let c = only(&r, Kind::FieldMadeRequired);
    assert_eq!(
        (c.breaking, r.semver),
        (false, Level::Minor),
        "{}",
        r.to_text()
    );

    let retyped = with("        name: {type: integer}\n", "");
    let r = report(&base, &retyped);
    let c = only(&r, Kind::FieldRetyped);
    assert!(
        c.breaking && c.message.contains("Option<i64>"),
        "{}",
        c.message
    );
}

#[test]
fn a_type_alias_is_the_type_it_names() {
    let ops = get("/a", "getA", "");
    let schemas = "    Name: {type: string}\n";
    let aliased = doc(
        &ops,
        &(thing("        name: {$ref: '#/components/schemas/Name'}\n", "") + schemas),
    );
    let inline = doc(
        &ops,
        &(thing("        name: {type: string}\n", "") + schemas),
    );
    let r = report(&aliased, &inline);
    assert!(
        r.changes.is_empty(),
        "`models::Name` is `String`: {}",
        r.to_text()
    );
}

#[test]
fn enum_values_added_removed_and_types_that_change_kind() {
    let ops = get("/a", "getA", "");
    let status = |values: &str| {
        doc(
            &ops,
            &format!("{THING}    Status:\n      type: string\n      enum: [{values}]\n"),
        )
    };
    let r = report(&status("on, off"), &status("on, off, paused"));
    let c = only(&r, Kind::EnumValueAdded);
    assert_eq!((c.breaking, r.semver), (false, Level::Minor));
    assert_eq!(
        (c.pointer.as_str(), c.rust.as_str()),
        ("#/components/schemas/Status/enum", "models::Status::Paused")
    );
    let r = report(&status("on, off, paused"), &status("on, off"));
    assert!(only(&r, Kind::EnumValueRemoved).breaking);

    // An enum that becomes an object, and an object that becomes a map.
    let object = doc(
        &ops,
        &format!("{THING}    Status:\n      type: object\n      properties:\n        on: {{type: boolean}}\n"),
    );
    let r = report(&status("on, off"), &object);
    let c = only(&r, Kind::SchemaKindChanged);
    assert_eq!(c.rust, "models::Status");
    assert!(
        c.breaking && c.message.contains("was an enum, is now a struct"),
        "{}",
        c.message
    );
    let map = doc(
        &ops,
        &format!("{THING}    Status:\n      type: object\n      additionalProperties: {{type: boolean}}\n"),
    );
    let r = report(&object, &map);
    let c = only(&r, Kind::SchemaKindChanged);
    assert!(
        c.breaking && c.message.contains("now a map"),
        "{}",
        c.message
    );
}

#[test]
fn union_variants_added_and_removed() {
    let ops = get("/a", "getA", "");
    let pet = |variants: &str| {
        doc(
            &ops,
            &format!(
                "{THING}    Cat:\n      type: object\n      properties:\n        lives: {{type: integer}}\n    Dog:\n      type: object\n      properties:\n        bark: {{type: boolean}}\n    Pet:\n      oneOf: [{variants}]\n"
            ),
        )
    };
    let one = pet("{$ref: '#/components/schemas/Cat'}");
    let two = pet("{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}");
    let r = report(&one, &two);
    let c = only(&r, Kind::UnionVariantAdded);
    assert_eq!((c.breaking, c.rust.as_str()), (false, "models::Pet::Dog"));
    assert!(only(&report(&two, &one), Kind::UnionVariantRemoved).breaking);
}

#[test]
fn the_json_form_has_what_tools_need() {
    let a = doc(&get("/a", "getA", ""), THING);
    let b = doc(&(get("/a", "getA", "") + &get("/b", "getB", "")), THING);
    let json: serde_json::Value = serde_json::from_str(&report(&a, &b).to_json()).unwrap();
    assert_eq!(json["semver"], "minor");
    let change = &json["changes"][0];
    for key in [
        "kind",
        "breaking",
        "pointer",
        "message",
        "operation",
        "rust",
        "level",
        "document",
    ] {
        assert!(!change[key].is_null(), "{key} missing: {change}");
    }
    assert_eq!(change["kind"], "operation-added");
    assert_eq!(change["document"], "new");
    assert!(
        change.get("schema").is_none(),
        "no schema for an operation: {change}"
    );
}

#[test]
fn a_model_that_an_api_feature_no_longer_compiles_is_breaking() {
    // Thing is reached by getA (tag A) only; then getB (tag B) returns it too, then only getB.
    let tagged = |a_returns_thing: bool| {
        let a = get("/a", "getA", "      tags: [A]\n");
        let a = if a_returns_thing {
            a
        } else {
            a.replace("#/components/schemas/Thing", "#/components/schemas/Unused")
        };
        doc(&(a + &get("/b", "getB", "      tags: [B]\n")), THING)
    };
    let only_a = tagged(true).replace(
        "      tags: [B]\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}",
        "      tags: [B]\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Unused'}",
    );
    let both = tagged(true);
    let only_b = tagged(false);

    let r = report(&only_a, &both);
    let c = only(&r, Kind::FeatureGateWidened);
    assert_eq!((c.breaking, c.level), (false, Level::Minor));
    assert_eq!(c.rust, "models::Thing");
    assert!(c.message.contains("feature `b`"), "{}", c.message);

    let r = report(&both, &only_b);
    let c = only(&r, Kind::FeatureGateNarrowed);
    assert_eq!((c.breaking, r.semver), (true, Level::Major));
    assert!(
        c.message.contains("no longer compiled by feature `a`"),
        "{}",
        c.message
    );

    // Untagged before (no features: every build has it), tagged now.
    let untagged = only_a
        .replace("      tags: [A]\n", "")
        .replace("      tags: [B]\n", "");
    let r = report(&untagged, &only_a);
    let narrowed: Vec<&Change> = r
        .changes
        .iter()
        .filter(|c| c.kind == Kind::FeatureGateNarrowed && c.schema.as_deref() == Some("Thing"))
        .collect();
    let [c] = narrowed[..] else {
        panic!("{}", r.to_text())
    };
    assert!(
        c.message
            .contains("no longer in every build: only `all-models` or feature `a`"),
        "{}",
        c.message
    );
    assert!(r.changes.iter().all(|c| c.kind != Kind::FeatureGateWidened));
}

#[test]
fn a_response_or_error_body_that_grows_into_a_box_is_breaking() {
    // 200 answers a Thing or nothing (204); 400 a Thing, 404 a tiny Oops: a response enum and
    // an `ErrorBody` of two variants. Ten more strings (240 bytes) put Thing past the gap rule
    // of lower/boxing.rs, so both its variants become `Box<Thing>`.
    let responses = "        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n        '204': {description: none}\n        '400':\n          description: bad\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n        '404':\n          description: missing\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Oops'}\n";
    let paths = format!("  /a:\n    get:\n      operationId: getA\n      responses:\n{responses}");
    let oops =
        "    Oops:\n      type: object\n      properties:\n        message: {type: string}\n";
    let small = doc(&paths, &format!("{THING}{oops}"));
    let props: String = (0..10)
        .map(|i| format!("        note{i}: {{type: string}}\n"))
        .collect();
    let large = doc(&paths, &format!("{}{oops}", thing(&props, "")));
    let r = report(&small, &large);
    let c = only(&r, Kind::ResponseRetyped);
    assert!(
        c.breaking && c.rust == "GetAResponse::Ok" && c.message.contains("Box<Thing>"),
        "{c:?}"
    );
    let c = only(&r, Kind::ErrorBodyRetyped);
    assert!(
        c.breaking && c.rust == "ErrorBody::Thing" && c.message.contains("now holds `Box<Thing>`"),
        "{c:?}"
    );
    assert_eq!(r.semver, Level::Major);
    // And back: unboxed is another type again.
    assert!(only(&report(&large, &small), Kind::ErrorBodyRetyped).breaking);
}
