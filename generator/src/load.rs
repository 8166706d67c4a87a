//! Loading: bytes on disk to an `openapiv3::OpenAPI`.
//!
//! serde_yaml is used only here and by the fast path's differential tests
//! (`generator/tests/yaml`), which compare against it: swapping it for a
//! maintained fork touches this module and those tests. Documents in the usual
//! subset of YAML take a fast path (`yaml.rs`) that gives the same values as
//! serde_yaml.
//!
//! `parse.rs` turns text into values; `bundle.rs` brings the files a
//! document's `$ref`s reach into it (and reads them with `parse.rs`);
//! `openapi31.rs` brings 3.1 to 3.0's form. This module calls them in turn.

mod bundle;
mod openapi31;
mod parse;
pub mod yaml;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostics::{Diagnostics, Error, Pointer, Result, Warning};
use crate::hash::sha256_hex;

pub use parse::parse_value;

/// A parsed document and where it came from.
pub struct Document {
    /// The file it was read from (used in every error message).
    pub path: PathBuf,
    /// The typed document.
    pub api: openapiv3::OpenAPI,
    /// The sha256 of the file's bytes (of the text, of the JSON of a parsed
    /// document), hex.
    pub sha256: String,
    /// The file and every file its `$ref`s reach (only the latter for a
    /// document given in memory).
    pub inputs: Vec<PathBuf>,
    /// What reading it worked around (the 3.1 forms without a 3.0 one), sorted.
    pub warnings: Vec<Warning>,
}

/// The OpenAPI versions the generator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V30,
    /// Brought to 3.0 while loading (`openapi31.rs`).
    V31,
}

/// Reads and parses `path` (YAML or JSON, decided by content).
pub fn load(path: &Path) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Error::doc(
            path,
            &Pointer::root(),
            format!("the file is not UTF-8: {e}"),
        )
    })?;
    let value = parse_value(path, text)?;
    let mut doc = from_parsed(path, value, sha256_hex(&bytes))?;
    doc.inputs.insert(0, path.to_path_buf());
    Ok(doc)
}

/// Parses a document given as text; `name` stands for it in messages, and its
/// directory is where relative `$ref`s to other files are read from.
pub fn load_text(name: &Path, text: &str) -> Result<Document> {
    let value = parse_value(name, text)?;
    from_parsed(name, value, sha256_hex(text.as_bytes()))
}

/// A document already parsed by `openapiv3` (so OpenAPI 3.0), read like a
/// file would be: its `$ref`s to other files are read relative to the
/// current directory, and `name` stands for it in messages. The sha256 is
/// that of its JSON serialisation.
pub fn load_parsed(name: &Path, api: &openapiv3::OpenAPI) -> Result<Document> {
    let value = serde_json::to_value(api).map_err(|e| {
        Error::doc(
            name,
            &Pointer::root(),
            format!("the document does not serialise: {e}"),
        )
    })?;
    let sha256 = sha256_hex(value.to_string().as_bytes());
    from_parsed(name, value, sha256)
}

/// The stages after parsing: the version check, 3.1's conversion, bundling,
/// the typed read. `inputs` holds the other files `$ref`s reach.
fn from_parsed(path: &Path, value: Value, sha256: String) -> Result<Document> {
    // Before bundling, so that a document of another version is refused as
    // such rather than for what its references reach.
    let version = check_version(path, &value)?;
    let mut diag = Diagnostics::default();
    let mut value = value;
    if version == Version::V31 {
        openapi31::prepare(path, &mut value, &mut diag)?;
    }
    let (mut value, inputs) = bundle::bundle(path, value)?;
    if version == Version::V31 {
        openapi31::convert(&mut value, &mut diag)?;
    }
    let api = read_typed(path, value, version)?;
    Ok(Document {
        path: path.to_path_buf(),
        api,
        sha256,
        inputs,
        warnings: diag.into_sorted(),
    })
}

/// Checks the version and converts to the typed model, naming the failing
/// pointer: what [`load`] does after parsing, for unit tests' documents
/// (which have no references to other files).
#[cfg(test)]
pub fn from_value(path: &Path, value: Value) -> Result<openapiv3::OpenAPI> {
    from_value_with_warnings(path, value).map(|(api, _)| api)
}

/// [`from_value`], with the warnings of loading.
#[cfg(test)]
pub fn from_value_with_warnings(
    path: &Path,
    mut value: Value,
) -> Result<(openapiv3::OpenAPI, Vec<Warning>)> {
    let version = check_version(path, &value)?;
    let mut diag = Diagnostics::default();
    if version == Version::V31 {
        openapi31::prepare(path, &mut value, &mut diag)?;
        openapi31::convert(&mut value, &mut diag)?;
    }
    Ok((read_typed(path, value, version)?, diag.into_sorted()))
}

/// Converts a document whose version is checked to the typed model.
fn read_typed(path: &Path, mut value: Value, version: Version) -> Result<openapiv3::OpenAPI> {
    // Plain serde first (a fifth faster on Togai); the path is tracked only
    // to explain a failure.
    if let Some(api) = read_on_two_cores(&mut value) {
        return Ok(api);
    }
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let pointer = e
            .path()
            .iter()
            .fold(Pointer::root(), |p, seg| p.push(segment_text(seg)));
        let pointer = refine(&value, pointer);
        let what = match version {
            Version::V30 => "not a valid OpenAPI 3.0 document",
            Version::V31 => "not a valid OpenAPI 3.1 document (read in its OpenAPI 3.0 form)",
        };
        Error::doc(path, &pointer, format!("{what}: {}", e.inner()))
    })
}

