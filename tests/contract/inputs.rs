//! The values sent for each operation: the document's own request examples, else minimal
//! values made from the schemas, then the overrides of `overrides.yaml`.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loc {
    Path,
    Query,
    // The pinned document has no header or cookie parameters; the glue supports them.
    #[allow(dead_code)]
    Header,
    #[allow(dead_code)]
    Cookie,
}

impl Loc {
    /// The OpenAPI `in` value.
    pub fn word(self) -> &'static str {
        match self {
            Loc::Path => "path",
            Loc::Query => "query",
            Loc::Header => "header",
            Loc::Cookie => "cookie",
        }
    }
}

/// One operation as the client knows it (from the generator's IR, via build.rs).
#[derive(Debug)]
pub struct OpSpec {
    pub id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub params: &'static [ParamSpec],
    pub body: Option<BodySpec>,
    /// Declared success statuses (exact codes).
    pub success_codes: &'static [u16],
    /// Declared error statuses with a typed body.
    pub error_codes: &'static [u16],
    /// Whether a `default` response with a typed body is declared.
    pub error_default: bool,
}

impl OpSpec {
    /// Whether an error response with `status` has a declared, typed body.
    pub fn declares_error(&self, status: u16) -> bool {
        self.error_codes.contains(&status) || self.error_default
    }
}

#[derive(Debug)]
pub struct ParamSpec {
    pub location: Loc,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct BodySpec {
    pub required: bool,
}

/// The values of one call, as JSON, converted to the client's types by the glue.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub params: BTreeMap<(Loc, String), Value>,
    pub body: Option<Value>,
    /// Extra headers (e.g. `Prefer`), sent with the builder's `header`.
    pub headers: Vec<(String, String)>,
}

impl Input {
    pub fn required<T: DeserializeOwned>(&self, loc: Loc, name: &str) -> Result<T, String> {
        self.optional(loc, name)?.ok_or_else(|| {
            format!(
                "no value for the required {} parameter `{name}`",
                loc.word()
            )
        })
    }

    pub fn optional<T: DeserializeOwned>(&self, loc: Loc, name: &str) -> Result<Option<T>, String> {
        let Some(value) = self.params.get(&(loc, name.to_owned())) else {
            return Ok(None);
        };
        serde_json::from_value(value.clone())
            .map(Some)
            .map_err(|e| {
                format!(
                    "the {} parameter `{name}` value {value} does not convert to {}: {e}",
                    loc.word(),
                    std::any::type_name::<T>()
                )
            })
    }

    pub fn body<T: DeserializeOwned>(&self) -> Result<T, String> {
        self.optional_body()?
            .ok_or_else(|| "no value for the required request body".to_owned())
    }

    pub fn optional_body<T: DeserializeOwned>(&self) -> Result<Option<T>, String> {
        let Some(value) = &self.body else {
            return Ok(None);
        };
        serde_path_to_error::deserialize(value.clone())
            .map(Some)
            .map_err(|e| {
                format!(
                    "the request body does not convert to {} at `{}`: {}",
                    std::any::type_name::<T>(),
                    e.path(),
                    e.inner()
                )
            })
    }
}

/// What came back from a call.
pub struct Sent {
    pub outcome: Result<Received, togai_client::Error>,
}

/// A success response.
pub struct Received {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    /// The decoded body serialised again, for JSON bodies.
    pub body: Option<Value>,
}

impl Sent {
    pub fn new<T>(
        result: togai_client::Result<togai_client::Response<T>>,
        to_json: impl Fn(&T) -> Option<Value>,
    ) -> Sent {
        let outcome = result.map(|r| Received {
            status: r.status(),
            headers: r.headers().clone(),
            body: to_json(r.body()),
        });
        Sent { outcome }
    }
}

/// One input of an operation.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The name of the further example it was made for; `None` for the first input.
    pub example: Option<String>,
    /// What it is, for messages (empty for the first input).
    pub label: String,
    pub input: Input,
}

/// The document, as JSON.
pub struct Doc {
    pub root: Value,
}

