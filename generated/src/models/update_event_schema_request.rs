//! The `UpdateEventSchemaRequest` model.
/// Request to update event schema
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateEventSchemaRequest {
    /// Description of the event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `attributes`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EventAttributeSchema>>,
    /// `dimensions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::DimensionsSchema>>,
    /// `enrichments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::Enrichments>,
    /// List of fields that can be used for filtering in usage meter
    #[serde(rename = "filterFields", skip_serializing_if = "Option::is_none")]
    pub filter_fields: Option<Vec<String>>,
    /// Template used to generate event id based on event payload
    #[serde(rename = "eventIdTemplate", skip_serializing_if = "Option::is_none")]
    pub event_id_template: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateEventSchemaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "description",
            "attributes",
            "dimensions",
            "enrichments",
            "filterFields",
            "eventIdTemplate",
        ];
        struct UpdateEventSchemaRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateEventSchemaRequestVisitor {
            type Value = UpdateEventSchemaRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateEventSchemaRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateEventSchemaRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<Vec<crate::models::EventAttributeSchema>>> = None;
                let mut f2: Option<Option<Vec<crate::models::DimensionsSchema>>> = None;
                let mut f3: Option<Option<crate::models::Enrichments>> = None;
                let mut f4: Option<Option<Vec<String>>> = None;
                let mut f5: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "description"),
                        1 => crate::runtime::field(&mut map, &mut f1, "attributes"),
                        2 => crate::runtime::field(&mut map, &mut f2, "dimensions"),
                        3 => crate::runtime::field(&mut map, &mut f3, "enrichments"),
                        4 => crate::runtime::field(&mut map, &mut f4, "filterFields"),
                        5 => crate::runtime::field(&mut map, &mut f5, "eventIdTemplate"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateEventSchemaRequest {
                    description: f0.unwrap_or_default(),
                    attributes: f1.unwrap_or_default(),
                    dimensions: f2.unwrap_or_default(),
                    enrichments: f3.unwrap_or_default(),
                    filter_fields: f4.unwrap_or_default(),
                    event_id_template: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdateEventSchemaRequest",
            FIELDS,
            UpdateEventSchemaRequestVisitor,
        )
    }
}
