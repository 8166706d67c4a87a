//! The `EnrichmentDependency` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// enrichment dependency
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EnrichmentDependency {
    /// `key`
    pub key: String,
    /// `type`
    pub r#type: crate::models::EnrichmentDependencyType,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    pub value: String,
}

rt::deserialize_struct! {
    EnrichmentDependency {
        0 key "key" required,
        1 r#type "type" required,
        2 name "name" optional,
        3 value "value" required,
    }
}
impl EnrichmentDependency {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        key: impl Into<String>,
        r#type: impl Into<crate::models::EnrichmentDependencyType>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            key: key.into(),
            r#type: r#type.into(),
            name: None,
            value: value.into(),
        }
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// The `EnrichmentDependencyType` schema.
///
/// Values this version of the crate does not know decode into
/// [`EnrichmentDependencyType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnrichmentDependencyType {
    /// `SETTING`
    Setting,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl EnrichmentDependencyType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Setting => "SETTING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EnrichmentDependencyType {
    fn from(value: &str) -> Self {
        match value {
            "SETTING" => Self::Setting,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for EnrichmentDependencyType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EnrichmentDependencyType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for EnrichmentDependencyType {
    fn as_str(&self) -> &str {
        EnrichmentDependencyType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for EnrichmentDependencyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for EnrichmentDependencyType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for EnrichmentDependencyType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