/// Per-operation inputs that differ from the document's, with the reason (`overrides.yaml`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub reason: String,
    /// A substring of the violation Prism reports for the document's own input; checked, so
    /// that the override goes when the document is fixed.
    #[serde(default)]
    pub document_violation: Option<String>,
    /// Parameter values by name.
    #[serde(default)]
    pub params: BTreeMap<String, Value>,
    /// Values to set in the document's body, by JSON pointer (`/items/0/name`).
    #[serde(default)]
    pub body_set: BTreeMap<String, Value>,
    /// Members to remove from the document's body, by JSON pointer.
    #[serde(default)]
    pub body_remove: Vec<String>,
    /// Whether to send the minimal valid body made from the schema instead of the document's.
    #[serde(default)]
    pub minimal_body: bool,
    /// The body, replacing the document's.
    #[serde(default)]
    pub body: Option<Value>,
    /// Extra request headers, e.g. a `Prefer` for Prism.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Doc {
    /// The pinned document, read once per test binary.
    pub fn get() -> &'static Doc {
        static DOC: std::sync::OnceLock<Doc> = std::sync::OnceLock::new();
        DOC.get_or_init(Doc::load)
    }

    fn load() -> Doc {
        let path = workspace_tests::pinned_document();
        let text = std::fs::read_to_string(&path).expect("document readable");
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("document is YAML");
        let root = serde_json::to_value(yaml).expect("document converts to JSON");
        Doc { root }
    }

    /// Every operation: (upper-case method, path, operationId if any).
    pub fn operations(&self) -> Vec<(String, String, Option<String>)> {
        let mut ops = Vec::new();
        for (path, item) in self.root["paths"].as_object().into_iter().flatten() {
            for method in METHODS {
                if let Some(op) = item.get(method) {
                    let id = op
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                    ops.push((method.to_uppercase(), path.clone(), id));
                }
            }
        }
        ops
    }

    /// Follows `$ref`s.
    pub fn resolve<'a>(&'a self, mut value: &'a Value) -> &'a Value {
        for _ in 0..32 {
            let Some(pointer) = value.get("$ref").and_then(Value::as_str) else {
                return value;
            };
            value = self
                .root
                .pointer(pointer.trim_start_matches('#'))
                .unwrap_or(&Value::Null);
        }
        value
    }

    fn operation(&self, spec: &OpSpec) -> (&Value, &Value) {
        let item = &self.root["paths"][spec.path];
        (item, &item[spec.method.to_lowercase()])
    }

    /// The document's parameter of `spec` at `loc` called `name`.
    fn parameter(&self, spec: &OpSpec, loc: Loc, name: &str) -> Option<&Value> {
        let (item, op) = self.operation(spec);
        let params = op["parameters"].as_array().into_iter().flatten();
        let shared = item["parameters"].as_array().into_iter().flatten();
        params
            .chain(shared)
            .map(|p| self.resolve(p))
            .find(|p| p["in"] == loc.word() && p["name"] == name)
    }

    /// The document's JSON request body description of `spec`.
    fn media(&self, spec: &OpSpec) -> Option<&Value> {
        let (_, op) = self.operation(spec);
        let body = self.resolve(op.get("requestBody")?);
        body["content"].get("application/json")
    }

    /// The inputs the document gives for `spec`: examples where it has them, else minimal
    /// values of the schemas. Every parameter the document describes is set, optional ones too.
    /// The first input takes the first example of everything; each further example of the body
    /// or of a parameter makes one more input.
    pub fn inputs(&self, spec: &OpSpec) -> Vec<Variant> {
        let mut first = Input::default();
        let mut more = Vec::new();
        for p in spec.params {
            let Some(param) = self.parameter(spec, p.location, p.name) else {
                continue;
            };
            let mut examples = self.examples_of(param).into_iter();
            let value = match examples.next() {
                Some((_, value)) => value,
                None => self.minimal(&param["schema"], 0),
            };
            first
                .params
                .insert((p.location, p.name.to_owned()), value.clone());
            for (name, value) in examples {
                let mut input = Input::default();
                input.params.insert((p.location, p.name.to_owned()), value);
                let label = format!("example `{name}` of parameter `{}`", p.name);
                more.push(Variant {
                    example: Some(name),
                    label,
                    input,
                });
            }
        }
        if let Some(media) = self.media(spec) {
            let mut examples = self.examples_of(media).into_iter();
            first.body = Some(match examples.next() {
                Some((_, value)) => value,
                None => self.minimal(&media["schema"], 0),
            });
            for (name, value) in examples {
                let input = Input {
                    body: Some(value),
                    ..Input::default()
                };
                let label = format!("body example `{name}`");
                more.push(Variant {
                    example: Some(name),
                    label,
                    input,
                });
            }
        }
        // Each further input is the first with its one example in place.
        for variant in &mut more {
            let mut input = first.clone();
            input.params.append(&mut variant.input.params);
            input.body = variant.input.body.take().or(input.body);
            variant.input = input;
        }
        let mut inputs = vec![Variant {
            example: None,
            label: String::new(),
            input: first,
        }];
        inputs.extend(more);
        inputs
    }

    /// Every named example (`examples`), else the `example`, else the schema's `example`,
    /// with their names.
    fn examples_of(&self, described: &Value) -> Vec<(String, Value)> {
        if let Some(examples) = described["examples"].as_object() {
            return (examples.iter())
                .filter_map(|(name, e)| Some((name.clone(), self.resolve(e).get("value")?.clone())))
                .collect();
        }
        let example = (described.get("example").cloned())
            .or_else(|| self.resolve(&described["schema"]).get("example").cloned());
        example
            .map(|e| ("example".to_owned(), e))
            .into_iter()
            .collect()
    }

    /// A small value valid under `schema`: required properties only, `minItems` items, the
    /// first enum value, formats honoured, string examples used where the schema has them.
    pub fn minimal(&self, schema: &Value, depth: usize) -> Value {
        let schema = self.resolve(schema);
        if depth > 24 {
            return Value::Null;
        }
        if let Some(parts) = schema["allOf"].as_array() {
            let mut merged = Map::new();
            for part in parts {
                if let Value::Object(part) = self.minimal(part, depth + 1) {
                    merged.extend(part);
                }
            }
            if let Value::Object(own) = self.object(schema, depth) {
                merged.extend(own);
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema[key].as_array().and_then(|a| a.first()) {
                return self.minimal(first, depth + 1);
            }
        }
        if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
            return first.clone();
        }
        let ty = schema["type"]
            .as_str()
            .unwrap_or(if schema.get("properties").is_some() {
                "object"
            } else {
                ""
            });
        match ty {
            "object" => self.object(schema, depth),
            "array" => {
                let n = schema["minItems"].as_u64().unwrap_or(0);
                Value::Array(
                    (0..n)
                        .map(|_| self.minimal(&schema["items"], depth + 1))
                        .collect(),
                )
            }
            "string" => string(schema),
            "integer" | "number" => number(schema, ty == "integer"),
            "boolean" => schema
                .get("example")
                .filter(|e| e.is_boolean())
                .cloned()
                .unwrap_or(json!(false)),
            _ => schema.get("example").cloned().unwrap_or(json!({})),
        }
    }

    fn object(&self, schema: &Value, depth: usize) -> Value {
        let mut object = Map::new();
        let properties = &schema["properties"];
        for name in schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if let Some(property) = properties.get(name) {
                object.insert(name.to_owned(), self.minimal(property, depth + 1));
            }
        }
        Value::Object(object)
    }

    /// `input` with `o` applied.
    pub fn apply(&self, mut input: Input, spec: &OpSpec, o: &Override) -> Result<Input, String> {
        for (name, value) in &o.params {
            let loc = (spec.params.iter().find(|p| p.name == name))
                .ok_or_else(|| {
                    format!(
                        "{}: overrides.yaml sets `{name}`, which is not a parameter",
                        spec.id
                    )
                })?
                .location;
            input.params.insert((loc, name.clone()), value.clone());
        }
        if o.minimal_body {
            let media = self
                .media(spec)
                .ok_or_else(|| format!("{}: minimal_body, but there is no JSON body", spec.id))?;
            input.body = Some(self.minimal(&media["schema"], 0));
        }
        if let Some(body) = &o.body {
            input.body = Some(body.clone());
        }
        if !o.body_set.is_empty() || !o.body_remove.is_empty() {
            let body = input.body.as_mut().ok_or_else(|| {
                format!("{}: body_set or body_remove, but there is no body", spec.id)
            })?;
            for (pointer, value) in &o.body_set {
                set(body, pointer, Some(value.clone()))
                    .map_err(|e| format!("{}: body_set {pointer}: {e}", spec.id))?;
            }
            for pointer in &o.body_remove {
                set(body, pointer, None)
                    .map_err(|e| format!("{}: body_remove {pointer}: {e}", spec.id))?;
            }
        }
        input
            .headers
            .extend(o.headers.iter().map(|(n, v)| (n.clone(), v.clone())));
        Ok(input)
    }
}

