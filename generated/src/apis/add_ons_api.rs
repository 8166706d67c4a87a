//! The operations tagged `AddOns`.

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// The operations tagged `AddOns`.
///
/// Get one from [`Client::add_ons`](crate::Client::add_ons).
#[derive(Debug, Clone)]
pub struct AddOnsApi {
    client: Client,
}

impl AddOnsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List addOns
    ///
    /// Get a list of add-ons
    ///
    /// `GET /addons` (operation `getAddOns`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_add_ons(&self) -> GetAddOnsBuilder {
        GetAddOnsBuilder {
            client: self.client.clone(),
            status: None,
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create an AddOn
    ///
    /// `POST /addons` (operation `createAddOn`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_add_on(&self, body: crate::models::CreateAddOnRequest) -> CreateAddOnBuilder {
        CreateAddOnBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get an addon
    ///
    /// Get details of an addon
    ///
    /// `GET /addons/{addon_id}` (operation `getAddOn`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_add_on(&self, addon_id: impl Into<String>) -> GetAddOnBuilder {
        GetAddOnBuilder {
            client: self.client.clone(),
            addon_id: addon_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete an addon
    ///
    /// Archive an addOn
    ///
    /// `DELETE /addons/{addon_id}` (operation `deleteAddOn`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_add_on(&self, addon_id: impl Into<String>) -> DeleteAddOnBuilder {
        DeleteAddOnBuilder {
            client: self.client.clone(),
            addon_id: addon_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an addon
    ///
    /// Update an existing addon
    ///
    /// `PATCH /addons/{addon_id}` (operation `updateAddOn`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_add_on(
        &self,
        addon_id: impl Into<String>,
        body: crate::models::UpdateAddOnRequest,
    ) -> UpdateAddOnBuilder {
        UpdateAddOnBuilder {
            client: self.client.clone(),
            addon_id: addon_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_ADD_ONS: rt::Operation = rt::Operation {
    id: "getAddOns",
    method: rt::reqwest::Method::GET,
    path: "/addons",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AddOnsApi::get_add_ons`](super::AddOnsApi::get_add_ons): `GET /addons`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAddOnsBuilder {
    client: Client,
    status: Option<crate::models::GetAddOnsStatus>,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetAddOnsBuilder {
    /// Filter by status
    pub fn status(mut self, value: impl Into<crate::models::GetAddOnsStatus>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::AddOnPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AddOnPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_ADD_ONS);
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

    rt::blocking_methods!(crate::models::AddOnPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::AddOn>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetAddOnsBuilder {
    type Page = crate::models::AddOnPaginatedResponse;

    type Item = crate::models::AddOn;

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

static CREATE_ADD_ON: rt::Operation = rt::Operation {
    id: "createAddOn",
    method: rt::reqwest::Method::POST,
    path: "/addons",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AddOnsApi::create_add_on`](super::AddOnsApi::create_add_on): `POST /addons`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAddOnBuilder {
    client: Client,
    body: crate::models::CreateAddOnRequest,
    options: RequestOptions,
}

impl CreateAddOnBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AddOn> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AddOn> {
        let mut call = self.client.inner.call(&CREATE_ADD_ON);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AddOn, crate::Error);
}

static GET_ADD_ON: rt::Operation = rt::Operation {
    id: "getAddOn",
    method: rt::reqwest::Method::GET,
    path: "/addons/{addon_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AddOnsApi::get_add_on`](super::AddOnsApi::get_add_on): `GET /addons/{addon_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAddOnBuilder {
    client: Client,
    addon_id: String,
    options: RequestOptions,
}

impl GetAddOnBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AddOn> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AddOn> {
        let mut call = self.client.inner.call(&GET_ADD_ON);
        call.path_param("addon_id", &self.addon_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AddOn, crate::Error);
}

static DELETE_ADD_ON: rt::Operation = rt::Operation {
    id: "deleteAddOn",
    method: rt::reqwest::Method::DELETE,
    path: "/addons/{addon_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AddOnsApi::delete_add_on`](super::AddOnsApi::delete_add_on): `DELETE /addons/{addon_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAddOnBuilder {
    client: Client,
    addon_id: String,
    options: RequestOptions,
}

impl DeleteAddOnBuilder {
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
        let mut call = self.client.inner.call(&DELETE_ADD_ON);
        call.path_param("addon_id", &self.addon_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_ADD_ON: rt::Operation = rt::Operation {
    id: "updateAddOn",
    method: rt::reqwest::Method::PATCH,
    path: "/addons/{addon_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AddOnsApi::update_add_on`](super::AddOnsApi::update_add_on): `PATCH /addons/{addon_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAddOnBuilder {
    client: Client,
    addon_id: String,
    body: crate::models::UpdateAddOnRequest,
    options: RequestOptions,
}

impl UpdateAddOnBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AddOn> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AddOn> {
        let mut call = self.client.inner.call(&UPDATE_ADD_ON);
        call.path_param("addon_id", &self.addon_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AddOn, crate::Error);
}
