//! Mocks of the operations of [`ReportsApi`](crate::apis::ReportsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`ReportsApi`](crate::apis::ReportsApi) on this mock.
    pub fn reports(&self) -> ReportsApiMock {
        ReportsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`ReportsApi`](crate::apis::ReportsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct ReportsApiMock {
    server: rt::mock::MockServer,
}

impl ReportsApiMock {
    /// Rules and requests of [`ReportsApi::list_reports`](crate::apis::ReportsApi::list_reports): `GET /reports`.
    pub fn list_reports(
        &self,
    ) -> rt::mock::MockOperation<ListReportsRequest, crate::models::ReportsPaginatedResponse> {
        self.server
            .operation("listReports", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[rt::mock::Route {
    id: "listReports",
    method: "GET",
    path: "/reports",
    decode: rt::mock::decode::<ListReportsRequest>,
}];

/// The request of [`ReportsApi::list_reports`](crate::apis::ReportsApi::list_reports) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListReportsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
    /// The `fetchFor` query parameter.
    pub fetch_for: Option<crate::models::ListReportsFetchFor>,
}

impl rt::mock::RequestView for ListReportsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
            fetch_for: request.query("fetchFor")?,
        })
    }
}
