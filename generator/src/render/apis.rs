//! Views of API files: one API type, and per operation a descriptor, a
//! request builder and its response enum. Per-operation code only describes
//! the request; the runtime's one executor does the rest.

use askama::Template;

use super::errors::ErrorTables;
use super::{docs, fields, lit, rust_ty};
use crate::ir::{
    self, Api, BodyKind, Decode, Model, Operation, Outcome, ParamLocation, ParamStyle, StatusMatch,
    Ty,
};

#[derive(Template)]
#[template(path = "api.rs", escape = "none")]
pub struct ApiFile {
    doc: Vec<String>,
    name: String,
    accessor: String,
    ops: Vec<OpView>,
}

pub struct OpView {
    doc: Vec<String>,
    builder_doc: Vec<String>,
    method: String,
    builder: String,
    static_name: String,
    static_init: String,
    deprecated: bool,
    args: Vec<String>,
    many_args: bool,
    fields: Vec<BuilderField>,
    inits: Vec<String>,
    setters: Vec<Setter>,
    call: Vec<String>,
    arms: Vec<String>,
    ret: String,
    /// `ret` as the blocking methods' macro takes it: with turbofish (`Vec::<T>`), so that the
    /// arguments parse as expressions and rustfmt formats them.
    blocking_ret: String,
    response_enum: Option<ResponseEnum>,
    pagination: Option<PageView>,
}

/// A field of a request builder: a parameter or the body.
pub struct BuilderField {
    ident: String,
    /// Its type (`Option<T>` when the parameter is optional).
    ty: String,
}

pub struct Setter {
    doc: Vec<String>,
    ident: String,
    ty: String,
    deprecated: bool,
}

pub struct ResponseEnum {
    name: String,
    variants: Vec<ResponseVariant>,
}

/// One success response of an operation with several.
pub struct ResponseVariant {
    doc: Vec<String>,
    name: String,
    /// The payload type; `None` for a response without a body.
    payload: Option<String>,
}

pub struct PageView {
    page: String,
    item: String,
    token_setter: String,
    split: String,
}

pub fn api_file(api: &Api, model: &Model, errors: &ErrorTables) -> ApiFile {
    let mut doc = docs::doc_lines(api.description.as_deref(), None);
    if doc.is_empty() {
        doc.push(format!(
            "The operations tagged {}.",
            docs::code(api.tag.as_deref().unwrap_or("(none)"))
        ));
    }
    ApiFile {
        doc,
        name: api.type_name.clone(),
        accessor: api.accessor.clone(),
        ops: api
            .operations
            .iter()
            .map(|op| op_view(api, op, model, errors))
            .collect(),
    }
}

