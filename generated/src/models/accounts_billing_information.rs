//! The `AccountsBillingInformation` model.
/// Billing information of an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AccountsBillingInformation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["emailRecipients", "additionalEmailRecipients"];
        struct AccountsBillingInformationVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountsBillingInformationVisitor {
            type Value = AccountsBillingInformation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AccountsBillingInformation")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AccountsBillingInformation, A::Error> {
                let mut f0: Option<Option<Vec<String>>> = None;
                let mut f1: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "emailRecipients"),
                        1 => crate::runtime::field(&mut map, &mut f1, "additionalEmailRecipients"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AccountsBillingInformation {
                    email_recipients: f0.unwrap_or_default(),
                    additional_email_recipients: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AccountsBillingInformation",
            FIELDS,
            AccountsBillingInformationVisitor,
        )
    }
}
