//! The `BulkRateCardOperationsRequest` model.
/// Bulk rate card operations for price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BulkRateCardOperationsRequest {
    /// `operations`
    pub operations: Vec<crate::models::RateCardOperation>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BulkRateCardOperationsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["operations"];
        struct BulkRateCardOperationsRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for BulkRateCardOperationsRequestVisitor {
            type Value = BulkRateCardOperationsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BulkRateCardOperationsRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BulkRateCardOperationsRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::RateCardOperation>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "operations"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BulkRateCardOperationsRequest {
                    operations: crate::runtime::required(f0, "operations")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "BulkRateCardOperationsRequest",
            FIELDS,
            BulkRateCardOperationsRequestVisitor,
        )
    }
}
impl BulkRateCardOperationsRequest {
    /// Creates a `BulkRateCardOperationsRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(operations: Vec<crate::models::RateCardOperation>) -> Self {
        Self { operations }
    }
}
