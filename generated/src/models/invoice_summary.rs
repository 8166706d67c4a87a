//! The `InvoiceSummary` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of invoice response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceSummary {
    /// Identifier of invoice
    pub id: String,
    /// `customerId`
    #[serde(rename = "customerId", skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `status`
    pub status: crate::models::InvoicesStatus,
    /// `finalizingStatus`
    #[serde(rename = "finalizingStatus", skip_serializing_if = "Option::is_none")]
    pub finalizing_status: Option<crate::models::InvoiceSummaryFinalizingStatus>,
    /// `invoiceClass`
    #[serde(rename = "invoiceClass")]
    pub invoice_class: crate::models::InvoicesClass,
    /// `invoiceType`
    #[serde(rename = "invoiceType")]
    pub invoice_type: crate::models::InvoicesType,
    /// Start date of the invoice
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// End date of the invoice
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Inclusive end date of the invoice
    #[serde(rename = "endDateInclusive", skip_serializing_if = "Option::is_none")]
    pub end_date_inclusive: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// Invoice date of the invoice
    #[serde(rename = "invoiceDate")]
    pub invoice_date: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Due date of the invoice
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `generatedAt`
    #[serde(rename = "generatedAt", skip_serializing_if = "Option::is_none")]
    pub generated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Sequence id of the invoice
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<String>,
    /// Download URL of the pdf file corresponding to the invoice
    #[serde(rename = "pdfUrl", skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
    /// `paidAmount`
    #[serde(rename = "paidAmount")]
    pub paid_amount: f64,
    /// `invoiceDetails`
    #[serde(rename = "invoiceDetails", skip_serializing_if = "Option::is_none")]
    pub invoice_details: Option<crate::models::InvoiceDetails>,
    /// Number of days from the invoice date after which an invoice is considered overdue.
    #[serde(rename = "netTermDays")]
    pub net_term_days: i64,
}

rt::deserialize_struct! {
    InvoiceSummary { 0 id "id" required, 1 customer_id "customerId" optional, 2 owner_id
    "ownerId" optional, 3 price_plan_id "pricePlanId" optional, 4 status "status"
    required, 5 finalizing_status "finalizingStatus" optional, 6 invoice_class
    "invoiceClass" required, 7 invoice_type "invoiceType" required, 8 start_date
    "startDate" optional rt::datetime::OptionSeed, 9 end_date "endDate" optional
    rt::datetime::OptionSeed, 10 end_date_inclusive "endDateInclusive" optional
    rt::datetime::OptionSeed, 11 invoice_date "invoiceDate" required rt::datetime::Seed,
    12 due_date "dueDate" optional rt::datetime::OptionSeed, 13 generated_at
    "generatedAt" optional rt::datetime::OptionSeed, 14 updated_at "updatedAt" required
    rt::datetime::Seed, 15 sequence_id "sequenceId" optional, 16 pdf_url "pdfUrl"
    optional, 17 total_amount "totalAmount" required, 18 paid_amount "paidAmount"
    required, 19 invoice_details "invoiceDetails" optional, 20 net_term_days
    "netTermDays" required, }
}

impl InvoiceSummary {
    /// Creates a `InvoiceSummary` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::InvoicesStatus,
        invoice_class: crate::models::InvoicesClass,
        invoice_type: crate::models::InvoicesType,
        invoice_date: rt::chrono::DateTime<rt::chrono::Utc>,
        updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
        total_amount: f64,
        paid_amount: f64,
        net_term_days: i64,
    ) -> Self {
        Self {
            id,
            customer_id: None,
            owner_id: None,
            price_plan_id: None,
            status,
            finalizing_status: None,
            invoice_class,
            invoice_type,
            start_date: None,
            end_date: None,
            end_date_inclusive: None,
            invoice_date,
            due_date: None,
            generated_at: None,
            updated_at,
            sequence_id: None,
            pdf_url: None,
            total_amount,
            paid_amount,
            invoice_details: None,
            net_term_days,
        }
    }
}

/// The `InvoiceSummaryFinalizingStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`InvoiceSummaryFinalizingStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceSummaryFinalizingStatus {
    /// `FINALIZING`
    Finalizing,
    /// `FINALIZED`
    Finalized,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoiceSummaryFinalizingStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Finalizing => "FINALIZING",
            Self::Finalized => "FINALIZED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoiceSummaryFinalizingStatus {
    fn from(value: &str) -> Self {
        match value {
            "FINALIZING" => Self::Finalizing,
            "FINALIZED" => Self::Finalized,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for InvoiceSummaryFinalizingStatus {
    fn as_str(&self) -> &str {
        InvoiceSummaryFinalizingStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoiceSummaryFinalizingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoiceSummaryFinalizingStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoiceSummaryFinalizingStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
