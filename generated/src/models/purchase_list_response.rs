//! The `PurchaseListResponse` model.
/// Represents a Purchase for List Response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PurchaseListResponse {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(
        rename = "pricePlanId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_id: Option<String>,
    /// `pricePlanName`
    #[serde(
        rename = "pricePlanName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_name: Option<String>,
    /// `quantity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
    /// `rateCardQuantities`
    #[serde(
        rename = "rateCardQuantities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_card_quantities: Option<std::collections::BTreeMap<String, f64>>,
    /// `pricePlanVersion`
    #[serde(
        rename = "pricePlanVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_version: Option<i32>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `idempotencyKey`
    #[serde(
        rename = "idempotencyKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub idempotency_key: Option<String>,
    /// `purchasePlan`
    #[serde(
        rename = "purchasePlan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan: Option<crate::models::PricePlanDetails>,
    /// `walletTopupDetails`
    #[serde(
        rename = "walletTopupDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceCurrency`
    #[serde(
        rename = "invoiceCurrency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_currency: Option<String>,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `type`
    pub r#type: crate::models::PurchaseType,
}
impl PurchaseListResponse {
    /// Creates a `PurchaseListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::PurchaseStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        r#type: crate::models::PurchaseType,
    ) -> Self {
        Self {
            id,
            price_plan_id: None,
            price_plan_name: None,
            quantity: None,
            rate_card_quantities: None,
            price_plan_version: None,
            status,
            idempotency_key: None,
            purchase_plan: None,
            wallet_topup_details: None,
            price: None,
            invoice_currency: None,
            created_at,
            updated_at: None,
            r#type,
        }
    }
}
