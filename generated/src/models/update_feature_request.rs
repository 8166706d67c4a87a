//! The `UpdateFeatureRequest` model.
/// Update a Feature properties
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateFeatureRequest {
    /// Name of the feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations", skip_serializing_if = "Option::is_none")]
    pub schema_associations: Option<Vec<crate::models::EventSchemasForFeature>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateFeatureRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "billableName", "schemaAssociations"];
        struct UpdateFeatureRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateFeatureRequestVisitor {
            type Value = UpdateFeatureRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateFeatureRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateFeatureRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<Vec<crate::models::EventSchemasForFeature>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "billableName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "schemaAssociations"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateFeatureRequest {
                    name: f0.unwrap_or_default(),
                    billable_name: f1.unwrap_or_default(),
                    schema_associations: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateFeatureRequest", FIELDS, UpdateFeatureRequestVisitor)
    }
}
