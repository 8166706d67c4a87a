//! The `EntitlementOverageEntry` model.
/// The `EntitlementOverageEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EntitlementOverageEntry {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `quantity`
    pub quantity: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EntitlementOverageEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["featureId", "quantity"];
        struct EntitlementOverageEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntitlementOverageEntryVisitor {
            type Value = EntitlementOverageEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EntitlementOverageEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EntitlementOverageEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "quantity"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EntitlementOverageEntry {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    quantity: crate::runtime::required(f1, "quantity")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EntitlementOverageEntry",
            FIELDS,
            EntitlementOverageEntryVisitor,
        )
    }
}
impl EntitlementOverageEntry {
    /// Creates a `EntitlementOverageEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, quantity: f64) -> Self {
        Self {
            feature_id,
            quantity,
        }
    }
}
