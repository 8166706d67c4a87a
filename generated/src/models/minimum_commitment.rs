//! The `MinimumCommitment` model.
/// The `MinimumCommitment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MinimumCommitment {
    /// `displayName`
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MinimumCommitment {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["displayName", "rateValues"];
        struct MinimumCommitmentVisitor;
        impl<'de> serde::de::Visitor<'de> for MinimumCommitmentVisitor {
            type Value = MinimumCommitment;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MinimumCommitment")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MinimumCommitment, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Vec<crate::models::CurrencyRateValue>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "displayName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "rateValues"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MinimumCommitment {
                    display_name: crate::runtime::required(f0, "displayName")?,
                    rate_values: crate::runtime::required(f1, "rateValues")?,
                })
            }
        }
        deserializer.deserialize_struct("MinimumCommitment", FIELDS, MinimumCommitmentVisitor)
    }
}
impl MinimumCommitment {
    /// Creates a `MinimumCommitment` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(display_name: String, rate_values: Vec<crate::models::CurrencyRateValue>) -> Self {
        Self {
            display_name,
            rate_values,
        }
    }
}
