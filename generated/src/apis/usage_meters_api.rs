//! Usage Meter level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Usage Meter level calls
///
/// Get one from [`Client::usage_meters`](crate::Client::usage_meters).
#[derive(Debug, Clone)]
pub struct UsageMetersApi {
    client: Client,
}

impl UsageMetersApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List usage meters for event schema
    ///
    /// Get a list of usage meters associated with an event schema
    ///
    /// `GET /usage_meters` (operation `getUsageMetersForEventSchema`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_usage_meters_for_event_schema(&self) -> GetUsageMetersForEventSchemaBuilder {
        GetUsageMetersForEventSchemaBuilder {
            client: self.client.clone(),
            status: None,
            aggregations: None,
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create an usage meter
    ///
    /// Create an usage meter and associate with an event schema
    ///
    /// `POST /usage_meters` (operation `createUsageMeter`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_usage_meter(
        &self,
        body: crate::models::CreateUsageMeterRequest,
    ) -> CreateUsageMeterBuilder {
        CreateUsageMeterBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get usage meter
    ///
    /// Get an usage meter using event schema name and usage meter id.
    ///
    /// `GET /usage_meters/{usage_meter_id}` (operation `getUsageMeter`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_usage_meter(&self, usage_meter_id: impl Into<String>) -> GetUsageMeterBuilder {
        GetUsageMeterBuilder {
            client: self.client.clone(),
            usage_meter_id: usage_meter_id.into(),
            include_schema: None,
            options: RequestOptions::default(),
        }
    }

    /// Delete an Usage Meter
    ///
    /// `DELETE /usage_meters/{usage_meter_id}` (operation `deleteUsageMeter`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_usage_meter(&self, usage_meter_id: impl Into<String>) -> DeleteUsageMeterBuilder {
        DeleteUsageMeterBuilder {
            client: self.client.clone(),
            usage_meter_id: usage_meter_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an usage meter
    ///
    /// This API lets you update an existing usage meter.
    ///
    /// `PATCH /usage_meters/{usage_meter_id}` (operation `updateUsageMeter`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_usage_meter(
        &self,
        usage_meter_id: impl Into<String>,
        body: crate::models::UpdateUsageMeterRequest,
    ) -> UpdateUsageMeterBuilder {
        UpdateUsageMeterBuilder {
            client: self.client.clone(),
            usage_meter_id: usage_meter_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Activate usage meter
    ///
    /// `POST /usage_meters/{usage_meter_id}/activate` (operation `activateUsageMeter`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn activate_usage_meter(
        &self,
        usage_meter_id: impl Into<String>,
    ) -> ActivateUsageMeterBuilder {
        ActivateUsageMeterBuilder {
            client: self.client.clone(),
            usage_meter_id: usage_meter_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Deactivate usage meter
    ///
    /// Make an existing active usage meter to be inactive
    /// Active Usage Meters with active Pricing Plan attached can also be deactivated.
    ///
    /// `POST /usage_meters/{usage_meter_id}/deactivate` (operation `deactivateUsageMeter`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn deactivate_usage_meter(
        &self,
        usage_meter_id: impl Into<String>,
    ) -> DeactivateUsageMeterBuilder {
        DeactivateUsageMeterBuilder {
            client: self.client.clone(),
            usage_meter_id: usage_meter_id.into(),
            options: RequestOptions::default(),
        }
    }
}

static GET_USAGE_METERS_FOR_EVENT_SCHEMA: rt::Operation = rt::Operation {
    id: "getUsageMetersForEventSchema",
    method: rt::reqwest::Method::GET,
    path: "/usage_meters",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::get_usage_meters_for_event_schema`](super::UsageMetersApi::get_usage_meters_for_event_schema): `GET /usage_meters`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUsageMetersForEventSchemaBuilder {
    client: Client,
    status: Option<crate::models::GetUsageMetersForEventSchemaStatus>,
    aggregations: Option<crate::models::GetUsageMetersForEventSchemaAggregations>,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetUsageMetersForEventSchemaBuilder {
    /// Filter by status
    pub fn status(
        mut self,
        value: impl Into<crate::models::GetUsageMetersForEventSchemaStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Filter by aggregations
    pub fn aggregations(
        mut self,
        value: impl Into<crate::models::GetUsageMetersForEventSchemaAggregations>,
    ) -> Self {
        self.aggregations = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeterPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeterPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_USAGE_METERS_FOR_EVENT_SCHEMA);
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.aggregations {
            call.query("aggregations", value);
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

    rt::blocking_methods!(crate::models::UsageMeterPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::UsageMeter>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetUsageMetersForEventSchemaBuilder {
    type Page = crate::models::UsageMeterPaginatedResponse;

    type Item = crate::models::UsageMeter;

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

static CREATE_USAGE_METER: rt::Operation = rt::Operation {
    id: "createUsageMeter",
    method: rt::reqwest::Method::POST,
    path: "/usage_meters",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::create_usage_meter`](super::UsageMetersApi::create_usage_meter): `POST /usage_meters`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUsageMeterBuilder {
    client: Client,
    body: crate::models::CreateUsageMeterRequest,
    options: RequestOptions,
}

impl CreateUsageMeterBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeter> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeter> {
        let mut call = self.client.inner.call(&CREATE_USAGE_METER);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UsageMeter, crate::Error);
}

