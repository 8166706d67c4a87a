//! Rendering: the IR to file contents, through the askama templates in
//! `templates/`. Views hold ready-made strings so templates hold only layout;
//! the Rust code in them is built as tokens (`quote!`), so that a fragment that
//! does not parse fails where it is made, and handed over as its text.

mod apis;
mod cfg;
pub mod docs;
mod errors;
mod examples;
mod fields;
pub(crate) mod mock;
mod models;
mod pages;
mod redact;

use std::collections::BTreeMap;
use std::path::PathBuf;

use askama::Template;
use proc_macro2::{Ident, Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::{format_ident, quote};

use crate::diagnostics::{Error, Result};
use crate::features::Features;
use crate::ir::{Model, ParamLocation, SchemeKind, Ty, TypeKind};
use crate::settings::CrateSettings;

/// Rust source for a type reference inside the generated crate.
pub fn rust_ty(ty: &Ty, model: &Model) -> String {
    model.rust_type(ty, "crate", "rt::")
}

/// A Rust string literal for `s`.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The string literal token for `s`, spelled as [`lit`] spells it.
pub fn lit_token(s: &str) -> Literal {
    lit(s).parse().expect("a Rust string literal")
}

/// The identifier `name`: raw when `name` is (`r#type`).
pub fn ident(name: &str) -> Ident {
    format_ident!("{}", name)
}

/// A Rust type given as source (from [`rust_ty`]), as tokens.
pub fn type_tokens(source: &str) -> TokenStream {
    syn::parse_str::<syn::Type>(source)
        .map(|t| quote!(#t))
        .unwrap_or_else(|e| panic!("`{source}` is not a Rust type: {e}"))
}

/// A type's tokens with turbofish (`Vec::<T>`), as the arguments of a macro call that are to
/// parse as expressions. prettyplease prints a macro's arguments token by token, spaced by
/// each punctuation mark's spacing, so the marks are joint wherever another one follows, as
/// when the type is written out (`Vec::<T>`, not `Vec:: < T >`).
pub fn turbofish(ty: TokenStream) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in ty {
        match tree {
            TokenTree::Punct(p)
                if p.as_char() == '<' && matches!(out.last(), Some(TokenTree::Ident(_))) =>
            {
                out.push(Punct::new(':', Spacing::Joint).into());
                out.push(Punct::new(':', Spacing::Joint).into());
                out.push(TokenTree::Punct(p));
            }
            TokenTree::Group(g) => {
                let mut group = proc_macro2::Group::new(g.delimiter(), turbofish(g.stream()));
                group.set_span(g.span());
                out.push(group.into());
            }
            other => out.push(other),
        }
    }
    for i in 0..out.len() {
        let next_is_punct = matches!(out.get(i + 1), Some(TokenTree::Punct(_)));
        if let TokenTree::Punct(p) = &out[i] {
            if next_is_punct && p.spacing() == Spacing::Alone {
                let mut joint = Punct::new(p.as_char(), Spacing::Joint);
                joint.set_span(p.span());
                out[i] = joint.into();
            }
        }
    }
    out.into_iter().collect()
}

/// `source` lexed and printed one token at a time, whatever its spacing: fragments built as
/// tokens compare with the source they should be by this.
#[cfg(test)]
pub fn tokens(source: &str) -> String {
    fn spell(tokens: TokenStream, out: &mut Vec<String>) {
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                        proc_macro2::Delimiter::Brace => ("{", "}"),
                        proc_macro2::Delimiter::Bracket => ("[", "]"),
                        proc_macro2::Delimiter::None => ("", ""),
                    };
                    out.push(open.into());
                    spell(g.stream(), out);
                    out.push(close.into());
                }
                other => out.push(other.to_string()),
            }
        }
    }
    let mut out = Vec::new();
    spell(source.parse().expect("Rust tokens"), &mut out);
    out.join(" ")
}

