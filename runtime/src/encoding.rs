//! Percent-encoding, and the flattening of JSON objects into query parameters and
//! `application/x-www-form-urlencoded` bodies.

use serde_json::Value;

use super::params::ParamValue;
use super::spec::ObjectStyle;

/// RFC 3986 `unreserved`: the only bytes never percent-encoded in names and values.
pub(super) fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// RFC 6265 `cookie-octet`, minus `%` so that encoded values decode unambiguously.
pub(super) fn is_cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x24 | 0x26..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

/// Percent-encodes every byte `keep` rejects (UTF-8 bytes included).
pub(super) fn encode(value: &str, keep: fn(u8) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &b in value.as_bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.extend([
                '%',
                char::from(HEX[usize::from(b >> 4)]),
                char::from(HEX[usize::from(b & 15)]),
            ]);
        }
    }
    out
}

/// Percent-encodes a query or form name or value: everything but `unreserved`, so `[`, `]`,
/// `,`, `&`, `=` and spaces inside values can never be mistaken for structure.
pub(super) fn encode_component(value: &str) -> String {
    encode(value, is_unreserved)
}

/// Text of a JSON scalar as a parameter, like [`ParamValue`] would print it; `None` for null,
/// arrays and objects.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Null | Value::Array(_) | Value::Object(_) => None,
        // Floats go through `f64` so that `10.0` reads `10`, as for a plain `f64` parameter.
        Value::Number(n) if n.is_f64() => n.as_f64().map(|f| f.to_param()),
        other => Some(other.to_param()),
    }
}

/// Text of any JSON value that is not null: scalars as parameters, arrays and objects as
/// JSON text (the only unambiguous flat form a server can parse back).
fn flat_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Array(_) | Value::Object(_) => Some(value.to_string()),
        scalar => scalar_text(scalar),
    }
}

/// Percent-encoded `(name, value)` query pairs of an object parameter. Null properties and
/// items are skipped; a null value sends nothing.
///
/// A value that is not an object (the schema allowed a scalar or an array) is sent like a
/// plain or array parameter called `name`.
pub(super) fn object_query_pairs(
    name: &str,
    value: &Value,
    style: ObjectStyle,
) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    match (style, value) {
        (ObjectStyle::Form { explode: false }, _) => {
            // Encoded before joining: the separating commas must stay raw, commas inside
            // keys and values must not.
            return joined(value)
                .map(|text| (encode_component(name), text))
                .into_iter()
                .collect();
        }
        (ObjectStyle::DeepObject, Value::Object(map)) => {
            for (key, value) in map {
                deep_pairs(format!("{name}[{key}]"), value, &mut pairs);
            }
        }
        (ObjectStyle::DeepObject, other) => deep_pairs(name.to_owned(), other, &mut pairs),
        (ObjectStyle::Form { explode: true }, Value::Object(map)) => {
            // OpenAPI leaves nested values undefined here: arrays of scalars repeat the key
            // like an exploded array, anything deeper goes as JSON text.
            for (key, value) in map {
                repeated_pairs(key, value, &mut pairs);
            }
        }
        (ObjectStyle::Form { explode: true }, other) => repeated_pairs(name, other, &mut pairs),
    }
    (pairs.iter())
        .map(|(n, v)| (encode_component(n), encode_component(v)))
        .collect()
}

/// Encoded `k1,v1,k2,v2` for an object (nulls skipped, nested values as JSON text), `a,b` for
/// an array of scalars, the text of a scalar, JSON text for anything else; `None` when there
/// is nothing to send.
fn joined(value: &Value) -> Option<String> {
    let fields: Vec<String> = match value {
        Value::Object(map) => (map.iter())
            .filter_map(|(key, value)| Some([key.clone(), flat_text(value)?]))
            .flatten()
            .collect(),
        Value::Array(items) if items.iter().all(|i| !i.is_array() && !i.is_object()) => {
            items.iter().filter_map(scalar_text).collect()
        }
        other => flat_text(other).into_iter().collect(),
    };
    let fields: Vec<String> = fields.iter().map(|f| encode_component(f)).collect();
    (!fields.is_empty()).then(|| fields.join(","))
}

/// `deepObject` pairs: nested objects as `prefix[a][b]`, arrays of scalars as repeated
/// `prefix`, and (undefined by OpenAPI) arrays of objects or arrays as `prefix[0][a]`, the
/// form most server frameworks (Rails, qs, PHP) parse back.
fn deep_pairs(prefix: String, value: &Value, pairs: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, value) in map {
                deep_pairs(format!("{prefix}[{key}]"), value, pairs);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                match item {
                    Value::Object(_) | Value::Array(_) => {
                        deep_pairs(format!("{prefix}[{index}]"), item, pairs);
                    }
                    scalar => {
                        if let Some(text) = scalar_text(scalar) {
                            pairs.push((prefix.clone(), text));
                        }
                    }
                }
            }
        }
        scalar => {
            if let Some(text) = scalar_text(scalar) {
                pairs.push((prefix, text));
            }
        }
    }
}

/// `key=value`, arrays as repeated `key`, objects and arrays of arrays or objects as JSON text.
fn repeated_pairs(key: &str, value: &Value, pairs: &mut Vec<(String, String)>) {
    match value {
        Value::Array(items) => {
            pairs.extend(
                (items.iter())
                    .filter_map(flat_text)
                    .map(|text| (key.to_owned(), text)),
            );
        }
        other => pairs.extend(flat_text(other).map(|text| (key.to_owned(), text))),
    }
}

/// An `application/x-www-form-urlencoded` body of an object's top-level properties: arrays as
/// repeated keys, nested objects (and arrays of them) as JSON text, nulls skipped. `None` if
/// `value` is not an object.
pub(super) fn form_urlencoded(value: &Value) -> Option<String> {
    let map = value.as_object()?;
    let mut pairs = Vec::new();
    for (key, value) in map {
        repeated_pairs(key, value, &mut pairs);
    }
    // `%20` rather than `+` for spaces: every form decoder accepts it, and one encoder for
    // queries and bodies keeps the two consistent.
    let encoded: Vec<String> = (pairs.iter())
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect();
    Some(encoded.join("&"))
}

/// What a JSON value is, for error messages.
pub(super) fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
