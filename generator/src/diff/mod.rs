//! The change report: what a new version of a document does to the Rust API
//! generated from it.
//!
//! Both documents go through the generator's own IR ([`crate::model`]), and
//! each change is judged by the code the generator emits for it, not by the
//! YAML: an optional field added to a schema is not breaking because models
//! are `#[non_exhaustive]` and built with `new` and setters; a required one is,
//! because `new` gains an argument. Types are matched by name (their indices
//! differ between models), operations by method and path, then by
//! operationId; type references are compared structurally, by name, with
//! aliases expanded (a `pub type` is the type it names).
//!
//! The report's level is the semver level of the release the change needs:
//! `major` when something breaks, `minor` when the API grows or behaves
//! differently, `patch` when only documentation changes, `none` when the two
//! documents make the same crate API.

mod features;
mod operations;
mod render;
mod types;

use std::path::Path;

use serde::Serialize;

use crate::diagnostics::{Error, Result};
use crate::ir::{Model, Ty, TypeKind};

/// The semver level of a change, or of a whole report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing the generated crate shows changed.
    None,
    /// Documentation only (descriptions, summaries, examples of the pages).
    Patch,
    /// Additions and changes of behaviour that compile as before.
    Minor,
    /// Something users of the generated crate may have to change.
    Major,
}

impl Level {
    /// `major`, `minor`, `patch` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What changed. Serialised in kebab case (`operation-added`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Kind {
    /// The document's `info.title` or `info.version` changed (the crate's
    /// metadata).
    DocumentChanged,
    /// A server was added: a new constant in `servers`.
    ServerAdded,
    /// A server's constant is gone.
    ServerRemoved,
    /// A server's URL changed, or it became or stopped being the default
    /// (first) one.
    ServerChanged,
    /// A new API type (a new tag's operations), with its `Client` accessor.
    ApiAdded,
    /// An API type and its `Client` accessor are gone: no operation has its tag.
    ApiRemoved,
    /// A new operation: a new method and builder.
    OperationAdded,
    /// An operation is gone, with its method and builder.
    OperationRemoved,
    /// The method (or its operationId's Rust name) changed.
    OperationRenamed,
    /// The tag changed: the method is on another API type.
    OperationMoved,
    /// Same method, another path or HTTP method.
    OperationPathChanged,
    /// operationId changed without changing the Rust method name.
    OperationIdChanged,
    /// The security requirements changed: other credentials are sent.
    OperationSecurityChanged,
    /// The positional arguments of the method changed order.
    OperationSignatureChanged,
    /// A new parameter: an argument when required (breaking), else a setter.
    ParameterAdded,
    /// A parameter is gone, with its argument or setter.
    ParameterRemoved,
    /// An optional parameter became required: a setter became an argument.
    ParameterMadeRequired,
    /// A required parameter became optional: an argument became a setter.
    ParameterMadeOptional,
    /// A parameter's Rust type changed.
    ParameterRetyped,
    /// A parameter's Rust identifier (or an optional body's setter) changed;
    /// patch level when it only names a required argument.
    ParameterRenamed,
    /// How a query parameter is serialised (`style`, `explode`) changed.
    ParameterStyleChanged,
    /// A request body was added: an argument when required (breaking), else a
    /// setter.
    RequestBodyAdded,
    /// The request body is gone.
    RequestBodyRemoved,
    /// The request body became required: the method takes it.
    RequestBodyMadeRequired,
    /// The request body became optional: a setter of the builder.
    RequestBodyMadeOptional,
    /// The request body's Rust type changed.
    RequestBodyRetyped,
    /// The request body is sent as another media type.
    RequestBodyMediaTypeChanged,
    /// A success response was added (breaking when `send()`'s return type
    /// changes).
    ResponseAdded,
    /// A success response is gone (breaking when `send()`'s return type
    /// changes).
    ResponseRemoved,
    /// A success response's type, or what `send()` returns, changed.
    ResponseRetyped,
    /// A non-success response with a named body was added: its body is
    /// decoded.
    ErrorResponseAdded,
    /// A non-success response with a named body is gone: its body is no longer
    /// decoded.
    ErrorResponseRemoved,
    /// A non-success response's body is another named type.
    ErrorResponseRetyped,
    /// A type became an error body: a new `ErrorBody` variant.
    ErrorBodyAdded,
    /// No operation returns a type as an error any more: its `ErrorBody`
    /// variant is gone.
    ErrorBodyRemoved,
    /// An `ErrorBody` variant became boxed or unboxed: it holds another Rust type.
    ErrorBodyRetyped,
    /// An operation became streamable: its builder gained `.stream()`.
    PaginationAdded,
    /// An operation is no longer streamable: `.stream()` is gone.
    PaginationRemoved,
    /// The items `.stream()` yields are of another type.
    PaginationChanged,
    /// A new model type.
    SchemaAdded,
    /// A model type is gone.
    SchemaRemoved,
    /// A type moved between struct, enum, union, map and alias.
    SchemaKindChanged,
    /// A `pub type` names another type.
    AliasRetyped,
    /// A field was added to a struct: breaking when `new` takes it (required,
    /// not nullable).
    FieldAdded,
    /// A field is gone from a struct.
    FieldRemoved,
    /// An optional field became required (breaking when `new` takes it or its
    /// type changes).
    FieldMadeRequired,
    /// A required field became optional (breaking when `new` no longer takes it
    /// or its type changes).
    FieldMadeOptional,
    /// A field's Rust type changed, or it moved into or out of `new`.
    FieldRetyped,
    /// A field's Rust identifier changed.
    FieldRenamed,
    /// The order of `new`'s arguments changed.
    ConstructorChanged,
    /// A struct now keeps undeclared properties (`additional_properties`).
    AdditionalPropertiesAdded,
    /// A struct no longer has `additional_properties`.
    AdditionalPropertiesRemoved,
    /// The type of a struct's `additional_properties` values changed.
    AdditionalPropertiesRetyped,
    /// A value was added to an enum: a new variant.
    EnumValueAdded,
    /// A value is gone from an enum, with its variant.
    EnumValueRemoved,
    /// An enum value's variant, or the catch-all variant, has another name.
    EnumVariantRenamed,
    /// A `oneOf`/`anyOf` member was added: a new variant.
    UnionVariantAdded,
    /// A `oneOf`/`anyOf` member is gone, with its variant.
    UnionVariantRemoved,
    /// A union variant holds another type.
    UnionVariantRetyped,
    /// A union's catch-all variant has another name.
    UnionVariantRenamed,
    /// The union's discriminator (its property or mapping) changed.
    DiscriminatorChanged,
    /// An operation, parameter, type or field became deprecated.
    Deprecated,
    /// An operation, parameter, type or field is no longer deprecated.
    Undeprecated,
    /// Documentation only: a description or summary changed.
    DescriptionChanged,
    /// A model is compiled by fewer API features (or no longer in every build): a build with
    /// only the features it lost no longer has it.
    FeatureGateNarrowed,
    /// A model is compiled by more API features.
    FeatureGateWidened,
}

