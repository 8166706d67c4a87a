//! The `Invoice` model and the types inlined in it.
/// Structure of invoice
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    /// Identifier of invoice
    pub id: String,
    /// `customerId`
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<String>,
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `pricePlanId`
    #[serde(
        rename = "pricePlanId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_id: Option<String>,
    /// `usageInfo`
    #[serde(rename = "usageInfo", default, skip_serializing_if = "Option::is_none")]
    pub usage_info: Option<Vec<crate::models::InvoiceLineItem>>,
    /// `revenueInfo`
    #[serde(
        rename = "revenueInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revenue_info: Option<crate::models::InvoiceLineItem>,
    /// `invoiceDetails`
    #[serde(
        rename = "invoiceDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_details: Option<crate::models::InvoiceDetails>,
    /// `status`
    pub status: crate::models::InvoicesStatus,
    /// `finalizingStatus`
    #[serde(
        rename = "finalizingStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finalizing_status: Option<crate::models::InvoiceFinalizingStatus>,
    /// `invoiceClass`
    #[serde(rename = "invoiceClass")]
    pub invoice_class: crate::models::InvoicesClass,
    /// `invoiceType`
    #[serde(rename = "invoiceType")]
    pub invoice_type: crate::models::InvoicesType,
    /// `autoAdvance`
    #[serde(
        rename = "autoAdvance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_advance: Option<bool>,
    /// Start date of the invoice
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// End date of the invoice
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Inclusive end date of the invoice
    #[serde(
        rename = "endDateInclusive",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub end_date_inclusive: Option<chrono::DateTime<chrono::Utc>>,
    /// Invoice date of the invoice
    #[serde(
        rename = "invoiceDate",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub invoice_date: chrono::DateTime<chrono::Utc>,
    /// Due date of the invoice
    #[serde(
        rename = "dueDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub due_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `generatedAt`
    #[serde(
        rename = "generatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub generated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    /// `info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<Vec<crate::models::InvoiceInfoInner>>,
    /// Sequence id of the invoice
    #[serde(
        rename = "sequenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sequence_id: Option<String>,
    /// Download URL of the pdf file corresponding to the invoice
    #[serde(rename = "pdfUrl", default, skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
    /// `paidAmount`
    #[serde(rename = "paidAmount")]
    pub paid_amount: f64,
    /// Number of days from the invoice date after which an invoice is considered overdue.
    #[serde(rename = "netTermDays")]
    pub net_term_days: i64,
}
impl Invoice {
    /// Creates a `Invoice` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::InvoicesStatus,
        invoice_class: crate::models::InvoicesClass,
        invoice_type: crate::models::InvoicesType,
        invoice_date: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        total_amount: f64,
        paid_amount: f64,
        net_term_days: i64,
    ) -> Self {
        Self {
            id,
            customer_id: None,
            owner_id: None,
            price_plan_id: None,
            usage_info: None,
            revenue_info: None,
            invoice_details: None,
            status,
            finalizing_status: None,
            invoice_class,
            invoice_type,
            auto_advance: None,
            start_date: None,
            end_date: None,
            end_date_inclusive: None,
            invoice_date,
            due_date: None,
            generated_at: None,
            updated_at,
            metadata: None,
            info: None,
            sequence_id: None,
            pdf_url: None,
            total_amount,
            paid_amount,
            net_term_days,
        }
    }
}
/// The `InvoiceFinalizingStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`InvoiceFinalizingStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceFinalizingStatus {
    /// `FINALIZING`
    Finalizing,
    /// `FINALIZED`
    Finalized,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl InvoiceFinalizingStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Finalizing => "FINALIZING",
            Self::Finalized => "FINALIZED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for InvoiceFinalizingStatus {
    fn from(value: &str) -> Self {
        match value {
            "FINALIZING" => Self::Finalizing,
            "FINALIZED" => Self::Finalized,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for InvoiceFinalizingStatus {
    fn as_str(&self) -> &str {
        InvoiceFinalizingStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for InvoiceFinalizingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InvoiceFinalizingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceFinalizingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
