//! The `InvoiceSummary` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of invoice response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceSummary {
        0 id "id" required,
        1 customer_id "customerId" optional,
        2 owner_id "ownerId" optional,
        3 price_plan_id "pricePlanId" optional,
        4 status "status" required,
        5 finalizing_status "finalizingStatus" optional,
        6 invoice_class "invoiceClass" required,
        7 invoice_type "invoiceType" required,
        8 start_date "startDate" optional rt::datetime::OptionSeed,
        9 end_date "endDate" optional rt::datetime::OptionSeed,
        10 end_date_inclusive "endDateInclusive" optional rt::datetime::OptionSeed,
        11 invoice_date "invoiceDate" required rt::datetime::Seed,
        12 due_date "dueDate" optional rt::datetime::OptionSeed,
        13 generated_at "generatedAt" optional rt::datetime::OptionSeed,
        14 updated_at "updatedAt" required rt::datetime::Seed,
        15 sequence_id "sequenceId" optional,
        16 pdf_url "pdfUrl" optional,
        17 total_amount "totalAmount" required,
        18 paid_amount "paidAmount" required,
        19 invoice_details "invoiceDetails" optional,
        20 net_term_days "netTermDays" required,
    }
}
impl InvoiceSummary {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<crate::models::InvoicesStatus>,
        invoice_class: impl Into<crate::models::InvoicesClass>,
        invoice_type: impl Into<crate::models::InvoicesType>,
        invoice_date: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        total_amount: impl Into<f64>,
        paid_amount: impl Into<f64>,
        net_term_days: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            customer_id: None,
            owner_id: None,
            price_plan_id: None,
            status: status.into(),
            finalizing_status: None,
            invoice_class: invoice_class.into(),
            invoice_type: invoice_type.into(),
            start_date: None,
            end_date: None,
            end_date_inclusive: None,
            invoice_date: invoice_date.into(),
            due_date: None,
            generated_at: None,
            updated_at: updated_at.into(),
            sequence_id: None,
            pdf_url: None,
            total_amount: total_amount.into(),
            paid_amount: paid_amount.into(),
            invoice_details: None,
            net_term_days: net_term_days.into(),
        }
    }

    /// Sets `customer_id` (`customerId`); until set, it is left out.
    pub fn with_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Sets `owner_id` (`ownerId`); until set, it is left out.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `price_plan_id` (`pricePlanId`); until set, it is left out.
    pub fn with_price_plan_id(mut self, value: impl Into<String>) -> Self {
        self.price_plan_id = Some(value.into());
        self
    }

    /// Sets `finalizing_status` (`finalizingStatus`); until set, it is left out.
    pub fn with_finalizing_status(
        mut self,
        value: impl Into<crate::models::InvoiceSummaryFinalizingStatus>,
    ) -> Self {
        self.finalizing_status = Some(value.into());
        self
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

    /// Sets `end_date_inclusive` (`endDateInclusive`); until set, it is left out.
    pub fn with_end_date_inclusive(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.end_date_inclusive = Some(value.into());
        self
    }

    /// Sets `due_date` (`dueDate`); until set, it is left out.
    pub fn with_due_date(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Sets `generated_at` (`generatedAt`); until set, it is left out.
    pub fn with_generated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.generated_at = Some(value.into());
        self
    }

    /// Sets `sequence_id` (`sequenceId`); until set, it is left out.
    pub fn with_sequence_id(mut self, value: impl Into<String>) -> Self {
        self.sequence_id = Some(value.into());
        self
    }

    /// Sets `pdf_url` (`pdfUrl`); until set, it is left out.
    pub fn with_pdf_url(mut self, value: impl Into<String>) -> Self {
        self.pdf_url = Some(value.into());
        self
    }

    /// Sets `invoice_details` (`invoiceDetails`); until set, it is left out.
    pub fn with_invoice_details(mut self, value: impl Into<crate::models::InvoiceDetails>) -> Self {
        self.invoice_details = Some(value.into());
        self
    }
}

/// The `InvoiceSummaryFinalizingStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`InvoiceSummaryFinalizingStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for InvoiceSummaryFinalizingStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoiceSummaryFinalizingStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
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
