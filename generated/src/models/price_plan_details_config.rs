//! The `PricePlanDetailsConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the usage rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    PricePlanDetailsConfig {
        0 mode "mode" required,
        1 price_plan_details "pricePlanDetails" optional,
        2 price_plan_id "pricePlanId" optional,
        3 account_id "accountId" optional,
        4 effective_on "effectiveOn" optional rt::datetime::OptionSeed,
        5 pricing_cycle_ordinal "pricingCycleOrdinal" optional,
    }
}
impl PricePlanDetailsConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(mode: impl Into<crate::models::PricePlanDetailsConfigMode>) -> Self {
        Self {
            mode: mode.into(),
            price_plan_details: None,
            price_plan_id: None,
            account_id: None,
            effective_on: None,
            pricing_cycle_ordinal: None,
        }
    }

    /// Sets `price_plan_details` (`pricePlanDetails`); until set, it is left out.
    pub fn with_price_plan_details(
        mut self,
        value: impl Into<crate::models::CreatePricePlanDetails>,
    ) -> Self {
        self.price_plan_details = Some(value.into());
        self
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
        self
    }

    /// Sets `account_id` (`accountId`); until set, it is left out.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `effective_on` (`effectiveOn`); until set, it is left out.
    pub fn with_effective_on(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_on = Some(value.into());
        self
    }

    /// Sets `pricing_cycle_ordinal` (`pricingCycleOrdinal`); until set, it is left out.
    pub fn with_pricing_cycle_ordinal(mut self, value: impl Into<i64>) -> Self {
        self.pricing_cycle_ordinal = Some(value.into());
        self
    }
}

/// Mode to get the usage rate card
/// - CUSTOM: Use the price plan details provided in the request
/// - PRICE_PLAN: Use the usage rate cards of the given price plan
/// - ACCOUNT: Use the usage rate cards of a associated price plan of the given account
///
/// Values this version of the crate does not know decode into
/// [`PricePlanDetailsConfigMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for PricePlanDetailsConfigMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricePlanDetailsConfigMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
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
