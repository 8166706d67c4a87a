//! The `Purchase` model.
/// Represents a Purchase
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Purchase {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
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
    /// `pricePlanVersion`
    #[serde(
        rename = "pricePlanVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_version: Option<i32>,
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PricePlanDetailsOverride>,
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
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceId`
    #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `invoiceCurrency`
    #[serde(
        rename = "invoiceCurrency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_currency: Option<String>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `type`
    pub r#type: crate::models::PurchaseType,
    /// `comment`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}
impl Purchase {
    /// Creates a `Purchase` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        created_at: chrono::DateTime<chrono::Utc>,
        status: crate::models::PurchaseStatus,
        r#type: crate::models::PurchaseType,
    ) -> Self {
        Self {
            id,
            account_id,
            price_plan_id: None,
            quantity: None,
            rate_card_quantities: None,
            idempotency_key: None,
            price_plan_version: None,
            purchase_plan_override: None,
            association_override: None,
            wallet_topup_details: None,
            created_at,
            updated_at: None,
            effective_from: None,
            effective_until: None,
            expiry_date: None,
            price: None,
            invoice_id: None,
            invoice_currency: None,
            status,
            r#type,
            comment: None,
        }
    }
}
