//! APIs for getting or updating license records in Togai

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// APIs for getting or updating license records in Togai
///
/// Get one from [`Client::licenses`](crate::Client::licenses).
#[derive(Debug, Clone)]
pub struct LicensesApi {
    client: Client,
}

impl LicensesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Get a list of licenses updates
    ///
    /// This API let’s you to fetch a list of licenses updates with multiple query parameters
    ///
    /// `GET /license_updates` (operation `getLicenseUpdates`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_license_updates(&self) -> GetLicenseUpdatesBuilder {
        GetLicenseUpdatesBuilder {
            client: self.client.clone(),
            next_token: None,
            account_id: None,
            page_size: None,
            license_id: None,
            effective_from: None,
            options: RequestOptions::default(),
        }
    }

    /// Update a license entry
    ///
    /// This API let’s you to add a license entry
    ///
    /// `POST /license_updates` (operation `addLicenseUpdateEntry`).
    ///
    /// Retries: retry-safe when the request carries an idempotency key (`idempotencyKey` set in the body): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending. Without one, not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn add_license_update_entry(&self) -> AddLicenseUpdateEntryBuilder {
        AddLicenseUpdateEntryBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Update a license entry details
    ///
    /// This API let’s you to update metadata of a license entry
    ///
    /// `PATCH /license_updates/{license_id}` (operation `updateLicenseEntryDetails`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_license_entry_details(
        &self,
        license_id: impl Into<String>,
    ) -> UpdateLicenseEntryDetailsBuilder {
        UpdateLicenseEntryDetailsBuilder {
            client: self.client.clone(),
            license_id: license_id.into(),
            license_id_query: None,
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a list of named licenses updates
    ///
    /// This API let’s you to fetch a list of named licenses updates with multiple query parameters
    ///
    /// `GET /named_license_updates` (operation `getNamedLicenseUpdates`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_named_license_updates(&self) -> GetNamedLicenseUpdatesBuilder {
        GetNamedLicenseUpdatesBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }
}

static GET_LICENSE_UPDATES: rt::Operation = rt::Operation {
    id: "getLicenseUpdates",
    method: rt::reqwest::Method::GET,
    path: "/license_updates",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`LicensesApi::get_license_updates`](super::LicensesApi::get_license_updates): `GET /license_updates`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLicenseUpdatesBuilder {
    client: Client,
    next_token: Option<String>,
    account_id: Option<String>,
    page_size: Option<i64>,
    license_id: Option<String>,
    effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    options: RequestOptions,
}

impl GetLicenseUpdatesBuilder {
    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Filter option to filter based on account id.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// License Id to filter
    pub fn license_id(mut self, value: impl Into<String>) -> Self {
        self.license_id = Some(value.into());
        self
    }

    /// effectiveFrom to filter
    pub fn effective_from(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_from = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::GetLicenseUpdatesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetLicenseUpdatesResponse> {
        let mut call = self.client.inner.call(&GET_LICENSE_UPDATES);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.account_id {
            call.query("account_id", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.license_id {
            call.query("licenseId", value);
        }
        if let Some(value) = &self.effective_from {
            call.query("effectiveFrom", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetLicenseUpdatesResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::LicenseUpdateResponse>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetLicenseUpdatesBuilder {
    type Page = crate::models::GetLicenseUpdatesResponse;

    type Item = crate::models::LicenseUpdateResponse;

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

static ADD_LICENSE_UPDATE_ENTRY: rt::Operation = rt::Operation {
    id: "addLicenseUpdateEntry",
    method: rt::reqwest::Method::POST,
    path: "/license_updates",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: Some(rt::IdempotencyKey::BodyField("idempotencyKey")),
};

/// Request builder for [`LicensesApi::add_license_update_entry`](super::LicensesApi::add_license_update_entry): `POST /license_updates`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddLicenseUpdateEntryBuilder {
    client: Client,
    body: Option<crate::models::LicenseUpdateRequest>,
    options: RequestOptions,
}

impl AddLicenseUpdateEntryBuilder {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::models::LicenseUpdateRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::LicenseUpdateResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::LicenseUpdateResponse> {
        let mut call = self.client.inner.call(&ADD_LICENSE_UPDATE_ENTRY);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::LicenseUpdateResponse, crate::Error);
}

static UPDATE_LICENSE_ENTRY_DETAILS: rt::Operation = rt::Operation {
    id: "updateLicenseEntryDetails",
    method: rt::reqwest::Method::PATCH,
    path: "/license_updates/{license_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`LicensesApi::update_license_entry_details`](super::LicensesApi::update_license_entry_details): `PATCH /license_updates/{license_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateLicenseEntryDetailsBuilder {
    client: Client,
    license_id: String,
    license_id_query: Option<String>,
    body: Option<crate::models::LicenseEntryDetailsUpdateRequest>,
    options: RequestOptions,
}

impl UpdateLicenseEntryDetailsBuilder {
    /// License Id to filter
    pub fn license_id_query(mut self, value: impl Into<String>) -> Self {
        self.license_id_query = Some(value.into());
        self
    }

    /// The request body.
    pub fn body(
        mut self,
        value: impl Into<crate::models::LicenseEntryDetailsUpdateRequest>,
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
    pub fn send(self) -> BodyFuture<crate::models::LicenseUpdateResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::LicenseUpdateResponse> {
        let mut call = self.client.inner.call(&UPDATE_LICENSE_ENTRY_DETAILS);
        call.path_param("license_id", &self.license_id);
        if let Some(value) = &self.license_id_query {
            call.query("licenseId", value);
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

    rt::blocking_methods!(crate::models::LicenseUpdateResponse, crate::Error);
}

static GET_NAMED_LICENSE_UPDATES: rt::Operation = rt::Operation {
    id: "getNamedLicenseUpdates",
    method: rt::reqwest::Method::GET,
    path: "/named_license_updates",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`LicensesApi::get_named_license_updates`](super::LicensesApi::get_named_license_updates): `GET /named_license_updates`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNamedLicenseUpdatesBuilder {
    client: Client,
    options: RequestOptions,
}

impl GetNamedLicenseUpdatesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::NamedLicenseUpdatesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::NamedLicenseUpdatesPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_NAMED_LICENSE_UPDATES);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::NamedLicenseUpdatesPaginatedResponse,
        crate::Error
    );
}
