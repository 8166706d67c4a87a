//! The `AlertTemplate` model.
/// The `AlertTemplate` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AlertTemplate {
    /// Alert Template ID
    pub id: String,
    /// Alert Template Name
    pub name: String,
    /// Alert Template Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cron Interval
    pub interval: i64,
    /// Entity Schema
    #[serde(rename = "entitySchema", skip_serializing_if = "Option::is_none")]
    pub entity_schema: Option<String>,
    /// Entity Type
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Owner Schema
    #[serde(rename = "ownerSchema", skip_serializing_if = "Option::is_none")]
    pub owner_schema: Option<String>,
    /// Owner Type
    #[serde(rename = "ownerType", skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<String>,
    /// Parameters Schema
    #[serde(rename = "parametersSchema", skip_serializing_if = "Option::is_none")]
    pub parameters_schema: Option<String>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AlertTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "description",
            "interval",
            "entitySchema",
            "entityType",
            "ownerSchema",
            "ownerType",
            "parametersSchema",
            "createdAt",
            "updatedAt",
        ];
        struct AlertTemplateVisitor;
        impl<'de> serde::de::Visitor<'de> for AlertTemplateVisitor {
            type Value = AlertTemplate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AlertTemplate")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AlertTemplate, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<i64> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<Option<String>> = None;
                let mut f7: Option<Option<String>> = None;
                let mut f8: Option<Option<String>> = None;
                let mut f9: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f10: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "description"),
                        3 => crate::runtime::field(&mut map, &mut f3, "interval"),
                        4 => crate::runtime::field(&mut map, &mut f4, "entitySchema"),
                        5 => crate::runtime::field(&mut map, &mut f5, "entityType"),
                        6 => crate::runtime::field(&mut map, &mut f6, "ownerSchema"),
                        7 => crate::runtime::field(&mut map, &mut f7, "ownerType"),
                        8 => crate::runtime::field(&mut map, &mut f8, "parametersSchema"),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AlertTemplate {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    description: f2.unwrap_or_default(),
                    interval: crate::runtime::required(f3, "interval")?,
                    entity_schema: f4.unwrap_or_default(),
                    entity_type: f5.unwrap_or_default(),
                    owner_schema: f6.unwrap_or_default(),
                    owner_type: f7.unwrap_or_default(),
                    parameters_schema: f8.unwrap_or_default(),
                    created_at: crate::runtime::required(f9, "createdAt")?,
                    updated_at: f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AlertTemplate", FIELDS, AlertTemplateVisitor)
    }
}
impl AlertTemplate {
    /// Creates a `AlertTemplate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        interval: i64,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            description: None,
            interval,
            entity_schema: None,
            entity_type: None,
            owner_schema: None,
            owner_type: None,
            parameters_schema: None,
            created_at,
            updated_at: None,
        }
    }
}
