//! The `MaxQuantityBreachAction` model.

use togai_codegen_runtime as rt;

/// Action to be taken when the license maxQuantity is breached:
/// - `DO_NOTHING`: Refrain from granting any new licenses.
///
/// Values this version of the crate does not know decode into
/// [`MaxQuantityBreachAction::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxQuantityBreachAction {
    /// `DO_NOTHING`
    DoNothing,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl MaxQuantityBreachAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNothing => "DO_NOTHING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MaxQuantityBreachAction {
    fn from(value: &str) -> Self {
        match value {
            "DO_NOTHING" => Self::DoNothing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for MaxQuantityBreachAction {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MaxQuantityBreachAction {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for MaxQuantityBreachAction {
    fn as_str(&self) -> &str {
        MaxQuantityBreachAction::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for MaxQuantityBreachAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for MaxQuantityBreachAction {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for MaxQuantityBreachAction {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
