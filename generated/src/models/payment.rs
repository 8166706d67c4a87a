//! The `Payment` model.

use togai_codegen_runtime as rt;

/// Payment object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    Payment {
        0 id "id" required,
        1 description "description" optional,
        2 notes "notes" optional,
        3 account_id "accountId" required,
        4 external_payment_references "externalPaymentReferences" required,
        5 line_item_records "lineItemRecords" required,
        6 total_amount "totalAmount" required,
        7 currency "currency" required,
        8 version "version" required,
        9 created_by "createdBy" required,
        10 created_at "createdAt" required rt::datetime::Seed,
    }
}
impl Payment {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        account_id: impl Into<String>,
        external_payment_references: impl Into<crate::models::ExternalPaymentReference>,
        line_item_records: impl Into<Vec<crate::models::PaymentLineItemRecord>>,
        total_amount: impl Into<f64>,
        currency: impl Into<String>,
        version: impl Into<f64>,
        created_by: impl Into<String>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            description: None,
            notes: None,
            account_id: account_id.into(),
            external_payment_references: external_payment_references.into(),
            line_item_records: line_item_records.into(),
            total_amount: total_amount.into(),
            currency: currency.into(),
            version: version.into(),
            created_by: created_by.into(),
            created_at: created_at.into(),
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `notes`; until set, it is left out.
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }
}
