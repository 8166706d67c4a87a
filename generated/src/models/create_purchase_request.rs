//! The `CreatePurchaseRequest` model.
/// Create a purchase for an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePurchaseRequest {
    /// Id of the price plan, Required for ENTITLEMENT_GRANT, ASSOCIATION purchase
    #[serde(
        rename = "pricePlanId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_id: Option<String>,
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
    /// `idempotencyKey`
    #[serde(
        rename = "idempotencyKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub idempotency_key: Option<String>,
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PurchasePlanOverride>,
    /// `associationOverride`
    #[serde(
        rename = "associationOverride",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub association_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `walletTopupDetails`
    #[serde(
        rename = "walletTopupDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_from: Option<chrono::NaiveDate>,
    /// `effectiveUntil`
    #[serde(
        rename = "effectiveUntil",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_until: Option<chrono::NaiveDate>,
    /// `expiryDate`
    #[serde(
        rename = "expiryDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PurchaseType>,
}
