//! The intermediate model between the document and the emitted code.
//! Rendering reads only these types; nothing here knows about templates.

use crate::diagnostics::Warning;

/// Index of a type in [`Model::types`].
pub type TypeId = usize;

/// Everything the generated crate is made from.
#[derive(Debug, Clone)]
pub struct Model {
    pub title: String,
    pub description: Option<String>,
    pub doc_version: String,
    pub servers: Vec<Server>,
    pub security_schemes: Vec<SecurityScheme>,
    pub apis: Vec<Api>,
    pub types: Vec<TypeDef>,
    /// Named types used as bodies of non-success responses.
    pub error_bodies: Vec<TypeId>,
    /// Set from the settings (`safety.rs`).
    pub token_exchange: Option<TokenExchange>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
    /// Name of the constant offered for it (`API`, `SANDBOX`…).
    pub const_name: String,
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    pub name: String,
    pub kind: SchemeKind,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    Bearer,
    Basic,
    ApiKey {
        location: ParamLocation,
        name: String,
    },
}

/// One API (one tag).
#[derive(Debug, Clone)]
pub struct Api {
    pub tag: Option<String>,
    /// `CustomersApi`.
    pub type_name: String,
    /// `customers_api` (file and module).
    pub module: String,
    /// `customers` (accessor on `Client`).
    pub accessor: String,
    pub description: Option<String>,
    pub operations: Vec<Operation>,
}

#[derive(Debug, Clone)]
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
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub success: Vec<Outcome>,
    /// Non-success responses with a named body type, plus `default`.
    pub errors: Vec<ErrorCase>,
    /// All declared responses, for docs.
    pub responses: Vec<ResponseDoc>,
    /// Alternatives (OR) of scheme-name sets (AND). Empty: no credentials.
    pub security: Vec<Vec<String>>,
    /// Return type when there are several success outcomes.
    pub response_enum: Option<String>,
    pub pagination: Option<Pagination>,
    /// Whether a request may be repeated (by method here; the settings add
    /// the rest, see `safety.rs`).
    pub retry: RetryClass,
}

/// Whether repeating a request of an operation is safe; the runtime's
/// `RetryPolicy` retries more for retry-safe requests.
#[derive(Debug, Clone, PartialEq, Eq)]
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
pub enum IdempotencyKey {
    /// A top-level property of the JSON body.
    BodyField(String),
    /// A header parameter.
    Header(String),
}

/// The operation that exchanges an API key for a token (`crate.token_exchange`).
#[derive(Debug, Clone)]
pub struct TokenExchange {
    /// Index of the API and of the operation in it.
    pub api: usize,
    pub operation: usize,
    pub token_field: String,
    pub lifetime_seconds: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Rust identifier (argument, field and setter).
    pub ident: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: Ty,
    pub description: Option<String>,
    pub deprecated: bool,
    /// How an array or object is put in a query.
    pub style: ParamStyle,
    /// JSON pointer of its declaration (the operation's, for a path variable
    /// the document does not declare).
    pub pointer: String,
}

/// How an array or object parameter is serialised (OpenAPI `style` + `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    FormExplode,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub ident: String,
    pub ty: Ty,
    pub required: bool,
    pub content_type: String,
    pub kind: BodyKind,
    pub description: Option<String>,
    /// JSON pointer of the request body.
    pub pointer: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    Bytes,
    Text,
}

/// Which statuses a case covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusMatch {
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u16),
    Default,
}

/// One success response.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: StatusMatch,
    pub decode: Decode,
    /// Variant of the response enum, when there is one.
    pub variant: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Decode {
    Json(Ty),
    Text,
    Bytes,
    Empty,
    Redirect,
}

#[derive(Debug, Clone)]
pub struct ErrorCase {
    pub status: StatusMatch,
    pub body: TypeId,
}

#[derive(Debug, Clone)]
pub struct ResponseDoc {
    pub status: String,
    pub description: String,
    /// The media type chosen for the body, if any.
    pub content_type: Option<String>,
    pub body: Option<Ty>,
    pub headers: Vec<String>,
}

/// A list operation that can be streamed page by page.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// The request parameter's setter.
    pub token_setter: String,
    /// The page's field with the next page's token (a string, of any [`FieldShape`]).
    pub token_field: Field,
    /// The page's field with the items (an array, of any [`FieldShape`]).
    pub items_field: Field,
    pub page_ty: Ty,
    pub item_ty: Ty,
}

/// A type reference.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    Date,
    DateTime,
    /// Free-form JSON: what the document leaves open.
    Json,
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Named(TypeId),
    /// Raw bytes (non-JSON request bodies).
    Bytes,
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    /// File (module) the type is emitted in; inline types share their parent's.
    pub module: String,
    pub description: Option<String>,
    pub deprecated: bool,
    pub kind: TypeKind,
    /// JSON pointer of the schema.
    pub source: String,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Struct),
    Enum(StringEnum),
    IntEnum(IntEnum),
    Union(Union),
    Alias(Ty),
}

/// oneOf / anyOf.
#[derive(Debug, Clone)]
pub struct Union {
    /// (Rust variant, type).
    pub variants: Vec<(String, Ty)>,
    /// With a discriminator: its property and (value, variant index) pairs.
    pub discriminator: Option<(String, Vec<(String, usize)>)>,
    /// Catch-all variant holding JSON no variant accepts.
    pub unknown: String,
}

#[derive(Debug, Clone)]
pub struct IntEnum {
    /// (Rust variant, value).
    pub variants: Vec<(String, i64)>,
    pub unknown: String,
}

#[derive(Debug, Clone)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// `additionalProperties` next to declared properties.
    pub additional: Option<Ty>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub ident: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    /// Set by the recursion pass: the field must be boxed.
    pub boxed: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    pub read_only: bool,
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
    pub fn shape(&self) -> FieldShape {
        FieldShape::new(self.required, self.nullable)
    }
}

#[derive(Debug, Clone)]
pub struct StringEnum {
    /// (Rust variant, wire value).
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
            Ty::String => "String".into(),
            Ty::Bool => "bool".into(),
            Ty::I32 => "i32".into(),
            Ty::I64 => "i64".into(),
            Ty::F32 => "f32".into(),
            Ty::F64 => "f64".into(),
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
        }
    }
}
