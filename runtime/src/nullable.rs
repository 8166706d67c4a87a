//! [`Nullable`]: a field that may be absent, null or a value, as PATCH bodies need.

/// A field that may be absent, explicitly null, or a value.
///
/// `Option` cannot tell "leave unchanged" from "clear": in a partial update (PATCH) an absent
/// field keeps the stored value, while `null` erases it. Fields of this type are left out of
/// the JSON when [`Absent`](Nullable::Absent), sent as `null` when [`Null`](Nullable::Null),
/// and decode a missing field as `Absent` and `null` as `Null`.
///
/// ```
/// use togai_codegen_runtime::Nullable;
///
/// let keep: Nullable<String> = Nullable::Absent; // field not sent
/// let clear: Nullable<String> = None.into(); // "field": null
/// let set: Nullable<String> = "Acme".to_owned().into(); // "field": "Acme"
/// assert!(keep.is_absent() && clear.is_null());
/// assert_eq!(set.as_ref().map(String::as_str), Some("Acme"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Nullable<T> {
    /// Not sent: the server keeps its value.
    #[default]
    Absent,
    /// Sent as `null`: the server clears its value.
    Null,
    /// Sent as this value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the field is left out. Generated fields use this with
    /// `#[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]`.
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the field is an explicit `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one (`None` for both absent and null).
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// The value, if there is one (`None` for both absent and null).
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }
}

impl<T> From<T> for Nullable<T> {
    /// A value.
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some` is a value, `None` an explicit null (not absent: converting an `Option` means
    /// the caller has something to say about the field).
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        }
    }
}

impl<T: serde::Serialize> serde::Serialize for Nullable<T> {
    /// A value as itself; absent as `null` too, for the rare serialiser that is not told to
    /// skip it (`skip_serializing_if`), since null is the closest meaning.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    /// `null` is [`Null`](Nullable::Null), anything else a value; a missing field becomes
    /// [`Absent`](Nullable::Absent) through `#[serde(default)]`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Into::into)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        name: Nullable<String>,
    }

    fn round_trip(name: Nullable<String>, json: serde_json::Value) {
        let patch = Patch { name };
        assert_eq!(serde_json::to_value(&patch).unwrap(), json);
        assert_eq!(serde_json::from_value::<Patch>(json).unwrap(), patch);
    }

    #[test]
    fn absent_null_and_value_round_trip_as_missing_null_and_value() {
        round_trip(Nullable::Absent, json!({}));
        round_trip(Nullable::Null, json!({"name": null}));
        round_trip(Nullable::Value("Acme".into()), json!({"name": "Acme"}));
    }

    #[test]
    fn absent_serialises_as_null_without_skip() {
        assert_eq!(
            serde_json::to_string(&Nullable::<u8>::Absent).unwrap(),
            "null"
        );
    }

    #[test]
    fn conversions_and_accessors() {
        assert_eq!(Nullable::from(Some(1)), Nullable::Value(1));
        assert_eq!(Nullable::<u8>::from(None), Nullable::Null);
        assert_eq!(Nullable::from(2), Nullable::Value(2));
        assert!(Nullable::<u8>::default().is_absent());
        assert_eq!(
            (
                Nullable::<u8>::Null.as_ref(),
                Nullable::Value(3).into_option()
            ),
            (None, Some(3))
        );
        assert!(Nullable::<u8>::Null.is_null() && !Nullable::<u8>::Absent.is_null());
    }
}
