//! The `ProratedRefundMode` model.

use togai_codegen_runtime as rt;

/// The `ProratedRefundMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProratedRefundMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProratedRefundMode {
    /// `NONE`
    None,
    /// `CREDITS`
    Credits,
    /// `PAYMENT`
    Payment,
    /// `WALLET`
    Wallet,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ProratedRefundMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Credits => "CREDITS",
            Self::Payment => "PAYMENT",
            Self::Wallet => "WALLET",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProratedRefundMode {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "CREDITS" => Self::Credits,
            "PAYMENT" => Self::Payment,
            "WALLET" => Self::Wallet,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ProratedRefundMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProratedRefundMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ProratedRefundMode {
    fn as_str(&self) -> &str {
        ProratedRefundMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ProratedRefundMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ProratedRefundMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ProratedRefundMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
