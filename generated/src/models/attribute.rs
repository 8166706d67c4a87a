//! The `Attribute` model.
/// Metric to be recorded
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Attribute {
    /// Name of the event attribute
    pub name: String,
    /// Value of the event attribute
    pub value: String,
    /// Unit with which the attribute value was measured. Natively supported units - "Meters, Miles, Kilometers, Grams, Kilograms, ounces, Pounds, Minutes, Hours, Seconds, Milliseconds, Microseconds, None". Clients are free to add any other custom units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Attribute {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "value", "unit"];
        struct AttributeVisitor;
        impl<'de> serde::de::Visitor<'de> for AttributeVisitor {
            type Value = Attribute;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Attribute")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Attribute, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        2 => crate::runtime::field(&mut map, &mut f2, "unit"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Attribute {
                    name: crate::runtime::required(f0, "name")?,
                    value: crate::runtime::required(f1, "value")?,
                    unit: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Attribute", FIELDS, AttributeVisitor)
    }
}
impl Attribute {
    /// Creates a `Attribute` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, value: String) -> Self {
        Self {
            name,
            value,
            unit: None,
        }
    }
}
