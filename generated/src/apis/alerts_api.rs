//! Alert level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Alert level calls
///
/// Get one from [`Client::alerts`](crate::Client::alerts).
#[derive(Debug, Clone)]
pub struct AlertsApi {
    client: Client,
}

impl AlertsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List alert templates
    ///
    /// Returns a list of alert templates with pagination and sort.
    ///
    /// `GET /alert_templates` (operation `getAlertTemplates`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_alert_templates(&self) -> GetAlertTemplatesBuilder {
        GetAlertTemplatesBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Get an alert template
    ///
    /// `GET /alert_templates/{alert_template_id}` (operation `getAlertTemplate`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_alert_template(
        &self,
        alert_template_id: impl Into<String>,
    ) -> GetAlertTemplateBuilder {
        GetAlertTemplateBuilder {
            client: self.client.clone(),
            alert_template_id: alert_template_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// List alerts
    ///
    /// Returns a list of alerts with pagination and sort.
    ///
    /// `GET /alerts` (operation `listAlerts`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_alerts(&self) -> ListAlertsBuilder {
        ListAlertsBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Create an alert
    ///
    /// `POST /alerts` (operation `createAlert`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_alert(&self, body: crate::models::CreateAlertRequest) -> CreateAlertBuilder {
        CreateAlertBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Update an alert
    ///
    /// `PATCH /alerts/{alert_id}` (operation `updateAlert`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_alert(&self, alert_id: impl Into<String>) -> UpdateAlertBuilder {
        UpdateAlertBuilder {
            client: self.client.clone(),
            alert_id: alert_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// List incidents
    ///
    /// Returns a list of incidents with pagination and sort.
    ///
    /// `GET /incidents` (operation `getIncidents`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_incidents(&self) -> GetIncidentsBuilder {
        GetIncidentsBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Get an incident
    ///
    /// `GET /incidents/{incident_id}` (operation `getIncident`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_incident(&self, incident_id: impl Into<String>) -> GetIncidentBuilder {
        GetIncidentBuilder {
            client: self.client.clone(),
            incident_id: incident_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an incident status
    ///
    /// `PUT /incidents/{incident_id}/status` (operation `updateIncidentStatus`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn update_incident_status(
        &self,
        incident_id: impl Into<String>,
    ) -> UpdateIncidentStatusBuilder {
        UpdateIncidentStatusBuilder {
            client: self.client.clone(),
            incident_id: incident_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }
}

static GET_ALERT_TEMPLATES: rt::Operation = rt::Operation {
    id: "getAlertTemplates",
    method: rt::reqwest::Method::GET,
    path: "/alert_templates",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::get_alert_templates`](super::AlertsApi::get_alert_templates): `GET /alert_templates`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAlertTemplatesBuilder {
    client: Client,
    options: RequestOptions,
}

impl GetAlertTemplatesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AlertTemplatesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::AlertTemplatesPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_ALERT_TEMPLATES);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AlertTemplatesPaginatedResponse, crate::Error);
}

static GET_ALERT_TEMPLATE: rt::Operation = rt::Operation {
    id: "getAlertTemplate",
    method: rt::reqwest::Method::GET,
    path: "/alert_templates/{alert_template_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::get_alert_template`](super::AlertsApi::get_alert_template): `GET /alert_templates/{alert_template_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAlertTemplateBuilder {
    client: Client,
    alert_template_id: String,
    options: RequestOptions,
}

impl GetAlertTemplateBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AlertTemplate> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AlertTemplate> {
        let mut call = self.client.inner.call(&GET_ALERT_TEMPLATE);
        call.path_param("alert_template_id", &self.alert_template_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AlertTemplate, crate::Error);
}

static LIST_ALERTS: rt::Operation = rt::Operation {
    id: "listAlerts",
    method: rt::reqwest::Method::GET,
    path: "/alerts",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::list_alerts`](super::AlertsApi::list_alerts): `GET /alerts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAlertsBuilder {
    client: Client,
    options: RequestOptions,
}

impl ListAlertsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AlertsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AlertsPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_ALERTS);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AlertsPaginatedResponse, crate::Error);
}

static CREATE_ALERT: rt::Operation = rt::Operation {
    id: "createAlert",
    method: rt::reqwest::Method::POST,
    path: "/alerts",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::create_alert`](super::AlertsApi::create_alert): `POST /alerts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAlertBuilder {
    client: Client,
    body: crate::models::CreateAlertRequest,
    options: RequestOptions,
}

impl CreateAlertBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Alert> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Alert> {
        let mut call = self.client.inner.call(&CREATE_ALERT);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Alert, crate::Error);
}

static UPDATE_ALERT: rt::Operation = rt::Operation {
    id: "updateAlert",
    method: rt::reqwest::Method::PATCH,
    path: "/alerts/{alert_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::update_alert`](super::AlertsApi::update_alert): `PATCH /alerts/{alert_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAlertBuilder {
    client: Client,
    alert_id: String,
    body: Option<crate::models::UpdateAlertRequest>,
    options: RequestOptions,
}

impl UpdateAlertBuilder {
    /// Payload to update alert
    pub fn body(mut self, value: impl Into<crate::models::UpdateAlertRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::Alert> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Alert> {
        let mut call = self.client.inner.call(&UPDATE_ALERT);
        call.path_param("alert_id", &self.alert_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Alert, crate::Error);
}

static GET_INCIDENTS: rt::Operation = rt::Operation {
    id: "getIncidents",
    method: rt::reqwest::Method::GET,
    path: "/incidents",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::get_incidents`](super::AlertsApi::get_incidents): `GET /incidents`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIncidentsBuilder {
    client: Client,
    options: RequestOptions,
}

impl GetIncidentsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::IncidentsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::IncidentsPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_INCIDENTS);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::IncidentsPaginatedResponse, crate::Error);
}

static GET_INCIDENT: rt::Operation = rt::Operation {
    id: "getIncident",
    method: rt::reqwest::Method::GET,
    path: "/incidents/{incident_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::get_incident`](super::AlertsApi::get_incident): `GET /incidents/{incident_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIncidentBuilder {
    client: Client,
    incident_id: String,
    options: RequestOptions,
}

impl GetIncidentBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Incident> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Incident> {
        let mut call = self.client.inner.call(&GET_INCIDENT);
        call.path_param("incident_id", &self.incident_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Incident, crate::Error);
}

static UPDATE_INCIDENT_STATUS: rt::Operation = rt::Operation {
    id: "updateIncidentStatus",
    method: rt::reqwest::Method::PUT,
    path: "/incidents/{incident_id}/status",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AlertsApi::update_incident_status`](super::AlertsApi::update_incident_status): `PUT /incidents/{incident_id}/status`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateIncidentStatusBuilder {
    client: Client,
    incident_id: String,
    body: Option<crate::models::UpdateIncidentStatusRequest>,
    options: RequestOptions,
}

impl UpdateIncidentStatusBuilder {
    /// Payload to update incident status
    pub fn body(mut self, value: impl Into<crate::models::UpdateIncidentStatusRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::Incident> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Incident> {
        let mut call = self.client.inner.call(&UPDATE_INCIDENT_STATUS);
        call.path_param("incident_id", &self.incident_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Incident, crate::Error);
}
