//! APIs related to entitlements

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// APIs related to entitlements
///
/// Get one from [`Client::entitlements`](crate::Client::entitlements).
#[derive(Debug, Clone)]
pub struct EntitlementsApi {
    client: Client,
}

impl EntitlementsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Ingest event if a user is entitled to a feature
    ///
    /// This API let’s you to ingest an event if a user is entitled to a feature
    ///
    /// `POST /entitled` (operation `ingestEntitledEvent`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn ingest_entitled_event(&self) -> IngestEntitledEventBuilder {
        IngestEntitledEventBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// List feature credits entries of a feature for an account
    ///
    /// This API let’s you to list the feature credits entries of a feature for an account
    ///
    /// `GET /accounts/{account_id}/features/{feature_id}/entries` (operation `listFeatureCreditEntries`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_feature_credit_entries(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
    ) -> ListFeatureCreditEntriesBuilder {
        ListFeatureCreditEntriesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            page_size: None,
            next_token: None,
            options: RequestOptions::default(),
        }
    }

    /// Update a feature credits entry
    ///
    /// #### This API let's you to update the following attributes: `effectiveUntil` and `granted`
    ///
    /// - **effectiveUntil**: must be in future
    /// - **granted**: must be greater than the existing usage (previous granted - current balance)
    ///
    /// `PATCH /accounts/{account_id}/features/{feature_id}/entries/{entry_id}` (operation `UpdateFeatureCreditEntry`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_feature_credit_entry(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
        entry_id: impl Into<String>,
    ) -> UpdateFeatureCreditEntryBuilder {
        UpdateFeatureCreditEntryBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            entry_id: entry_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Void a feature credits entry of a feature for an account
    ///
    /// This API let’s you to void the feature credits entries of a feature for an account
    ///
    /// `POST /accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void` (operation `VoidFeatureCreditEntry`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn void_feature_credit_entry(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
        entry_id: impl Into<String>,
    ) -> VoidFeatureCreditEntryBuilder {
        VoidFeatureCreditEntryBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            entry_id: entry_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get Feature credits balance
    ///
    /// This API let’s you to get the feature credits balance
    ///
    /// `GET /accounts/{account_id}/features/{feature_id}` (operation `getFeatureCredits`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_feature_credits(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
    ) -> GetFeatureCreditsBuilder {
        GetFeatureCreditsBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get entitlement value for a account
    ///
    /// This API let’s you to get the entitlement value for a account
    ///
    /// `GET /accounts/{account_id}/entitlements/{feature_id}` (operation `getEntitlementValue`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_entitlement_value(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
    ) -> GetEntitlementValueBuilder {
        GetEntitlementValueBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Check entitlement value for a account
    ///
    /// This API let’s you to validate the entitlement value for a account
    ///
    /// `POST /accounts/{account_id}/entitlements/{feature_id}` (operation `validateEntitlementValue`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn validate_entitlement_value(
        &self,
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
    ) -> ValidateEntitlementValueBuilder {
        ValidateEntitlementValueBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Get entitlements for a account
    ///
    /// This API let’s you to get the entitlements for a account
    ///
    /// `GET /accounts/{account_id}/entitlements` (operation `getEntitlements`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_entitlements(&self, account_id: impl Into<String>) -> GetEntitlementsBuilder {
        GetEntitlementsBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }
}

static INGEST_ENTITLED_EVENT: rt::Operation = rt::Operation {
    id: "ingestEntitledEvent",
    method: rt::reqwest::Method::POST,
    path: "/entitled",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::ingest_entitled_event`](super::EntitlementsApi::ingest_entitled_event): `POST /entitled`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IngestEntitledEventBuilder {
    client: Client,
    body: Option<crate::models::IngestEventRequest>,
    options: RequestOptions,
}

impl IngestEntitledEventBuilder {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::models::IngestEventRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::BaseSuccessResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::BaseSuccessResponse> {
        let mut call = self.client.inner.call(&INGEST_ENTITLED_EVENT);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_409_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static LIST_FEATURE_CREDIT_ENTRIES: rt::Operation = rt::Operation {
    id: "listFeatureCreditEntries",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/features/{feature_id}/entries",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::list_feature_credit_entries`](super::EntitlementsApi::list_feature_credit_entries): `GET /accounts/{account_id}/features/{feature_id}/entries`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListFeatureCreditEntriesBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    page_size: Option<i64>,
    next_token: Option<String>,
    options: RequestOptions,
}