fn op_view(api: &Api, op: &Operation, model: &Model, errors: &ErrorTables) -> OpView {
    let request_line = docs::code(&format!("{} {}", op.http_method, op.path));
    let mut doc = docs::doc_lines(op.summary.as_deref(), op.description.as_deref());
    docs::push_paragraph(
        &mut doc,
        format!("{request_line} (operation {}).", docs::code(&op.id)),
    );
    docs::push_paragraph(&mut doc, crate::safety::describe(&op.retry));
    let mut builder_doc = vec![format!(
        "Request builder for [`{}::{}`](super::{0}::{1}): {request_line}.",
        api.type_name,
        op.method_name.trim_start_matches("r#")
    )];
    docs::push_paragraph(
        &mut builder_doc,
        "Set optional parameters, then call `send`.",
    );

    let mut args = Vec::new();
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut call = Vec::new();
    for p in &op.params {
        let ty = rust_ty(&p.ty, model);
        let mut pdoc = docs::doc_lines(p.description.as_deref(), None);
        if pdoc.is_empty() {
            pdoc.push(format!(
                "The {} {} parameter.",
                docs::code(&p.name),
                location_word(p.location)
            ));
        }
        if p.required {
            args.push(format!("{}: impl Into<{ty}>", p.ident));
            inits.push(format!("{0}: {0}.into()", p.ident));
            fields.push(BuilderField {
                ident: p.ident.clone(),
                ty: ty.clone(),
            });
            call.push(param_call(
                p.location,
                &p.name,
                &format!("&self.{}", p.ident),
                &p.ty,
                p.style,
                model,
            ));
        } else {
            inits.push(format!("{}: None", p.ident));
            fields.push(BuilderField {
                ident: p.ident.clone(),
                ty: format!("Option<{ty}>"),
            });
            call.push(format!(
                "if let Some(value) = &self.{} {{ {} }}",
                p.ident,
                param_call(p.location, &p.name, "value", &p.ty, p.style, model)
            ));
            setters.push(Setter {
                doc: pdoc,
                ident: p.ident.clone(),
                ty,
                deprecated: p.deprecated,
            });
        }
    }
    if let Some(body) = &op.body {
        let ty = rust_ty(&body.ty, model);
        let body_call = |value: &str| match body.kind {
            BodyKind::Json => format!("call.json({value});"),
            BodyKind::Form => format!("call.form({value});"),
            BodyKind::Multipart => multipart_call(value, &body.ty, model),
            BodyKind::Bytes | BodyKind::Text => {
                format!(
                    "call.body(rt::reqwest::Body::from(Clone::clone({value})), {});",
                    lit(&body.content_type)
                )
            }
        };
        if body.required {
            args.push(format!("{}: {ty}", body.ident));
            inits.push(body.ident.clone());
            fields.push(BuilderField {
                ident: body.ident.clone(),
                ty,
            });
            call.push(body_call(&format!("&self.{}", body.ident)));
        } else {
            inits.push(format!("{}: None", body.ident));
            fields.push(BuilderField {
                ident: body.ident.clone(),
                ty: format!("Option<{ty}>"),
            });
            call.push(format!(
                "if let Some(body) = &self.{} {{ {} }}",
                body.ident,
                body_call("body")
            ));
            let mut bdoc = docs::doc_lines(body.description.as_deref(), None);
            if bdoc.is_empty() {
                bdoc.push("The request body.".into());
            }
            setters.push(Setter {
                doc: bdoc,
                ident: body.ident.clone(),
                ty,
                deprecated: false,
            });
        }
    }

    let (ret, arms, response_enum) = responses(op, model, errors);
    let pagination = op.pagination.as_ref().map(|p| {
        let items = fields::read("page", &p.items_field, fields::Access::Move).or_default();
        let token = fields::read("page", &p.token_field, fields::Access::Move).option();
        PageView {
            page: rust_ty(&p.page_ty, model),
            item: rust_ty(&p.item_ty, model),
            token_setter: p.token_setter.clone(),
            split: format!("({items}, {token})"),
        }
    });
    OpView {
        doc,
        builder_doc,
        method: op.method_name.clone(),
        builder: op.builder_name.clone(),
        static_name: op.static_name.clone(),
        static_init: static_init(op),
        deprecated: op.deprecated,
        many_args: args.len() > 6,
        args,
        fields,
        inits,
        setters,
        call,
        arms,
        blocking_ret: ret.replace('<', "::<"),
        ret,
        response_enum,
        pagination,
    }
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// What a value looks like to parameter serialisation.
#[derive(PartialEq)]
enum Shape {
    /// Has a text form (`ParamValue`).
    Scalar,
    /// An array of scalars.
    ScalarArray,
    /// Anything else: serialised through JSON.
    Structured,
}

fn shape(ty: &Ty, model: &Model) -> Shape {
    use crate::ir::TypeKind;
    match ir::resolve_alias(&model.types, ty) {
        Ty::Named(id) => match &model.types[*id].kind {
            TypeKind::Enum(_) | TypeKind::IntEnum(_) => Shape::Scalar,
            _ => Shape::Structured,
        },
        Ty::Vec(inner) if shape(inner, model) == Shape::Scalar => Shape::ScalarArray,
        Ty::Vec(_) | Ty::Map(_) | Ty::Bytes => Shape::Structured,
        _ => Shape::Scalar,
    }
}

/// The call that puts one parameter value on the request.
fn param_call(
    location: ParamLocation,
    name: &str,
    value: &str,
    ty: &Ty,
    style: ParamStyle,
    model: &Model,
) -> String {
    let name = lit(name);
    let method = match location {
        ParamLocation::Path => "path_param",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header_param",
        ParamLocation::Cookie => "cookie_param",
    };
    match (location, shape(ty, model)) {
        (_, Shape::Scalar) => format!("call.{method}({name}, {value});"),
        (ParamLocation::Query, Shape::ScalarArray) => {
            let style = match style {
                ParamStyle::Form => "rt::ArrayStyle::Form { explode: false }",
                ParamStyle::SpaceDelimited => "rt::ArrayStyle::SpaceDelimited",
                ParamStyle::PipeDelimited => "rt::ArrayStyle::PipeDelimited",
                ParamStyle::FormExplode | ParamStyle::DeepObject => "rt::ArrayStyle::Form { explode: true }",
            };
            format!("call.query_array({name}, {value}, {style});")
        }
        // `simple` style: comma-separated.
        (_, Shape::ScalarArray) => format!(
            "call.{method}({name}, &({value}).iter().map(rt::ParamValue::to_param).collect::<Vec<_>>().join(\",\"));"
        ),
        (ParamLocation::Query, Shape::Structured) if matches!(*ir::resolve_alias(&model.types, ty), Ty::Named(_) | Ty::Map(_)) => {
            let style = match style {
                ParamStyle::DeepObject => "rt::ObjectStyle::DeepObject",
                ParamStyle::Form => "rt::ObjectStyle::Form { explode: false }",
                _ => "rt::ObjectStyle::Form { explode: true }",
            };
            format!("call.query_object({name}, {value}, {style});")
        }
        (_, Shape::Structured) => {
            format!("call.{method}({name}, &rt::serde_json::to_value({value}).unwrap_or_default());")
        }
    }
}

/// Builds a multipart body from the fields of the body struct: files as
/// file parts, scalars as text, the rest as JSON parts.
fn multipart_call(value: &str, ty: &Ty, model: &Model) -> String {
    use crate::ir::TypeKind;
    let Ty::Named(id) = ir::resolve_alias(&model.types, ty) else {
        return format!("call.json({value});");
    };
    let TypeKind::Struct(s) = &model.types[*id].kind else {
        return format!("call.json({value});");
    };
    let mut out = format!("{{ let body = {value}; let mut form = rt::Multipart::new(); ");
    for f in &s.fields {
        let name = lit(&f.name);
        let part = |v: &str| {
            match (ir::resolve_alias(&model.types, &f.ty), shape(&f.ty, model)) {
            (Ty::Bytes, _) => format!(
                "form.bytes({name}, rt::bytes::Bytes::clone({v}), None, \"application/octet-stream\");"
            ),
            (_, Shape::Scalar) => format!("form.text({name}, {v});"),
            _ => format!("form.json({name}, {v});"),
        }
        };
        out.push_str(&fields::read("body", f, fields::Access::Borrow).if_set("v", part));
        out.push(' ');
    }
    out.push_str("call.multipart(form); }");
    out
}

pub(super) fn static_init(op: &Operation) -> String {
    let security: Vec<String> = op
        .security
        .iter()
        .map(|alt| {
            format!(
                "&[{}]",
                alt.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", ")
            )
        })
        .collect();
    format!(
        "rt::Operation {{ id: {}, method: rt::reqwest::Method::{}, path: {}, security: &[{}], {} }}",
        lit(&op.id),
        op.http_method,
        lit(&op.path),
        security.join(", "),
        crate::safety::descriptor_fields(&op.retry),
    )
}

