//! The `GetLicenseUpdatesResponse` model.
/// Get license updates response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetLicenseUpdatesResponse {
    /// `data`
    pub data: Vec<crate::models::LicenseUpdateResponse>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetLicenseUpdatesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct GetLicenseUpdatesResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetLicenseUpdatesResponseVisitor {
            type Value = GetLicenseUpdatesResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetLicenseUpdatesResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetLicenseUpdatesResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::LicenseUpdateResponse>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetLicenseUpdatesResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "GetLicenseUpdatesResponse",
            FIELDS,
            GetLicenseUpdatesResponseVisitor,
        )
    }
}
impl GetLicenseUpdatesResponse {
    /// Creates a `GetLicenseUpdatesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::LicenseUpdateResponse>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
