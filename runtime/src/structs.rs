//! Decoding of generated structs.
//!
//! Generated structs implement `Deserialize` by hand rather than with serde's derive, through
//! [`deserialize_struct!`]: the list of their JSON keys, one `Option` slot per field, a `match`
//! on the key's index, and these helpers. The derive emits a field enum, its own visitor and a
//! sequence form per struct, which was more than half of this crate's compile time; what it
//! does beyond this is nothing JSON needs (structs written as arrays). Unknown keys are skipped;
//! a repeated key or a missing required field is an error naming the field, as with the derive.
//!
//! The impl is a `macro_rules!` so that each struct states only its fields (a tenth of the
//! source the written-out impl took), while the compiled code stays the same.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error, IgnoredAny, MapAccess, Visitor};

/// Reads one key of a struct as the index of its field in the struct's list of JSON keys
/// (`usize::MAX` when unknown). A linear search is what a `match` on strings compiles to, and
/// this one is compiled once for all structs.
#[doc(hidden)]
pub struct FieldSeed(pub &'static [&'static str]);

impl FieldSeed {
    fn index(&self, key: &str) -> usize {
        self.0.iter().position(|k| *k == key).unwrap_or(usize::MAX)
    }
}

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<usize, E> {
        Ok(self.index(v))
    }

    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<usize, E> {
        Ok(std::str::from_utf8(v).map_or(usize::MAX, |key| self.index(key)))
    }
}

/// Reads the value of field `name` into its empty `slot`; a second occurrence is an error.
#[doc(hidden)]
#[inline]
pub fn field<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    field_seed(map, slot, name, PhantomData)
}

/// [`field`] through a seed, for fields with their own decoding (date-times).
#[doc(hidden)]
#[inline]
pub fn field_seed<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    name: &'static str,
    seed: S,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// The value of a required field, or the `missing field` error.