/// The return type, the match arms on the status, and the response enum.
fn responses(
    op: &Operation,
    model: &Model,
    errors: &ErrorTables,
) -> (String, Vec<String>, Option<ResponseEnum>) {
    let mut outcomes: Vec<&Outcome> = op.success.iter().collect();
    // Exact codes before ranges, so a range never shadows a code.
    outcomes.sort_by_key(|o| matches!(o.status, StatusMatch::Range(_)));
    let pattern = |s: StatusMatch| match s {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Range(r) => format!("{}..={}", r * 100, r * 100 + 99),
        StatusMatch::Default => "_".into(),
    };
    let payload = |d: &Decode| match d {
        Decode::Json(ty) => Some(rust_ty(ty, model)),
        Decode::Text => Some("String".into()),
        Decode::Bytes => Some("rt::bytes::Bytes".into()),
        Decode::Redirect => Some("crate::Redirect".into()),
        Decode::Empty => None,
    };
    let decode = |d: &Decode| match d {
        Decode::Json(_) => "resp.json()",
        Decode::Text => "resp.text()",
        Decode::Bytes => "resp.bytes()",
        Decode::Redirect => "resp.redirect()",
        Decode::Empty => "",
    };
    let mut arms = Vec::new();
    let (ret, response_enum) = match &op.response_enum {
        None => {
            let o = outcomes[0];
            let arm = match &o.decode {
                Decode::Empty => "Ok(resp.empty(()))".to_string(),
                d => decode(d).to_string(),
            };
            arms.push(format!("{} => {arm},", pattern(o.status)));
            (payload(&o.decode).unwrap_or_else(|| "()".into()), None)
        }
        Some(name) => {
            let mut variants = Vec::new();
            for o in &outcomes {
                let arm = match &o.decode {
                    Decode::Empty => format!("Ok(resp.empty({name}::{}))", o.variant),
                    d => format!("{}.map(|r| r.map({name}::{}))", decode(d), o.variant),
                };
                arms.push(format!("{} => {arm},", pattern(o.status)));
                let code = match o.status {
                    StatusMatch::Code(c) => c.to_string(),
                    StatusMatch::Range(r) => format!("{r}XX"),
                    StatusMatch::Default => "default".into(),
                };
                let mut vdoc = docs::doc_lines(Some(&format!("{code}: {}", o.description)), None);
                if vdoc.is_empty() {
                    vdoc.push(code);
                }
                variants.push(ResponseVariant {
                    doc: vdoc,
                    name: o.variant.clone(),
                    payload: payload(&o.decode),
                });
            }
            (
                name.clone(),
                Some(ResponseEnum {
                    name: name.clone(),
                    variants,
                }),
            )
        }
    };
    arms.push(format!(
        "_ => Err(resp.into_error({})),",
        errors.expr(op, model)
    ));
    (ret, arms, response_enum)
}
