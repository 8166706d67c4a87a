//! The `AddOn` model and the types inlined in it.
/// The `AddOn` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AddOn {
    /// Name of addon
    pub name: String,
    /// `type`
    pub r#type: crate::models::AddOnType,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Id of addon
    pub id: String,
    /// Created Time of addon
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// status of addon
    pub status: crate::models::AddOnStatus,
    /// Display name of addon. This is an auto-generated field which contains billableName of addon.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AddOn {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "type",
            "billableName",
            "id",
            "createdAt",
            "status",
            "displayName",
        ];
        struct AddOnVisitor;
        impl<'de> serde::de::Visitor<'de> for AddOnVisitor {
            type Value = AddOn;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AddOn")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AddOn, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::AddOnType> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f5: Option<crate::models::AddOnStatus> = None;
                let mut f6: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "billableName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "id"),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        5 => crate::runtime::field(&mut map, &mut f5, "status"),
                        6 => crate::runtime::field(&mut map, &mut f6, "displayName"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddOn {
                    name: crate::runtime::required(f0, "name")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    billable_name: f2.unwrap_or_default(),
                    id: crate::runtime::required(f3, "id")?,
                    created_at: crate::runtime::required(f4, "createdAt")?,
                    status: crate::runtime::required(f5, "status")?,
                    display_name: crate::runtime::required(f6, "displayName")?,
                })
            }
        }
        deserializer.deserialize_struct("AddOn", FIELDS, AddOnVisitor)
    }
}
impl AddOn {
    /// Creates a `AddOn` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        r#type: crate::models::AddOnType,
        id: String,
        created_at: chrono::DateTime<chrono::Utc>,
        status: crate::models::AddOnStatus,
        display_name: String,
    ) -> Self {
        Self {
            name,
            r#type,
            billable_name: None,
            id,
            created_at,
            status,
            display_name,
        }
    }
}
/// status of addon
///
/// Values this version of the crate does not know decode into
/// [`AddOnStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddOnStatus {
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl AddOnStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AddOnStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for AddOnStatus {
    fn as_str(&self) -> &str {
        AddOnStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for AddOnStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddOnStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for AddOnStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
