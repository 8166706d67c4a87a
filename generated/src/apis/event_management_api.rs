//! APIs for getting events ingested in Togai

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// APIs for getting events ingested in Togai
///
/// Get one from [`Client::event_management`](crate::Client::event_management).
#[derive(Debug, Clone)]
pub struct EventManagementApi {
    client: Client,
}

impl EventManagementApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get a list of usage events with multiple query options
    ///
    /// This API let’s you to fetch a list of events with multiple query parameters
    ///
    /// `GET /events` (operation `getEvents`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_events(&self) -> GetEventsBuilder {
        GetEventsBuilder {
            client: self.client.clone(),
            next_token: None,
            status: None,
            account_id: None,
            schema_name: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Get an event using event id
    ///
    /// Fetch details of a particular event using the event ID.
    ///
    /// `GET /events/{event_id}` (operation `getSingleEvent`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_single_event(&self, event_id: impl Into<String>) -> GetSingleEventBuilder {
        GetSingleEventBuilder {
            client: self.client.clone(),
            event_id: event_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Correct an ingested event
    ///
    /// #### This API lets you to correct events. Available in both synchronous and asynchronous mode
    /// - **Usages**: Reduction of all usages associated with this event
    /// - **Revenue**: Reduction of all revenues associated with this event
    /// - **Entitlements**: Entitlements(Feature Credits) consumed by this event are granted back to the account.
    ///
    /// ### Possible Actions:
    /// - UNDO: Undo all usages, revenue and entitlements associated with an event
    /// - REDO: Performs UNDO and re-ingests the same event
    /// - REDO_EVENT: Performs UNDO and re-ingests the correction payload of the event
    ///
    /// `POST /events/correction` (operation `eventCorrection`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn event_correction(
        &self,
        action: impl Into<crate::models::EventCorrectionAction>,
    ) -> EventCorrectionBuilder {
        EventCorrectionBuilder {
            client: self.client.clone(),
            action: action.into(),
            require_confirmation: None,
            body: None,
            options: RequestOptions::default(),
        }
    }
}

static GET_EVENTS: rt::Operation = rt::Operation {
    id: "getEvents",
    method: rt::reqwest::Method::GET,
    path: "/events",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventManagementApi::get_events`](super::EventManagementApi::get_events): `GET /events`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEventsBuilder {
    client: Client,
    next_token: Option<String>,
    status: Option<String>,
    account_id: Option<String>,
    schema_name: Option<String>,
    page_size: Option<i64>,
    options: RequestOptions,
}

impl GetEventsBuilder {
    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Filter option to filter by status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Filter option to filter based on account id.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Filter option to filter the events based on schema name.
    pub fn schema_name(mut self, value: impl Into<String>) -> Self {
        self.schema_name = Some(value.into());
        self
    }

    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::GetEventsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetEventsResponse> {
        let mut call = self.client.inner.call(&GET_EVENTS);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.account_id {
            call.query("account_id", value);
        }
        if let Some(value) = &self.schema_name {
            call.query("schema_name", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetEventsResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::EventWithStatus>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetEventsBuilder {
    type Page = crate::models::GetEventsResponse;

    type Item = crate::models::EventWithStatus;

    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.next_token(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        (page.events, page.next_token)
    }
}

static GET_SINGLE_EVENT: rt::Operation = rt::Operation {
    id: "getSingleEvent",
    method: rt::reqwest::Method::GET,
    path: "/events/{event_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventManagementApi::get_single_event`](super::EventManagementApi::get_single_event): `GET /events/{event_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSingleEventBuilder {
    client: Client,
    event_id: String,
    options: RequestOptions,
}

impl GetSingleEventBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetEventResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetEventResponse> {
        let mut call = self.client.inner.call(&GET_SINGLE_EVENT);
        call.path_param("event_id", &self.event_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetEventResponse, crate::Error);
}

static EVENT_CORRECTION: rt::Operation = rt::Operation {
    id: "eventCorrection",
    method: rt::reqwest::Method::POST,
    path: "/events/correction",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EventManagementApi::event_correction`](super::EventManagementApi::event_correction): `POST /events/correction`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EventCorrectionBuilder {
    client: Client,
    action: crate::models::EventCorrectionAction,
    require_confirmation: Option<bool>,
    body: Option<crate::models::EventCorrectionRequest>,
    options: RequestOptions,
}

impl EventCorrectionBuilder {
    /// Specifies whether to start a migration only after a confirmation
    pub fn require_confirmation(mut self, value: impl Into<bool>) -> Self {
        self.require_confirmation = Some(value.into());
        self
    }

    /// The request body.
    pub fn body(mut self, value: impl Into<crate::models::EventCorrectionRequest>) -> Self {
        self.body = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::EventsCorrectionResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventsCorrectionResponse> {
        let mut call = self.client.inner.call(&EVENT_CORRECTION);
        call.query("action", &self.action);
        if let Some(value) = &self.require_confirmation {
            call.query("require_confirmation", value);
        }
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventsCorrectionResponse, crate::Error);
}
