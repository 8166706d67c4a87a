//! The `InvoiceTiming` model.

use togai_codegen_runtime as rt;

/// If IN_ADVANCE, the rate card will be invoiced in the previous billing cycle.
/// If IN_ARREARS, the rate card will be invoiced in the current billing cycle.
/// If PREPAID, credits/entitlements will be granted only after invoice is paid
///
/// Values this version of the crate does not know decode into
/// [`InvoiceTiming::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoiceTiming {
    /// `IN_ADVANCE`
    InAdvance,
    /// `IN_ARREARS`
    InArrears,
    /// `PREPAID`
    Prepaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoiceTiming {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InAdvance => "IN_ADVANCE",
            Self::InArrears => "IN_ARREARS",
            Self::Prepaid => "PREPAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoiceTiming {
    fn from(value: &str) -> Self {
        match value {
            "IN_ADVANCE" => Self::InAdvance,
            "IN_ARREARS" => Self::InArrears,
            "PREPAID" => Self::Prepaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for InvoiceTiming {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoiceTiming {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for InvoiceTiming {
    fn as_str(&self) -> &str {
        InvoiceTiming::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoiceTiming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoiceTiming {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoiceTiming {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
