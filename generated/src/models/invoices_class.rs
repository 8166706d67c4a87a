//! The `InvoicesClass` model.

use togai_codegen_runtime as rt;

/// Represents the class of entity( INVOICE/ORDER/BILLABLE)
///
/// Values this version of the crate does not know decode into
/// [`InvoicesClass::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoicesClass {
    /// `INVOICE`
    Invoice,
    /// `ORDER`
    Order,
    /// `BILLABLE`
    Billable,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoicesClass {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invoice => "INVOICE",
            Self::Order => "ORDER",
            Self::Billable => "BILLABLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoicesClass {
    fn from(value: &str) -> Self {
        match value {
            "INVOICE" => Self::Invoice,
            "ORDER" => Self::Order,
            "BILLABLE" => Self::Billable,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for InvoicesClass {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoicesClass {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for InvoicesClass {
    fn as_str(&self) -> &str {
        InvoicesClass::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoicesClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoicesClass {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoicesClass {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
