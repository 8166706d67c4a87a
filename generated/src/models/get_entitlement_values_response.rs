//! The `GetEntitlementValuesResponse` model.
/// The `GetEntitlementValuesResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementValuesResponse {
    /// `data`
    pub data: Vec<crate::models::GetEntitlementValuesResponseDataInner>,
}
impl GetEntitlementValuesResponse {
    /// Creates a `GetEntitlementValuesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::GetEntitlementValuesResponseDataInner>) -> Self {
        Self { data }
    }
}
