//! The intermediate model between the document and the emitted code.
//! Rendering reads only these types; nothing here knows about templates.
//!
//! The IR is read-only for users of this crate: it is public so that tools
//! and tests can inspect what the generator makes of a document
//! ([`crate::model`]), not as a stable interface. Every struct and enum here
//! is `#[non_exhaustive]`: read the fields, match with `..` and a `_` arm, but
//! do not expect to build values of these types. Fields and variants may be
//! added in any minor release, as the generator learns more of OpenAPI, so
//! the IR's shape is not covered by semver.

use crate::diagnostics::Warning;

/// Index of a type in [`Model::types`].
pub type TypeId = usize;

/// Everything the generated crate is made from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Model {
    /// The document's `info.title`.
    pub title: String,
    /// The document's `info.description`.
    pub description: Option<String>,
    /// The document's `info.version` (the API's version, not the crate's).
    pub doc_version: String,
    /// The document's `servers`, in order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// `components.securitySchemes`, in document order (referenced schemes
    /// are skipped with a warning).
    pub security_schemes: Vec<SecurityScheme>,
    /// One API type per tag: the document's tag list order, then first use;
    /// untagged operations last, in `DefaultApi`.
    pub apis: Vec<Api>,
    /// Every named Rust type: the component schemas in document order, then
    /// the inline schemas that need a name, as they are met. [`TypeId`]s
    /// index this list.
    pub types: Vec<TypeDef>,
    /// Named types used as bodies of non-success responses, in order of first
    /// use (the generated `ErrorBody` enum has one variant per entry).
    pub error_bodies: Vec<TypeId>,
    /// Per entry of `error_bodies`, set by the boxing pass: its variant holds `Box<T>`.
    pub error_bodies_boxed: Vec<bool>,
    /// The operation that exchanges an API key for a token; set from the
    /// settings (`crate.token_exchange`), `None` without them.
    pub token_exchange: Option<TokenExchange>,
    /// What the generator worked around while loading and lowering
    /// (unsupported constructs, missing operationIds…), sorted.
    pub warnings: Vec<Warning>,
}

/// An entry of the document's `servers`: a base URL offered as a constant.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Server {
    /// The server's `url`, with each server variable replaced by its `default`.
    pub url: String,
    /// The server's `description`.
    pub description: Option<String>,
    /// Name of the constant offered for it (`API`, `SANDBOX`…).
    pub const_name: String,
}

/// A security scheme of `components.securitySchemes`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SecurityScheme {
    /// Its key in `components.securitySchemes`, as security requirements name it.
    pub name: String,
    /// How the credential is sent.
    pub kind: SchemeKind,
    /// The scheme's `description`.
    pub description: Option<String>,
}

/// How a security scheme's credential goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: HTTP `bearer`, and OAuth2 and OpenID
    /// Connect (the token is obtained elsewhere); also any HTTP scheme other
    /// than `basic`, with a warning.
    Bearer,
    /// HTTP `basic`: `Authorization: Basic <user:password in base64>`.
    Basic,
    /// `apiKey`: the key as a header, query parameter or cookie.
    ApiKey {
        /// The scheme's `in`: header, query or cookie.
        location: ParamLocation,
        /// The scheme's `name`: the header, parameter or cookie that holds the key.
        name: String,
    },
}

/// One API (one tag).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Api {
    /// The first tag of its operations, or `None` for the untagged ones.
    pub tag: Option<String>,
    /// `CustomersApi`.
    pub type_name: String,
    /// `customers_api` (file and module).
    pub module: String,
    /// `customers` (accessor on `Client`).
    pub accessor: String,
    /// The tag's `description` in the document's tag list.
    pub description: Option<String>,
    /// The tag's operations, in document order (paths, then methods).
    pub operations: Vec<Operation>,
}

