//! The `ValidateEntitlementValueRequest` model.
/// The `ValidateEntitlementValueRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ValidateEntitlementValueRequest {
    /// Value of the entitlement
    pub value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ValidateEntitlementValueRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value"];
        struct ValidateEntitlementValueRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for ValidateEntitlementValueRequestVisitor {
            type Value = ValidateEntitlementValueRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ValidateEntitlementValueRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ValidateEntitlementValueRequest, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ValidateEntitlementValueRequest {
                    value: crate::runtime::required(f0, "value")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ValidateEntitlementValueRequest",
            FIELDS,
            ValidateEntitlementValueRequestVisitor,
        )
    }
}
impl ValidateEntitlementValueRequest {
    /// Creates a `ValidateEntitlementValueRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
