//! The `UsageMeterFilterEntry` model.
/// Filter entry with field and value
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageMeterFilterEntry {
    /// `field`
    pub field: String,
    /// `value`
    pub value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageMeterFilterEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["field", "value"];
        struct UsageMeterFilterEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageMeterFilterEntryVisitor {
            type Value = UsageMeterFilterEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageMeterFilterEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageMeterFilterEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "field"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageMeterFilterEntry {
                    field: crate::runtime::required(f0, "field")?,
                    value: crate::runtime::required(f1, "value")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "UsageMeterFilterEntry",
            FIELDS,
            UsageMeterFilterEntryVisitor,
        )
    }
}
impl UsageMeterFilterEntry {
    /// Creates a `UsageMeterFilterEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field: String, value: String) -> Self {
        Self { field, value }
    }
}
