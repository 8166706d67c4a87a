//! The `EventPipelineInfo` model.

use togai_codegen_runtime as rt;

/// Information related to ingestion of an event
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    EventPipelineInfo { 0 event_schema "eventSchema" optional, 1 usage_meters
    "usageMeters" optional, 2 price_plans "pricePlans" optional, 3 account "account"
    optional, 4 customer "customer" optional, 5 feature_details "featureDetails"
    optional, 6 enrichments "enrichments" optional, 7 revenue_details "revenueDetails"
    optional, 8 status_before_reverting "statusBeforeReverting" optional, 9 base_currency
    "baseCurrency" optional, 10 invoice_currency "invoiceCurrency" optional, }
}
