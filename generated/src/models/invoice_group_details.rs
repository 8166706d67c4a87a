//! The `InvoiceGroupDetails` model.
/// Invoice group details
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceGroupDetails {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress")]
    pub billing_address: crate::models::Address,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceGroupDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "email",
            "dailyInvoiceConsolidation",
            "netTermDays",
            "invoiceCurrency",
            "billingAddress",
        ];
        struct InvoiceGroupDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceGroupDetailsVisitor {
            type Value = InvoiceGroupDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceGroupDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceGroupDetails, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<bool> = None;
                let mut f4: Option<Option<i32>> = None;
                let mut f5: Option<String> = None;
                let mut f6: Option<crate::models::Address> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "email"),
                        3 => crate::runtime::field(&mut map, &mut f3, "dailyInvoiceConsolidation"),
                        4 => crate::runtime::field(&mut map, &mut f4, "netTermDays"),
                        5 => crate::runtime::field(&mut map, &mut f5, "invoiceCurrency"),
                        6 => crate::runtime::field(&mut map, &mut f6, "billingAddress"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceGroupDetails {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    email: crate::runtime::required(f2, "email")?,
                    daily_invoice_consolidation: crate::runtime::required(
                        f3,
                        "dailyInvoiceConsolidation",
                    )?,
                    net_term_days: f4.unwrap_or_default(),
                    invoice_currency: crate::runtime::required(f5, "invoiceCurrency")?,
                    billing_address: crate::runtime::required(f6, "billingAddress")?,
                })
            }
        }
        deserializer.deserialize_struct("InvoiceGroupDetails", FIELDS, InvoiceGroupDetailsVisitor)
    }
}
impl InvoiceGroupDetails {
    /// Creates a `InvoiceGroupDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        email: String,
        daily_invoice_consolidation: bool,
        invoice_currency: String,
        billing_address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            email,
            daily_invoice_consolidation,
            net_term_days: None,
            invoice_currency,
            billing_address,
        }
    }
}
