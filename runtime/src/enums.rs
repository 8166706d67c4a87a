//! String and integer enums of the API description, which keep values this crate does not
//! know instead of failing to decode them.

use std::fmt;
use std::marker::PhantomData;

/// A string enum of the API description. Values this crate does not know are kept verbatim
/// (in an `Unknown` variant) so that newer server versions do not break decoding.
#[doc(hidden)]
pub trait StringEnum: Sized {
    /// The wire value.
    fn as_str(&self) -> &str;
    /// The variant for a wire value, `Unknown` if it is not known.
    fn from_wire(s: &str) -> Self;
}

/// `Serialize` body of every generated string enum.
#[doc(hidden)]
pub fn serialize_enum<T: StringEnum, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// `Deserialize` body of every generated string enum.
#[doc(hidden)]
pub fn deserialize_enum<'de, T: StringEnum, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<T, D::Error> {
    struct Visitor<T>(PhantomData<T>);
    impl<T: StringEnum> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<T, E> {
            Ok(T::from_wire(v))
        }
    }
    deserializer.deserialize_str(Visitor(PhantomData))
}

/// An integer enum of the API description. Values this crate does not know are kept (in an
/// `Unknown(i64)` variant) so that newer server versions do not break decoding.
///
/// Generated enums also implement [`ParamValue`](super::ParamValue) themselves, since a
/// blanket impl over this trait would conflict with the one over [`StringEnum`].
#[doc(hidden)]
pub trait IntEnum: Sized {
    /// The wire value.
    fn as_i64(&self) -> i64;
    /// The variant for a wire value, `Unknown` if it is not known.
    fn from_wire(value: i64) -> Self;
}

/// `Serialize` body of every generated integer enum.
#[doc(hidden)]
pub fn serialize_int_enum<T: IntEnum, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_i64(value.as_i64())
}

/// `Deserialize` body of every generated integer enum: any integer that fits in `i64`.
/// Floats and strings are rejected, even `1.0` or `"1"`: the schema says integer, and a
/// server sending something else is worth hearing about.
#[doc(hidden)]
pub fn deserialize_int_enum<'de, T: IntEnum, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<T, D::Error> {
    struct Visitor<T>(PhantomData<T>);
    impl<T: IntEnum> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a 64-bit signed integer")
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<T, E> {
            Ok(T::from_wire(v))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<T, E> {
            match i64::try_from(v) {
                Ok(v) => Ok(T::from_wire(v)),
                Err(_) => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self)),
            }
        }
    }
    deserializer.deserialize_i64(Visitor(PhantomData))
}
