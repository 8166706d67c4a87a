//! Views of API files: one API type, and per operation a descriptor, a
//! request builder and its response enum. Per-operation code only describes
//! the request; the runtime's one executor does the rest.

use askama::Template;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};

use super::errors::ErrorTables;
use super::{docs, fields, ident, lit_token, rust_ty, turbofish, type_tokens};
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
    /// arguments parse as expressions and rustfmt formats them (see [`turbofish`]).
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
        let ty_tokens = type_tokens(&ty);
        let id = ident(&p.ident);
        let mut pdoc = docs::doc_lines(p.description.as_deref(), None);
        if pdoc.is_empty() {
            pdoc.push(format!(
                "The {} {} parameter.",
                docs::code(&p.name),
                crate::naming::location_word(p.location)
            ));
        }
        if p.required {
            args.push(quote!(#id: impl Into<#ty_tokens>).to_string());
            inits.push(quote!(#id: #id.into()).to_string());
            fields.push(BuilderField {
                ident: p.ident.clone(),
                ty: ty.clone(),
            });
            call.push(
                param_call(
                    p.location,
                    &p.name,
                    quote!(&self.#id),
                    &p.ty,
                    p.style,
                    model,
                )
                .to_string(),
            );
        } else {
            inits.push(quote!(#id: None).to_string());
            fields.push(BuilderField {
                ident: p.ident.clone(),
                ty: quote!(Option<#ty_tokens>).to_string(),
            });
            let put = param_call(p.location, &p.name, quote!(value), &p.ty, p.style, model);
            call.push(quote!(if let Some(value) = &self.#id { #put }).to_string());
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
        let ty_tokens = type_tokens(&ty);
        let id = ident(&body.ident);
        // `bound`: the value is the binding `body` of an `if let`, which the
        // multipart parts can read as it is.
        let body_call = |value: TokenStream, bound: bool| match body.kind {
            BodyKind::Json => quote!(call.json(#value);),
            BodyKind::Form => quote!(call.form(#value);),
            BodyKind::Multipart => multipart_call((!bound).then_some(value), &body.ty, model),
            BodyKind::Bytes | BodyKind::Text => {
                let content_type = lit_token(&body.content_type);
                quote!(call.body(rt::reqwest::Body::from(Clone::clone(#value)), #content_type);)
            }
        };
        if body.required {
            args.push(quote!(#id: #ty_tokens).to_string());
            inits.push(id.to_string());
            fields.push(BuilderField {
                ident: body.ident.clone(),
                ty,
            });
            call.push(body_call(quote!(&self.#id), false).to_string());
        } else {
            inits.push(quote!(#id: None).to_string());
            fields.push(BuilderField {
                ident: body.ident.clone(),
                ty: quote!(Option<#ty_tokens>).to_string(),
            });
            let put = body_call(quote!(body), true);
            call.push(quote!(if let Some(body) = &self.#id { #put }).to_string());
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
            split: quote!((#items, #token)).to_string(),
        }
    });
    OpView {
        doc,
        builder_doc,
        method: op.method_name.clone(),
        builder: op.builder_name.clone(),
        static_name: op.static_name.clone(),
        static_init: static_init(op).to_string(),
        deprecated: op.deprecated,
        many_args: args.len() > 6,
        args,
        fields,
        inits,
        setters,
        call,
        arms,
        blocking_ret: turbofish(ret.clone()).to_string(),
        ret: ret.to_string(),
        response_enum,
        pagination,
    }
}

/// What a value looks like to parameter serialisation.
#[derive(PartialEq)]
pub(super) enum Shape {
    /// Has a text form (`ParamValue`).
    Scalar,
    /// An array of scalars.
    ScalarArray,
    /// Anything else: serialised through JSON.
    Structured,
}

pub(super) fn shape(ty: &Ty, model: &Model) -> Shape {
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
    value: TokenStream,
    ty: &Ty,
    style: ParamStyle,
    model: &Model,
) -> TokenStream {
    let name = lit_token(name);
    let method = format_ident!(
        "{}",
        match location {
            ParamLocation::Path => "path_param",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header_param",
            ParamLocation::Cookie => "cookie_param",
        }
    );
    match (location, shape(ty, model)) {
        (_, Shape::Scalar) => quote!(call.#method(#name, #value);),
        (ParamLocation::Query, Shape::ScalarArray) => {
            let style = match style {
                ParamStyle::Form => quote!(rt::ArrayStyle::Form { explode: false }),
                ParamStyle::SpaceDelimited => quote!(rt::ArrayStyle::SpaceDelimited),
                ParamStyle::PipeDelimited => quote!(rt::ArrayStyle::PipeDelimited),
                ParamStyle::FormExplode | ParamStyle::DeepObject => {
                    quote!(rt::ArrayStyle::Form { explode: true })
                }
            };
            quote!(call.query_array(#name, #value, #style);)
        }
        // `simple` style: comma-separated.
        (_, Shape::ScalarArray) => quote!(
            call.#method(#name, &(#value).iter().map(rt::ParamValue::to_param).collect::<Vec<_>>().join(","));
        ),
        (ParamLocation::Query, Shape::Structured)
            if matches!(
                *ir::resolve_alias(&model.types, ty),
                Ty::Named(_) | Ty::Map(_)
            ) =>
        {
            let style = match style {
                ParamStyle::DeepObject => quote!(rt::ObjectStyle::DeepObject),
                ParamStyle::Form => quote!(rt::ObjectStyle::Form { explode: false }),
                _ => quote!(rt::ObjectStyle::Form { explode: true }),
            };
            quote!(call.query_object(#name, #value, #style);)
        }
        (_, Shape::Structured) => quote!(
            call.#method(#name, &rt::serde_json::to_value(#value).unwrap_or_default());
        ),
    }
}

/// How a multipart body sends one field of the body struct.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// A file part (`application/octet-stream`).
    File,
    /// A text part.
    Text,
    /// A JSON part.
    Json,
}

/// The statement adding the part `name` with the value `value` to `form`.
fn part_call(part: Part, name: &str, value: TokenStream) -> TokenStream {
    let name = lit_token(name);
    match part {
        Part::File => quote!(
            form.bytes(#name, rt::bytes::Bytes::clone(#value), None, "application/octet-stream");
        ),
        Part::Text => quote!(form.text(#name, #value);),
        Part::Json => quote!(form.json(#name, #value);),
    }
}

/// Builds a multipart body from the fields of the body struct: files as
/// file parts, scalars as text, the rest as JSON parts. `value` is the body
/// struct, bound to `body` first; `None` when `body` already is it.
fn multipart_call(value: Option<TokenStream>, ty: &Ty, model: &Model) -> TokenStream {
    use crate::ir::TypeKind;
    let bind = value.as_ref().map(|v| quote!(let body = #v;));
    let value = value.unwrap_or_else(|| quote!(body));
    let Ty::Named(id) = ir::resolve_alias(&model.types, ty) else {
        return quote!(call.json(#value););
    };
    let TypeKind::Struct(s) = &model.types[*id].kind else {
        return quote!(call.json(#value););
    };
    let parts = s.fields.iter().map(|f| {
        let part = match (ir::resolve_alias(&model.types, &f.ty), shape(&f.ty, model)) {
            (Ty::Bytes, _) => Part::File,
            (_, Shape::Scalar) => Part::Text,
            _ => Part::Json,
        };
        fields::read("body", f, fields::Access::Borrow).if_set("v", |v| part_call(part, &f.name, v))
    });
    quote!({
        #bind
        let mut form = rt::Multipart::new();
        #(#parts)*
        call.multipart(form);
    })
}

/// The initialiser of the operation's `rt::Operation` descriptor.
pub(super) fn static_init(op: &Operation) -> TokenStream {
    let security = op.security.iter().map(|alt| {
        let names = alt.iter().map(|s| lit_token(s));
        quote!(&[#(#names),*])
    });
    let id = lit_token(&op.id);
    let method = ident(&op.http_method);
    let path = lit_token(&op.path);
    let retry = crate::safety::descriptor_fields(&op.retry);
    quote!(rt::Operation {
        id: #id,
        method: rt::reqwest::Method::#method,
        path: #path,
        security: &[#(#security),*],
        #retry
    })
}

/// The return type, the match arms on the status, and the response enum.
pub(super) fn responses(
    op: &Operation,
    model: &Model,
    errors: &ErrorTables,
) -> (TokenStream, Vec<String>, Option<ResponseEnum>) {
    let mut outcomes: Vec<&Outcome> = op.success.iter().collect();
    // Exact codes before ranges, so a range never shadows a code.
    outcomes.sort_by_key(|o| matches!(o.status, StatusMatch::Range(_)));
    let pattern = |s: StatusMatch| match s {
        StatusMatch::Code(c) => Literal::u16_unsuffixed(c).into_token_stream(),
        StatusMatch::Range(r) => {
            let (low, high) = (
                Literal::u16_unsuffixed(r * 100),
                Literal::u16_unsuffixed(r * 100 + 99),
            );
            quote!(#low..=#high)
        }
        StatusMatch::Default => quote!(_),
    };
    let payload = |d: &Decode| match d {
        Decode::Json(ty) => Some(type_tokens(&rust_ty(ty, model))),
        Decode::Text => Some(quote!(String)),
        Decode::Bytes => Some(quote!(rt::bytes::Bytes)),
        Decode::Redirect => Some(quote!(crate::Redirect)),
        Decode::Empty => None,
    };
    let decode = |d: &Decode| match d {
        Decode::Json(_) => quote!(resp.json()),
        Decode::Text => quote!(resp.text()),
        Decode::Bytes => quote!(resp.bytes()),
        Decode::Redirect => quote!(resp.redirect()),
        Decode::Empty => TokenStream::new(),
    };
    let mut arms = Vec::new();
    let (ret, response_enum) = match &op.response_enum {
        None => {
            let o = outcomes[0];
            let arm = match &o.decode {
                Decode::Empty => quote!(Ok(resp.empty(()))),
                d => decode(d),
            };
            let pattern = pattern(o.status);
            arms.push(quote!(#pattern => #arm,).to_string());
            (payload(&o.decode).unwrap_or_else(|| quote!(())), None)
        }
        Some(name) => {
            let mut variants = Vec::new();
            let enum_name = ident(name);
            for o in &outcomes {
                let variant = ident(&o.variant);
                let arm = match &o.decode {
                    Decode::Empty => quote!(Ok(resp.empty(#enum_name::#variant))),
                    d => {
                        let decode = decode(d);
                        quote!(#decode.map(|r| r.map(#enum_name::#variant)))
                    }
                };
                let pattern = pattern(o.status);
                arms.push(quote!(#pattern => #arm,).to_string());
                let code = crate::naming::status_text(o.status);
                let mut vdoc = docs::doc_lines(Some(&format!("{code}: {}", o.description)), None);
                if vdoc.is_empty() {
                    vdoc.push(code);
                }
                // `lower/boxing.rs` boxes a payload far larger than the others.
                let held = payload(&o.decode).map(|p| if o.boxed { quote!(Box<#p>) } else { p });
                variants.push(ResponseVariant {
                    doc: vdoc,
                    name: o.variant.clone(),
                    payload: held.map(|p| p.to_string()),
                });
            }
            (
                quote!(#enum_name),
                Some(ResponseEnum {
                    name: name.clone(),
                    variants,
                }),
            )
        }
    };
    let errors = errors.expr(op, model);
    arms.push(quote!(_ => Err(resp.into_error(#errors)),).to_string());
    (ret, arms, response_enum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{tokens, Spelled};

    #[test]
    fn multipart_parts_per_kind() {
        let call = |part| part_call(part, "file", quote!(v)).to_string().spelled();
        assert_eq!(
            call(Part::File),
            tokens(
                r#"form.bytes("file", rt::bytes::Bytes::clone(v), None, "application/octet-stream");"#
            )
        );
        assert_eq!(call(Part::Text), tokens(r#"form.text("file", v);"#));
        assert_eq!(call(Part::Json), tokens(r#"form.json("file", v);"#));
    }
}
