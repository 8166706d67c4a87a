//! Mocks of the operations of [`PriceExperimentationApi`](crate::apis::PriceExperimentationApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`PriceExperimentationApi`](crate::apis::PriceExperimentationApi) on this mock.
    pub fn price_experimentation(&self) -> PriceExperimentationApiMock {
        PriceExperimentationApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`PriceExperimentationApi`](crate::apis::PriceExperimentationApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct PriceExperimentationApiMock {
    server: rt::mock::MockServer,
}

impl PriceExperimentationApiMock {
    /// Rules and requests of [`PriceExperimentationApi::calculate_revenue`](crate::apis::PriceExperimentationApi::calculate_revenue): `POST /revenue_calculator`.
    pub fn calculate_revenue(
        &self,
    ) -> rt::mock::MockOperation<CalculateRevenueRequest, crate::models::CalculateRevenueResponse>
    {
        self.server.operation("calculateRevenue", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PriceExperimentationApi::calculate_revenue_v2`](crate::apis::PriceExperimentationApi::calculate_revenue_v2): `POST /v2/revenue_calculator`.
    pub fn calculate_revenue_v2(
        &self,
    ) -> rt::mock::MockOperation<CalculateRevenueV2Request, crate::models::CalculateRevenueResponseV2>
    {
        self.server.operation("calculateRevenueV2", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "calculateRevenue",
        method: "POST",
        path: "/revenue_calculator",
        decode: rt::mock::decode::<CalculateRevenueRequest>,
    },
    rt::mock::Route {
        id: "calculateRevenueV2",
        method: "POST",
        path: "/v2/revenue_calculator",
        decode: rt::mock::decode::<CalculateRevenueV2Request>,
    },
];

/// The request of [`PriceExperimentationApi::calculate_revenue`](crate::apis::PriceExperimentationApi::calculate_revenue) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CalculateRevenueRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CalculateRevenueRequest,
}

impl rt::mock::RequestView for CalculateRevenueRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PriceExperimentationApi::calculate_revenue_v2`](crate::apis::PriceExperimentationApi::calculate_revenue_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CalculateRevenueV2Request {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CalculateRevenueRequest,
}

impl rt::mock::RequestView for CalculateRevenueV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
