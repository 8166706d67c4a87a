//! Alias level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Alias level calls
///
/// Get one from [`Client::aliases`](crate::Client::aliases).
#[derive(Debug, Clone)]
pub struct AliasesApi {
    client: Client,
}

impl AliasesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List all aliases
    ///
    /// Returns a list of aliases with pagination and sort.
    ///
    /// `GET /aliases` (operation `listAliases`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_aliases(&self) -> ListAliasesBuilder {
        ListAliasesBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create an alias
    ///
    /// This API let’s you to create an alias
    ///
    /// `POST /aliases` (operation `createAlias`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_alias(&self, body: crate::models::CreateBulkAliasRequest) -> CreateAliasBuilder {
        CreateAliasBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get an alias
    ///
    /// Get alias information using alias.
    ///
    /// `GET /aliases/{alias}` (operation `getAlias`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_alias(&self, alias: impl Into<String>) -> GetAliasBuilder {
        GetAliasBuilder {
            client: self.client.clone(),
            alias: alias.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete an alias
    ///
    /// This API let’s you to delete an alias using alias.
    ///
    /// `DELETE /aliases/{alias}` (operation `deleteAlias`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_alias(&self, alias: impl Into<String>) -> DeleteAliasBuilder {
        DeleteAliasBuilder {
            client: self.client.clone(),
            alias: alias.into(),
            options: RequestOptions::default(),
        }
    }
}

static LIST_ALIASES: rt::Operation = rt::Operation {
    id: "listAliases",
    method: rt::reqwest::Method::GET,
    path: "/aliases",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AliasesApi::list_aliases`](super::AliasesApi::list_aliases): `GET /aliases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAliasesBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl ListAliasesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AliasPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AliasPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_ALIASES);
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

    rt::blocking_methods!(crate::models::AliasPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Alias>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListAliasesBuilder {
    type Page = crate::models::AliasPaginatedResponse;

    type Item = crate::models::Alias;

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

static CREATE_ALIAS: rt::Operation = rt::Operation {
    id: "createAlias",
    method: rt::reqwest::Method::POST,
    path: "/aliases",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AliasesApi::create_alias`](super::AliasesApi::create_alias): `POST /aliases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAliasBuilder {
    client: Client,
    body: crate::models::CreateBulkAliasRequest,
    options: RequestOptions,
}

impl CreateAliasBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AliasPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AliasPaginatedResponse> {
        let mut call = self.client.inner.call(&CREATE_ALIAS);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AliasPaginatedResponse, crate::Error);
}

static GET_ALIAS: rt::Operation = rt::Operation {
    id: "getAlias",
    method: rt::reqwest::Method::GET,
    path: "/aliases/{alias}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AliasesApi::get_alias`](super::AliasesApi::get_alias): `GET /aliases/{alias}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAliasBuilder {
    client: Client,
    alias: String,
    options: RequestOptions,
}

impl GetAliasBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Alias> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Alias> {
        let mut call = self.client.inner.call(&GET_ALIAS);
        call.path_param("alias", &self.alias);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Alias, crate::Error);
}

static DELETE_ALIAS: rt::Operation = rt::Operation {
    id: "deleteAlias",
    method: rt::reqwest::Method::DELETE,
    path: "/aliases/{alias}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AliasesApi::delete_alias`](super::AliasesApi::delete_alias): `DELETE /aliases/{alias}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAliasBuilder {
    client: Client,
    alias: String,
    options: RequestOptions,
}

impl DeleteAliasBuilder {
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
        let mut call = self.client.inner.call(&DELETE_ALIAS);
        call.path_param("alias", &self.alias);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}
