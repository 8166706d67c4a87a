//! The `GetAddOnsStatus` model.
/// The `GetAddOnsStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetAddOnsStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAddOnsStatus {
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl GetAddOnsStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetAddOnsStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for GetAddOnsStatus {
    fn as_str(&self) -> &str {
        GetAddOnsStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for GetAddOnsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for GetAddOnsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for GetAddOnsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
