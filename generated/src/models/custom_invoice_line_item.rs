//! The `CustomInvoiceLineItem` model.

use togai_codegen_runtime as rt;

/// Custom line item. Either `value` or `quantity` + `valuePerQuantity` is required.
/// In case `quantity` and `valuePerQuantity` are provided, `value` is computed as (`quantity` X `valuePerQuantity`)
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    CustomInvoiceLineItem { 0 id "id" optional, 1 description "description" optional, 2
    value_per_quantity "valuePerQuantity" optional, 3 quantity "quantity" optional, 4
    value "value" optional, 5 billable_id "billableId" optional, }
}