/// An operation: one method of an API type, with its request builder.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Operation {
    /// The document's operationId, or the synthesised one.
    pub id: String,
    /// Method on the API type.
    pub method_name: String,
    /// Request builder type.
    pub builder_name: String,
    /// Name of the static operation descriptor.
    pub static_name: String,
    /// Upper-case HTTP method (`GET`).
    pub http_method: String,
    /// The path template, as in the document (`/customers/{id}`).
    pub path: String,
    /// The operation's `summary`.
    pub summary: Option<String>,
    /// The operation's `description`.
    pub description: Option<String>,
    /// The operation's `deprecated`.
    pub deprecated: bool,
    /// Path parameters in template order, then the others in declaration
    /// order (path-item parameters overridden by the operation's).
    pub params: Vec<Param>,
    /// The request body, unless there is none or it declares no content.
    pub body: Option<Body>,
    /// The success (2xx and 3xx) responses in document order; a single
    /// bodiless `2XX` when the document declares none.
    pub success: Vec<Outcome>,
    /// Non-success responses with a named body type, plus `default`.
    pub errors: Vec<ErrorCase>,
    /// All declared responses, for docs.
    pub responses: Vec<ResponseDoc>,
    /// Alternatives (OR) of scheme-name sets (AND). Empty: no credentials.
    pub security: Vec<Vec<String>>,
    /// Return type when there are several success outcomes.
    pub response_enum: Option<String>,
    /// How to stream the operation page by page, when it is a list with a
    /// page token.
    pub pagination: Option<Pagination>,
    /// Whether a request may be repeated (by method here; the settings add
    /// the rest, see `safety.rs`).
    pub retry: RetryClass,
}

impl Operation {
    /// Calls `f` with each type the operation's code and docs name: parameters, body, success
    /// and error bodies, documented responses, pagination's page and item.
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        for p in &self.params {
            p.ty.each_named(f);
        }
        if let Some(body) = &self.body {
            body.ty.each_named(f);
        }
        for outcome in &self.success {
            if let Decode::Json(ty) = &outcome.decode {
                ty.each_named(f);
            }
        }
        for e in &self.errors {
            f(e.body);
        }
        for r in self.responses.iter().filter_map(|r| r.body.as_ref()) {
            r.each_named(f);
        }
        if let Some(p) = &self.pagination {
            p.page_ty.each_named(f);
            p.item_ty.each_named(f);
        }
    }
}

/// Whether repeating a request of an operation is safe; the runtime's
/// `RetryPolicy` retries more for retry-safe requests.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryClass {
    /// The method is idempotent (GET, HEAD, PUT, DELETE, OPTIONS, TRACE).
    Idempotent,
    /// The settings declare it (`crate.retry_safe_operations`).
    Declared,
    /// A request that carries this idempotency key (`crate.idempotency_key_fields`).
    Keyed(IdempotencyKey),
    /// Not retry-safe.
    Unsafe,
}

impl RetryClass {
    /// The class an operation's method gives it.
    pub fn of_method(http_method: &str) -> Self {
        match http_method {
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" => RetryClass::Idempotent,
            _ => RetryClass::Unsafe,
        }
    }

    /// Whether every request of the operation is retry-safe.
    pub fn always_safe(&self) -> bool {
        matches!(self, RetryClass::Idempotent | RetryClass::Declared)
    }
}

/// Where a request carries an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdempotencyKey {
    /// A top-level property of the JSON body.
    BodyField(String),
    /// A header parameter.
    Header(String),
}

/// The operation that exchanges an API key for a token (`crate.token_exchange`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TokenExchange {
    /// Index of the API in [`Model::apis`].
    pub api: usize,
    /// Index of the operation in that API's [`Api::operations`].
    pub operation: usize,
    /// The top-level string property of its JSON success response that holds
    /// the token.
    pub token_field: String,
    /// How long a token that is not a JWT with an `exp` claim is used; `None`:
    /// until the server rejects it.
    pub lifetime_seconds: Option<u64>,
}

/// Where a parameter (or an API key) goes: OpenAPI's `in`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ParamLocation {
    /// `in: path`: a variable of the path template.
    Path,
    /// `in: query`.
    Query,
    /// `in: header`.
    Header,
    /// `in: cookie`.
    Cookie,
}

/// A parameter of an operation: an argument of its method when required,
/// else a setter of its builder.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Rust identifier (argument, field and setter).
    pub ident: String,
    /// The parameter's `in`.
    pub location: ParamLocation,
    /// The parameter's `required`; always true for a path parameter.
    pub required: bool,
    /// The type of its `schema` (a string when it has `content` instead).
    pub ty: Ty,
    /// The parameter's `description`.
    pub description: Option<String>,
    /// The parameter's `deprecated`.
    pub deprecated: bool,
    /// How an array or object is put in a query: the query parameter's
    /// `style` and `explode`.
    pub style: ParamStyle,
    /// JSON pointer of its declaration (the operation's, for a path variable
    /// the document does not declare).
    pub pointer: String,
}

