//! Bundling: `$ref`s to other local files are brought into the root document,
//! so everything after loading sees only references of the form
//! `#/components/<kind>/<name>`.
//!
//! A referenced component (`other.yaml#/components/schemas/Pet`, or a schema
//! that is a whole file or a fragment of one) is imported under
//! `#/components/<kind>/<name>` and the reference rewritten; the kind comes
//! from where the reference stands. Anything else is inlined. References to
//! other places of the root document itself (`#/paths/~1a/get/responses/200`,
//! `#/components/schemas/A/properties/b`) are JSON pointers like any other and
//! are imported the same way. A `$ref` inside data (`example`, `default`, `x-*`...) is data:
//! it is neither followed nor rewritten (see `refs.rs`).
//!
//! A submodule of `load`, which calls [`bundle`]; it reads other files with
//! `load/parse.rs` and imports nothing else from `load`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::diagnostics::{Error, Pointer, Result};
use crate::naming;
use crate::refs::{self, Role};

/// Brings every external `$ref` of `root` (read from `path`) into it, and
/// lists the files it read, sorted.
pub fn bundle(path: &Path, mut root: Value) -> Result<(Value, Vec<PathBuf>)> {
    let root_file = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let taken = component_names(&root);
    let mut b = Bundler {
        files: HashMap::new(),
        imported: HashMap::new(),
        components: Vec::new(),
        inlining: Vec::new(),
        root_file: root_file.clone(),
        taken,
    };
    if has_local_pointer_refs(&root) {
        // Targets are read from the document as written, not as being rewritten.
        b.files.insert(root_file.clone(), root.clone());
    }
    let base = path.to_path_buf();
    b.walk(&base, &mut root, Role::ROOT, &mut Vec::new(), true)?;
    let mut files: Vec<PathBuf> = b
        .files
        .keys()
        .filter(|f| **f != root_file)
        .cloned()
        .collect();
    files.sort();
    if !b.components.is_empty() {
        let Some(obj) = root.as_object_mut() else {
            return Ok((root, files));
        };
        let components = obj
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()));
        let Some(components) = components.as_object_mut() else {
            return Err(Error::doc(
                path,
                &Pointer::root().push("components"),
                "`components` is not an object",
            ));
        };
        for (kind, name, value) in b.components {
            let map = components
                .entry(kind)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Some(map) = map.as_object_mut() {
                map.insert(name, value);
            }
        }
    }
    Ok((root, files))
}

struct Bundler {
    /// Parsed external files by path.
    files: HashMap<PathBuf, Value>,
    /// (file, fragment) already imported, and the local ref that names it.
    imported: HashMap<(PathBuf, String), String>,
    /// (kind, name, value) to add to the root's components.
    components: Vec<(String, String, Value)>,
    /// External refs being inlined, to refuse cycles.
    inlining: Vec<(PathBuf, String)>,
    /// The root document, canonical.
    root_file: PathBuf,
    /// (kind, name) of the root document's own components and of the
    /// imports so far (claimed before their content is walked).
    taken: HashSet<(String, String)>,
}

