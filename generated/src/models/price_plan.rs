//! The `PricePlan` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Price plan entity
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    PricePlan { 0 id "id" required, 1 name "name" required, 2 r#type "type" required, 3
    description "description" optional, 4 status "status" required, 5 pricing_schedule
    "pricingSchedule" required, }
}

impl PricePlan {
    /// Creates a `PricePlan` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        r#type: crate::models::PricePlanType,
        status: crate::models::PricePlanStatus,
        pricing_schedule: Vec<crate::models::PricingSchedule>,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            description: None,
            status,
            pricing_schedule,
        }
    }
}

/// Status of Price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
