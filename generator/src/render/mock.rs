//! Views of the typed mock (the crate's `mock` feature): per API a file with one handle per
//! operation, the operations' routes and, per operation, a view of its request and how the
//! mock reads it back. Everything else (routing, rules, counting, replies) is the runtime's
//! `rt::mock`, so that the per-operation code stays a struct and a decode.

use askama::Template;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::apis::{responses, shape, Shape};
use super::errors::ErrorTables;
use super::{docs, ident, lit_token, rust_ty, type_tokens};
use crate::features::Features;
use crate::ir::{Api, BodyKind, Decode, Model, Operation, ParamLocation, ParamStyle, StatusMatch};

/// `src/mock/mod.rs`: the `Mock` type and one module per API.
#[derive(Template)]
#[template(path = "mock.rs", escape = "none")]
pub struct MockRs {
    /// One per API.
    modules: Vec<MockModule>,
}

/// An API's module of the mock.
pub struct MockModule {
    name: String,
    /// Its API's `#[cfg]` and `doc(cfg)`, if any.
    cfg: String,
    /// Its API's `#[cfg]` alone, for the statement that adds its routes.
    routes_cfg: String,
}

/// `src/mock/{api}.rs`.
#[derive(Template)]
#[template(path = "mock_api.rs", escape = "none")]
pub struct MockApiRs {
    api: String,
    accessor: String,
    ops: Vec<MockOp>,
}

pub struct MockOp {
    /// The operationId, as a literal.
    id: String,
    method: String,
    /// The method's name in doc links (without `r#`).
    link: String,
    request_line: String,
    view: String,
    ret: String,
    reply: String,
    route: String,
    fields: Vec<ViewField>,
    /// The view's `decode`, whose argument is unused when the view has no field.
    decode: String,
    /// A parameter is named like a secret: `Debug` redacts it.
    redact: Option<String>,
}

pub struct ViewField {
    doc: String,
    ident: String,
    ty: String,
}

/// Adds the mock's files (`src/mock/`) to the crate's.
pub fn files(
    model: &Model,
    errors: &ErrorTables,
    features: &Features,
    files: &mut std::collections::BTreeMap<std::path::PathBuf, String>,
) -> crate::diagnostics::Result<()> {
    let path = "src/mock/mod.rs";
    files.insert(
        path.into(),
        super::render_template(path, &mock_rs(model, features))?,
    );
    for api in &model.apis {
        let path = format!("src/mock/{}.rs", api.module);
        let text = super::render_template(&path, &mock_api_rs(api, model, errors))?;
        files.insert(path.into(), text);
    }
    Ok(())
}

fn mock_rs(model: &Model, features: &Features) -> MockRs {
    let modules = (model.apis.iter().enumerate())
        .map(|(index, a)| MockModule {
            name: a.module.clone(),
            cfg: super::cfg::api(features, index),
            routes_cfg: super::cfg::api_only(features, index),
        })
        .collect();
    MockRs { modules }
}

fn mock_api_rs(api: &Api, model: &Model, errors: &ErrorTables) -> MockApiRs {
    MockApiRs {
        api: api.type_name.clone(),
        accessor: api.accessor.clone(),
        ops: (api.operations.iter())
            .map(|op| mock_op(api, op, model, errors))
            .collect(),
    }
}

