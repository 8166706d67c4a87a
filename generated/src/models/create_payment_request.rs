//! The `CreatePaymentRequest` model.

use togai_codegen_runtime as rt;

/// payload to create payment
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreatePaymentRequest { 0 description "description" optional, 1 notes "notes"
    optional, 2 account_id "accountId" required, 3 external_payment_reference
    "externalPaymentReference" required, 4 line_item_records "lineItemRecords" required,
    5 currency "currency" required, 6 total_amount "totalAmount" required, }
}

impl CreatePaymentRequest {
    /// Creates a `CreatePaymentRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        external_payment_reference: crate::models::ExternalPaymentReference,
        line_item_records: Vec<crate::models::PaymentLineItemRecord>,
        currency: String,
        total_amount: f64,
    ) -> Self {
        Self {
            description: None,
            notes: None,
            account_id,
            external_payment_reference,
            line_item_records,
            currency,
            total_amount,
        }
    }
}
