//! Price Plan V2 level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Price Plan V2 level calls
///
/// Get one from [`Client::price_plan_v2`](crate::Client::price_plan_v2).
#[derive(Debug, Clone)]
pub struct PricePlanV2Api {
    client: Client,
}

impl PricePlanV2Api {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List price plans
    ///
    /// `GET /v2/price_plans` (operation `listPricePlansV2`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_price_plans_v2(&self) -> ListPricePlansV2Builder {
        ListPricePlansV2Builder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a price plan
    ///
    /// `POST /v2/price_plans` (operation `createPricePlanV2`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_price_plan_v2(
        &self,
        body: crate::models::CreatePricePlanV2Request,
    ) -> CreatePricePlanV2Builder {
        CreatePricePlanV2Builder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a price plan
    ///
    /// `GET /v2/price_plans/{price_plan_id}` (operation `getPricePlanV2`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_price_plan_v2(&self, price_plan_id: impl Into<String>) -> GetPricePlanV2Builder {
        GetPricePlanV2Builder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            version: None,
            options: RequestOptions::default(),
        }
    }

    /// Update a price plan
    ///
    /// `PATCH /v2/price_plans/{price_plan_id}` (operation `updatePricePlanV2`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_price_plan_v2(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::UpdatePricePlanV2Request,
    ) -> UpdatePricePlanV2Builder {
        UpdatePricePlanV2Builder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Discard a price plan
    ///
    /// `DELETE /v2/price_plans/{price_plan_id}/discard` (operation `discardPricePlan`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn discard_price_plan(&self, price_plan_id: impl Into<String>) -> DiscardPricePlanBuilder {
        DiscardPricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Finalize a price plan
    ///
    /// `POST /v2/price_plans/{price_plan_id}/finalize` (operation `finalizePricePlan`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn finalize_price_plan(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::FinalizePricePlanRequest,
    ) -> FinalizePricePlanBuilder {
        FinalizePricePlanBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// List rate cards of a price plan
    ///
    /// `GET /v2/price_plans/{price_plan_id}/rate_cards` (operation `listPricePlanRateCards`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_price_plan_rate_cards(
        &self,
        price_plan_id: impl Into<String>,
    ) -> ListPricePlanRateCardsBuilder {
        ListPricePlanRateCardsBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Bulk rate card operations of a price plan
    ///
    /// `POST /v2/price_plans/{price_plan_id}/rate_cards` (operation `bulkPricePlanRateCardOperations`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn bulk_price_plan_rate_card_operations(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::BulkRateCardOperationsRequest,
    ) -> BulkPricePlanRateCardOperationsBuilder {
        BulkPricePlanRateCardOperationsBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// List pricing rules of a price plan
    ///
    /// `GET /v2/price_plans/{price_plan_id}/pricing_rules` (operation `listPricePlanPricingRules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_price_plan_pricing_rules(
        &self,
        price_plan_id: impl Into<String>,
    ) -> ListPricePlanPricingRulesBuilder {
        ListPricePlanPricingRulesBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            version: None,
            options: RequestOptions::default(),
        }
    }

    /// Update pricing rules of a price plan
    ///
    /// `PUT /v2/price_plans/{price_plan_id}/pricing_rules` (operation `updatePricePlanPricingRules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn update_price_plan_pricing_rules(
        &self,
        price_plan_id: impl Into<String>,
        body: crate::models::UpdatePricingRulesRequest,
    ) -> UpdatePricePlanPricingRulesBuilder {
        UpdatePricePlanPricingRulesBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get list of errors of a price plan
    ///
    /// `GET /v2/price_plans/{price_plan_id}/errors` (operation `listPricePlanErrors`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_price_plan_errors(
        &self,
        price_plan_id: impl Into<String>,
    ) -> ListPricePlanErrorsBuilder {
        ListPricePlanErrorsBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// List price plan versions
    ///
    /// `GET /v2/price_plans/{price_plan_id}/versions` (operation `listPricePlanVersions`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_price_plan_versions(
        &self,
        price_plan_id: impl Into<String>,
    ) -> ListPricePlanVersionsBuilder {
        ListPricePlanVersionsBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a price plan v2 migration
    ///
    /// Migrates accounts across price plans. This is an asynchronous process functioning on top of Togai's Jobs
    /// framework. Status of the created migrations can be obtained using the [Jobs APIs](https://docs.togai.com/api-reference/jobs/get-the-status-of-a-job)
    ///
    /// `POST /v2/price_plans/migration` (operation `pricePlanMigrationV2`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn price_plan_migration_v2(
        &self,
        body: crate::models::CreatePricePlanMigrationRequest,
    ) -> PricePlanMigrationV2Builder {
        PricePlanMigrationV2Builder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static LIST_PRICE_PLANS_V2: rt::Operation = rt::Operation {
    id: "listPricePlansV2",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::list_price_plans_v2`](super::PricePlanV2Api::list_price_plans_v2): `GET /v2/price_plans`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricePlansV2Builder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListPricePlansV2Builder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanV2PaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanV2PaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICE_PLANS_V2);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlanV2PaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::PricePlanV2>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListPricePlansV2Builder {
    type Page = crate::models::PricePlanV2PaginatedResponse;

    type Item = crate::models::PricePlanV2;

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

static CREATE_PRICE_PLAN_V2: rt::Operation = rt::Operation {
    id: "createPricePlanV2",
    method: rt::reqwest::Method::POST,
    path: "/v2/price_plans",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::create_price_plan_v2`](super::PricePlanV2Api::create_price_plan_v2): `POST /v2/price_plans`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePricePlanV2Builder {
    client: Client,
    body: crate::models::CreatePricePlanV2Request,
    options: RequestOptions,
}

impl CreatePricePlanV2Builder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanV2> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanV2> {
        let mut call = self.client.inner.call(&CREATE_PRICE_PLAN_V2);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlanV2, crate::Error);
}

