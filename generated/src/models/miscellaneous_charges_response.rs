//! The `MiscellaneousChargesResponse` model.
/// Miscellaneous charges response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MiscellaneousChargesResponse {
    /// `data`
    pub data: Vec<crate::models::MiscellaneousCharge>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MiscellaneousChargesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct MiscellaneousChargesResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for MiscellaneousChargesResponseVisitor {
            type Value = MiscellaneousChargesResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MiscellaneousChargesResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MiscellaneousChargesResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::MiscellaneousCharge>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MiscellaneousChargesResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "MiscellaneousChargesResponse",
            FIELDS,
            MiscellaneousChargesResponseVisitor,
        )
    }
}
impl MiscellaneousChargesResponse {
    /// Creates a `MiscellaneousChargesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { data }
    }
}
