//! The `Computation` model.
/// The `Computation` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Computation {
    /// Optional identifier describing the matcher and computation pair
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Condition to be applied on event. Upon matching it the corresponding computation will be considered for usage_meter unit calculation. The result of the matcher needs to be [truthy](https://jsonlogic.com/truthy.html) in order to be considered as a match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matcher: Option<String>,
    /// Computation to be applied on an event if it matches the matcher. In case of a COUNT aggregation type, computation should be passed as '1'
    pub computation: String,
    /// The order in which multiple matched computations will get evaluated
    pub order: i64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Computation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "matcher", "computation", "order"];
        struct ComputationVisitor;
        impl<'de> serde::de::Visitor<'de> for ComputationVisitor {
            type Value = Computation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Computation")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Computation, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<i64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "matcher"),
                        2 => crate::runtime::field(&mut map, &mut f2, "computation"),
                        3 => crate::runtime::field(&mut map, &mut f3, "order"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Computation {
                    id: f0.unwrap_or_default(),
                    matcher: f1.unwrap_or_default(),
                    computation: crate::runtime::required(f2, "computation")?,
                    order: crate::runtime::required(f3, "order")?,
                })
            }
        }
        deserializer.deserialize_struct("Computation", FIELDS, ComputationVisitor)
    }
}
impl Computation {
    /// Creates a `Computation` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(computation: String, order: i64) -> Self {
        Self {
            id: None,
            matcher: None,
            computation,
            order,
        }
    }
}
