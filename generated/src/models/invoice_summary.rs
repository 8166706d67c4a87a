//! The `InvoiceSummary` model and the types inlined in it.
/// Structure of invoice response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// End date of the invoice
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Inclusive end date of the invoice
    #[serde(rename = "endDateInclusive", skip_serializing_if = "Option::is_none")]
    pub end_date_inclusive: Option<chrono::DateTime<chrono::Utc>>,
    /// Invoice date of the invoice
    #[serde(rename = "invoiceDate")]
    pub invoice_date: chrono::DateTime<chrono::Utc>,
    /// Due date of the invoice
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `generatedAt`
    #[serde(rename = "generatedAt", skip_serializing_if = "Option::is_none")]
    pub generated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "customerId",
            "ownerId",
            "pricePlanId",
            "status",
            "finalizingStatus",
            "invoiceClass",
            "invoiceType",
            "startDate",
            "endDate",
            "endDateInclusive",
            "invoiceDate",
            "dueDate",
            "generatedAt",
            "updatedAt",
            "sequenceId",
            "pdfUrl",
            "totalAmount",
            "paidAmount",
            "invoiceDetails",
            "netTermDays",
        ];
        struct InvoiceSummaryVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceSummaryVisitor {
            type Value = InvoiceSummary;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceSummary")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceSummary, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<crate::models::InvoicesStatus> = None;
                let mut f5: Option<Option<crate::models::InvoiceSummaryFinalizingStatus>> = None;
                let mut f6: Option<crate::models::InvoicesClass> = None;
                let mut f7: Option<crate::models::InvoicesType> = None;
                let mut f8: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f9: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f10: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f11: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f12: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f13: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f14: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f15: Option<Option<String>> = None;
                let mut f16: Option<Option<String>> = None;
                let mut f17: Option<f64> = None;
                let mut f18: Option<f64> = None;
                let mut f19: Option<Option<crate::models::InvoiceDetails>> = None;
                let mut f20: Option<i64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "customerId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "ownerId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "finalizingStatus"),
                        6 => crate::runtime::field(&mut map, &mut f6, "invoiceClass"),
                        7 => crate::runtime::field(&mut map, &mut f7, "invoiceType"),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "startDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "endDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "endDateInclusive",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "invoiceDate",
                            crate::runtime::datetime::Seed,
                        ),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "dueDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        13 => crate::runtime::field_seed(
                            &mut map,
                            &mut f13,
                            "generatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        14 => crate::runtime::field_seed(
                            &mut map,
                            &mut f14,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        15 => crate::runtime::field(&mut map, &mut f15, "sequenceId"),
                        16 => crate::runtime::field(&mut map, &mut f16, "pdfUrl"),
                        17 => crate::runtime::field(&mut map, &mut f17, "totalAmount"),
                        18 => crate::runtime::field(&mut map, &mut f18, "paidAmount"),
                        19 => crate::runtime::field(&mut map, &mut f19, "invoiceDetails"),
                        20 => crate::runtime::field(&mut map, &mut f20, "netTermDays"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceSummary {
                    id: crate::runtime::required(f0, "id")?,
                    customer_id: f1.unwrap_or_default(),
                    owner_id: f2.unwrap_or_default(),
                    price_plan_id: f3.unwrap_or_default(),
                    status: crate::runtime::required(f4, "status")?,
                    finalizing_status: f5.unwrap_or_default(),
                    invoice_class: crate::runtime::required(f6, "invoiceClass")?,
                    invoice_type: crate::runtime::required(f7, "invoiceType")?,
                    start_date: f8.unwrap_or_default(),
                    end_date: f9.unwrap_or_default(),
                    end_date_inclusive: f10.unwrap_or_default(),
                    invoice_date: crate::runtime::required(f11, "invoiceDate")?,
                    due_date: f12.unwrap_or_default(),
                    generated_at: f13.unwrap_or_default(),
                    updated_at: crate::runtime::required(f14, "updatedAt")?,
                    sequence_id: f15.unwrap_or_default(),
                    pdf_url: f16.unwrap_or_default(),
                    total_amount: crate::runtime::required(f17, "totalAmount")?,
                    paid_amount: crate::runtime::required(f18, "paidAmount")?,
                    invoice_details: f19.unwrap_or_default(),
                    net_term_days: crate::runtime::required(f20, "netTermDays")?,
                })
            }
        }
        deserializer.deserialize_struct("InvoiceSummary", FIELDS, InvoiceSummaryVisitor)
    }
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
impl crate::runtime::StringEnum for InvoiceSummaryFinalizingStatus {
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
impl serde::Serialize for InvoiceSummaryFinalizingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceSummaryFinalizingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