impl Bundler {
    /// Rewrites the refs under `value` (of `role`), which is read from `file`; `at` is
    /// where `value` stands in the root document. `in_root` is false inside imported
    /// content, where local refs point into that content's own file.
    fn walk(
        &mut self,
        file: &Path,
        value: &mut Value,
        role: Role,
        at: &mut Vec<String>,
        in_root: bool,
    ) -> Result<()> {
        match value {
            Value::Object(map) => {
                let reference = match map.get("$ref") {
                    Some(Value::String(r)) if role.has_refs() => Some(r),
                    _ => None,
                };
                if let Some(reference) = reference {
                    let reference = reference.clone();
                    // A component of the root document is what every later stage reads.
                    let in_root_file = in_root || self.is_root(file);
                    let local_component = reference
                        .strip_prefix('#')
                        .is_some_and(|f| plain_component(&percent_decode(f)));
                    if !(in_root_file && local_component) {
                        *value = self.external(file, &reference, role, at)?;
                        return Ok(());
                    }
                    if reference.contains('%') {
                        map.insert("$ref".into(), Value::String(percent_decode(&reference)));
                    }
                }
                for (k, v) in map.iter_mut() {
                    let child = role.child(k, v);
                    if child == Role::Data {
                        continue;
                    }
                    at.push(k.clone());
                    self.walk(file, v, child, at, in_root)?;
                    at.pop();
                }
            }
            Value::Array(items) if role != Role::Data => {
                for (i, v) in items.iter_mut().enumerate() {
                    at.push(i.to_string());
                    self.walk(file, v, role.item(), at, in_root)?;
                    at.pop();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The replacement for a `$ref` to another file (or, inside imported
    /// content, to its own file), standing in an object of `role`.
    fn external(
        &mut self,
        from: &Path,
        reference: &str,
        role: Role,
        at: &mut Vec<String>,
    ) -> Result<Value> {
        let here = at.iter().fold(Pointer::root(), |p, t| p.push(t));
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if file_part.is_empty() {
            from.to_path_buf()
        } else {
            from.parent().unwrap_or(Path::new(".")).join(file_part)
        };
        // One file reached by two relative paths is one file.
        let target_file = std::fs::canonicalize(&target_file).unwrap_or(target_file);
        let fragment = percent_decode(fragment);
        let fragment = fragment.as_str();
        if target_file == self.root_file && plain_component(fragment) {
            // Another file naming one of the root's components.
            return Ok(ref_value(&format!("#{fragment}")));
        }
        let key = (target_file.clone(), fragment.to_string());
        if let Some(local) = self.imported.get(&key) {
            return Ok(ref_value(local));
        }
        let target = self.target(&target_file, fragment, from, &here, reference)?;
        match component_kind(at) {
            Some(kind) => {
                let base = if target_file == self.root_file {
                    naming::bundled_pointer_name(fragment)
                } else {
                    naming::bundled_import_name(&target_file, fragment)
                };
                let name = self.unique_name(kind, &base);
                let local = format!(
                    "#/components/{kind}/{}",
                    name.replace('~', "~0").replace('/', "~1")
                );
                self.imported.insert(key, local.clone());
                let mut content = target;
                let mut inner = vec!["components".to_string(), kind.to_string(), name.clone()];
                self.walk(&target_file, &mut content, Role::Object, &mut inner, false)?;
                self.components.push((kind.to_string(), name, content));
                Ok(ref_value(&local))
            }
            None => {
                if self.inlining.contains(&key) {
                    return Err(Error::doc(
                        from,
                        &here,
                        format!("$ref cycle through `{reference}`"),
                    ));
                }
                self.inlining.push(key);
                let mut content = target;
                self.walk(&target_file, &mut content, role, at, false)?;
                self.inlining.pop();
                Ok(content)
            }
        }
    }

    fn target(
        &mut self,
        file: &Path,
        fragment: &str,
        from: &Path,
        here: &Pointer,
        reference: &str,
    ) -> Result<Value> {
        if !self.files.contains_key(file) {
            let text = std::fs::read_to_string(file).map_err(|e| {
                Error::doc(
                    from,
                    here,
                    format!(
                        "cannot read `{}` for $ref `{reference}`: {e}",
                        file.display()
                    ),
                )
            })?;
            let value = super::parse::parse_value(file, &text)?;
            self.files.insert(file.to_path_buf(), value);
        }
        let doc = &self.files[file];
        let found = if fragment.is_empty() {
            Some(doc)
        } else {
            doc.pointer(fragment)
        };
        found.cloned().ok_or_else(|| {
            Error::doc(
                from,
                here,
                format!("unresolvable $ref `{reference}`: no such location"),
            )
        })
    }

    /// Imported content is walked with its canonical file name.
    fn is_root(&self, file: &Path) -> bool {
        file == self.root_file
    }

    fn unique_name(&mut self, kind: &str, base: &str) -> String {
        let name = naming::bundled_unique_name(base, |n| {
            self.taken.contains(&(kind.to_string(), n.to_string()))
        });
        self.taken.insert((kind.to_string(), name.clone()));
        name
    }
}

fn ref_value(local: &str) -> Value {
    let mut map = Map::new();
    map.insert("$ref".into(), Value::String(local.into()));
    Value::Object(map)
}

/// Component kinds that later stages follow by name; a `$ref` to anything
/// else of the root document is imported or inlined like an external one.
const NAMED_KINDS: &[&str] = &[
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "securitySchemes",
    "links",
];

/// Whether a (decoded) fragment is `/components/<kind>/<name>` of a kind
/// that is followed by name.
fn plain_component(fragment: &str) -> bool {
    let mut tokens = fragment.split('/');
    matches!(
        (tokens.next(), tokens.next(), tokens.next(), tokens.next(), tokens.next()),
        (Some(""), Some("components"), Some(kind), Some(name), None)
            if NAMED_KINDS.contains(&kind) && !name.is_empty()
    )
}

/// Whether the document has a `$ref` to a location of its own other than a
/// named component (a `$ref` in data does not count).
fn has_local_pointer_refs(root: &Value) -> bool {
    let mut found = false;
    refs::for_each_ref(root, Role::ROOT, &mut |r| {
        found |= r
            .strip_prefix('#')
            .is_some_and(|fragment| !plain_component(&percent_decode(fragment)));
    });
    found
}

/// (kind, name) of every component of the document.
fn component_names(root: &Value) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    if let Some(components) = root.get("components").and_then(Value::as_object) {
        for (kind, map) in components {
            if let Some(map) = map.as_object() {
                for name in map.keys() {
                    out.insert((kind.clone(), name.clone()));
                }
            }
        }
    }
    out
}

/// A URI fragment with its `%XX` escapes decoded (`%7Bid%7D` is `{id}`).
pub(super) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Which component a `$ref` standing at `at` names, judged by its position.
fn component_kind(at: &[String]) -> Option<&'static str> {
    let last = at.last().map(String::as_str)?;
    let parent = at.len().checked_sub(2).map(|i| at[i].as_str());
    let grandparent = at.len().checked_sub(3).map(|i| at[i].as_str());
    match (grandparent, parent, last) {
        (Some("components"), Some(kind), _) => match kind {
            "schemas" => Some("schemas"),
            "parameters" => Some("parameters"),
            "responses" => Some("responses"),
            "requestBodies" => Some("requestBodies"),
            "headers" => Some("headers"),
            "examples" => Some("examples"),
            _ => None,
        },
        (_, _, "schema" | "items" | "additionalProperties" | "not") => Some("schemas"),
        (_, Some("properties" | "allOf" | "oneOf" | "anyOf"), _) => Some("schemas"),
        (_, Some("parameters"), _) => Some("parameters"),
        (_, _, "requestBody") => Some("requestBodies"),
        (_, Some("responses"), _) => Some("responses"),
        (_, Some("headers"), _) => Some("headers"),
        (_, Some("examples"), _) => Some("examples"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_position() {
        let at = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            component_kind(&at("components/schemas/Pet")),
            Some("schemas")
        );
        assert_eq!(
            component_kind(&at("paths/~1a/get/parameters/0")),
            Some("parameters")
        );
        assert_eq!(
            component_kind(&at("components/schemas/Pet/properties/owner")),
            Some("schemas")
        );
        assert_eq!(
            component_kind(&at(
                "paths/~1a/get/responses/200/content/application~1json/schema"
            )),
            Some("schemas")
        );
        assert_eq!(
            component_kind(&at("paths/~1a/get/responses/200")),
            Some("responses")
        );
        assert_eq!(component_kind(&at("paths/~1a")), None);
    }

    #[test]
    fn refs_in_data_are_kept_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("main.yaml");
        std::fs::write(
            &main,
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-tool: {$ref: 'tool.yaml'}\n\
             paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: d\n\
             \x20         content:\n            application/json:\n              schema: {$ref: 'other.yaml'}\n\
             components:\n  examples:\n    e:\n      value: [{x: {$ref: 'gone.yaml'}}, {$ref: '#/nowhere'}]\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("other.yaml"),
            "type: object\ndefault: {$ref: 'gone.yaml#/A'}\nproperties:\n  \
             example: {$ref: 'named.yaml'}\n  b: {type: string, example: {$ref: '#/Nowhere'}}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("named.yaml"), "type: integer\n").unwrap();
        let root =
            super::super::parse::parse_value(&main, &std::fs::read_to_string(&main).unwrap())
                .unwrap();
        let (bundled, files) = bundle(&main, root).unwrap();
        let at = |p: &str| {
            bundled
                .pointer(p)
                .cloned()
                .unwrap_or_else(|| panic!("no {p}"))
        };
        let r = |s: &str| serde_json::json!({"$ref": s});
        assert_eq!(at("/x-tool"), r("tool.yaml"));
        assert_eq!(at("/components/examples/e/value/0/x"), r("gone.yaml"));
        assert_eq!(at("/components/examples/e/value/1"), r("#/nowhere"));
        assert_eq!(at("/components/schemas/other/default"), r("gone.yaml#/A"));
        assert_eq!(
            at("/components/schemas/other/properties/b/example"),
            r("#/Nowhere")
        );
        // A property named `example` is a schema, imported like any other.
        assert_eq!(
            at("/components/schemas/other/properties/example"),
            r("#/components/schemas/named")
        );
        let names: Vec<_> = files.iter().filter_map(|f| f.file_name()).collect();
        assert_eq!(names, ["named.yaml", "other.yaml"]);
    }

    #[test]
    fn plain_components_and_pointers() {
        assert!(plain_component("/components/schemas/Pet"));
        assert!(!plain_component("/components/schemas/Pet/properties/id"));
        assert!(!plain_component("/components/callbacks/onEvent"));
        assert!(!plain_component("/paths/~1a/get"));
        assert_eq!(percent_decode("/paths/~1a~1%7Bid%7D"), "/paths/~1a~1{id}");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
