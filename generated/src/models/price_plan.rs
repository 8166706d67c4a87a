//! The `PricePlan` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Price plan entity
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlan {
    /// Price plan id
    pub id: String,
    /// Name of the price plan
    pub name: String,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status of Price plan
    pub status: crate::models::PricePlanStatus,
    /// `pricingSchedule`
    #[serde(rename = "pricingSchedule")]
    pub pricing_schedule: Vec<crate::models::PricingSchedule>,
}

rt::deserialize_struct! {
    PricePlan {
        0 id "id" required,
        1 name "name" required,
        2 r#type "type" required,
        3 description "description" optional,
        4 status "status" required,
        5 pricing_schedule "pricingSchedule" required,
    }
}
impl PricePlan {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::models::PricePlanType>,
        status: impl Into<crate::models::PricePlanStatus>,
        pricing_schedule: impl Into<Vec<crate::models::PricingSchedule>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            description: None,
            status: status.into(),
            pricing_schedule: pricing_schedule.into(),
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

/// Status of Price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricePlanStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricePlanStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricePlanStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricePlanStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricePlanStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricePlanStatus {
    fn as_str(&self) -> &str {
        PricePlanStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricePlanStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricePlanStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricePlanStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
