//! The `ProposalsListResponse` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Represents a Proposal for List Response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ProposalsListResponse {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::ProposalsListResponsePaymentMode,
    /// `type`
    pub r#type: crate::models::PurchaseType,
}

rt::deserialize_struct! {
    ProposalsListResponse {
        0 id "id" required,
        1 price_plan_id "pricePlanId" optional,
        2 price_plan_name "pricePlanName" optional,
        3 price_plan_version "pricePlanVersion" optional,
        4 status "status" required,
        5 wallet_topup_details "walletTopupDetails" optional,
        6 idempotency_key "idempotencyKey" optional,
        7 created_at "createdAt" required rt::datetime::Seed,
        8 updated_at "updatedAt" required rt::datetime::Seed,
        9 expiry_date "expiryDate" optional rt::datetime::OptionSeed,
        10 payment_mode "paymentMode" required,
        11 r#type "type" required,
    }
}
impl ProposalsListResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        status: impl Into<crate::models::PurchaseStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        payment_mode: impl Into<crate::models::ProposalsListResponsePaymentMode>,
        r#type: impl Into<crate::models::PurchaseType>,
    ) -> Self {
        Self {
            id: id.into(),
            price_plan_id: None,
            price_plan_name: None,
            price_plan_version: None,
            status: status.into(),
            wallet_topup_details: None,
            idempotency_key: None,
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            expiry_date: None,
            payment_mode: payment_mode.into(),
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

    /// Sets `price_plan_version` (`pricePlanVersion`); until set, it is left out.
    pub fn with_price_plan_version(mut self, value: impl Into<i32>) -> Self {
        self.price_plan_version = Some(value.into());
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

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
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

/// The `ProposalsListResponsePaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProposalsListResponsePaymentMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProposalsListResponsePaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ProposalsListResponsePaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProposalsListResponsePaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ProposalsListResponsePaymentMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProposalsListResponsePaymentMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ProposalsListResponsePaymentMode {
    fn as_str(&self) -> &str {
        ProposalsListResponsePaymentMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ProposalsListResponsePaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ProposalsListResponsePaymentMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ProposalsListResponsePaymentMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
