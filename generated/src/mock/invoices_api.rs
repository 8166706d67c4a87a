//! Mocks of the operations of [`InvoicesApi`](crate::apis::InvoicesApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`InvoicesApi`](crate::apis::InvoicesApi) on this mock.
    pub fn invoices(&self) -> InvoicesApiMock {
        InvoicesApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`InvoicesApi`](crate::apis::InvoicesApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct InvoicesApiMock {
    server: rt::mock::MockServer,
}

impl InvoicesApiMock {
    /// Rules and requests of [`InvoicesApi::list_invoices`](crate::apis::InvoicesApi::list_invoices): `GET /invoices`.
    pub fn list_invoices(
        &self,
    ) -> rt::mock::MockOperation<ListInvoicesRequest, crate::models::ListInvoicesResponse> {
        self.server
            .operation("listInvoices", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`InvoicesApi::create_custom_invoice`](crate::apis::InvoicesApi::create_custom_invoice): `POST /invoices`.
    pub fn create_custom_invoice(
        &self,
    ) -> rt::mock::MockOperation<CreateCustomInvoiceRequest, crate::models::Invoice> {
        self.server.operation("createCustomInvoice", |value| {
            rt::mock::Reply::json(201, value)
        })
    }

    /// Rules and requests of [`InvoicesApi::get_invoice`](crate::apis::InvoicesApi::get_invoice): `GET /invoices/{invoice_id}`.
    pub fn get_invoice(
        &self,
    ) -> rt::mock::MockOperation<GetInvoiceRequest, crate::models::Invoice> {
        self.server
            .operation("getInvoice", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`InvoicesApi::delete_custom_invoice`](crate::apis::InvoicesApi::delete_custom_invoice): `DELETE /invoices/{invoice_id}`.
    pub fn delete_custom_invoice(
        &self,
    ) -> rt::mock::MockOperation<DeleteCustomInvoiceRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("deleteCustomInvoice", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoicesApi::update_invoice`](crate::apis::InvoicesApi::update_invoice): `PATCH /invoices/{invoice_id}`.
    pub fn update_invoice(
        &self,
    ) -> rt::mock::MockOperation<UpdateInvoiceRequest, crate::models::Invoice> {
        self.server
            .operation("updateInvoice", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`InvoicesApi::list_invoices_for_bill_run`](crate::apis::InvoicesApi::list_invoices_for_bill_run): `GET /invoices/bill_runs`.
    pub fn list_invoices_for_bill_run(
        &self,
    ) -> rt::mock::MockOperation<ListInvoicesForBillRunRequest, crate::models::ListInvoicesResponse>
    {
        self.server.operation("listInvoicesForBillRun", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoicesApi::create_invoice_bill_run`](crate::apis::InvoicesApi::create_invoice_bill_run): `POST /invoices/bill_runs`.
    pub fn create_invoice_bill_run(
        &self,
    ) -> rt::mock::MockOperation<CreateInvoiceBillRunRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("createInvoiceBillRun", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`InvoicesApi::manage_miscellaneous_charges_in_invoice`](crate::apis::InvoicesApi::manage_miscellaneous_charges_in_invoice): `PUT /invoices/{invoice_id}/miscellaneous_charges`.
    pub fn manage_miscellaneous_charges_in_invoice(
        &self,
    ) -> rt::mock::MockOperation<
        ManageMiscellaneousChargesInInvoiceRequest,
        crate::models::MiscellaneousChargesResponse,
    > {
        self.server
            .operation("manageMiscellaneousChargesInInvoice", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`InvoicesApi::manage_miscellaneous_charges_in_account`](crate::apis::InvoicesApi::manage_miscellaneous_charges_in_account): `PUT /accounts/{account_id}/miscellaneous_charges`.
    pub fn manage_miscellaneous_charges_in_account(
        &self,
    ) -> rt::mock::MockOperation<
        ManageMiscellaneousChargesInAccountRequest,
        crate::models::MiscellaneousChargesResponse,
    > {
        self.server
            .operation("manageMiscellaneousChargesInAccount", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`InvoicesApi::list_pricing_rule_logs`](crate::apis::InvoicesApi::list_pricing_rule_logs): `GET /invoice/{invoice_id}/pricing_rules_logs`.
    pub fn list_pricing_rule_logs(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricingRuleLogsRequest,
        crate::models::PricingRulesLogsPaginatedResponse,
    > {
        self.server.operation("listPricingRuleLogs", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listInvoices",
        method: "GET",
        path: "/invoices",
        decode: rt::mock::decode::<ListInvoicesRequest>,
    },
    rt::mock::Route {
        id: "createCustomInvoice",
        method: "POST",
        path: "/invoices",
        decode: rt::mock::decode::<CreateCustomInvoiceRequest>,
    },
    rt::mock::Route {
        id: "getInvoice",
        method: "GET",
        path: "/invoices/{invoice_id}",
        decode: rt::mock::decode::<GetInvoiceRequest>,
    },
    rt::mock::Route {
        id: "deleteCustomInvoice",
        method: "DELETE",
        path: "/invoices/{invoice_id}",
        decode: rt::mock::decode::<DeleteCustomInvoiceRequest>,
    },
    rt::mock::Route {
        id: "updateInvoice",
        method: "PATCH",
        path: "/invoices/{invoice_id}",
        decode: rt::mock::decode::<UpdateInvoiceRequest>,
    },
    rt::mock::Route {
        id: "listInvoicesForBillRun",
        method: "GET",
        path: "/invoices/bill_runs",
        decode: rt::mock::decode::<ListInvoicesForBillRunRequest>,
    },
    rt::mock::Route {
        id: "createInvoiceBillRun",
        method: "POST",
        path: "/invoices/bill_runs",
        decode: rt::mock::decode::<CreateInvoiceBillRunRequest>,
    },
    rt::mock::Route {
        id: "manageMiscellaneousChargesInInvoice",
        method: "PUT",
        path: "/invoices/{invoice_id}/miscellaneous_charges",
        decode: rt::mock::decode::<ManageMiscellaneousChargesInInvoiceRequest>,
    },
    rt::mock::Route {
        id: "manageMiscellaneousChargesInAccount",
        method: "PUT",
        path: "/accounts/{account_id}/miscellaneous_charges",
        decode: rt::mock::decode::<ManageMiscellaneousChargesInAccountRequest>,
    },
    rt::mock::Route {
        id: "listPricingRuleLogs",
        method: "GET",
        path: "/invoice/{invoice_id}/pricing_rules_logs",
        decode: rt::mock::decode::<ListPricingRuleLogsRequest>,
    },
];

/// The request of [`InvoicesApi::list_invoices`](crate::apis::InvoicesApi::list_invoices) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `status` query parameter.
    pub status: Option<String>,
    /// The `owner_id` query parameter.
    pub owner_id: Option<String>,
    /// The `customer_id` query parameter.
    pub customer_id: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
    /// The `start_time` query parameter.
    pub start_time: Option<i64>,
    /// The `end_time` query parameter.
    pub end_time: Option<i64>,
}

impl rt::mock::RequestView for ListInvoicesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            status: request.query("status")?,
            owner_id: request.query("owner_id")?,
            customer_id: request.query("customer_id")?,
            page_size: request.query("pageSize")?,
            start_time: request.query("start_time")?,
            end_time: request.query("end_time")?,
        })
    }
}

/// The request of [`InvoicesApi::create_custom_invoice`](crate::apis::InvoicesApi::create_custom_invoice) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomInvoiceRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::CreateCustomInvoiceRequest>,
}

impl rt::mock::RequestView for CreateCustomInvoiceRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}

