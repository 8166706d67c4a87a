//! The `PricePlanListData` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Data of price plan list
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanListData {
    /// Identifier of price plan
    pub id: String,
    /// Name of the price plan
    pub name: String,
    /// Version of the price plan
    pub version: i32,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status of Price plan
    pub status: crate::models::PricePlanListDataStatus,
    /// Usage meters id linked to the price plan
    #[serde(rename = "usageMeters")]
    pub usage_meters: Vec<String>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::PricePlanDetails,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
}

rt::deserialize_struct! {
    PricePlanListData {
        0 id "id" required,
        1 name "name" required,
        2 version "version" required,
        3 description "description" optional,
        4 status "status" required,
        5 usage_meters "usageMeters" required,
        6 price_plan_details "pricePlanDetails" required,
        7 pricing_rules "pricingRules" optional,
        8 created_at "createdAt" required rt::datetime::Seed,
        9 updated_at "updatedAt" required rt::datetime::Seed,
        10 r#type "type" required,
    }
}
impl PricePlanListData {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        version: impl Into<i32>,
        status: impl Into<crate::models::PricePlanListDataStatus>,
        usage_meters: impl Into<Vec<String>>,
        price_plan_details: impl Into<crate::models::PricePlanDetails>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        r#type: impl Into<crate::models::PricePlanType>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            version: version.into(),
            description: None,
            status: status.into(),
            usage_meters: usage_meters.into(),
            price_plan_details: price_plan_details.into(),
            pricing_rules: None,
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            r#type: r#type.into(),
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `pricing_rules` (`pricingRules`); until set, it is left out.
    pub fn with_pricing_rules(mut self, value: impl Into<Vec<crate::models::PricingRule>>) -> Self {
        self.pricing_rules = Some(value.into());
        self
    }
}

/// Status of Price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanListDataStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricePlanListDataStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricePlanListDataStatus {
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

impl From<&str> for PricePlanListDataStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricePlanListDataStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricePlanListDataStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricePlanListDataStatus {
    fn as_str(&self) -> &str {
        PricePlanListDataStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricePlanListDataStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricePlanListDataStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricePlanListDataStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
