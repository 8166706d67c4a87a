//! The `InvoiceDetailsCustomer` model.
/// The `InvoiceDetailsCustomer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceDetailsCustomer {
    /// `name`
    pub name: String,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress", skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceDetailsCustomer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "primaryEmail", "billingAddress", "address"];
        struct InvoiceDetailsCustomerVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceDetailsCustomerVisitor {
            type Value = InvoiceDetailsCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceDetailsCustomer")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceDetailsCustomer, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<crate::models::Address>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "primaryEmail"),
                        2 => crate::runtime::field(&mut map, &mut f2, "billingAddress"),
                        3 => crate::runtime::field(&mut map, &mut f3, "address"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceDetailsCustomer {
                    name: crate::runtime::required(f0, "name")?,
                    primary_email: crate::runtime::required(f1, "primaryEmail")?,
                    billing_address: f2.unwrap_or_default(),
                    address: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "InvoiceDetailsCustomer",
            FIELDS,
            InvoiceDetailsCustomerVisitor,
        )
    }
}
impl InvoiceDetailsCustomer {
    /// Creates a `InvoiceDetailsCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, primary_email: String) -> Self {
        Self {
            name,
            primary_email,
            billing_address: None,
            address: None,
        }
    }
}
