//! The `UpdateInvoiceRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to update an invoice
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateInvoiceRequest {
    /// `startDate`
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `endDate`
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Status of invoice
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::UpdateInvoiceRequestStatus>,
    /// `lineItems`
    #[serde(rename = "lineItems", skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<crate::models::CustomInvoiceLineItem>>,
    /// This property defines the behaviour of status updates of invoices like:
    /// Enabling this property to true auto updates the status of invoice to DUE or PAID accordingly
    /// But disabling this property of left null does not auto update the custom status
    #[serde(rename = "autoAdvance", skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
}

rt::deserialize_struct! {
    UpdateInvoiceRequest {
        0 start_date "startDate" optional rt::datetime::OptionSeed,
        1 end_date "endDate" optional rt::datetime::OptionSeed,
        2 status "status" optional,
        3 line_items "lineItems" optional,
        4 auto_advance "autoAdvance" optional,
    }
}
impl UpdateInvoiceRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `start_date` (`startDate`); until set, it is left out.
    pub fn with_start_date(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.start_date = Some(value.into());
        self
    }

    /// Sets `end_date` (`endDate`); until set, it is left out.
    pub fn with_end_date(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.end_date = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(
        mut self,
        value: impl Into<crate::models::UpdateInvoiceRequestStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `line_items` (`lineItems`); until set, it is left out.
    pub fn with_line_items(
        mut self,
        value: impl Into<Vec<crate::models::CustomInvoiceLineItem>>,
    ) -> Self {
        self.line_items = Some(value.into());
        self
    }

    /// Sets `auto_advance` (`autoAdvance`); until set, it is left out.
    pub fn with_auto_advance(mut self, value: impl Into<bool>) -> Self {
        self.auto_advance = Some(value.into());
        self
    }
}

/// Status of invoice
///
/// Values this version of the crate does not know decode into
/// [`UpdateInvoiceRequestStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateInvoiceRequestStatus {
    /// `DUE`
    Due,
    /// `PAID`
    Paid,
    /// `VOID`
    Void,
    /// `UN_COLLECTIBLE`
    UnCollectible,
    /// `REFUND_INITIATED`
    RefundInitiated,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateInvoiceRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Due => "DUE",
            Self::Paid => "PAID",
            Self::Void => "VOID",
            Self::UnCollectible => "UN_COLLECTIBLE",
            Self::RefundInitiated => "REFUND_INITIATED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateInvoiceRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "DUE" => Self::Due,
            "PAID" => Self::Paid,
            "VOID" => Self::Void,
            "UN_COLLECTIBLE" => Self::UnCollectible,
            "REFUND_INITIATED" => Self::RefundInitiated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdateInvoiceRequestStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdateInvoiceRequestStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdateInvoiceRequestStatus {
    fn as_str(&self) -> &str {
        UpdateInvoiceRequestStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateInvoiceRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateInvoiceRequestStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceRequestStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
