//! The `CreateAddOnRequest` model.
/// Request to create an addon
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateAddOnRequest {
    /// Name of addon
    pub name: String,
    /// `type`
    pub r#type: crate::models::AddOnType,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateAddOnRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "type", "billableName"];
        struct CreateAddOnRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateAddOnRequestVisitor {
            type Value = CreateAddOnRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAddOnRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateAddOnRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::AddOnType> = None;
                let mut f2: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "billableName"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateAddOnRequest {
                    name: crate::runtime::required(f0, "name")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    billable_name: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CreateAddOnRequest", FIELDS, CreateAddOnRequestVisitor)
    }
}
impl CreateAddOnRequest {
    /// Creates a `CreateAddOnRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, r#type: crate::models::AddOnType) -> Self {
        Self {
            name,
            r#type,
            billable_name: None,
        }
    }
}