/// How an array or object parameter is serialised (OpenAPI `style` + `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParamStyle {
    /// `style: form` with `explode: true` (the default): `a=1&a=2`.
    FormExplode,
    /// `style: form`, `explode: false`: `a=1,2`.
    Form,
    /// `style: spaceDelimited`: values joined by spaces.
    SpaceDelimited,
    /// `style: pipeDelimited`: values joined by `|`.
    PipeDelimited,
    /// `style: deepObject`: `a[key]=value`.
    DeepObject,
}

/// An operation's request body.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Body {
    /// Rust identifier of the argument or setter: `body`, unless a parameter
    /// has that name.
    pub ident: String,
    /// The type of the chosen media type's schema; `Bytes` for raw bodies,
    /// `String` for text.
    pub ty: Ty,
    /// The request body's `required`: an argument of the method, else a setter.
    pub required: bool,
    /// The media type it is sent as: JSON first, then a form, then multipart,
    /// else the first the document lists.
    pub content_type: String,
    /// How the body is encoded.
    pub kind: BodyKind,
    /// The request body's `description`.
    pub description: Option<String>,
    /// JSON pointer of the request body.
    pub pointer: String,
}

/// How a body is encoded, from its media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyKind {
    /// `application/json` or any `+json` media type: serialised with serde.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Any other media type (and a multipart body that is not an object):
    /// raw bytes.
    Bytes,
    /// `text/*`: a string.
    Text,
}

/// Which statuses a case covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StatusMatch {
    /// One status code (`404`).
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u16),
    /// The `default` response: any status no other case covers.
    Default,
}

/// One success response.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Outcome {
    /// The response's status key.
    pub status: StatusMatch,
    /// How its body is read.
    pub decode: Decode,
    /// Variant of the response enum, when there is one.
    pub variant: String,
    /// Set by the boxing pass: the response enum's variant holds `Box<T>`.
    pub boxed: bool,
    /// The response's `description`.
    pub description: String,
}

/// How a success response's body is read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Decode {
    /// A JSON body (`application/json`, `+json`) deserialised as this type.
    Json(Ty),
    /// A `text/*` body, as a string.
    Text,
    /// A body of any other media type, as raw bytes.
    Bytes,
    /// No body: 204, 205 and 304, and responses that declare no content.
    Empty,
    /// A 3xx response: its `Location`, as `Redirect` (not followed).
    Redirect,
}

/// A non-success response whose JSON body is a named struct or string enum:
/// the operation's error then carries it decoded.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ErrorCase {
    /// The response's status key.
    pub status: StatusMatch,
    /// The body's type in [`Model::types`].
    pub body: TypeId,
}

/// A declared response, success or not, as the operation's docs list it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ResponseDoc {
    /// The status key as the document writes it (`200`, `4XX`, `default`).
    pub status: String,
    /// The response's `description`.
    pub description: String,
    /// The media type chosen for the body, if any.
    pub content_type: Option<String>,
    /// The type of a JSON body; `None` without one.
    pub body: Option<Ty>,
    /// Names of the response's declared `headers`.
    pub headers: Vec<String>,
}

/// A list operation that can be streamed page by page.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Pagination {
    /// The request parameter's setter.
    pub token_setter: String,
    /// The page's field with the next page's token (a string, of any [`FieldShape`]).
    pub token_field: Field,
    /// The page's field with the items (an array, of any [`FieldShape`]).
    pub items_field: Field,
    /// The success response's type: one page.
    pub page_ty: Ty,
    /// The type of one item of the items array.
    pub item_ty: Ty,
}

/// A type reference.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Ty {
    /// `type: string` (without a date or binary `format`): `String`.
    String,
    /// `type: boolean`: `bool`.
    Bool,
    /// `type: integer`, `format: int32`: `i32`.
    I32,
    /// Any other `type: integer`: `i64`.
    I64,
    /// `type: number`, `format: float`: `f32`.
    F32,
    /// Any other `type: number`: `f64`.
    F64,
    /// `format: date`: `chrono::NaiveDate`.
    Date,
    /// `format: date-time`: `chrono::DateTime<Utc>`.
    DateTime,
    /// Free-form JSON: what the document leaves open.
    Json,
    /// `type: array` of the items' type: `Vec<T>`.
    Vec(Box<Ty>),
    /// An object with only `additionalProperties`: `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// A type of [`Model::types`], by index.
    Named(TypeId),
    /// Raw bytes (non-JSON request bodies, `format: binary`): `bytes::Bytes`.
    Bytes,
}

