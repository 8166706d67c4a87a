//! The `MaxQuantityBreachAction` model.
/// Action to be taken when the license maxQuantity is breached:
/// - `DO_NOTHING`: Refrain from granting any new licenses.
///
/// Values this version of the crate does not know decode into
/// [`MaxQuantityBreachAction::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for MaxQuantityBreachAction {
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
impl serde::Serialize for MaxQuantityBreachAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for MaxQuantityBreachAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
