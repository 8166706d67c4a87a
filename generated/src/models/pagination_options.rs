//! The `PaginationOptions` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `PaginationOptions` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PaginationOptions {
    /// `pageSize`
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// `sortOrder`
    #[serde(rename = "sortOrder", skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<crate::models::PaginationOptionsSortOrder>,
}

rt::deserialize_struct! {
    PaginationOptions {
        0 page_size "pageSize" optional,
        1 sort_order "sortOrder" optional,
    }
}
impl PaginationOptions {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `page_size` (`pageSize`); until set, it is left out.
    pub fn with_page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `sort_order` (`sortOrder`); until set, it is left out.
    pub fn with_sort_order(
        mut self,
        value: impl Into<crate::models::PaginationOptionsSortOrder>,
    ) -> Self {
        self.sort_order = Some(value.into());
        self
    }
}

/// The `PaginationOptionsSortOrder` schema.
///
/// Values this version of the crate does not know decode into
/// [`PaginationOptionsSortOrder::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaginationOptionsSortOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PaginationOptionsSortOrder {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PaginationOptionsSortOrder {
    fn from(value: &str) -> Self {
        match value {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PaginationOptionsSortOrder {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PaginationOptionsSortOrder {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PaginationOptionsSortOrder {
    fn as_str(&self) -> &str {
        PaginationOptionsSortOrder::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PaginationOptionsSortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PaginationOptionsSortOrder {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PaginationOptionsSortOrder {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
