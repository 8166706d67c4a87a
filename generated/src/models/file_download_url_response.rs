//! The `FileDownloadUrlResponse` model.
use crate::runtime as rt;
/// The `FileDownloadUrlResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FileDownloadUrlResponse {
    /// `downloadUrl`
    #[serde(rename = "downloadUrl")]
    pub download_url: String,
}
rt::deserialize_struct! {
    FileDownloadUrlResponse { 0 download_url "downloadUrl" required, }
}
impl FileDownloadUrlResponse {
    /// Creates a `FileDownloadUrlResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(download_url: String) -> Self {
        Self { download_url }
    }
}
