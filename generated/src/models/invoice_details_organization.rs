//! The `InvoiceDetailsOrganization` model.
/// The `InvoiceDetailsOrganization` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceDetailsOrganization {
    /// `businessName`
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// `address`
    pub address: crate::models::Address,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceDetailsOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["businessName", "address", "primaryEmail", "metadata"];
        struct InvoiceDetailsOrganizationVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceDetailsOrganizationVisitor {
            type Value = InvoiceDetailsOrganization;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceDetailsOrganization")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceDetailsOrganization, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::Address> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "businessName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "address"),
                        2 => crate::runtime::field(&mut map, &mut f2, "primaryEmail"),
                        3 => crate::runtime::field(&mut map, &mut f3, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceDetailsOrganization {
                    business_name: crate::runtime::required(f0, "businessName")?,
                    address: crate::runtime::required(f1, "address")?,
                    primary_email: crate::runtime::required(f2, "primaryEmail")?,
                    metadata: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "InvoiceDetailsOrganization",
            FIELDS,
            InvoiceDetailsOrganizationVisitor,
        )
    }
}
impl InvoiceDetailsOrganization {
    /// Creates a `InvoiceDetailsOrganization` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        business_name: String,
        address: crate::models::Address,
        primary_email: String,
    ) -> Self {
        Self {
            business_name,
            address,
            primary_email,
            metadata: None,
        }
    }
}
