//! OpenAPI 3.1 documents brought to the 3.0 form the rest of the pipeline
//! reads (`openapiv3`), as JSON values, in two steps around bundling:
//!
//! - [`prepare`], before bundling, on the root document: `$defs` become
//!   component schemas, `$ref`s to anchors become pointers, and a `$ref`'s
//!   sibling keywords are moved next to it (`allOf: [{$ref}]`), because
//!   bundling replaces a `$ref` object by what it names; `webhooks` go.
//! - [`convert`], after bundling, on everything the document now holds: JSON
//!   Schema 2020-12 keywords to their 3.0 forms (`type` arrays and `null`
//!   alternatives to `nullable`, `const`, `examples`, numeric exclusive
//!   bounds, `prefixItems`, `contentEncoding`...), and the 3.1 additions of the
//!   document itself (`info.summary`, `license.identifier`,
//!   `jsonSchemaDialect`, `components.pathItems`, `mutualTLS`, documents
//!   without `paths`, operations without `responses`).
//!
//! What has no 3.0 form is a warning with a safe fallback (usually a
//! free-form value) naming its JSON pointer; nothing here is specific to one
//! document. Pointers are those of the document as written, except inside
//! schemas that were rewritten (a collapsed `anyOf` loses its `/anyOf/0`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostics, Error, Pointer, Result};

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Keywords that describe a value without constraining its shape: they stay
/// on the outer schema when a `$ref` is wrapped or an `anyOf` collapsed.
fn is_annotation(key: &str) -> bool {
    matches!(
        key,
        "description"
            | "title"
            | "default"
            | "example"
            | "examples"
            | "readOnly"
            | "writeOnly"
            | "deprecated"
            | "nullable"
            | "externalDocs"
            | "xml"
            | "$comment"
    ) || key.starts_with("x-")
}

/// Keywords of JSON Schema that only identify or document a schema; 3.0 has
/// none of them and nothing after loading needs them.
const IDENTIFIERS: &[&str] = &[
    "$id",
    "$anchor",
    "$schema",
    "$comment",
    "$dynamicAnchor",
    "$vocabulary",
];

/// Subschema keywords of 2020-12 that only validate (conditions, what a
/// list contains, what keys look like...): 3.0 has no form for them, and a
/// client reads values without checking them.
const VALIDATION_ONLY: &[&str] = &[
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
    "contentSchema",
];

/// The JSON Schema dialects whose meaning the conversion assumes.
const KNOWN_DIALECTS: &[&str] = &[
    "https://spec.openapis.org/oas/3.1/dialect/base",
    "https://spec.openapis.org/oas/3.1/dialect/2024-11-10",
    "https://json-schema.org/draft/2020-12/schema",
];

// ---------------------------------------------------------------------------
// The walk over every schema of a document.

/// Calls `f` on every schema of the document that is not inside another
/// schema (component schemas, parameter, header and media type schemas), with
/// its pointer. `f` recurses into subschemas itself ([`each_subschema`]).
fn each_schema<F>(doc: &mut Value, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    let root = Pointer::root();
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (p, item) in paths.iter_mut() {
            path_item(item, &root.push("paths").push(p), f)?;
        }
    }
    if let Some(hooks) = doc.get_mut("webhooks").and_then(Value::as_object_mut) {
        for (p, item) in hooks.iter_mut() {
            path_item(item, &root.push("webhooks").push(p), f)?;
        }
    }
    let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    let at = root.push("components");
    for (kind, map) in components.iter_mut() {
        let Some(map) = map.as_object_mut() else {
            continue;
        };
        let at = at.push(kind);
        for (name, v) in map.iter_mut() {
            let at = at.push(name);
            match kind.as_str() {
                "schemas" => f(v, &at)?,
                "parameters" => parameter(v, &at, f)?,
                "requestBodies" => content_of(v, &at, f)?,
                "responses" => response(v, &at, f)?,
                "headers" => parameter(v, &at, f)?,
                "callbacks" => callback(v, &at, f)?,
                "pathItems" => path_item(v, &at, f)?,
                _ => {}
            }
        }
    }
    Ok(())
}

/// Whether `v` is a Reference Object (whose target is walked where it lives).
fn is_ref(v: &Value) -> bool {
    v.get("$ref").is_some()
}

fn path_item<F>(item: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    if is_ref(item) {
        return Ok(());
    }
    let Some(obj) = item.as_object_mut() else {
        return Ok(());
    };
    if let Some(params) = obj.get_mut("parameters").and_then(Value::as_array_mut) {
        for (i, p) in params.iter_mut().enumerate() {
            parameter(p, &at.push("parameters").push(i.to_string()), f)?;
        }
    }
    for method in METHODS {
        if let Some(op) = obj.get_mut(*method) {
            operation(op, &at.push(method), f)?;
        }
    }
    Ok(())
}

fn operation<F>(op: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    let Some(obj) = op.as_object_mut() else {
        return Ok(());
    };
    if let Some(params) = obj.get_mut("parameters").and_then(Value::as_array_mut) {
        for (i, p) in params.iter_mut().enumerate() {
            parameter(p, &at.push("parameters").push(i.to_string()), f)?;
        }
    }
    if let Some(body) = obj.get_mut("requestBody") {
        content_of(body, &at.push("requestBody"), f)?;
    }
    if let Some(responses) = obj.get_mut("responses").and_then(Value::as_object_mut) {
        for (status, r) in responses.iter_mut() {
            response(r, &at.push("responses").push(status), f)?;
        }
    }
    if let Some(callbacks) = obj.get_mut("callbacks").and_then(Value::as_object_mut) {
        for (name, c) in callbacks.iter_mut() {
            callback(c, &at.push("callbacks").push(name), f)?;
        }
    }
    Ok(())
}

fn callback<F>(c: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    if is_ref(c) {
        return Ok(());
    }
    if let Some(obj) = c.as_object_mut() {
        for (expression, item) in obj.iter_mut() {
            path_item(item, &at.push(expression), f)?;
        }
    }
    Ok(())
}

/// A parameter or a header: a schema or a content map.
fn parameter<F>(p: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    if is_ref(p) {
        return Ok(());
    }
    if let Some(schema) = p.get_mut("schema") {
        f(schema, &at.push("schema"))?;
    }
    content_of(p, at, f)
}

fn response<F>(r: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    if is_ref(r) {
        return Ok(());
    }
    if let Some(headers) = r.get_mut("headers").and_then(Value::as_object_mut) {
        for (name, h) in headers.iter_mut() {
            parameter(h, &at.push("headers").push(name), f)?;
        }
    }
    content_of(r, at, f)
}