static GET_USAGE_METER: rt::Operation = rt::Operation {
    id: "getUsageMeter",
    method: rt::reqwest::Method::GET,
    path: "/usage_meters/{usage_meter_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::get_usage_meter`](super::UsageMetersApi::get_usage_meter): `GET /usage_meters/{usage_meter_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUsageMeterBuilder {
    client: Client,
    usage_meter_id: String,
    include_schema: Option<bool>,
    options: RequestOptions,
}

impl GetUsageMeterBuilder {
    /// The `includeSchema` query parameter.
    pub fn include_schema(mut self, value: impl Into<bool>) -> Self {
        self.include_schema = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeter> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeter> {
        let mut call = self.client.inner.call(&GET_USAGE_METER);
        call.path_param("usage_meter_id", &self.usage_meter_id);
        if let Some(value) = &self.include_schema {
            call.query("includeSchema", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UsageMeter, crate::Error);
}

static DELETE_USAGE_METER: rt::Operation = rt::Operation {
    id: "deleteUsageMeter",
    method: rt::reqwest::Method::DELETE,
    path: "/usage_meters/{usage_meter_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::delete_usage_meter`](super::UsageMetersApi::delete_usage_meter): `DELETE /usage_meters/{usage_meter_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUsageMeterBuilder {
    client: Client,
    usage_meter_id: String,
    options: RequestOptions,
}

impl DeleteUsageMeterBuilder {
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
        let mut call = self.client.inner.call(&DELETE_USAGE_METER);
        call.path_param("usage_meter_id", &self.usage_meter_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_USAGE_METER: rt::Operation = rt::Operation {
    id: "updateUsageMeter",
    method: rt::reqwest::Method::PATCH,
    path: "/usage_meters/{usage_meter_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::update_usage_meter`](super::UsageMetersApi::update_usage_meter): `PATCH /usage_meters/{usage_meter_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUsageMeterBuilder {
    client: Client,
    usage_meter_id: String,
    body: crate::models::UpdateUsageMeterRequest,
    options: RequestOptions,
}

impl UpdateUsageMeterBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeter> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeter> {
        let mut call = self.client.inner.call(&UPDATE_USAGE_METER);
        call.path_param("usage_meter_id", &self.usage_meter_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UsageMeter, crate::Error);
}

static ACTIVATE_USAGE_METER: rt::Operation = rt::Operation {
    id: "activateUsageMeter",
    method: rt::reqwest::Method::POST,
    path: "/usage_meters/{usage_meter_id}/activate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::activate_usage_meter`](super::UsageMetersApi::activate_usage_meter): `POST /usage_meters/{usage_meter_id}/activate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ActivateUsageMeterBuilder {
    client: Client,
    usage_meter_id: String,
    options: RequestOptions,
}

impl ActivateUsageMeterBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeter> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeter> {
        let mut call = self.client.inner.call(&ACTIVATE_USAGE_METER);
        call.path_param("usage_meter_id", &self.usage_meter_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UsageMeter, crate::Error);
}

static DEACTIVATE_USAGE_METER: rt::Operation = rt::Operation {
    id: "deactivateUsageMeter",
    method: rt::reqwest::Method::POST,
    path: "/usage_meters/{usage_meter_id}/deactivate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`UsageMetersApi::deactivate_usage_meter`](super::UsageMetersApi::deactivate_usage_meter): `POST /usage_meters/{usage_meter_id}/deactivate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeactivateUsageMeterBuilder {
    client: Client,
    usage_meter_id: String,
    options: RequestOptions,
}

impl DeactivateUsageMeterBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::UsageMeter> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::UsageMeter> {
        let mut call = self.client.inner.call(&DEACTIVATE_USAGE_METER);
        call.path_param("usage_meter_id", &self.usage_meter_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UsageMeter, crate::Error);
}
