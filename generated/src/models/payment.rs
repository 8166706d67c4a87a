//! The `Payment` model.

use togai_codegen_runtime as rt;

/// Payment object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Payment {
    /// `id`
    pub id: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `notes`
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    Payment { 0 id "id" required, 1 description "description" optional, 2 notes "notes"
    optional, 3 account_id "accountId" required, 4 external_payment_references
    "externalPaymentReferences" required, 5 line_item_records "lineItemRecords" required,
    6 total_amount "totalAmount" required, 7 currency "currency" required, 8 version
    "version" required, 9 created_by "createdBy" required, 10 created_at "createdAt"
    required rt::datetime::Seed, }
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
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
