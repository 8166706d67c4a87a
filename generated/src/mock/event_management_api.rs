//! Mocks of the operations of [`EventManagementApi`](crate::apis::EventManagementApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`EventManagementApi`](crate::apis::EventManagementApi) on this mock.
    pub fn event_management(&self) -> EventManagementApiMock {
        EventManagementApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`EventManagementApi`](crate::apis::EventManagementApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct EventManagementApiMock {
    server: rt::mock::MockServer,
}

impl EventManagementApiMock {
    /// Rules and requests of [`EventManagementApi::get_events`](crate::apis::EventManagementApi::get_events): `GET /events`.
    pub fn get_events(
        &self,
    ) -> rt::mock::MockOperation<GetEventsRequest, crate::models::GetEventsResponse> {
        self.server
            .operation("getEvents", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`EventManagementApi::get_single_event`](crate::apis::EventManagementApi::get_single_event): `GET /events/{event_id}`.
    pub fn get_single_event(
        &self,
    ) -> rt::mock::MockOperation<GetSingleEventRequest, crate::models::GetEventResponse> {
        self.server
            .operation("getSingleEvent", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`EventManagementApi::event_correction`](crate::apis::EventManagementApi::event_correction): `POST /events/correction`.
    pub fn event_correction(
        &self,
    ) -> rt::mock::MockOperation<EventCorrectionRequest, crate::models::EventsCorrectionResponse>
    {
        self.server
            .operation("eventCorrection", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getEvents",
        method: "GET",
        path: "/events",
        decode: rt::mock::decode::<GetEventsRequest>,
    },
    rt::mock::Route {
        id: "getSingleEvent",
        method: "GET",
        path: "/events/{event_id}",
        decode: rt::mock::decode::<GetSingleEventRequest>,
    },
    rt::mock::Route {
        id: "eventCorrection",
        method: "POST",
        path: "/events/correction",
        decode: rt::mock::decode::<EventCorrectionRequest>,
    },
];

/// The request of [`EventManagementApi::get_events`](crate::apis::EventManagementApi::get_events) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetEventsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `status` query parameter.
    pub status: Option<String>,
    /// The `account_id` query parameter.
    pub account_id: Option<String>,
    /// The `schema_name` query parameter.
    pub schema_name: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
}

impl rt::mock::RequestView for GetEventsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            status: request.query("status")?,
            account_id: request.query("account_id")?,
            schema_name: request.query("schema_name")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`EventManagementApi::get_single_event`](crate::apis::EventManagementApi::get_single_event) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetSingleEventRequest {
    /// The `event_id` path parameter.
    pub event_id: String,
}

impl rt::mock::RequestView for GetSingleEventRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            event_id: request.path("event_id")?,
        })
    }
}

/// The request of [`EventManagementApi::event_correction`](crate::apis::EventManagementApi::event_correction) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EventCorrectionRequest {
    /// The `action` query parameter.
    pub action: crate::models::EventCorrectionAction,
    /// The `require_confirmation` query parameter.
    pub require_confirmation: Option<bool>,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::EventCorrectionRequest>,
}

impl rt::mock::RequestView for EventCorrectionRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            action: rt::mock::required(request.query("action"), "query parameter `action`")?,
            require_confirmation: request.query("require_confirmation")?,
            body: request.json()?,
        })
    }
}
