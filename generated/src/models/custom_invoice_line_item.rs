//! The `CustomInvoiceLineItem` model.

use togai_codegen_runtime as rt;

/// Custom line item. Either `value` or `quantity` + `valuePerQuantity` is required.
/// In case `quantity` and `valuePerQuantity` are provided, `value` is computed as (`quantity` X `valuePerQuantity`)
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CustomInvoiceLineItem {
        0 id "id" optional,
        1 description "description" optional,
        2 value_per_quantity "valuePerQuantity" optional,
        3 quantity "quantity" optional,
        4 value "value" optional,
        5 billable_id "billableId" optional,
    }
}
impl CustomInvoiceLineItem {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `id`; until set, it is left out.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `value_per_quantity` (`valuePerQuantity`); until set, it is left out.
    pub fn with_value_per_quantity(mut self, value: impl Into<f64>) -> Self {
        self.value_per_quantity = Some(value.into());
        self
    }

    /// Sets `quantity`; until set, it is left out.
    pub fn with_quantity(mut self, value: impl Into<f64>) -> Self {
        self.quantity = Some(value.into());
        self
    }

    /// Sets `value`; until set, it is left out.
    pub fn with_value(mut self, value: impl Into<f64>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets `billable_id` (`billableId`); until set, it is left out.
    pub fn with_billable_id(mut self, value: impl Into<String>) -> Self {
        self.billable_id = Some(value.into());
        self
    }
}
