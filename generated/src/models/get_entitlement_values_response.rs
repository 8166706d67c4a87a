//! The `GetEntitlementValuesResponse` model.

use togai_codegen_runtime as rt;

/// The `GetEntitlementValuesResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetEntitlementValuesResponse {
    /// `data`
    pub data: Vec<crate::models::GetEntitlementValuesResponseDataInner>,
}

rt::deserialize_struct! {
    GetEntitlementValuesResponse { 0 data "data" required, }
}

impl GetEntitlementValuesResponse {
    /// Creates a `GetEntitlementValuesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::GetEntitlementValuesResponseDataInner>) -> Self {
        Self { data }
    }
}
