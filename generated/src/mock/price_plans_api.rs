//! Mocks of the operations of [`PricePlansApi`](crate::apis::PricePlansApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`PricePlansApi`](crate::apis::PricePlansApi) on this mock.
    pub fn price_plans(&self) -> PricePlansApiMock {
        PricePlansApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`PricePlansApi`](crate::apis::PricePlansApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct PricePlansApiMock {
    server: rt::mock::MockServer,
}

impl PricePlansApiMock {
    /// Rules and requests of [`PricePlansApi::get_price_plans`](crate::apis::PricePlansApi::get_price_plans): `GET /price_plans`.
    pub fn get_price_plans(
        &self,
    ) -> rt::mock::MockOperation<GetPricePlansRequest, crate::models::PricePlanPaginatedResponse>
    {
        self.server
            .operation("getPricePlans", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PricePlansApi::create_price_plan`](crate::apis::PricePlansApi::create_price_plan): `POST /price_plans`.
    pub fn create_price_plan(
        &self,
    ) -> rt::mock::MockOperation<CreatePricePlanRequest, crate::models::PricePlan> {
        self.server
            .operation("createPricePlan", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PricePlansApi::get_price_plan`](crate::apis::PricePlansApi::get_price_plan): `GET /price_plans/{price_plan_id}`.
    pub fn get_price_plan(
        &self,
    ) -> rt::mock::MockOperation<GetPricePlanRequest, crate::models::PricePlan> {
        self.server
            .operation("getPricePlan", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PricePlansApi::archive_price_plan`](crate::apis::PricePlansApi::archive_price_plan): `DELETE /price_plans/{price_plan_id}`.
    pub fn archive_price_plan(
        &self,
    ) -> rt::mock::MockOperation<ArchivePricePlanRequest, crate::models::BaseSuccessResponse> {
        self.server.operation("archivePricePlan", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlansApi::update_price_plan`](crate::apis::PricePlansApi::update_price_plan): `PATCH /price_plans/{price_plan_id}`.
    pub fn update_price_plan(
        &self,
    ) -> rt::mock::MockOperation<UpdatePricePlanRequest, crate::models::PricePlan> {
        self.server
            .operation("updatePricePlan", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PricePlansApi::activate_price_plan`](crate::apis::PricePlansApi::activate_price_plan): `POST /price_plans/{price_plan_id}/activate`.
    pub fn activate_price_plan(
        &self,
    ) -> rt::mock::MockOperation<ActivatePricePlanRequest, crate::models::PricePlan> {
        self.server.operation("activatePricePlan", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`PricePlansApi::price_plan_migration`](crate::apis::PricePlansApi::price_plan_migration): `POST /price_plans/migration`.
    pub fn price_plan_migration(
        &self,
    ) -> rt::mock::MockOperation<PricePlanMigrationRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("pricePlanMigration", |value| {
            rt::mock::Reply::json(201, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getPricePlans",
        method: "GET",
        path: "/price_plans",
        decode: rt::mock::decode::<GetPricePlansRequest>,
    },
    rt::mock::Route {
        id: "createPricePlan",
        method: "POST",
        path: "/price_plans",
        decode: rt::mock::decode::<CreatePricePlanRequest>,
    },
    rt::mock::Route {
        id: "getPricePlan",
        method: "GET",
        path: "/price_plans/{price_plan_id}",
        decode: rt::mock::decode::<GetPricePlanRequest>,
    },
    rt::mock::Route {
        id: "archivePricePlan",
        method: "DELETE",
        path: "/price_plans/{price_plan_id}",
        decode: rt::mock::decode::<ArchivePricePlanRequest>,
    },
    rt::mock::Route {
        id: "updatePricePlan",
        method: "PATCH",
        path: "/price_plans/{price_plan_id}",
        decode: rt::mock::decode::<UpdatePricePlanRequest>,
    },
    rt::mock::Route {
        id: "activatePricePlan",
        method: "POST",
        path: "/price_plans/{price_plan_id}/activate",
        decode: rt::mock::decode::<ActivatePricePlanRequest>,
    },
    rt::mock::Route {
        id: "pricePlanMigration",
        method: "POST",
        path: "/price_plans/migration",
        decode: rt::mock::decode::<PricePlanMigrationRequest>,
    },
];

/// The request of [`PricePlansApi::get_price_plans`](crate::apis::PricePlansApi::get_price_plans) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPricePlansRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetPricePlansRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`PricePlansApi::create_price_plan`](crate::apis::PricePlansApi::create_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePricePlanRequest {
    /// The `dry_run` query parameter.
    pub dry_run: Option<bool>,
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreatePricePlanRequest,
}

impl rt::mock::RequestView for CreatePricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            dry_run: request.query("dry_run")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlansApi::get_price_plan`](crate::apis::PricePlansApi::get_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `version` query parameter.
    pub version: Option<i32>,
}

impl rt::mock::RequestView for GetPricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            version: request.query("version")?,
        })
    }
}

/// The request of [`PricePlansApi::archive_price_plan`](crate::apis::PricePlansApi::archive_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ArchivePricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
}

impl rt::mock::RequestView for ArchivePricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
        })
    }
}

/// The request of [`PricePlansApi::update_price_plan`](crate::apis::PricePlansApi::update_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdatePricePlanRequest,
}

impl rt::mock::RequestView for UpdatePricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlansApi::activate_price_plan`](crate::apis::PricePlansApi::activate_price_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActivatePricePlanRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::ActivatePricePlanRequest,
}

impl rt::mock::RequestView for ActivatePricePlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`PricePlansApi::price_plan_migration`](crate::apis::PricePlansApi::price_plan_migration) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PricePlanMigrationRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreatePricePlanMigrationRequest,
}

impl rt::mock::RequestView for PricePlanMigrationRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