/// The `content` map of a request body, response, parameter or header.
fn content_of<F>(holder: &mut Value, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    if is_ref(holder) {
        return Ok(());
    }
    let Some(content) = holder.get_mut("content").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (media_type, m) in content.iter_mut() {
        let at = at.push("content").push(media_type);
        if let Some(schema) = m.get_mut("schema") {
            f(schema, &at.push("schema"))?;
        }
        if let Some(encoding) = m.get_mut("encoding").and_then(Value::as_object_mut) {
            for (name, e) in encoding.iter_mut() {
                if let Some(headers) = e.get_mut("headers").and_then(Value::as_object_mut) {
                    for (h, header) in headers.iter_mut() {
                        let at = at.push("encoding").push(name).push("headers").push(h);
                        parameter(header, &at, f)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Keywords whose value is a map of schemas.
const SCHEMA_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];
/// Keywords whose value is a schema.
const SCHEMA_KEYS: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
    "contentSchema",
];
/// Keywords whose value is a list of schemas.
const SCHEMA_LISTS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];

/// Calls `f` on each direct subschema of the schema `obj` (at `at`).
fn each_subschema<F>(obj: &mut Map<String, Value>, at: &Pointer, f: &mut F) -> Result<()>
where
    F: FnMut(&mut Value, &Pointer) -> Result<()>,
{
    for (key, v) in obj.iter_mut() {
        let key = key.as_str();
        if SCHEMA_MAPS.contains(&key) {
            if let Some(map) = v.as_object_mut() {
                for (name, s) in map.iter_mut() {
                    f(s, &at.push(key).push(name))?;
                }
            }
        } else if SCHEMA_KEYS.contains(&key) {
            // `additionalProperties: true/false` is 3.0 already.
            if v.is_object() || (v.is_boolean() && key != "additionalProperties") {
                f(v, &at.push(key))?;
            }
        } else if SCHEMA_LISTS.contains(&key) {
            if let Some(list) = v.as_array_mut() {
                for (i, s) in list.iter_mut().enumerate() {
                    f(s, &at.push(key).push(i.to_string()))?;
                }
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Before bundling.

/// The root document's 3.1 forms that bundling would lose: `$defs` (whose
/// references bundling would import under made-up names), `$ref`s to
/// anchors, and the sibling keywords of `$ref`s. Also drops `webhooks`.
pub fn prepare(file: &Path, doc: &mut Value, diag: &mut Diagnostics) -> Result<()> {
    let Some(root) = doc.as_object_mut() else {
        return Ok(());
    };
    if let Some(hooks) = root.shift_remove("webhooks") {
        let n = hooks.as_object().map_or(0, Map::len);
        diag.warn(
            &Pointer::root().push("webhooks"),
            None,
            format!(
                "{n} webhook(s): requests the API sends, not operations a client calls; not \
                 generated (schemas they name under `components` are)"
            ),
        );
    }
    let hoisted = hoist_defs(doc)?;
    // Where wrapping moved keywords, so that pointers into them still point
    // at them, in the order the wraps were made (outer first).
    let mut wraps: Vec<Wrap> = Vec::new();
    each_schema(doc, &mut |s, at| {
        wrap_all(s, at, &mut wraps);
        Ok(())
    })?;
    let anchors = anchors(doc)?;
    let moves = Moves {
        hoisted,
        wraps,
        anchors,
    };
    let mut targets = Vec::new();
    each_schema(doc, &mut |s, at| {
        rewrite_refs(file, s, at, &moves, &mut targets)
    })?;
    // A reference to something that is not a schema is refused here, where
    // both are still where the document has them (bundling would import it
    // under another name first).
    for (at, fragment) in targets {
        if doc.pointer(&fragment).is_some_and(|t| !is_schema_like(t)) {
            return Err(Error::doc(
                file,
                &at,
                format!(
                    "`$ref` names `#{fragment}`, which is not a schema (its `type` is not a type \
                     name or a list of them)"
                ),
            ));
        }
    }
    Ok(())
}

/// How [`prepare`] moved schemas about: references are rewritten to follow.
struct Moves {
    /// `$defs` entries: old pointer, new pointer (longest first).
    hoisted: Vec<(String, String)>,
    /// Wrapped `$ref`s, outer first.
    wraps: Vec<Wrap>,
    /// `$anchor` names and the pointers of their schemas.
    anchors: BTreeMap<String, String>,
}

/// One wrapped `$ref` at `at`: keywords that moved, as pointer suffixes
/// (`/properties` to `/allOf/1/properties`).
struct Wrap {
    at: String,
    moved: Vec<(String, String)>,
}

impl Moves {
    /// Where the schema that `fragment` (a pointer) named is now.
    fn follow(&self, fragment: &str) -> String {
        let under = |p: &str, prefix: &str| {
            p == prefix || p.strip_prefix(prefix).is_some_and(|r| r.starts_with('/'))
        };
        let mut f = match self.hoisted.iter().find(|(old, _)| under(fragment, old)) {
            Some((old, new)) => format!("{new}{}", &fragment[old.len()..]),
            None => fragment.to_string(),
        };
        for w in &self.wraps {
            let Some(rest) = f.strip_prefix(w.at.as_str()) else {
                continue;
            };
            if let Some((old, new)) = w.moved.iter().find(|(old, _)| under(rest, old)) {
                f = format!("{}{new}{}", w.at, &rest[old.len()..]);
            }
        }
        f
    }
}

/// Wraps the siblings of every `$ref` in `s` and its subschemas, recording
/// what moved.
fn wrap_all(s: &mut Value, at: &Pointer, wraps: &mut Vec<Wrap>) {
    let Some(obj) = s.as_object_mut() else {
        return;
    };
    let moved = wrap_ref_siblings(obj);
    if !moved.is_empty() {
        wraps.push(Wrap {
            at: at.as_str().to_string(),
            moved,
        });
    }
    let _ = each_subschema(obj, at, &mut |c, p| {
        wrap_all(c, p, wraps);
        Ok(())
    });
}

/// Moves every `$defs` (and `definitions`) entry of the document's schemas to
/// `components.schemas`, named after the entry (prefixed with its component's
/// name when taken). Returns each old pointer with its new one, longest first.
fn hoist_defs(doc: &mut Value) -> Result<Vec<(String, String)>> {
    let mut taken: HashSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    let mut moved: Vec<(String, String)> = Vec::new();
    each_schema(doc, &mut |s, at| {
        take_defs(s, at, &mut taken, &mut hoisted, &mut moved);
        Ok(())
    })?;
    // A `$defs` at the document root is not OpenAPI, but schemas that were
    // whole JSON Schema documents refer to it as `#/$defs/X`.
    if let Some(Value::Object(defs)) = doc.as_object_mut().and_then(|d| d.shift_remove("$defs")) {
        for (name, mut s) in defs.into_iter().filter(|(_, d)| is_schema_like(d)) {
            let at = Pointer::root().push("$defs").push(&name);
            let new_name = claim(&mut taken, &name, "");
            moved.push((at.as_str().to_string(), schema_pointer(&new_name)));
            hoisted.push((new_name, Value::Null));
            let slot = hoisted.len() - 1;
            take_defs(&mut s, &at, &mut taken, &mut hoisted, &mut moved);
            hoisted[slot].1 = s;
        }
    }
    if hoisted.is_empty() {
        return Ok(moved);
    }
    let Some(root) = doc.as_object_mut() else {
        return Ok(moved);
    };
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    let schemas = components.as_object_mut().map(|c| {
        c.entry("schemas")
            .or_insert_with(|| Value::Object(Map::new()))
    });
    if let Some(Value::Object(schemas)) = schemas {
        for (name, s) in hoisted {
            schemas.insert(name, s);
        }
    }
    moved.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    Ok(moved)
}

/// Takes the `$defs` of `s` and of its subschemas, in document order (a
/// schema's own before those of its definitions and subschemas).
fn take_defs(
    s: &mut Value,
    at: &Pointer,
    taken: &mut HashSet<String>,
    hoisted: &mut Vec<(String, Value)>,
    moved: &mut Vec<(String, String)>,
) {
    let Some(obj) = s.as_object_mut() else {
        return;
    };
    // The component the definitions belong to, for names that are taken.
    let owner = at
        .as_str()
        .strip_prefix("/components/schemas/")
        .map(|rest| rest.split('/').next().unwrap_or(""))
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .unwrap_or_default();
    let mut own = Vec::new();
    for key in ["$defs", "definitions"] {
        let Some(Value::Object(defs)) = obj.get_mut(key) else {
            continue;
        };
        // What is not a schema (a namespace of schemas, say) stays where it
        // is: bundling brings what references point at inside it.
        let (schemas, others): (Map<String, Value>, Map<String, Value>) = std::mem::take(defs)
            .into_iter()
            .partition(|(_, d)| is_schema_like(d));
        if others.is_empty() {
            obj.shift_remove(key);
        } else {
            *defs = others;
        }
        {
            for (name, def) in schemas {
                let new_name = claim(taken, &name, &owner);
                let old = at.push(key).push(&name);
                moved.push((old.as_str().to_string(), schema_pointer(&new_name)));
                // Its place in the order; filled once its own `$defs` are out.
                hoisted.push((new_name, Value::Null));
                own.push((hoisted.len() - 1, old, def));
            }
        }
    }
    let _ = each_subschema(obj, at, &mut |child, p| {
        take_defs(child, p, taken, hoisted, moved);
        Ok(())
    });
    for (slot, old, mut def) in own {
        take_defs(&mut def, &old, taken, hoisted, moved);
        hoisted[slot].1 = def;
    }
}

/// Whether `v` can be a schema: a boolean, or an object whose `type` (if
/// any) names types.
fn is_schema_like(v: &Value) -> bool {
    match v {
        Value::Bool(_) => true,
        Value::Object(obj) => match obj.get("type") {
            None | Some(Value::String(_)) => true,
            Some(Value::Array(types)) => types.iter().all(Value::is_string),
            Some(_) => false,
        },
        _ => false,
    }
}

/// `name`, else `{owner}{name}`, else with a number: a schema name not taken.
fn claim(taken: &mut HashSet<String>, name: &str, owner: &str) -> String {
    let mut candidates = vec![name.to_string()];
    if !owner.is_empty() {
        candidates.push(format!("{owner}{name}"));
    }
    let base = candidates.last().cloned().unwrap_or_default();
    let mut n = 2;
    let chosen = loop {
        if let Some(c) = candidates.iter().find(|c| !taken.contains(*c)) {
            break c.clone();
        }
        candidates = vec![format!("{base}{n}")];
        n += 1;
    };
    taken.insert(chosen.clone());
    chosen
}

/// The pointer (without `#`) of a component schema.
fn schema_pointer(name: &str) -> String {
    Pointer::root()
        .push("components")
        .push("schemas")
        .push(name)
        .as_str()
        .to_string()
}

/// `$anchor` names of the document's schemas, with their pointers.
fn anchors(doc: &mut Value) -> Result<BTreeMap<String, String>> {
    fn collect(s: &mut Value, at: &Pointer, out: &mut BTreeMap<String, String>) {
        let Some(obj) = s.as_object_mut() else {
            return;
        };
        if let Some(Value::String(a)) = obj.get("$anchor") {
            out.entry(a.clone())
                .or_insert_with(|| at.as_str().to_string());
        }
        let _ = each_subschema(obj, at, &mut |c, p| {
            collect(c, p, out);
            Ok(())
        });
    }
    let mut out = BTreeMap::new();
    each_schema(doc, &mut |s, at| {
        collect(s, at, &mut out);
        Ok(())
    })?;
    Ok(out)
}

/// In `s` and its subschemas: `$ref`s follow the schemas [`prepare`] moved,
/// and `$ref`s to anchors become pointers. Each local reference is listed in
/// `targets` (where it is, what it names now).
fn rewrite_refs(
    file: &Path,
    s: &mut Value,
    at: &Pointer,
    moves: &Moves,
    targets: &mut Vec<(Pointer, String)>,
) -> Result<()> {
    let Some(obj) = s.as_object_mut() else {
        return Ok(());
    };
    if let Some(Value::String(r)) = obj.get_mut("$ref") {
        if let Some(fragment) = r.strip_prefix('#') {
            if fragment.is_empty() || fragment.starts_with('/') {
                let fragment = super::bundle::percent_decode(fragment);
                let followed = moves.follow(&fragment);
                if followed != fragment {
                    *r = format!("#{followed}");
                }
                targets.push((at.push("$ref"), followed));
            } else {
                let Some(target) = moves.anchors.get(fragment) else {
                    return Err(Error::doc(
                        file,
                        &at.push("$ref"),
                        format!(
                            "`$ref: {r}` names the anchor `{fragment}`, which no schema of the \
                             document declares (`$anchor`)"
                        ),
                    ));
                };
                *r = format!("#{target}");
            }
        }
    }
    // A discriminator's mapping names schemas by reference too.
    if let Some(Value::Object(mapping)) = obj
        .get_mut("discriminator")
        .and_then(|d| d.get_mut("mapping"))
    {
        for target in mapping.values_mut() {
            if let Value::String(r) = target {
                if let Some(fragment) = r.strip_prefix('#').filter(|f| f.starts_with('/')) {
                    let fragment = super::bundle::percent_decode(fragment);
                    let followed = moves.follow(&fragment);
                    if followed != fragment {
                        *r = format!("#{followed}");
                    }
                }
            }
        }
    }
    each_subschema(obj, at, &mut |c, p| {
        rewrite_refs(file, c, p, moves, targets)
    })
}

/// `{$ref: X, description: d, minLength: 1}` is X with more said about it:
/// `{allOf: [{$ref: X}, {minLength: 1}], description: d}`, which is how the
/// generator reads an annotated reference (3.0 ignores a `$ref`'s siblings).
/// Returns the keywords that moved, as pointer suffixes (old, new).
fn wrap_ref_siblings(obj: &mut Map<String, Value>) -> Vec<(String, String)> {
    let mut moved = Vec::new();
    if obj.len() < 2 || !matches!(obj.get("$ref"), Some(Value::String(_))) {
        return moved;
    }
    let reference = obj.shift_remove("$ref").unwrap_or(Value::Null);
    // A Reference Object's own `summary` means nothing to a schema.
    obj.shift_remove("summary");
    let mut all_of = vec![Value::Object(Map::from_iter([(
        "$ref".to_string(),
        reference,
    )]))];
    if let Some(Value::Array(more)) = obj.shift_remove("allOf") {
        for (i, part) in more.into_iter().enumerate() {
            moved.push((format!("/allOf/{i}"), format!("/allOf/{}", all_of.len())));
            all_of.push(part);
        }
    }
    let shape: Vec<String> = obj
        .keys()
        .filter(|k| !is_annotation(k) && !IDENTIFIERS.contains(&k.as_str()))
        .cloned()
        .collect();
    if !shape.is_empty() {
        let mut part = Map::new();
        for k in shape {
            if let Some(v) = obj.shift_remove(&k) {
                let token = Pointer::root().push(&k);
                moved.push((
                    token.as_str().to_string(),
                    format!("/allOf/{}{}", all_of.len(), token.as_str()),
                ));
                part.insert(k, v);
            }
        }
        all_of.push(Value::Object(part));
    }
    obj.insert("allOf".into(), Value::Array(all_of));
    moved
}

// ---------------------------------------------------------------------------
// After bundling.

/// Brings the bundled 3.1 document to the 3.0 form `openapiv3` reads.
pub fn convert(doc: &mut Value, diag: &mut Diagnostics) -> Result<()> {
    let Some(root) = doc.as_object_mut() else {
        return Ok(());
    };
    let at = Pointer::root();
    if let Some(Value::Object(info)) = root.get_mut("info") {
        // 3.0 has no summary: it describes the API when nothing else does.
        if let Some(summary) = info.shift_remove("summary") {
            if !info.contains_key("description") {
                info.insert("description".into(), summary);
            }
        }
        if let Some(Value::Object(license)) = info.get_mut("license") {
            // An SPDX expression; the generated crate's license is a setting.
            license.shift_remove("identifier");
        }
    }
    if let Some(dialect) = root.shift_remove("jsonSchemaDialect") {
        let known = dialect
            .as_str()
            .is_some_and(|d| KNOWN_DIALECTS.contains(&d.trim_end_matches('#')));
        if !known {
            diag.warn(
                &at.push("jsonSchemaDialect"),
                None,
                format!(
                    "schemas are read as OpenAPI 3.1's JSON Schema 2020-12 dialect, not {dialect}"
                ),
            );
        }
    }
    // Documents with only components (or webhooks) are valid 3.1.
    if !root.contains_key("paths") {
        root.insert("paths".into(), Value::Object(Map::new()));
    }
    if let Some(Value::Object(components)) = root.get_mut("components") {
        // Bundling inlined the ones that paths refer to.
        components.shift_remove("pathItems");
    }
    drop_mutual_tls(doc, diag);
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for method in METHODS {
                if let Some(Value::Object(op)) = item.get_mut(*method) {
                    // 3.1 made `responses` optional; none means no declared outcome.
                    op.entry("responses")
                        .or_insert_with(|| Value::Object(Map::new()));
                }
            }
        }
    }
    let mut converter = Converter {
        diag,
        types: component_types(doc),
    };
    each_schema(doc, &mut |s, at| converter.schema(s, at))
}

/// The `type` (and `format`) of each component schema, following references,
/// with `null` taken out of a list of types: what an `allOf` part that
/// restates a reference's type is compared with.
fn component_types(doc: &Value) -> HashMap<String, (String, Option<String>)> {
    let mut out = HashMap::new();
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return out;
    };
    for name in schemas.keys() {
        let mut current = schemas.get(name);
        // A chain of references is at most as long as the map.
        for _ in 0..=schemas.len() {
            let Some(s) = current else { break };
            if let Some(next) = s
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                current = schemas.get(&next.replace("~1", "/").replace("~0", "~"));
                continue;
            }
            let ty = match s.get("type") {
                Some(Value::String(t)) => Some(t.clone()),
                Some(Value::Array(list)) => {
                    let mut types = list
                        .iter()
                        .filter_map(Value::as_str)
                        .filter(|t| *t != "null");
                    match (types.next(), types.next()) {
                        (Some(t), None) => Some(t.to_string()),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(ty) = ty {
                let format = s.get("format").and_then(Value::as_str).map(String::from);
                out.insert(name.clone(), (ty, format));
            }
            break;
        }
    }
    out
}

/// `mutualTLS` security schemes (new in 3.1) are a client certificate, set on
/// the HTTP client rather than per request: dropped, with the requirements
/// that name them.
fn drop_mutual_tls(doc: &mut Value, diag: &mut Diagnostics) {
    let Some(Value::Object(schemes)) = doc.pointer_mut("/components/securitySchemes") else {
        return;
    };
    let names: Vec<String> = schemes
        .iter()
        .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
        .map(|(n, _)| n.clone())
        .collect();
    for name in &names {
        schemes.shift_remove(name);
        diag.warn(
            &Pointer::root()
                .push("components")
                .push("securitySchemes")
                .push(name),
            None,
            "a mutualTLS scheme is a client certificate: configure it on the HTTP client \
             (reqwest's identity); requirements naming it are dropped",
        );
    }
    if names.is_empty() {
        return;
    }
    let strip = |security: Option<&mut Value>| {
        if let Some(Value::Array(reqs)) = security {
            for r in reqs.iter_mut().filter_map(Value::as_object_mut) {
                for name in &names {
                    r.shift_remove(name);
                }
            }
        }
    };
    strip(doc.get_mut("security"));
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for method in METHODS {
                if let Some(op) = item.get_mut(*method) {
                    strip(op.get_mut("security"));
                }
            }
        }
    }
}

struct Converter<'a> {
    diag: &'a mut Diagnostics,
    /// See [`component_types`].
    types: HashMap<String, (String, Option<String>)>,
}

impl Converter<'_> {
    /// Converts the schema `v` (at `at`) and its subschemas in place.
    fn schema(&mut self, v: &mut Value, at: &Pointer) -> Result<()> {
        match v {
            Value::Bool(true) => *v = Value::Object(Map::new()),
            Value::Bool(false) => {
                self.diag.warn(
                    at,
                    None,
                    "the schema `false` allows no value; read as a free-form value",
                );
                *v = Value::Object(Map::new());
            }
            _ => {}
        }
        let Some(obj) = v.as_object_mut() else {
            // Not a schema: reading it as 3.0 reports it.
            return Ok(());
        };
        wrap_ref_siblings(obj);
        if obj.contains_key("$ref") {
            return Ok(());
        }
        if obj.shift_remove("$dynamicRef").is_some() {
            self.diag.warn(
                &at.push("$dynamicRef"),
                None,
                "`$dynamicRef` has no OpenAPI 3.0 form; ignored (the schema's other keywords \
                 apply, or it is a free-form value)",
            );
        }
        // `anyOf: [X, {type: null}]` is a nullable X.
        let mut null_removed = None;
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(members)) = obj.get_mut(key) {
                let before = members.len();
                members.retain(|m| !is_null_only(m));
                if members.len() < before {
                    null_removed = Some(key);
                }
            }
        }
        // Bundling brought every definition that is referred to under
        // `components`; what is left is unused.
        obj.shift_remove("$defs");
        obj.shift_remove("definitions");
        self.prefix_items(obj, at);
        self.pattern_properties(obj, at);
        self.never_present(obj, at);
        // Validation that 3.0 cannot say and a client does not check.
        for k in VALIDATION_ONLY {
            obj.shift_remove(*k);
        }
        each_subschema(obj, at, &mut |c, p| self.schema(c, p))?;
        self.drop_restated_types(obj);
        let mut null_only = self.normalise_type(obj);
        null_only |= self.keywords(obj, at);
        self.split_types(obj, at);
        if let Some(key) = null_removed {
            obj.insert("nullable".into(), Value::Bool(true));
            null_only |= collapse(obj, key);
        }
        if null_only {
            for k in ["type", "const", "enum"] {
                obj.shift_remove(k);
            }
            obj.insert("nullable".into(), Value::Bool(true));
            // `type: null` next to `oneOf` (say) allows no value at all; what
            // is meant is the rest, or null.
            let message = if obj.keys().any(|k| !is_annotation(k)) {
                "`type: null` next to other keywords allows no value; read as the other \
                 keywords' schema, nullable"
            } else {
                "a schema that only allows `null` has no OpenAPI 3.0 form; read as a free-form \
                 nullable value"
            };
            self.diag.warn(at, None, message);
        }
        Ok(())
    }

    /// In `allOf: [{$ref: X}, {type: T, ...}]`, a part that says again what
    /// X's type (and format) is adds nothing: it goes, so that the generator
    /// reads an annotated reference to X rather than a merge of two shapes.
    fn drop_restated_types(&mut self, obj: &mut Map<String, Value>) {
        let Some(Value::Array(parts)) = obj.get_mut("allOf") else {
            return;
        };
        let mut refs = parts
            .iter()
            .filter_map(|p| p.get("$ref").and_then(Value::as_str));
        let target = match (refs.next(), refs.next()) {
            (Some(r), None) => r
                .strip_prefix("#/components/schemas/")
                .map(|n| n.replace("~1", "/").replace("~0", "~"))
                .and_then(|n| self.types.get(&n)),
            _ => None,
        };
        let Some((ty, format)) = target else {
            return;
        };
        for part in parts.iter_mut() {
            let Some(p) = part.as_object_mut() else {
                continue;
            };
            if p.contains_key("$ref") || p.get("type").and_then(Value::as_str) != Some(ty) {
                continue;
            }
            let same_format = match p.get("format") {
                None => true,
                Some(f) => f.as_str() == format.as_deref(),
            };
            if same_format {
                p.shift_remove("type");
                p.shift_remove("format");
            }
        }
        parts.retain(|p| p.as_object().is_none_or(|o| !o.is_empty()));
    }

    /// `type: [T, "null"]` is `type: T, nullable: true`. Several types are
    /// left for [`Self::split_types`]. True when only `null` is left.
    fn normalise_type(&mut self, obj: &mut Map<String, Value>) -> bool {
        let types: Vec<String> = match obj.get("type") {
            Some(Value::String(t)) => return t == "null",
            Some(Value::Array(list)) if list.iter().all(Value::is_string) => {
                let mut out: Vec<String> = Vec::new();
                for t in list.iter().filter_map(Value::as_str) {
                    if !out.iter().any(|o| o == t) {
                        out.push(t.to_string());
                    }
                }
                out
            }
            // Not a type; reading it as 3.0 reports it.
            _ => return false,
        };
        let had_null = types.iter().any(|t| t == "null");
        let types: Vec<String> = types.into_iter().filter(|t| t != "null").collect();
        if had_null {
            obj.insert("nullable".into(), Value::Bool(true));
        }
        match types.as_slice() {
            [] => {
                obj.shift_remove("type");
                had_null
            }
            [one] => {
                obj.insert("type".into(), Value::String(one.clone()));
                false
            }
            _ => {
                obj.insert(
                    "type".into(),
                    Value::Array(types.into_iter().map(Value::String).collect()),
                );
                false
            }
        }
    }

    /// The schema's own 2020-12 keywords in their 3.0 forms. True when the
    /// schema is `const: null`.
    fn keywords(&mut self, obj: &mut Map<String, Value>, at: &Pointer) -> bool {
        for k in IDENTIFIERS {
            obj.shift_remove(*k);
        }
        if let Some(examples) = obj.shift_remove("examples") {
            match examples {
                Value::Array(list) => {
                    if let Some(first) = list.into_iter().next() {
                        obj.entry("example").or_insert(first);
                    }
                }
                // Not JSON Schema's list; 3.0 has no such keyword either.
                other if obj.contains_key("example") => drop(other),
                other => {
                    obj.insert("example".into(), other);
                }
            }
        }
        let mut null_only = false;
        if let Some(value) = obj.shift_remove("const") {
            if value.is_null() {
                null_only = true;
            } else {
                if !obj.contains_key("type") {
                    if let Some(t) = json_type(&value) {
                        obj.insert("type".into(), Value::String(t.into()));
                    }
                }
                obj.insert("enum".into(), Value::Array(vec![value]));
            }
        }
        for (exclusive, bound, stricter) in [
            ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
            ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
        ] {
            let Some(Value::Number(n)) = obj.get(exclusive).cloned() else {
                continue;
            };
            let limit = n.as_f64().unwrap_or(0.0);
            let current = obj.get(bound).and_then(Value::as_f64);
            match current.and_then(|c| limit.partial_cmp(&c)) {
                // The inclusive bound is the stricter one: it stays.
                Some(o) if o != stricter && o != std::cmp::Ordering::Equal => {
                    obj.shift_remove(exclusive);
                }
                _ => {
                    obj.insert(bound.into(), Value::Number(n));
                    obj.insert(exclusive.into(), Value::Bool(true));
                }
            }
        }
        self.content_keywords(obj, at);
        if obj.get("type").and_then(Value::as_str) == Some("integer") {
            integral_bounds(obj);
        }
        null_only
    }

    /// `contentEncoding: base64` is 3.0's `format: byte`; a string of a
    /// binary media type (`contentMediaType`, no encoding) is `format: binary`.
    fn content_keywords(&mut self, obj: &mut Map<String, Value>, at: &Pointer) {
        let encoding = obj.shift_remove("contentEncoding");
        let media_type = obj.shift_remove("contentMediaType");
        let is_string = match obj.get("type") {
            None => true,
            Some(t) => t == "string",
        };
        if obj.contains_key("format") || !is_string {
            return;
        }
        let format = match (&encoding, &media_type) {
            (Some(Value::String(e)), _) => match e.to_ascii_lowercase().as_str() {
                "base64" | "base64url" => Some("byte"),
                "binary" => Some("binary"),
                // 7bit, 8bit, quoted-printable: text on the wire.
                _ => None,
            },
            (None, Some(Value::String(m))) if !is_textual(m) => Some("binary"),
            _ => None,
        };
        if let Some(format) = format {
            if !obj.contains_key("type") {
                obj.insert("type".into(), Value::String("string".into()));
            }
            obj.insert("format".into(), Value::String(format.into()));
        } else if encoding.is_some() {
            self.diag.warn(
                &at.push("contentEncoding"),
                None,
                format!(
                    "content encoding {} has no OpenAPI 3.0 format; read as a string",
                    encoding.unwrap_or_default()
                ),
            );
        }
    }

    /// `prefixItems` (a tuple) has no 3.0 form: the items are one schema when
    /// every position has the same one, else free-form values.
    fn prefix_items(&mut self, obj: &mut Map<String, Value>, at: &Pointer) {
        let Some(prefix) = obj.shift_remove("prefixItems") else {
            return;
        };
        let rest = obj.shift_remove("items");
        let mut all: Vec<&Value> = prefix
            .as_array()
            .map(|p| p.iter().collect())
            .unwrap_or_default();
        if let Some(r) = rest.as_ref().filter(|r| !matches!(r, Value::Bool(false))) {
            all.push(r);
        }
        let items = match all.split_first() {
            Some((first, others)) if others.iter().all(|o| o == first) => (*first).clone(),
            _ => {
                self.diag.warn(
                    &at.push("prefixItems"),
                    None,
                    "a tuple (`prefixItems`) has no OpenAPI 3.0 form: its items are read as \
                     free-form values",
                );
                Value::Object(Map::new())
            }
        };
        obj.insert("items".into(), items);
        if !obj.contains_key("type") {
            obj.insert("type".into(), Value::String("array".into()));
        }
    }

    /// `patternProperties` has no 3.0 form: the values of keys not named by
    /// `properties` are read with the pattern's schema (when there is one,
    /// and it is the only schema for other keys), else as free-form values.
    fn pattern_properties(&mut self, obj: &mut Map<String, Value>, at: &Pointer) {
        let Some(Value::Object(patterns)) = obj.shift_remove("patternProperties") else {
            return;
        };
        let mut schemas: Vec<&Value> = patterns.values().collect();
        match obj.get("additionalProperties") {
            None | Some(Value::Bool(false)) => {}
            Some(other) => schemas.push(other),
        }
        let value = match schemas.split_first() {
            None => return,
            Some((first, others)) if others.iter().all(|o| o == first) => (*first).clone(),
            _ => {
                self.diag.warn(
                    &at.push("patternProperties"),
                    None,
                    "keys matched by several patterns (`patternProperties`) have no OpenAPI 3.0 \
                     form: their values are read as free-form values",
                );
                Value::Object(Map::new())
            }
        };
        obj.insert("additionalProperties".into(), value);
    }

    /// A property whose schema is `false` can never be present: it is not a
    /// field.
    fn never_present(&mut self, obj: &mut Map<String, Value>, at: &Pointer) {
        let Some(Value::Object(properties)) = obj.get_mut("properties") else {
            return;
        };
        let never: Vec<String> = properties
            .iter()
            .filter(|(_, s)| matches!(s, Value::Bool(false)))
            .map(|(name, _)| name.clone())
            .collect();
        for name in never {
            properties.shift_remove(&name);
            self.diag.warn(
                &at.push("properties").push(&name),
                None,
                "the property's schema is `false`: it can never be present, so it is not a field",
            );
        }
    }

    /// `type: [string, integer]` (after `null` is taken out) is 3.0's
    /// `anyOf: [{type: string, ...}, {type: integer, ...}]`, each alternative
    /// with the keywords that apply to its type.
    fn split_types(&mut self, obj: &mut Map<String, Value>, at: &Pointer) {
        let Some(Value::Array(types)) = obj.get("type") else {
            return;
        };
        let types: Vec<String> = types
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
        if obj.contains_key("anyOf") || obj.contains_key("oneOf") {
            obj.shift_remove("type");
            self.diag.warn(
                &at.push("type"),
                None,
                "several types next to `anyOf`/`oneOf` have no OpenAPI 3.0 form; the type is \
                 left to the alternatives",
            );
            return;
        }
        obj.shift_remove("type");
        let enumeration = obj.shift_remove("enum");
        let mut members = Vec::new();
        for t in &types {
            let mut member = Map::new();
            member.insert("type".into(), Value::String(t.clone()));
            for (k, v) in obj.iter() {
                if keyword_applies(k, v, t) {
                    member.insert(k.clone(), v.clone());
                }
            }
            if let Some(Value::Array(values)) = &enumeration {
                let values: Vec<Value> = values
                    .iter()
                    .filter(|v| {
                        json_type(v).is_some_and(|j| j == t || (j == "integer" && t == "number"))
                    })
                    .cloned()
                    .collect();
                if values.is_empty() {
                    // The enumeration allows no value of this type.
                    continue;
                }
                member.insert("enum".into(), Value::Array(values));
            }
            if t == "integer" {
                integral_bounds(&mut member);
            }
            members.push(Value::Object(member));
        }
        obj.retain(|k, v| !types.iter().any(|t| keyword_applies(k, v, t)));
        obj.insert("anyOf".into(), Value::Array(members));
    }
}

