//! The `EventCorrectionAction` model.
/// The `EventCorrectionAction` schema.
///
/// Values this version of the crate does not know decode into
/// [`EventCorrectionAction::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventCorrectionAction {
    /// `UNDO`
    Undo,
    /// `REDO`
    Redo,
    /// `REDO_EVENT`
    RedoEvent,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl EventCorrectionAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Undo => "UNDO",
            Self::Redo => "REDO",
            Self::RedoEvent => "REDO_EVENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EventCorrectionAction {
    fn from(value: &str) -> Self {
        match value {
            "UNDO" => Self::Undo,
            "REDO" => Self::Redo,
            "REDO_EVENT" => Self::RedoEvent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for EventCorrectionAction {
    fn as_str(&self) -> &str {
        EventCorrectionAction::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for EventCorrectionAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventCorrectionAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for EventCorrectionAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
