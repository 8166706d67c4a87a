//! Invoices API

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Invoices API
///
/// Get one from [`Client::invoices`](crate::Client::invoices).
#[derive(Debug, Clone)]
pub struct InvoicesApi {
    client: Client,
}

impl InvoicesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List invoices
    ///
    /// `GET /invoices` (operation `listInvoices`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_invoices(&self) -> ListInvoicesBuilder {
        ListInvoicesBuilder {
            client: self.client.clone(),
            next_token: None,
            status: None,
            owner_id: None,
            customer_id: None,
            page_size: None,
            start_time: None,
            end_time: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a custom invoice for an account
    ///
    /// Create a custom invoice for an account.
    ///
    /// `POST /invoices` (operation `createCustomInvoice`).
    ///
    /// Retries: retry-safe when the request carries an idempotency key (`idempotencyKey` set in the body): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending. Without one, not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_custom_invoice(&self) -> CreateCustomInvoiceBuilder {
        CreateCustomInvoiceBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Get an invoice
    ///
    /// Get invoice
    ///
    /// `GET /invoices/{invoice_id}` (operation `getInvoice`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_invoice(&self, invoice_id: impl Into<String>) -> GetInvoiceBuilder {
        GetInvoiceBuilder {
            client: self.client.clone(),
            invoice_id: invoice_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete a custom invoice in DRAFT state
    ///
    /// Delete a custom invoice in DRAFT state.
    ///
    /// `DELETE /invoices/{invoice_id}` (operation `deleteCustomInvoice`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_custom_invoice(
        &self,
        invoice_id: impl Into<String>,
    ) -> DeleteCustomInvoiceBuilder {
        DeleteCustomInvoiceBuilder {
            client: self.client.clone(),
            invoice_id: invoice_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an invoice
    ///
    /// Update an invoice\[Only CUSTOM invoices in DRAFT state support updating of all fields\]. Updating status can be done for all invoice.
    ///
    /// `PATCH /invoices/{invoice_id}` (operation `updateInvoice`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_invoice(&self, invoice_id: impl Into<String>) -> UpdateInvoiceBuilder {
        UpdateInvoiceBuilder {
            client: self.client.clone(),
            invoice_id: invoice_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// List invoices eligible for bill run
    ///
    /// `GET /invoices/bill_runs` (operation `listInvoicesForBillRun`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_invoices_for_bill_run(&self) -> ListInvoicesForBillRunBuilder {
        ListInvoicesForBillRunBuilder {
            client: self.client.clone(),
            next_token: None,
            status: None,
            owner_id: None,
            customer_id: None,
            page_size: None,
            start_time: None,
            end_time: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a bill run job request
    ///
    /// `POST /invoices/bill_runs` (operation `createInvoiceBillRun`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_invoice_bill_run(&self) -> CreateInvoiceBillRunBuilder {
        CreateInvoiceBillRunBuilder {
            client: self.client.clone(),
            require_confirmation: None,
            options: RequestOptions::default(),
        }
    }

    /// Add or update miscellaneous charges in Invoice
    ///
    /// `PUT /invoices/{invoice_id}/miscellaneous_charges` (operation `manageMiscellaneousChargesInInvoice`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn manage_miscellaneous_charges_in_invoice(
        &self,
        invoice_id: impl Into<String>,
    ) -> ManageMiscellaneousChargesInInvoiceBuilder {
        ManageMiscellaneousChargesInInvoiceBuilder {
            client: self.client.clone(),
            invoice_id: invoice_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Add or update miscellaneous charges in upcoming Invoice for a account
    ///
    /// `PUT /accounts/{account_id}/miscellaneous_charges` (operation `manageMiscellaneousChargesInAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn manage_miscellaneous_charges_in_account(
        &self,
        account_id: impl Into<String>,
    ) -> ManageMiscellaneousChargesInAccountBuilder {
        ManageMiscellaneousChargesInAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// List pricing rule logs
    ///
    /// `GET /invoice/{invoice_id}/pricing_rules_logs` (operation `listPricingRuleLogs`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_pricing_rule_logs(
        &self,
        invoice_id: impl Into<String>,
    ) -> ListPricingRuleLogsBuilder {
        ListPricingRuleLogsBuilder {
            client: self.client.clone(),
            invoice_id: invoice_id.into(),
            options: RequestOptions::default(),
        }
    }
}

static LIST_INVOICES: rt::Operation = rt::Operation {
    id: "listInvoices",
    method: rt::reqwest::Method::GET,
    path: "/invoices",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::list_invoices`](super::InvoicesApi::list_invoices): `GET /invoices`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListInvoicesBuilder {
    client: Client,
    next_token: Option<String>,
    status: Option<String>,
    owner_id: Option<String>,
    customer_id: Option<String>,
    page_size: Option<i64>,
    start_time: Option<i64>,
    end_time: Option<i64>,
    options: RequestOptions,
}

impl ListInvoicesBuilder {
    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Filter option to filter by status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Filter option to filter based on owner id.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Filter option to filter based on customer id.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Start time filter in epoch milli seconds
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// End time filter in epoch milli seconds
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::ListInvoicesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ListInvoicesResponse> {
        let mut call = self.client.inner.call(&LIST_INVOICES);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.owner_id {
            call.query("owner_id", value);
        }
        if let Some(value) = &self.customer_id {
            call.query("customer_id", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.start_time {
            call.query("start_time", value);
        }
        if let Some(value) = &self.end_time {
            call.query("end_time", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_422_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::ListInvoicesResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::InvoiceSummary>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListInvoicesBuilder {
    type Page = crate::models::ListInvoicesResponse;

    type Item = crate::models::InvoiceSummary;

    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.next_token(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        (page.data, page.next_token)
    }
}

static CREATE_CUSTOM_INVOICE: rt::Operation = rt::Operation {
    id: "createCustomInvoice",
    method: rt::reqwest::Method::POST,
    path: "/invoices",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: Some(rt::IdempotencyKey::BodyField("idempotencyKey")),
};

/// Request builder for [`InvoicesApi::create_custom_invoice`](super::InvoicesApi::create_custom_invoice): `POST /invoices`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomInvoiceBuilder {
    client: Client,
    body: Option<crate::models::CreateCustomInvoiceRequest>,
    options: RequestOptions,
}

impl CreateCustomInvoiceBuilder {
    /// Payload to create invoice
    pub fn body(mut self, value: impl Into<crate::models::CreateCustomInvoiceRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::Invoice> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Invoice> {
        let mut call = self.client.inner.call(&CREATE_CUSTOM_INVOICE);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Invoice, crate::Error);
}

static GET_INVOICE: rt::Operation = rt::Operation {
    id: "getInvoice",
    method: rt::reqwest::Method::GET,
    path: "/invoices/{invoice_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::get_invoice`](super::InvoicesApi::get_invoice): `GET /invoices/{invoice_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetInvoiceBuilder {
    client: Client,
    invoice_id: String,
    options: RequestOptions,
}

impl GetInvoiceBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Invoice> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Invoice> {
        let mut call = self.client.inner.call(&GET_INVOICE);
        call.path_param("invoice_id", &self.invoice_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Invoice, crate::Error);
}

static DELETE_CUSTOM_INVOICE: rt::Operation = rt::Operation {
    id: "deleteCustomInvoice",
    method: rt::reqwest::Method::DELETE,
    path: "/invoices/{invoice_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::delete_custom_invoice`](super::InvoicesApi::delete_custom_invoice): `DELETE /invoices/{invoice_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomInvoiceBuilder {
    client: Client,
    invoice_id: String,
    options: RequestOptions,
}

impl DeleteCustomInvoiceBuilder {
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
        let mut call = self.client.inner.call(&DELETE_CUSTOM_INVOICE);
        call.path_param("invoice_id", &self.invoice_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_INVOICE: rt::Operation = rt::Operation {
    id: "updateInvoice",
    method: rt::reqwest::Method::PATCH,
    path: "/invoices/{invoice_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::update_invoice`](super::InvoicesApi::update_invoice): `PATCH /invoices/{invoice_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateInvoiceBuilder {
    client: Client,
    invoice_id: String,
    body: Option<crate::models::UpdateInvoiceRequest>,
    options: RequestOptions,
}

impl UpdateInvoiceBuilder {
    /// Payload to update an invoice
    pub fn body(mut self, value: impl Into<crate::models::UpdateInvoiceRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::Invoice> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Invoice> {
        let mut call = self.client.inner.call(&UPDATE_INVOICE);
        call.path_param("invoice_id", &self.invoice_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Invoice, crate::Error);
}

static LIST_INVOICES_FOR_BILL_RUN: rt::Operation = rt::Operation {
    id: "listInvoicesForBillRun",
    method: rt::reqwest::Method::GET,
    path: "/invoices/bill_runs",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::list_invoices_for_bill_run`](super::InvoicesApi::list_invoices_for_bill_run): `GET /invoices/bill_runs`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListInvoicesForBillRunBuilder {
    client: Client,
    next_token: Option<String>,
    status: Option<String>,
    owner_id: Option<String>,
    customer_id: Option<String>,
    page_size: Option<i64>,
    start_time: Option<i64>,
    end_time: Option<i64>,
    options: RequestOptions,
}

