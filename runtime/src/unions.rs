//! Unions (`oneOf`/`anyOf`). With a `discriminator`, the generated `Serialize` and
//! `Deserialize` impls pick the variant by the discriminator property; without one, the
//! variants are tried in order, each only against JSON of its own kind (serde would
//! otherwise let a struct accept an array). Either way, JSON no variant takes is kept, so
//! that newer server versions do not break decoding.

use serde::Serialize;
use serde_json::Value;

/// The discriminator of a union value: the string `property` of a JSON object, if any.
#[doc(hidden)]
pub fn discriminator<'v>(value: &'v Value, property: &str) -> Option<&'v str> {
    value.as_object()?.get(property)?.as_str()
}

/// Decodes a union variant from the already-buffered JSON value, reporting failures through
/// the outer deserializer's error type. The message is serde_json's (no position: the value
/// is no longer text).
#[doc(hidden)]
pub fn from_value<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    value: Value,
) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Serialises a union variant, adding `property: tag` when the variant's JSON object does not
/// carry the discriminator itself (or carries `null`), so that the server can tell the
/// variants apart. Values that are not objects are serialised unchanged.
#[doc(hidden)]
pub fn serialize_tagged<T: Serialize + ?Sized, S: serde::Serializer>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let Value::Object(map) = &mut json {
        if let None | Some(Value::Null) = map.get(property) {
            map.insert(property.to_owned(), Value::String(tag.to_owned()));
        }
    }
    json.serialize(serializer)
}

/// The kind of JSON a union variant accepts.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// A JSON string.
    String,
    /// A JSON integer.
    Integer,
    /// Any JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// Anything.
    Any,
}

/// Decodes `value` as `T` if it is JSON of `kind` and `T` accepts it: one try of an
/// untagged union's variant.
#[doc(hidden)]
pub fn try_variant<T: serde::de::DeserializeOwned>(value: &Value, kind: JsonKind) -> Option<T> {
    let fits = match kind {
        JsonKind::Object => value.is_object(),
        JsonKind::Array => value.is_array(),
        JsonKind::String => value.is_string(),
        JsonKind::Integer => value.is_i64() || value.is_u64(),
        JsonKind::Number => value.is_number(),
        JsonKind::Boolean => value.is_boolean(),
        JsonKind::Any => true,
    };
    if fits {
        T::deserialize(value).ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Point {
        x: u8,
    }

    #[derive(serde::Serialize)]
    struct Card {
        #[serde(rename = "type")]
        kind: Option<&'static str>,
        last4: &'static str,
    }

    fn tagged<T: Serialize>(value: &T) -> Value {
        serialize_tagged(value, "type", "card", serde_json::value::Serializer).unwrap()
    }

    #[test]
    fn discriminator_is_a_string_property_of_an_object() {
        assert_eq!(
            discriminator(&json!({"type": "card"}), "type"),
            Some("card")
        );
        assert_eq!(discriminator(&json!({"type": 1}), "type"), None);
        assert_eq!(discriminator(&json!({"kind": "card"}), "type"), None);
        assert_eq!(discriminator(&json!(["type"]), "type"), None);
    }

    #[test]
    fn serialize_tagged_adds_a_missing_or_null_tag() {
        let untagged = Card {
            kind: None,
            last4: "4242",
        };
        assert_eq!(tagged(&untagged), json!({"last4": "4242", "type": "card"}));
        assert_eq!(tagged(&json!({"a": 1})), json!({"a": 1, "type": "card"}));
    }

    #[test]
    fn serialize_tagged_keeps_an_existing_tag_and_non_objects() {
        let tagged_already = Card {
            kind: Some("CARD"),
            last4: "1",
        };
        assert_eq!(tagged(&tagged_already)["type"], "CARD");
        assert_eq!(tagged(&[1, 2]), json!([1, 2]));
        assert_eq!(tagged(&"text"), json!("text"));
    }

    #[test]
    fn try_variant_only_tries_json_of_the_variants_kind() {
        // serde's derive would accept `[1]` as a `Point`: the kind check refuses it.
        assert_eq!(try_variant::<Point>(&json!([1]), JsonKind::Object), None);
        assert_eq!(
            try_variant::<Point>(&json!([1]), JsonKind::Any),
            Some(Point { x: 1 })
        );
        assert_eq!(
            try_variant::<Point>(&json!({"x": 2}), JsonKind::Object),
            Some(Point { x: 2 })
        );
        assert_eq!(
            try_variant::<Point>(&json!({"x": "2"}), JsonKind::Object),
            None
        );
    }

    #[test]
    fn integer_kind_refuses_fractions_and_number_kind_takes_them() {
        assert_eq!(try_variant::<f64>(&json!(1.5), JsonKind::Integer), None);
        assert_eq!(try_variant::<f64>(&json!(1.5), JsonKind::Number), Some(1.5));
        assert_eq!(try_variant::<i64>(&json!(-2), JsonKind::Integer), Some(-2));
        assert_eq!(try_variant::<String>(&json!(true), JsonKind::String), None);
        assert_eq!(
            try_variant::<bool>(&json!(true), JsonKind::Boolean),
            Some(true)
        );
    }

    #[test]
    fn from_value_reports_through_the_outer_error_type() {
        let err = from_value::<Point, serde::de::value::Error>(json!({"x": 300})).unwrap_err();
        assert!(
            err.to_string().contains("invalid value: integer `300`"),
            "{err}"
        );
    }
}
