//! Invoice Group level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Invoice Group level calls
///
/// Get one from [`Client::invoice_groups`](crate::Client::invoice_groups).
#[derive(Debug, Clone)]
pub struct InvoiceGroupsApi {
    client: Client,
}

impl InvoiceGroupsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List Invoice Groups
    ///
    /// This API let’s you to list invoice groups
    ///
    /// `GET /invoice_groups` (operation `listInvoiceGroups`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_invoice_groups(&self) -> ListInvoiceGroupsBuilder {
        ListInvoiceGroupsBuilder {
            client: self.client.clone(),
            options: RequestOptions::default(),
        }
    }

    /// Create an invoice group
    ///
    /// This API let’s you to create an invoice group
    ///
    /// `POST /invoice_groups` (operation `createInvoiceGroup`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_invoice_group(
        &self,
        body: crate::models::CreateInvoiceGroupRequest,
    ) -> CreateInvoiceGroupBuilder {
        CreateInvoiceGroupBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get information of an invoice group
    ///
    /// This API let’s you to get information of an invoice group
    ///
    /// `GET /invoice_groups/{invoice_group_id}` (operation `getInvoiceGroup`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_invoice_group(&self, invoice_group_id: impl Into<String>) -> GetInvoiceGroupBuilder {
        GetInvoiceGroupBuilder {
            client: self.client.clone(),
            invoice_group_id: invoice_group_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Add accounts to an invoice group
    ///
    /// This API let’s you to add accounts to an invoice group
    ///
    /// `POST /invoice_groups/{invoice_group_id}/add_accounts` (operation `AddInvoiceGroupAccounts`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn add_invoice_group_accounts(
        &self,
        invoice_group_id: impl Into<String>,
        body: crate::models::UpdateInvoiceGroupAccounts,
    ) -> AddInvoiceGroupAccountsBuilder {
        AddInvoiceGroupAccountsBuilder {
            client: self.client.clone(),
            invoice_group_id: invoice_group_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Remove accounts from an invoice group. Removing all accounts will also delete the invoice group
    ///
    /// This API let’s you to remove accounts from an invoice group. Removing all accounts will also delete the invoice group
    ///
    /// `POST /invoice_groups/{invoice_group_id}/remove_accounts` (operation `RemoveInvoiceGroupAccounts`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn remove_invoice_group_accounts(
        &self,
        invoice_group_id: impl Into<String>,
        body: crate::models::UpdateInvoiceGroupAccounts,
    ) -> RemoveInvoiceGroupAccountsBuilder {
        RemoveInvoiceGroupAccountsBuilder {
            client: self.client.clone(),
            invoice_group_id: invoice_group_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static LIST_INVOICE_GROUPS: rt::Operation = rt::Operation {
    id: "listInvoiceGroups",
    method: rt::reqwest::Method::GET,
    path: "/invoice_groups",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoiceGroupsApi::list_invoice_groups`](super::InvoiceGroupsApi::list_invoice_groups): `GET /invoice_groups`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListInvoiceGroupsBuilder {
    client: Client,
    options: RequestOptions,
}

impl ListInvoiceGroupsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::InvoiceGroupPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::InvoiceGroupPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_INVOICE_GROUPS);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::InvoiceGroupPaginatedResponse, crate::Error);
}

static CREATE_INVOICE_GROUP: rt::Operation = rt::Operation {
    id: "createInvoiceGroup",
    method: rt::reqwest::Method::POST,
    path: "/invoice_groups",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`InvoiceGroupsApi::create_invoice_group`](super::InvoiceGroupsApi::create_invoice_group): `POST /invoice_groups`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInvoiceGroupBuilder {
    client: Client,
    body: crate::models::CreateInvoiceGroupRequest,
    options: RequestOptions,
}

impl CreateInvoiceGroupBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::InvoiceGroups> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::InvoiceGroups> {
        let mut call = self.client.inner.call(&CREATE_INVOICE_GROUP);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::InvoiceGroups, crate::Error);
}

static GET_INVOICE_GROUP: rt::Operation = rt::Operation {
    id: "getInvoiceGroup",
    method: rt::reqwest::Method::GET,
    path: "/invoice_groups/{invoice_group_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`InvoiceGroupsApi::get_invoice_group`](super::InvoiceGroupsApi::get_invoice_group): `GET /invoice_groups/{invoice_group_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetInvoiceGroupBuilder {
    client: Client,
    invoice_group_id: String,
    options: RequestOptions,
}

impl GetInvoiceGroupBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::InvoiceGroupAccountsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::InvoiceGroupAccountsPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_INVOICE_GROUP);
        call.path_param("invoice_group_id", &self.invoice_group_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::InvoiceGroupAccountsPaginatedResponse,
        crate::Error
    );
}

static ADD_INVOICE_GROUP_ACCOUNTS: rt::Operation = rt::Operation {
    id: "AddInvoiceGroupAccounts",
    method: rt::reqwest::Method::POST,
    path: "/invoice_groups/{invoice_group_id}/add_accounts",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`InvoiceGroupsApi::add_invoice_group_accounts`](super::InvoiceGroupsApi::add_invoice_group_accounts): `POST /invoice_groups/{invoice_group_id}/add_accounts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddInvoiceGroupAccountsBuilder {
    client: Client,
    invoice_group_id: String,
    body: crate::models::UpdateInvoiceGroupAccounts,
    options: RequestOptions,
}

impl AddInvoiceGroupAccountsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::InvoiceGroups> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::InvoiceGroups> {
        let mut call = self.client.inner.call(&ADD_INVOICE_GROUP_ACCOUNTS);
        call.path_param("invoice_group_id", &self.invoice_group_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::InvoiceGroups, crate::Error);
}

static REMOVE_INVOICE_GROUP_ACCOUNTS: rt::Operation = rt::Operation {
    id: "RemoveInvoiceGroupAccounts",
    method: rt::reqwest::Method::POST,
    path: "/invoice_groups/{invoice_group_id}/remove_accounts",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`InvoiceGroupsApi::remove_invoice_group_accounts`](super::InvoiceGroupsApi::remove_invoice_group_accounts): `POST /invoice_groups/{invoice_group_id}/remove_accounts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemoveInvoiceGroupAccountsBuilder {
    client: Client,
    invoice_group_id: String,
    body: crate::models::UpdateInvoiceGroupAccounts,
    options: RequestOptions,
}

impl RemoveInvoiceGroupAccountsBuilder {
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
        let mut call = self.client.inner.call(&REMOVE_INVOICE_GROUP_ACCOUNTS);
        call.path_param("invoice_group_id", &self.invoice_group_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}