fn mock_op(api: &Api, op: &Operation, model: &Model, errors: &ErrorTables) -> MockOp {
    let view = format_ident!("{}Request", op.builder_name.trim_end_matches("Builder"));
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut secrets = Vec::new();
    for p in &op.params {
        let id = ident(&p.ident);
        let name = lit_token(&p.name);
        // The view's getter is named after the location: `request.query(name)`.
        let location = crate::naming::location_word(p.location);
        let getter = format_ident!("{location}");
        let what = format!("{location} parameter `{}`", p.name);
        let ty = type_tokens(&rust_ty(&p.ty, model));
        // Objects and arrays outside the query are kept as the text sent: the mock reads
        // parameters back, it does not re-implement every style.
        let (ty, read) = match (p.location, shape(&p.ty, model)) {
            (ParamLocation::Path, Shape::Scalar) => (ty, quote!(request.path(#name)?)),
            (ParamLocation::Query, Shape::ScalarArray) => {
                // As the builder sends it (`param_call` in apis.rs).
                let delimiter = match p.style {
                    ParamStyle::Form => quote!(Some(',')),
                    ParamStyle::SpaceDelimited => quote!(Some(' ')),
                    ParamStyle::PipeDelimited => quote!(Some('|')),
                    ParamStyle::FormExplode | ParamStyle::DeepObject => quote!(None),
                };
                let read = quote!(request.query_array(#name, #delimiter));
                required(p.required, ty, read, &what)
            }
            (_, Shape::Scalar) => required(p.required, ty, quote!(request.#getter(#name)), &what),
            (ParamLocation::Path, _) => (quote!(String), quote!(request.path(#name)?)),
            _ => (
                quote!(Option<String>),
                quote!(request.#getter::<String>(#name)?),
            ),
        };
        if crate::lower::secrets::secret_name(&p.name) {
            secrets.push(p.ident.clone());
        }
        fields.push(ViewField {
            doc: format!(
                "The {} {} parameter.",
                docs::code(&p.name),
                crate::naming::location_word(p.location)
            ),
            ident: p.ident.clone(),
            ty: ty.to_string(),
        });
        inits.push(quote!(#id: #read));
    }
    if let Some(body) = &op.body {
        let id = ident(&body.ident);
        let ty = type_tokens(&rust_ty(&body.ty, model));
        let (ty, read) = match body.kind {
            BodyKind::Json => required(body.required, ty, quote!(request.json()), "body"),
            BodyKind::Text => required(body.required, ty, quote!(request.text()), "body"),
            // Reading bytes cannot fail: an optional body is `request.bytes()` itself.
            BodyKind::Bytes if body.required => {
                required(true, ty, quote!(Ok(request.bytes())), "body")
            }
            BodyKind::Bytes => (quote!(Option<#ty>), quote!(request.bytes())),
            // Sent as parts or pairs: kept as the bytes sent.
            BodyKind::Form | BodyKind::Multipart => {
                (quote!(Option<rt::bytes::Bytes>), quote!(request.bytes()))
            }
        };
        fields.push(ViewField {
            doc: "The request body, as the mock decoded it.".into(),
            ident: body.ident.clone(),
            ty: ty.to_string(),
        });
        inits.push(quote!(#id: #read));
    }
    let arg = if inits.is_empty() {
        quote!(_request)
    } else {
        quote!(request)
    };
    let decode = quote!(
        fn decode(#arg: &rt::mock::Request) -> Result<Self, String> {
            Ok(Self { #(#inits),* })
        }
    );
    let (ret, _, response_enum) = responses(op, model, errors);
    // The response enum lives in the API's module.
    let ret = match (&response_enum, &op.response_enum) {
        (Some(_), Some(name)) => {
            let (module, name) = (ident(&api.module), ident(name));
            quote!(crate::apis::#module::#name)
        }
        _ => ret,
    }
    .to_string();
    let id = lit_token(&op.id);
    let method = lit_token(&op.http_method);
    let path = lit_token(&op.path);
    let route = quote!(rt::mock::Route {
        id: #id,
        method: #method,
        path: #path,
        decode: rt::mock::decode::<#view>,
    });
    let redact = (!secrets.is_empty()).then(|| redacting_debug(&view, &fields, &secrets));
    MockOp {
        id: id.to_string(),
        method: op.method_name.clone(),
        link: op.method_name.trim_start_matches("r#").to_string(),
        request_line: docs::code(&format!("{} {}", op.http_method, op.path)),
        view: view.to_string(),
        ret,
        reply: reply(api, op).to_string(),
        route: route.to_string(),
        fields,
        decode: decode.to_string(),
        redact,
    }
}

/// A view field read with `read` (a `Result<Option<T>, String>`): `T` with an error when
/// absent if required, else `Option<T>`.
fn required(
    required: bool,
    ty: TokenStream,
    read: TokenStream,
    what: &str,
) -> (TokenStream, TokenStream) {
    if required {
        let what = Literal::string(what);
        (ty, quote!(rt::mock::required(#read, #what)?))
    } else {
        (quote!(Option<#ty>), quote!(#read?))
    }
}

/// The function that turns what `send()` returns into the response that makes it so.
fn reply(api: &Api, op: &Operation) -> TokenStream {
    let status = |s: StatusMatch| {
        Literal::u16_unsuffixed(match s {
            StatusMatch::Code(code) => code,
            StatusMatch::Range(range) => range * 100,
            StatusMatch::Default => 200,
        })
    };
    let encode = |d: &Decode, status: Literal, value: TokenStream| match d {
        Decode::Json(_) => quote!(rt::mock::Reply::json(#status, #value)),
        Decode::Text => quote!(rt::mock::Reply::text(#status, #value)),
        Decode::Bytes => quote!(rt::mock::Reply::bytes(#status, #value)),
        Decode::Redirect => quote!(rt::mock::Reply::redirect(#value)),
        Decode::Empty => quote!(rt::mock::Reply::empty(#status)),
    };
    match &op.response_enum {
        None => {
            let o = &op.success[0];
            if o.decode == Decode::Redirect {
                // The function itself (clippy's `redundant_closure`).
                return quote!(rt::mock::Reply::redirect);
            }
            let value = match o.decode {
                Decode::Empty => quote!(_),
                _ => quote!(value),
            };
            let body = encode(&o.decode, status(o.status), quote!(value));
            quote!(|#value| #body)
        }
        Some(name) => {
            let module = ident(&api.module);
            let name = ident(name);
            let arms = op.success.iter().map(|o| {
                let variant = ident(&o.variant);
                let body = encode(&o.decode, status(o.status), quote!(value));
                match o.decode {
                    Decode::Empty => quote!(crate::apis::#module::#name::#variant => #body,),
                    _ => quote!(crate::apis::#module::#name::#variant(value) => #body,),
                }
            });
            quote!(|value| match value { #(#arms)* })
        }
    }
}

/// `Debug` of a view with parameters named like secrets: those print as redacted.
fn redacting_debug(view: &proc_macro2::Ident, fields: &[ViewField], secrets: &[String]) -> String {
    let name = Literal::string(&view.to_string());
    let entries = fields.iter().map(|f| {
        let id = ident(&f.ident);
        let key = Literal::string(f.ident.trim_start_matches("r#"));
        if secrets.contains(&f.ident) {
            quote!(.field(#key, &rt::REDACTED))
        } else {
            quote!(.field(#key, &self.#id))
        }
    });
    quote!(
        impl std::fmt::Debug for #view {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name) #(#entries)* .finish()
            }
        }
    )
    .to_string()
}

/// The README's "Testing your code" example: a rule for one operation (the quickstart's when it
/// can be), the call through a client over the mock, and what the mock recorded. `None` when no
/// operation returns a value the example can build.
pub fn readme_example(lib: &str, model: &Model) -> Option<Vec<String>> {
    use super::examples::{arg_sample, call, model_sample, returns_unit, Send};
    let ops = || (model.apis.iter()).flat_map(|a| a.operations.iter().map(move |o| (a, o)));
    let sample = |op: &Operation| match (&op.response_enum, op.success.first()?.decode.clone()) {
        (None, Decode::Empty) => Some(None),
        (None, Decode::Json(crate::ir::Ty::Named(id))) => model_sample(lib, id, model).map(Some),
        _ => None,
    };
    let (api, op, value) = (ops().filter(|(_, o)| o.pagination.is_some()))
        .chain(ops())
        .find_map(|(a, o)| sample(o).map(|v| (a, o, v)))?;
    let krate = ident(lib);
    let (accessor, method) = (ident(&api.accessor), ident(&op.method_name));
    let handle = quote!(mock.#accessor().#method());
    let when = op
        .params
        .iter()
        .find(|p| p.required && p.ty == crate::ir::Ty::String)
        .map(|p| {
            let (field, sample) = (
                ident(&p.ident),
                arg_sample(&p.ty, &p.name, &krate, model, 0),
            );
            quote!(.when(|req| req.#field == #sample))
        });
    let returned = value.clone().unwrap_or_else(|| quote!(()));
    let call = call(lib, api, op, model, Send::Await);
    let sent = if returns_unit(op) {
        quote!(#call;)
    } else {
        quote!(let response = #call;)
    };
    let check = value.map(|v| quote!(assert_eq!(response, #v);));
    Some(super::examples::printed(quote! {
        use #krate::mock::Mock;
        let mock = Mock::new();
        #handle #when .returns(#returned);
        let client = mock.client();
        #sent
        #check
        assert_eq!(#handle.calls(), 1);
        let sent = #handle.requests();
        println!("{:?}", sent[0]);
        Ok(())
    }))
}