/// [`tokens`] of a fragment's text.
#[cfg(test)]
pub trait Spelled {
    fn spelled(self) -> String;
}

#[cfg(test)]
impl Spelled for String {
    fn spelled(self) -> String {
        tokens(&self)
    }
}

fn render_template(output: &str, t: &impl Template) -> Result<String> {
    t.render().map_err(|e| Error::Render {
        output: PathBuf::from(output),
        message: e.to_string(),
    })
}

#[derive(Template)]
// Not `Cargo.toml`: cargo would take templates/ for a nested package and leave it out of ours.
#[template(path = "Cargo.toml.askama", escape = "none")]
struct CargoToml {
    name: String,
    version: String,
    /// Quoted TOML strings.
    description: String,
    license: Option<String>,
    repository: Option<String>,
    /// The document's title and version (quoted): the crate's version is the
    /// project's, these say what it was generated from.
    doc_title: String,
    doc_version: String,
    runtime_crate: &'static str,
    runtime_version: &'static str,
    /// A quoted TOML string.
    runtime_path: Option<String>,
    /// The API features, in API order; empty without them.
    api_features: Vec<String>,
    /// The hidden feature of the models no operation reaches.
    unreached_feature: &'static str,
}

#[derive(Template)]
#[template(path = "lib.rs", escape = "none")]
struct LibRs {
    /// The crate's name as a path (for doc examples).
    lib: String,
    accessors: Vec<Accessor>,
    /// The crate has API features: docs.rs shows which one an item needs.
    doc_cfg: bool,
}

struct Accessor {
    doc: Vec<String>,
    /// Its API's `#[cfg]`, if any.
    cfg: String,
    name: String,
    api: String,
}

#[derive(Template)]
#[template(path = "auth.rs", escape = "none")]
struct AuthRs {
    lib: String,
    exchange: Option<ExchangeRs>,
}

/// The token exchange's descriptor and docs.
struct ExchangeRs {
    /// `authentication().authenticate()`, and the API type and method names.
    method: String,
    api: String,
    method_name: String,
    http: String,
    field: String,
    until: String,
    static_init: String,
    field_lit: String,
    lifetime: String,
}

#[derive(Template)]
#[template(path = "document.rs", escape = "none")]
struct DocumentRs {
    /// A Rust string literal.
    user_agent: String,
    /// `Some(&crate::auth::TOKEN_EXCHANGE)` or `None` (tokens' text).
    token_exchange: String,
    servers: Vec<ServerView>,
    schemes: Vec<String>,
    error_bodies: Vec<ErrorBodyView>,
    error_tables: Vec<ErrorTableView>,
}

/// A shared error table, compiled with the APIs that use it.
struct ErrorTableView {
    table: errors::ErrorTable,
    cfg: String,
}

struct ServerView {
    doc: Vec<String>,
    const_name: String,
    url: String,
    description: String,
}

struct ErrorBodyView {
    variant: String,
    /// The model's path (tokens' text).
    ty: String,
    /// The model's path in a doc link.
    link: String,
    decoder: String,
    /// The decoder's `#[cfg]`: the APIs whose error tables use it.
    decoder_cfg: String,
    /// Expression giving `Option<&str>` from `b`, if the type has a message.
    message: Option<String>,
}

#[derive(Template)]
#[template(path = "mod.rs", escape = "none")]
struct ModRs {
    doc: String,
    /// Public modules expose their other items (the API request builders).
    public: bool,
    modules: Vec<ModuleView>,
}

/// A module of `apis/` or `models/`, and the items re-exported from it.
struct ModuleView {
    /// The module's `#[cfg]` (also on its re-exports), if any.
    cfg: String,
    name: String,
    items: Vec<String>,
}

