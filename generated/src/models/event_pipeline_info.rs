//! The `EventPipelineInfo` model.

use togai_codegen_runtime as rt;

/// Information related to ingestion of an event
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfo {
    /// `eventSchema`
    #[serde(rename = "eventSchema", skip_serializing_if = "Option::is_none")]
    pub event_schema: Option<crate::models::EventPipelineInfoEventSchema>,
    /// `usageMeters`
    #[serde(rename = "usageMeters", skip_serializing_if = "Option::is_none")]
    pub usage_meters: Option<Vec<crate::models::EventPipelineInfoUsageMeters>>,
    /// `pricePlans`
    #[serde(rename = "pricePlans", skip_serializing_if = "Option::is_none")]
    pub price_plans: Option<Vec<crate::models::EventPipelineInfoPricePlans>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::EventPipelineInfoAccount>,
    /// `customer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::EventPipelineInfoCustomer>,
    /// `featureDetails`
    #[serde(rename = "featureDetails", skip_serializing_if = "Option::is_none")]
    pub feature_details: Option<crate::models::EventPipelineInfoFeatureDetails>,
    /// `enrichments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::EventPipelineInfoEnrichments>,
    /// `revenueDetails`
    #[serde(rename = "revenueDetails", skip_serializing_if = "Option::is_none")]
    pub revenue_details: Option<Vec<crate::models::EventPipelineInfoRevenueDetails>>,
    /// `statusBeforeReverting`
    #[serde(
        rename = "statusBeforeReverting",
        skip_serializing_if = "Option::is_none"
    )]
    pub status_before_reverting: Option<String>,
    /// `baseCurrency`
    #[serde(rename = "baseCurrency", skip_serializing_if = "Option::is_none")]
    pub base_currency: Option<String>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
}

rt::deserialize_struct! {
    EventPipelineInfo {
        0 event_schema "eventSchema" optional,
        1 usage_meters "usageMeters" optional,
        2 price_plans "pricePlans" optional,
        3 account "account" optional,
        4 customer "customer" optional,
        5 feature_details "featureDetails" optional,
        6 enrichments "enrichments" optional,
        7 revenue_details "revenueDetails" optional,
        8 status_before_reverting "statusBeforeReverting" optional,
        9 base_currency "baseCurrency" optional,
        10 invoice_currency "invoiceCurrency" optional,
    }
}
impl EventPipelineInfo {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `event_schema` (`eventSchema`); until set, it is left out.
    pub fn with_event_schema(
        mut self,
        value: impl Into<crate::models::EventPipelineInfoEventSchema>,
    ) -> Self {
        self.event_schema = Some(value.into());
        self
    }

    /// Sets `usage_meters` (`usageMeters`); until set, it is left out.
    pub fn with_usage_meters(
        mut self,
        value: impl Into<Vec<crate::models::EventPipelineInfoUsageMeters>>,
    ) -> Self {
        self.usage_meters = Some(value.into());
        self
    }

    /// Sets `price_plans` (`pricePlans`); until set, it is left out.
    pub fn with_price_plans(
        mut self,
        value: impl Into<Vec<crate::models::EventPipelineInfoPricePlans>>,
    ) -> Self {
        self.price_plans = Some(value.into());
        self
    }

    /// Sets `account`; until set, it is left out.
    pub fn with_account(
        mut self,
        value: impl Into<crate::models::EventPipelineInfoAccount>,
    ) -> Self {
        self.account = Some(value.into());
        self
    }

    /// Sets `customer`; until set, it is left out.
    pub fn with_customer(
        mut self,
        value: impl Into<crate::models::EventPipelineInfoCustomer>,
    ) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `feature_details` (`featureDetails`); until set, it is left out.
    pub fn with_feature_details(
        mut self,
        value: impl Into<crate::models::EventPipelineInfoFeatureDetails>,
    ) -> Self {
        self.feature_details = Some(value.into());
        self
    }

    /// Sets `enrichments`; until set, it is left out.
    pub fn with_enrichments(
        mut self,
        value: impl Into<crate::models::EventPipelineInfoEnrichments>,
    ) -> Self {
        self.enrichments = Some(value.into());
        self
    }

    /// Sets `revenue_details` (`revenueDetails`); until set, it is left out.
    pub fn with_revenue_details(
        mut self,
        value: impl Into<Vec<crate::models::EventPipelineInfoRevenueDetails>>,
    ) -> Self {
        self.revenue_details = Some(value.into());
        self
    }

    /// Sets `status_before_reverting` (`statusBeforeReverting`); until set, it is left out.
    pub fn with_status_before_reverting(mut self, value: impl Into<String>) -> Self {
        self.status_before_reverting = Some(value.into());
        self
    }

    /// Sets `base_currency` (`baseCurrency`); until set, it is left out.
    pub fn with_base_currency(mut self, value: impl Into<String>) -> Self {
        self.base_currency = Some(value.into());
        self
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }
}
