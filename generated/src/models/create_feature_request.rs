//! The `CreateFeatureRequest` model.
/// Create a Feature stand-alone or associate it with schemas
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateFeatureRequest {
    /// Name of the feature
    pub name: String,
    /// Billable name of feature. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations")]
    pub schema_associations: Vec<crate::models::EventSchemasForFeature>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateFeatureRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "billableName", "schemaAssociations"];
        struct CreateFeatureRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateFeatureRequestVisitor {
            type Value = CreateFeatureRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateFeatureRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateFeatureRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Vec<crate::models::EventSchemasForFeature>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "billableName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "schemaAssociations"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateFeatureRequest {
                    name: crate::runtime::required(f0, "name")?,
                    billable_name: f1.unwrap_or_default(),
                    schema_associations: crate::runtime::required(f2, "schemaAssociations")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateFeatureRequest", FIELDS, CreateFeatureRequestVisitor)
    }
}
impl CreateFeatureRequest {
    /// Creates a `CreateFeatureRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        schema_associations: Vec<crate::models::EventSchemasForFeature>,
    ) -> Self {
        Self {
            name,
            billable_name: None,
            schema_associations,
        }
    }
}
