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
