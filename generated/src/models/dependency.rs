//! The `Dependency` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `Dependency` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Dependency {
    /// `type`
    pub r#type: crate::models::DependencyType,
    /// `key`
    pub key: String,
    /// `name`
    pub name: String,
}

rt::deserialize_struct! {
    Dependency {
        0 r#type "type" required,
        1 key "key" required,
        2 name "name" required,
    }
}
impl Dependency {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        r#type: impl Into<crate::models::DependencyType>,
        key: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            key: key.into(),
            name: name.into(),
        }
    }
}

/// The `DependencyType` schema.
///
/// Values this version of the crate does not know decode into
/// [`DependencyType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DependencyType {
    /// `SETTING`
    Setting,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl DependencyType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Setting => "SETTING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DependencyType {
    fn from(value: &str) -> Self {
        match value {
            "SETTING" => Self::Setting,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for DependencyType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DependencyType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for DependencyType {
    fn as_str(&self) -> &str {
        DependencyType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for DependencyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for DependencyType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for DependencyType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