impl Kind {
    /// The kebab-case name (`operation-added`).
    pub fn as_str(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// Which of the two documents a pointer points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The document before the change (the pinned one).
    Old,
    /// The document after the change.
    New,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// Users of the generated crate may have to change their code.
    pub breaking: bool,
    /// The semver level of the release this change needs.
    pub level: Level,
    /// Where, as a JSON pointer in URI fragment form (`#/paths/~1a/get`).
    pub pointer: String,
    /// The document the pointer is in: the new one, except for what was removed.
    pub document: Side,
    /// The operationId concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The Rust name of the model concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The Rust item it touches (`CustomersApi::get_customers`, `models::Event::id`).
    pub rust: String,
    /// One sentence for people: what changed and what it does to the Rust API.
    pub message: String,
}

/// The change report of two documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The highest level of any change.
    pub semver: Level,
    /// Breaking first, then by level, then by place.
    pub changes: Vec<Change>,
}

impl Report {
    /// Whether any change breaks users of the generated crate.
    pub fn breaking(&self) -> bool {
        self.changes.iter().any(|c| c.breaking)
    }

    /// How many changes there are of `level`.
    pub fn count(&self, level: Level) -> usize {
        self.changes.iter().filter(|c| c.level == level).count()
    }

    /// The report as plain text (what `togai-codegen diff` prints).
    pub fn to_text(&self) -> String {
        render::text(self)
    }

    /// The report as Markdown (a changelog entry's body).
    pub fn to_markdown(&self) -> String {
        render::markdown(self, usize::MAX)
    }