/// A schema that allows only `null`: `{type: "null"}`, `{const: null}`...
fn is_null_only(v: &Value) -> bool {
    let Some(obj) = v.as_object() else {
        return false;
    };
    let null_type = match obj.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(list)) => !list.is_empty() && list.iter().all(|t| t == "null"),
        _ => false,
    };
    let null_value = obj.get("const").is_some_and(Value::is_null)
        || matches!(obj.get("enum"), Some(Value::Array(l)) if !l.is_empty() && l.iter().all(Value::is_null));
    (null_type || null_value)
        && obj
            .keys()
            .all(|k| is_annotation(k) || matches!(k.as_str(), "type" | "const" | "enum"))
}

/// After `null` is taken out of `obj[key]`: one alternative left is that
/// alternative (made nullable by the caller), merged into the schema when
/// their keywords do not overlap, a `$ref` wrapped as `allOf: [$ref]`; none
/// left means the schema only allows `null` (returns true).
fn collapse(obj: &mut Map<String, Value>, key: &str) -> bool {
    let Some(Value::Array(members)) = obj.get(key) else {
        return false;
    };
    match members.len() {
        0 => {
            obj.shift_remove(key);
            true
        }
        1 => {
            let member = members[0].clone();
            let Value::Object(m) = member else {
                return false;
            };
            if m.contains_key("$ref") {
                if obj.contains_key("allOf") {
                    return false;
                }
                obj.shift_remove(key);
                obj.insert("allOf".into(), Value::Array(vec![Value::Object(m)]));
                return false;
            }
            let clash = m
                .keys()
                .any(|k| !is_annotation(k) && k != key && obj.contains_key(k));
            let outer_shape = obj.keys().any(|k| !is_annotation(k) && k != key);
            if clash || (outer_shape && m.contains_key("discriminator")) {
                // `anyOf: [X]` is X to the generator, and the outer schema's
                // keywords stay as they are.
                return false;
            }
            obj.shift_remove(key);
            for (k, v) in m {
                obj.entry(k).or_insert(v);
            }
            false
        }
        _ => false,
    }
}

