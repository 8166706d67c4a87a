//! The `UpdateCustomerRequest` model.
/// Payload to update customer
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateCustomerRequest {
    /// Name of the Customer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateCustomerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "primaryEmail", "address"];
        struct UpdateCustomerRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateCustomerRequestVisitor {
            type Value = UpdateCustomerRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateCustomerRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateCustomerRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::Address>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "primaryEmail"),
                        2 => crate::runtime::field(&mut map, &mut f2, "address"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateCustomerRequest {
                    name: f0.unwrap_or_default(),
                    primary_email: f1.unwrap_or_default(),
                    address: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdateCustomerRequest",
            FIELDS,
            UpdateCustomerRequestVisitor,
        )
    }
}
