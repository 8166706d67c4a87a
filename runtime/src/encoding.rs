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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn pairs(name: &str, value: Value, style: ObjectStyle) -> Vec<(String, String)> {
        object_query_pairs(name, &value, style)
    }

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        (pairs.iter())
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn unreserved_bytes_are_kept_and_everything_else_is_encoded_uppercase() {
        let unreserved = "AZaz09-._~";
        assert_eq!(encode_component(unreserved), unreserved);
        assert_eq!(
            encode_component(":/?#[]@!$&'()*+,;= %"),
            "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%20%25"
        );
    }

    #[test]
    fn non_ascii_is_encoded_byte_by_byte_as_utf8() {
        assert_eq!(encode_component("é€"), "%C3%A9%E2%82%AC");
        assert_eq!(encode("é", is_cookie_octet), "%C3%A9");
    }

    #[test]
    fn cookie_values_keep_cookie_octets_and_encode_separators_and_percent() {
        assert_eq!(
            encode("a=b/c:d!", is_cookie_octet),
            "a=b/c:d!",
            "cookie-octets stay raw"
        );
        assert_eq!(
            encode("a b;c,d\"e\\f%g\u{7f}", is_cookie_octet),
            "a%20b%3Bc%2Cd%22e%5Cf%25g%7F"
        );
    }

    #[test]
    fn deep_object_nests_brackets_and_skips_nulls() {
        let value = json!({"range": {"from": 1, "to": null}, "status": "ACTIVE", "x": null});
        assert_eq!(
            pairs("filter", value, ObjectStyle::DeepObject),
            owned(&[
                ("filter%5Brange%5D%5Bfrom%5D", "1"),
                ("filter%5Bstatus%5D", "ACTIVE"),
            ])
        );
    }

    #[test]
    fn deep_object_repeats_scalar_arrays_and_indexes_arrays_of_objects() {
        let value = json!({"ids": [1, null, 2], "items": [{"a": "x y"}]});
        assert_eq!(
            pairs("f", value, ObjectStyle::DeepObject),
            owned(&[
                ("f%5Bids%5D", "1"),
                ("f%5Bids%5D", "2"),
                ("f%5Bitems%5D%5B0%5D%5Ba%5D", "x%20y"),
            ])
        );
    }

    #[test]
    fn deep_object_of_a_scalar_or_null_is_a_plain_parameter_or_nothing() {
        assert_eq!(
            pairs("f", json!(10.0), ObjectStyle::DeepObject),
            owned(&[("f", "10")])
        );
        assert!(pairs("f", Value::Null, ObjectStyle::DeepObject).is_empty());
    }

    #[test]
    fn exploded_form_sends_properties_without_the_parameter_name() {
        let value = json!({"a": "x&y", "b": [1, 2], "c": {"d": 1}, "e": null, "f": [[1]]});
        assert_eq!(
            pairs("filter", value, ObjectStyle::Form { explode: true }),
            owned(&[
                ("a", "x%26y"),
                ("b", "1"),
                ("b", "2"),
                ("c", "%7B%22d%22%3A1%7D"),
                ("f", "%5B1%5D"),
            ])
        );
    }

    #[test]
    fn exploded_form_of_an_array_repeats_the_parameter_name() {
        assert_eq!(
            pairs(
                "ids",
                json!(["a", "b"]),
                ObjectStyle::Form { explode: true }
            ),
            owned(&[("ids", "a"), ("ids", "b")])
        );
    }

    #[test]
    fn unexploded_form_joins_keys_and_values_with_raw_commas() {
        let value = json!({"a": "x,y", "b": 1.5, "n": null, "o": {"k": true}});
        assert_eq!(
            pairs("f", value, ObjectStyle::Form { explode: false }),
            owned(&[("f", "a,x%2Cy,b,1.5,o,%7B%22k%22%3Atrue%7D")])
        );
        assert_eq!(
            pairs("f", json!([1, "a b"]), ObjectStyle::Form { explode: false }),
            owned(&[("f", "1,a%20b")])
        );
    }

    #[test]
    fn unexploded_form_of_nothing_sends_nothing() {
        let style = ObjectStyle::Form { explode: false };
        assert!(pairs("f", json!({}), style).is_empty());
        assert!(pairs("f", json!({"a": null}), style).is_empty());
        assert!(pairs("f", Value::Null, style).is_empty());
    }

    #[test]
    fn form_body_repeats_arrays_and_writes_nested_objects_as_json() {
        let value = json!({
            "a": "x y+z",
            "b": [1, 2],
            "c": {"d": [1]},
            "e": null,
            "f": [{"g": 1}],
        });
        assert_eq!(
            form_urlencoded(&value).as_deref(),
            Some("a=x%20y%2Bz&b=1&b=2&c=%7B%22d%22%3A%5B1%5D%7D&f=%7B%22g%22%3A1%7D")
        );
        assert_eq!(form_urlencoded(&json!({})).as_deref(), Some(""));
    }

    #[test]
    fn form_body_of_a_value_that_is_not_an_object_is_none() {
        assert_eq!(form_urlencoded(&json!([1, 2])), None);
        assert_eq!(form_urlencoded(&json!("a=b")), None);
        assert_eq!(form_urlencoded(&Value::Null), None);
    }

    #[test]
    fn json_kinds_read_as_english() {
        assert_eq!(json_kind(&json!([])), "an array");
        assert_eq!(json_kind(&json!(1)), "a number");
        assert_eq!(json_kind(&json!({})), "an object");
    }
}
