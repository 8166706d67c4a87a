//! The `CreateProposalRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `CreateProposalRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateProposalRequest {
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
    pub r#type: crate::models::PurchaseType,
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::CreateProposalRequestPaymentMode,
}

rt::deserialize_struct! {
    CreateProposalRequest {
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
        10 r#type "type" required,
        11 payment_mode "paymentMode" required,
    }
}
impl CreateProposalRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        r#type: impl Into<crate::models::PurchaseType>,
        payment_mode: impl Into<crate::models::CreateProposalRequestPaymentMode>,
    ) -> Self {
        Self {
            price_plan_id: None,
            quantity: None,
            rate_card_quantities: None,
            idempotency_key: None,
            purchase_plan_override: None,
            association_override: None,
            wallet_topup_details: None,
            effective_from: None,
            effective_until: None,
            expiry_date: None,
            r#type: r#type.into(),
            payment_mode: payment_mode.into(),
        }
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
}

/// The `CreateProposalRequestPaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreateProposalRequestPaymentMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateProposalRequestPaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateProposalRequestPaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateProposalRequestPaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreateProposalRequestPaymentMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreateProposalRequestPaymentMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreateProposalRequestPaymentMode {
    fn as_str(&self) -> &str {
        CreateProposalRequestPaymentMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateProposalRequestPaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateProposalRequestPaymentMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateProposalRequestPaymentMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