/// The JSON Schema type of a value.
fn json_type(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    })
}

/// Whether keyword `k` constrains values of type `t` (for splitting a schema
/// of several types into one alternative per type).
fn keyword_applies(k: &str, v: &Value, t: &str) -> bool {
    match k {
        "minLength" | "maxLength" | "pattern" => t == "string",
        "format" => match v.as_str().unwrap_or("") {
            "int32" | "int64" => t == "integer",
            "float" | "double" => t == "number",
            _ => t == "string",
        },
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            t == "integer" || t == "number"
        }
        "items" | "minItems" | "maxItems" | "uniqueItems" | "contains" | "minContains"
        | "maxContains" | "unevaluatedItems" => t == "array",
        "properties"
        | "required"
        | "additionalProperties"
        | "minProperties"
        | "maxProperties"
        | "propertyNames"
        | "dependentRequired"
        | "dependentSchemas"
        | "unevaluatedProperties"
        | "discriminator" => t == "object",
        _ => false,
    }
}

/// Whether a media type is text (a string of it is a string, not bytes).
fn is_textual(media_type: &str) -> bool {
    let m = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    m.starts_with("text/")
        || m.ends_with("+json")
        || m.ends_with("+xml")
        || matches!(
            m.as_str(),
            "application/json"
                | "application/xml"
                | "application/x-www-form-urlencoded"
                | "application/javascript"
                | "application/yaml"
                | "application/x-yaml"
        )
}

