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

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use super::*;
    use crate::ParamValue;

    #[derive(Debug, PartialEq)]
    enum Status {
        Active,
        Unknown(String),
    }

    impl StringEnum for Status {
        fn as_str(&self) -> &str {
            match self {
                Status::Active => "ACTIVE",
                Status::Unknown(other) => other,
            }
        }
        fn from_wire(s: &str) -> Self {
            match s {
                "ACTIVE" => Status::Active,
                other => Status::Unknown(other.to_owned()),
            }
        }
    }

    impl Serialize for Status {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_enum(self, s)
        }
    }

    impl<'de> Deserialize<'de> for Status {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_enum(d)
        }
    }

    #[derive(Debug, PartialEq)]
    enum Level {
        One,
        Unknown(i64),
    }

    impl IntEnum for Level {
        fn as_i64(&self) -> i64 {
            match self {
                Level::One => 1,
                Level::Unknown(other) => *other,
            }
        }
        fn from_wire(value: i64) -> Self {
            match value {
                1 => Level::One,
                other => Level::Unknown(other),
            }
        }
    }

    impl Serialize for Level {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_int_enum(self, s)
        }
    }

    impl<'de> Deserialize<'de> for Level {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_int_enum(d)
        }
    }

    #[test]
    fn unknown_string_values_are_kept_and_written_back_verbatim() {
        let status: Status = serde_json::from_str("\"PAUSED\"").unwrap();
        assert_eq!(status, Status::Unknown("PAUSED".into()));
        assert_eq!(serde_json::to_string(&status).unwrap(), "\"PAUSED\"");
        let known: Status = serde_json::from_value(json!("ACTIVE")).unwrap();
        assert_eq!(
            (known.to_param(), serde_json::to_value(&known).unwrap()),
            ("ACTIVE".into(), json!("ACTIVE"))
        );
    }

    #[test]
    fn string_enum_rejects_other_json() {
        let err = serde_json::from_str::<Status>("1").unwrap_err().to_string();
        assert!(err.contains("expected a string"), "{err}");
    }

    #[test]
    fn unknown_integers_are_kept_and_written_back() {
        let levels: Vec<Level> = serde_json::from_str("[1, 7, -3]").unwrap();
        assert_eq!(levels, [Level::One, Level::Unknown(7), Level::Unknown(-3)]);
        assert_eq!(serde_json::to_string(&levels).unwrap(), "[1,7,-3]");
    }

    #[test]
    fn integer_enum_rejects_floats_strings_and_values_beyond_i64() {
        for json in ["1.0", "\"1\"", "18446744073709551615"] {
            let err = serde_json::from_str::<Level>(json).unwrap_err().to_string();
            assert!(
                err.contains("expected a 64-bit signed integer"),
                "{json}: {err}"
            );
        }
        let max: Level = serde_json::from_str(&i64::MAX.to_string()).unwrap();
        assert_eq!(max, Level::Unknown(i64::MAX));
    }
}
