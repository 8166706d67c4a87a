//! The `FileDownloadUrlResponse` model.
/// The `FileDownloadUrlResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileDownloadUrlResponse {
    /// `downloadUrl`
    #[serde(rename = "downloadUrl")]
    pub download_url: String,
}
impl FileDownloadUrlResponse {
    /// Creates a `FileDownloadUrlResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(download_url: String) -> Self {
        Self { download_url }
    }
}
