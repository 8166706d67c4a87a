//! The `ManageMiscellaneousChargesRequest` model.
/// Payload to update custom line items
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ManageMiscellaneousChargesRequest {
    /// `items`
    pub items: Vec<crate::models::MiscellaneousCharge>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ManageMiscellaneousChargesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["items"];
        struct ManageMiscellaneousChargesRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for ManageMiscellaneousChargesRequestVisitor {
            type Value = ManageMiscellaneousChargesRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ManageMiscellaneousChargesRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ManageMiscellaneousChargesRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::MiscellaneousCharge>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "items"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ManageMiscellaneousChargesRequest {
                    items: crate::runtime::required(f0, "items")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ManageMiscellaneousChargesRequest",
            FIELDS,
            ManageMiscellaneousChargesRequestVisitor,
        )
    }
}
impl ManageMiscellaneousChargesRequest {
    /// Creates a `ManageMiscellaneousChargesRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(items: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { items }
    }
}
