//! Naming, `$ref` resolution and type mapping, on small documents written here.

use togai_codegen::ir::{Decode, Model, ParamLocation, StatusMatch, Ty, TypeKind};

fn model_of(yaml: &str) -> togai_codegen::Result<Model> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.yaml");
    std::fs::write(&path, yaml).unwrap();
    togai_codegen::model(&path)
}

fn ty_named<'m>(m: &'m Model, name: &str) -> &'m togai_codegen::ir::TypeDef {
    m.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}"))
}

fn field<'m>(m: &'m Model, ty: &str, field: &str) -> &'m togai_codegen::ir::Field {
    match &ty_named(m, ty).kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .find(|f| f.name == field)
            .unwrap_or_else(|| panic!("no field {field}")),
        other => panic!("{ty} is not a struct: {other:?}"),
    }
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

#[test]
fn scalar_formats_map_to_rust_types() {
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    S:\n      type: object\n      required: [a]\n      properties:\n        a: {{type: string, format: date-time}}\n        b: {{type: string, format: date}}\n        c: {{type: integer, format: int32}}\n        d: {{type: integer}}\n        e: {{type: number}}\n        f: {{type: number, format: float}}\n        g: {{type: boolean}}\n        h: {{type: string, format: uuid}}\n        i: {{type: object}}\n        j: {{}}\n        k: {{type: object, additionalProperties: {{type: integer, format: int64}}}}\n"
    ))
    .unwrap();
    let expect = [
        ("a", Ty::DateTime),
        ("b", Ty::Date),
        ("c", Ty::I32),
        ("d", Ty::I64),
        ("e", Ty::F64),
        ("f", Ty::F32),
        ("g", Ty::Bool),
        ("h", Ty::String),
        ("i", Ty::Json),
        ("j", Ty::Json),
        ("k", Ty::Map(Box::new(Ty::I64))),
    ];
    for (name, ty) in expect {
        assert_eq!(field(&m, "S", name).ty, ty, "field {name}");
    }
    assert!(field(&m, "S", "a").required);
    assert!(!field(&m, "S", "b").required);
}

#[test]
fn inline_schemas_get_names_from_parent_and_property() {
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Invoice_details:\n      type: object\n      properties:\n        account: {{type: object, properties: {{id: {{type: string}}}}}}\n        status: {{type: string, enum: [in-progress, DONE]}}\n        lines: {{type: array, items: {{type: object, properties: {{n: {{type: integer}}}}}}}}\n    InvoiceDetailsAccount: {{type: string}}\n"
    ))
    .unwrap();
    let parent = ty_named(&m, "InvoiceDetails");
    let Ty::Named(account) = field(&m, "InvoiceDetails", "account").ty else {
        panic!()
    };
    // The component registered first keeps the plain name.
    assert_eq!(m.types[account].name, "InvoiceDetailsAccount2");
    assert_eq!(m.types[account].module, parent.module);
    let Ty::Named(status) = field(&m, "InvoiceDetails", "status").ty else {
        panic!()
    };
    let TypeKind::Enum(e) = &m.types[status].kind else {
        panic!()
    };
    assert_eq!(m.types[status].name, "InvoiceDetailsStatus");
    assert_eq!(
        e.variants,
        [
            ("InProgress".to_string(), "in-progress".to_string()),
            ("Done".into(), "DONE".into())
        ]
    );
    let Ty::Vec(item) = &field(&m, "InvoiceDetails", "lines").ty else {
        panic!()
    };
    let Ty::Named(item) = **item else { panic!() };
    assert_eq!(m.types[item].name, "InvoiceDetailsLinesItem");
}

#[test]
fn all_of_is_flattened_with_the_union_of_required() {
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Base:\n      type: object\n      required: [id]\n      properties: {{id: {{type: string}}, note: {{type: string}}}}\n    Mid:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n        - type: object\n          required: [note]\n          properties: {{extra: {{type: integer}}}}\n    Top:\n      allOf: [{{$ref: '#/components/schemas/Mid'}}]\n"
    ))
    .unwrap();
    let TypeKind::Struct(s) = &ty_named(&m, "Mid").kind else {
        panic!()
    };
    let fields: Vec<(&str, bool)> = s
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.required))
        .collect();
    assert_eq!(fields, [("id", true), ("note", true), ("extra", false)]);
    let TypeKind::Struct(top) = &ty_named(&m, "Top").kind else {
        panic!("allOf of one $ref merges too")
    };
    assert_eq!(top.fields.len(), 3);
}

