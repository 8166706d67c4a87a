//! The `PricePlanDetailsConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the usage rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricePlanDetailsConfig {
    /// Mode to get the usage rate card
    /// - CUSTOM: Use the price plan details provided in the request
    /// - PRICE_PLAN: Use the usage rate cards of the given price plan
    /// - ACCOUNT: Use the usage rate cards of a associated price plan of the given account
    pub mode: crate::models::PricePlanDetailsConfigMode,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails", skip_serializing_if = "Option::is_none")]
    pub price_plan_details: Option<crate::models::CreatePricePlanDetails>,
    /// Id of the price plan, this will be considered if mode is PRICE_PLAN
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// Id of the account, this will be considered if mode is ACCOUNT
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Will be used for getting the usage rate card, only used if mode is ACCOUNT or PRICE_PLAN
    #[serde(rename = "effectiveOn", skip_serializing_if = "Option::is_none")]
    pub effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// nth cycle, will be used to calculate revenue for the particular cycle, only used if mode is CUSTOM or PRICE_PLAN
    #[serde(
        rename = "pricingCycleOrdinal",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_cycle_ordinal: Option<i64>,
}

rt::deserialize_struct! {
    PricePlanDetailsConfig { 0 mode "mode" required, 1 price_plan_details
    "pricePlanDetails" optional, 2 price_plan_id "pricePlanId" optional, 3 account_id
    "accountId" optional, 4 effective_on "effectiveOn" optional rt::datetime::OptionSeed,
    5 pricing_cycle_ordinal "pricingCycleOrdinal" optional, }
}

impl PricePlanDetailsConfig {
    /// Creates a `PricePlanDetailsConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(mode: crate::models::PricePlanDetailsConfigMode) -> Self {
        Self {
            mode,
            price_plan_details: None,
            price_plan_id: None,
            account_id: None,
            effective_on: None,
            pricing_cycle_ordinal: None,
        }
    }
}

/// Mode to get the usage rate card
/// - CUSTOM: Use the price plan details provided in the request
/// - PRICE_PLAN: Use the usage rate cards of the given price plan
/// - ACCOUNT: Use the usage rate cards of a associated price plan of the given account
///
/// Values this version of the crate does not know decode into
/// [`PricePlanDetailsConfigMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PricePlanDetailsConfigMode {
    /// `CUSTOM`
    Custom,
    /// `PRICE_PLAN`
    PricePlan,
    /// `ACCOUNT`
    Account,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricePlanDetailsConfigMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::PricePlan => "PRICE_PLAN",
            Self::Account => "ACCOUNT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricePlanDetailsConfigMode {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "PRICE_PLAN" => Self::PricePlan,
            "ACCOUNT" => Self::Account,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for PricePlanDetailsConfigMode {
    fn as_str(&self) -> &str {
        PricePlanDetailsConfigMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricePlanDetailsConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricePlanDetailsConfigMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricePlanDetailsConfigMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
