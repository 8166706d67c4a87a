//! The `CreateEventSchemaRequest` model.
/// Request to create event schema
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateEventSchemaRequest {
    /// Name of the event. Must be unique for an organization.
    pub name: String,
    /// Description of the event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `attributes`
    pub attributes: Vec<crate::models::EventAttributeSchema>,
    /// `dimensions`
    pub dimensions: Vec<crate::models::DimensionsSchema>,
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
impl<'de> serde::Deserialize<'de> for CreateEventSchemaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "attributes",
            "dimensions",
            "enrichments",
            "filterFields",
            "eventIdTemplate",
        ];
        struct CreateEventSchemaRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateEventSchemaRequestVisitor {
            type Value = CreateEventSchemaRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateEventSchemaRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateEventSchemaRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Vec<crate::models::EventAttributeSchema>> = None;
                let mut f3: Option<Vec<crate::models::DimensionsSchema>> = None;
                let mut f4: Option<Option<crate::models::Enrichments>> = None;
                let mut f5: Option<Option<Vec<String>>> = None;
                let mut f6: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "attributes"),
                        3 => crate::runtime::field(&mut map, &mut f3, "dimensions"),
                        4 => crate::runtime::field(&mut map, &mut f4, "enrichments"),
                        5 => crate::runtime::field(&mut map, &mut f5, "filterFields"),
                        6 => crate::runtime::field(&mut map, &mut f6, "eventIdTemplate"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateEventSchemaRequest {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                    attributes: crate::runtime::required(f2, "attributes")?,
                    dimensions: crate::runtime::required(f3, "dimensions")?,
                    enrichments: f4.unwrap_or_default(),
                    filter_fields: f5.unwrap_or_default(),
                    event_id_template: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateEventSchemaRequest",
            FIELDS,
            CreateEventSchemaRequestVisitor,
        )
    }
}
impl CreateEventSchemaRequest {
    /// Creates a `CreateEventSchemaRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        attributes: Vec<crate::models::EventAttributeSchema>,
        dimensions: Vec<crate::models::DimensionsSchema>,
    ) -> Self {
        Self {
            name,
            description: None,
            attributes,
            dimensions,
            enrichments: None,
            filter_fields: None,
            event_id_template: None,
        }
    }
}