impl Ty {
    /// The Rust type of a type that needs no path (`String`, `bool`, the numbers);
    /// `None` for the others.
    pub fn std_name(&self) -> Option<&'static str> {
        Some(match self {
            Ty::String => "String",
            Ty::Bool => "bool",
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
            _ => return None,
        })
    }

    /// Calls `f` with each type of [`Model::types`] this reference names, in items and map
    /// values too (not through the named types themselves).
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            Ty::Named(id) => f(*id),
            Ty::Vec(t) | Ty::Map(t) => t.each_named(f),
            _ => {}
        }
    }
}

/// A named Rust type: a component schema, or an inline schema that needs a
/// name (an object, enum or union), named after where it is used.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TypeDef {
    /// The Rust type name (UpperCamelCase, unique in the crate's `models`).
    pub name: String,
    /// File (module) the type is emitted in; inline types share their parent's.
    pub module: String,
    /// The schema's `description`.
    pub description: Option<String>,
    /// The schema's `deprecated`.
    pub deprecated: bool,
    /// What Rust item the type is.
    pub kind: TypeKind,
    /// JSON pointer of the schema.
    pub source: String,
}

/// What a named type is in Rust.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TypeKind {
    /// An object with properties (an `allOf` merged into one): a struct.
    Struct(Struct),
    /// A string `enum`: a Rust enum with one variant per value.
    Enum(StringEnum),
    /// An integer `enum`: a Rust enum with one variant per value.
    IntEnum(IntEnum),
    /// A `oneOf`/`anyOf` of schemas: a Rust enum with one variant per member.
    Union(Union),
    /// A schema that is another type (a scalar, array, map or `$ref`): a `pub type`.
    Alias(Ty),
}

impl TypeKind {
    /// Calls `f` with each type the item's code names: field types, `additionalProperties`,
    /// union variants, an alias's target.
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeKind::Struct(s) => {
                for field in &s.fields {
                    field.ty.each_named(f);
                }
                if let Some(additional) = &s.additional {
                    additional.each_named(f);
                }
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|(_, ty)| ty.each_named(f)),
            TypeKind::Alias(ty) => ty.each_named(f),
            TypeKind::Enum(_) | TypeKind::IntEnum(_) => {}
        }
    }
}

/// A `oneOf` / `anyOf`: tagged when the document gives a discriminator, else
/// each variant tried in document order.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Union {
    /// (Rust variant, type).
    pub variants: Vec<(String, Ty)>,
    /// With a discriminator: its property and (value, variant index) pairs.
    pub discriminator: Option<(String, Vec<(String, usize)>)>,
    /// Catch-all variant holding JSON no variant accepts.
    pub unknown: String,
    /// Per variant: its payload is a `Box` (estimated above the limit of
    /// `lower/boxing.rs`, which sets it).
    pub boxed: Vec<bool>,
}

/// An integer `enum`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IntEnum {
    /// (Rust variant, value): `V1`, `Minus1`…, duplicates dropped.
    pub variants: Vec<(String, i64)>,
    /// Name of the catch-all variant for values this crate does not know.
    pub unknown: String,
}

/// An object schema with declared properties.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Struct {
    /// The declared properties, in document order (those of `allOf` parts
    /// merged, a later definition replacing an earlier one in its place).
    pub fields: Vec<Field>,
    /// `additionalProperties` next to declared properties.
    pub additional: Option<Ty>,
}

/// A property of an object schema: a field of its struct.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Field {
    /// The property name on the wire.
    pub name: String,
    /// Rust identifier of the field (snake case, `r#` for keywords), unique
    /// in the struct.
    pub ident: String,
    /// The property schema's type.
    pub ty: Ty,
    /// Listed in the object's `required`.
    pub required: bool,
    /// The property's schema (or the one it references) says `nullable: true`.
    pub nullable: bool,
    /// Set by the recursion pass: the field must be boxed.
    pub boxed: bool,
    /// The inline property schema's `description` (a referenced schema's
    /// documents its type, not the field).
    pub description: Option<String>,
    /// The inline property schema's `deprecated`.
    pub deprecated: bool,
    /// `readOnly: true`: sent by the server only.
    pub read_only: bool,
    /// `writeOnly: true`: sent by the client only.
    pub write_only: bool,
    /// The schema's `default`, as JSON text.
    pub default: Option<String>,
    /// JSON pointer of the property.
    pub pointer: String,
    /// Holds a secret (named like a token, password or API key, or
    /// `format: password`): redacted in `Debug`.
    pub secret: bool,
}

