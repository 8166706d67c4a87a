//! Event Schema level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Event Schema level calls
///
/// Get one from [`Client::event_schemas`](crate::Client::event_schemas).
#[derive(Debug, Clone)]
pub struct EventSchemasApi {
    client: Client,
}

impl EventSchemasApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List event schemas
    ///
    /// Returns a list of event schema with pagination.
    ///
    /// `GET /event_schema` (operation `listEventSchemas`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_event_schemas(&self) -> ListEventSchemasBuilder {
        ListEventSchemasBuilder {
            client: self.client.clone(),
            status: None,
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create an event schema
    ///
    /// Create an event schema with attributes and dimensions to process events.
    ///
    /// `POST /event_schema` (operation `createEventSchema`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_event_schema(
        &self,
        body: crate::models::CreateEventSchemaRequest,
    ) -> CreateEventSchemaBuilder {
        CreateEventSchemaBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get an event schema
    ///
    /// `GET /event_schema/{event_schema_name}` (operation `getEventSchema`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_event_schema(&self, event_schema_name: impl Into<String>) -> GetEventSchemaBuilder {
        GetEventSchemaBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            version: None,
            options: RequestOptions::default(),
        }
    }

    /// Delete an event schema
    ///
    /// To delete(archive) an event schema, you’re required to archive associated active usage meters if any.
    ///
    /// `DELETE /event_schema/{event_schema_name}` (operation `deleteEventSchema`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_event_schema(
        &self,
        event_schema_name: impl Into<String>,
    ) -> DeleteEventSchemaBuilder {
        DeleteEventSchemaBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an event schema
    ///
    /// Update an event schema and add new attributes and dimensions
    ///
    /// Once an event schema is activated, you cannot update or delete existing attributes and dimensions however you can add new attributes and dimensions and update event schema description.
    ///    operationId: updateEventSchema
    ///
    /// `PATCH /event_schema/{event_schema_name}` (operation `event_schema_event_schema_name_patch`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn event_schema_event_schema_name_patch(
        &self,
        event_schema_name: impl Into<String>,
        body: crate::models::UpdateEventSchemaRequest,
    ) -> EventSchemaEventSchemaNamePatchBuilder {
        EventSchemaEventSchemaNamePatchBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// List all event schema versions
    ///
    /// Get a list of all the versions of an event schema
    ///
    /// `GET /event_schema/{event_schema_name}/versions` (operation `listEventSchemaVersions`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_event_schema_versions(
        &self,
        event_schema_name: impl Into<String>,
    ) -> ListEventSchemaVersionsBuilder {
        ListEventSchemaVersionsBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Activate an event schema
    ///
    /// `POST /event_schema/{event_schema_name}/activate` (operation `activateEventSchema`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn activate_event_schema(
        &self,
        event_schema_name: impl Into<String>,
    ) -> ActivateEventSchemaBuilder {
        ActivateEventSchemaBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Deactivate an event schema
    ///
    /// You can deactivate an event schema using this API. In case you have an activate usage meter associated with the event schema, you will need to deactivate it first and then try deactivating the event schema.
    ///
    /// `POST /event_schema/{event_schema_name}/deactivate` (operation `deactivateEventSchema`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn deactivate_event_schema(
        &self,
        event_schema_name: impl Into<String>,
    ) -> DeactivateEventSchemaBuilder {
        DeactivateEventSchemaBuilder {
            client: self.client.clone(),
            event_schema_name: event_schema_name.into(),
            options: RequestOptions::default(),
        }
    }
}

static LIST_EVENT_SCHEMAS: rt::Operation = rt::Operation {
    id: "listEventSchemas",
    method: rt::reqwest::Method::GET,
    path: "/event_schema",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::list_event_schemas`](super::EventSchemasApi::list_event_schemas): `GET /event_schema`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEventSchemasBuilder {
    client: Client,
    status: Option<crate::models::ListEventSchemasStatus>,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListEventSchemasBuilder {
    /// Filter by provided status
    pub fn status(mut self, value: impl Into<crate::models::ListEventSchemasStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

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
    pub fn send(self) -> BodyFuture<crate::models::EventSchemaListPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::EventSchemaListPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_EVENT_SCHEMAS);
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::EventSchemaListPaginatedResponse,
        crate::Error
    );

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::EventSchemaListData>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListEventSchemasBuilder {
    type Page = crate::models::EventSchemaListPaginatedResponse;

    type Item = crate::models::EventSchemaListData;

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

static CREATE_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "createEventSchema",
    method: rt::reqwest::Method::POST,
    path: "/event_schema",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::create_event_schema`](super::EventSchemasApi::create_event_schema): `POST /event_schema`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateEventSchemaBuilder {
    client: Client,
    body: crate::models::CreateEventSchemaRequest,
    options: RequestOptions,
}