/// Reads the document with plain serde, `paths` on another core than the
/// rest (mostly `components`): they are the bulk of a document, and
/// independent. `None` when it fails; `value` is then as it was.
fn read_on_two_cores(value: &mut Value) -> Option<openapiv3::OpenAPI> {
    use serde::Deserialize;
    let slot = value.get_mut("paths")?;
    let paths = std::mem::replace(slot, Value::Object(serde_json::Map::new()));
    let (api, read_paths) = std::thread::scope(|scope| {
        let read_paths = scope.spawn(|| openapiv3::Paths::deserialize(&paths));
        let api = openapiv3::OpenAPI::deserialize(&*value);
        let read_paths = read_paths
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (api, read_paths)
    });
    if let Some(slot) = value.get_mut("paths") {
        *slot = paths;
    }
    let mut api = api.ok()?;
    api.paths = read_paths.ok()?;
    Some(api)
}

/// serde loses the path inside a schema (its fields are flattened): when the
/// error points at a schema, this finds the property or keyword that fails.
fn refine(root: &Value, pointer: Pointer) -> Pointer {
    let in_schema = pointer.tokens().any(|t| t == "schema" || t == "schemas");
    match root.pointer(pointer.as_str()) {
        Some(v) if in_schema => failing_schema(v, &pointer).unwrap_or(pointer),
        _ => pointer,
    }
}

/// Where `v` (at `at`) fails to read as a schema; `None` when it does not fail.
fn failing_schema(v: &Value, at: &Pointer) -> Option<Pointer> {
    use serde::Deserialize;
    type SchemaOrRef = openapiv3::ReferenceOr<openapiv3::Schema>;
    if SchemaOrRef::deserialize(v).is_ok() {
        return None;
    }
    let Some(obj) = v.as_object() else {
        return Some(at.clone());
    };
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = obj.get(key).filter(|c| c.is_object()) {
            if let Some(p) = failing_schema(child, &at.push(key)) {
                return Some(p);
            }
        }
    }
    for key in ["properties", "allOf", "oneOf", "anyOf"] {
        let children: Vec<(String, &Value)> = match obj.get(key) {
            Some(Value::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v)).collect(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => continue,
        };
        for (k, child) in children {
            if let Some(p) = failing_schema(child, &at.push(key).push(k)) {
                return Some(p);
            }
        }
    }
    // The schema's own keyword: the one whose removal makes it readable.
    for key in obj.keys() {
        let mut without = obj.clone();
        without.remove(key);
        if SchemaOrRef::deserialize(&Value::Object(without)).is_ok() {
            return Some(at.push(key));
        }
    }
    Some(at.clone())
}

fn segment_text(seg: &serde_path_to_error::Segment) -> String {
    use serde_path_to_error::Segment;
    match seg {
        Segment::Seq { index } => index.to_string(),
        Segment::Map { key } => key.clone(),
        Segment::Enum { variant } => variant.clone(),
        Segment::Unknown => "?".to_string(),
    }
}

fn check_version(path: &Path, value: &Value) -> Result<Version> {
    let root = Pointer::root();
    if let Some(v) = value.get("swagger") {
        return Err(Error::doc(
            path,
            &root.push("swagger"),
            format!(
                "this is a Swagger {} document; only OpenAPI 3.0.x and 3.1.x are supported. Convert \
                 it first (for example with swagger2openapi) and generate from the result",
                v.as_str().unwrap_or("2.0")
            ),
        ));
    }
    let minor = |v: &str, m: &str| v == m || v.starts_with(&format!("{m}."));
    match value.get("openapi").and_then(Value::as_str) {
        Some(v) if minor(v, "3.0") => Ok(Version::V30),
        Some(v) if minor(v, "3.1") => Ok(Version::V31),
        Some(v) => Err(Error::doc(
            path,
            &root.push("openapi"),
            format!("OpenAPI {v} is not supported: this generator reads OpenAPI 3.0.x and 3.1.x"),
        )),
        None => Err(Error::doc(
            path,
            &root,
            "not an OpenAPI document: there is no `openapi` version field",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(yaml: &str) -> String {
        let path = Path::new("t.yaml");
        let value = parse_value(path, yaml).unwrap();
        from_value(path, value).unwrap_err().to_string()
    }

    #[test]
    fn flow_style_yaml_is_yaml_and_broken_json_is_reported_as_json() {
        let path = Path::new("t.yaml");
        let flow = "{openapi: 3.0.0, info: {title: t, version: '1'}, paths: {}}";
        let value = parse_value(path, flow).unwrap();
        assert_eq!(value["info"]["title"], "t");
        assert_eq!(value["openapi"], "3.0.0");
        let e = parse_value(path, "{\"openapi\": \"3.0.0\",, }")
            .unwrap_err()
            .to_string();
        assert!(e.contains("invalid JSON at line 1, column 21"), "{e}");
    }

    #[test]
    fn a_bad_keyword_inside_a_schema_is_pointed_at() {
        let e = refused(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
             P:\n      type: object\n      properties:\n        at: {type: string, pattern: 0}\n",
        );
        assert!(
            e.contains("at #/components/schemas/P/properties/at/pattern: ")
                && e.contains("invalid type: integer `0`, expected a string"),
            "{e}"
        );
    }
}
