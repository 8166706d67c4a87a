//! The `UpdatePricingScheduleRequestWithActions` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to associate or disassociate a price plan to an account with actions
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdatePricingScheduleRequestWithActions {
    /// Mode of request to create dis/association
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<crate::models::UpdatePricingScheduleRequestWithActionsMode>,
    /// Id of the price plan if association request
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// Date of effectiveness of the association. The date is expected in YYYY-MM-DD format
    /// - Editing of a BILLING plan with deferredRevenue can be achieved with
    ///   effectiveFrom as start date of current cycle or using `retainStartOffset` option.
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::NaiveDate,
    /// Date until which the association must be effective. The date is expected in YYYY-MM-DD format
    #[serde(rename = "effectiveUntil")]
    pub effective_until: rt::chrono::NaiveDate,
    /// `pricePlanDetailsOverride`
    #[serde(
        rename = "pricePlanDetailsOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `pricingRulesOverride`
    #[serde(
        rename = "pricingRulesOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules_override: Option<Vec<crate::models::CreatePricingRule>>,
    /// If this flag is true, current pricing cycle of the account on the date of association will continue rather
    /// than the configurations of the newly associated price plan. Pricing cycle overrides specified  using
    /// `pricePlanDetailsOverride` will take precedence over the pricing cycle configurations of
    /// the new price plan that the account needs to migrate to. PricingCycleInterval of the existing plan and
    /// the new plan must be same for this to work. We'll return a `400 BadRequest` otherwise.
    /// Examples:
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (15th Oct to 15th Nov) of different price plan with retainStartOffsets option true
    ///     will use the same pricing cycle configuration {dayOffset: 1, monthOffset: NIL} rather than using the
    ///     pricing cycle configuration of the new price plan that the account needs to migrate to.
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (1st Nov to 30th Nov) of different price plan with retainStartOffsets option true will
    ///     throw a `400 BadRequest` as no existing price plan configuration found on date of association
    #[serde(rename = "retainStartOffsets", skip_serializing_if = "Option::is_none")]
    pub retain_start_offsets: Option<bool>,
    /// Pre actions to be performed before association or disassociation
    #[serde(rename = "preActions", skip_serializing_if = "Option::is_none")]
    pub pre_actions: Option<Vec<crate::models::PreAction>>,
}

rt::deserialize_struct! {
    UpdatePricingScheduleRequestWithActions {
        0 mode "mode" optional,
        1 price_plan_id "pricePlanId" optional,
        2 effective_from "effectiveFrom" required,
        3 effective_until "effectiveUntil" required,
        4 price_plan_details_override "pricePlanDetailsOverride" optional,
        5 pricing_rules_override "pricingRulesOverride" optional,
        6 retain_start_offsets "retainStartOffsets" optional,
        7 pre_actions "preActions" optional,
    }
}
impl UpdatePricingScheduleRequestWithActions {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        effective_from: impl Into<rt::chrono::NaiveDate>,
        effective_until: impl Into<rt::chrono::NaiveDate>,
    ) -> Self {
        Self {
            mode: None,
            price_plan_id: None,
            effective_from: effective_from.into(),
            effective_until: effective_until.into(),
            price_plan_details_override: None,
            pricing_rules_override: None,
            retain_start_offsets: None,
            pre_actions: None,
        }
    }

    /// Sets `mode`; until set, it is left out.
    pub fn with_mode(
        mut self,
        value: impl Into<crate::models::UpdatePricingScheduleRequestWithActionsMode>,
    ) -> Self {
        self.mode = Some(value.into());
        self
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
        self
    }

    /// Sets `price_plan_details_override` (`pricePlanDetailsOverride`); until set, it is left out.
    pub fn with_price_plan_details_override(
        mut self,
        value: impl Into<crate::models::CreatePricePlanDetailsOverride>,
    ) -> Self {
        self.price_plan_details_override = Some(value.into());
        self
    }

    /// Sets `pricing_rules_override` (`pricingRulesOverride`); until set, it is left out.
    pub fn with_pricing_rules_override(
        mut self,
        value: impl Into<Vec<crate::models::CreatePricingRule>>,
    ) -> Self {
        self.pricing_rules_override = Some(value.into());
        self
    }

    /// Sets `retain_start_offsets` (`retainStartOffsets`); until set, it is left out.
    pub fn with_retain_start_offsets(mut self, value: impl Into<bool>) -> Self {
        self.retain_start_offsets = Some(value.into());
        self
    }

    /// Sets `pre_actions` (`preActions`); until set, it is left out.
    pub fn with_pre_actions(mut self, value: impl Into<Vec<crate::models::PreAction>>) -> Self {
        self.pre_actions = Some(value.into());
        self
    }
}

/// Mode of request to create dis/association
///
/// Values this version of the crate does not know decode into
/// [`UpdatePricingScheduleRequestWithActionsMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdatePricingScheduleRequestWithActionsMode {
    /// `ASSOCIATE`
    Associate,
    /// `DISASSOCIATE`
    Disassociate,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdatePricingScheduleRequestWithActionsMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Associate => "ASSOCIATE",
            Self::Disassociate => "DISASSOCIATE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdatePricingScheduleRequestWithActionsMode {
    fn from(value: &str) -> Self {
        match value {
            "ASSOCIATE" => Self::Associate,
            "DISASSOCIATE" => Self::Disassociate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdatePricingScheduleRequestWithActionsMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdatePricingScheduleRequestWithActionsMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdatePricingScheduleRequestWithActionsMode {
    fn as_str(&self) -> &str {
        UpdatePricingScheduleRequestWithActionsMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdatePricingScheduleRequestWithActionsMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdatePricingScheduleRequestWithActionsMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdatePricingScheduleRequestWithActionsMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
