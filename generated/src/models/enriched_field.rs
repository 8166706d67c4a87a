//! The `EnrichedField` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// enriched field
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EnrichedField {
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: crate::models::EnrichedFieldType,
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    EnrichedField {
        0 name "name" required,
        1 r#type "type" required,
        2 value "value" required,
    }
}
impl EnrichedField {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::EnrichedFieldType>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            value: value.into(),
        }
    }
}

/// The `EnrichedFieldType` schema.
///
/// Values this version of the crate does not know decode into
/// [`EnrichedFieldType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnrichedFieldType {
    /// `ATTRIBUTE`
    Attribute,
    /// `DIMENSION`
    Dimension,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl EnrichedFieldType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Attribute => "ATTRIBUTE",
            Self::Dimension => "DIMENSION",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EnrichedFieldType {
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTE" => Self::Attribute,
            "DIMENSION" => Self::Dimension,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for EnrichedFieldType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EnrichedFieldType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for EnrichedFieldType {
    fn as_str(&self) -> &str {
        EnrichedFieldType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for EnrichedFieldType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for EnrichedFieldType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for EnrichedFieldType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
