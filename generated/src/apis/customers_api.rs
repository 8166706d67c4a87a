//! Customer level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Customer level calls
///
/// Get one from [`Client::customers`](crate::Client::customers).
#[derive(Debug, Clone)]
pub struct CustomersApi {
    client: Client,
}

impl CustomersApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List customers
    ///
    /// Returns a list of customers with pagination and sort.
    ///
    /// `GET /customers` (operation `getCustomers`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_customers(&self) -> GetCustomersBuilder {
        GetCustomersBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create a customer
    ///
    /// This API let’s you to create customers and corresponding accounts.
    ///
    /// `POST /customers` (operation `createCustomer`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_customer(
        &self,
        body: crate::models::CreateCustomerRequest,
    ) -> CreateCustomerBuilder {
        CreateCustomerBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get a customer
    ///
    /// Get customer information using customer_id.
    ///
    /// `GET /customers/{customer_id}` (operation `getCustomer`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_customer(&self, customer_id: impl Into<String>) -> GetCustomerBuilder {
        GetCustomerBuilder {
            client: self.client.clone(),
            customer_id: customer_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Delete a customer
    ///
    /// This API let’s you to delete a customer using customer_id.
    ///
    /// `DELETE /customers/{customer_id}` (operation `deleteCustomer`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_customer(&self, customer_id: impl Into<String>) -> DeleteCustomerBuilder {
        DeleteCustomerBuilder {
            client: self.client.clone(),
            customer_id: customer_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update a customer
    ///
    /// This API let’s you to update a customer’s information using customer_id.
    ///
    /// `PATCH /customers/{customer_id}` (operation `updateCustomer`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_customer(
        &self,
        customer_id: impl Into<String>,
        body: crate::models::UpdateCustomerRequest,
    ) -> UpdateCustomerBuilder {
        UpdateCustomerBuilder {
            client: self.client.clone(),
            customer_id: customer_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Create a contact for the customer
    ///
    /// This API let’s you to create a contact for the customer
    ///
    /// `POST /customers/{customer_id}/contacts` (operation `createCustomerContact`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_customer_contact(
        &self,
        customer_id: impl Into<String>,
        body: crate::models::CreateCustomerContactRequest,
    ) -> CreateCustomerContactBuilder {
        CreateCustomerContactBuilder {
            client: self.client.clone(),
            customer_id: customer_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_CUSTOMERS: rt::Operation = rt::Operation {
    id: "getCustomers",
    method: rt::reqwest::Method::GET,
    path: "/customers",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::get_customers`](super::CustomersApi::get_customers): `GET /customers`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomersBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetCustomersBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CustomerPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CustomerPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_CUSTOMERS);
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

    rt::blocking_methods!(crate::models::CustomerPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Customer>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetCustomersBuilder {
    type Page = crate::models::CustomerPaginatedResponse;

    type Item = crate::models::Customer;

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

static CREATE_CUSTOMER: rt::Operation = rt::Operation {
    id: "createCustomer",
    method: rt::reqwest::Method::POST,
    path: "/customers",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::create_customer`](super::CustomersApi::create_customer): `POST /customers`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomerBuilder {
    client: Client,
    body: crate::models::CreateCustomerRequest,
    options: RequestOptions,
}

impl CreateCustomerBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CreateCustomerResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CreateCustomerResponse> {
        let mut call = self.client.inner.call(&CREATE_CUSTOMER);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CreateCustomerResponse, crate::Error);
}

static GET_CUSTOMER: rt::Operation = rt::Operation {
    id: "getCustomer",
    method: rt::reqwest::Method::GET,
    path: "/customers/{customer_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::get_customer`](super::CustomersApi::get_customer): `GET /customers/{customer_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomerBuilder {
    client: Client,
    customer_id: String,
    options: RequestOptions,
}

impl GetCustomerBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Customer> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Customer> {
        let mut call = self.client.inner.call(&GET_CUSTOMER);
        call.path_param("customer_id", &self.customer_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Customer, crate::Error);
}

static DELETE_CUSTOMER: rt::Operation = rt::Operation {
    id: "deleteCustomer",
    method: rt::reqwest::Method::DELETE,
    path: "/customers/{customer_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::delete_customer`](super::CustomersApi::delete_customer): `DELETE /customers/{customer_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomerBuilder {
    client: Client,
    customer_id: String,
    options: RequestOptions,
}

impl DeleteCustomerBuilder {
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
        let mut call = self.client.inner.call(&DELETE_CUSTOMER);
        call.path_param("customer_id", &self.customer_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_CUSTOMER: rt::Operation = rt::Operation {
    id: "updateCustomer",
    method: rt::reqwest::Method::PATCH,
    path: "/customers/{customer_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::update_customer`](super::CustomersApi::update_customer): `PATCH /customers/{customer_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCustomerBuilder {
    client: Client,
    customer_id: String,
    body: crate::models::UpdateCustomerRequest,
    options: RequestOptions,
}

impl UpdateCustomerBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Customer> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Customer> {
        let mut call = self.client.inner.call(&UPDATE_CUSTOMER);
        call.path_param("customer_id", &self.customer_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Customer, crate::Error);
}

static CREATE_CUSTOMER_CONTACT: rt::Operation = rt::Operation {
    id: "createCustomerContact",
    method: rt::reqwest::Method::POST,
    path: "/customers/{customer_id}/contacts",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CustomersApi::create_customer_contact`](super::CustomersApi::create_customer_contact): `POST /customers/{customer_id}/contacts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomerContactBuilder {
    client: Client,
    customer_id: String,
    body: crate::models::CreateCustomerContactRequest,
    options: RequestOptions,
}

impl CreateCustomerContactBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CreateCustomerContactResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::CreateCustomerContactResponse> {
        let mut call = self.client.inner.call(&CREATE_CUSTOMER_CONTACT);
        call.path_param("customer_id", &self.customer_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CreateCustomerContactResponse, crate::Error);
}
