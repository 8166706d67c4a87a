//! The `InvoiceDetailsAccount` model.
/// The `InvoiceDetailsAccount` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceDetailsAccount {
    /// `name`
    pub name: String,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `address`
    pub address: crate::models::Address,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceDetailsAccount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "invoiceCurrency", "address", "primaryEmail"];
        struct InvoiceDetailsAccountVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceDetailsAccountVisitor {
            type Value = InvoiceDetailsAccount;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceDetailsAccount")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceDetailsAccount, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<crate::models::Address> = None;
                let mut f3: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "invoiceCurrency"),
                        2 => crate::runtime::field(&mut map, &mut f2, "address"),
                        3 => crate::runtime::field(&mut map, &mut f3, "primaryEmail"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceDetailsAccount {
                    name: crate::runtime::required(f0, "name")?,
                    invoice_currency: crate::runtime::required(f1, "invoiceCurrency")?,
                    address: crate::runtime::required(f2, "address")?,
                    primary_email: crate::runtime::required(f3, "primaryEmail")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "InvoiceDetailsAccount",
            FIELDS,
            InvoiceDetailsAccountVisitor,
        )
    }
}
impl InvoiceDetailsAccount {
    /// Creates a `InvoiceDetailsAccount` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        invoice_currency: String,
        address: crate::models::Address,
        primary_email: String,
    ) -> Self {
        Self {
            name,
            invoice_currency,
            address,
            primary_email,
        }
    }
}
