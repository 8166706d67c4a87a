//! The `InvoiceDetailsInvoiceGroup` model.
/// The `InvoiceDetailsInvoiceGroup` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceDetailsInvoiceGroup {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `address`
    pub address: crate::models::Address,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceDetailsInvoiceGroup {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "email",
            "dailyInvoiceConsolidation",
            "invoiceCurrency",
            "address",
        ];
        struct InvoiceDetailsInvoiceGroupVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceDetailsInvoiceGroupVisitor {
            type Value = InvoiceDetailsInvoiceGroup;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceDetailsInvoiceGroup")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceDetailsInvoiceGroup, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<bool> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<crate::models::Address> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "email"),
                        3 => crate::runtime::field(&mut map, &mut f3, "dailyInvoiceConsolidation"),
                        4 => crate::runtime::field(&mut map, &mut f4, "invoiceCurrency"),
                        5 => crate::runtime::field(&mut map, &mut f5, "address"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceDetailsInvoiceGroup {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    email: f2.unwrap_or_default(),
                    daily_invoice_consolidation: crate::runtime::required(
                        f3,
                        "dailyInvoiceConsolidation",
                    )?,
                    invoice_currency: crate::runtime::required(f4, "invoiceCurrency")?,
                    address: crate::runtime::required(f5, "address")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "InvoiceDetailsInvoiceGroup",
            FIELDS,
            InvoiceDetailsInvoiceGroupVisitor,
        )
    }
}
impl InvoiceDetailsInvoiceGroup {
    /// Creates a `InvoiceDetailsInvoiceGroup` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        daily_invoice_consolidation: bool,
        invoice_currency: String,
        address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            email: None,
            daily_invoice_consolidation,
            invoice_currency,
            address,
        }
    }
}