/// Renders every file of the crate, keyed by path relative to the crate root.
pub fn render(model: &Model, settings: &CrateSettings) -> Result<BTreeMap<PathBuf, String>> {
    let mut files = BTreeMap::new();
    let errors = errors::ErrorTables::new(model);
    let features = Features::new(model, settings.api_features);
    let description = settings
        .description
        .clone()
        .unwrap_or_else(|| format!("Typed async client for the {} API", model.title));
    let toml = |s: &str| serde_json::Value::from(s).to_string();
    let cargo = CargoToml {
        name: settings.name.clone(),
        version: settings.version.clone(),
        description: toml(&description),
        license: settings.license.as_deref().map(toml),
        repository: settings.repository.as_deref().map(toml),
        doc_title: toml(&model.title),
        doc_version: toml(&model.doc_version),
        runtime_crate: crate::RUNTIME_CRATE,
        runtime_version: crate::RUNTIME_VERSION,
        runtime_path: settings.runtime_path.as_deref().map(toml),
        api_features: features.api_features().to_vec(),
        unreached_feature: crate::naming::UNREACHED_MODELS,
    };
    files.insert(
        PathBuf::from("Cargo.toml"),
        render_template("Cargo.toml", &cargo)?,
    );
    let lib_name = settings.name.replace('-', "_");
    files.insert(
        PathBuf::from("src/lib.rs"),
        render_template("src/lib.rs", &lib_rs(&lib_name, model, &features))?,
    );
    // The pages (whose examples prettyplease prints) on a second core, the code on this one;
    // an error is the first in the order of the files above, as when rendered in turn.
    let pages = |files: &mut BTreeMap<PathBuf, String>| -> Result<()> {
        files.insert(
            PathBuf::from("README.md"),
            render_template(
                "README.md",
                &pages::readme(&lib_name, model, settings, &features, pages::Links::Pages),
            )?,
        );
        // The same text as the crate's documentation, its links to the items.
        files.insert(
            PathBuf::from("src/lib.md"),
            render_template(
                "src/lib.md",
                &pages::readme(&lib_name, model, settings, &features, pages::Links::Rustdoc),
            )?,
        );
        files.insert(
            PathBuf::from("tests/examples.rs"),
            render_template(
                "tests/examples.rs",
                &pages::examples_rs(&lib_name, model, &features),
            )?,
        );
        for (index, api) in model.apis.iter().enumerate() {
            let path = format!("docs/{}.md", api.type_name);
            let page = pages::api_page(&lib_name, api, model, features.api(index));
            files.insert(PathBuf::from(&path), render_template(&path, &page)?);
        }
        for id in 0..model.types.len() {
            let path = format!("docs/{}.md", model.types[id].name);
            let page = pages::model_page(&lib_name, id, model, &features);
            files.insert(PathBuf::from(&path), render_template(&path, &page)?);
        }
        Ok(())
    };
    let code = |files: &mut BTreeMap<PathBuf, String>| -> Result<()> {
        files.insert(
            PathBuf::from("src/document.rs"),
            render_template(
                "src/document.rs",
                &document_rs(model, settings, &errors, &features),
            )?,
        );
        files.insert(
            PathBuf::from("src/auth.rs"),
            render_template("src/auth.rs", &auth_rs(&lib_name, model))?,
        );

        let mut api_modules = Vec::new();
        for (index, api) in model.apis.iter().enumerate() {
            let path = format!("src/apis/{}.rs", api.module);
            files.insert(
                PathBuf::from(&path),
                render_template(&path, &apis::api_file(api, model, &errors))?,
            );
            api_modules.push(ModuleView {
                cfg: cfg::api(&features, index),
                name: api.module.clone(),
                items: vec![api.type_name.clone()],
            });
        }
        mock::files(model, &errors, &features, files)?;
        files.insert(
            PathBuf::from("src/apis/mod.rs"),
            render_template(
                "src/apis/mod.rs",
                &ModRs {
                    doc: "One module per API (tag of the document).".into(),
                    public: true,
                    modules: api_modules,
                },
            )?,
        );

        let mut by_module: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (id, t) in model.types.iter().enumerate() {
            by_module.entry(&t.module).or_default().push(id);
        }
        let mut model_modules = Vec::new();
        for (module, ids) in &by_module {
            let path = format!("src/models/{module}.rs");
            files.insert(
                PathBuf::from(&path),
                render_template(&path, &models::model_file(ids, model))?,
            );
            model_modules.push(ModuleView {
                cfg: cfg::model(&features, ids),
                name: module.to_string(),
                items: ids.iter().map(|id| model.types[*id].name.clone()).collect(),
            });
        }
        files.insert(
            PathBuf::from("src/models/mod.rs"),
            render_template(
                "src/models/mod.rs",
                &ModRs {
                    doc: "One type per schema of the document, plus the types inlined in them."
                        .into(),
                    public: false,
                    modules: model_modules,
                },
            )?,
        );
        Ok(())
    };
    let (paged, coded) = std::thread::scope(|s| {
        let paged = s.spawn(|| {
            let mut files = BTreeMap::new();
            pages(&mut files).map(|()| files)
        });
        let mut coded = BTreeMap::new();
        let result = code(&mut coded).map(|()| coded);
        (paged.join().expect("rendering the pages panicked"), result)
    });
    files.extend(paged?);
    files.extend(coded?);
    Ok(files)
}