#[test]
fn keywords_and_collisions_become_valid_fields() {
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    K:\n      type: object\n      properties:\n        type: {{type: string}}\n        self: {{type: string}}\n        animal_kind: {{type: string}}\n        AnimalKind: {{type: string}}\n        2fa: {{type: string}}\n    animal_kind: {{type: string}}\n    AnimalKind: {{type: string}}\n    Option: {{type: string}}\n"
    ))
    .unwrap();
    let idents: Vec<&str> = match &ty_named(&m, "K").kind {
        TypeKind::Struct(s) => s.fields.iter().map(|f| f.ident.as_str()).collect(),
        _ => panic!(),
    };
    assert_eq!(
        idents,
        ["r#type", "self_", "animal_kind", "animal_kind_2", "n2fa"]
    );
    let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["K", "AnimalKind", "AnimalKind2", "OptionModel"]);
    let modules: Vec<&str> = m.types.iter().map(|t| t.module.as_str()).collect();
    assert_eq!(
        modules,
        ["k", "animal_kind", "animal_kind2", "option_model"]
    );
}

#[test]
fn recursion_is_boxed_only_where_needed() {
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next: {{$ref: '#/components/schemas/Node'}}\n        children: {{type: array, items: {{$ref: '#/components/schemas/Node'}}}}\n        other: {{$ref: '#/components/schemas/Leaf'}}\n    Leaf: {{type: object, properties: {{v: {{type: string}}}}}}\n    A: {{type: object, properties: {{b: {{$ref: '#/components/schemas/B'}}}}}}\n    B: {{type: object, properties: {{a: {{$ref: '#/components/schemas/A'}}}}}}\n"
    ))
    .unwrap();
    assert!(field(&m, "Node", "next").boxed);
    assert!(!field(&m, "Node", "children").boxed);
    assert!(!field(&m, "Node", "other").boxed);
    assert!(field(&m, "A", "b").boxed && field(&m, "B", "a").boxed);
}

#[test]
fn ref_errors_name_the_pointer() {
    let e = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{type: object, properties: {{b: {{$ref: '#/components/schemas/Missing'}}}}}}\n"
    ))
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("#/components/schemas/A/properties/b") && e.contains("unresolvable $ref"),
        "{e}"
    );

    let e = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    B: {{$ref: '#/components/schemas/A'}}\n"
    ))
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("$ref cycle") && e.contains("#/components/schemas/"),
        "{e}"
    );
}

