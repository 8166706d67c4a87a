//! The `Invoice` model and the types inlined in it.
/// Structure of invoice
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Invoice {
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
    /// `usageInfo`
    #[serde(rename = "usageInfo", skip_serializing_if = "Option::is_none")]
    pub usage_info: Option<Vec<crate::models::InvoiceLineItem>>,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo", skip_serializing_if = "Option::is_none")]
    pub revenue_info: Option<crate::models::InvoiceLineItem>,
    /// `invoiceDetails`
    #[serde(rename = "invoiceDetails", skip_serializing_if = "Option::is_none")]
    pub invoice_details: Option<crate::models::InvoiceDetails>,
    /// `status`
    pub status: crate::models::InvoicesStatus,
    /// `finalizingStatus`
    #[serde(rename = "finalizingStatus", skip_serializing_if = "Option::is_none")]
    pub finalizing_status: Option<crate::models::InvoiceFinalizingStatus>,
    /// `invoiceClass`
    #[serde(rename = "invoiceClass")]
    pub invoice_class: crate::models::InvoicesClass,
    /// `invoiceType`
    #[serde(rename = "invoiceType")]
    pub invoice_type: crate::models::InvoicesType,
    /// `autoAdvance`
    #[serde(rename = "autoAdvance", skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
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
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    /// `info`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub info: Option<Vec<crate::models::InvoiceInfoInner>>,
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
    /// Number of days from the invoice date after which an invoice is considered overdue.
    #[serde(rename = "netTermDays")]
    pub net_term_days: i64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "customerId",
            "ownerId",
            "pricePlanId",
            "usageInfo",
            "revenueInfo",
            "invoiceDetails",
            "status",
            "finalizingStatus",
            "invoiceClass",
            "invoiceType",
            "autoAdvance",
            "startDate",
            "endDate",
            "endDateInclusive",
            "invoiceDate",
            "dueDate",
            "generatedAt",
            "updatedAt",
            "metadata",
            "info",
            "sequenceId",
            "pdfUrl",
            "totalAmount",
            "paidAmount",
            "netTermDays",
        ];
        struct InvoiceVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceVisitor {
            type Value = Invoice;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Invoice")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Invoice, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<Vec<crate::models::InvoiceLineItem>>> = None;
                let mut f5: Option<Option<crate::models::InvoiceLineItem>> = None;
                let mut f6: Option<Option<crate::models::InvoiceDetails>> = None;
                let mut f7: Option<crate::models::InvoicesStatus> = None;
                let mut f8: Option<Option<crate::models::InvoiceFinalizingStatus>> = None;
                let mut f9: Option<crate::models::InvoicesClass> = None;
                let mut f10: Option<crate::models::InvoicesType> = None;
                let mut f11: Option<Option<bool>> = None;
                let mut f12: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f13: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f14: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f15: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f16: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f17: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f18: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f19: Option<Option<serde_json::Value>> = None;
                let mut f20: Option<Option<Vec<crate::models::InvoiceInfoInner>>> = None;
                let mut f21: Option<Option<String>> = None;
                let mut f22: Option<Option<String>> = None;
                let mut f23: Option<f64> = None;
                let mut f24: Option<f64> = None;
                let mut f25: Option<i64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "customerId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "ownerId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "usageInfo"),
                        5 => crate::runtime::field(&mut map, &mut f5, "revenueInfo"),
                        6 => crate::runtime::field(&mut map, &mut f6, "invoiceDetails"),
                        7 => crate::runtime::field(&mut map, &mut f7, "status"),
                        8 => crate::runtime::field(&mut map, &mut f8, "finalizingStatus"),
                        9 => crate::runtime::field(&mut map, &mut f9, "invoiceClass"),
                        10 => crate::runtime::field(&mut map, &mut f10, "invoiceType"),
                        11 => crate::runtime::field(&mut map, &mut f11, "autoAdvance"),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "startDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        13 => crate::runtime::field_seed(
                            &mut map,
                            &mut f13,
                            "endDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        14 => crate::runtime::field_seed(
                            &mut map,
                            &mut f14,
                            "endDateInclusive",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        15 => crate::runtime::field_seed(
                            &mut map,
                            &mut f15,
                            "invoiceDate",
                            crate::runtime::datetime::Seed,
                        ),
                        16 => crate::runtime::field_seed(
                            &mut map,
                            &mut f16,
                            "dueDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        17 => crate::runtime::field_seed(
                            &mut map,
                            &mut f17,
                            "generatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        18 => crate::runtime::field_seed(
                            &mut map,
                            &mut f18,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        19 => crate::runtime::field(&mut map, &mut f19, "metadata"),
                        20 => crate::runtime::field(&mut map, &mut f20, "info"),
                        21 => crate::runtime::field(&mut map, &mut f21, "sequenceId"),
                        22 => crate::runtime::field(&mut map, &mut f22, "pdfUrl"),
                        23 => crate::runtime::field(&mut map, &mut f23, "totalAmount"),
                        24 => crate::runtime::field(&mut map, &mut f24, "paidAmount"),
                        25 => crate::runtime::field(&mut map, &mut f25, "netTermDays"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Invoice {
                    id: crate::runtime::required(f0, "id")?,
                    customer_id: f1.unwrap_or_default(),
                    owner_id: f2.unwrap_or_default(),
                    price_plan_id: f3.unwrap_or_default(),
                    usage_info: f4.unwrap_or_default(),
                    revenue_info: f5.unwrap_or_default(),
                    invoice_details: f6.unwrap_or_default(),
                    status: crate::runtime::required(f7, "status")?,
                    finalizing_status: f8.unwrap_or_default(),
                    invoice_class: crate::runtime::required(f9, "invoiceClass")?,
                    invoice_type: crate::runtime::required(f10, "invoiceType")?,
                    auto_advance: f11.unwrap_or_default(),
                    start_date: f12.unwrap_or_default(),
                    end_date: f13.unwrap_or_default(),
                    end_date_inclusive: f14.unwrap_or_default(),
                    invoice_date: crate::runtime::required(f15, "invoiceDate")?,
                    due_date: f16.unwrap_or_default(),
                    generated_at: f17.unwrap_or_default(),
                    updated_at: crate::runtime::required(f18, "updatedAt")?,
                    metadata: f19.unwrap_or_default(),
                    info: f20.unwrap_or_default(),
                    sequence_id: f21.unwrap_or_default(),
                    pdf_url: f22.unwrap_or_default(),
                    total_amount: crate::runtime::required(f23, "totalAmount")?,
                    paid_amount: crate::runtime::required(f24, "paidAmount")?,
                    net_term_days: crate::runtime::required(f25, "netTermDays")?,
                })
            }
        }
        deserializer.deserialize_struct("Invoice", FIELDS, InvoiceVisitor)
    }
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
