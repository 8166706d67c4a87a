//! The generated crate's documentation pages, in the format of the official
//! OpenAPI clients' pages: `README.md`, `docs/<Api>.md`, `docs/<Model>.md`,
//! and `tests/examples.rs`, which compiles every example of the pages.

use askama::Template;

use quote::quote;

use super::examples::{client_only_body, example_body, model_sample, printed, Send};
use crate::features::{Features, Gate};
use crate::ir::{
    Api, Decode, FieldShape, IdempotencyKey, Model, Operation, ParamLocation, RetryClass,
    SchemeKind, Ty, TypeKind,
};
use crate::settings::CrateSettings;

#[derive(Template)]
#[template(path = "README.md", escape = "none")]
pub struct Readme<'a> {
    s: &'a CrateSettings,
    lib: String,
    title: String,
    doc_version: String,
    description: String,
    servers: Vec<ServerRow>,
    schemes: Vec<SchemeRow>,
    quickstart: Vec<String>,
    /// The quickstart, sent with `send_blocking`.
    blocking: Vec<String>,
    paginated: Option<PaginatedCall>,
    /// "Testing your code": the mock example's lines.
    mock: Option<Vec<String>>,
    /// How a model is built (`let value = …;`, lines): a request body's, else the first
    /// struct's.
    model_sample: Option<Vec<String>>,
    /// The boxing rule's thresholds, in bytes: a union variant's and a response's gap.
    max_inline: u64,
    max_gap: u64,
    /// The document has an HTTP bearer scheme (a token provider can serve it).
    bearer: bool,
    exchange: Option<ExchangeView>,
    /// Links to operations retry-safe by the settings, retry-safe with a key
    /// (and which), and not retry-safe.
    declared: Vec<String>,
    keyed: Vec<KeyedOp>,
    unsafe_ops: Vec<String>,
    /// How many operations are not retry-safe when there are too many to list.
    unsafe_unlisted: usize,
    /// Every operation, or none when there are more than [`LISTED`]: then `api_rows`.
    apis: Vec<ApiRow>,
    /// Every API with its number of operations, when the operations are too many to list.
    api_rows: Vec<ApiCount>,
    /// How many operations there are.
    apis_total: usize,
    /// Every model, or none when there are more than [`LISTED`].
    models: Vec<ModelRow>,
    /// How many models there are, and the link to the `models` module.
    model_count: usize,
    models_link: String,
    /// The API features, when the crate has them.
    features: Option<FeatureTable>,
}

/// The README's table of API features.
pub struct FeatureTable {
    rows: Vec<FeatureRow>,
    /// How many models every build has (error bodies and what they reach).
    always: usize,
    /// How many models only `all-models` compiles (no operation reaches them).
    unreached: usize,
    /// The features of the install example: the first API's.
    example: String,
}

/// A row of the README's table of API features.
pub struct FeatureRow {
    feature: String,
    /// The API type.
    api: String,
    /// The target of the link to it.
    link: String,
    operations: usize,
    /// The models it compiles beyond those of every build.
    models: usize,
}

/// A row of the README's servers table.
pub struct ServerRow {
    /// The constant's name in `servers`.
    constant: String,
    url: String,
    /// Table text.
    description: String,
}

/// A row of the README's authentication table.
pub struct SchemeRow {
    /// The scheme's name in the document.
    name: String,
    /// How a client is given its credential (markdown).
    how: String,
}

/// The README's pagination example: `client.<accessor>().<method>().stream()`.
pub struct PaginatedCall {
    accessor: String,
    /// The method name as written in Rust (may be raw).
    method: String,
}

/// An operation retry-safe because it carries an idempotency key.
pub struct KeyedOp {
    /// A markdown link to the operation.
    link: String,
    /// Where the key is (markdown).
    key: String,
}

/// Where the README's links to operations and models lead: the same text is the package's
/// `README.md` (GitHub, crates.io), whose links go to the pages of `docs/`, and the crate's
/// rustdoc (`src/lib.md`, docs.rs), where those pages do not exist and links are intra-doc
/// links to the items.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Links {
    Pages,
    Rustdoc,
}

impl Links {
    /// The target of a link to an API type.
    fn api(self, api: &Api) -> String {
        match self {
            Links::Pages => format!("docs/{}.md", api.type_name),
            Links::Rustdoc => format!("crate::apis::{}", api.type_name),
        }
    }

