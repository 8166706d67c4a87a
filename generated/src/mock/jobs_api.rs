//! Mocks of the operations of [`JobsApi`](crate::apis::JobsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`JobsApi`](crate::apis::JobsApi) on this mock.
    pub fn jobs(&self) -> JobsApiMock {
        JobsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`JobsApi`](crate::apis::JobsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct JobsApiMock {
    server: rt::mock::MockServer,
}

impl JobsApiMock {
    /// Rules and requests of [`JobsApi::get_job_status`](crate::apis::JobsApi::get_job_status): `GET /jobs/{job_id}`.
    pub fn get_job_status(
        &self,
    ) -> rt::mock::MockOperation<GetJobStatusRequest, crate::models::GetJobResponse> {
        self.server
            .operation("getJobStatus", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`JobsApi::get_jobs`](crate::apis::JobsApi::get_jobs): `GET /jobs`.
    pub fn get_jobs(
        &self,
    ) -> rt::mock::MockOperation<GetJobsRequest, crate::models::JobsPaginatedResponse> {
        self.server
            .operation("getJobs", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`JobsApi::confirm_job`](crate::apis::JobsApi::confirm_job): `POST /jobs/{job_id}/confirm`.
    pub fn confirm_job(
        &self,
    ) -> rt::mock::MockOperation<ConfirmJobRequest, crate::models::GetJobResponse> {
        self.server
            .operation("confirmJob", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`JobsApi::reject_job`](crate::apis::JobsApi::reject_job): `POST /jobs/{job_id}/reject`.
    pub fn reject_job(
        &self,
    ) -> rt::mock::MockOperation<RejectJobRequest, crate::models::GetJobResponse> {
        self.server
            .operation("rejectJob", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`JobsApi::get_job_entries`](crate::apis::JobsApi::get_job_entries): `GET /jobs/{job_id}/entries`.
    pub fn get_job_entries(
        &self,
    ) -> rt::mock::MockOperation<GetJobEntriesRequest, crate::models::JobEntriesPaginatedResponse>
    {
        self.server
            .operation("getJobEntries", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getJobStatus",
        method: "GET",
        path: "/jobs/{job_id}",
        decode: rt::mock::decode::<GetJobStatusRequest>,
    },
    rt::mock::Route {
        id: "getJobs",
        method: "GET",
        path: "/jobs",
        decode: rt::mock::decode::<GetJobsRequest>,
    },
    rt::mock::Route {
        id: "confirmJob",
        method: "POST",
        path: "/jobs/{job_id}/confirm",
        decode: rt::mock::decode::<ConfirmJobRequest>,
    },
    rt::mock::Route {
        id: "rejectJob",
        method: "POST",
        path: "/jobs/{job_id}/reject",
        decode: rt::mock::decode::<RejectJobRequest>,
    },
    rt::mock::Route {
        id: "getJobEntries",
        method: "GET",
        path: "/jobs/{job_id}/entries",
        decode: rt::mock::decode::<GetJobEntriesRequest>,
    },
];

/// The request of [`JobsApi::get_job_status`](crate::apis::JobsApi::get_job_status) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetJobStatusRequest {
    /// The `job_id` path parameter.
    pub job_id: String,
}

impl rt::mock::RequestView for GetJobStatusRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            job_id: request.path("job_id")?,
        })
    }
}

/// The request of [`JobsApi::get_jobs`](crate::apis::JobsApi::get_jobs) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetJobsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetJobsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`JobsApi::confirm_job`](crate::apis::JobsApi::confirm_job) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConfirmJobRequest {
    /// The `job_id` path parameter.
    pub job_id: String,
}

impl rt::mock::RequestView for ConfirmJobRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            job_id: request.path("job_id")?,
        })
    }
}

/// The request of [`JobsApi::reject_job`](crate::apis::JobsApi::reject_job) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RejectJobRequest {
    /// The `job_id` path parameter.
    pub job_id: String,
}

impl rt::mock::RequestView for RejectJobRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            job_id: request.path("job_id")?,
        })
    }
}

/// The request of [`JobsApi::get_job_entries`](crate::apis::JobsApi::get_job_entries) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetJobEntriesRequest {
    /// The `job_id` path parameter.
    pub job_id: String,
}

impl rt::mock::RequestView for GetJobEntriesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            job_id: request.path("job_id")?,
        })
    }
}
