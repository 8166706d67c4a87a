//! Wallet API

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Wallet API
///
/// Get one from [`Client::wallet`](crate::Client::wallet).
#[derive(Debug, Clone)]
pub struct WalletApi {
    client: Client,
}

impl WalletApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Top-up wallet for an account
    ///
    /// `POST /accounts/{account_id}/wallet_topup` (operation `topUpWalletForAccount`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn top_up_wallet_for_account(
        &self,
        account_id: impl Into<String>,
    ) -> TopUpWalletForAccountBuilder {
        TopUpWalletForAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Wallet balance for Account
    ///
    /// `GET /accounts/{account_id}/wallet` (operation `WalletBalanceForAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn wallet_balance_for_account(
        &self,
        account_id: impl Into<String>,
    ) -> WalletBalanceForAccountBuilder {
        WalletBalanceForAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update wallet details for an account
    ///
    /// `PATCH /accounts/{account_id}/wallet` (operation `updateWalletForAccount`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_wallet_for_account(
        &self,
        account_id: impl Into<String>,
    ) -> UpdateWalletForAccountBuilder {
        UpdateWalletForAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Wallet entries for Account
    ///
    /// `GET /accounts/{account_id}/wallet/entries` (operation `WalletEntriesForAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn wallet_entries_for_account(
        &self,
        account_id: impl Into<String>,
    ) -> WalletEntriesForAccountBuilder {
        WalletEntriesForAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }
}

static TOP_UP_WALLET_FOR_ACCOUNT: rt::Operation = rt::Operation {
    id: "topUpWalletForAccount",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/wallet_topup",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`WalletApi::top_up_wallet_for_account`](super::WalletApi::top_up_wallet_for_account): `POST /accounts/{account_id}/wallet_topup`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TopUpWalletForAccountBuilder {
    client: Client,
    account_id: String,
    body: Option<crate::models::TopupWalletRequest>,
    options: RequestOptions,
}

impl TopUpWalletForAccountBuilder {
    /// Payload to topup wallet of an account
    pub fn body(mut self, value: impl Into<crate::models::TopupWalletRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::WalletBalanceResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::WalletBalanceResponse> {
        let mut call = self.client.inner.call(&TOP_UP_WALLET_FOR_ACCOUNT);
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

    rt::blocking_methods!(crate::models::WalletBalanceResponse, crate::Error);
}

static WALLET_BALANCE_FOR_ACCOUNT: rt::Operation = rt::Operation {
    id: "WalletBalanceForAccount",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/wallet",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`WalletApi::wallet_balance_for_account`](super::WalletApi::wallet_balance_for_account): `GET /accounts/{account_id}/wallet`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct WalletBalanceForAccountBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl WalletBalanceForAccountBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::WalletBalanceResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::WalletBalanceResponse> {
        let mut call = self.client.inner.call(&WALLET_BALANCE_FOR_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::WalletBalanceResponse, crate::Error);
}

static UPDATE_WALLET_FOR_ACCOUNT: rt::Operation = rt::Operation {
    id: "updateWalletForAccount",
    method: rt::reqwest::Method::PATCH,
    path: "/accounts/{account_id}/wallet",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`WalletApi::update_wallet_for_account`](super::WalletApi::update_wallet_for_account): `PATCH /accounts/{account_id}/wallet`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWalletForAccountBuilder {
    client: Client,
    account_id: String,
    body: Option<crate::models::UpdateWalletRequest>,
    options: RequestOptions,
}

impl UpdateWalletForAccountBuilder {
    /// Payload to update wallet of an account
    pub fn body(mut self, value: impl Into<crate::models::UpdateWalletRequest>) -> Self {
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
    pub fn send(self) -> BodyFuture<crate::models::WalletBalanceResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::WalletBalanceResponse> {
        let mut call = self.client.inner.call(&UPDATE_WALLET_FOR_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        if let Some(body) = &self.body {
            call.json(body);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::WalletBalanceResponse, crate::Error);
}

static WALLET_ENTRIES_FOR_ACCOUNT: rt::Operation = rt::Operation {
    id: "WalletEntriesForAccount",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/wallet/entries",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`WalletApi::wallet_entries_for_account`](super::WalletApi::wallet_entries_for_account): `GET /accounts/{account_id}/wallet/entries`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct WalletEntriesForAccountBuilder {
    client: Client,
    account_id: String,
    next_token: Option<String>,
    page_size: Option<i64>,
    options: RequestOptions,
}

impl WalletEntriesForAccountBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::WalletEntriesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::WalletEntriesPaginatedResponse> {
        let mut call = self.client.inner.call(&WALLET_ENTRIES_FOR_ACCOUNT);
        call.path_param("account_id", &self.account_id);
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

    rt::blocking_methods!(crate::models::WalletEntriesPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::WalletEntry>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for WalletEntriesForAccountBuilder {
    type Page = crate::models::WalletEntriesPaginatedResponse;

    type Item = crate::models::WalletEntry;

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
