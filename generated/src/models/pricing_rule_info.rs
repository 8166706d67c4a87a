//! The `PricingRuleInfo` model.

use togai_codegen_runtime as rt;

/// Pricing Rule Info
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRuleInfo {
    /// `id`
    pub id: String,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `condition`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// `computation`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computation: Option<String>,
}

rt::deserialize_struct! {
    PricingRuleInfo {
        0 id "id" required,
        1 name "name" optional,
        2 condition "condition" optional,
        3 computation "computation" optional,
    }
}
impl PricingRuleInfo {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            condition: None,
            computation: None,
        }
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `condition`; until set, it is left out.
    pub fn with_condition(mut self, value: impl Into<String>) -> Self {
        self.condition = Some(value.into());
        self
    }

    /// Sets `computation`; until set, it is left out.
    pub fn with_computation(mut self, value: impl Into<String>) -> Self {
        self.computation = Some(value.into());
        self
    }
}
