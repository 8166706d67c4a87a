//! Mocks of the operations of [`LicensesApi`](crate::apis::LicensesApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`LicensesApi`](crate::apis::LicensesApi) on this mock.
    pub fn licenses(&self) -> LicensesApiMock {
        LicensesApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`LicensesApi`](crate::apis::LicensesApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct LicensesApiMock {
    server: rt::mock::MockServer,
}

impl LicensesApiMock {
    /// Rules and requests of [`LicensesApi::get_license_updates`](crate::apis::LicensesApi::get_license_updates): `GET /license_updates`.
    pub fn get_license_updates(
        &self,
    ) -> rt::mock::MockOperation<GetLicenseUpdatesRequest, crate::models::GetLicenseUpdatesResponse>
    {
        self.server.operation("getLicenseUpdates", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`LicensesApi::add_license_update_entry`](crate::apis::LicensesApi::add_license_update_entry): `POST /license_updates`.
    pub fn add_license_update_entry(
        &self,
    ) -> rt::mock::MockOperation<AddLicenseUpdateEntryRequest, crate::models::LicenseUpdateResponse>
    {
        self.server.operation("addLicenseUpdateEntry", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`LicensesApi::update_license_entry_details`](crate::apis::LicensesApi::update_license_entry_details): `PATCH /license_updates/{license_id}`.
    pub fn update_license_entry_details(
        &self,
    ) -> rt::mock::MockOperation<
        UpdateLicenseEntryDetailsRequest,
        crate::models::LicenseUpdateResponse,
    > {
        self.server.operation("updateLicenseEntryDetails", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`LicensesApi::get_named_license_updates`](crate::apis::LicensesApi::get_named_license_updates): `GET /named_license_updates`.
    pub fn get_named_license_updates(
        &self,
    ) -> rt::mock::MockOperation<
        GetNamedLicenseUpdatesRequest,
        crate::models::NamedLicenseUpdatesPaginatedResponse,
    > {
        self.server.operation("getNamedLicenseUpdates", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getLicenseUpdates",
        method: "GET",
        path: "/license_updates",
        decode: rt::mock::decode::<GetLicenseUpdatesRequest>,
    },
    rt::mock::Route {
        id: "addLicenseUpdateEntry",
        method: "POST",
        path: "/license_updates",
        decode: rt::mock::decode::<AddLicenseUpdateEntryRequest>,
    },
    rt::mock::Route {
        id: "updateLicenseEntryDetails",
        method: "PATCH",
        path: "/license_updates/{license_id}",
        decode: rt::mock::decode::<UpdateLicenseEntryDetailsRequest>,
    },
    rt::mock::Route {
        id: "getNamedLicenseUpdates",
        method: "GET",
        path: "/named_license_updates",
        decode: rt::mock::decode::<GetNamedLicenseUpdatesRequest>,
    },
];

/// The request of [`LicensesApi::get_license_updates`](crate::apis::LicensesApi::get_license_updates) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetLicenseUpdatesRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `account_id` query parameter.
    pub account_id: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
    /// The `licenseId` query parameter.
    pub license_id: Option<String>,
    /// The `effectiveFrom` query parameter.
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

impl rt::mock::RequestView for GetLicenseUpdatesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            account_id: request.query("account_id")?,
            page_size: request.query("pageSize")?,
            license_id: request.query("licenseId")?,
            effective_from: request.query("effectiveFrom")?,
        })
    }
}

/// The request of [`LicensesApi::add_license_update_entry`](crate::apis::LicensesApi::add_license_update_entry) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddLicenseUpdateEntryRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::LicenseUpdateRequest>,
}

impl rt::mock::RequestView for AddLicenseUpdateEntryRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}

/// The request of [`LicensesApi::update_license_entry_details`](crate::apis::LicensesApi::update_license_entry_details) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateLicenseEntryDetailsRequest {
    /// The `license_id` path parameter.
    pub license_id: String,
    /// The `licenseId` query parameter.
    pub license_id_query: Option<String>,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::LicenseEntryDetailsUpdateRequest>,
}

impl rt::mock::RequestView for UpdateLicenseEntryDetailsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            license_id: request.path("license_id")?,
            license_id_query: request.query("licenseId")?,
            body: request.json()?,
        })
    }
}

/// The request of [`LicensesApi::get_named_license_updates`](crate::apis::LicensesApi::get_named_license_updates) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetNamedLicenseUpdatesRequest {}
impl rt::mock::RequestView for GetNamedLicenseUpdatesRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}
