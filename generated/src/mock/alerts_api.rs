//! Mocks of the operations of [`AlertsApi`](crate::apis::AlertsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`AlertsApi`](crate::apis::AlertsApi) on this mock.
    pub fn alerts(&self) -> AlertsApiMock {
        AlertsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`AlertsApi`](crate::apis::AlertsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct AlertsApiMock {
    server: rt::mock::MockServer,
}

impl AlertsApiMock {
    /// Rules and requests of [`AlertsApi::get_alert_templates`](crate::apis::AlertsApi::get_alert_templates): `GET /alert_templates`.
    pub fn get_alert_templates(
        &self,
    ) -> rt::mock::MockOperation<
        GetAlertTemplatesRequest,
        crate::models::AlertTemplatesPaginatedResponse,
    > {
        self.server.operation("getAlertTemplates", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AlertsApi::get_alert_template`](crate::apis::AlertsApi::get_alert_template): `GET /alert_templates/{alert_template_id}`.
    pub fn get_alert_template(
        &self,
    ) -> rt::mock::MockOperation<GetAlertTemplateRequest, crate::models::AlertTemplate> {
        self.server.operation("getAlertTemplate", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AlertsApi::list_alerts`](crate::apis::AlertsApi::list_alerts): `GET /alerts`.
    pub fn list_alerts(
        &self,
    ) -> rt::mock::MockOperation<ListAlertsRequest, crate::models::AlertsPaginatedResponse> {
        self.server
            .operation("listAlerts", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AlertsApi::create_alert`](crate::apis::AlertsApi::create_alert): `POST /alerts`.
    pub fn create_alert(
        &self,
    ) -> rt::mock::MockOperation<CreateAlertRequest, crate::models::Alert> {
        self.server
            .operation("createAlert", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AlertsApi::update_alert`](crate::apis::AlertsApi::update_alert): `PATCH /alerts/{alert_id}`.
    pub fn update_alert(
        &self,
    ) -> rt::mock::MockOperation<UpdateAlertRequest, crate::models::Alert> {
        self.server
            .operation("updateAlert", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AlertsApi::get_incidents`](crate::apis::AlertsApi::get_incidents): `GET /incidents`.
    pub fn get_incidents(
        &self,
    ) -> rt::mock::MockOperation<GetIncidentsRequest, crate::models::IncidentsPaginatedResponse>
    {
        self.server
            .operation("getIncidents", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AlertsApi::get_incident`](crate::apis::AlertsApi::get_incident): `GET /incidents/{incident_id}`.
    pub fn get_incident(
        &self,
    ) -> rt::mock::MockOperation<GetIncidentRequest, crate::models::Incident> {
        self.server
            .operation("getIncident", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AlertsApi::update_incident_status`](crate::apis::AlertsApi::update_incident_status): `PUT /incidents/{incident_id}/status`.
    pub fn update_incident_status(
        &self,
    ) -> rt::mock::MockOperation<UpdateIncidentStatusRequest, crate::models::Incident> {
        self.server.operation("updateIncidentStatus", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getAlertTemplates",
        method: "GET",
        path: "/alert_templates",
        decode: rt::mock::decode::<GetAlertTemplatesRequest>,
    },
    rt::mock::Route {
        id: "getAlertTemplate",
        method: "GET",
        path: "/alert_templates/{alert_template_id}",
        decode: rt::mock::decode::<GetAlertTemplateRequest>,
    },
    rt::mock::Route {
        id: "listAlerts",
        method: "GET",
        path: "/alerts",
        decode: rt::mock::decode::<ListAlertsRequest>,
    },
    rt::mock::Route {
        id: "createAlert",
        method: "POST",
        path: "/alerts",
        decode: rt::mock::decode::<CreateAlertRequest>,
    },
    rt::mock::Route {
        id: "updateAlert",
        method: "PATCH",
        path: "/alerts/{alert_id}",
        decode: rt::mock::decode::<UpdateAlertRequest>,
    },
    rt::mock::Route {
        id: "getIncidents",
        method: "GET",
        path: "/incidents",
        decode: rt::mock::decode::<GetIncidentsRequest>,
    },
    rt::mock::Route {
        id: "getIncident",
        method: "GET",
        path: "/incidents/{incident_id}",
        decode: rt::mock::decode::<GetIncidentRequest>,
    },
    rt::mock::Route {
        id: "updateIncidentStatus",
        method: "PUT",
        path: "/incidents/{incident_id}/status",
        decode: rt::mock::decode::<UpdateIncidentStatusRequest>,
    },
];

/// The request of [`AlertsApi::get_alert_templates`](crate::apis::AlertsApi::get_alert_templates) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAlertTemplatesRequest {}
impl rt::mock::RequestView for GetAlertTemplatesRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}

/// The request of [`AlertsApi::get_alert_template`](crate::apis::AlertsApi::get_alert_template) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAlertTemplateRequest {
    /// The `alert_template_id` path parameter.
    pub alert_template_id: String,
}

impl rt::mock::RequestView for GetAlertTemplateRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            alert_template_id: request.path("alert_template_id")?,
        })
    }
}

/// The request of [`AlertsApi::list_alerts`](crate::apis::AlertsApi::list_alerts) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAlertsRequest {}
impl rt::mock::RequestView for ListAlertsRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}

/// The request of [`AlertsApi::create_alert`](crate::apis::AlertsApi::create_alert) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateAlertRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateAlertRequest,
}

impl rt::mock::RequestView for CreateAlertRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AlertsApi::update_alert`](crate::apis::AlertsApi::update_alert) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateAlertRequest {
    /// The `alert_id` path parameter.
    pub alert_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::UpdateAlertRequest>,
}

impl rt::mock::RequestView for UpdateAlertRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            alert_id: request.path("alert_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`AlertsApi::get_incidents`](crate::apis::AlertsApi::get_incidents) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetIncidentsRequest {}
impl rt::mock::RequestView for GetIncidentsRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}

/// The request of [`AlertsApi::get_incident`](crate::apis::AlertsApi::get_incident) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetIncidentRequest {
    /// The `incident_id` path parameter.
    pub incident_id: String,
}

impl rt::mock::RequestView for GetIncidentRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            incident_id: request.path("incident_id")?,
        })
    }
}

/// The request of [`AlertsApi::update_incident_status`](crate::apis::AlertsApi::update_incident_status) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateIncidentStatusRequest {
    /// The `incident_id` path parameter.
    pub incident_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::UpdateIncidentStatusRequest>,
}

impl rt::mock::RequestView for UpdateIncidentStatusRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            incident_id: request.path("incident_id")?,
            body: request.json()?,
        })
    }
}
