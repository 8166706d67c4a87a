//! Mocks of the operations of [`EventSchemasApi`](crate::apis::EventSchemasApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`EventSchemasApi`](crate::apis::EventSchemasApi) on this mock.
    pub fn event_schemas(&self) -> EventSchemasApiMock {
        EventSchemasApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`EventSchemasApi`](crate::apis::EventSchemasApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct EventSchemasApiMock {
    server: rt::mock::MockServer,
}

impl EventSchemasApiMock {
    /// Rules and requests of [`EventSchemasApi::list_event_schemas`](crate::apis::EventSchemasApi::list_event_schemas): `GET /event_schema`.
    pub fn list_event_schemas(
        &self,
    ) -> rt::mock::MockOperation<
        ListEventSchemasRequest,
        crate::models::EventSchemaListPaginatedResponse,
    > {
        self.server.operation("listEventSchemas", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EventSchemasApi::create_event_schema`](crate::apis::EventSchemasApi::create_event_schema): `POST /event_schema`.
    pub fn create_event_schema(
        &self,
    ) -> rt::mock::MockOperation<CreateEventSchemaRequest, crate::models::EventSchema> {
        self.server.operation("createEventSchema", |value| {
            rt::mock::Reply::json(201, value)
        })
    }

    /// Rules and requests of [`EventSchemasApi::get_event_schema`](crate::apis::EventSchemasApi::get_event_schema): `GET /event_schema/{event_schema_name}`.
    pub fn get_event_schema(
        &self,
    ) -> rt::mock::MockOperation<GetEventSchemaRequest, crate::models::EventSchema> {
        self.server
            .operation("getEventSchema", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`EventSchemasApi::delete_event_schema`](crate::apis::EventSchemasApi::delete_event_schema): `DELETE /event_schema/{event_schema_name}`.
    pub fn delete_event_schema(
        &self,
    ) -> rt::mock::MockOperation<DeleteEventSchemaRequest, crate::models::BaseSuccessResponse> {
        self.server.operation("deleteEventSchema", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EventSchemasApi::event_schema_event_schema_name_patch`](crate::apis::EventSchemasApi::event_schema_event_schema_name_patch): `PATCH /event_schema/{event_schema_name}`.
    pub fn event_schema_event_schema_name_patch(
        &self,
    ) -> rt::mock::MockOperation<EventSchemaEventSchemaNamePatchRequest, crate::models::EventSchema>
    {
        self.server
            .operation("event_schema_event_schema_name_patch", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`EventSchemasApi::list_event_schema_versions`](crate::apis::EventSchemasApi::list_event_schema_versions): `GET /event_schema/{event_schema_name}/versions`.
    pub fn list_event_schema_versions(
        &self,
    ) -> rt::mock::MockOperation<
        ListEventSchemaVersionsRequest,
        crate::models::EventSchemaVersionsResponse,
    > {
        self.server.operation("listEventSchemaVersions", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EventSchemasApi::activate_event_schema`](crate::apis::EventSchemasApi::activate_event_schema): `POST /event_schema/{event_schema_name}/activate`.
    pub fn activate_event_schema(
        &self,
    ) -> rt::mock::MockOperation<ActivateEventSchemaRequest, crate::models::EventSchema> {
        self.server.operation("activateEventSchema", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EventSchemasApi::deactivate_event_schema`](crate::apis::EventSchemasApi::deactivate_event_schema): `POST /event_schema/{event_schema_name}/deactivate`.
    pub fn deactivate_event_schema(
        &self,
    ) -> rt::mock::MockOperation<DeactivateEventSchemaRequest, crate::models::EventSchema> {
        self.server.operation("deactivateEventSchema", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listEventSchemas",
        method: "GET",
        path: "/event_schema",
        decode: rt::mock::decode::<ListEventSchemasRequest>,
    },
    rt::mock::Route {
        id: "createEventSchema",
        method: "POST",
        path: "/event_schema",
        decode: rt::mock::decode::<CreateEventSchemaRequest>,
    },
    rt::mock::Route {
        id: "getEventSchema",
        method: "GET",
        path: "/event_schema/{event_schema_name}",
        decode: rt::mock::decode::<GetEventSchemaRequest>,
    },
    rt::mock::Route {
        id: "deleteEventSchema",
        method: "DELETE",
        path: "/event_schema/{event_schema_name}",
        decode: rt::mock::decode::<DeleteEventSchemaRequest>,
    },
    rt::mock::Route {
        id: "event_schema_event_schema_name_patch",
        method: "PATCH",
        path: "/event_schema/{event_schema_name}",
        decode: rt::mock::decode::<EventSchemaEventSchemaNamePatchRequest>,
    },
    rt::mock::Route {
        id: "listEventSchemaVersions",
        method: "GET",
        path: "/event_schema/{event_schema_name}/versions",
        decode: rt::mock::decode::<ListEventSchemaVersionsRequest>,
    },
    rt::mock::Route {
        id: "activateEventSchema",
        method: "POST",
        path: "/event_schema/{event_schema_name}/activate",
        decode: rt::mock::decode::<ActivateEventSchemaRequest>,
    },
    rt::mock::Route {
        id: "deactivateEventSchema",
        method: "POST",
        path: "/event_schema/{event_schema_name}/deactivate",
        decode: rt::mock::decode::<DeactivateEventSchemaRequest>,
    },
];

/// The request of [`EventSchemasApi::list_event_schemas`](crate::apis::EventSchemasApi::list_event_schemas) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventSchemasRequest {
    /// The `status` query parameter.
    pub status: Option<crate::models::ListEventSchemasStatus>,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListEventSchemasRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            status: request.query("status")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`EventSchemasApi::create_event_schema`](crate::apis::EventSchemasApi::create_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateEventSchemaRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateEventSchemaRequest,
}

impl rt::mock::RequestView for CreateEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`EventSchemasApi::get_event_schema`](crate::apis::EventSchemasApi::get_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetEventSchemaRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
    /// The `version` query parameter.
    pub version: Option<i32>,
}

impl rt::mock::RequestView for GetEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
            version: request.query("version")?,
        })
    }
}

/// The request of [`EventSchemasApi::delete_event_schema`](crate::apis::EventSchemasApi::delete_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteEventSchemaRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
}

impl rt::mock::RequestView for DeleteEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
        })
    }
}

/// The request of [`EventSchemasApi::event_schema_event_schema_name_patch`](crate::apis::EventSchemasApi::event_schema_event_schema_name_patch) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EventSchemaEventSchemaNamePatchRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateEventSchemaRequest,
}

impl rt::mock::RequestView for EventSchemaEventSchemaNamePatchRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`EventSchemasApi::list_event_schema_versions`](crate::apis::EventSchemasApi::list_event_schema_versions) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventSchemaVersionsRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
}

impl rt::mock::RequestView for ListEventSchemaVersionsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
        })
    }
}

/// The request of [`EventSchemasApi::activate_event_schema`](crate::apis::EventSchemasApi::activate_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActivateEventSchemaRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
}

impl rt::mock::RequestView for ActivateEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
        })
    }
}

/// The request of [`EventSchemasApi::deactivate_event_schema`](crate::apis::EventSchemasApi::deactivate_event_schema) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeactivateEventSchemaRequest {
    /// The `event_schema_name` path parameter.
    pub event_schema_name: String,
}

impl rt::mock::RequestView for DeactivateEventSchemaRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_schema_name: request.path("event_schema_name")?,
        })
    }
}
