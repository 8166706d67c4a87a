//! Bundling: `$ref`s to other local files are brought into the root document,
//! so everything after loading sees only local (`#/…`) references.
//!
//! A referenced component (`other.yaml#/components/schemas/Pet`, or a schema
//! that is a whole file or a fragment of one) is imported under
//! `#/components/<kind>/<name>` and the reference rewritten; the kind comes
//! from where the reference stands. Anything else is inlined.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::diagnostics::{Error, Pointer, Result};

/// Brings every external `$ref` of `root` (read from `path`) into it, and
/// lists the files it read, sorted.
pub fn bundle(path: &Path, mut root: Value) -> Result<(Value, Vec<PathBuf>)> {
    let mut b = Bundler {
        files: HashMap::new(),
        imported: HashMap::new(),
        components: Vec::new(),
        inlining: Vec::new(),
    };
    let base = path.to_path_buf();
    b.walk(&base, &mut root, &mut Vec::new(), true)?;
    let mut files: Vec<PathBuf> = b.files.keys().cloned().collect();
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
}

impl Bundler {
    /// Rewrites the refs under `value`, which is read from `file`; `at` is where
    /// `value` stands in the root document. `in_root` is false inside imported
    /// content, where local refs point into that content's own file.
    fn walk(
        &mut self,
        file: &Path,
        value: &mut Value,
        at: &mut Vec<String>,
        in_root: bool,
    ) -> Result<()> {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let reference = reference.clone();
                    if !(in_root && reference.starts_with('#')) {
                        *value = self.external(file, &reference, at)?;
                        return Ok(());
                    }
                }
                for (k, v) in map.iter_mut() {
                    at.push(k.clone());
                    self.walk(file, v, at, in_root)?;
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter_mut().enumerate() {
                    at.push(i.to_string());
                    self.walk(file, v, at, in_root)?;
                    at.pop();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The replacement for a `$ref` to another file (or, inside imported
    /// content, to its own file).
    fn external(&mut self, from: &Path, reference: &str, at: &mut Vec<String>) -> Result<Value> {
        let here = at.iter().fold(Pointer::root(), |p, t| p.push(t));
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if file_part.is_empty() {
            from.to_path_buf()
        } else {
            from.parent().unwrap_or(Path::new(".")).join(file_part)
        };
        // One file reached by two relative paths is one file.
        let target_file = std::fs::canonicalize(&target_file).unwrap_or(target_file);
        let key = (target_file.clone(), fragment.to_string());
        if let Some(local) = self.imported.get(&key) {
            return Ok(ref_value(local));
        }
        let target = self.target(&target_file, fragment, from, &here, reference)?;
        match component_kind(at) {
            Some(kind) => {
                let name = self.unique_name(kind, &import_name(&target_file, fragment));
                let local = format!(
                    "#/components/{kind}/{}",
                    name.replace('~', "~0").replace('/', "~1")
                );
                self.imported.insert(key, local.clone());
                let mut content = target;
                let mut inner = vec!["components".to_string(), kind.to_string(), name.clone()];
                self.walk(&target_file, &mut content, &mut inner, false)?;
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
                self.walk(&target_file, &mut content, at, false)?;
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
            let value = crate::load::parse_value(file, &text)?;
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

    fn unique_name(&self, kind: &str, base: &str) -> String {
        let taken = |n: &str| {
            self.components
                .iter()
                .any(|(k, name, _)| k == kind && name == n)
        };
        let mut name = base.to_string();
        let mut i = 2;
        while taken(&name) {
            name = format!("{base}{i}");
            i += 1;
        }
        name
    }
}

fn ref_value(local: &str) -> Value {
    let mut map = Map::new();
    map.insert("$ref".into(), Value::String(local.into()));
    Value::Object(map)
}

/// The component name for an import: the fragment's last token, else the file stem.
fn import_name(file: &Path, fragment: &str) -> String {
    fragment
        .rsplit('/')
        .next()
        .filter(|t| !t.is_empty())
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .unwrap_or_else(|| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Imported".into())
        })
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
}
