//! The `Proposal` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `Proposal` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Proposal {
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
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::ProposalPaymentMode,
    /// `proposalResponseDate`
    #[serde(
        rename = "proposalResponseDate",
        skip_serializing_if = "Option::is_none"
    )]
    pub proposal_response_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    Proposal {
        0 id "id" required,
        1 account_id "accountId" required,
        2 price_plan_id "pricePlanId" optional,
        3 quantity "quantity" optional,
        4 rate_card_quantities "rateCardQuantities" optional,
        5 idempotency_key "idempotencyKey" optional,
        6 price_plan_version "pricePlanVersion" optional,
        7 purchase_plan_override "purchasePlanOverride" optional,
        8 association_override "associationOverride" optional,
        9 wallet_topup_details "walletTopupDetails" optional,
        10 created_at "createdAt" required rt::datetime::Seed,
        11 updated_at "updatedAt" optional rt::datetime::OptionSeed,
        12 effective_from "effectiveFrom" optional,
        13 effective_until "effectiveUntil" optional,
        14 expiry_date "expiryDate" optional rt::datetime::OptionSeed,
        15 price "price" optional,
        16 invoice_id "invoiceId" optional,
        17 invoice_currency "invoiceCurrency" optional,
        18 status "status" required,
        19 r#type "type" required,
        20 comment "comment" optional,
        21 payment_mode "paymentMode" required,
        22 proposal_response_date "proposalResponseDate" optional rt::datetime::OptionSeed,
    }
}
impl Proposal {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        account_id: impl Into<String>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        status: impl Into<crate::models::PurchaseStatus>,
        r#type: impl Into<crate::models::PurchaseType>,
        payment_mode: impl Into<crate::models::ProposalPaymentMode>,
    ) -> Self {
        Self {
            id: id.into(),
            account_id: account_id.into(),
            price_plan_id: None,
            quantity: None,
            rate_card_quantities: None,
            idempotency_key: None,
            price_plan_version: None,
            purchase_plan_override: None,
            association_override: None,
            wallet_topup_details: None,
            created_at: created_at.into(),
            updated_at: None,
            effective_from: None,
            effective_until: None,
            expiry_date: None,
            price: None,
            invoice_id: None,
            invoice_currency: None,
            status: status.into(),
            r#type: r#type.into(),
            comment: None,
            payment_mode: payment_mode.into(),
            proposal_response_date: None,
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

    /// Sets `price_plan_version` (`pricePlanVersion`); until set, it is left out.
    pub fn with_price_plan_version(mut self, value: impl Into<i32>) -> Self {
        self.price_plan_version = Some(value.into());
        self
    }

    /// Sets `purchase_plan_override` (`purchasePlanOverride`); until set, it is left out.
    pub fn with_purchase_plan_override(
        mut self,
        value: impl Into<crate::models::PricePlanDetailsOverride>,
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

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
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

    /// Sets `price`; until set, it is left out.
    pub fn with_price(mut self, value: impl Into<f64>) -> Self {
        self.price = Some(value.into());
        self
    }

    /// Sets `invoice_id` (`invoiceId`); until set, it is left out.
    pub fn with_invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }

    /// Sets `comment`; until set, it is left out.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }

    /// Sets `proposal_response_date` (`proposalResponseDate`); until set, it is left out.
    pub fn with_proposal_response_date(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.proposal_response_date = Some(value.into());
        self
    }
}

/// The `ProposalPaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProposalPaymentMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProposalPaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ProposalPaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProposalPaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ProposalPaymentMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProposalPaymentMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ProposalPaymentMode {
    fn as_str(&self) -> &str {
        ProposalPaymentMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ProposalPaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ProposalPaymentMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ProposalPaymentMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
