//! The `CustomInvoiceLineItem` model.
/// Custom line item. Either `value` or `quantity` + `valuePerQuantity` is required.
/// In case `quantity` and `valuePerQuantity` are provided, `value` is computed as (`quantity` X `valuePerQuantity`)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomInvoiceLineItem {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `valuePerQuantity`
    #[serde(
        rename = "valuePerQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub value_per_quantity: Option<f64>,
    /// `quantity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `billableId`
    #[serde(
        rename = "billableId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_id: Option<String>,
}
