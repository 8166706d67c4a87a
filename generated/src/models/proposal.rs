//! The `Proposal` model and the types inlined in it.
/// The `Proposal` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Proposal {
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
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::ProposalPaymentMode,
    /// `proposalResponseDate`
    #[serde(
        rename = "proposalResponseDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub proposal_response_date: Option<chrono::DateTime<chrono::Utc>>,
}
impl Proposal {
    /// Creates a `Proposal` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        created_at: chrono::DateTime<chrono::Utc>,
        status: crate::models::PurchaseStatus,
        r#type: crate::models::PurchaseType,
        payment_mode: crate::models::ProposalPaymentMode,
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
            payment_mode,
            proposal_response_date: None,
        }
    }
}
/// The `ProposalPaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProposalPaymentMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for ProposalPaymentMode {
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
impl serde::Serialize for ProposalPaymentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ProposalPaymentMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
