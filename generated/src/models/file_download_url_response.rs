//! The `FileDownloadUrlResponse` model.
/// The `FileDownloadUrlResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FileDownloadUrlResponse {
    /// `downloadUrl`
    #[serde(rename = "downloadUrl")]
    pub download_url: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FileDownloadUrlResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["downloadUrl"];
        struct FileDownloadUrlResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for FileDownloadUrlResponseVisitor {
            type Value = FileDownloadUrlResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FileDownloadUrlResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FileDownloadUrlResponse, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "downloadUrl"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FileDownloadUrlResponse {
                    download_url: crate::runtime::required(f0, "downloadUrl")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "FileDownloadUrlResponse",
            FIELDS,
            FileDownloadUrlResponseVisitor,
        )
    }
}
impl FileDownloadUrlResponse {
    /// Creates a `FileDownloadUrlResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(download_url: String) -> Self {
        Self { download_url }
    }
}