fn string(schema: &Value) -> Value {
    let fixed = match schema["format"].as_str() {
        Some("date-time") => Some("2024-01-15T10:30:00Z"),
        Some("date") => Some("2024-01-15"),
        Some("duration") => Some("P1D"),
        Some("email") => Some("user@example.com"),
        Some("uri" | "url") => Some("https://example.com/"),
        Some("uuid") => Some("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        _ => None,
    };
    if let Some(fixed) = fixed {
        return json!(fixed);
    }
    if let Some(example) = schema.get("example").filter(|e| e.is_string()) {
        return example.clone();
    }
    let min = schema["minLength"].as_u64().unwrap_or(0).max(3) as usize;
    let max = schema["maxLength"]
        .as_u64()
        .map_or(usize::MAX, |m| m as usize);
    json!("abc"
        .repeat(min.div_ceil(3))
        .chars()
        .take(min.min(max))
        .collect::<String>())
}

fn number(schema: &Value, integer: bool) -> Value {
    let in_range = |v: f64| {
        schema["minimum"].as_f64().is_none_or(|m| v >= m)
            && schema["maximum"].as_f64().is_none_or(|m| v <= m)
    };
    if let Some(example) = schema
        .get("example")
        .filter(|e| e.as_f64().is_some_and(in_range))
    {
        if !integer || example.is_i64() || example.is_u64() {
            return example.clone();
        }
    }
    let mut value = schema["minimum"]
        .as_f64()
        .unwrap_or(1.0_f64.min(schema["maximum"].as_f64().unwrap_or(1.0)));
    if schema["exclusiveMinimum"] == json!(true) {
        value += 1.0;
    }
    if integer {
        json!(value.ceil() as i64)
    } else {
        json!(value)
    }
}

/// Sets (or with `None` removes) the member at JSON `pointer`, whose parent must exist.
fn set(target: &mut Value, pointer: &str, value: Option<Value>) -> Result<(), String> {
    let (parent, last) = pointer.rsplit_once('/').ok_or("not a JSON pointer")?;
    let last = last.replace("~1", "/").replace("~0", "~");
    let parent = target.pointer_mut(parent).ok_or("no such parent")?;
    match (parent, value) {
        (Value::Object(map), Some(value)) => {
            map.insert(last, value);
        }
        (Value::Object(map), None) => {
            map.remove(&last).ok_or("no such member")?;
        }
        (Value::Array(items), value) => {
            let i: usize = last.parse().map_err(|_| "not an array index")?;
            match value {
                Some(value) if i < items.len() => items[i] = value,
                Some(value) if i == items.len() => items.push(value),
                None if i < items.len() => {
                    items.remove(i);
                }
                _ => return Err("index out of range".into()),
            }
        }
        _ => return Err("the parent is not an object or array".into()),
    }
    Ok(())
}

/// The first difference between `expected` and `got` (request body meant and sent, or response
/// received and decoded), with numbers compared by value, `null` equal to an absent property,
/// and date-times by instant.
pub fn difference(expected: &Value, got: &Value, at: &str) -> Option<String> {
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter().find_map(|k| {
                difference(
                    a.get(k).unwrap_or(&Value::Null),
                    b.get(k).unwrap_or(&Value::Null),
                    &format!("{at}.{k}"),
                )
            })
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| difference(x, y, &format!("{at}[{i}]"))),
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => None,
        (Value::String(a), Value::String(b)) if a == b || same_instant(a, b) => None,
        (a, b) if a == b => None,
        (a, b) => Some(format!(
            "at `{at}`: expected {}, got {}",
            short(a),
            short(b)
        )),
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(200) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text,
    }
}

fn same_instant(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