impl ListInvoicesForBillRunBuilder {
    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Filter option to filter by status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Filter option to filter based on owner id.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Filter option to filter based on customer id.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Start time filter in epoch milli seconds
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// End time filter in epoch milli seconds
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::ListInvoicesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ListInvoicesResponse> {
        let mut call = self.client.inner.call(&LIST_INVOICES_FOR_BILL_RUN);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.owner_id {
            call.query("owner_id", value);
        }
        if let Some(value) = &self.customer_id {
            call.query("customer_id", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.start_time {
            call.query("start_time", value);
        }
        if let Some(value) = &self.end_time {
            call.query("end_time", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::ListInvoicesResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::InvoiceSummary>>
           + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListInvoicesForBillRunBuilder {
    type Page = crate::models::ListInvoicesResponse;

    type Item = crate::models::InvoiceSummary;

    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.next_token(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        (page.data, page.next_token)
    }
}

static CREATE_INVOICE_BILL_RUN: rt::Operation = rt::Operation {
    id: "createInvoiceBillRun",
    method: rt::reqwest::Method::POST,
    path: "/invoices/bill_runs",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::create_invoice_bill_run`](super::InvoicesApi::create_invoice_bill_run): `POST /invoices/bill_runs`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInvoiceBillRunBuilder {
    client: Client,
    require_confirmation: Option<bool>,
    options: RequestOptions,
}

impl CreateInvoiceBillRunBuilder {
    /// Specifies whether to start a migration only after a confirmation
    pub fn require_confirmation(mut self, value: impl Into<bool>) -> Self {
        self.require_confirmation = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::BaseSuccessResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::BaseSuccessResponse> {
        let mut call = self.client.inner.call(&CREATE_INVOICE_BILL_RUN);
        if let Some(value) = &self.require_confirmation {
            call.query("require_confirmation", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static MANAGE_MISCELLANEOUS_CHARGES_IN_INVOICE: rt::Operation = rt::Operation {
    id: "manageMiscellaneousChargesInInvoice",
    method: rt::reqwest::Method::PUT,
    path: "/invoices/{invoice_id}/miscellaneous_charges",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::manage_miscellaneous_charges_in_invoice`](super::InvoicesApi::manage_miscellaneous_charges_in_invoice): `PUT /invoices/{invoice_id}/miscellaneous_charges`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ManageMiscellaneousChargesInInvoiceBuilder {
    client: Client,
    invoice_id: String,
    body: Option<crate::models::ManageMiscellaneousChargesRequest>,
    options: RequestOptions,
}

impl ManageMiscellaneousChargesInInvoiceBuilder {
    /// Payload to update custom line items
    pub fn body(
        mut self,
        value: impl Into<crate::models::ManageMiscellaneousChargesRequest>,
    ) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::MiscellaneousChargesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::MiscellaneousChargesResponse> {
        let mut call = self
            .client
            .inner
            .call(&MANAGE_MISCELLANEOUS_CHARGES_IN_INVOICE);
        call.path_param("invoice_id", &self.invoice_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::MiscellaneousChargesResponse, crate::Error);
}

static MANAGE_MISCELLANEOUS_CHARGES_IN_ACCOUNT: rt::Operation = rt::Operation {
    id: "manageMiscellaneousChargesInAccount",
    method: rt::reqwest::Method::PUT,
    path: "/accounts/{account_id}/miscellaneous_charges",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::manage_miscellaneous_charges_in_account`](super::InvoicesApi::manage_miscellaneous_charges_in_account): `PUT /accounts/{account_id}/miscellaneous_charges`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ManageMiscellaneousChargesInAccountBuilder {
    client: Client,
    account_id: String,
    body: Option<crate::models::ManageMiscellaneousChargesRequest>,
    options: RequestOptions,
}

impl ManageMiscellaneousChargesInAccountBuilder {
    /// Payload to update custom line items
    pub fn body(
        mut self,
        value: impl Into<crate::models::ManageMiscellaneousChargesRequest>,
    ) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::MiscellaneousChargesResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::MiscellaneousChargesResponse> {
        let mut call = self
            .client
            .inner
            .call(&MANAGE_MISCELLANEOUS_CHARGES_IN_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::MiscellaneousChargesResponse, crate::Error);
}

static LIST_PRICING_RULE_LOGS: rt::Operation = rt::Operation {
    id: "listPricingRuleLogs",
    method: rt::reqwest::Method::GET,
    path: "/invoice/{invoice_id}/pricing_rules_logs",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoicesApi::list_pricing_rule_logs`](super::InvoicesApi::list_pricing_rule_logs): `GET /invoice/{invoice_id}/pricing_rules_logs`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricingRuleLogsBuilder {
    client: Client,
    invoice_id: String,
    options: RequestOptions,
}

impl ListPricingRuleLogsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PricingRulesLogsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::PricingRulesLogsPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICING_RULE_LOGS);
        call.path_param("invoice_id", &self.invoice_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::PricingRulesLogsPaginatedResponse,
        crate::Error
    );
}