const OPS: &str = r##"
paths:
  /license_updates/{license_id}:
    patch:
      operationId: updateLicense
      tags: [Licenses]
      parameters:
        - {name: licenseId, in: query, schema: {type: string}}
      responses:
        '200': {description: ok}
  /event_schema/{event_schema_name}:
    patch:
      tags: [Event Schemas]
      parameters:
        - {name: event_schema_name, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {a: {type: string}}}
      responses:
        '201': {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/E'}}}}
        '204': {description: none}
        '404': {description: missing, content: {application/json: {schema: {$ref: '#/components/schemas/Err'}}}}
        default: {description: other, content: {application/json: {schema: {$ref: '#/components/schemas/Err'}}}}
  /files/{id}:
    get:
      operationId: getFile
      security: []
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '302': {description: see, headers: {Location: {schema: {type: string}}}}
components:
  schemas:
    E: {type: object, properties: {a: {type: string}}}
    Err: {type: object, required: [message], properties: {message: {type: string}}}
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
security:
  - bearerAuth: []
"##;

#[test]
fn operations_follow_the_document() {
    let m = model_of(&format!("{HEAD}{OPS}")).unwrap();
    let names: Vec<(&str, &str)> = m
        .apis
        .iter()
        .map(|a| (a.type_name.as_str(), a.accessor.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("LicensesApi", "licenses"),
            ("EventSchemasApi", "event_schemas"),
            ("DefaultApi", "default")
        ]
    );

    // An undeclared path variable becomes a required path parameter; the query
    // parameter with the same Rust name keeps a distinct one.
    let op = &m.apis[0].operations[0];
    let params: Vec<(&str, &str, ParamLocation, bool)> = op
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.ident.as_str(), p.location, p.required))
        .collect();
    assert_eq!(
        params,
        [
            ("license_id", "license_id", ParamLocation::Path, true),
            ("licenseId", "license_id_query", ParamLocation::Query, false)
        ]
    );
    assert!(m
        .warnings
        .iter()
        .any(|w| w.operation.as_deref() == Some("updateLicense")
            && w.message.contains("{license_id}")));

    // No operationId: named after path and method, like the official clients.
    let op = &m.apis[1].operations[0];
    assert_eq!(op.method_name, "event_schema_event_schema_name_patch");
    assert_eq!(
        op.response_enum.as_deref(),
        Some("EventSchemaEventSchemaNamePatchResponse")
    );
    let outcomes: Vec<(StatusMatch, &str, bool)> = op
        .success
        .iter()
        .map(|o| {
            (
                o.status,
                o.variant.as_str(),
                matches!(o.decode, Decode::Json(_)),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            (StatusMatch::Code(201), "Created", true),
            (StatusMatch::Code(204), "NoContent", false)
        ]
    );
    let errors: Vec<StatusMatch> = op.errors.iter().map(|e| e.status).collect();
    assert_eq!(errors, [StatusMatch::Code(404), StatusMatch::Default]);
    assert_eq!(op.security, [vec!["bearerAuth".to_string()]]);
    let body = op.body.as_ref().unwrap();
    let Ty::Named(b) = body.ty else { panic!() };
    assert_eq!(m.types[b].name, "EventSchemaEventSchemaNamePatchRequest");

    let op = &m.apis[2].operations[0];
    assert!(op.security.is_empty(), "security: [] sends no credentials");
    assert_eq!(op.success[0].decode, Decode::Redirect);
}

#[test]
fn duplicate_operation_ids_are_errors() {
    let e = model_of(&format!(
        "{HEAD}paths:\n  /a:\n    get: {{operationId: x, responses: {{'200': {{description: a}}}}}}\n  /b:\n    get: {{operationId: x, responses: {{'200': {{description: b}}}}}}\n"
    ))
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("duplicate operationId `x`")
            && e.contains("#/paths/~1b/get")
            && e.contains("#/paths/~1a/get"),
        "{e}"
    );
}

#[test]
fn other_versions_are_refused_clearly() {
    let e = model_of("openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("OpenAPI 3.2.0 is not supported")
            && e.contains("#/openapi")
            && e.contains("3.0.x and 3.1.x"),
        "{e}"
    );
    let e = model_of("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("Swagger 2.0") && e.contains("3.0"), "{e}");
    let e = model_of("{\"openapi\": \"3.0.0\", \"info\": {\"title\": 1}, \"paths\": {}}")
        .unwrap_err()
        .to_string();
    assert!(e.contains("#/info/title"), "{e}");
}

#[test]
fn field_shapes_follow_required_and_nullable() {
    use togai_codegen::ir::FieldShape;
    let m = model_of(&format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    S:\n      type: object\n      required: [r, rn]\n      properties:\n        r: {{type: string}}\n        o: {{type: string}}\n        rn: {{type: string, nullable: true}}\n        on: {{type: string, nullable: true}}\n"
    ))
    .unwrap();
    let shapes: Vec<FieldShape> = ["r", "o", "rn", "on"]
        .iter()
        .map(|f| field(&m, "S", f).shape())
        .collect();
    assert_eq!(shapes, FieldShape::ALL);
}