    /// Markdown in which documentation-only changes are counted rather than
    /// listed once there are more than `max_patch` of them.
    pub fn to_markdown_brief(&self, max_patch: usize) -> String {
        render::markdown(self, max_patch)
    }

    /// The report as JSON: `{"semver": ..., "changes": [...]}`.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Compares the documents at `old` and `new`.
pub fn compare_files(old: &Path, new: &Path) -> Result<Report> {
    let (old, new) = std::thread::scope(|scope| {
        let old = scope.spawn(|| crate::model(old));
        let new = crate::model(new);
        (
            old.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            new,
        )
    });
    Ok(compare(&old?, &new?))
}

/// Compares two models.
pub fn compare(old: &Model, new: &Model) -> Report {
    let cx = Cx { old, new };
    let mut out = Changes::default();
    document(&cx, &mut out);
    types::compare(&cx, &mut out);
    features::compare(&cx, &mut out);
    operations::compare(&cx, &mut out);
    let mut changes = out.0;
    changes.sort_by(|a, b| {
        (b.level.cmp(&a.level))
            .then_with(|| a.pointer.cmp(&b.pointer))
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.message.cmp(&b.message))
    });
    changes.dedup();
    Report {
        semver: changes.iter().map(|c| c.level).max().unwrap_or(Level::None),
        changes,
    }
}

/// The version that follows `version` for a change of `level`, as Cargo
/// reads versions: from 1.0.0 on, `major`, `minor` and `patch` bump their
/// part; below it, a breaking change bumps the minor and anything else the
/// patch. `none` keeps the version. A pre-release or build suffix is dropped.
pub fn bump_version(version: &str, level: Level) -> Result<String> {
    let bad = || Error::Settings {
        message: format!("crate version `{version}` is not semver (expected MAJOR.MINOR.PATCH)"),
    };
    let core = version.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<u64> = core
        .split('.')
        .map(|p| p.parse::<u64>().map_err(|_| bad()))
        .collect::<Result<_>>()?;
    let [major, minor, patch] = parts[..] else {
        return Err(bad());
    };
    if level == Level::None {
        return Ok(version.to_string());
    }
    let (major, minor, patch) = match (major, level) {
        (0, Level::Major) => (0, minor + 1, 0),
        (0, _) => (0, minor, patch + 1),
        (_, Level::Major) => (major + 1, 0, 0),
        (_, Level::Minor) => (major, minor + 1, 0),
        (_, _) => (major, minor, patch + 1),
    };
    Ok(format!("{major}.{minor}.{patch}"))
}

/// The two models.
struct Cx<'m> {
    old: &'m Model,
    new: &'m Model,
}

/// Changes as they are found.
#[derive(Default)]
struct Changes(Vec<Change>);

/// What a change concerns, for [`Changes::push`].
#[derive(Clone)]
struct At {
    pointer: String,
    document: Side,
    operation: Option<String>,
    schema: Option<String>,
    rust: String,
}

impl At {
    fn new(pointer: impl Into<String>, document: Side, rust: impl Into<String>) -> At {
        At {
            pointer: pointer.into(),
            document,
            operation: None,
            schema: None,
            rust: rust.into(),
        }
    }
}

impl Changes {
    /// Records a change; `level` is that of the release it needs
    /// (`Major` means breaking).
    fn push(&mut self, kind: Kind, level: Level, at: &At, message: impl Into<String>) {
        self.0.push(Change {
            kind,
            breaking: level == Level::Major,
            level,
            pointer: at.pointer.clone(),
            document: at.document,
            operation: at.operation.clone(),
            schema: at.schema.clone(),
            rust: at.rust.clone(),
            message: message.into(),
        });
    }

    /// A description (summary, doc text) that changed: patch level.
    fn text(&mut self, at: &At, what: &str, old: Option<&str>, new: Option<&str>) {
        let norm = |s: Option<&str>| s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
        if norm(old) != norm(new) {
            self.push(
                Kind::DescriptionChanged,
                Level::Patch,
                at,
                format!("{what} changed"),
            );
        }
    }

    /// `#[deprecated]` added or removed: minor (a warning, not an error).
    fn deprecation(&mut self, at: &At, what: &str, old: bool, new: bool) {
        match (old, new) {
            (false, true) => self.push(
                Kind::Deprecated,
                Level::Minor,
                at,
                format!("{what} is now deprecated"),
            ),
            (true, false) => self.push(
                Kind::Undeprecated,
                Level::Minor,
                at,
                format!("{what} is no longer deprecated"),
            ),
            _ => {}
        }
    }
}

