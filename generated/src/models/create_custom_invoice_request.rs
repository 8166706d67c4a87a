//! The `CreateCustomInvoiceRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to create invoice
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCustomInvoiceRequest {
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `ownerType`
    #[serde(rename = "ownerType", skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<crate::models::CreateCustomInvoiceRequestOwnerType>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// Status to create an invoice in.
    pub status: crate::models::CreateCustomInvoiceRequestStatus,
    /// `lineItems`
    #[serde(rename = "lineItems")]
    pub line_items: Vec<crate::models::CustomInvoiceLineItem>,
    /// This property defines the behaviour of status transition of the invoice.
    /// If true, invoice auto transitions from `DRAFT` to `DUE` or `PAID` at the end of pricing cycle.
    /// If false, the invoice’s state doesn’t automatically advance without an explicit action.
    /// Default: false
    #[serde(rename = "autoAdvance", skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
    /// This property defines the behaviour of whether or not to use credits to net off with the invoice amount. Default: true
    #[serde(rename = "applyCredits", skip_serializing_if = "Option::is_none")]
    pub apply_credits: Option<bool>,
    /// This property defines the behaviour of whether or not to use wallet amount to net off with the invoice amount. Default: true
    #[serde(rename = "applyWalletBalance", skip_serializing_if = "Option::is_none")]
    pub apply_wallet_balance: Option<bool>,
}

rt::deserialize_struct! {
    CreateCustomInvoiceRequest {
        0 account_id "accountId" required,
        1 owner_type "ownerType" optional,
        2 start_date "startDate" required rt::datetime::Seed,
        3 end_date "endDate" required rt::datetime::Seed,
        4 idempotency_key "idempotencyKey" optional,
        5 status "status" required,
        6 line_items "lineItems" required,
        7 auto_advance "autoAdvance" optional,
        8 apply_credits "applyCredits" optional,
        9 apply_wallet_balance "applyWalletBalance" optional,
    }
}
impl CreateCustomInvoiceRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        start_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        end_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        status: impl Into<crate::models::CreateCustomInvoiceRequestStatus>,
        line_items: impl Into<Vec<crate::models::CustomInvoiceLineItem>>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            owner_type: None,
            start_date: start_date.into(),
            end_date: end_date.into(),
            idempotency_key: None,
            status: status.into(),
            line_items: line_items.into(),
            auto_advance: None,
            apply_credits: None,
            apply_wallet_balance: None,
        }
    }

    /// Sets `owner_type` (`ownerType`); until set, it is left out.
    pub fn with_owner_type(
        mut self,
        value: impl Into<crate::models::CreateCustomInvoiceRequestOwnerType>,
    ) -> Self {
        self.owner_type = Some(value.into());
        self
    }

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }

    /// Sets `auto_advance` (`autoAdvance`); until set, it is left out.
    pub fn with_auto_advance(mut self, value: impl Into<bool>) -> Self {
        self.auto_advance = Some(value.into());
        self
    }

    /// Sets `apply_credits` (`applyCredits`); until set, it is left out.
    pub fn with_apply_credits(mut self, value: impl Into<bool>) -> Self {
        self.apply_credits = Some(value.into());
        self
    }

    /// Sets `apply_wallet_balance` (`applyWalletBalance`); until set, it is left out.
    pub fn with_apply_wallet_balance(mut self, value: impl Into<bool>) -> Self {
        self.apply_wallet_balance = Some(value.into());
        self
    }
}

/// The `CreateCustomInvoiceRequestOwnerType` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreateCustomInvoiceRequestOwnerType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateCustomInvoiceRequestOwnerType {
    /// `ACCOUNT`
    Account,
    /// `INVOICE_GROUP`
    InvoiceGroup,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateCustomInvoiceRequestOwnerType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::InvoiceGroup => "INVOICE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateCustomInvoiceRequestOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => Self::Account,
            "INVOICE_GROUP" => Self::InvoiceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreateCustomInvoiceRequestOwnerType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreateCustomInvoiceRequestOwnerType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreateCustomInvoiceRequestOwnerType {
    fn as_str(&self) -> &str {
        CreateCustomInvoiceRequestOwnerType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateCustomInvoiceRequestOwnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateCustomInvoiceRequestOwnerType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateCustomInvoiceRequestOwnerType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// Status to create an invoice in.
///
/// Values this version of the crate does not know decode into
/// [`CreateCustomInvoiceRequestStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateCustomInvoiceRequestStatus {
    /// `DRAFT`
    Draft,
    /// `DUE`
    Due,
    /// `PAID`
    Paid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateCustomInvoiceRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Due => "DUE",
            Self::Paid => "PAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateCustomInvoiceRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "DUE" => Self::Due,
            "PAID" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreateCustomInvoiceRequestStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreateCustomInvoiceRequestStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreateCustomInvoiceRequestStatus {
    fn as_str(&self) -> &str {
        CreateCustomInvoiceRequestStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateCustomInvoiceRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateCustomInvoiceRequestStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateCustomInvoiceRequestStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
