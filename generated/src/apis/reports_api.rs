//! Report level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Report level calls
///
/// Get one from [`Client::reports`](crate::Client::reports).
#[derive(Debug, Clone)]
pub struct ReportsApi {
    client: Client,
}

impl ReportsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List reports
    ///
    /// `GET /reports` (operation `listReports`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_reports(&self) -> ListReportsBuilder {
        ListReportsBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            fetch_for: None,
            options: RequestOptions::default(),
        }
    }
}

static LIST_REPORTS: rt::Operation = rt::Operation {
    id: "listReports",
    method: rt::reqwest::Method::GET,
    path: "/reports",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`ReportsApi::list_reports`](super::ReportsApi::list_reports): `GET /reports`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListReportsBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    fetch_for: Option<crate::models::ListReportsFetchFor>,
    options: RequestOptions,
}

impl ListReportsBuilder {
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

    /// Fetch for flag used to get the reports from:
    /// 1. ALL: Both the organization and accounts
    /// 2. ORGANIZATION: Only the organization
    /// 3. ACCOUNTS: Only accounts, works with account_id filter only.
    pub fn fetch_for(mut self, value: impl Into<crate::models::ListReportsFetchFor>) -> Self {
        self.fetch_for = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::ReportsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ReportsPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_REPORTS);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.fetch_for {
            call.query("fetchFor", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::ReportsPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Report>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListReportsBuilder {
    type Page = crate::models::ReportsPaginatedResponse;

    type Item = crate::models::Report;

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