    /// The target of a link to an operation's method.
    fn operation(self, api: &Api, op: &Operation) -> String {
        let method = op.method_name.trim_start_matches("r#");
        match self {
            Links::Pages => format!("docs/{}.md#{method}", api.type_name),
            // A raw method name is not a path rustdoc resolves: its API type instead.
            Links::Rustdoc if op.method_name.starts_with("r#") => {
                format!("crate::apis::{}", api.type_name)
            }
            Links::Rustdoc => format!("crate::apis::{}::{method}", api.type_name),
        }
    }

    /// The target of a link to the `models` module, which lists every model.
    fn models_module(self) -> String {
        match self {
            Links::Pages => "src/models/mod.rs".to_string(),
            Links::Rustdoc => "crate::models".to_string(),
        }
    }

    /// The target of a link to a model.
    fn model(self, name: &str) -> String {
        match self {
            Links::Pages => format!("docs/{name}.md"),
            Links::Rustdoc => format!("crate::models::{name}"),
        }
    }
}

/// A row of the README's API endpoints table.
pub struct ApiRow {
    /// The API type.
    api: String,
    /// The method name, without `r#`.
    method: String,
    /// Where the method's link leads ([`Links`]).
    link: String,
    /// The method and path (markdown).
    http: String,
    /// Table text.
    summary: String,
}

/// How many operations, models or links the README lists at most: a README of a giant
/// document (tens of thousands of operations) would otherwise run to megabytes, too long to
/// read or render, and slow for rustdoc and clippy, which read it as the crate's
/// documentation. Beyond it, the README counts them and links to where each is listed.
pub const LISTED: usize = 1_000;

/// A row of the README's table of APIs, when there are too many operations to list.
pub struct ApiCount {
    /// The API type.
    api: String,
    /// The target of the link to it.
    link: String,
    operations: usize,
}

/// A row of the README's models list.
pub struct ModelRow {
    /// The model's name.
    name: String,
    /// Where its link leads ([`Links`]).
    link: String,
    /// The first line of its description, as table text; may be empty.
    summary: String,
}

/// The token exchange, as the README describes it.
pub struct ExchangeView {
    method: String,
    link: String,
    http: String,
    field: String,
    until: String,
}

#[derive(Template)]
#[template(path = "api.md", escape = "none")]
pub struct ApiPage {
    lib: String,
    name: String,
    /// The cargo feature that compiles the API, if the crate has API features.
    feature: Option<String>,
    base: String,
    ops: Vec<OpPage>,
}

pub struct OpPage {
    method: String,
    http: String,
    path: String,
    summary: String,
    description: String,
    signature: String,
    example: Vec<String>,
    params: Vec<ParamRow>,
    returns: String,
    auth: Vec<String>,
    /// What is retried (the operation's retry class).
    retries: String,
    content_type: String,
    accept: String,
    responses: Vec<ResponseRow>,
}

/// A row of an operation's parameters table (the body is one too).
pub struct ParamRow {
    /// The Rust name, in bold.
    name: String,
    /// The type, with model links.
    ty: String,
    /// Table text.
    description: String,
    /// `[required]` or `[optional]`.
    required: String,
    /// Where it goes: the location and the name (or the body's media type).
    notes: String,
}

/// A row of an operation's responses table.
pub struct ResponseRow {
    /// The status as the document writes it (`200`, `4XX`, `default`).
    status: String,
    /// Table text.
    description: String,
    /// The response headers, or ` - `.
    headers: String,
}

#[derive(Template)]
#[template(path = "model.md", escape = "none")]
pub struct ModelPage {
    lib: String,
    /// The API features that compile the model (joined by "`, `"), when it is gated; empty:
    /// only `all-models` does.
    gate: Option<String>,
    name: String,
    description: String,
    properties: Vec<PropertyRow>,
    /// For enums: the values.
    values: Vec<String>,
    /// For structs: the lines of `let value = …;`, which builds one.
    build: Option<Vec<String>>,
}

/// A row of a model's properties table.
pub struct PropertyRow {
    /// The Rust name in bold and the JSON key.
    name: String,
    /// The type, with model links.
    ty: String,
    /// Table text.
    description: String,
    /// `required`, `nullable`, `read-only`, the default...
    notes: String,
}

#[derive(Template)]
#[template(path = "examples.rs", escape = "none")]
pub struct ExamplesRs {
    lib: String,
    examples: Vec<ExampleFn>,
    /// The models' pages' examples.
    builds: Vec<BuildFn>,
}