#[test]
fn page_tokens_and_items_keep_their_fields_shape() {
    use togai_codegen::ir::FieldShape;
    // (path, the page's `required`, the fields' `nullable`)
    let cases = [
        ("r", "[cursor, items]", "false"),
        ("o", "[]", "false"),
        ("rn", "[cursor, items]", "true"),
        ("on", "[]", "true"),
    ];
    let mut doc = format!("{HEAD}paths:\n");
    for (name, _, _) in cases {
        doc += &format!("  /{name}:\n    get:\n      operationId: list_{name}\n      parameters: [{{name: cursor, in: query, schema: {{type: string}}}}]\n      responses:\n        '200':\n          description: p\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/P{name}'}}\n");
    }
    doc += "components:\n  schemas:\n";
    for (name, required, nullable) in cases {
        doc += &format!("    P{name}:\n      type: object\n      required: {required}\n      properties:\n        cursor: {{type: string, nullable: {nullable}}}\n        items: {{type: array, items: {{type: string}}, nullable: {nullable}}}\n");
    }
    let m = model_of(&doc).unwrap();
    let ops: Vec<_> = m.apis.iter().flat_map(|a| &a.operations).collect();
    assert_eq!(ops.len(), 4);
    for (op, shape) in ops.iter().zip(FieldShape::ALL) {
        let p = op
            .pagination
            .as_ref()
            .unwrap_or_else(|| panic!("{} is not paginated", op.id));
        assert_eq!(
            (p.token_field.shape(), p.items_field.shape()),
            (shape, shape),
            "{}",
            op.id
        );
    }
}

#[test]
fn refs_in_data_are_neither_followed_nor_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.yaml");
    std::fs::write(
        &path,
        format!(
            "{HEAD}x-meta: {{$ref: 'absent.yaml'}}\npaths: {{}}\ncomponents:\n  examples:\n    E:\n      value: {{$ref: 'absent.yaml#/E'}}\n  schemas:\n    S:\n      type: object\n      properties:\n        default: {{$ref: 'named.yaml'}}\n        o:\n          type: object\n          default: {{$ref: 'absent.yaml'}}\n          example: {{$ref: '#/paths/~1absent'}}\n          enum: [{{$ref: 'absent.yaml'}}]\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("named.yaml"),
        "type: object\nproperties: {n: {type: integer}}\n",
    )
    .unwrap();
    let m = togai_codegen::model(&path).unwrap();
    assert_eq!(
        field(&m, "S", "o").default.as_deref(),
        Some(r#"{"$ref":"absent.yaml"}"#)
    );
    // A property named `default` is a schema: its reference was followed.
    match &field(&m, "S", "default").ty {
        Ty::Named(id) => assert_eq!(m.types[*id].name, "Named"),
        other => panic!("`default` is {other:?}"),
    }
}

const HEAD_31: &str = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

/// The shapes FastAPI (pydantic) writes, in the IR.
#[test]
fn openapi_3_1_optional_fields_and_unions_lower_like_their_3_0_forms() {
    let m = model_of(&format!(
        "{HEAD_31}paths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        \
         - {{name: cursor, in: query, required: false, schema: {{anyOf: [{{type: string}}, {{type: 'null'}}], title: Cursor}}}}\n        \
         - {{name: limit, in: query, schema: {{type: integer, minimum: 1.0, maximum: 100.0, default: 10}}}}\n      \
         responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Page'}}}}}}}}\n\
         components:\n  schemas:\n    \
         Page:\n      type: object\n      required: [items, cursor]\n      properties:\n        \
         items: {{type: array, items: {{$ref: '#/components/schemas/Pet'}}}}\n        \
         cursor: {{anyOf: [{{type: string}}, {{type: 'null'}}]}}\n    \
         Pet:\n      type: object\n      required: [kind]\n      properties:\n        \
         kind: {{type: string, const: dog}}\n        \
         age: {{anyOf: [{{type: integer, format: int32}}, {{type: 'null'}}], title: Age}}\n        \
         owner: {{anyOf: [{{$ref: '#/components/schemas/Owner'}}, {{type: 'null'}}]}}\n        \
         tags: {{type: [array, 'null'], items: {{type: string}}}}\n        \
         id: {{oneOf: [{{type: string}}, {{type: integer}}]}}\n    \
         Owner: {{type: object, properties: {{name: {{type: string}}}}}}\n"
    ))
    .unwrap();
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    let age = field(&m, "Pet", "age");
    assert!(age.nullable && !age.required);
    assert_eq!(age.ty, Ty::I32);
    let owner = field(&m, "Pet", "owner");
    assert!(owner.nullable);
    assert!(matches!(owner.ty, Ty::Named(id) if m.types[id].name == "Owner"));
    let tags = field(&m, "Pet", "tags");
    assert!(tags.nullable && matches!(&tags.ty, Ty::Vec(t) if **t == Ty::String));
    // `const` is a one-value enum.
    let kind = field(&m, "Pet", "kind");
    match &kind.ty {
        Ty::Named(id) => match &m.types[*id].kind {
            TypeKind::Enum(e) => assert_eq!(e.variants, [("Dog".to_string(), "dog".to_string())]),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(&field(&m, "Pet", "id").ty, Ty::Named(id) if matches!(m.types[*id].kind, TypeKind::Union(_)))
    );
    // The nullable cursor is a string parameter, so the list pages.
    let op = &m.apis[0].operations[0];
    assert_eq!(op.params[0].ty, Ty::String);
    assert_eq!(op.params[1].ty, Ty::I64);
    let page = op.pagination.as_ref().expect("pages by cursor");
    assert_eq!(
        page.token_field.shape(),
        togai_codegen::ir::FieldShape::RequiredNullable
    );
}

/// A `$ref` with sibling keywords keeps them, also when bundling replaces
/// the reference by what it names (a pointer into the document, another file).
#[test]
fn openapi_3_1_ref_siblings_survive_bundling() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("other.yaml"),
        "Shared: {type: [string, 'null'], description: in the other file}\n",
    )
    .unwrap();
    let path = dir.path().join("doc.yaml");
    std::fs::write(
        &path,
        format!(
            "{HEAD_31}paths: {{}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        \
             b: {{type: string, description: b's own}}\n        \
             c: {{$ref: '#/components/schemas/A/properties/b', description: c's own}}\n        \
             d: {{$ref: 'other.yaml#/Shared', description: d's own}}\n        \
             e: {{$ref: '#/components/schemas/A/properties/b', deprecated: true}}\n"
        ),
    )
    .unwrap();
    let m = togai_codegen::model(&path).unwrap();
    assert_eq!(field(&m, "A", "c").description.as_deref(), Some("c's own"));
    let d = field(&m, "A", "d");
    assert_eq!(d.description.as_deref(), Some("d's own"));
    // The other file's 3.1 content is converted too.
    assert!(d.nullable, "{d:?}");
    assert!(field(&m, "A", "e").deprecated);
}