#[doc(hidden)]
#[inline]
pub fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Skips the value of a key the struct does not declare.
#[doc(hidden)]
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// `impl Deserialize` for a struct, from its fields: for each, its index in the struct's list of
/// JSON keys, its identifier, its JSON key, whether a missing key is an error (`required`) or
/// the type's default (`optional`: `None`, `Absent`) and, when the type's own `Deserialize` is
/// not the way to read it, a seed:
///
/// ```text
/// $crate::deserialize_struct! {
///     Event { 0 id "id" required, 1 at "createdAt" optional rt::datetime::OptionSeed }
/// }
/// ```
///
/// Every path goes through `$crate`, so the generated code (a crate, or a module included by a
/// build script) needs no dependency but this crate. The field types are inferred from the
/// struct.
#[doc(hidden)]
#[macro_export]
macro_rules! deserialize_struct {
    ($name:ident { $($i:literal $f:ident $wire:literal $end:ident $($seed:path)?),* $(,)? }) => {
        #[allow(deprecated)]
        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                const FIELDS: &[&str] = &[$($wire),*];
                struct __Visitor;
                impl<'de> $crate::serde::de::Visitor<'de> for __Visitor {
                    type Value = $name;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }
                    fn visit_map<A: $crate::serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::core::result::Result<$name, A::Error> {
                        $(let mut $f = None;)*
                        while let Some(key) = map.next_key_seed($crate::FieldSeed(FIELDS))? {
                            match key {
                                $($i => $crate::deserialize_struct!(@read map $f $wire $($seed)?),)*
                                _ => $crate::skip(&mut map),
                            }?;
                        }
                        Ok($name { $($f: $crate::deserialize_struct!(@end $end $f $wire)),* })
                    }
                }
                deserializer.deserialize_struct(stringify!($name), FIELDS, __Visitor)
            }
        }
    };
    (@end required $f:ident $wire:literal) => {
        $crate::required($f, $wire)?
    };
    (@end optional $f:ident $wire:literal) => {
        $f.unwrap_or_default()
    };
    (@read $map:ident $f:ident $wire:literal) => {
        $crate::field(&mut $map, &mut $f, $wire)
    };
    (@read $map:ident $f:ident $wire:literal $seed:path) => {
        $crate::field_seed(&mut $map, &mut $f, $wire, $seed)
    };
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeZone, Utc};
    use serde::de::value::{BytesDeserializer, Error as ValueError};
    use serde_json::json;

    use super::*;

    #[derive(Debug, PartialEq)]
    struct Event {
        id: String,
        name: Option<String>,
        at: Option<DateTime<Utc>>,
        tags: Vec<String>,
    }

    crate::deserialize_struct! {
        Event {
            0 id "id" required,
            1 name "displayName" optional,
            2 at "createdAt" optional crate::datetime::OptionSeed,
            3 tags "tags" optional,
        }
    }

    fn decode(json: &str) -> Result<Event, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn fields_are_read_by_their_json_keys_and_seeds() {
        let event = decode(
            r#"{"id":"e1","displayName":"Launch","createdAt":"2024-01-02T03:04:05","tags":["a"]}"#,
        );
        assert_eq!(
            event,
            Ok(Event {
                id: "e1".into(),
                name: Some("Launch".into()),
                at: Some(Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap()),
                tags: vec!["a".into()],
            })
        );
    }

    #[test]
    fn missing_optional_fields_are_their_defaults() {
        let event = decode(r#"{"id":"e1"}"#).unwrap();
        assert_eq!((event.name, event.at, event.tags), (None, None, vec![]));
        let event = decode(r#"{"id":"e1","displayName":null,"createdAt":null}"#).unwrap();
        assert_eq!((event.name, event.at), (None, None));
    }

    #[test]
    fn unknown_keys_are_skipped_whatever_their_value() {
        let event =
            decode(r#"{"extra":{"deep":[1,{"x":null}]},"id":"e1","name":"not displayName"}"#);
        assert_eq!(event.map(|e| (e.id, e.name)), Ok(("e1".into(), None)));
    }

    #[test]
    fn duplicate_key_is_an_error_naming_the_field() {
        let err = decode(r#"{"id":"a","id":"b"}"#).unwrap_err();
        assert!(err.starts_with("duplicate field `id`"), "{err}");
        let err = decode(r#"{"id":"a","createdAt":null,"createdAt":"2024-01-01T00:00:00Z"}"#)
            .unwrap_err();
        assert!(err.starts_with("duplicate field `createdAt`"), "{err}");
    }

    #[test]
    fn missing_required_field_is_an_error_naming_its_json_key() {
        let err = decode(r#"{"displayName":"x"}"#).unwrap_err();
        assert!(err.starts_with("missing field `id`"), "{err}");
    }

    #[test]
    fn field_errors_come_from_the_field_type_or_seed() {
        let err = decode(r#"{"id":"a","createdAt":"soon"}"#).unwrap_err();
        assert!(err.starts_with("invalid date-time `soon`"), "{err}");
        let err = decode(r#"{"id":7}"#).unwrap_err();
        assert!(
            err.starts_with("invalid type: integer `7`, expected a string"),
            "{err}"
        );
    }

    #[test]
    fn only_objects_decode_not_arrays() {
        let err = decode(r#"["e1"]"#).unwrap_err();
        assert!(err.contains("expected struct Event"), "{err}");
    }

    #[test]
    fn decodes_from_a_json_value_too() {
        let event: Event = serde_json::from_value(json!({"id": "e1", "tags": ["x", "y"]})).unwrap();
        assert_eq!(event.tags, ["x", "y"]);
    }

    #[test]
    fn field_seed_reads_byte_keys_and_unknown_keys_as_max() {
        let seed = || FieldSeed(&["a", "b"]);
        let read = |bytes: &[u8]| seed().deserialize(BytesDeserializer::<ValueError>::new(bytes));
        assert_eq!(read(b"b"), Ok(1));
        assert_eq!(read(b"c"), Ok(usize::MAX));
        assert_eq!(read(b"\xff"), Ok(usize::MAX));
    }
}
