//! The `AddOn` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `AddOn` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// status of addon
    pub status: crate::models::AddOnStatus,
    /// Display name of addon. This is an auto-generated field which contains billableName of addon.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
}

rt::deserialize_struct! {
    AddOn {
        0 name "name" required,
        1 r#type "type" required,
        2 billable_name "billableName" optional,
        3 id "id" required,
        4 created_at "createdAt" required rt::datetime::Seed,
        5 status "status" required,
        6 display_name "displayName" required,
    }
}
impl AddOn {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::AddOnType>,
        id: impl Into<String>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        status: impl Into<crate::models::AddOnStatus>,
        display_name: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            billable_name: None,
            id: id.into(),
            created_at: created_at.into(),
            status: status.into(),
            display_name: display_name.into(),
        }
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }
}

/// status of addon
///
/// Values this version of the crate does not know decode into
/// [`AddOnStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for AddOnStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AddOnStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for AddOnStatus {
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

impl rt::serde::Serialize for AddOnStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for AddOnStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
