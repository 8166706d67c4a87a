//! Mocks of the operations of [`UsageMetersApi`](crate::apis::UsageMetersApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`UsageMetersApi`](crate::apis::UsageMetersApi) on this mock.
    pub fn usage_meters(&self) -> UsageMetersApiMock {
        UsageMetersApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`UsageMetersApi`](crate::apis::UsageMetersApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct UsageMetersApiMock {
    server: rt::mock::MockServer,
}

impl UsageMetersApiMock {
    /// Rules and requests of [`UsageMetersApi::get_usage_meters_for_event_schema`](crate::apis::UsageMetersApi::get_usage_meters_for_event_schema): `GET /usage_meters`.
    pub fn get_usage_meters_for_event_schema(
        &self,
    ) -> rt::mock::MockOperation<
        GetUsageMetersForEventSchemaRequest,
        crate::models::UsageMeterPaginatedResponse,
    > {
        self.server
            .operation("getUsageMetersForEventSchema", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`UsageMetersApi::create_usage_meter`](crate::apis::UsageMetersApi::create_usage_meter): `POST /usage_meters`.
    pub fn create_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<CreateUsageMeterRequest, crate::models::UsageMeter> {
        self.server.operation("createUsageMeter", |value| {
            rt::mock::Reply::json(201, value)
        })
    }

    /// Rules and requests of [`UsageMetersApi::get_usage_meter`](crate::apis::UsageMetersApi::get_usage_meter): `GET /usage_meters/{usage_meter_id}`.
    pub fn get_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<GetUsageMeterRequest, crate::models::UsageMeter> {
        self.server
            .operation("getUsageMeter", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`UsageMetersApi::delete_usage_meter`](crate::apis::UsageMetersApi::delete_usage_meter): `DELETE /usage_meters/{usage_meter_id}`.
    pub fn delete_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<DeleteUsageMeterRequest, crate::models::BaseSuccessResponse> {
        self.server.operation("deleteUsageMeter", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`UsageMetersApi::update_usage_meter`](crate::apis::UsageMetersApi::update_usage_meter): `PATCH /usage_meters/{usage_meter_id}`.
    pub fn update_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<UpdateUsageMeterRequest, crate::models::UsageMeter> {
        self.server.operation("updateUsageMeter", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`UsageMetersApi::activate_usage_meter`](crate::apis::UsageMetersApi::activate_usage_meter): `POST /usage_meters/{usage_meter_id}/activate`.
    pub fn activate_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<ActivateUsageMeterRequest, crate::models::UsageMeter> {
        self.server.operation("activateUsageMeter", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`UsageMetersApi::deactivate_usage_meter`](crate::apis::UsageMetersApi::deactivate_usage_meter): `POST /usage_meters/{usage_meter_id}/deactivate`.
    pub fn deactivate_usage_meter(
        &self,
    ) -> rt::mock::MockOperation<DeactivateUsageMeterRequest, crate::models::UsageMeter> {
        self.server.operation("deactivateUsageMeter", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getUsageMetersForEventSchema",
        method: "GET",
        path: "/usage_meters",
        decode: rt::mock::decode::<GetUsageMetersForEventSchemaRequest>,
    },
    rt::mock::Route {
        id: "createUsageMeter",
        method: "POST",
        path: "/usage_meters",
        decode: rt::mock::decode::<CreateUsageMeterRequest>,
    },
    rt::mock::Route {
        id: "getUsageMeter",
        method: "GET",
        path: "/usage_meters/{usage_meter_id}",
        decode: rt::mock::decode::<GetUsageMeterRequest>,
    },
    rt::mock::Route {
        id: "deleteUsageMeter",
        method: "DELETE",
        path: "/usage_meters/{usage_meter_id}",
        decode: rt::mock::decode::<DeleteUsageMeterRequest>,
    },
    rt::mock::Route {
        id: "updateUsageMeter",
        method: "PATCH",
        path: "/usage_meters/{usage_meter_id}",
        decode: rt::mock::decode::<UpdateUsageMeterRequest>,
    },
    rt::mock::Route {
        id: "activateUsageMeter",
        method: "POST",
        path: "/usage_meters/{usage_meter_id}/activate",
        decode: rt::mock::decode::<ActivateUsageMeterRequest>,
    },
    rt::mock::Route {
        id: "deactivateUsageMeter",
        method: "POST",
        path: "/usage_meters/{usage_meter_id}/deactivate",
        decode: rt::mock::decode::<DeactivateUsageMeterRequest>,
    },
];

/// The request of [`UsageMetersApi::get_usage_meters_for_event_schema`](crate::apis::UsageMetersApi::get_usage_meters_for_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetUsageMetersForEventSchemaRequest {
    /// The `status` query parameter.
    pub status: Option<crate::models::GetUsageMetersForEventSchemaStatus>,
    /// The `aggregations` query parameter.
    pub aggregations: Option<crate::models::GetUsageMetersForEventSchemaAggregations>,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetUsageMetersForEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            status: request.query("status")?,
            aggregations: request.query("aggregations")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`UsageMetersApi::create_usage_meter`](crate::apis::UsageMetersApi::create_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateUsageMeterRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateUsageMeterRequest,
}

impl rt::mock::RequestView for CreateUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`UsageMetersApi::get_usage_meter`](crate::apis::UsageMetersApi::get_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetUsageMeterRequest {
    /// The `usage_meter_id` path parameter.
    pub usage_meter_id: String,
    /// The `includeSchema` query parameter.
    pub include_schema: Option<bool>,
}

impl rt::mock::RequestView for GetUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            usage_meter_id: request.path("usage_meter_id")?,
            include_schema: request.query("includeSchema")?,
        })
    }
}

/// The request of [`UsageMetersApi::delete_usage_meter`](crate::apis::UsageMetersApi::delete_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteUsageMeterRequest {
    /// The `usage_meter_id` path parameter.
    pub usage_meter_id: String,
}

impl rt::mock::RequestView for DeleteUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            usage_meter_id: request.path("usage_meter_id")?,
        })
    }
}

/// The request of [`UsageMetersApi::update_usage_meter`](crate::apis::UsageMetersApi::update_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateUsageMeterRequest {
    /// The `usage_meter_id` path parameter.
    pub usage_meter_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateUsageMeterRequest,
}

impl rt::mock::RequestView for UpdateUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            usage_meter_id: request.path("usage_meter_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`UsageMetersApi::activate_usage_meter`](crate::apis::UsageMetersApi::activate_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActivateUsageMeterRequest {
    /// The `usage_meter_id` path parameter.
    pub usage_meter_id: String,
}

impl rt::mock::RequestView for ActivateUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            usage_meter_id: request.path("usage_meter_id")?,
        })
    }
}

/// The request of [`UsageMetersApi::deactivate_usage_meter`](crate::apis::UsageMetersApi::deactivate_usage_meter) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeactivateUsageMeterRequest {
    /// The `usage_meter_id` path parameter.
    pub usage_meter_id: String,
}

impl rt::mock::RequestView for DeactivateUsageMeterRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            usage_meter_id: request.path("usage_meter_id")?,
        })
    }
}
