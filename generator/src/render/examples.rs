//! Usage examples of operations and models, built as tokens: the same code goes
//! into the docs pages (printed here, with prettyplease) and into
//! `tests/examples.rs` of the generated crate, which compiles them all.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};

use super::{ident, lit_token};
use crate::ir::{self, Api, Decode, Model, Operation, SchemeKind, Ty, TypeKind};

/// How deep sample values of nested required structs go before a placeholder.
const MAX_DEPTH: usize = 4;

/// How an example sends its request.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Send {
    /// `.send().await?`, inside an async fn.
    Await,
    /// `.send_blocking()?` (feature `blocking`).
    Blocking,
}

/// The body of an example (statements inside a fn returning
/// `Result<(), lib::Error>`, async for [`Send::Await`]), `lib` being the
/// crate's name.
pub fn example_body(
    lib: &str,
    api: &Api,
    op: &Operation,
    model: &Model,
    send: Send,
) -> TokenStream {
    let credentials = credentials(op, model);
    let call = call(lib, api, op, model, send);
    let lib = &ident(lib);
    // An operation that returns `()` has no response to bind or print (clippy's
    // `let_unit_value`).
    let call = if returns_unit(op) {
        quote!(#call;)
    } else {
        quote! {
            let response = #call;
            println!("{response:?}");
        }
    };
    quote! {
        let client = #lib::Client::builder() #(#credentials)* .build()?;
        #call
        Ok(())
    }
}

/// Whether the operation's `send()` returns `()`.
pub fn returns_unit(op: &Operation) -> bool {
    op.response_enum.is_none()
        && matches!(op.success.first().map(|o| &o.decode), Some(Decode::Empty))
}

/// The example's call: `client.<api>().<op>(required arguments)`, one optional setter, sent.
pub fn call(lib: &str, api: &Api, op: &Operation, model: &Model, send: Send) -> TokenStream {
    let lib = &ident(lib);
    let mut args: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| arg_sample(&p.ty, &p.name, lib, model, 0))
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        // A struct body shows its first optional field's setter too.
        args.push(match struct_of(&body.ty, model) {
            Some(id) => struct_sample(id, lib, model, 0, true),
            None => value_sample(&body.ty, "body", lib, model, 0),
        });
    }
    let accessor = ident(&api.accessor);
    let method = ident(&op.method_name);
    // One optional parameter shows how the others are set.
    let optional = op.params.iter().filter(|p| !p.required).take(1).map(|p| {
        let setter = ident(&p.ident);
        let value = arg_sample(&p.ty, &p.name, lib, model, 0);
        quote!(.#setter(#value))
    });
    let sent = match send {
        Send::Await => quote!(.send().await?),
        Send::Blocking => quote!(.send_blocking()?),
    };
    quote!(client.#accessor().#method(#(#args),*) #(#optional)* #sent)
}

/// The example of a document without operations: a client, printed.
pub fn client_only_body(lib: &str) -> TokenStream {
    let lib = ident(lib);
    quote! {
        let client = #lib::Client::builder().base_url("https://api.example.com").build()?;
        println!("{client:?}");
        Ok(())
    }
}

/// The builder calls that set the credentials an operation uses.
fn credentials(op: &Operation, model: &Model) -> Vec<TokenStream> {
    let Some(first) = op.security.first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter_map(|name| model.security_schemes.iter().find(|s| &s.name == name))
        .map(|s| {
            let var = lit_token(&crate::naming::credential_env_var(&s.name));
            match &s.kind {
                SchemeKind::Bearer => {
                    quote!(.bearer_token(std::env::var(#var).unwrap_or_default()))
                }
                SchemeKind::ApiKey { .. } => {
                    quote!(.api_key(std::env::var(#var).unwrap_or_default()))
                }
                SchemeKind::Basic => {
                    quote!(.basic_auth("user", std::env::var("PASSWORD").unwrap_or_default()))
                }
            }
        })
        .collect()
}

/// A value for an `impl Into<T>` argument.
pub(super) fn arg_sample(
    ty: &Ty,
    name: &str,
    lib: &Ident,
    model: &Model,
    depth: usize,
) -> TokenStream {
    match ir::resolve_alias(&model.types, ty) {
        Ty::String => lit_token(name).into_token_stream(),
        _ => value_sample(ty, name, lib, model, depth),
    }
}

/// A literal written as Rust source (`10_i32`).
fn literal(source: &str) -> Literal {
    source.parse().expect("a Rust literal")
}

/// An expression of type `ty`.
fn value_sample(ty: &Ty, name: &str, lib: &Ident, model: &Model, depth: usize) -> TokenStream {
    match ty {
        Ty::String => {
            let name = lit_token(name);
            quote!(#name.to_string())
        }
        Ty::Bool => quote!(true),
        Ty::I32 => literal("10_i32").into_token_stream(),
        Ty::I64 => literal("10_i64").into_token_stream(),
        Ty::F32 => literal("1.5_f32").into_token_stream(),
        Ty::F64 => literal("1.5_f64").into_token_stream(),
        Ty::Date => quote!(#lib::chrono::NaiveDate::default()),
        Ty::DateTime => quote!(#lib::chrono::DateTime::<#lib::chrono::Utc>::default()),
        Ty::Json => quote!(#lib::serde_json::json!({})),
        Ty::Bytes => quote!(#lib::bytes::Bytes::from_static(b"data")),
        Ty::Vec(_) => quote!(Vec::new()),
        Ty::Map(_) => quote!(std::collections::BTreeMap::new()),
        Ty::Named(id) => {
            let t = &model.types[*id];
            let name_ident = ident(&t.name);
            let path = quote!(#lib::models::#name_ident);
            match &t.kind {
                TypeKind::Alias(inner) => value_sample(inner, name, lib, model, depth),
                TypeKind::Enum(e) => match e.variants.first() {
                    Some((v, _)) => variant(&path, v),
                    None => {
                        let unknown = ident(&e.unknown);
                        quote!(#path::#unknown(String::new()))
                    }
                },
                TypeKind::IntEnum(e) => match e.variants.first() {
                    Some((v, _)) => variant(&path, v),
                    None => {
                        let unknown = ident(&e.unknown);
                        quote!(#path::#unknown(0))
                    }
                },
                TypeKind::Union(u) => match u.variants.first() {
                    Some((v, ty)) => {
                        let v = ident(v);
                        let inner = value_sample(ty, name, lib, model, depth + 1);
                        if u.boxed.first() == Some(&true) {
                            quote!(#path::#v(Box::new(#inner)))
                        } else {
                            quote!(#path::#v(#inner))
                        }
                    }
                    None => {
                        let unknown = ident(&u.unknown);
                        quote!(#path::#unknown(#lib::serde_json::Value::Null))
                    }
                },
                TypeKind::Struct(_) => struct_sample(*id, lib, model, depth, false),
            }
        }
    }
}

/// `path::variant`.
fn variant(path: &TokenStream, variant: &str) -> TokenStream {
    let variant = ident(variant);
    quote!(#path::#variant)
}

/// The struct `ty` names, through aliases.
fn struct_of(ty: &Ty, model: &Model) -> Option<usize> {
    match ir::resolve_alias(&model.types, ty) {
        Ty::Named(id) if matches!(model.types[*id].kind, TypeKind::Struct(_)) => Some(*id),
        _ => None,
    }
}

/// A struct built as users build it: `new` with its required fields and, with
/// `setter`, the first optional field set with its `with_` method.
fn struct_sample(id: usize, lib: &Ident, model: &Model, depth: usize, setter: bool) -> TokenStream {
    let t = &model.types[id];
    let TypeKind::Struct(s) = &t.kind else {
        return value_sample(&Ty::Named(id), &t.name, lib, model, depth);
    };
    let name = ident(&t.name);
    let required: Vec<_> = s.fields.iter().filter(|f| f.in_constructor()).collect();
    if !required.is_empty() && depth >= MAX_DEPTH {
        // A placeholder of the model's type: `todo!()` has none to give an `impl Into<T>`
        // argument (E0277), and would make the call after it unreachable code.
        let what = lit_token(&format!("a {}, built as its page shows", t.name));
        return quote!(None::<#lib::models::#name>.expect(#what));
    }
    let args = required
        .iter()
        .map(|f| arg_sample(&f.ty, &f.name, lib, model, depth + 1));
    let built = quote!(#lib::models::#name::new(#(#args),*));
    let first_optional = s
        .fields
        .iter()
        .find(|f| !f.in_constructor() && !f.deprecated);
    match (setter, first_optional) {
        (true, Some(f)) => {
            let with = format_ident!("{}", crate::naming::setter_name(&f.ident));
            let value = arg_sample(&f.ty, &f.name, lib, model, depth + 1);
            quote!(#built.#with(#value))
        }
        _ => built,
    }
}

/// How a model is built, for its page: `None` for what is not a struct.
pub fn model_sample(lib: &str, id: usize, model: &Model) -> Option<TokenStream> {
    matches!(model.types[id].kind, TypeKind::Struct(_))
        .then(|| struct_sample(id, &ident(lib), model, 0, true))
}

/// Statements printed as a page shows them: by prettyplease, as the body of a
/// function, one line each without the body's indentation.
pub fn printed(statements: TokenStream) -> Vec<String> {
    let file: syn::File = syn::parse2(quote!(fn example() { #statements }))
        .unwrap_or_else(|e| panic!("an example that does not parse ({e}): {statements}"));
    let text = prettyplease::unparse(&file);
    let mut lines: Vec<&str> = text.lines().collect();
    // `fn example() {` … `}`.
    lines.remove(0);
    lines.pop();
    lines
        .iter()
        .map(|line| line.strip_prefix("    ").unwrap_or(line).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{tokens, Spelled};

    const DOC: &str = r##"
openapi: 3.0.3
info: {title: T, version: "1"}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  schemas:
    Kind: {type: string, enum: [small, large]}
    Item:
      type: object
      required: [name, kind, count]
      properties:
        name: {type: string}
        kind: {$ref: "#/components/schemas/Kind"}
        count: {type: integer, format: int32}
        note: {type: string}
security: [{bearerAuth: []}]
paths:
  /items/{item_id}:
    get:
      operationId: getItem
      tags: [items]
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}}
        - {name: expand, in: query, schema: {type: boolean}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}}
    delete:
      operationId: deleteItem
      tags: [items]
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}}
      responses:
        "204": {description: gone}
  /items:
    post:
      operationId: createItem
      tags: [items]
      security: []
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}
      responses:
        "201": {description: made, content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}}
"##;

    fn model() -> Model {
        let path = std::path::Path::new("t.yaml");
        let value = crate::load::parse_value(path, DOC).unwrap();
        let api = crate::load::from_value(path, value).unwrap();
        crate::lower::lower(&api, path).unwrap()
    }

    fn body(model: &Model, op: &str, send: Send) -> String {
        let api = &model.apis[0];
        let op = api.operations.iter().find(|o| o.id == op).unwrap();
        example_body("lib", api, op, model, send)
            .to_string()
            .spelled()
    }

    #[test]
    fn operation_examples() {
        let model = model();
        let client = r#"let client = lib::Client::builder()
            .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default()).build()?;"#;
        let item =
            r#"lib::models::Item::new("name", lib::models::Kind::Small, 10_i32).with_note("note")"#;
        for (op, send, expected) in [
            // Required parameters as arguments, the first optional one with its setter.
            (
                "getItem",
                Send::Await,
                format!(
                    r#"{client} let response = client.items().get_item("item_id").expand(true)
                    .send().await?; println!("{{response:?}}"); Ok(())"#
                ),
            ),
            (
                "getItem",
                Send::Blocking,
                format!(
                    r#"{client} let response = client.items().get_item("item_id").expand(true)
                    .send_blocking()?; println!("{{response:?}}"); Ok(())"#
                ),
            ),
            // `()` is not bound (clippy's let_unit_value).
            (
                "deleteItem",
                Send::Await,
                format!(r#"{client} client.items().delete_item("item_id").send().await?; Ok(())"#),
            ),
            // No credentials without security; a struct body built with `new` and a setter.
            (
                "createItem",
                Send::Await,
                format!(
                    r#"let client = lib::Client::builder().build()?;
                    let response = client.items().create_item({item}).send().await?;
                    println!("{{response:?}}"); Ok(())"#
                ),
            ),
        ] {
            assert_eq!(body(&model, op, send), tokens(&expected), "{op} {send:?}");
        }
    }

    #[test]
    fn model_samples_are_structs_only() {
        let model = model();
        let id = |name: &str| model.types.iter().position(|t| t.name == name).unwrap();
        assert_eq!(
            model_sample("lib", id("Item"), &model).map(|t| t.to_string().spelled()),
            Some(tokens(
                r#"lib::models::Item::new("name", lib::models::Kind::Small, 10_i32).with_note("note")"#
            ))
        );
        assert_eq!(
            model_sample("lib", id("Kind"), &model).map(|t| t.to_string()),
            None
        );
    }

    #[test]
    fn printed_examples_are_function_bodies_without_their_indentation() {
        for (statements, lines) in [
            (quote!(let a = 1; Ok(())), vec!["let a = 1;", "Ok(())"]),
            (
                quote!(let value = lib::models::Item::new("name").with_note("a note that is long enough to wrap");),
                vec![
                    "let value = lib::models::Item::new(\"name\")",
                    "    .with_note(\"a note that is long enough to wrap\");",
                ],
            ),
        ] {
            assert_eq!(printed(statements), lines);
        }
    }
}
