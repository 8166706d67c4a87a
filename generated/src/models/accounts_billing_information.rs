//! The `AccountsBillingInformation` model.

use togai_codegen_runtime as rt;

/// Billing information of an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AccountsBillingInformation {
    /// `emailRecipients`
    #[serde(rename = "emailRecipients", skip_serializing_if = "Option::is_none")]
    pub email_recipients: Option<Vec<String>>,
    /// `additionalEmailRecipients`
    #[serde(
        rename = "additionalEmailRecipients",
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_email_recipients: Option<Vec<String>>,
}

rt::deserialize_struct! {
    AccountsBillingInformation { 0 email_recipients "emailRecipients" optional, 1
    additional_email_recipients "additionalEmailRecipients" optional, }
}
