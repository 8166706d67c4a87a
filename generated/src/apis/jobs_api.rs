//! The operations tagged `Jobs`.

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// The operations tagged `Jobs`.
///
/// Get one from [`Client::jobs`](crate::Client::jobs).
#[derive(Debug, Clone)]
pub struct JobsApi {
    client: Client,
}

impl JobsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get the status of a job
    ///
    /// `GET /jobs/{job_id}` (operation `getJobStatus`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_job_status(&self, job_id: impl Into<String>) -> GetJobStatusBuilder {
        GetJobStatusBuilder {
            client: self.client.clone(),
            job_id: job_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// List jobs
    ///
    /// Returns a list of jobs with pagination and sort.
    ///
    /// `GET /jobs` (operation `getJobs`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_jobs(&self) -> GetJobsBuilder {
        GetJobsBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Confirm a job
    ///
    /// `POST /jobs/{job_id}/confirm` (operation `confirmJob`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn confirm_job(&self, job_id: impl Into<String>) -> ConfirmJobBuilder {
        ConfirmJobBuilder {
            client: self.client.clone(),
            job_id: job_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Reject a job
    ///
    /// `POST /jobs/{job_id}/reject` (operation `rejectJob`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn reject_job(&self, job_id: impl Into<String>) -> RejectJobBuilder {
        RejectJobBuilder {
            client: self.client.clone(),
            job_id: job_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// List job entries
    ///
    /// List individual job entries and current state of processing
    ///
    /// `GET /jobs/{job_id}/entries` (operation `getJobEntries`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_job_entries(&self, job_id: impl Into<String>) -> GetJobEntriesBuilder {
        GetJobEntriesBuilder {
            client: self.client.clone(),
            job_id: job_id.into(),
            options: RequestOptions::default(),
        }
    }
}

static GET_JOB_STATUS: rt::Operation = rt::Operation {
    id: "getJobStatus",
    method: rt::reqwest::Method::GET,
    path: "/jobs/{job_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`JobsApi::get_job_status`](super::JobsApi::get_job_status): `GET /jobs/{job_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJobStatusBuilder {
    client: Client,
    job_id: String,
    options: RequestOptions,
}

impl GetJobStatusBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetJobResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetJobResponse> {
        let mut call = self.client.inner.call(&GET_JOB_STATUS);
        call.path_param("job_id", &self.job_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetJobResponse, crate::Error);
}

static GET_JOBS: rt::Operation = rt::Operation {
    id: "getJobs",
    method: rt::reqwest::Method::GET,
    path: "/jobs",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`JobsApi::get_jobs`](super::JobsApi::get_jobs): `GET /jobs`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJobsBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetJobsBuilder {
    /// The `nextToken` query parameter.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// The `pageSize` query parameter.
    pub fn page_size(mut self, value: impl Into<f64>) -> Self {
        self.page_size = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::JobsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::JobsPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_JOBS);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::JobsPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<
        Item = crate::Result<crate::models::JobsWithoutStatusInfoResponse>,
    > + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetJobsBuilder {
    type Page = crate::models::JobsPaginatedResponse;

    type Item = crate::models::JobsWithoutStatusInfoResponse;

    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.next_token(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        (page.data.unwrap_or_default(), page.next_token)
    }
}

static CONFIRM_JOB: rt::Operation = rt::Operation {
    id: "confirmJob",
    method: rt::reqwest::Method::POST,
    path: "/jobs/{job_id}/confirm",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`JobsApi::confirm_job`](super::JobsApi::confirm_job): `POST /jobs/{job_id}/confirm`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ConfirmJobBuilder {
    client: Client,
    job_id: String,
    options: RequestOptions,
}

impl ConfirmJobBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetJobResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetJobResponse> {
        let mut call = self.client.inner.call(&CONFIRM_JOB);
        call.path_param("job_id", &self.job_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetJobResponse, crate::Error);
}

static REJECT_JOB: rt::Operation = rt::Operation {
    id: "rejectJob",
    method: rt::reqwest::Method::POST,
    path: "/jobs/{job_id}/reject",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`JobsApi::reject_job`](super::JobsApi::reject_job): `POST /jobs/{job_id}/reject`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectJobBuilder {
    client: Client,
    job_id: String,
    options: RequestOptions,
}

impl RejectJobBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetJobResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetJobResponse> {
        let mut call = self.client.inner.call(&REJECT_JOB);
        call.path_param("job_id", &self.job_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetJobResponse, crate::Error);
}

static GET_JOB_ENTRIES: rt::Operation = rt::Operation {
    id: "getJobEntries",
    method: rt::reqwest::Method::GET,
    path: "/jobs/{job_id}/entries",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`JobsApi::get_job_entries`](super::JobsApi::get_job_entries): `GET /jobs/{job_id}/entries`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJobEntriesBuilder {
    client: Client,
    job_id: String,
    options: RequestOptions,
}

impl GetJobEntriesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::JobEntriesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::JobEntriesPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_JOB_ENTRIES);
        call.path_param("job_id", &self.job_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::JobEntriesPaginatedResponse, crate::Error);
}
