//! The operations tagged `File Storage`.

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// The operations tagged `File Storage`.
///
/// Get one from [`Client::file_storage`](crate::Client::file_storage).
#[derive(Debug, Clone)]
pub struct FileStorageApi {
    client: Client,
}

impl FileStorageApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get a file
    ///
    /// `GET /files/{file_id}` (operation `getFile`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_file(&self, file_id: impl Into<String>) -> GetFileBuilder {
        GetFileBuilder {
            client: self.client.clone(),
            file_id: file_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get a download url for a file
    ///
    /// `GET /files/{file_id}/download_url` (operation `getDownloadUrl`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_download_url(&self, file_id: impl Into<String>) -> GetDownloadUrlBuilder {
        GetDownloadUrlBuilder {
            client: self.client.clone(),
            file_id: file_id.into(),
            expiry: None,
            options: RequestOptions::default(),
        }
    }
}

static GET_FILE: rt::Operation = rt::Operation {
    id: "getFile",
    method: rt::reqwest::Method::GET,
    path: "/files/{file_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`FileStorageApi::get_file`](super::FileStorageApi::get_file): `GET /files/{file_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFileBuilder {
    client: Client,
    file_id: String,
    options: RequestOptions,
}

impl GetFileBuilder {
    /// Per-call options (timeout, retry policy, headers), replacing those set before.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sends the request and decodes the response body.
    pub fn send(self) -> BodyFuture<crate::Redirect> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::Redirect> {
        let mut call = self.client.inner.call(&GET_FILE);
        call.path_param("file_id", &self.file_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            302 => resp.redirect(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::Redirect, crate::Error);
}

static GET_DOWNLOAD_URL: rt::Operation = rt::Operation {
    id: "getDownloadUrl",
    method: rt::reqwest::Method::GET,
    path: "/files/{file_id}/download_url",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`FileStorageApi::get_download_url`](super::FileStorageApi::get_download_url): `GET /files/{file_id}/download_url`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDownloadUrlBuilder {
    client: Client,
    file_id: String,
    expiry: Option<i32>,
    options: RequestOptions,
}

impl GetDownloadUrlBuilder {
    /// The `expiry` query parameter.
    pub fn expiry(mut self, value: impl Into<i32>) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Per-call options (timeout, retry policy, headers), replacing those set before.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sends the request and decodes the response body.
    pub fn send(self) -> BodyFuture<crate::models::FileDownloadUrlResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::FileDownloadUrlResponse> {
        let mut call = self.client.inner.call(&GET_DOWNLOAD_URL);
        call.path_param("file_id", &self.file_id);
        if let Some(value) = &self.expiry {
            call.query("expiry", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::FileDownloadUrlResponse, crate::Error);
}
