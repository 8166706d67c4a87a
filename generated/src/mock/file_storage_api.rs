//! Mocks of the operations of [`FileStorageApi`](crate::apis::FileStorageApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`FileStorageApi`](crate::apis::FileStorageApi) on this mock.
    pub fn file_storage(&self) -> FileStorageApiMock {
        FileStorageApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`FileStorageApi`](crate::apis::FileStorageApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct FileStorageApiMock {
    server: rt::mock::MockServer,
}

impl FileStorageApiMock {
    /// Rules and requests of [`FileStorageApi::get_file`](crate::apis::FileStorageApi::get_file): `GET /files/{file_id}`.
    pub fn get_file(&self) -> rt::mock::MockOperation<GetFileRequest, crate::Redirect> {
        self.server.operation("getFile", rt::mock::Reply::redirect)
    }

    /// Rules and requests of [`FileStorageApi::get_download_url`](crate::apis::FileStorageApi::get_download_url): `GET /files/{file_id}/download_url`.
    pub fn get_download_url(
        &self,
    ) -> rt::mock::MockOperation<GetDownloadUrlRequest, crate::models::FileDownloadUrlResponse>
    {
        self.server
            .operation("getDownloadUrl", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getFile",
        method: "GET",
        path: "/files/{file_id}",
        decode: rt::mock::decode::<GetFileRequest>,
    },
    rt::mock::Route {
        id: "getDownloadUrl",
        method: "GET",
        path: "/files/{file_id}/download_url",
        decode: rt::mock::decode::<GetDownloadUrlRequest>,
    },
];

/// The request of [`FileStorageApi::get_file`](crate::apis::FileStorageApi::get_file) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetFileRequest {
    /// The `file_id` path parameter.
    pub file_id: String,
}

impl rt::mock::RequestView for GetFileRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            file_id: request.path("file_id")?,
        })
    }
}

/// The request of [`FileStorageApi::get_download_url`](crate::apis::FileStorageApi::get_download_url) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetDownloadUrlRequest {
    /// The `file_id` path parameter.
    pub file_id: String,
    /// The `expiry` query parameter.
    pub expiry: Option<i32>,
}

impl rt::mock::RequestView for GetDownloadUrlRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            file_id: request.path("file_id")?,
            expiry: request.query("expiry")?,
        })
    }
}