impl ListFeatureCreditEntriesBuilder {
    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::GetFeatureCreditEntriesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::GetFeatureCreditEntriesPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_FEATURE_CREDIT_ENTRIES);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::GetFeatureCreditEntriesPaginatedResponse,
        crate::Error
    );

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::FeatureCreditEntry>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListFeatureCreditEntriesBuilder {
    type Page = crate::models::GetFeatureCreditEntriesPaginatedResponse;

    type Item = crate::models::FeatureCreditEntry;

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

static UPDATE_FEATURE_CREDIT_ENTRY: rt::Operation = rt::Operation {
    id: "UpdateFeatureCreditEntry",
    method: rt::reqwest::Method::PATCH,
    path: "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::update_feature_credit_entry`](super::EntitlementsApi::update_feature_credit_entry): `PATCH /accounts/{account_id}/features/{feature_id}/entries/{entry_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateFeatureCreditEntryBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    entry_id: String,
    body: Option<crate::models::UpdateFeatureCreditsRequest>,
    options: RequestOptions,
}

impl UpdateFeatureCreditEntryBuilder {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::models::UpdateFeatureCreditsRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::FeatureCreditEntry> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::FeatureCreditEntry> {
        let mut call = self.client.inner.call(&UPDATE_FEATURE_CREDIT_ENTRY);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        call.path_param("entry_id", &self.entry_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::FeatureCreditEntry, crate::Error);
}

static VOID_FEATURE_CREDIT_ENTRY: rt::Operation = rt::Operation {
    id: "VoidFeatureCreditEntry",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::void_feature_credit_entry`](super::EntitlementsApi::void_feature_credit_entry): `POST /accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct VoidFeatureCreditEntryBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    entry_id: String,
    options: RequestOptions,
}

impl VoidFeatureCreditEntryBuilder {
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
        let mut call = self.client.inner.call(&VOID_FEATURE_CREDIT_ENTRY);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        call.path_param("entry_id", &self.entry_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static GET_FEATURE_CREDITS: rt::Operation = rt::Operation {
    id: "getFeatureCredits",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/features/{feature_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::get_feature_credits`](super::EntitlementsApi::get_feature_credits): `GET /accounts/{account_id}/features/{feature_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFeatureCreditsBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    options: RequestOptions,
}

impl GetFeatureCreditsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetFeatureCreditsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetFeatureCreditsResponse> {
        let mut call = self.client.inner.call(&GET_FEATURE_CREDITS);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetFeatureCreditsResponse, crate::Error);
}

static GET_ENTITLEMENT_VALUE: rt::Operation = rt::Operation {
    id: "getEntitlementValue",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/entitlements/{feature_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::get_entitlement_value`](super::EntitlementsApi::get_entitlement_value): `GET /accounts/{account_id}/entitlements/{feature_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementValueBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    options: RequestOptions,
}

impl GetEntitlementValueBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetEntitlementValuesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetEntitlementValuesResponse> {
        let mut call = self.client.inner.call(&GET_ENTITLEMENT_VALUE);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(&[])),
        })
    }

    rt::blocking_methods!(crate::models::GetEntitlementValuesResponse, crate::Error);
}

static VALIDATE_ENTITLEMENT_VALUE: rt::Operation = rt::Operation {
    id: "validateEntitlementValue",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/entitlements/{feature_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::validate_entitlement_value`](super::EntitlementsApi::validate_entitlement_value): `POST /accounts/{account_id}/entitlements/{feature_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ValidateEntitlementValueBuilder {
    client: Client,
    account_id: String,
    feature_id: String,
    body: Option<crate::models::ValidateEntitlementValueRequest>,
    options: RequestOptions,
}

impl ValidateEntitlementValueBuilder {
    /// The request body.
    pub fn body(
        mut self,
        value: impl Into<crate::models::ValidateEntitlementValueRequest>,
    ) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::BaseSuccessResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::BaseSuccessResponse> {
        let mut call = self.client.inner.call(&VALIDATE_ENTITLEMENT_VALUE);
        call.path_param("account_id", &self.account_id);
        call.path_param("feature_id", &self.feature_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(&[])),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static GET_ENTITLEMENTS: rt::Operation = rt::Operation {
    id: "getEntitlements",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/entitlements",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`EntitlementsApi::get_entitlements`](super::EntitlementsApi::get_entitlements): `GET /accounts/{account_id}/entitlements`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementsBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl GetEntitlementsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetEntitlementValuesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetEntitlementValuesResponse> {
        let mut call = self.client.inner.call(&GET_ENTITLEMENTS);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(&[])),
        })
    }

    rt::blocking_methods!(crate::models::GetEntitlementValuesResponse, crate::Error);
}
