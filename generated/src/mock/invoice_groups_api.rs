//! Mocks of the operations of [`InvoiceGroupsApi`](crate::apis::InvoiceGroupsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`InvoiceGroupsApi`](crate::apis::InvoiceGroupsApi) on this mock.
    pub fn invoice_groups(&self) -> InvoiceGroupsApiMock {
        InvoiceGroupsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`InvoiceGroupsApi`](crate::apis::InvoiceGroupsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct InvoiceGroupsApiMock {
    server: rt::mock::MockServer,
}

impl InvoiceGroupsApiMock {
    /// Rules and requests of [`InvoiceGroupsApi::list_invoice_groups`](crate::apis::InvoiceGroupsApi::list_invoice_groups): `GET /invoice_groups`.
    pub fn list_invoice_groups(
        &self,
    ) -> rt::mock::MockOperation<
        ListInvoiceGroupsRequest,
        crate::models::InvoiceGroupPaginatedResponse,
    > {
        self.server.operation("listInvoiceGroups", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoiceGroupsApi::create_invoice_group`](crate::apis::InvoiceGroupsApi::create_invoice_group): `POST /invoice_groups`.
    pub fn create_invoice_group(
        &self,
    ) -> rt::mock::MockOperation<CreateInvoiceGroupRequest, crate::models::InvoiceGroups> {
        self.server.operation("createInvoiceGroup", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoiceGroupsApi::get_invoice_group`](crate::apis::InvoiceGroupsApi::get_invoice_group): `GET /invoice_groups/{invoice_group_id}`.
    pub fn get_invoice_group(
        &self,
    ) -> rt::mock::MockOperation<
        GetInvoiceGroupRequest,
        crate::models::InvoiceGroupAccountsPaginatedResponse,
    > {
        self.server
            .operation("getInvoiceGroup", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`InvoiceGroupsApi::add_invoice_group_accounts`](crate::apis::InvoiceGroupsApi::add_invoice_group_accounts): `POST /invoice_groups/{invoice_group_id}/add_accounts`.
    pub fn add_invoice_group_accounts(
        &self,
    ) -> rt::mock::MockOperation<AddInvoiceGroupAccountsRequest, crate::models::InvoiceGroups> {
        self.server.operation("AddInvoiceGroupAccounts", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoiceGroupsApi::remove_invoice_group_accounts`](crate::apis::InvoiceGroupsApi::remove_invoice_group_accounts): `POST /invoice_groups/{invoice_group_id}/remove_accounts`.
    pub fn remove_invoice_group_accounts(
        &self,
    ) -> rt::mock::MockOperation<
        RemoveInvoiceGroupAccountsRequest,
        crate::models::BaseSuccessResponse,
    > {
        self.server
            .operation("RemoveInvoiceGroupAccounts", |value| {
                rt::mock::Reply::json(200, value)
            })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listInvoiceGroups",
        method: "GET",
        path: "/invoice_groups",
        decode: rt::mock::decode::<ListInvoiceGroupsRequest>,
    },
    rt::mock::Route {
        id: "createInvoiceGroup",
        method: "POST",
        path: "/invoice_groups",
        decode: rt::mock::decode::<CreateInvoiceGroupRequest>,
    },
    rt::mock::Route {
        id: "getInvoiceGroup",
        method: "GET",
        path: "/invoice_groups/{invoice_group_id}",
        decode: rt::mock::decode::<GetInvoiceGroupRequest>,
    },
    rt::mock::Route {
        id: "AddInvoiceGroupAccounts",
        method: "POST",
        path: "/invoice_groups/{invoice_group_id}/add_accounts",
        decode: rt::mock::decode::<AddInvoiceGroupAccountsRequest>,
    },
    rt::mock::Route {
        id: "RemoveInvoiceGroupAccounts",
        method: "POST",
        path: "/invoice_groups/{invoice_group_id}/remove_accounts",
        decode: rt::mock::decode::<RemoveInvoiceGroupAccountsRequest>,
    },
];

/// The request of [`InvoiceGroupsApi::list_invoice_groups`](crate::apis::InvoiceGroupsApi::list_invoice_groups) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListInvoiceGroupsRequest {}
impl rt::mock::RequestView for ListInvoiceGroupsRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}

/// The request of [`InvoiceGroupsApi::create_invoice_group`](crate::apis::InvoiceGroupsApi::create_invoice_group) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateInvoiceGroupRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateInvoiceGroupRequest,
}

impl rt::mock::RequestView for CreateInvoiceGroupRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`InvoiceGroupsApi::get_invoice_group`](crate::apis::InvoiceGroupsApi::get_invoice_group) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceGroupRequest {
    /// The `invoice_group_id` path parameter.
    pub invoice_group_id: String,
}

impl rt::mock::RequestView for GetInvoiceGroupRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_group_id: request.path("invoice_group_id")?,
        })
    }
}

/// The request of [`InvoiceGroupsApi::add_invoice_group_accounts`](crate::apis::InvoiceGroupsApi::add_invoice_group_accounts) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddInvoiceGroupAccountsRequest {
    /// The `invoice_group_id` path parameter.
    pub invoice_group_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateInvoiceGroupAccounts,
}

impl rt::mock::RequestView for AddInvoiceGroupAccountsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_group_id: request.path("invoice_group_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`InvoiceGroupsApi::remove_invoice_group_accounts`](crate::apis::InvoiceGroupsApi::remove_invoice_group_accounts) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RemoveInvoiceGroupAccountsRequest {
    /// The `invoice_group_id` path parameter.
    pub invoice_group_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateInvoiceGroupAccounts,
}

impl rt::mock::RequestView for RemoveInvoiceGroupAccountsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_group_id: request.path("invoice_group_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
