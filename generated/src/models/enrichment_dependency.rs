//! The `EnrichmentDependency` model and the types inlined in it.
/// enrichment dependency
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EnrichmentDependency {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["key", "type", "name", "value"];
        struct EnrichmentDependencyVisitor;
        impl<'de> serde::de::Visitor<'de> for EnrichmentDependencyVisitor {
            type Value = EnrichmentDependency;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EnrichmentDependency")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EnrichmentDependency, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::EnrichmentDependencyType> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "key"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EnrichmentDependency {
                    key: crate::runtime::required(f0, "key")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    name: f2.unwrap_or_default(),
                    value: crate::runtime::required(f3, "value")?,
                })
            }
        }
        deserializer.deserialize_struct("EnrichmentDependency", FIELDS, EnrichmentDependencyVisitor)
    }
}
impl EnrichmentDependency {
    /// Creates a `EnrichmentDependency` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        key: String,
        r#type: crate::models::EnrichmentDependencyType,
        value: String,
    ) -> Self {
        Self {
            key,
            r#type,
            name: None,
            value,
        }
    }
}
/// The `EnrichmentDependencyType` schema.
///
/// Values this version of the crate does not know decode into
/// [`EnrichmentDependencyType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for EnrichmentDependencyType {
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
impl serde::Serialize for EnrichmentDependencyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for EnrichmentDependencyType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