/// An operation's example, as a test function.
pub struct ExampleFn {
    /// Its API's `#[cfg]`, if any.
    cfg: String,
    /// For a deprecated operation: the doc line of the `allow(deprecated)` that lets the
    /// example call it.
    deprecated: Option<String>,
    /// The function's name.
    name: String,
    /// Its body (tokens' text: the file is formatted as a whole).
    body: String,
}

/// A model page's example, as a function returning the model.
pub struct BuildFn {
    /// The model's `#[cfg]`, if any.
    cfg: String,
    /// The function's name.
    name: String,
    /// The model's name.
    model: String,
    /// The expression that builds one.
    expr: String,
}

/// One line of table text: no newlines or pipes, markdown escaped as in rustdoc
/// (the README is also the crate's documentation).
fn cell(text: &str) -> String {
    super::docs::escape_inline(&text.split_whitespace().collect::<Vec<_>>().join(" "))
        .replace('|', "\\|")
}

/// A type as shown in the pages, with model links.
fn md_ty(ty: &Ty, model: &Model) -> String {
    match ty {
        Ty::Named(id) => {
            let name = &model.types[*id].name;
            format!("[**{name}**]({name}.md)")
        }
        Ty::Vec(t) => format!("Vec<{}>", md_ty(t, model)),
        Ty::Map(t) => format!("BTreeMap<String, {}>", md_ty(t, model)),
        other => format!("**{}**", model.rust_type(other, "crate", "")),
    }
}

fn return_ty(op: &Operation, model: &Model) -> String {
    if let Some(e) = &op.response_enum {
        return format!("**{e}** (one variant per success status)");
    }
    match &op.success[0].decode {
        Decode::Json(ty) => md_ty(ty, model),
        Decode::Text => "**String**".into(),
        Decode::Bytes => "**bytes::Bytes**".into(),
        Decode::Redirect => "**Redirect** (the `Location`, not followed)".into(),
        Decode::Empty => "(empty response body)".into(),
    }
}

/// The return type's name, for the signature line.
fn short_return(op: &Operation, model: &Model) -> String {
    if let Some(e) = &op.response_enum {
        return e.clone();
    }
    match &op.success[0].decode {
        Decode::Json(ty) => model
            .rust_type(ty, "crate", "")
            .replace("crate::models::", ""),
        Decode::Text => "String".into(),
        Decode::Bytes => "Bytes".into(),
        Decode::Redirect => "Redirect".into(),
        Decode::Empty => "()".into(),
    }
}

pub fn api_page(lib: &str, api: &Api, model: &Model, feature: Option<&str>) -> ApiPage {
    ApiPage {
        lib: lib.to_string(),
        name: api.type_name.clone(),
        feature: feature.map(str::to_string),
        base: model
            .servers
            .first()
            .map(|s| s.url.trim_end_matches('/').to_string())
            .unwrap_or_default(),
        ops: api
            .operations
            .iter()
            .map(|op| op_page(lib, api, op, model))
            .collect(),
    }
}

