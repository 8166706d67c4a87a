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
