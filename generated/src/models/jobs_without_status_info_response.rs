//! The `JobsWithoutStatusInfoResponse` model.
/// The `JobsWithoutStatusInfoResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct JobsWithoutStatusInfoResponse {
    /// `id`
    pub id: String,
    /// `type`
    pub r#type: String,
    /// `status`
    pub status: String,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for JobsWithoutStatusInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "type", "status", "updatedAt"];
        struct JobsWithoutStatusInfoResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for JobsWithoutStatusInfoResponseVisitor {
            type Value = JobsWithoutStatusInfoResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct JobsWithoutStatusInfoResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JobsWithoutStatusInfoResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "status"),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(JobsWithoutStatusInfoResponse {
                    id: crate::runtime::required(f0, "id")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    status: crate::runtime::required(f2, "status")?,
                    updated_at: crate::runtime::required(f3, "updatedAt")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "JobsWithoutStatusInfoResponse",
            FIELDS,
            JobsWithoutStatusInfoResponseVisitor,
        )
    }
}
impl JobsWithoutStatusInfoResponse {
    /// Creates a `JobsWithoutStatusInfoResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        r#type: String,
        status: String,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            r#type,
            status,
            updated_at,
        }
    }
}
