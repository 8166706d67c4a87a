//! Mocks of the operations of [`AddOnsApi`](crate::apis::AddOnsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`AddOnsApi`](crate::apis::AddOnsApi) on this mock.
    pub fn add_ons(&self) -> AddOnsApiMock {
        AddOnsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`AddOnsApi`](crate::apis::AddOnsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct AddOnsApiMock {
    server: rt::mock::MockServer,
}

impl AddOnsApiMock {
    /// Rules and requests of [`AddOnsApi::get_add_ons`](crate::apis::AddOnsApi::get_add_ons): `GET /addons`.
    pub fn get_add_ons(
        &self,
    ) -> rt::mock::MockOperation<GetAddOnsRequest, crate::models::AddOnPaginatedResponse> {
        self.server
            .operation("getAddOns", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AddOnsApi::create_add_on`](crate::apis::AddOnsApi::create_add_on): `POST /addons`.
    pub fn create_add_on(
        &self,
    ) -> rt::mock::MockOperation<CreateAddOnRequest, crate::models::AddOn> {
        self.server
            .operation("createAddOn", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AddOnsApi::get_add_on`](crate::apis::AddOnsApi::get_add_on): `GET /addons/{addon_id}`.
    pub fn get_add_on(&self) -> rt::mock::MockOperation<GetAddOnRequest, crate::models::AddOn> {
        self.server
            .operation("getAddOn", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AddOnsApi::delete_add_on`](crate::apis::AddOnsApi::delete_add_on): `DELETE /addons/{addon_id}`.
    pub fn delete_add_on(
        &self,
    ) -> rt::mock::MockOperation<DeleteAddOnRequest, crate::models::BaseSuccessResponse> {
        self.server
            .operation("deleteAddOn", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AddOnsApi::update_add_on`](crate::apis::AddOnsApi::update_add_on): `PATCH /addons/{addon_id}`.
    pub fn update_add_on(
        &self,
    ) -> rt::mock::MockOperation<UpdateAddOnRequest, crate::models::AddOn> {
        self.server
            .operation("updateAddOn", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getAddOns",
        method: "GET",
        path: "/addons",
        decode: rt::mock::decode::<GetAddOnsRequest>,
    },
    rt::mock::Route {
        id: "createAddOn",
        method: "POST",
        path: "/addons",
        decode: rt::mock::decode::<CreateAddOnRequest>,
    },
    rt::mock::Route {
        id: "getAddOn",
        method: "GET",
        path: "/addons/{addon_id}",
        decode: rt::mock::decode::<GetAddOnRequest>,
    },
    rt::mock::Route {
        id: "deleteAddOn",
        method: "DELETE",
        path: "/addons/{addon_id}",
        decode: rt::mock::decode::<DeleteAddOnRequest>,
    },
    rt::mock::Route {
        id: "updateAddOn",
        method: "PATCH",
        path: "/addons/{addon_id}",
        decode: rt::mock::decode::<UpdateAddOnRequest>,
    },
];

/// The request of [`AddOnsApi::get_add_ons`](crate::apis::AddOnsApi::get_add_ons) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAddOnsRequest {
    /// The `status` query parameter.
    pub status: Option<crate::models::GetAddOnsStatus>,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetAddOnsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            status: request.query("status")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`AddOnsApi::create_add_on`](crate::apis::AddOnsApi::create_add_on) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateAddOnRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateAddOnRequest,
}

impl rt::mock::RequestView for CreateAddOnRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AddOnsApi::get_add_on`](crate::apis::AddOnsApi::get_add_on) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAddOnRequest {
    /// The `addon_id` path parameter.
    pub addon_id: String,
}

impl rt::mock::RequestView for GetAddOnRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            addon_id: request.path("addon_id")?,
        })
    }
}

/// The request of [`AddOnsApi::delete_add_on`](crate::apis::AddOnsApi::delete_add_on) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteAddOnRequest {
    /// The `addon_id` path parameter.
    pub addon_id: String,
}

impl rt::mock::RequestView for DeleteAddOnRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            addon_id: request.path("addon_id")?,
        })
    }
}

/// The request of [`AddOnsApi::update_add_on`](crate::apis::AddOnsApi::update_add_on) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateAddOnRequest {
    /// The `addon_id` path parameter.
    pub addon_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateAddOnRequest,
}

impl rt::mock::RequestView for UpdateAddOnRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            addon_id: request.path("addon_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
