//! Account Schedule level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Account Schedule level calls
///
/// Get one from [`Client::schedules`](crate::Client::schedules).
#[derive(Debug, Clone)]
pub struct SchedulesApi {
    client: Client,
}

impl SchedulesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List rate cards
    ///
    /// `GET /v2/schedules/{schedule_id}/rate_cards` (operation `listScheduleRateCards`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_schedule_rate_cards(
        &self,
        schedule_id: impl Into<String>,
        mode: impl Into<String>,
    ) -> ListScheduleRateCardsBuilder {
        ListScheduleRateCardsBuilder {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            next_token: None,
            page_size: None,
            mode: mode.into(),
            options: RequestOptions::default(),
        }
    }

    /// Bulk rate card operations on a schedule
    ///
    /// `POST /v2/schedules/{schedule_id}/rate_cards` (operation `bulkRateCardOperationsOnSchedule`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn bulk_rate_card_operations_on_schedule(
        &self,
        schedule_id: impl Into<String>,
        body: crate::models::BulkRateCardOperationsRequest,
    ) -> BulkRateCardOperationsOnScheduleBuilder {
        BulkRateCardOperationsOnScheduleBuilder {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Bulk edit schedules of an account
    ///
    /// `POST /v2/accounts/{account_id}/edit_schedules` (operation `bulkEditSchedules`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn bulk_edit_schedules(
        &self,
        account_id: impl Into<String>,
        body: crate::models::EditAccountScheduleRequest,
    ) -> BulkEditSchedulesBuilder {
        BulkEditSchedulesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            discard: None,
            body,
            options: RequestOptions::default(),
        }
    }

    /// List pricing schedules of an account
    ///
    /// `GET /v2/accounts/{account_id}/schedules` (operation `listaccountSchedules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn listaccount_schedules(
        &self,
        account_id: impl Into<String>,
        mode: impl Into<String>,
    ) -> ListaccountSchedulesBuilder {
        ListaccountSchedulesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            mode: mode.into(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Get list of errors of a acc schedule
    ///
    /// `GET /v2/schedules/{schedule_id}/errors` (operation `listScheduleErrors`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_schedule_errors(
        &self,
        schedule_id: impl Into<String>,
    ) -> ListScheduleErrorsBuilder {
        ListScheduleErrorsBuilder {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Discard schedules of an account
    ///
    /// `DELETE /v2/accounts/{account_id}/discard_schedules` (operation `discardAccountSchedules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn discard_account_schedules(
        &self,
        account_id: impl Into<String>,
    ) -> DiscardAccountSchedulesBuilder {
        DiscardAccountSchedulesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Finalize schedules of an account
    ///
    /// `POST /v2/accounts/{account_id}/finalize_schedules` (operation `finalizeAccountSchedules`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn finalize_account_schedules(
        &self,
        account_id: impl Into<String>,
        body: crate::models::FinalizeAccountSchedules,
    ) -> FinalizeAccountSchedulesBuilder {
        FinalizeAccountSchedulesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// List pricing rules of a account schedule
    ///
    /// `GET /v2/schedules/{schedule_id}/pricing_rules` (operation `listPricingRules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_pricing_rules(
        &self,
        schedule_id: impl Into<String>,
        mode: impl Into<String>,
    ) -> ListPricingRulesBuilder {
        ListPricingRulesBuilder {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            mode: mode.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update pricing rules of a account schedule
    ///
    /// `PUT /v2/schedules/{schedule_id}/pricing_rules` (operation `updatePricingRules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn update_pricing_rules(
        &self,
        schedule_id: impl Into<String>,
        body: crate::models::UpdatePricingRulesRequest,
    ) -> UpdatePricingRulesBuilder {
        UpdatePricingRulesBuilder {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static LIST_SCHEDULE_RATE_CARDS: rt::Operation = rt::Operation {
    id: "listScheduleRateCards",
    method: rt::reqwest::Method::GET,
    path: "/v2/schedules/{schedule_id}/rate_cards",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::list_schedule_rate_cards`](super::SchedulesApi::list_schedule_rate_cards): `GET /v2/schedules/{schedule_id}/rate_cards`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListScheduleRateCardsBuilder {
    client: Client,
    schedule_id: String,
    next_token: Option<String>,
    page_size: Option<f64>,
    mode: String,
    options: RequestOptions,
}

impl ListScheduleRateCardsBuilder {
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
        let mut call = self.client.inner.call(&LIST_SCHEDULE_RATE_CARDS);
        call.path_param("schedule_id", &self.schedule_id);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        call.query("mode", &self.mode);
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

impl rt::Paginated for ListScheduleRateCardsBuilder {
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

static BULK_RATE_CARD_OPERATIONS_ON_SCHEDULE: rt::Operation = rt::Operation {
    id: "bulkRateCardOperationsOnSchedule",
    method: rt::reqwest::Method::POST,
    path: "/v2/schedules/{schedule_id}/rate_cards",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::bulk_rate_card_operations_on_schedule`](super::SchedulesApi::bulk_rate_card_operations_on_schedule): `POST /v2/schedules/{schedule_id}/rate_cards`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct BulkRateCardOperationsOnScheduleBuilder {
    client: Client,
    schedule_id: String,
    body: crate::models::BulkRateCardOperationsRequest,
    options: RequestOptions,
}

impl BulkRateCardOperationsOnScheduleBuilder {
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
            .call(&BULK_RATE_CARD_OPERATIONS_ON_SCHEDULE);
        call.path_param("schedule_id", &self.schedule_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BulkRateCardOperationsResponse, crate::Error);
}

static BULK_EDIT_SCHEDULES: rt::Operation = rt::Operation {
    id: "bulkEditSchedules",
    method: rt::reqwest::Method::POST,
    path: "/v2/accounts/{account_id}/edit_schedules",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::bulk_edit_schedules`](super::SchedulesApi::bulk_edit_schedules): `POST /v2/accounts/{account_id}/edit_schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct BulkEditSchedulesBuilder {
    client: Client,
    account_id: String,
    discard: Option<bool>,
    body: crate::models::EditAccountScheduleRequest,
    options: RequestOptions,
}

impl BulkEditSchedulesBuilder {
    /// The `discard` query parameter.
    pub fn discard(mut self, value: impl Into<bool>) -> Self {
        self.discard = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::UpdatePricingScheduleResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::UpdatePricingScheduleResponse> {
        let mut call = self.client.inner.call(&BULK_EDIT_SCHEDULES);
        call.path_param("account_id", &self.account_id);
        if let Some(value) = &self.discard {
            call.query("discard", value);
        }
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UpdatePricingScheduleResponse, crate::Error);
}

static LISTACCOUNT_SCHEDULES: rt::Operation = rt::Operation {
    id: "listaccountSchedules",
    method: rt::reqwest::Method::GET,
    path: "/v2/accounts/{account_id}/schedules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::listaccount_schedules`](super::SchedulesApi::listaccount_schedules): `GET /v2/accounts/{account_id}/schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListaccountSchedulesBuilder {
    client: Client,
    account_id: String,
    mode: String,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListaccountSchedulesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::SchedulesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::SchedulesPaginatedResponse> {
        let mut call = self.client.inner.call(&LISTACCOUNT_SCHEDULES);
        call.path_param("account_id", &self.account_id);
        call.query("mode", &self.mode);
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

    rt::blocking_methods!(crate::models::SchedulesPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::AccountSchedule>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListaccountSchedulesBuilder {
    type Page = crate::models::SchedulesPaginatedResponse;

    type Item = crate::models::AccountSchedule;

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

static LIST_SCHEDULE_ERRORS: rt::Operation = rt::Operation {
    id: "listScheduleErrors",
    method: rt::reqwest::Method::GET,
    path: "/v2/schedules/{schedule_id}/errors",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::list_schedule_errors`](super::SchedulesApi::list_schedule_errors): `GET /v2/schedules/{schedule_id}/errors`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListScheduleErrorsBuilder {
    client: Client,
    schedule_id: String,
    options: RequestOptions,
}

impl ListScheduleErrorsBuilder {
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
        let mut call = self.client.inner.call(&LIST_SCHEDULE_ERRORS);
        call.path_param("schedule_id", &self.schedule_id);
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

static DISCARD_ACCOUNT_SCHEDULES: rt::Operation = rt::Operation {
    id: "discardAccountSchedules",
    method: rt::reqwest::Method::DELETE,
    path: "/v2/accounts/{account_id}/discard_schedules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::discard_account_schedules`](super::SchedulesApi::discard_account_schedules): `DELETE /v2/accounts/{account_id}/discard_schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DiscardAccountSchedulesBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl DiscardAccountSchedulesBuilder {
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
        let mut call = self.client.inner.call(&DISCARD_ACCOUNT_SCHEDULES);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static FINALIZE_ACCOUNT_SCHEDULES: rt::Operation = rt::Operation {
    id: "finalizeAccountSchedules",
    method: rt::reqwest::Method::POST,
    path: "/v2/accounts/{account_id}/finalize_schedules",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::finalize_account_schedules`](super::SchedulesApi::finalize_account_schedules): `POST /v2/accounts/{account_id}/finalize_schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct FinalizeAccountSchedulesBuilder {
    client: Client,
    account_id: String,
    body: crate::models::FinalizeAccountSchedules,
    options: RequestOptions,
}

impl FinalizeAccountSchedulesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::SchedulesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::SchedulesPaginatedResponse> {
        let mut call = self.client.inner.call(&FINALIZE_ACCOUNT_SCHEDULES);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(&[])),
        })
    }

    rt::blocking_methods!(crate::models::SchedulesPaginatedResponse, crate::Error);
}

static LIST_PRICING_RULES: rt::Operation = rt::Operation {
    id: "listPricingRules",
    method: rt::reqwest::Method::GET,
    path: "/v2/schedules/{schedule_id}/pricing_rules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::list_pricing_rules`](super::SchedulesApi::list_pricing_rules): `GET /v2/schedules/{schedule_id}/pricing_rules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricingRulesBuilder {
    client: Client,
    schedule_id: String,
    mode: String,
    options: RequestOptions,
}

impl ListPricingRulesBuilder {
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
        let mut call = self.client.inner.call(&LIST_PRICING_RULES);
        call.path_param("schedule_id", &self.schedule_id);
        call.query("mode", &self.mode);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricingRulesPaginatedResponse, crate::Error);
}

static UPDATE_PRICING_RULES: rt::Operation = rt::Operation {
    id: "updatePricingRules",
    method: rt::reqwest::Method::PUT,
    path: "/v2/schedules/{schedule_id}/pricing_rules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SchedulesApi::update_pricing_rules`](super::SchedulesApi::update_pricing_rules): `PUT /v2/schedules/{schedule_id}/pricing_rules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricingRulesBuilder {
    client: Client,
    schedule_id: String,
    body: crate::models::UpdatePricingRulesRequest,
    options: RequestOptions,
}

impl UpdatePricingRulesBuilder {
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
        let mut call = self.client.inner.call(&UPDATE_PRICING_RULES);
        call.path_param("schedule_id", &self.schedule_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(&[])),
        })
    }

    rt::blocking_methods!(crate::models::PricingRulesPaginatedResponse, crate::Error);
}