/// The document's title, version and servers.
fn document(cx: &Cx<'_>, out: &mut Changes) {
    let at = At::new("#/info", Side::New, "Cargo.toml [package.metadata.openapi]");
    if cx.old.title != cx.new.title || cx.old.doc_version != cx.new.doc_version {
        out.push(
            Kind::DocumentChanged,
            Level::Patch,
            &at,
            format!(
                "document `{}` {} is now `{}` {}",
                cx.old.title, cx.old.doc_version, cx.new.title, cx.new.doc_version
            ),
        );
    }
    out.text(
        &At::new("#/info/description", Side::New, "README.md"),
        "the document's description",
        cx.old.description.as_deref(),
        cx.new.description.as_deref(),
    );
    for (i, s) in cx.old.servers.iter().enumerate() {
        let rust = format!("servers::{}", s.const_name);
        match cx
            .new
            .servers
            .iter()
            .position(|n| n.const_name == s.const_name)
        {
            None => out.push(
                Kind::ServerRemoved,
                Level::Major,
                &At::new(format!("#/servers/{i}"), Side::Old, rust),
                format!("server constant `{}` ({}) removed", s.const_name, s.url),
            ),
            Some(j) if cx.new.servers[j].url != s.url || (i == 0) != (j == 0) => out.push(
                Kind::ServerChanged,
                Level::Minor,
                &At::new(format!("#/servers/{j}"), Side::New, rust),
                format!(
                    "server `{}` is now {}{}",
                    s.const_name,
                    cx.new.servers[j].url,
                    if j == 0 {
                        " (the default base URL)"
                    } else {
                        ""
                    }
                ),
            ),
            Some(_) => {}
        }
    }
    for (j, s) in cx.new.servers.iter().enumerate() {
        if !cx.old.servers.iter().any(|o| o.const_name == s.const_name) {
            out.push(
                Kind::ServerAdded,
                Level::Minor,
                &At::new(
                    format!("#/servers/{j}"),
                    Side::New,
                    format!("servers::{}", s.const_name),
                ),
                format!("server constant `{}` ({}) added", s.const_name, s.url),
            );
        }
    }
}

/// A type reference as users see it: model names, aliases expanded (bounded,
/// so alias cycles cannot hang).
fn canon(model: &Model, ty: &Ty) -> String {
    fn go(model: &Model, ty: &Ty, depth: usize) -> String {
        match ty {
            Ty::Named(id) => match &model.types[*id].kind {
                TypeKind::Alias(inner) if depth < 64 => go(model, inner, depth + 1),
                _ => model.types[*id].name.clone(),
            },
            Ty::Vec(t) => format!("Vec<{}>", go(model, t, depth + 1)),
            Ty::Map(t) => format!("BTreeMap<String, {}>", go(model, t, depth + 1)),
            Ty::Date => "NaiveDate".into(),
            Ty::DateTime => "DateTime<Utc>".into(),
            Ty::Json => "Value".into(),
            Ty::Bytes => "Bytes".into(),
            std => std.std_name().expect("the other types need no path").into(),
        }
    }
    go(model, ty, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_bump_as_cargo_reads_them() {
        let cases = [
            ("0.1.0", Level::Major, "0.2.0"),
            ("0.1.3", Level::Minor, "0.1.4"),
            ("0.1.3", Level::Patch, "0.1.4"),
            ("0.1.3", Level::None, "0.1.3"),
            ("1.2.3", Level::Major, "2.0.0"),
            ("1.2.3", Level::Minor, "1.3.0"),
            ("1.2.3", Level::Patch, "1.2.4"),
            ("1.2.3-rc.1", Level::Patch, "1.2.4"),
        ];
        for (from, level, to) in cases {
            assert_eq!(bump_version(from, level).unwrap(), to, "{from} {level}");
        }
        assert!(bump_version("1.2", Level::Minor).is_err());
        assert!(bump_version("a.b.c", Level::Minor).is_err());
    }

    #[test]
    fn kinds_are_kebab_case() {
        assert_eq!(Kind::OperationAdded.as_str(), "operation-added");
        assert_eq!(Kind::EnumValueRemoved.as_str(), "enum-value-removed");
    }
}