fn op_page(lib: &str, api: &Api, op: &Operation, model: &Model) -> OpPage {
    let required = |r: bool| if r { "[required]" } else { "[optional]" }.to_string();
    let mut params: Vec<ParamRow> = op
        .params
        .iter()
        .map(|p| {
            let loc = match p.location {
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
                ParamLocation::Header => "header",
                ParamLocation::Cookie => "cookie",
            };
            ParamRow {
                name: format!("**{}**", p.ident.trim_start_matches("r#")),
                ty: md_ty(&p.ty, model),
                description: cell(p.description.as_deref().unwrap_or("")),
                required: required(p.required),
                notes: format!("{loc} `{}`", p.name),
            }
        })
        .collect();
    if let Some(b) = &op.body {
        params.push(ParamRow {
            name: format!("**{}**", b.ident),
            ty: md_ty(&b.ty, model),
            description: cell(b.description.as_deref().unwrap_or("")),
            required: required(b.required),
            notes: format!("body `{}`", b.content_type),
        });
    }
    let args: Vec<&str> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| p.ident.as_str())
        .chain(
            op.body
                .iter()
                .filter(|b| b.required)
                .map(|b| b.ident.as_str()),
        )
        .collect();
    let mut accept: Vec<String> = Vec::new();
    for ct in op.responses.iter().filter_map(|r| r.content_type.clone()) {
        if !accept.contains(&ct) {
            accept.push(ct);
        }
    }
    let method = op.method_name.trim_start_matches("r#").to_string();
    OpPage {
        signature: format!("{} {method}({})", short_return(op, model), args.join(", ")),
        method,
        http: op.http_method.clone(),
        path: op.path.clone(),
        summary: cell(op.summary.as_deref().unwrap_or("")),
        description: op.description.as_deref().unwrap_or("").trim().to_string(),
        example: printed(example_body(lib, api, op, model, Send::Await)),
        params,
        returns: return_ty(op, model),
        auth: op
            .security
            .iter()
            .flatten()
            .map(|s| format!("[{s}](../README.md#authentication)"))
            .collect(),
        retries: crate::safety::describe(&op.retry),
        content_type: op
            .body
            .as_ref()
            .map_or_else(|| "Not defined".into(), |b| b.content_type.clone()),
        accept: if accept.is_empty() {
            "Not defined".into()
        } else {
            accept.join(", ")
        },
        responses: op
            .responses
            .iter()
            .map(|r| {
                let headers = if r.headers.is_empty() {
                    " - ".into()
                } else {
                    r.headers.join(", ")
                };
                ResponseRow {
                    status: r.status.clone(),
                    description: cell(&r.description),
                    headers,
                }
            })
            .collect(),
    }
}

pub fn model_page(lib: &str, id: usize, model: &Model, features: &Features) -> ModelPage {
    let t = &model.types[id];
    let mut properties = Vec::new();
    let mut values = Vec::new();
    match &t.kind {
        TypeKind::Struct(s) => {
            for f in &s.fields {
                let mut notes: Vec<String> = match f.shape() {
                    FieldShape::Required => vec!["required".into()],
                    FieldShape::Optional => vec!["optional".into()],
                    FieldShape::RequiredNullable => vec!["required".into(), "nullable".into()],
                    FieldShape::OptionalNullable => vec!["optional".into(), "nullable".into()],
                };
                if f.read_only {
                    notes.push("read-only".into());
                }
                if let Some(d) = &f.default {
                    notes.push(format!("default `{}`", cell(d)));
                }
                properties.push(PropertyRow {
                    name: format!("**{}** (`{}`)", f.ident.trim_start_matches("r#"), f.name),
                    ty: md_ty(&f.ty, model),
                    description: cell(f.description.as_deref().unwrap_or("")),
                    notes: notes.join(", "),
                });
            }
        }
        TypeKind::Enum(e) => {
            values = e
                .variants
                .iter()
                .map(|(v, w)| format!("`{v}` = `{w:?}`"))
                .collect()
        }
        TypeKind::IntEnum(e) => {
            values = e
                .variants
                .iter()
                .map(|(v, n)| format!("`{v}` = `{n}`"))
                .collect()
        }
        TypeKind::Union(u) => {
            values = u
                .variants
                .iter()
                .enumerate()
                .map(|(i, (v, ty))| {
                    let boxed = if u.boxed.get(i) == Some(&true) {
                        " (boxed: `Box<_>`)"
                    } else {
                        ""
                    };
                    format!("`{v}`: {}{boxed}", md_ty(ty, model))
                })
                .collect()
        }
        TypeKind::Alias(ty) => values.push(format!("An alias of {}", md_ty(ty, model))),
    }
    let gate = match features.gate(id) {
        Gate::Apis(apis) if features.enabled() => Some(features.names(apis).join("`, `")),
        _ => None,
    };
    ModelPage {
        lib: lib.to_string(),
        gate,
        name: t.name.clone(),
        description: t.description.as_deref().unwrap_or("").trim().to_string(),
        properties,
        values,
        build: model_sample(lib, id, model).map(value_lines),
    }
}

