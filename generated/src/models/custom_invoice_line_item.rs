//! The `CustomInvoiceLineItem` model.
/// Custom line item. Either `value` or `quantity` + `valuePerQuantity` is required.
/// In case `quantity` and `valuePerQuantity` are provided, `value` is computed as (`quantity` X `valuePerQuantity`)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct CustomInvoiceLineItem {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `valuePerQuantity`
    #[serde(rename = "valuePerQuantity", skip_serializing_if = "Option::is_none")]
    pub value_per_quantity: Option<f64>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `billableId`
    #[serde(rename = "billableId", skip_serializing_if = "Option::is_none")]
    pub billable_id: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CustomInvoiceLineItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "description",
            "valuePerQuantity",
            "quantity",
            "value",
            "billableId",
        ];
        struct CustomInvoiceLineItemVisitor;
        impl<'de> serde::de::Visitor<'de> for CustomInvoiceLineItemVisitor {
            type Value = CustomInvoiceLineItem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomInvoiceLineItem")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CustomInvoiceLineItem, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<f64>> = None;
                let mut f3: Option<Option<f64>> = None;
                let mut f4: Option<Option<f64>> = None;
                let mut f5: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "valuePerQuantity"),
                        3 => crate::runtime::field(&mut map, &mut f3, "quantity"),
                        4 => crate::runtime::field(&mut map, &mut f4, "value"),
                        5 => crate::runtime::field(&mut map, &mut f5, "billableId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CustomInvoiceLineItem {
                    id: f0.unwrap_or_default(),
                    description: f1.unwrap_or_default(),
                    value_per_quantity: f2.unwrap_or_default(),
                    quantity: f3.unwrap_or_default(),
                    value: f4.unwrap_or_default(),
                    billable_id: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CustomInvoiceLineItem",
            FIELDS,
            CustomInvoiceLineItemVisitor,
        )
    }
}
