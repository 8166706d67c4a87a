//! The `Computation` model.

use togai_codegen_runtime as rt;

/// The `Computation` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Computation {
    /// Optional identifier describing the matcher and computation pair
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Condition to be applied on event. Upon matching it the corresponding computation will be considered for usage_meter unit calculation. The result of the matcher needs to be [truthy](https://jsonlogic.com/truthy.html) in order to be considered as a match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matcher: Option<String>,
    /// Computation to be applied on an event if it matches the matcher. In case of a COUNT aggregation type, computation should be passed as '1'
    pub computation: String,
    /// The order in which multiple matched computations will get evaluated
    pub order: i64,
}

rt::deserialize_struct! {
    Computation {
        0 id "id" optional,
        1 matcher "matcher" optional,
        2 computation "computation" required,
        3 order "order" required,
    }
}
impl Computation {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(computation: impl Into<String>, order: impl Into<i64>) -> Self {
        Self {
            id: None,
            matcher: None,
            computation: computation.into(),
            order: order.into(),
        }
    }

    /// Sets `id`; until set, it is left out.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `matcher`; until set, it is left out.
    pub fn with_matcher(mut self, value: impl Into<String>) -> Self {
        self.matcher = Some(value.into());
        self
    }
}
