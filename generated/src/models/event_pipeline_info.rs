//! The `EventPipelineInfo` model.
/// Information related to ingestion of an event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventPipelineInfo {
    /// `eventSchema`
    #[serde(
        rename = "eventSchema",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub event_schema: Option<crate::models::EventPipelineInfoEventSchema>,
    /// `usageMeters`
    #[serde(
        rename = "usageMeters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_meters: Option<Vec<crate::models::EventPipelineInfoUsageMeters>>,
    /// `pricePlans`
    #[serde(
        rename = "pricePlans",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plans: Option<Vec<crate::models::EventPipelineInfoPricePlans>>,
    /// `account`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::EventPipelineInfoAccount>,
    /// `customer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::EventPipelineInfoCustomer>,
    /// `featureDetails`
    #[serde(
        rename = "featureDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature_details: Option<crate::models::EventPipelineInfoFeatureDetails>,
    /// `enrichments`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::EventPipelineInfoEnrichments>,
    /// `revenueDetails`
    #[serde(
        rename = "revenueDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revenue_details: Option<Vec<crate::models::EventPipelineInfoRevenueDetails>>,
    /// `statusBeforeReverting`
    #[serde(
        rename = "statusBeforeReverting",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_before_reverting: Option<String>,
    /// `baseCurrency`
    #[serde(
        rename = "baseCurrency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub base_currency: Option<String>,
    /// `invoiceCurrency`
    #[serde(
        rename = "invoiceCurrency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_currency: Option<String>,
}
