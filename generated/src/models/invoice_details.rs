//! The `InvoiceDetails` model.
/// The `InvoiceDetails` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct InvoiceDetails {
    /// `customer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::InvoiceDetailsCustomer>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::InvoiceDetailsAccount>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `invoiceGroup`
    #[serde(rename = "invoiceGroup", skip_serializing_if = "Option::is_none")]
    pub invoice_group: Option<crate::models::InvoiceDetailsInvoiceGroup>,
    /// `organization`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<crate::models::InvoiceDetailsOrganization>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "customer",
            "account",
            "pricePlanName",
            "invoiceGroup",
            "organization",
            "logoUrl",
        ];
        struct InvoiceDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceDetailsVisitor {
            type Value = InvoiceDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceDetails, A::Error> {
                let mut f0: Option<Option<crate::models::InvoiceDetailsCustomer>> = None;
                let mut f1: Option<Option<crate::models::InvoiceDetailsAccount>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<crate::models::InvoiceDetailsInvoiceGroup>> = None;
                let mut f4: Option<Option<crate::models::InvoiceDetailsOrganization>> = None;
                let mut f5: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "customer"),
                        1 => crate::runtime::field(&mut map, &mut f1, "account"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceGroup"),
                        4 => crate::runtime::field(&mut map, &mut f4, "organization"),
                        5 => crate::runtime::field(&mut map, &mut f5, "logoUrl"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceDetails {
                    customer: f0.unwrap_or_default(),
                    account: f1.unwrap_or_default(),
                    price_plan_name: f2.unwrap_or_default(),
                    invoice_group: f3.unwrap_or_default(),
                    organization: f4.unwrap_or_default(),
                    logo_url: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InvoiceDetails", FIELDS, InvoiceDetailsVisitor)
    }
}
