//! Mocks of the operations of [`PricePlanV2Api`](crate::apis::PricePlanV2Api).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`PricePlanV2Api`](crate::apis::PricePlanV2Api) on this mock.
    pub fn price_plan_v2(&self) -> PricePlanV2ApiMock {
        PricePlanV2ApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`PricePlanV2Api`](crate::apis::PricePlanV2Api) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct PricePlanV2ApiMock {
    server: rt::mock::MockServer,
}

impl PricePlanV2ApiMock {
    /// Rules and requests of [`PricePlanV2Api::list_price_plans_v2`](crate::apis::PricePlanV2Api::list_price_plans_v2): `GET /v2/price_plans`.
    pub fn list_price_plans_v2(
        &self,
    ) -> rt::mock::MockOperation<ListPricePlansV2Request, crate::models::PricePlanV2PaginatedResponse>
    {
        self.server.operation("listPricePlansV2", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::create_price_plan_v2`](crate::apis::PricePlanV2Api::create_price_plan_v2): `POST /v2/price_plans`.
    pub fn create_price_plan_v2(
        &self,
    ) -> rt::mock::MockOperation<CreatePricePlanV2Request, crate::models::PricePlanV2> {
        self.server.operation("createPricePlanV2", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::get_price_plan_v2`](crate::apis::PricePlanV2Api::get_price_plan_v2): `GET /v2/price_plans/{price_plan_id}`.
    pub fn get_price_plan_v2(
        &self,
    ) -> rt::mock::MockOperation<GetPricePlanV2Request, crate::models::PricePlanV2> {
        self.server
            .operation("getPricePlanV2", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PricePlanV2Api::update_price_plan_v2`](crate::apis::PricePlanV2Api::update_price_plan_v2): `PATCH /v2/price_plans/{price_plan_id}`.
    pub fn update_price_plan_v2(
        &self,
    ) -> rt::mock::MockOperation<UpdatePricePlanV2Request, crate::models::PricePlanV2> {
        self.server.operation("updatePricePlanV2", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::discard_price_plan`](crate::apis::PricePlanV2Api::discard_price_plan): `DELETE /v2/price_plans/{price_plan_id}/discard`.
    pub fn discard_price_plan(
        &self,
    ) -> rt::mock::MockOperation<DiscardPricePlanRequest, crate::models::BaseSuccessResponse> {
        self.server.operation("discardPricePlan", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::finalize_price_plan`](crate::apis::PricePlanV2Api::finalize_price_plan): `POST /v2/price_plans/{price_plan_id}/finalize`.
    pub fn finalize_price_plan(
        &self,
    ) -> rt::mock::MockOperation<FinalizePricePlanRequest, crate::models::BaseSuccessResponse> {
        self.server.operation("finalizePricePlan", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::list_price_plan_rate_cards`](crate::apis::PricePlanV2Api::list_price_plan_rate_cards): `GET /v2/price_plans/{price_plan_id}/rate_cards`.
    pub fn list_price_plan_rate_cards(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricePlanRateCardsRequest,
        crate::models::RateCardPaginatedResponse,
    > {
        self.server.operation("listPricePlanRateCards", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::bulk_price_plan_rate_card_operations`](crate::apis::PricePlanV2Api::bulk_price_plan_rate_card_operations): `POST /v2/price_plans/{price_plan_id}/rate_cards`.
    pub fn bulk_price_plan_rate_card_operations(
        &self,
    ) -> rt::mock::MockOperation<
        BulkPricePlanRateCardOperationsRequest,
        crate::models::BulkRateCardOperationsResponse,
    > {
        self.server
            .operation("bulkPricePlanRateCardOperations", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`PricePlanV2Api::list_price_plan_pricing_rules`](crate::apis::PricePlanV2Api::list_price_plan_pricing_rules): `GET /v2/price_plans/{price_plan_id}/pricing_rules`.
    pub fn list_price_plan_pricing_rules(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricePlanPricingRulesRequest,
        crate::models::PricingRulesPaginatedResponse,
    > {
        self.server.operation("listPricePlanPricingRules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::update_price_plan_pricing_rules`](crate::apis::PricePlanV2Api::update_price_plan_pricing_rules): `PUT /v2/price_plans/{price_plan_id}/pricing_rules`.
    pub fn update_price_plan_pricing_rules(
        &self,
    ) -> rt::mock::MockOperation<
        UpdatePricePlanPricingRulesRequest,
        crate::models::PricingRulesPaginatedResponse,
    > {
        self.server
            .operation("updatePricePlanPricingRules", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`PricePlanV2Api::list_price_plan_errors`](crate::apis::PricePlanV2Api::list_price_plan_errors): `GET /v2/price_plans/{price_plan_id}/errors`.
    pub fn list_price_plan_errors(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricePlanErrorsRequest,
        crate::models::ValidatedEntityErrorsPaginatedResponse,
    > {
        self.server.operation("listPricePlanErrors", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::list_price_plan_versions`](crate::apis::PricePlanV2Api::list_price_plan_versions): `GET /v2/price_plans/{price_plan_id}/versions`.
    pub fn list_price_plan_versions(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricePlanVersionsRequest,
        crate::models::PricePlanV2PaginatedResponse,
    > {
        self.server.operation("listPricePlanVersions", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlanV2Api::price_plan_migration_v2`](crate::apis::PricePlanV2Api::price_plan_migration_v2): `POST /v2/price_plans/migration`.
    pub fn price_plan_migration_v2(
        &self,
    ) -> rt::mock::MockOperation<PricePlanMigrationV2Request, crate::models::BaseSuccessResponse>
    {
        self.server.operation("pricePlanMigrationV2", |value| {
            rt::mock::Reply::json(201, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listPricePlansV2",
        method: "GET",
        path: "/v2/price_plans",
        decode: rt::mock::decode::<ListPricePlansV2Request>,
    },
    rt::mock::Route {
        id: "createPricePlanV2",
        method: "POST",
        path: "/v2/price_plans",
        decode: rt::mock::decode::<CreatePricePlanV2Request>,
    },
    rt::mock::Route {
        id: "getPricePlanV2",
        method: "GET",
        path: "/v2/price_plans/{price_plan_id}",
        decode: rt::mock::decode::<GetPricePlanV2Request>,
    },
    rt::mock::Route {
        id: "updatePricePlanV2",
        method: "PATCH",
        path: "/v2/price_plans/{price_plan_id}",
        decode: rt::mock::decode::<UpdatePricePlanV2Request>,
    },
    rt::mock::Route {
        id: "discardPricePlan",
        method: "DELETE",
        path: "/v2/price_plans/{price_plan_id}/discard",
        decode: rt::mock::decode::<DiscardPricePlanRequest>,
    },
    rt::mock::Route {
        id: "finalizePricePlan",
        method: "POST",
        path: "/v2/price_plans/{price_plan_id}/finalize",
        decode: rt::mock::decode::<FinalizePricePlanRequest>,
    },
    rt::mock::Route {
        id: "listPricePlanRateCards",
        method: "GET",
        path: "/v2/price_plans/{price_plan_id}/rate_cards",
        decode: rt::mock::decode::<ListPricePlanRateCardsRequest>,
    },
    rt::mock::Route {
        id: "bulkPricePlanRateCardOperations",
        method: "POST",
        path: "/v2/price_plans/{price_plan_id}/rate_cards",
        decode: rt::mock::decode::<BulkPricePlanRateCardOperationsRequest>,
    },
    rt::mock::Route {
        id: "listPricePlanPricingRules",
        method: "GET",
        path: "/v2/price_plans/{price_plan_id}/pricing_rules",
        decode: rt::mock::decode::<ListPricePlanPricingRulesRequest>,
    },
    rt::mock::Route {
        id: "updatePricePlanPricingRules",
        method: "PUT",
        path: "/v2/price_plans/{price_plan_id}/pricing_rules",
        decode: rt::mock::decode::<UpdatePricePlanPricingRulesRequest>,
    },
    rt::mock::Route {
        id: "listPricePlanErrors",
        method: "GET",
        path: "/v2/price_plans/{price_plan_id}/errors",
        decode: rt::mock::decode::<ListPricePlanErrorsRequest>,
    },
    rt::mock::Route {
        id: "listPricePlanVersions",
        method: "GET",
        path: "/v2/price_plans/{price_plan_id}/versions",
        decode: rt::mock::decode::<ListPricePlanVersionsRequest>,
    },
    rt::mock::Route {
        id: "pricePlanMigrationV2",
        method: "POST",
        path: "/v2/price_plans/migration",
        decode: rt::mock::decode::<PricePlanMigrationV2Request>,
    },
];

/// The request of [`PricePlanV2Api::list_price_plans_v2`](crate::apis::PricePlanV2Api::list_price_plans_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricePlansV2Request {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListPricePlansV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`PricePlanV2Api::create_price_plan_v2`](crate::apis::PricePlanV2Api::create_price_plan_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePricePlanV2Request {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreatePricePlanV2Request,
}

impl rt::mock::RequestView for CreatePricePlanV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlanV2Api::get_price_plan_v2`](crate::apis::PricePlanV2Api::get_price_plan_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPricePlanV2Request {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `version` query parameter.
    pub version: Option<String>,
}

impl rt::mock::RequestView for GetPricePlanV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            version: request.query("version")?,
        })
    }
}

/// The request of [`PricePlanV2Api::update_price_plan_v2`](crate::apis::PricePlanV2Api::update_price_plan_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricePlanV2Request {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdatePricePlanV2Request,
}

impl rt::mock::RequestView for UpdatePricePlanV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlanV2Api::discard_price_plan`](crate::apis::PricePlanV2Api::discard_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DiscardPricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
}

impl rt::mock::RequestView for DiscardPricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
        })
    }
}

/// The request of [`PricePlanV2Api::finalize_price_plan`](crate::apis::PricePlanV2Api::finalize_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FinalizePricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::FinalizePricePlanRequest,
}

impl rt::mock::RequestView for FinalizePricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlanV2Api::list_price_plan_rate_cards`](crate::apis::PricePlanV2Api::list_price_plan_rate_cards) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricePlanRateCardsRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListPricePlanRateCardsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`PricePlanV2Api::bulk_price_plan_rate_card_operations`](crate::apis::PricePlanV2Api::bulk_price_plan_rate_card_operations) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BulkPricePlanRateCardOperationsRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::BulkRateCardOperationsRequest,
}

impl rt::mock::RequestView for BulkPricePlanRateCardOperationsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlanV2Api::list_price_plan_pricing_rules`](crate::apis::PricePlanV2Api::list_price_plan_pricing_rules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricePlanPricingRulesRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `version` query parameter.
    pub version: Option<String>,
}

impl rt::mock::RequestView for ListPricePlanPricingRulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            version: request.query("version")?,
        })
    }
}

/// The request of [`PricePlanV2Api::update_price_plan_pricing_rules`](crate::apis::PricePlanV2Api::update_price_plan_pricing_rules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricePlanPricingRulesRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdatePricingRulesRequest,
}

impl rt::mock::RequestView for UpdatePricePlanPricingRulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlanV2Api::list_price_plan_errors`](crate::apis::PricePlanV2Api::list_price_plan_errors) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricePlanErrorsRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
}

impl rt::mock::RequestView for ListPricePlanErrorsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
        })
    }
}

/// The request of [`PricePlanV2Api::list_price_plan_versions`](crate::apis::PricePlanV2Api::list_price_plan_versions) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricePlanVersionsRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListPricePlanVersionsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`PricePlanV2Api::price_plan_migration_v2`](crate::apis::PricePlanV2Api::price_plan_migration_v2) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PricePlanMigrationV2Request {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreatePricePlanMigrationRequest,
}

impl rt::mock::RequestView for PricePlanMigrationV2Request {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
