//! The operations tagged `Feature`.

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// The operations tagged `Feature`.
///
/// Get one from [`Client::feature`](crate::Client::feature).
#[derive(Debug, Clone)]
pub struct FeatureApi {
    client: Client,
}

impl FeatureApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List Feature
    ///
    /// Get a list of features along with its associations
    ///
    /// `GET /features` (operation `getFeatures`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_features(&self) -> GetFeaturesBuilder {
        GetFeaturesBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a Feature and optionally associate with one or more event_schemas
    ///
    /// Create a Feature optionally associate with one or more event_schemas
    ///
    /// `POST /features` (operation `createFeature`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_feature(
        &self,
        body: crate::models::CreateFeatureRequest,
    ) -> CreateFeatureBuilder {
        CreateFeatureBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a Feature
    ///
    /// Get details of a Feature
    ///
    /// `GET /features/{feature_id}` (operation `getFeature`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_feature(&self, feature_id: impl Into<String>) -> GetFeatureBuilder {
        GetFeatureBuilder {
            client: self.client.clone(),
            feature_id: feature_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update a Feature
    ///
    /// Update an existing feature and its eventSchema associations
    ///
    /// `PATCH /features/{feature_id}` (operation `updateFeature`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_feature(
        &self,
        feature_id: impl Into<String>,
        body: crate::models::UpdateFeatureRequest,
    ) -> UpdateFeatureBuilder {
        UpdateFeatureBuilder {
            client: self.client.clone(),
            feature_id: feature_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_FEATURES: rt::Operation = rt::Operation {
    id: "getFeatures",
    method: rt::reqwest::Method::GET,
    path: "/features",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`FeatureApi::get_features`](super::FeatureApi::get_features): `GET /features`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFeaturesBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetFeaturesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::FeaturePaginatedListData> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::FeaturePaginatedListData> {
        let mut call = self.client.inner.call(&GET_FEATURES);
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

    rt::blocking_methods!(crate::models::FeaturePaginatedListData, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::FeatureListResponse>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetFeaturesBuilder {
    type Page = crate::models::FeaturePaginatedListData;

    type Item = crate::models::FeatureListResponse;

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

static CREATE_FEATURE: rt::Operation = rt::Operation {
    id: "createFeature",
    method: rt::reqwest::Method::POST,
    path: "/features",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`FeatureApi::create_feature`](super::FeatureApi::create_feature): `POST /features`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFeatureBuilder {
    client: Client,
    body: crate::models::CreateFeatureRequest,
    options: RequestOptions,
}

impl CreateFeatureBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Feature> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Feature> {
        let mut call = self.client.inner.call(&CREATE_FEATURE);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Feature, crate::Error);
}

static GET_FEATURE: rt::Operation = rt::Operation {
    id: "getFeature",
    method: rt::reqwest::Method::GET,
    path: "/features/{feature_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`FeatureApi::get_feature`](super::FeatureApi::get_feature): `GET /features/{feature_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFeatureBuilder {
    client: Client,
    feature_id: String,
    options: RequestOptions,
}

impl GetFeatureBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Feature> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Feature> {
        let mut call = self.client.inner.call(&GET_FEATURE);
        call.path_param("feature_id", &self.feature_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Feature, crate::Error);
}

static UPDATE_FEATURE: rt::Operation = rt::Operation {
    id: "updateFeature",
    method: rt::reqwest::Method::PATCH,
    path: "/features/{feature_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`FeatureApi::update_feature`](super::FeatureApi::update_feature): `PATCH /features/{feature_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateFeatureBuilder {
    client: Client,
    feature_id: String,
    body: crate::models::UpdateFeatureRequest,
    options: RequestOptions,
}

impl UpdateFeatureBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Feature> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Feature> {
        let mut call = self.client.inner.call(&UPDATE_FEATURE);
        call.path_param("feature_id", &self.feature_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Feature, crate::Error);
}