pub fn readme<'a>(
    lib: &str,
    model: &Model,
    s: &'a CrateSettings,
    features: &Features,
    links: Links,
) -> Readme<'a> {
    let quick_op = model
        .apis
        .iter()
        .flat_map(|a| a.operations.iter().map(move |o| (a, o)))
        .find(|(_, o)| o.pagination.is_some())
        .or_else(|| {
            model
                .apis
                .first()
                .and_then(|a| a.operations.first().map(|o| (a, o)))
        });
    let example = |send| match quick_op {
        Some((a, o)) => printed(example_body(lib, a, o, model, send)),
        None => printed(client_only_body(lib)),
    };
    let quickstart = example(Send::Await);
    let blocking = example(Send::Blocking);
    let link = |api: &Api, op: &Operation| {
        let method = op.method_name.trim_start_matches("r#");
        format!("[`{method}`]({})", links.operation(api, op))
    };
    let ops = || {
        model
            .apis
            .iter()
            .flat_map(|a| a.operations.iter().map(move |o| (a, o)))
    };
    let declared = ops()
        .filter(|(_, o)| o.retry == RetryClass::Declared)
        .map(|(a, o)| link(a, o))
        .collect();
    let keyed = ops()
        .filter_map(|(a, o)| match &o.retry {
            RetryClass::Keyed(IdempotencyKey::BodyField(k)) => Some(KeyedOp {
                link: link(a, o),
                key: format!("`{k}` in the body"),
            }),
            RetryClass::Keyed(IdempotencyKey::Header(k)) => Some(KeyedOp {
                link: link(a, o),
                key: format!("the `{k}` header"),
            }),
            _ => None,
        })
        .collect();
    let mut unsafe_ops: Vec<String> = ops()
        .filter(|(_, o)| o.retry == RetryClass::Unsafe)
        .map(|(a, o)| link(a, o))
        .collect();
    let unsafe_unlisted = if unsafe_ops.len() > LISTED {
        std::mem::take(&mut unsafe_ops).len()
    } else {
        0
    };
    let operations = ops().count();
    let exchange = model.token_exchange.as_ref().map(|x| {
        let api = &model.apis[x.api];
        let op = &api.operations[x.operation];
        let until = exchange_until(x);
        ExchangeView {
            method: format!(
                "{}().{}()",
                api.accessor,
                op.method_name.trim_start_matches("r#")
            ),
            link: links.operation(api, op),
            http: format!("{} {}", op.http_method, op.path),
            field: x.token_field.clone(),
            until,
        }
    });
    let paginated = quick_op
        .filter(|(_, o)| o.pagination.is_some())
        .map(|(a, o)| PaginatedCall {
            accessor: a.accessor.clone(),
            method: o.method_name.clone(),
        });
    let schemes = model
        .security_schemes
        .iter()
        .map(|sc| {
            let how = match &sc.kind {
                SchemeKind::Bearer => {
                    "`.bearer_token(token)`: `Authorization: Bearer <token>`".to_string()
                }
                SchemeKind::Basic => "`.basic_auth(user, password)`".to_string(),
                SchemeKind::ApiKey { location, name } => {
                    let loc = match location {
                        ParamLocation::Query => "query parameter",
                        ParamLocation::Cookie => "cookie",
                        _ => "header",
                    };
                    format!("`.api_key(key)`: sent as the `{name}` {loc}")
                }
            };
            SchemeRow {
                name: sc.name.clone(),
                how,
            }
        })
        .collect();
    let body_struct = model
        .apis
        .iter()
        .flat_map(|a| a.operations.iter())
        .filter_map(|o| o.body.as_ref().filter(|b| b.required))
        .find_map(|b| match &b.ty {
            Ty::Named(id) if matches!(model.types[*id].kind, TypeKind::Struct(_)) => Some(*id),
            _ => None,
        });
    let model_sample = body_struct
        .or_else(|| {
            (0..model.types.len()).find(|id| matches!(model.types[*id].kind, TypeKind::Struct(_)))
        })
        .and_then(|id| model_sample(lib, id, model))
        .map(value_lines);
    Readme {
        s,
        lib: lib.to_string(),
        model_sample,
        max_inline: crate::lower::boxing::MAX_INLINE,
        max_gap: crate::lower::boxing::MAX_GAP,
        title: model.title.clone(),
        doc_version: model.doc_version.clone(),
        // The README is also the crate's rustdoc.
        description: super::docs::sanitize(model.description.as_deref().unwrap_or("")).join("\n"),
        servers: model
            .servers
            .iter()
            .map(|sv| ServerRow {
                constant: sv.const_name.clone(),
                url: sv.url.clone(),
                description: cell(sv.description.as_deref().unwrap_or("")),
            })
            .collect(),
        schemes,
        quickstart,
        blocking,
        mock: super::mock::readme_example(lib, model),
        paginated,
        bearer: model
            .security_schemes
            .iter()
            .any(|sc| sc.kind == SchemeKind::Bearer),
        exchange,
        declared,
        keyed,
        unsafe_ops,
        unsafe_unlisted,
        apis_total: operations,
        api_rows: if operations > LISTED {
            model
                .apis
                .iter()
                .map(|a| ApiCount {
                    api: a.type_name.clone(),
                    link: links.api(a),
                    operations: a.operations.len(),
                })
                .collect()
        } else {
            Vec::new()
        },
        apis: ops()
            .take_while(|_| operations <= LISTED)
            .map(|(a, o)| ApiRow {
                api: a.type_name.clone(),
                method: o.method_name.trim_start_matches("r#").to_string(),
                link: links.operation(a, o),
                http: format!("**{}** {}", o.http_method, o.path),
                summary: cell(
                    o.summary
                        .as_deref()
                        .or(o.description.as_deref())
                        .unwrap_or(""),
                ),
            })
            .collect(),
        features: feature_table(model, features, links),
        model_count: model.types.len(),
        models_link: links.models_module(),
        models: model
            .types
            .iter()
            .take_while(|_| model.types.len() <= LISTED)
            .map(|t| ModelRow {
                name: t.name.clone(),
                link: links.model(&t.name),
                summary: cell(
                    t.description
                        .as_deref()
                        .unwrap_or("")
                        .lines()
                        .next()
                        .unwrap_or(""),
                ),
            })
            .collect(),
    }
}

