//! (DEPRECATED) Price Plan level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// (DEPRECATED) Price Plan level calls
///
/// Get one from [`Client::price_plans`](crate::Client::price_plans).
#[derive(Debug, Clone)]
pub struct PricePlansApi {
    client: Client,
}

impl PricePlansApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// (DEPRECATED) List price plans
    ///
    /// Get a list of price plans
    ///
    /// `GET /price_plans` (operation `getPricePlans`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_price_plans(&self) -> GetPricePlansBuilder {
        GetPricePlansBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Create a price plan
    ///
    /// This API let's you create and price plan
    /// Learn more about [Price Plans](https://docs.togai.com/docs/priceplan)
    ///
    /// `POST /price_plans` (operation `createPricePlan`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_price_plan(
        &self,
        body: crate::models::CreatePricePlanRequest,
    ) -> CreatePricePlanBuilder {
        CreatePricePlanBuilder {
            client: self.client.clone(),
            dry_run: None,
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Get a price plan
    ///
    /// Get a price plan details using price plan id
    ///
    /// `GET /price_plans/{price_plan_id}` (operation `getPricePlan`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_price_plan(&self, price_plan_id: impl Into<String>) -> GetPricePlanBuilder {
        GetPricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            version: None,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Archive a price plan
    ///
    /// Archive a price plan
    ///
    /// `DELETE /price_plans/{price_plan_id}` (operation `archivePricePlan`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn archive_price_plan(&self, price_plan_id: impl Into<String>) -> ArchivePricePlanBuilder {
        ArchivePricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Update a price plan
    ///
    /// Update an existing price plan
    /// Price Plans with status as DRAFT alone can be updated . Learn more about [Price plans](https://docs.togai.com/docs/priceplan) from our Guides
    ///
    /// `PATCH /price_plans/{price_plan_id}` (operation `updatePricePlan`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_price_plan(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::UpdatePricePlanRequest,
    ) -> UpdatePricePlanBuilder {
        UpdatePricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Activate a price plan
    ///
    /// Activate a price plan details using price plan id
    ///
    /// `POST /price_plans/{price_plan_id}/activate` (operation `activatePricePlan`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn activate_price_plan(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::ActivatePricePlanRequest,
    ) -> ActivatePricePlanBuilder {
        ActivatePricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Create a price plan migration
    ///
    /// Migrates accounts across price plans. This is an asynchronous process functioning on top of Togai's Jobs
    /// framework. Status of the created migrations can be obtained using the [Jobs APIs](https://docs.togai.com/api-reference/jobs/get-the-status-of-a-job)
    ///
    /// `POST /price_plans/migration` (operation `pricePlanMigration`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn price_plan_migration(
        &self,
        body: crate::models::CreatePricePlanMigrationRequest,
    ) -> PricePlanMigrationBuilder {
        PricePlanMigrationBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_PRICE_PLANS: rt::Operation = rt::Operation {
    id: "getPricePlans",
    method: rt::reqwest::Method::GET,
    path: "/price_plans",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::get_price_plans`](super::PricePlansApi::get_price_plans): `GET /price_plans`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPricePlansBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetPricePlansBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_PRICE_PLANS);
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

    rt::blocking_methods!(crate::models::PricePlanPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::PricePlanListData>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetPricePlansBuilder {
    type Page = crate::models::PricePlanPaginatedResponse;

    type Item = crate::models::PricePlanListData;

    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.next_token(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        (page.data, page.next_token)
    }
}

static CREATE_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "createPricePlan",
    method: rt::reqwest::Method::POST,
    path: "/price_plans",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::create_price_plan`](super::PricePlansApi::create_price_plan): `POST /price_plans`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePricePlanBuilder {
    client: Client,
    dry_run: Option<bool>,
    body: crate::models::CreatePricePlanRequest,
    options: RequestOptions,
}

impl CreatePricePlanBuilder {
    /// The `dry_run` query parameter.
    pub fn dry_run(mut self, value: impl Into<bool>) -> Self {
        self.dry_run = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlan> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlan> {
        let mut call = self.client.inner.call(&CREATE_PRICE_PLAN);
        if let Some(value) = &self.dry_run {
            call.query("dry_run", value);
        }
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlan, crate::Error);
}

static GET_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "getPricePlan",
    method: rt::reqwest::Method::GET,
    path: "/price_plans/{price_plan_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::get_price_plan`](super::PricePlansApi::get_price_plan): `GET /price_plans/{price_plan_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPricePlanBuilder {
    client: Client,
    price_plan_id: String,
    version: Option<i32>,
    options: RequestOptions,
}

impl GetPricePlanBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlan> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlan> {
        let mut call = self.client.inner.call(&GET_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        if let Some(value) = &self.version {
            call.query("version", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlan, crate::Error);
}

static ARCHIVE_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "archivePricePlan",
    method: rt::reqwest::Method::DELETE,
    path: "/price_plans/{price_plan_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::archive_price_plan`](super::PricePlansApi::archive_price_plan): `DELETE /price_plans/{price_plan_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ArchivePricePlanBuilder {
    client: Client,
    price_plan_id: String,
    options: RequestOptions,
}

impl ArchivePricePlanBuilder {
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
        let mut call = self.client.inner.call(&ARCHIVE_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "updatePricePlan",
    method: rt::reqwest::Method::PATCH,
    path: "/price_plans/{price_plan_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::update_price_plan`](super::PricePlansApi::update_price_plan): `PATCH /price_plans/{price_plan_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricePlanBuilder {
    client: Client,
    price_plan_id: String,
    body: crate::models::UpdatePricePlanRequest,
    options: RequestOptions,
}

impl UpdatePricePlanBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlan> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlan> {
        let mut call = self.client.inner.call(&UPDATE_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlan, crate::Error);
}

static ACTIVATE_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "activatePricePlan",
    method: rt::reqwest::Method::POST,
    path: "/price_plans/{price_plan_id}/activate",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::activate_price_plan`](super::PricePlansApi::activate_price_plan): `POST /price_plans/{price_plan_id}/activate`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ActivatePricePlanBuilder {
    client: Client,
    price_plan_id: String,
    body: crate::models::ActivatePricePlanRequest,
    options: RequestOptions,
}

impl ActivatePricePlanBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlan> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlan> {
        let mut call = self.client.inner.call(&ACTIVATE_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlan, crate::Error);
}

static PRICE_PLAN_MIGRATION: rt::Operation = rt::Operation {
    id: "pricePlanMigration",
    method: rt::reqwest::Method::POST,
    path: "/price_plans/migration",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlansApi::price_plan_migration`](super::PricePlansApi::price_plan_migration): `POST /price_plans/migration`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PricePlanMigrationBuilder {
    client: Client,
    body: crate::models::CreatePricePlanMigrationRequest,
    options: RequestOptions,
}

impl PricePlanMigrationBuilder {
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
        let mut call = self.client.inner.call(&PRICE_PLAN_MIGRATION);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}
