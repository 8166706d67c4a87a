//! The `EditAccountScheduleRequest` model.
/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EditAccountScheduleRequest {
    /// `edits`
    pub edits: Vec<crate::models::UpdateAccountScheduleV2Request>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EditAccountScheduleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["edits"];
        struct EditAccountScheduleRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for EditAccountScheduleRequestVisitor {
            type Value = EditAccountScheduleRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EditAccountScheduleRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EditAccountScheduleRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::UpdateAccountScheduleV2Request>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "edits"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EditAccountScheduleRequest {
                    edits: crate::runtime::required(f0, "edits")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EditAccountScheduleRequest",
            FIELDS,
            EditAccountScheduleRequestVisitor,
        )
    }
}
impl EditAccountScheduleRequest {
    /// Creates a `EditAccountScheduleRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(edits: Vec<crate::models::UpdateAccountScheduleV2Request>) -> Self {
        Self { edits }
    }
}
