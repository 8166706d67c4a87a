//! The `Purchase` model.

use togai_codegen_runtime as rt;

/// Represents a Purchase
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Purchase {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Id of the price plan, Required for ENTITLEMENT_GRANT, ASSOCIATION purchase
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
    /// `rateCardQuantities`
    #[serde(rename = "rateCardQuantities", skip_serializing_if = "Option::is_none")]
    pub rate_card_quantities: Option<std::collections::BTreeMap<String, f64>>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PricePlanDetailsOverride>,
    /// `associationOverride`
    #[serde(
        rename = "associationOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub association_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::NaiveDate>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::NaiveDate>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceId`
    #[serde(rename = "invoiceId", skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `type`
    pub r#type: crate::models::PurchaseType,
    /// `comment`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

rt::deserialize_struct! {
    Purchase { 0 id "id" required, 1 account_id "accountId" required, 2 price_plan_id
    "pricePlanId" optional, 3 quantity "quantity" optional, 4 rate_card_quantities
    "rateCardQuantities" optional, 5 idempotency_key "idempotencyKey" optional, 6
    price_plan_version "pricePlanVersion" optional, 7 purchase_plan_override
    "purchasePlanOverride" optional, 8 association_override "associationOverride"
    optional, 9 wallet_topup_details "walletTopupDetails" optional, 10 created_at
    "createdAt" required rt::datetime::Seed, 11 updated_at "updatedAt" optional
    rt::datetime::OptionSeed, 12 effective_from "effectiveFrom" optional, 13
    effective_until "effectiveUntil" optional, 14 expiry_date "expiryDate" optional
    rt::datetime::OptionSeed, 15 price "price" optional, 16 invoice_id "invoiceId"
    optional, 17 invoice_currency "invoiceCurrency" optional, 18 status "status"
    required, 19 r#type "type" required, 20 comment "comment" optional, }
}

impl Purchase {
    /// Creates a `Purchase` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
