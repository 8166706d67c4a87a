//! The `CreatePurchaseRequest` model.

use togai_codegen_runtime as rt;

/// Create a purchase for an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreatePurchaseRequest {
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
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PurchasePlanOverride>,
    /// `associationOverride`
    #[serde(
        rename = "associationOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub association_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::NaiveDate>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::NaiveDate>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PurchaseType>,
}

rt::deserialize_struct! {
    CreatePurchaseRequest {
        0 price_plan_id "pricePlanId" optional,
        1 quantity "quantity" optional,
        2 rate_card_quantities "rateCardQuantities" optional,
        3 idempotency_key "idempotencyKey" optional,
        4 purchase_plan_override "purchasePlanOverride" optional,
        5 association_override "associationOverride" optional,
        6 wallet_topup_details "walletTopupDetails" optional,
        7 effective_from "effectiveFrom" optional,
        8 effective_until "effectiveUntil" optional,
        9 expiry_date "expiryDate" optional rt::datetime::OptionSeed,
        10 r#type "type" optional,
    }
}
impl CreatePurchaseRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
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

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    /// Sets `purchase_plan_override` (`purchasePlanOverride`); until set, it is left out.
    pub fn with_purchase_plan_override(
        mut self,
        value: impl Into<crate::models::PurchasePlanOverride>,
    ) -> Self {
        self.purchase_plan_override = Some(value.into());
        self
    }

    /// Sets `association_override` (`associationOverride`); until set, it is left out.
    pub fn with_association_override(
        mut self,
        value: impl Into<crate::models::CreatePricePlanDetailsOverride>,
    ) -> Self {
        self.association_override = Some(value.into());
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

    /// Sets `effective_from` (`effectiveFrom`); until set, it is left out.
    pub fn with_effective_from(mut self, value: impl Into<rt::chrono::NaiveDate>) -> Self {
        self.effective_from = Some(value.into());
        self
    }

    /// Sets `effective_until` (`effectiveUntil`); until set, it is left out.
    pub fn with_effective_until(mut self, value: impl Into<rt::chrono::NaiveDate>) -> Self {
        self.effective_until = Some(value.into());
        self
    }

    /// Sets `expiry_date` (`expiryDate`); until set, it is left out.
    pub fn with_expiry_date(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.expiry_date = Some(value.into());
        self
    }

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::PurchaseType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
