//! The `PurchaseListResponse` model.

use togai_codegen_runtime as rt;

/// Represents a Purchase for List Response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PurchaseListResponse {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
    /// `rateCardQuantities`
    #[serde(rename = "rateCardQuantities", skip_serializing_if = "Option::is_none")]
    pub rate_card_quantities: Option<std::collections::BTreeMap<String, f64>>,
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `purchasePlan`
    #[serde(rename = "purchasePlan", skip_serializing_if = "Option::is_none")]
    pub purchase_plan: Option<crate::models::PricePlanDetails>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `type`
    pub r#type: crate::models::PurchaseType,
}

rt::deserialize_struct! {
    PurchaseListResponse { 0 id "id" required, 1 price_plan_id "pricePlanId" optional, 2
    price_plan_name "pricePlanName" optional, 3 quantity "quantity" optional, 4
    rate_card_quantities "rateCardQuantities" optional, 5 price_plan_version
    "pricePlanVersion" optional, 6 status "status" required, 7 idempotency_key
    "idempotencyKey" optional, 8 purchase_plan "purchasePlan" optional, 9
    wallet_topup_details "walletTopupDetails" optional, 10 price "price" optional, 11
    invoice_currency "invoiceCurrency" optional, 12 created_at "createdAt" required
    rt::datetime::Seed, 13 updated_at "updatedAt" optional rt::datetime::OptionSeed, 14
    r#type "type" required, }
}

impl PurchaseListResponse {
    /// Creates a `PurchaseListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::PurchaseStatus,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
