//! Settings

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Settings
///
/// Get one from [`Client::settings`](crate::Client::settings).
#[derive(Debug, Clone)]
pub struct SettingsApi {
    client: Client,
}

impl SettingsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists settings
    ///
    /// List settings
    ///
    /// `GET /settings` (operation `listSetting`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_setting(&self) -> ListSettingBuilder {
        ListSettingBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            entity_type: None,
            entity_id: None,
            setting_id: None,
            namespace: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a setting
    ///
    /// `POST /settings` (operation `insertSetting`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn insert_setting(&self, body: crate::models::Setting) -> InsertSettingBuilder {
        InsertSettingBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a setting
    ///
    /// `GET /settings/{setting_id_str}` (operation `getSetting`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_setting(&self, setting_id_str: impl Into<String>) -> GetSettingBuilder {
        GetSettingBuilder {
            client: self.client.clone(),
            setting_id_str: setting_id_str.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update a setting
    ///
    /// `PATCH /settings/{setting_id_str}` (operation `updateSetting`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_setting(
        &self,
        setting_id_str: impl Into<String>,
        body: crate::models::UpdateSettingRequest,
    ) -> UpdateSettingBuilder {
        UpdateSettingBuilder {
            client: self.client.clone(),
            setting_id_str: setting_id_str.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static LIST_SETTING: rt::Operation = rt::Operation {
    id: "listSetting",
    method: rt::reqwest::Method::GET,
    path: "/settings",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SettingsApi::list_setting`](super::SettingsApi::list_setting): `GET /settings`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSettingBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    entity_type: Option<String>,
    entity_id: Option<String>,
    setting_id: Option<String>,
    namespace: Option<String>,
    options: RequestOptions,
}

impl ListSettingBuilder {
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

    /// The `entity_type` query parameter.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }

    /// The `entity_id` query parameter.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }

    /// The `setting_id` query parameter.
    pub fn setting_id(mut self, value: impl Into<String>) -> Self {
        self.setting_id = Some(value.into());
        self
    }

    /// The `namespace` query parameter.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::SettingPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::SettingPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_SETTING);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.entity_type {
            call.query("entity_type", value);
        }
        if let Some(value) = &self.entity_id {
            call.query("entity_id", value);
        }
        if let Some(value) = &self.setting_id {
            call.query("setting_id", value);
        }
        if let Some(value) = &self.namespace {
            call.query("namespace", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::SettingPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Setting>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListSettingBuilder {
    type Page = crate::models::SettingPaginatedResponse;

    type Item = crate::models::Setting;

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

static INSERT_SETTING: rt::Operation = rt::Operation {
    id: "insertSetting",
    method: rt::reqwest::Method::POST,
    path: "/settings",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`SettingsApi::insert_setting`](super::SettingsApi::insert_setting): `POST /settings`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InsertSettingBuilder {
    client: Client,
    body: crate::models::Setting,
    options: RequestOptions,
}

impl InsertSettingBuilder {
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
    pub fn send(self) -> BodyFuture<InsertSettingResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<InsertSettingResponse> {
        let mut call = self.client.inner.call(&INSERT_SETTING);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json().map(|r| r.map(InsertSettingResponse::Created)),
            204 => Ok(resp.empty(InsertSettingResponse::NoContent)),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(InsertSettingResponse, crate::Error);
}

/// The success responses of [`SettingsApi::insert_setting`](SettingsApi::insert_setting).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum InsertSettingResponse {
    /// 201: Response for insert and update settings request
    Created(crate::models::Setting),
    /// 204: Response for insert and update settings request
    NoContent,
}

static GET_SETTING: rt::Operation = rt::Operation {
    id: "getSetting",
    method: rt::reqwest::Method::GET,
    path: "/settings/{setting_id_str}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`SettingsApi::get_setting`](super::SettingsApi::get_setting): `GET /settings/{setting_id_str}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSettingBuilder {
    client: Client,
    setting_id_str: String,
    options: RequestOptions,
}

impl GetSettingBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Setting> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Setting> {
        let mut call = self.client.inner.call(&GET_SETTING);
        call.path_param("setting_id_str", &self.setting_id_str);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Setting, crate::Error);
}

static UPDATE_SETTING: rt::Operation = rt::Operation {
    id: "updateSetting",
    method: rt::reqwest::Method::PATCH,
    path: "/settings/{setting_id_str}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`SettingsApi::update_setting`](super::SettingsApi::update_setting): `PATCH /settings/{setting_id_str}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSettingBuilder {
    client: Client,
    setting_id_str: String,
    body: crate::models::UpdateSettingRequest,
    options: RequestOptions,
}

impl UpdateSettingBuilder {
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
    pub fn send(self) -> BodyFuture<UpdateSettingResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<UpdateSettingResponse> {
        let mut call = self.client.inner.call(&UPDATE_SETTING);
        call.path_param("setting_id_str", &self.setting_id_str);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json().map(|r| r.map(UpdateSettingResponse::Created)),
            204 => Ok(resp.empty(UpdateSettingResponse::NoContent)),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(UpdateSettingResponse, crate::Error);
}

/// The success responses of [`SettingsApi::update_setting`](SettingsApi::update_setting).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateSettingResponse {
    /// 201: Response for insert and update settings request
    Created(crate::models::Setting),
    /// 204: Response for insert and update settings request
    NoContent,
}
