//! The `FileDownloadUrlResponse` model.

use togai_codegen_runtime as rt;

/// The `FileDownloadUrlResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct FileDownloadUrlResponse {
    /// `downloadUrl`
    #[serde(rename = "downloadUrl")]
    pub download_url: String,
}

rt::deserialize_struct! {
    FileDownloadUrlResponse {
        0 download_url "downloadUrl" required,
    }
}
impl FileDownloadUrlResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(download_url: impl Into<String>) -> Self {
        Self {
            download_url: download_url.into(),
        }
    }
}
