//! The `PricePlanV2` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `PricePlanV2` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanV2 {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// This option can be enabled while creating a price plan to opt for deferred revenue finalization.
    /// i.e, Togai will assume that the price plan may change any time during the pricing cycle and
    /// thereby does not compute the revenue in near-real time.
    /// This gives the flexibility of editing rate cards in price plan from beginning of the pricing cycle.
    /// Enabling this mode comes with the following limitations.
    /// 1. Following rate cards are not supported under a `deferredRevenue` plan
    ///    * creditGrantRateCards,
    ///    * billingEntitlementRateCards,
    ///    * entitlementOverageRateCards,
    ///    * IN_ADVANCE fixedFeeRateCards,
    ///    * IN_ADVANCE licenseRateCards
    /// 2. Metrics API return revenue metrics only after the grace period of the account's pricing cycle
    ///    (i.e, only once the invoice becomes DUE)
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    #[serde(
        rename = "allowOngoingCycleUpdates",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_ongoing_cycle_updates: Option<bool>,
    /// `id`
    pub id: String,
    /// `referenceId`
    #[serde(rename = "referenceId")]
    pub reference_id: String,
    /// `version`
    pub version: i64,
    /// `status`
    pub status: crate::models::PricePlanV2Status,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    PricePlanV2 {
        0 name "name" required,
        1 description "description" optional,
        2 r#type "type" required,
        3 pricing_cycle_config "pricingCycleConfig" optional,
        4 supported_currencies "supportedCurrencies" required,
        5 deferred_revenue "deferredRevenue" optional,
        6 allow_ongoing_cycle_updates "allowOngoingCycleUpdates" optional,
        7 id "id" required,
        8 reference_id "referenceId" required,
        9 version "version" required,
        10 status "status" required,
        11 created_at "createdAt" required rt::datetime::Seed,
        12 updated_at "updatedAt" required rt::datetime::Seed,
    }
}
impl PricePlanV2 {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::PricePlanType>,
        supported_currencies: impl Into<Vec<String>>,
        id: impl Into<String>,
        reference_id: impl Into<String>,
        version: impl Into<i64>,
        status: impl Into<crate::models::PricePlanV2Status>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            r#type: r#type.into(),
            pricing_cycle_config: None,
            supported_currencies: supported_currencies.into(),
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
            id: id.into(),
            reference_id: reference_id.into(),
            version: version.into(),
            status: status.into(),
            created_at: created_at.into(),
            updated_at: updated_at.into(),
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `pricing_cycle_config` (`pricingCycleConfig`); until set, it is left out.
    pub fn with_pricing_cycle_config(
        mut self,
        value: impl Into<crate::models::PricingCycleConfig>,
    ) -> Self {
        self.pricing_cycle_config = Some(value.into());
        self
    }

    /// Sets `deferred_revenue` (`deferredRevenue`); until set, it is left out.
    pub fn with_deferred_revenue(mut self, value: impl Into<bool>) -> Self {
        self.deferred_revenue = Some(value.into());
        self
    }

    /// Sets `allow_ongoing_cycle_updates` (`allowOngoingCycleUpdates`); until set, it is left out.
    pub fn with_allow_ongoing_cycle_updates(mut self, value: impl Into<bool>) -> Self {
        self.allow_ongoing_cycle_updates = Some(value.into());
        self
    }
}

/// The `PricePlanV2Status` schema.
///
/// Values this version of the crate does not know decode into
/// [`PricePlanV2Status::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricePlanV2Status {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricePlanV2Status {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricePlanV2Status {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricePlanV2Status {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricePlanV2Status {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricePlanV2Status {
    fn as_str(&self) -> &str {
        PricePlanV2Status::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricePlanV2Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricePlanV2Status {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricePlanV2Status {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