/// Bounds of an integer written as floats (`minimum: 1.0`, as pydantic
/// writes them) as integers, which is what 3.0 readers expect of an integer.
fn integral_bounds(obj: &mut Map<String, Value>) {
    for k in ["minimum", "maximum", "multipleOf"] {
        if let Some(Value::Number(n)) = obj.get(k) {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64()) {
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    obj.insert(k.into(), Value::from(f as i64));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

    /// The document after both steps (no bundling: no other files), and the
    /// warnings as text.
    fn converted(yaml: &str) -> (Value, Vec<String>) {
        let path = Path::new("t.yaml");
        let mut doc = crate::load::parse_value(path, &format!("{HEAD}{yaml}")).unwrap();
        let mut diag = Diagnostics::default();
        prepare(path, &mut doc, &mut diag).unwrap();
        convert(&mut doc, &mut diag).unwrap();
        let warnings = diag.into_sorted().iter().map(|w| w.to_string()).collect();
        (doc, warnings)
    }

    /// One component schema `S`, converted, and the warnings.
    fn schema(yaml_schema: &str) -> (Value, Vec<String>) {
        let (doc, warnings) =
            converted(&format!("components:\n  schemas:\n    S: {yaml_schema}\n"));
        (doc["components"]["schemas"]["S"].clone(), warnings)
    }

    /// Reads as the typed 3.0 model (what the rest of the pipeline gets).
    fn typed(yaml: &str) -> openapiv3::OpenAPI {
        let path = Path::new("t.yaml");
        let doc = crate::load::parse_value(path, &format!("{HEAD}{yaml}")).unwrap();
        crate::load::from_value(path, doc).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn type_arrays_with_null_are_nullable() {
        assert_eq!(
            schema("{type: [string, 'null'], minLength: 1}").0,
            json!({"type": "string", "nullable": true, "minLength": 1})
        );
        assert_eq!(schema("{type: [integer]}").0, json!({"type": "integer"}));
        let (s, w) = schema("{type: object, properties: {a: {type: ['null', boolean]}}}");
        assert_eq!(
            s["properties"]["a"],
            json!({"type": "boolean", "nullable": true})
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn several_types_are_alternatives_with_their_own_keywords() {
        let (s, w) = schema(
            "{type: [string, integer, 'null'], minLength: 2, minimum: 1.0, format: int32, \
             description: d, enum: [a, 3, null]}",
        );
        assert_eq!(
            s,
            json!({
                "nullable": true,
                "description": "d",
                "anyOf": [
                    {"type": "string", "minLength": 2, "enum": ["a"]},
                    {"type": "integer", "minimum": 1, "format": "int32", "enum": [3]},
                ]
            })
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn a_null_alternative_makes_the_other_one_nullable() {
        // Inline: merged, the outer annotations win.
        let (s, _) = schema(
            "{anyOf: [{type: string, title: inner}, {type: 'null'}], title: Outer, default: x}",
        );
        assert_eq!(
            s,
            json!({"title": "Outer", "default": "x", "nullable": true, "type": "string"})
        );
        // A reference: wrapped, which the generator reads as a nullable reference.
        let (s, _) =
            schema("{anyOf: [{$ref: '#/components/schemas/T'}, {type: 'null'}], description: d}");
        assert_eq!(
            s,
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
        // Several left: still a union, nullable.
        let (s, _) = schema("{oneOf: [{type: string}, {type: integer}, {const: null}]}");
        assert_eq!(
            s,
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true})
        );
        // A discriminated union inside (FastAPI's Optional[Annotated[Union, discriminator]]).
        let (s, _) = schema(
            "{anyOf: [{oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: k}}, \
             {type: 'null'}], title: T}",
        );
        assert_eq!(s["discriminator"], json!({"propertyName": "k"}));
        assert_eq!(s["nullable"], json!(true));
        assert!(s.get("anyOf").is_none(), "{s}");
        // Overlapping keywords are not merged: anyOf with one member is that member.
        let (s, _) =
            schema("{type: object, anyOf: [{type: object, required: [a]}, {type: 'null'}]}");
        assert_eq!(s["anyOf"], json!([{"type": "object", "required": ["a"]}]));
        assert_eq!(s["nullable"], json!(true));
    }

    #[test]
    fn only_null_is_a_nullable_free_form_value_with_a_warning() {
        let (doc, w) = converted(
            "components:\n  schemas:\n    S:\n      type: object\n      properties:\n        \
             n: {type: 'null', description: never set}\n        m: {anyOf: [{type: 'null'}]}\n",
        );
        let props = &doc["components"]["schemas"]["S"]["properties"];
        assert_eq!(
            props["n"],
            json!({"description": "never set", "nullable": true})
        );
        assert_eq!(props["m"], json!({"nullable": true}));
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].starts_with(
                "warning: #/components/schemas/S/properties/m: a schema that only allows `null`"
            ),
            "{w:?}"
        );
    }

    #[test]
    fn ref_siblings_are_kept_around_the_reference() {
        let (s, w) = schema(
            "{$ref: '#/components/schemas/T', description: d, summary: s, readOnly: true, maxLength: 3, \
             x-extra: 1}",
        );
        assert_eq!(
            s,
            json!({
                "description": "d",
                "readOnly": true,
                "x-extra": 1,
                "allOf": [{"$ref": "#/components/schemas/T"}, {"maxLength": 3}]
            })
        );
        assert!(w.is_empty(), "{w:?}");
        // A bare reference stays one.
        assert_eq!(
            schema("{$ref: '#/components/schemas/T'}").0,
            json!({"$ref": "#/components/schemas/T"})
        );
        // Reference Objects outside schemas are 3.0's (their summary is ignored).
        let (doc, _) = converted(
            "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/P', summary: s}]\n",
        );
        assert_eq!(
            doc["paths"]["/a"]["get"]["parameters"][0],
            json!({"$ref": "#/components/parameters/P", "summary": "s"})
        );
    }

    #[test]
    fn a_sibling_type_that_restates_the_references_is_dropped() {
        let (doc, w) = converted(
            "components:\n  schemas:\n    When: {type: [string, 'null'], format: date-time}\n    \
             Alias: {$ref: '#/components/schemas/When'}\n    \
             S:\n      type: object\n      properties:\n        \
             a: {$ref: '#/components/schemas/Alias', type: string, readOnly: true}\n        \
             b: {$ref: '#/components/schemas/When', type: string, format: date}\n        \
             c: {$ref: '#/components/schemas/When', type: integer}\n",
        );
        let props = &doc["components"]["schemas"]["S"]["properties"];
        assert_eq!(
            props["a"],
            json!({"readOnly": true, "allOf": [{"$ref": "#/components/schemas/Alias"}]})
        );
        // Another format or type is a constraint of its own: kept.
        assert_eq!(
            props["b"]["allOf"][1],
            json!({"type": "string", "format": "date"})
        );
        assert_eq!(props["c"]["allOf"][1], json!({"type": "integer"}));
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn type_null_next_to_alternatives_is_a_nullable_union() {
        let (s, w) = schema("{oneOf: [{type: string}, {type: number}], type: 'null'}");
        assert_eq!(
            s,
            json!({"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true})
        );
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("`type: null` next to other keywords"),
            "{w:?}"
        );
    }

    #[test]
    fn const_is_a_one_value_enum() {
        assert_eq!(
            schema("{type: string, const: card}").0,
            json!({"type": "string", "enum": ["card"]})
        );
        assert_eq!(
            schema("{const: 3}").0,
            json!({"type": "integer", "enum": [3]})
        );
        assert_eq!(
            schema("{const: true}").0,
            json!({"type": "boolean", "enum": [true]})
        );
        let (s, w) = schema("{const: null}");
        assert_eq!(s, json!({"nullable": true}));
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn examples_give_the_first_as_example() {
        assert_eq!(
            schema("{type: string, examples: [a, b]}").0,
            json!({"type": "string", "example": "a"})
        );
        assert_eq!(
            schema("{type: string, example: z, examples: [a]}").0,
            json!({"type": "string", "example": "z"})
        );
        // Media types keep their map of Example Objects.
        let (doc, _) = converted(
            "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          \
             content:\n            application/json:\n              schema: {type: string, examples: [x]}\n              \
             examples: {one: {value: x}}\n",
        );
        let media = &doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"];
        assert_eq!(media["schema"], json!({"type": "string", "example": "x"}));
        assert_eq!(media["examples"], json!({"one": {"value": "x"}}));
    }

    #[test]
    fn numeric_exclusive_bounds_take_the_3_0_form() {
        assert_eq!(
            schema("{type: number, exclusiveMinimum: 0, exclusiveMaximum: 10.5}").0,
            json!({"type": "number", "exclusiveMinimum": true, "exclusiveMaximum": true, "minimum": 0, "maximum": 10.5})
        );
        // The stricter of the two bounds is kept.
        assert_eq!(
            schema("{type: number, minimum: 5, exclusiveMinimum: 1}").0,
            json!({"type": "number", "minimum": 5})
        );
        assert_eq!(
            schema("{type: number, maximum: 5, exclusiveMaximum: 5}").0,
            json!({"type": "number", "maximum": 5, "exclusiveMaximum": true})
        );
        // 3.0's boolean form, in a 3.1 document, is left alone.
        assert_eq!(
            schema("{type: number, minimum: 1, exclusiveMinimum: true}").0,
            json!({"type": "number", "minimum": 1, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn integer_bounds_written_as_floats_are_integers() {
        assert_eq!(
            schema("{type: integer, format: int32, minimum: 1.0, maximum: 100.0, multipleOf: 2.0}")
                .0,
            json!({"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "multipleOf": 2})
        );
        // Not an integer bound, and not an integer: left as written.
        assert_eq!(
            schema("{type: number, minimum: 1.0}").0,
            json!({"type": "number", "minimum": 1.0})
        );
        assert_eq!(
            schema("{type: integer, minimum: 1.5}").0,
            json!({"type": "integer", "minimum": 1.5})
        );
    }

    #[test]
    fn prefix_items_are_one_item_schema_or_free_form() {
        let (s, w) =
            schema("{type: array, prefixItems: [{type: string}, {type: string}], items: false}");
        assert_eq!(s, json!({"type": "array", "items": {"type": "string"}}));
        assert!(w.is_empty(), "{w:?}");
        let (s, w) = schema("{prefixItems: [{type: string}, {type: integer}]}");
        assert_eq!(s, json!({"items": {}, "type": "array"}));
        assert_eq!(w.len(), 1);
        assert!(
            w[0].starts_with("warning: #/components/schemas/S/prefixItems: a tuple"),
            "{w:?}"
        );
    }

    #[test]
    fn content_keywords_are_string_formats() {
        assert_eq!(
            schema("{type: string, contentEncoding: base64}").0,
            json!({"type": "string", "format": "byte"})
        );
        assert_eq!(
            schema("{type: string, contentMediaType: image/png}").0,
            json!({"type": "string", "format": "binary"})
        );
        // JSON or text in a string is a string.
        assert_eq!(
            schema("{type: string, contentMediaType: application/json}").0,
            json!({"type": "string"})
        );
        // A format of its own wins.
        assert_eq!(
            schema("{type: string, format: uuid, contentEncoding: base64}").0,
            json!({"type": "string", "format": "uuid"})
        );
        let (s, w) = schema("{type: string, contentEncoding: quoted-printable}");
        assert_eq!(s, json!({"type": "string"}));
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn defs_become_components_and_references_follow() {
        let (doc, w) = converted(
            "components:\n  schemas:\n    T: {type: string}\n    S:\n      type: object\n      properties:\n        \
             a: {$ref: '#/components/schemas/S/$defs/T'}\n        b: {$ref: '#/components/schemas/S/$defs/U'}\n        \
             c: {$ref: '#/components/schemas/S/$defs/U/properties/v'}\n        \
             d: {oneOf: [{$ref: '#/components/schemas/S/$defs/T'}], discriminator: {propertyName: k, \
             mapping: {t: '#/components/schemas/S/$defs/T'}}}\n      $defs:\n        \
             T: {type: integer}\n        U:\n          type: object\n          properties: {v: {$ref: '#/components/schemas/S/$defs/U/$defs/V'}}\n          \
             $defs: {V: {type: boolean}}\n",
        );
        let schemas = &doc["components"]["schemas"];
        let names: Vec<&String> = schemas.as_object().unwrap().keys().collect();
        assert_eq!(names, ["T", "S", "ST", "U", "V"]);
        assert_eq!(schemas["ST"], json!({"type": "integer"}));
        assert_eq!(schemas["V"], json!({"type": "boolean"}));
        let props = &schemas["S"]["properties"];
        assert_eq!(props["a"], json!({"$ref": "#/components/schemas/ST"}));
        assert_eq!(props["b"], json!({"$ref": "#/components/schemas/U"}));
        assert_eq!(
            props["c"],
            json!({"$ref": "#/components/schemas/U/properties/v"})
        );
        assert_eq!(
            schemas["U"]["properties"]["v"],
            json!({"$ref": "#/components/schemas/V"})
        );
        assert_eq!(
            props["d"]["discriminator"]["mapping"]["t"],
            "#/components/schemas/ST"
        );
        assert!(schemas["S"].get("$defs").is_none());
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn root_defs_become_components_too() {
        // Not OpenAPI, but what a JSON Schema document pasted in refers to.
        let (doc, _) = converted(
            "components:\n  schemas:\n    S: {type: object, properties: {a: {$ref: '#/$defs/S'}}}\n\
             $defs:\n  S: {type: string, $defs: {In: {type: integer}}}\n",
        );
        assert!(doc.get("$defs").is_none());
        let schemas = &doc["components"]["schemas"];
        let names: Vec<&String> = schemas.as_object().unwrap().keys().collect();
        assert_eq!(names, ["S", "S2", "In"]);
        assert_eq!(
            schemas["S"]["properties"]["a"],
            json!({"$ref": "#/components/schemas/S2"})
        );
        assert_eq!(schemas["S2"], json!({"type": "string"}));
    }

    #[test]
    fn pointers_into_wrapped_references_follow_what_moved() {
        let path = Path::new("t.yaml");
        let mut doc = crate::load::parse_value(
            path,
            &format!(
                "{HEAD}components:\n  schemas:\n    T: {{type: object}}\n    \
                 S:\n      $ref: '#/components/schemas/T'\n      description: d\n      \
                 allOf: [{{required: [a]}}]\n      properties: {{a: {{type: string}}}}\n    \
                 U:\n      type: object\n      properties:\n        \
                 a: {{$ref: '#/components/schemas/S/properties/a'}}\n        \
                 b: {{$ref: '#/components/schemas/S/allOf/0'}}\n        \
                 c: {{$ref: '#/components/schemas/S'}}\n        \
                 d: {{$ref: '#/components/schemas/V/definitions/ns/type'}}\n    \
                 V:\n      definitions:\n        ns: {{type: {{type: integer}}}}\n        \
                 w: {{type: boolean}}\n"
            ),
        )
        .unwrap();
        prepare(path, &mut doc, &mut Diagnostics::default()).unwrap();
        let s = &doc["components"]["schemas"]["S"];
        assert_eq!(
            s,
            &json!({
                "description": "d",
                "allOf": [
                    {"$ref": "#/components/schemas/T"},
                    {"required": ["a"]},
                    {"properties": {"a": {"type": "string"}}}
                ]
            })
        );
        let u = &doc["components"]["schemas"]["U"]["properties"];
        assert_eq!(
            u["a"]["$ref"],
            "#/components/schemas/S/allOf/2/properties/a"
        );
        assert_eq!(u["b"]["$ref"], "#/components/schemas/S/allOf/1");
        assert_eq!(u["c"]["$ref"], "#/components/schemas/S");
        // Every pointer names a location of the prepared document.
        for k in ["a", "b", "c", "d"] {
            let r = u[k]["$ref"].as_str().unwrap();
            assert!(doc.pointer(&r[1..]).is_some(), "{r}");
        }
        // A definition that is not a schema (a namespace) stays for bundling;
        // the schema next to it is a component.
        let v = &doc["components"]["schemas"]["V"];
        assert_eq!(
            v,
            &json!({"definitions": {"ns": {"type": {"type": "integer"}}}})
        );
        assert_eq!(
            doc["components"]["schemas"]["w"],
            json!({"type": "boolean"})
        );
    }

    #[test]
    fn percent_encoded_pointers_follow_and_non_schemas_are_refused_where_they_are() {
        let (doc, _) = converted(
            "paths:\n  /a/{id}:\n    get:\n      responses:\n        '200':\n          description: ok\n          \
             content:\n            application/json:\n              schema: {$ref: '#/components/schemas/T', \
             properties: {x: {type: string}}}\ncomponents:\n  schemas:\n    T: {type: object}\n    \
             U: {$ref: '#/paths/~1a~1%7Bid%7D/get/responses/200/content/application~1json/schema/properties/x'}\n",
        );
        assert_eq!(
            doc["components"]["schemas"]["U"]["$ref"],
            "#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema/allOf/1/properties/x"
        );
        let path = Path::new("t.yaml");
        let mut doc = crate::load::parse_value(
            path,
            &format!(
                "{HEAD}components:\n  schemas:\n    I:\n      definitions:\n        kind: {{type: {{type: string}}}}\n    \
                 J: {{type: object, properties: {{k: {{$ref: '#/components/schemas/I/definitions/kind'}}}}}}\n"
            ),
        )
        .unwrap();
        let e = prepare(path, &mut doc, &mut Diagnostics::default())
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("t.yaml: at #/components/schemas/J/properties/k/$ref: ")
                && e.contains("`#/components/schemas/I/definitions/kind`, which is not a schema"),
            "{e}"
        );
    }

    #[test]
    fn anchors_are_pointers_and_unknown_ones_an_error() {
        let (doc, _) = converted(
            "components:\n  schemas:\n    A: {$anchor: addr, type: string}\n    B: {$ref: '#addr'}\n",
        );
        assert_eq!(
            doc["components"]["schemas"]["B"],
            json!({"$ref": "#/components/schemas/A"})
        );
        assert!(doc["components"]["schemas"]["A"].get("$anchor").is_none());
        let path = Path::new("t.yaml");
        let mut doc = crate::load::parse_value(
            path,
            &format!("{HEAD}components:\n  schemas:\n    B: {{type: object, properties: {{p: {{$ref: '#nowhere'}}}}}}\n"),
        )
        .unwrap();
        let e = prepare(path, &mut doc, &mut Diagnostics::default())
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("t.yaml: at #/components/schemas/B/properties/p/$ref: ")
                && e.contains("anchor `nowhere`"),
            "{e}"
        );
    }

    #[test]
    fn boolean_and_pattern_schemas() {
        let (s, w) = schema(
            "{type: object, properties: {any: true, never: false}, patternProperties: {'^x-': {type: integer}}}",
        );
        assert_eq!(s["properties"], json!({"any": {}}));
        assert_eq!(s["additionalProperties"], json!({"type": "integer"}));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("/properties/never: the property's schema is `false`"),
            "{w:?}"
        );
        let (s, w) = schema("{type: array, items: {not: {}}, contains: false, if: {type: [1]}}");
        assert_eq!(s, json!({"type": "array", "items": {"not": {}}}));
        let (s, w2) = schema("{allOf: [false]}");
        assert_eq!(s, json!({"allOf": [{}]}));
        assert!(
            w.is_empty() && w2[0].contains("the schema `false` allows no value"),
            "{w:?} {w2:?}"
        );
        let (s, w) = schema(
            "{type: object, patternProperties: {'^a': {type: integer}, '^b': {type: string}}}",
        );
        assert_eq!(s["additionalProperties"], json!({}));
        assert!(
            w[0].contains("S/patternProperties: keys matched by several patterns"),
            "{w:?}"
        );
    }

    #[test]
    fn document_level_additions_are_mapped_or_dropped() {
        let (doc, w) = converted(
            "jsonSchemaDialect: https://example.com/my-dialect\nwebhooks:\n  newPet:\n    post:\n      \
             requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/T'}}}}\n\
             components:\n  schemas:\n    T: {type: string}\n  securitySchemes:\n    \
             mtls: {type: mutualTLS}\n    key: {type: apiKey, in: header, name: k}\n\
             security: [{mtls: []}, {key: []}]\n",
        );
        assert_eq!(doc["paths"], json!({}));
        assert!(doc.get("webhooks").is_none() && doc.get("jsonSchemaDialect").is_none());
        assert_eq!(doc["security"], json!([{}, {"key": []}]));
        assert!(doc["components"]["securitySchemes"].get("mtls").is_none());
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(
            w[0].starts_with("warning: #/components/securitySchemes/mtls: a mutualTLS"),
            "{w:?}"
        );
        assert!(w[1].starts_with("warning: #/jsonSchemaDialect: "), "{w:?}");
        assert!(
            w[2].starts_with("warning: #/webhooks: 1 webhook(s)"),
            "{w:?}"
        );
        // The default dialect is what the conversion assumes: no warning.
        let (_, w) =
            converted("jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\n");
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn info_summary_license_identifier_and_operations_without_responses() {
        let api = typed("paths:\n  /a:\n    get: {operationId: a}\n");
        assert!(api.paths.paths["/a"]
            .as_item()
            .unwrap()
            .get
            .as_ref()
            .unwrap()
            .responses
            .responses
            .is_empty());
        let path = Path::new("t.yaml");
        let doc = crate::load::parse_value(
            path,
            "openapi: 3.1.1\ninfo: {title: t, version: '1', summary: S, license: {name: MIT, identifier: MIT}}\n",
        )
        .unwrap();
        let api = crate::load::from_value(path, doc).unwrap();
        assert_eq!(api.info.description.as_deref(), Some("S"));
        assert_eq!(api.info.license.as_ref().unwrap().name, "MIT");
        let doc = crate::load::parse_value(
            path,
            "openapi: 3.1.0\ninfo: {title: t, version: '1', summary: S, description: D}\n",
        )
        .unwrap();
        assert_eq!(
            crate::load::from_value(path, doc)
                .unwrap()
                .info
                .description
                .as_deref(),
            Some("D")
        );
    }

    #[test]
    fn path_items_of_components_are_operations() {
        // No bundling here: the $ref is what bundling inlines; after it the
        // component map is dropped.
        let (doc, _) = converted(
            "components:\n  pathItems:\n    P: {get: {operationId: p, responses: {'200': {description: ok}}}}\n",
        );
        assert!(doc["components"].get("pathItems").is_none(), "{doc}");
    }

    #[test]
    fn versions_other_than_3_0_and_3_1_are_refused() {
        let path = Path::new("t.yaml");
        for (v, ok) in [
            ("3.1.0", true),
            ("3.1", true),
            ("3.0.3", true),
            ("3.2.0", false),
            ("3.10.0", false),
            ("4.0.0", false),
        ] {
            let doc = crate::load::parse_value(
                path,
                &format!("openapi: '{v}'\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n"),
            )
            .unwrap();
            let result = crate::load::from_value(path, doc);
            assert_eq!(result.is_ok(), ok, "{v}");
            if let Err(e) = result {
                let e = e.to_string();
                assert!(
                    e.contains("at #/openapi: OpenAPI") && e.contains("3.0.x and 3.1.x"),
                    "{e}"
                );
            }
        }
    }

    #[test]
    fn what_is_still_not_3_0_is_reported_with_its_pointer() {
        let path = Path::new("t.yaml");
        let doc = crate::load::parse_value(
            path,
            &format!("{HEAD}components:\n  schemas:\n    S: {{type: object, properties: {{a: {{type: 7}}}}}}\n"),
        )
        .unwrap();
        let e = crate::load::from_value(path, doc).unwrap_err().to_string();
        assert!(
            e.contains("at #/components/schemas/S/properties/a") && e.contains("OpenAPI 3.1"),
            "{e}"
        );
    }
}
