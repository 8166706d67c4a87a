//! Credits API

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Credits API
///
/// Get one from [`Client::credits`](crate::Client::credits).
#[derive(Debug, Clone)]
pub struct CreditsApi {
    client: Client,
}

impl CreditsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List credits
    ///
    /// Get all credits
    ///
    /// `GET /credits` (operation `listCredits`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_credits(&self) -> ListCreditsBuilder {
        ListCreditsBuilder {
            client: self.client.clone(),
            next_token: None,
            status: None,
            account_id: None,
            id: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Grant credit
    ///
    /// `POST /credits` (operation `createCredit`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_credit(&self) -> CreateCreditBuilder {
        CreateCreditBuilder {
            client: self.client.clone(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Get credit details
    ///
    /// `GET /credits/{credit_id}` (operation `getCreditDetails`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_credit_details(&self, credit_id: impl Into<String>) -> GetCreditDetailsBuilder {
        GetCreditDetailsBuilder {
            client: self.client.clone(),
            credit_id: credit_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Void credit
    ///
    /// `POST /credits/{credit_id}/void` (operation `voidCredit`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn void_credit(&self, credit_id: impl Into<String>) -> VoidCreditBuilder {
        VoidCreditBuilder {
            client: self.client.clone(),
            credit_id: credit_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Credit balance for Account
    ///
    /// `GET /accounts/{account_id}/credit_balance` (operation `CreditBalanceForAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn credit_balance_for_account(
        &self,
        account_id: impl Into<String>,
    ) -> CreditBalanceForAccountBuilder {
        CreditBalanceForAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }
}

static LIST_CREDITS: rt::Operation = rt::Operation {
    id: "listCredits",
    method: rt::reqwest::Method::GET,
    path: "/credits",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CreditsApi::list_credits`](super::CreditsApi::list_credits): `GET /credits`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCreditsBuilder {
    client: Client,
    next_token: Option<String>,
    status: Option<String>,
    account_id: Option<String>,
    id: Option<String>,
    page_size: Option<i64>,
    options: RequestOptions,
}

impl ListCreditsBuilder {
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

    /// Filter option to filter based on account id.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Filter option to filter based on credit id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::ListCreditsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ListCreditsResponse> {
        let mut call = self.client.inner.call(&LIST_CREDITS);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.status {
            call.query("status", value);
        }
        if let Some(value) = &self.account_id {
            call.query("account_id", value);
        }
        if let Some(value) = &self.id {
            call.query("id", value);
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

    rt::blocking_methods!(crate::models::ListCreditsResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Credit>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for ListCreditsBuilder {
    type Page = crate::models::ListCreditsResponse;

    type Item = crate::models::Credit;

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

static CREATE_CREDIT: rt::Operation = rt::Operation {
    id: "createCredit",
    method: rt::reqwest::Method::POST,
    path: "/credits",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CreditsApi::create_credit`](super::CreditsApi::create_credit): `POST /credits`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCreditBuilder {
    client: Client,
    body: Option<crate::models::CreateCreditRequest>,
    options: RequestOptions,
}

impl CreateCreditBuilder {
    /// Payload to grant credits
    pub fn body(mut self, value: impl Into<crate::models::CreateCreditRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::CreateCreditResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CreateCreditResponse> {
        let mut call = self.client.inner.call(&CREATE_CREDIT);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CreateCreditResponse, crate::Error);
}

static GET_CREDIT_DETAILS: rt::Operation = rt::Operation {
    id: "getCreditDetails",
    method: rt::reqwest::Method::GET,
    path: "/credits/{credit_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CreditsApi::get_credit_details`](super::CreditsApi::get_credit_details): `GET /credits/{credit_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCreditDetailsBuilder {
    client: Client,
    credit_id: String,
    options: RequestOptions,
}

impl GetCreditDetailsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CreditDetailsResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CreditDetailsResponse> {
        let mut call = self.client.inner.call(&GET_CREDIT_DETAILS);
        call.path_param("credit_id", &self.credit_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CreditDetailsResponse, crate::Error);
}

static VOID_CREDIT: rt::Operation = rt::Operation {
    id: "voidCredit",
    method: rt::reqwest::Method::POST,
    path: "/credits/{credit_id}/void",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`CreditsApi::void_credit`](super::CreditsApi::void_credit): `POST /credits/{credit_id}/void`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct VoidCreditBuilder {
    client: Client,
    credit_id: String,
    options: RequestOptions,
}

impl VoidCreditBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Credit> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Credit> {
        let mut call = self.client.inner.call(&VOID_CREDIT);
        call.path_param("credit_id", &self.credit_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Credit, crate::Error);
}

static CREDIT_BALANCE_FOR_ACCOUNT: rt::Operation = rt::Operation {
    id: "CreditBalanceForAccount",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/credit_balance",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`CreditsApi::credit_balance_for_account`](super::CreditsApi::credit_balance_for_account): `GET /accounts/{account_id}/credit_balance`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreditBalanceForAccountBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl CreditBalanceForAccountBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::CreditBalanceResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::CreditBalanceResponse> {
        let mut call = self.client.inner.call(&CREDIT_BALANCE_FOR_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::CreditBalanceResponse, crate::Error);
}
