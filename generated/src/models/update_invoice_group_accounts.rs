//! The `UpdateInvoiceGroupAccounts` model.
/// Add accounts to an invoice group
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UpdateInvoiceGroupAccounts {
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateInvoiceGroupAccounts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["accountIds"];
        struct UpdateInvoiceGroupAccountsVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateInvoiceGroupAccountsVisitor {
            type Value = UpdateInvoiceGroupAccounts;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateInvoiceGroupAccounts")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateInvoiceGroupAccounts, A::Error> {
                let mut f0: Option<Vec<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountIds"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateInvoiceGroupAccounts {
                    account_ids: crate::runtime::required(f0, "accountIds")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdateInvoiceGroupAccounts",
            FIELDS,
            UpdateInvoiceGroupAccountsVisitor,
        )
    }
}
impl UpdateInvoiceGroupAccounts {
    /// Creates a `UpdateInvoiceGroupAccounts` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(account_ids: Vec<String>) -> Self {
        Self { account_ids }
    }
}
