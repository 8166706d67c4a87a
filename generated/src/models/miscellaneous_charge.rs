//! The `MiscellaneousCharge` model.

use togai_codegen_runtime as rt;

/// Miscellaneous charges are the charges that can be added to the invoice. A charge must either have rate and quantity or value. In case of rate and quantity, the value must not be provided as it is automatically calculated as (rate * quantity).
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MiscellaneousCharge {
    /// Name of the miscellaneous charge
    pub name: String,
    /// Rate of the charge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
    /// Quantity of the charge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// Value of the charge
    /// Possible values:
    /// 1. Fixed number \[Example: 10\]
    /// 2. Json Logic \[Example: {"*": \[{"var": "um.lineitem.id"}, 0.1\]}\]
    ///    You can use all line item ids as variables in the json logic
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Specifies whether to consider this miscellaneous charge for revenue or not
    ///
    /// Default: `false`
    #[serde(rename = "considerForRevenue", skip_serializing_if = "Option::is_none")]
    pub consider_for_revenue: Option<bool>,
}

rt::deserialize_struct! {
    MiscellaneousCharge {
        0 name "name" required,
        1 rate "rate" optional,
        2 quantity "quantity" optional,
        3 value "value" optional,
        4 consider_for_revenue "considerForRevenue" optional,
    }
}
impl MiscellaneousCharge {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            rate: None,
            quantity: None,
            value: None,
            consider_for_revenue: None,
        }
    }

    /// Sets `rate`; until set, it is left out.
    pub fn with_rate(mut self, value: impl Into<f64>) -> Self {
        self.rate = Some(value.into());
        self
    }

    /// Sets `quantity`; until set, it is left out.
    pub fn with_quantity(mut self, value: impl Into<f64>) -> Self {
        self.quantity = Some(value.into());
        self
    }

    /// Sets `value`; until set, it is left out.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets `consider_for_revenue` (`considerForRevenue`); until set, it is left out.
    pub fn with_consider_for_revenue(mut self, value: impl Into<bool>) -> Self {
        self.consider_for_revenue = Some(value.into());
        self
    }
}