fn feature_table(model: &Model, features: &Features, links: Links) -> Option<FeatureTable> {
    if !features.enabled() {
        return None;
    }
    let rows: Vec<FeatureRow> = model
        .apis
        .iter()
        .enumerate()
        .map(|(i, a)| FeatureRow {
            feature: features.api(i).unwrap_or_default().to_string(),
            api: a.type_name.clone(),
            link: links.api(a),
            operations: a.operations.len(),
            models: features.types_of(i),
        })
        .collect();
    let gates = (0..model.types.len()).map(|id| features.gate(id));
    Some(FeatureTable {
        always: gates.clone().filter(|g| **g == Gate::Always).count(),
        unreached: gates
            .filter(|g| matches!(g, Gate::Apis(apis) if apis.is_empty()))
            .count(),
        example: rows[0].feature.clone(),
        rows,
    })
}

/// `let value = sample;` as the pages print it.
fn value_lines(sample: proc_macro2::TokenStream) -> Vec<String> {
    printed(quote!(let value = #sample;))
}

/// Until when the token exchange uses a token.
pub fn exchange_until(x: &crate::ir::TokenExchange) -> String {
    match x.lifetime_seconds {
        Some(secs) => format!(
            "its `exp` claim when it is a JWT, else for {}",
            lifetime_words(secs)
        ),
        None => "its `exp` claim when it is a JWT, else until the server rejects it".into(),
    }
}

/// `86400` as "24 hours", `90` as "90 seconds".
fn lifetime_words(secs: u64) -> String {
    match secs {
        s if s % 3600 == 0 => format!("{} hour{}", s / 3600, if s == 3600 { "" } else { "s" }),
        s if s % 60 == 0 => format!("{} minute{}", s / 60, if s == 60 { "" } else { "s" }),
        s => format!("{s} second{}", if s == 1 { "" } else { "s" }),
    }
}

pub fn examples_rs(lib: &str, model: &Model, features: &Features) -> ExamplesRs {
    let examples = model
        .apis
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            let cfg = super::cfg::api_only(features, i);
            a.operations.iter().map(move |o| ExampleFn {
                cfg: cfg.clone(),
                deprecated: o.deprecated.then(|| {
                    format!(
                        "`{}` is deprecated by the API; its page still shows the call.",
                        o.method_name
                    )
                }),
                name: crate::naming::example_fn_name(&a.module, &o.method_name),
                body: example_body(lib, a, o, model, Send::Await).to_string(),
            })
        })
        .collect();
    let mut names = crate::naming::Scope::default();
    let builds = (0..model.types.len())
        .filter_map(|id| {
            let t = &model.types[id];
            let expr = model_sample(lib, id, model)?.to_string();
            let name = names.claim(&crate::naming::build_fn_name(&t.name), "_");
            Some(BuildFn {
                cfg: super::cfg::model(features, &[id]),
                name,
                model: t.name.clone(),
                expr,
            })
        })
        .collect();
    ExamplesRs {
        lib: lib.to_string(),
        examples,
        builds,
    }
}
