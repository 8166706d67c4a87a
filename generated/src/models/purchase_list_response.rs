//! The `PurchaseListResponse` model.

use togai_codegen_runtime as rt;

/// Represents a Purchase for List Response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    PurchaseListResponse {
        0 id "id" required,
        1 price_plan_id "pricePlanId" optional,
        2 price_plan_name "pricePlanName" optional,
        3 quantity "quantity" optional,
        4 rate_card_quantities "rateCardQuantities" optional,
        5 price_plan_version "pricePlanVersion" optional,
        6 status "status" required,
        7 idempotency_key "idempotencyKey" optional,
        8 purchase_plan "purchasePlan" optional,
        9 wallet_topup_details "walletTopupDetails" optional,
        10 price "price" optional,
        11 invoice_currency "invoiceCurrency" optional,
        12 created_at "createdAt" required rt::datetime::Seed,
        13 updated_at "updatedAt" optional rt::datetime::OptionSeed,
        14 r#type "type" required,
    }
}
impl PurchaseListResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        status: impl Into<crate::models::PurchaseStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        r#type: impl Into<crate::models::PurchaseType>,
    ) -> Self {
        Self {
            id: id.into(),
            price_plan_id: None,
            price_plan_name: None,
            quantity: None,
            rate_card_quantities: None,
            price_plan_version: None,
            status: status.into(),
            idempotency_key: None,
            purchase_plan: None,
            wallet_topup_details: None,
            price: None,
            invoice_currency: None,
            created_at: created_at.into(),
            updated_at: None,
            r#type: r#type.into(),
        }
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
        self
    }

    /// Sets `price_plan_name` (`pricePlanName`); until set, it is left out.
    pub fn with_price_plan_name(mut self, value: impl Into<String>) -> Self {
        self.price_plan_name = Some(value.into());
        self
    }

    /// Sets `quantity`; until set, it is left out.
    pub fn with_quantity(mut self, value: impl Into<i32>) -> Self {
        self.quantity = Some(value.into());
        self
    }

    /// Sets `rate_card_quantities` (`rateCardQuantities`); until set, it is left out.
    pub fn with_rate_card_quantities(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, f64>>,
    ) -> Self {
        self.rate_card_quantities = Some(value.into());
        self
    }

    /// Sets `price_plan_version` (`pricePlanVersion`); until set, it is left out.
    pub fn with_price_plan_version(mut self, value: impl Into<i32>) -> Self {
        self.price_plan_version = Some(value.into());
        self
    }

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    /// Sets `purchase_plan` (`purchasePlan`); until set, it is left out.
    pub fn with_purchase_plan(mut self, value: impl Into<crate::models::PricePlanDetails>) -> Self {
        self.purchase_plan = Some(value.into());
        self
    }

    /// Sets `wallet_topup_details` (`walletTopupDetails`); until set, it is left out.
    pub fn with_wallet_topup_details(
        mut self,
        value: impl Into<crate::models::WalletTopupDetails>,
    ) -> Self {
        self.wallet_topup_details = Some(value.into());
        self
    }

    /// Sets `price`; until set, it is left out.
    pub fn with_price(mut self, value: impl Into<f64>) -> Self {
        self.price = Some(value.into());
        self
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}