impl CreateEventSchemaBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchema> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchema> {
        let mut call = self.client.inner.call(&CREATE_EVENT_SCHEMA);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchema, crate::Error);
}

static GET_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "getEventSchema",
    method: rt::reqwest::Method::GET,
    path: "/event_schema/{event_schema_name}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::get_event_schema`](super::EventSchemasApi::get_event_schema): `GET /event_schema/{event_schema_name}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEventSchemaBuilder {
    client: Client,
    event_schema_name: String,
    version: Option<i32>,
    options: RequestOptions,
}

impl GetEventSchemaBuilder {
    /// Optional version to get a specific version. Gets latest version if it is not provided.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchema> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchema> {
        let mut call = self.client.inner.call(&GET_EVENT_SCHEMA);
        call.path_param("event_schema_name", &self.event_schema_name);
        if let Some(value) = &self.version {
            call.query("version", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchema, crate::Error);
}

static DELETE_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "deleteEventSchema",
    method: rt::reqwest::Method::DELETE,
    path: "/event_schema/{event_schema_name}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::delete_event_schema`](super::EventSchemasApi::delete_event_schema): `DELETE /event_schema/{event_schema_name}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteEventSchemaBuilder {
    client: Client,
    event_schema_name: String,
    options: RequestOptions,
}

impl DeleteEventSchemaBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::BaseSuccessResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::BaseSuccessResponse> {
        let mut call = self.client.inner.call(&DELETE_EVENT_SCHEMA);
        call.path_param("event_schema_name", &self.event_schema_name);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static EVENT_SCHEMA_EVENT_SCHEMA_NAME_PATCH: rt::Operation = rt::Operation {
    id: "event_schema_event_schema_name_patch",
    method: rt::reqwest::Method::PATCH,
    path: "/event_schema/{event_schema_name}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::event_schema_event_schema_name_patch`](super::EventSchemasApi::event_schema_event_schema_name_patch): `PATCH /event_schema/{event_schema_name}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EventSchemaEventSchemaNamePatchBuilder {
    client: Client,
    event_schema_name: String,
    body: crate::models::UpdateEventSchemaRequest,
    options: RequestOptions,
}

impl EventSchemaEventSchemaNamePatchBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchema> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchema> {
        let mut call = self
            .client
            .inner
            .call(&EVENT_SCHEMA_EVENT_SCHEMA_NAME_PATCH);
        call.path_param("event_schema_name", &self.event_schema_name);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchema, crate::Error);
}

static LIST_EVENT_SCHEMA_VERSIONS: rt::Operation = rt::Operation {
    id: "listEventSchemaVersions",
    method: rt::reqwest::Method::GET,
    path: "/event_schema/{event_schema_name}/versions",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::list_event_schema_versions`](super::EventSchemasApi::list_event_schema_versions): `GET /event_schema/{event_schema_name}/versions`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEventSchemaVersionsBuilder {
    client: Client,
    event_schema_name: String,
    options: RequestOptions,
}

impl ListEventSchemaVersionsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchemaVersionsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchemaVersionsResponse> {
        let mut call = self.client.inner.call(&LIST_EVENT_SCHEMA_VERSIONS);
        call.path_param("event_schema_name", &self.event_schema_name);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchemaVersionsResponse, crate::Error);
}

static ACTIVATE_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "activateEventSchema",
    method: rt::reqwest::Method::POST,
    path: "/event_schema/{event_schema_name}/activate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::activate_event_schema`](super::EventSchemasApi::activate_event_schema): `POST /event_schema/{event_schema_name}/activate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ActivateEventSchemaBuilder {
    client: Client,
    event_schema_name: String,
    options: RequestOptions,
}

impl ActivateEventSchemaBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchema> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchema> {
        let mut call = self.client.inner.call(&ACTIVATE_EVENT_SCHEMA);
        call.path_param("event_schema_name", &self.event_schema_name);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchema, crate::Error);
}

static DEACTIVATE_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "deactivateEventSchema",
    method: rt::reqwest::Method::POST,
    path: "/event_schema/{event_schema_name}/deactivate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EventSchemasApi::deactivate_event_schema`](super::EventSchemasApi::deactivate_event_schema): `POST /event_schema/{event_schema_name}/deactivate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeactivateEventSchemaBuilder {
    client: Client,
    event_schema_name: String,
    options: RequestOptions,
}

impl DeactivateEventSchemaBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::EventSchema> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::EventSchema> {
        let mut call = self.client.inner.call(&DEACTIVATE_EVENT_SCHEMA);
        call.path_param("event_schema_name", &self.event_schema_name);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::EventSchema, crate::Error);
}