/// The request of [`InvoicesApi::get_invoice`](crate::apis::InvoicesApi::get_invoice) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceRequest {
    /// The `invoice_id` path parameter.
    pub invoice_id: String,
}

impl rt::mock::RequestView for GetInvoiceRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_id: request.path("invoice_id")?,
        })
    }
}

/// The request of [`InvoicesApi::delete_custom_invoice`](crate::apis::InvoicesApi::delete_custom_invoice) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteCustomInvoiceRequest {
    /// The `invoice_id` path parameter.
    pub invoice_id: String,
}

impl rt::mock::RequestView for DeleteCustomInvoiceRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_id: request.path("invoice_id")?,
        })
    }
}

/// The request of [`InvoicesApi::update_invoice`](crate::apis::InvoicesApi::update_invoice) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceRequest {
    /// The `invoice_id` path parameter.
    pub invoice_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::UpdateInvoiceRequest>,
}

impl rt::mock::RequestView for UpdateInvoiceRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_id: request.path("invoice_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`InvoicesApi::list_invoices_for_bill_run`](crate::apis::InvoicesApi::list_invoices_for_bill_run) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesForBillRunRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `status` query parameter.
    pub status: Option<String>,
    /// The `owner_id` query parameter.
    pub owner_id: Option<String>,
    /// The `customer_id` query parameter.
    pub customer_id: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
    /// The `start_time` query parameter.
    pub start_time: Option<i64>,
    /// The `end_time` query parameter.
    pub end_time: Option<i64>,
}

impl rt::mock::RequestView for ListInvoicesForBillRunRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            status: request.query("status")?,
            owner_id: request.query("owner_id")?,
            customer_id: request.query("customer_id")?,
            page_size: request.query("pageSize")?,
            start_time: request.query("start_time")?,
            end_time: request.query("end_time")?,
        })
    }
}

/// The request of [`InvoicesApi::create_invoice_bill_run`](crate::apis::InvoicesApi::create_invoice_bill_run) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateInvoiceBillRunRequest {
    /// The `require_confirmation` query parameter.
    pub require_confirmation: Option<bool>,
}

impl rt::mock::RequestView for CreateInvoiceBillRunRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            require_confirmation: request.query("require_confirmation")?,
        })
    }
}

/// The request of [`InvoicesApi::manage_miscellaneous_charges_in_invoice`](crate::apis::InvoicesApi::manage_miscellaneous_charges_in_invoice) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ManageMiscellaneousChargesInInvoiceRequest {
    /// The `invoice_id` path parameter.
    pub invoice_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::ManageMiscellaneousChargesRequest>,
}

impl rt::mock::RequestView for ManageMiscellaneousChargesInInvoiceRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_id: request.path("invoice_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`InvoicesApi::manage_miscellaneous_charges_in_account`](crate::apis::InvoicesApi::manage_miscellaneous_charges_in_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ManageMiscellaneousChargesInAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::ManageMiscellaneousChargesRequest>,
}

impl rt::mock::RequestView for ManageMiscellaneousChargesInAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`InvoicesApi::list_pricing_rule_logs`](crate::apis::InvoicesApi::list_pricing_rule_logs) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricingRuleLogsRequest {
    /// The `invoice_id` path parameter.
    pub invoice_id: String,
}

impl rt::mock::RequestView for ListPricingRuleLogsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            invoice_id: request.path("invoice_id")?,
        })
    }
}
