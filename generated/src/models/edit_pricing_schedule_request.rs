//! The `EditPricingScheduleRequest` model.
/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EditPricingScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdatePricingScheduleRequest>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EditPricingScheduleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["edits"];
        struct EditPricingScheduleRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for EditPricingScheduleRequestVisitor {
            type Value = EditPricingScheduleRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EditPricingScheduleRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EditPricingScheduleRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::UpdatePricingScheduleRequest>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "edits"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EditPricingScheduleRequest {
                    edits: crate::runtime::required(f0, "edits")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EditPricingScheduleRequest",
            FIELDS,
            EditPricingScheduleRequestVisitor,
        )
    }
}
impl EditPricingScheduleRequest {
    /// Creates a `EditPricingScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdatePricingScheduleRequest>) -> Self {
        Self { edits }
    }
}
