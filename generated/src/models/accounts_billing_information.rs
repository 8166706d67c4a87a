//! The `AccountsBillingInformation` model.

use togai_codegen_runtime as rt;

/// Billing information of an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    AccountsBillingInformation {
        0 email_recipients "emailRecipients" optional,
        1 additional_email_recipients "additionalEmailRecipients" optional,
    }
}
impl AccountsBillingInformation {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `email_recipients` (`emailRecipients`); until set, it is left out.
    pub fn with_email_recipients(mut self, value: impl Into<Vec<String>>) -> Self {
        self.email_recipients = Some(value.into());
        self
    }

    /// Sets `additional_email_recipients` (`additionalEmailRecipients`); until set, it is left out.
    pub fn with_additional_email_recipients(mut self, value: impl Into<Vec<String>>) -> Self {
        self.additional_email_recipients = Some(value.into());
        self
    }
}
