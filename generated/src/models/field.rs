//! The `Field` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `Field` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Field {
    /// `name`
    pub name: String,
    /// `type`
    pub r#type: crate::models::FieldType,
    /// `enrichmentType`
    #[serde(rename = "enrichmentType")]
    pub enrichment_type: crate::models::FieldEnrichmentType,
    /// `value`
    pub value: String,
    /// `order`
    pub order: i32,
}

rt::deserialize_struct! {
    Field {
        0 name "name" required,
        1 r#type "type" required,
        2 enrichment_type "enrichmentType" required,
        3 value "value" required,
        4 order "order" required,
    }
}
impl Field {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::FieldType>,
        enrichment_type: impl Into<crate::models::FieldEnrichmentType>,
        value: impl Into<String>,
        order: impl Into<i32>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            enrichment_type: enrichment_type.into(),
            value: value.into(),
            order: order.into(),
        }
    }
}

/// The `FieldType` schema.
///
/// Values this version of the crate does not know decode into
/// [`FieldType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// `ATTRIBUTE`
    Attribute,
    /// `DIMENSION`
    Dimension,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl FieldType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Attribute => "ATTRIBUTE",
            Self::Dimension => "DIMENSION",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FieldType {
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTE" => Self::Attribute,
            "DIMENSION" => Self::Dimension,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for FieldType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FieldType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for FieldType {
    fn as_str(&self) -> &str {
        FieldType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for FieldType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for FieldType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for FieldType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// The `FieldEnrichmentType` schema.
///
/// Values this version of the crate does not know decode into
/// [`FieldEnrichmentType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldEnrichmentType {
    /// `VALUE`
    Value,
    /// `JSON_LOGIC`
    JsonLogic,
    /// `JSON_LOGIC_FROM_DEPENDENCY`
    JsonLogicFromDependency,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl FieldEnrichmentType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Value => "VALUE",
            Self::JsonLogic => "JSON_LOGIC",
            Self::JsonLogicFromDependency => "JSON_LOGIC_FROM_DEPENDENCY",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FieldEnrichmentType {
    fn from(value: &str) -> Self {
        match value {
            "VALUE" => Self::Value,
            "JSON_LOGIC" => Self::JsonLogic,
            "JSON_LOGIC_FROM_DEPENDENCY" => Self::JsonLogicFromDependency,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for FieldEnrichmentType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FieldEnrichmentType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for FieldEnrichmentType {
    fn as_str(&self) -> &str {
        FieldEnrichmentType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for FieldEnrichmentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for FieldEnrichmentType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for FieldEnrichmentType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