impl Field {
    /// Absent, null and a value are three states (`Nullable<T>`): an
    /// optional nullable field.
    pub fn tri_state(&self) -> bool {
        self.shape() == FieldShape::OptionalNullable
    }

    /// The field is an `Option<T>` (optional, or required but nullable).
    pub fn optional(&self) -> bool {
        !self.shape().always_set()
    }

    /// The struct's `new` takes the field: required and not nullable. Every
    /// other field has a setter and starts empty (`None`, `Absent`).
    pub fn in_constructor(&self) -> bool {
        self.shape().always_set()
    }
}

/// How a struct field holds its value, from `required` and `nullable`: the one rule for
/// the field's Rust type, and so for every piece of generated code that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldShape {
    /// Required, not nullable: `T`.
    Required,
    /// Optional, not nullable: `Option<T>`, `None` when absent.
    Optional,
    /// Required and nullable: `Option<T>`, `None` for null (and, leniently, when missing).
    RequiredNullable,
    /// Optional and nullable: `Nullable<T>`, three states (absent, null, a value).
    OptionalNullable,
}

impl FieldShape {
    /// The shape of a field with these `required` and `nullable`.
    pub fn new(required: bool, nullable: bool) -> Self {
        match (required, nullable) {
            (true, false) => FieldShape::Required,
            (false, false) => FieldShape::Optional,
            (true, true) => FieldShape::RequiredNullable,
            (false, true) => FieldShape::OptionalNullable,
        }
    }

    /// Every shape: for tests and fixtures that go through each.
    pub const ALL: [FieldShape; 4] = [
        FieldShape::Required,
        FieldShape::Optional,
        FieldShape::RequiredNullable,
        FieldShape::OptionalNullable,
    ];

    /// Whether the field always holds a value (its type is `T` itself).
    pub fn always_set(self) -> bool {
        self == FieldShape::Required
    }

    /// Whether the field may be left out of the JSON (so it is not serialised when unset).
    pub fn may_be_absent(self) -> bool {
        matches!(self, FieldShape::Optional | FieldShape::OptionalNullable)
    }
}

impl Field {
    /// How the field holds its value, from `required` and `nullable`.
    pub fn shape(&self) -> FieldShape {
        FieldShape::new(self.required, self.nullable)
    }
}

/// A string `enum`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct StringEnum {
    /// (Rust variant, wire value), duplicates dropped.
    pub variants: Vec<(String, String)>,
    /// Name of the catch-all variant for values this crate does not know.
    pub unknown: String,
}

/// The type behind `ty`, following aliases (bounded, so cycles cannot hang).
pub fn resolve_alias<'t>(types: &'t [TypeDef], mut ty: &'t Ty) -> &'t Ty {
    for _ in 0..=types.len() {
        match ty {
            Ty::Named(id) => match &types[*id].kind {
                TypeKind::Alias(inner) => ty = inner,
                _ => break,
            },
            _ => break,
        }
    }
    ty
}

impl Model {
    /// Rust source for a type reference; models are named through `root`
    /// (`crate` inside the generated crate, its name outside), and the crates
    /// of the other types (chrono, serde_json, bytes) through `deps`, a path
    /// prefix (`rt::` inside the generated crate, whose runtime re-exports
    /// them; `""` where they are dependencies of their own).
    pub fn rust_type(&self, ty: &Ty, root: &str, deps: &str) -> String {
        match ty {
            Ty::Date => format!("{deps}chrono::NaiveDate"),
            Ty::DateTime => format!("{deps}chrono::DateTime<{deps}chrono::Utc>"),
            Ty::Json => format!("{deps}serde_json::Value"),
            Ty::Bytes => format!("{deps}bytes::Bytes"),
            Ty::Vec(t) => format!("Vec<{}>", self.rust_type(t, root, deps)),
            Ty::Map(t) => format!(
                "std::collections::BTreeMap<String, {}>",
                self.rust_type(t, root, deps)
            ),
            Ty::Named(id) => format!("{root}::models::{}", self.types[*id].name),
            std => std.std_name().expect("the other types need no path").into(),
        }
    }
}
