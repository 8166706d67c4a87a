//! Payments API

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Payments API
///
/// Get one from [`Client::payments`](crate::Client::payments).
#[derive(Debug, Clone)]
pub struct PaymentsApi {
    client: Client,
}

impl PaymentsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List all payments
    ///
    /// `GET /payments` (operation `listPayments`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_payments(&self) -> ListPaymentsBuilder {
        ListPaymentsBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// create payments
    ///
    /// `POST /payments` (operation `createPayments`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_payments(&self) -> CreatePaymentsBuilder {
        CreatePaymentsBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a payment
    ///
    /// Get payment
    ///
    /// `GET /payments/{payment_id}` (operation `getPayment`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_payment(&self, payment_id: impl Into<String>) -> GetPaymentBuilder {
        GetPaymentBuilder {
            client: self.client.clone(),
            payment_id: payment_id.into(),
            version: None,
            options: RequestOptions::default(),
        }
    }
}

static LIST_PAYMENTS: rt::Operation = rt::Operation {
    id: "listPayments",
    method: rt::reqwest::Method::GET,
    path: "/payments",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PaymentsApi::list_payments`](super::PaymentsApi::list_payments): `GET /payments`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPaymentsBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<i64>,
    options: RequestOptions,
}

impl ListPaymentsBuilder {
    /// Pagination token used as a marker to get records from next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Maximum page size expected by client to return the record list.
    ///
    ///  NOTE: Max page size cannot be more than 50. Also 50 is the default page size if no value is provided.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::ListPaymentResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ListPaymentResponse> {
        let mut call = self.client.inner.call(&LIST_PAYMENTS);
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

    rt::blocking_methods!(crate::models::ListPaymentResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Payment>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListPaymentsBuilder {
    type Page = crate::models::ListPaymentResponse;

    type Item = crate::models::Payment;

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

static CREATE_PAYMENTS: rt::Operation = rt::Operation {
    id: "createPayments",
    method: rt::reqwest::Method::POST,
    path: "/payments",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`PaymentsApi::create_payments`](super::PaymentsApi::create_payments): `POST /payments`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePaymentsBuilder {
    client: Client,
    body: Option<crate::models::CreatePaymentRequest>,
    options: RequestOptions,
}

impl CreatePaymentsBuilder {
    /// Payload to create a payment
    pub fn body(mut self, value: impl Into<crate::models::CreatePaymentRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::Payment> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Payment> {
        let mut call = self.client.inner.call(&CREATE_PAYMENTS);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Payment, crate::Error);
}

static GET_PAYMENT: rt::Operation = rt::Operation {
    id: "getPayment",
    method: rt::reqwest::Method::GET,
    path: "/payments/{payment_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PaymentsApi::get_payment`](super::PaymentsApi::get_payment): `GET /payments/{payment_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPaymentBuilder {
    client: Client,
    payment_id: String,
    version: Option<i32>,
    options: RequestOptions,
}

impl GetPaymentBuilder {
    /// Optional version to get a specific version. Gets latest version if it is not provided.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::Payment> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Payment> {
        let mut call = self.client.inner.call(&GET_PAYMENT);
        call.path_param("payment_id", &self.payment_id);
        if let Some(value) = &self.version {
            call.query("version", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Payment, crate::Error);
}
