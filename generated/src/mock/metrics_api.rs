//! Mocks of the operations of [`MetricsApi`](crate::apis::MetricsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`MetricsApi`](crate::apis::MetricsApi) on this mock.
    pub fn metrics(&self) -> MetricsApiMock {
        MetricsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`MetricsApi`](crate::apis::MetricsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct MetricsApiMock {
    server: rt::mock::MockServer,
}

impl MetricsApiMock {
    /// Rules and requests of [`MetricsApi::get_metrics`](crate::apis::MetricsApi::get_metrics): `POST /metrics`.
    pub fn get_metrics(
        &self,
    ) -> rt::mock::MockOperation<GetMetricsRequest, crate::models::GetMetricsResponse> {
        self.server
            .operation("getMetrics", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[rt::mock::Route {
    id: "getMetrics",
    method: "POST",
    path: "/metrics",
    decode: rt::mock::decode::<GetMetricsRequest>,
}];

/// The request of [`MetricsApi::get_metrics`](crate::apis::MetricsApi::get_metrics) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetMetricsRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::GetMetricsRequest>,
}

impl rt::mock::RequestView for GetMetricsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}
