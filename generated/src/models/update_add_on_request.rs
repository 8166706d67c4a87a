//! The `UpdateAddOnRequest` model.
/// Request to update an addon
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateAddOnRequest {
    /// Name of addon
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateAddOnRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "billableName"];
        struct UpdateAddOnRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateAddOnRequestVisitor {
            type Value = UpdateAddOnRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateAddOnRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateAddOnRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "billableName"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateAddOnRequest {
                    name: f0.unwrap_or_default(),
                    billable_name: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateAddOnRequest", FIELDS, UpdateAddOnRequestVisitor)
    }
}