/// Warnings of loading (3.1 forms without a 3.0 one) come out with the others.
#[test]
fn openapi_3_1_loading_warnings_reach_the_model() {
    let m = model_of(&format!(
        "{HEAD_31}components:\n  schemas:\n    T:\n      type: object\n      properties:\n        \
         pair: {{type: array, prefixItems: [{{type: string}}, {{type: integer}}]}}\n        \
         odd: {{not: {{type: string}}}}\n"
    ))
    .unwrap();
    let w: Vec<String> = m.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].starts_with("warning: #/components/schemas/T/properties/odd: `not`"),
        "{w:?}"
    );
    assert!(
        w[1].starts_with("warning: #/components/schemas/T/properties/pair/prefixItems: a tuple"),
        "{w:?}"
    );
    assert!(matches!(&field(&m, "T", "pair").ty, Ty::Vec(t) if **t == Ty::Json));
    // No `paths`: a crate of models.
    assert!(m.apis.is_empty());
}

/// A pointer into a `$ref`'s siblings (which loading wraps around the
/// reference) still names them.
#[test]
fn openapi_3_1_pointers_into_annotated_references_resolve() {
    let m = model_of(&format!(
        "{HEAD_31}paths:\n  /b:\n    get:\n      operationId: getB\n      responses:\n        '200':\n          \
         description: ok\n          content:\n            application/json:\n              schema:\n                \
         $ref: '#/components/schemas/B'\n                properties: {{logo: {{type: object, properties: {{full: {{type: string}}}}}}}}\n\
         components:\n  schemas:\n    B:\n      type: object\n      properties:\n        \
         icon: {{$ref: '#/paths/~1b/get/responses/200/content/application~1json/schema/properties/logo/properties/full'}}\n"
    ))
    .unwrap();
    // Bundling imports the target as a component: a string alias.
    match &field(&m, "B", "icon").ty {
        Ty::Named(id) => assert!(
            matches!(m.types[*id].kind, TypeKind::Alias(Ty::String)),
            "{:?}",
            m.types[*id]
        ),
        other => panic!("{other:?}"),
    }
}
