//! The `AccountsBillingInformation` model.
/// Billing information of an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountsBillingInformation {
    /// `emailRecipients`
    #[serde(
        rename = "emailRecipients",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_recipients: Option<Vec<String>>,
    /// `additionalEmailRecipients`
    #[serde(
        rename = "additionalEmailRecipients",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_email_recipients: Option<Vec<String>>,
}