static GET_PRICE_PLAN_V2: rt::Operation = rt::Operation {
    id: "getPricePlanV2",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans/{price_plan_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::get_price_plan_v2`](super::PricePlanV2Api::get_price_plan_v2): `GET /v2/price_plans/{price_plan_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPricePlanV2Builder {
    client: Client,
    price_plan_id: String,
    version: Option<String>,
    options: RequestOptions,
}

impl GetPricePlanV2Builder {
    /// Optional version to get a specific version. Gets latest version if it is not provided.
    /// Possible values:
    /// 1. LATEST - Get the latest version of the price plan, can be draft
    /// 2. ACTIVE - Get the latest active version of the price plan
    /// 3. NUMBER - Get the specific version of the price plans
    pub fn version(mut self, value: impl Into<String>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanV2> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanV2> {
        let mut call = self.client.inner.call(&GET_PRICE_PLAN_V2);
        call.path_param("price_plan_id", &self.price_plan_id);
        if let Some(value) = &self.version {
            call.query("version", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlanV2, crate::Error);
}

static UPDATE_PRICE_PLAN_V2: rt::Operation = rt::Operation {
    id: "updatePricePlanV2",
    method: rt::reqwest::Method::PATCH,
    path: "/v2/price_plans/{price_plan_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::update_price_plan_v2`](super::PricePlanV2Api::update_price_plan_v2): `PATCH /v2/price_plans/{price_plan_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricePlanV2Builder {
    client: Client,
    price_plan_id: String,
    body: crate::models::UpdatePricePlanV2Request,
    options: RequestOptions,
}

impl UpdatePricePlanV2Builder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanV2> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanV2> {
        let mut call = self.client.inner.call(&UPDATE_PRICE_PLAN_V2);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlanV2, crate::Error);
}

static DISCARD_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "discardPricePlan",
    method: rt::reqwest::Method::DELETE,
    path: "/v2/price_plans/{price_plan_id}/discard",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::discard_price_plan`](super::PricePlanV2Api::discard_price_plan): `DELETE /v2/price_plans/{price_plan_id}/discard`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DiscardPricePlanBuilder {
    client: Client,
    price_plan_id: String,
    options: RequestOptions,
}

impl DiscardPricePlanBuilder {
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
        let mut call = self.client.inner.call(&DISCARD_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static FINALIZE_PRICE_PLAN: rt::Operation = rt::Operation {
    id: "finalizePricePlan",
    method: rt::reqwest::Method::POST,
    path: "/v2/price_plans/{price_plan_id}/finalize",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::finalize_price_plan`](super::PricePlanV2Api::finalize_price_plan): `POST /v2/price_plans/{price_plan_id}/finalize`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct FinalizePricePlanBuilder {
    client: Client,
    price_plan_id: String,
    body: crate::models::FinalizePricePlanRequest,
    options: RequestOptions,
}

impl FinalizePricePlanBuilder {
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
        let mut call = self.client.inner.call(&FINALIZE_PRICE_PLAN);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static LIST_PRICE_PLAN_RATE_CARDS: rt::Operation = rt::Operation {
    id: "listPricePlanRateCards",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans/{price_plan_id}/rate_cards",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::list_price_plan_rate_cards`](super::PricePlanV2Api::list_price_plan_rate_cards): `GET /v2/price_plans/{price_plan_id}/rate_cards`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricePlanRateCardsBuilder {
    client: Client,
    price_plan_id: String,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListPricePlanRateCardsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::RateCardPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::RateCardPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICE_PLAN_RATE_CARDS);
        call.path_param("price_plan_id", &self.price_plan_id);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::RateCardPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::RateCard>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListPricePlanRateCardsBuilder {
    type Page = crate::models::RateCardPaginatedResponse;

    type Item = crate::models::RateCard;

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

static BULK_PRICE_PLAN_RATE_CARD_OPERATIONS: rt::Operation = rt::Operation {
    id: "bulkPricePlanRateCardOperations",
    method: rt::reqwest::Method::POST,
    path: "/v2/price_plans/{price_plan_id}/rate_cards",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::bulk_price_plan_rate_card_operations`](super::PricePlanV2Api::bulk_price_plan_rate_card_operations): `POST /v2/price_plans/{price_plan_id}/rate_cards`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct BulkPricePlanRateCardOperationsBuilder {
    client: Client,
    price_plan_id: String,
    body: crate::models::BulkRateCardOperationsRequest,
    options: RequestOptions,
}

impl BulkPricePlanRateCardOperationsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::BulkRateCardOperationsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::BulkRateCardOperationsResponse> {
        let mut call = self
            .client
            .inner
            .call(&BULK_PRICE_PLAN_RATE_CARD_OPERATIONS);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BulkRateCardOperationsResponse, crate::Error);
}

static LIST_PRICE_PLAN_PRICING_RULES: rt::Operation = rt::Operation {
    id: "listPricePlanPricingRules",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans/{price_plan_id}/pricing_rules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::list_price_plan_pricing_rules`](super::PricePlanV2Api::list_price_plan_pricing_rules): `GET /v2/price_plans/{price_plan_id}/pricing_rules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricePlanPricingRulesBuilder {
    client: Client,
    price_plan_id: String,
    version: Option<String>,
    options: RequestOptions,
}

impl ListPricePlanPricingRulesBuilder {
    /// Optional version to get a specific version. Gets latest version if it is not provided.
    /// Possible values:
    /// 1. LATEST - Get the latest version of the price plan, can be draft
    /// 2. ACTIVE - Get the latest active version of the price plan
    /// 3. NUMBER - Get the specific version of the price plans
    pub fn version(mut self, value: impl Into<String>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::PricingRulesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::PricingRulesPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICE_PLAN_PRICING_RULES);
        call.path_param("price_plan_id", &self.price_plan_id);
        if let Some(value) = &self.version {
            call.query("version", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricingRulesPaginatedResponse, crate::Error);
}

static UPDATE_PRICE_PLAN_PRICING_RULES: rt::Operation = rt::Operation {
    id: "updatePricePlanPricingRules",
    method: rt::reqwest::Method::PUT,
    path: "/v2/price_plans/{price_plan_id}/pricing_rules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::update_price_plan_pricing_rules`](super::PricePlanV2Api::update_price_plan_pricing_rules): `PUT /v2/price_plans/{price_plan_id}/pricing_rules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricePlanPricingRulesBuilder {
    client: Client,
    price_plan_id: String,
    body: crate::models::UpdatePricingRulesRequest,
    options: RequestOptions,
}

impl UpdatePricePlanPricingRulesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricingRulesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::PricingRulesPaginatedResponse> {
        let mut call = self.client.inner.call(&UPDATE_PRICE_PLAN_PRICING_RULES);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricingRulesPaginatedResponse, crate::Error);
}

static LIST_PRICE_PLAN_ERRORS: rt::Operation = rt::Operation {
    id: "listPricePlanErrors",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans/{price_plan_id}/errors",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::list_price_plan_errors`](super::PricePlanV2Api::list_price_plan_errors): `GET /v2/price_plans/{price_plan_id}/errors`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricePlanErrorsBuilder {
    client: Client,
    price_plan_id: String,
    options: RequestOptions,
}

impl ListPricePlanErrorsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::ValidatedEntityErrorsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::ValidatedEntityErrorsPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICE_PLAN_ERRORS);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::ValidatedEntityErrorsPaginatedResponse,
        crate::Error
    );
}

static LIST_PRICE_PLAN_VERSIONS: rt::Operation = rt::Operation {
    id: "listPricePlanVersions",
    method: rt::reqwest::Method::GET,
    path: "/v2/price_plans/{price_plan_id}/versions",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::list_price_plan_versions`](super::PricePlanV2Api::list_price_plan_versions): `GET /v2/price_plans/{price_plan_id}/versions`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricePlanVersionsBuilder {
    client: Client,
    price_plan_id: String,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListPricePlanVersionsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricePlanV2PaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PricePlanV2PaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICE_PLAN_VERSIONS);
        call.path_param("price_plan_id", &self.price_plan_id);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricePlanV2PaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::PricePlanV2>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListPricePlanVersionsBuilder {
    type Page = crate::models::PricePlanV2PaginatedResponse;

    type Item = crate::models::PricePlanV2;

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

static PRICE_PLAN_MIGRATION_V2: rt::Operation = rt::Operation {
    id: "pricePlanMigrationV2",
    method: rt::reqwest::Method::POST,
    path: "/v2/price_plans/migration",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PricePlanV2Api::price_plan_migration_v2`](super::PricePlanV2Api::price_plan_migration_v2): `POST /v2/price_plans/migration`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PricePlanMigrationV2Builder {
    client: Client,
    body: crate::models::CreatePricePlanMigrationRequest,
    options: RequestOptions,
}

impl PricePlanMigrationV2Builder {
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
        let mut call = self.client.inner.call(&PRICE_PLAN_MIGRATION_V2);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}
