//! The `CreatePaymentRequest` model.

use togai_codegen_runtime as rt;

/// payload to create payment
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreatePaymentRequest {
    /// A brief description of the payment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A detailed note about the payment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `externalPaymentReference`
    #[serde(rename = "externalPaymentReference")]
    pub external_payment_reference: crate::models::ExternalPaymentReference,
    /// `lineItemRecords`
    #[serde(rename = "lineItemRecords")]
    pub line_item_records: Vec<crate::models::PaymentLineItemRecord>,
    /// `currency`
    pub currency: String,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
}

rt::deserialize_struct! {
    CreatePaymentRequest {
        0 description "description" optional,
        1 notes "notes" optional,
        2 account_id "accountId" required,
        3 external_payment_reference "externalPaymentReference" required,
        4 line_item_records "lineItemRecords" required,
        5 currency "currency" required,
        6 total_amount "totalAmount" required,
    }
}
impl CreatePaymentRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        external_payment_reference: impl Into<crate::models::ExternalPaymentReference>,
        line_item_records: impl Into<Vec<crate::models::PaymentLineItemRecord>>,
        currency: impl Into<String>,
        total_amount: impl Into<f64>,
    ) -> Self {
        Self {
            description: None,
            notes: None,
            account_id: account_id.into(),
            external_payment_reference: external_payment_reference.into(),
            line_item_records: line_item_records.into(),
            currency: currency.into(),
            total_amount: total_amount.into(),
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
