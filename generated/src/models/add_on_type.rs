//! The `AddOnType` model.

use togai_codegen_runtime as rt;

/// LICENSE: Addon can be used in license rate cards
/// FIXED_FEE: Addon can be used in fixed fee rate cards
/// CREDIT_GRANT: Addon can be used in credit grant rate cards
/// NAMED_LICENSE: Addon can be used in license rate cards
///
/// Values this version of the crate does not know decode into
/// [`AddOnType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddOnType {
    /// `LICENSE`
    License,
    /// `FIXED_FEE`
    FixedFee,
    /// `CREDIT_GRANT`
    CreditGrant,
    /// `NAMED_LICENSE`
    NamedLicense,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl AddOnType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::License => "LICENSE",
            Self::FixedFee => "FIXED_FEE",
            Self::CreditGrant => "CREDIT_GRANT",
            Self::NamedLicense => "NAMED_LICENSE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AddOnType {
    fn from(value: &str) -> Self {
        match value {
            "LICENSE" => Self::License,
            "FIXED_FEE" => Self::FixedFee,
            "CREDIT_GRANT" => Self::CreditGrant,
            "NAMED_LICENSE" => Self::NamedLicense,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for AddOnType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AddOnType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for AddOnType {
    fn as_str(&self) -> &str {
        AddOnType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for AddOnType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for AddOnType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for AddOnType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
