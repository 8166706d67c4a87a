//! The `Payment` model.
/// Payment object
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Payment {
    /// `id`
    pub id: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `notes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `externalPaymentReferences`
    #[serde(rename = "externalPaymentReferences")]
    pub external_payment_references: crate::models::ExternalPaymentReference,
    /// `lineItemRecords`
    #[serde(rename = "lineItemRecords")]
    pub line_item_records: Vec<crate::models::PaymentLineItemRecord>,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
    /// `currency`
    pub currency: String,
    /// `version`
    pub version: f64,
    /// `createdBy`
    #[serde(rename = "createdBy")]
    pub created_by: String,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
impl Payment {
    /// Creates a `Payment` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        external_payment_references: crate::models::ExternalPaymentReference,
        line_item_records: Vec<crate::models::PaymentLineItemRecord>,
        total_amount: f64,
        currency: String,
        version: f64,
        created_by: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            description: None,
            notes: None,
            account_id,
            external_payment_references,
            line_item_records,
            total_amount,
            currency,
            version,
            created_by,
            created_at,
        }
    }
}
