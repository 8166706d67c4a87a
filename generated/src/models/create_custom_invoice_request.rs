//! The `CreateCustomInvoiceRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to create invoice
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreateCustomInvoiceRequest { 0 account_id "accountId" required, 1 owner_type
    "ownerType" optional, 2 start_date "startDate" required rt::datetime::Seed, 3
    end_date "endDate" required rt::datetime::Seed, 4 idempotency_key "idempotencyKey"
    optional, 5 status "status" required, 6 line_items "lineItems" required, 7
    auto_advance "autoAdvance" optional, 8 apply_credits "applyCredits" optional, 9
    apply_wallet_balance "applyWalletBalance" optional, }
}

impl CreateCustomInvoiceRequest {
    /// Creates a `CreateCustomInvoiceRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        start_date: rt::chrono::DateTime<rt::chrono::Utc>,
        end_date: rt::chrono::DateTime<rt::chrono::Utc>,
        status: crate::models::CreateCustomInvoiceRequestStatus,
        line_items: Vec<crate::models::CustomInvoiceLineItem>,
    ) -> Self {
        Self {
            account_id,
            owner_type: None,
            start_date,
            end_date,
            idempotency_key: None,
            status,
            line_items,
            auto_advance: None,
            apply_credits: None,
            apply_wallet_balance: None,
        }
    }
}

/// The `CreateCustomInvoiceRequestOwnerType` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreateCustomInvoiceRequestOwnerType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
/// [`CreateCustomInvoiceRequestStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
