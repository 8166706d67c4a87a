//! Mocks of the operations of [`SettingsApi`](crate::apis::SettingsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`SettingsApi`](crate::apis::SettingsApi) on this mock.
    pub fn settings(&self) -> SettingsApiMock {
        SettingsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`SettingsApi`](crate::apis::SettingsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct SettingsApiMock {
    server: rt::mock::MockServer,
}

impl SettingsApiMock {
    /// Rules and requests of [`SettingsApi::list_setting`](crate::apis::SettingsApi::list_setting): `GET /settings`.
    pub fn list_setting(
        &self,
    ) -> rt::mock::MockOperation<ListSettingRequest, crate::models::SettingPaginatedResponse> {
        self.server
            .operation("listSetting", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`SettingsApi::insert_setting`](crate::apis::SettingsApi::insert_setting): `POST /settings`.
    pub fn insert_setting(
        &self,
    ) -> rt::mock::MockOperation<
        InsertSettingRequest,
        crate::apis::settings_api::InsertSettingResponse,
    > {
        self.server.operation("insertSetting", |value| match value {
            crate::apis::settings_api::InsertSettingResponse::Created(value) => {
                rt::mock::Reply::json(201, value)
            }
            crate::apis::settings_api::InsertSettingResponse::NoContent => {
                rt::mock::Reply::empty(204)
            }
        })
    }

    /// Rules and requests of [`SettingsApi::get_setting`](crate::apis::SettingsApi::get_setting): `GET /settings/{setting_id_str}`.
    pub fn get_setting(
        &self,
    ) -> rt::mock::MockOperation<GetSettingRequest, crate::models::Setting> {
        self.server
            .operation("getSetting", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`SettingsApi::update_setting`](crate::apis::SettingsApi::update_setting): `PATCH /settings/{setting_id_str}`.
    pub fn update_setting(
        &self,
    ) -> rt::mock::MockOperation<
        UpdateSettingRequest,
        crate::apis::settings_api::UpdateSettingResponse,
    > {
        self.server.operation("updateSetting", |value| match value {
            crate::apis::settings_api::UpdateSettingResponse::Created(value) => {
                rt::mock::Reply::json(201, value)
            }
            crate::apis::settings_api::UpdateSettingResponse::NoContent => {
                rt::mock::Reply::empty(204)
            }
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listSetting",
        method: "GET",
        path: "/settings",
        decode: rt::mock::decode::<ListSettingRequest>,
    },
    rt::mock::Route {
        id: "insertSetting",
        method: "POST",
        path: "/settings",
        decode: rt::mock::decode::<InsertSettingRequest>,
    },
    rt::mock::Route {
        id: "getSetting",
        method: "GET",
        path: "/settings/{setting_id_str}",
        decode: rt::mock::decode::<GetSettingRequest>,
    },
    rt::mock::Route {
        id: "updateSetting",
        method: "PATCH",
        path: "/settings/{setting_id_str}",
        decode: rt::mock::decode::<UpdateSettingRequest>,
    },
];

/// The request of [`SettingsApi::list_setting`](crate::apis::SettingsApi::list_setting) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListSettingRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
    /// The `entity_type` query parameter.
    pub entity_type: Option<String>,
    /// The `entity_id` query parameter.
    pub entity_id: Option<String>,
    /// The `setting_id` query parameter.
    pub setting_id: Option<String>,
    /// The `namespace` query parameter.
    pub namespace: Option<String>,
}

impl rt::mock::RequestView for ListSettingRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
            entity_type: request.query("entity_type")?,
            entity_id: request.query("entity_id")?,
            setting_id: request.query("setting_id")?,
            namespace: request.query("namespace")?,
        })
    }
}

/// The request of [`SettingsApi::insert_setting`](crate::apis::SettingsApi::insert_setting) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InsertSettingRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::Setting,
}

impl rt::mock::RequestView for InsertSettingRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`SettingsApi::get_setting`](crate::apis::SettingsApi::get_setting) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetSettingRequest {
    /// The `setting_id_str` path parameter.
    pub setting_id_str: String,
}

impl rt::mock::RequestView for GetSettingRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            setting_id_str: request.path("setting_id_str")?,
        })
    }
}

/// The request of [`SettingsApi::update_setting`](crate::apis::SettingsApi::update_setting) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateSettingRequest {
    /// The `setting_id_str` path parameter.
    pub setting_id_str: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateSettingRequest,
}

impl rt::mock::RequestView for UpdateSettingRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            setting_id_str: request.path("setting_id_str")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
