//! Text to JSON values: JSON when it looks like JSON, else YAML (the fast
//! path of `yaml.rs`, then serde_yaml). Shared by loading and bundling.

use std::path::Path;

use serde_json::Value;

use super::yaml;
use crate::diagnostics::{Error, Pointer, Result};

/// Parses `text` as JSON when it looks like JSON, else YAML. A text that
/// starts with `{` but is not JSON may be YAML's flow style
/// (`{openapi: 3.0.0, ...}`): it is read as YAML then, and a text that is
/// neither is reported as invalid JSON, which it looked like.
pub fn parse_value(path: &Path, text: &str) -> Result<Value> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).or_else(|e| {
            parse_yaml(path, text).map_err(|_| {
                Error::doc(
                    path,
                    &Pointer::root(),
                    format!(
                        "invalid JSON at line {}, column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                )
            })
        });
    }
    parse_yaml(path, text)
}

fn parse_yaml(path: &Path, text: &str) -> Result<Value> {
    // The subset of YAML documents use, five times faster than libyaml; it
    // declines anything else, and serde_yaml reads it (and reports errors).
    if let Some(value) = yaml::parse(text) {
        return Ok(value);
    }
    // Straight to JSON values: map keys such as `200:` come as strings, which is
    // what OpenAPI means. Only documents with other keys (rare) take the slow path.
    match serde_yaml::from_str::<Value>(text) {
        Ok(value) => Ok(value),
        Err(_) => {
            let yaml: serde_yaml::Value = serde_yaml::from_str(text)
                .map_err(|e| Error::doc(path, &Pointer::root(), format!("invalid YAML: {e}")))?;
            yaml_to_json(path, &Pointer::root(), yaml)
        }
    }
}

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means strings.
fn yaml_to_json(path: &Path, at: &Pointer, yaml: serde_yaml::Value) -> Result<Value> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
                    .unwrap_or(Value::Null)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| yaml_to_json(path, &at.push(i.to_string()), v))
                .collect::<Result<_>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err(Error::doc(
                            path,
                            at,
                            format!("unsupported mapping key {other:?}"),
                        ));
                    }
                };
                let child = yaml_to_json(path, &at.push(&key), v)?;
                out.insert(key, child);
            }
            Value::Object(out)
        }
        Y::Tagged(t) => yaml_to_json(path, at, t.value)?,
    })
}
