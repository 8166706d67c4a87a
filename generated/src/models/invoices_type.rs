//! The `InvoicesType` model.

use togai_codegen_runtime as rt;

/// Represents the type of entity(STANDARD/AD_HOC/COMPOSITE)
///
/// Values this version of the crate does not know decode into
/// [`InvoicesType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoicesType {
    /// `STANDARD`
    Standard,
    /// `AD_HOC`
    AdHoc,
    /// `CUSTOM`
    Custom,
    /// `COMPOSITE`
    Composite,
    /// `STANDARD_ADVANCED`
    StandardAdvanced,
    /// `ADHOC_ADVANCED`
    AdhocAdvanced,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoicesType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::AdHoc => "AD_HOC",
            Self::Custom => "CUSTOM",
            Self::Composite => "COMPOSITE",
            Self::StandardAdvanced => "STANDARD_ADVANCED",
            Self::AdhocAdvanced => "ADHOC_ADVANCED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoicesType {
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Self::Standard,
            "AD_HOC" => Self::AdHoc,
            "CUSTOM" => Self::Custom,
            "COMPOSITE" => Self::Composite,
            "STANDARD_ADVANCED" => Self::StandardAdvanced,
            "ADHOC_ADVANCED" => Self::AdhocAdvanced,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for InvoicesType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoicesType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for InvoicesType {
    fn as_str(&self) -> &str {
        InvoicesType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoicesType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoicesType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoicesType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