fn lib_rs(lib: &str, model: &Model, features: &Features) -> LibRs {
    let accessors = model
        .apis
        .iter()
        .enumerate()
        .map(|(index, a)| {
            let mut doc = docs::doc_lines(a.description.as_deref(), None);
            docs::push_paragraph(
                &mut doc,
                format!("The operations of the [`{0}`](apis::{0}).", a.type_name),
            );
            Accessor {
                doc,
                cfg: cfg::api(features, index),
                name: a.accessor.clone(),
                api: a.type_name.clone(),
            }
        })
        .collect();
    LibRs {
        lib: lib.to_owned(),
        accessors,
        doc_cfg: features.enabled(),
    }
}

fn auth_rs(lib: &str, model: &Model) -> AuthRs {
    let exchange = model.token_exchange.as_ref().map(|x| {
        let api = &model.apis[x.api];
        let op = &api.operations[x.operation];
        let method_name = op.method_name.trim_start_matches("r#").to_string();
        let until = pages::exchange_until(x);
        ExchangeRs {
            method: format!("{}().{method_name}()", api.accessor),
            api: api.type_name.clone(),
            method_name,
            http: format!("{} {}", op.http_method, op.path),
            field: x.token_field.clone(),
            until,
            static_init: apis::static_init(op).to_string(),
            field_lit: lit(&x.token_field),
            lifetime: match x.lifetime_seconds {
                Some(secs) => {
                    let secs = Literal::u64_unsuffixed(secs);
                    quote!(Some(std::time::Duration::from_secs(#secs)))
                }
                None => quote!(None),
            }
            .to_string(),
        }
    });
    AuthRs {
        lib: lib.to_owned(),
        exchange,
    }
}

fn document_rs(
    model: &Model,
    settings: &CrateSettings,
    errors: &errors::ErrorTables,
    features: &Features,
) -> DocumentRs {
    let servers = model
        .servers
        .iter()
        .map(|s| ServerView {
            doc: docs::doc_lines(s.description.as_deref(), Some(&docs::code(&s.url))),
            const_name: s.const_name.clone(),
            url: lit(&s.url),
            description: lit(s.description.as_deref().unwrap_or("")),
        })
        .collect();
    let schemes = model
        .security_schemes
        .iter()
        .map(|s| {
            let kind = match &s.kind {
                SchemeKind::Bearer => quote!(rt::SchemeKind::Bearer),
                SchemeKind::Basic => quote!(rt::SchemeKind::Basic),
                SchemeKind::ApiKey { location, name } => {
                    let location = match location {
                        ParamLocation::Query => quote!(Query),
                        ParamLocation::Cookie => quote!(Cookie),
                        _ => quote!(Header),
                    };
                    let name = lit_token(name);
                    quote!(rt::SchemeKind::ApiKey { location: rt::ApiKeyLocation::#location, name: #name })
                }
            };
            let name = lit_token(&s.name);
            quote!(rt::SecurityScheme { name: #name, kind: #kind }).to_string()
        })
        .collect();
    let error_bodies = (model.error_bodies.iter())
        .zip(&model.error_bodies_boxed)
        .map(|(id, boxed)| {
            let t = &model.types[*id];
            // The APIs with an error case of this body: their tables call the decoder.
            let users = (0..model.apis.len())
                .filter(|i| {
                    let ops = &model.apis[*i].operations;
                    ops.iter().any(|op| op.errors.iter().any(|e| e.body == *id))
                })
                .collect();
            ErrorBodyView {
                decoder_cfg: cfg::apis(features, &users),
                variant: t.name.clone(),
                ty: {
                    let name = ident(&t.name);
                    let ty = quote!(crate::models::#name);
                    // `lower/boxing.rs` boxes a body far larger than the others.
                    if *boxed { quote!(Box<#ty>) } else { ty }.to_string()
                },
                link: format!("crate::models::{}", t.name),
                decoder: error_decoder(model, *id),
                message: message_expr(model, &t.kind),
            }
        })
        .collect();
    DocumentRs {
        user_agent: lit(&format!("{}/{}", settings.name, settings.version)),
        token_exchange: if model.token_exchange.is_some() {
            quote!(Some(&crate::auth::TOKEN_EXCHANGE))
        } else {
            quote!(None)
        }
        .to_string(),
        servers,
        schemes,
        error_bodies,
        error_tables: errors
            .tables
            .iter()
            .map(|table| ErrorTableView {
                cfg: cfg::apis(features, &table.apis),
                table: table.clone(),
            })
            .collect(),
    }
}

/// Name of the function in `document.rs` that decodes an error body type.
pub fn error_decoder(model: &Model, id: usize) -> String {
    crate::naming::decoder_name(&model.types[id].name)
}

/// Field names servers use for a human-readable error message.
const MESSAGE_FIELDS: &[&str] = &[
    "message",
    "error_description",
    "detail",
    "error",
    "title",
    "msg",
];

fn message_expr(model: &Model, kind: &TypeKind) -> Option<String> {
    let TypeKind::Struct(s) = kind else {
        return None;
    };
    MESSAGE_FIELDS.iter().find_map(|name| {
        let f = s.fields.iter().find(|f| f.name == *name)?;
        let string = *crate::ir::resolve_alias(&model.types, &f.ty) == Ty::String;
        string.then(|| {
            fields::read("b", f, fields::Access::Deref)
                .option()
                .to_string()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turbofish_types_print_as_written_in_macro_arguments() {
        // prettyplease prints macro arguments by their tokens' spacing: the types must come
        // out as `Vec::<T>` reads when written, not as `Vec:: < T >`.
        for (ty, printed) in [
            ("crate::models::Order", "crate::models::Order"),
            ("Vec<crate::models::Order>", "Vec::< crate::models::Order >"),
            ("Vec<Vec<String>>", "Vec::< Vec::< String >>"),
            (
                "BTreeMap<String, Option<i64>>",
                "BTreeMap::< String, Option::< i64 >>",
            ),
            ("()", "()"),
            ("(Vec<u8>, bool)", "(Vec::< u8 >, bool)"),
        ] {
            let args = turbofish(type_tokens(ty)).to_string();
            let source = format!("impl X {{ rt::blocking_methods!({args}, crate::Error); }}");
            let text =
                crate::format::format_rust(std::path::Path::new("a.rs"), &source, None).unwrap();
            let expected = format!("rt::blocking_methods!({printed}, crate::Error);");
            assert!(text.contains(&expected), "{ty}: {text}");
        }
    }
}
