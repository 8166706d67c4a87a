//! The `FileDownloadUrlResponse` model.

use togai_codegen_runtime as rt;

/// The `FileDownloadUrlResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
