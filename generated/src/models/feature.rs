//! The `Feature` model.
/// Represents a Feature
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Feature {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `billableName`
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Display name of feature. This is an auto-generated field which contains billableName of feature.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations")]
    pub schema_associations: Vec<crate::models::EventSchemasForFeature>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Feature {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "billableName",
            "displayName",
            "schemaAssociations",
            "createdAt",
            "updatedAt",
        ];
        struct FeatureVisitor;
        impl<'de> serde::de::Visitor<'de> for FeatureVisitor {
            type Value = Feature;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Feature")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Feature, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Vec<crate::models::EventSchemasForFeature>> = None;
                let mut f5: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f6: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "billableName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "displayName"),
                        4 => crate::runtime::field(&mut map, &mut f4, "schemaAssociations"),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        6 => crate::runtime::field_seed(
                            &mut map,
                            &mut f6,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Feature {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    billable_name: f2.unwrap_or_default(),
                    display_name: crate::runtime::required(f3, "displayName")?,
                    schema_associations: crate::runtime::required(f4, "schemaAssociations")?,
                    created_at: crate::runtime::required(f5, "createdAt")?,
                    updated_at: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Feature", FIELDS, FeatureVisitor)
    }
}
impl Feature {
    /// Creates a `Feature` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        display_name: String,
        schema_associations: Vec<crate::models::EventSchemasForFeature>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            billable_name: None,
            display_name,
            schema_associations,
            created_at,
            updated_at: None,
        }
    }
}
