//! Mocks of the operations of [`WalletApi`](crate::apis::WalletApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`WalletApi`](crate::apis::WalletApi) on this mock.
    pub fn wallet(&self) -> WalletApiMock {
        WalletApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`WalletApi`](crate::apis::WalletApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct WalletApiMock {
    server: rt::mock::MockServer,
}

impl WalletApiMock {
    /// Rules and requests of [`WalletApi::top_up_wallet_for_account`](crate::apis::WalletApi::top_up_wallet_for_account): `POST /accounts/{account_id}/wallet_topup`.
    pub fn top_up_wallet_for_account(
        &self,
    ) -> rt::mock::MockOperation<TopUpWalletForAccountRequest, crate::models::WalletBalanceResponse>
    {
        self.server.operation("topUpWalletForAccount", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`WalletApi::wallet_balance_for_account`](crate::apis::WalletApi::wallet_balance_for_account): `GET /accounts/{account_id}/wallet`.
    pub fn wallet_balance_for_account(
        &self,
    ) -> rt::mock::MockOperation<WalletBalanceForAccountRequest, crate::models::WalletBalanceResponse>
    {
        self.server.operation("WalletBalanceForAccount", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`WalletApi::update_wallet_for_account`](crate::apis::WalletApi::update_wallet_for_account): `PATCH /accounts/{account_id}/wallet`.
    pub fn update_wallet_for_account(
        &self,
    ) -> rt::mock::MockOperation<UpdateWalletForAccountRequest, crate::models::WalletBalanceResponse>
    {
        self.server.operation("updateWalletForAccount", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`WalletApi::wallet_entries_for_account`](crate::apis::WalletApi::wallet_entries_for_account): `GET /accounts/{account_id}/wallet/entries`.
    pub fn wallet_entries_for_account(
        &self,
    ) -> rt::mock::MockOperation<
        WalletEntriesForAccountRequest,
        crate::models::WalletEntriesPaginatedResponse,
    > {
        self.server.operation("WalletEntriesForAccount", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "topUpWalletForAccount",
        method: "POST",
        path: "/accounts/{account_id}/wallet_topup",
        decode: rt::mock::decode::<TopUpWalletForAccountRequest>,
    },
    rt::mock::Route {
        id: "WalletBalanceForAccount",
        method: "GET",
        path: "/accounts/{account_id}/wallet",
        decode: rt::mock::decode::<WalletBalanceForAccountRequest>,
    },
    rt::mock::Route {
        id: "updateWalletForAccount",
        method: "PATCH",
        path: "/accounts/{account_id}/wallet",
        decode: rt::mock::decode::<UpdateWalletForAccountRequest>,
    },
    rt::mock::Route {
        id: "WalletEntriesForAccount",
        method: "GET",
        path: "/accounts/{account_id}/wallet/entries",
        decode: rt::mock::decode::<WalletEntriesForAccountRequest>,
    },
];

/// The request of [`WalletApi::top_up_wallet_for_account`](crate::apis::WalletApi::top_up_wallet_for_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TopUpWalletForAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::TopupWalletRequest>,
}

impl rt::mock::RequestView for TopUpWalletForAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`WalletApi::wallet_balance_for_account`](crate::apis::WalletApi::wallet_balance_for_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WalletBalanceForAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for WalletBalanceForAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`WalletApi::update_wallet_for_account`](crate::apis::WalletApi::update_wallet_for_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateWalletForAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::UpdateWalletRequest>,
}

impl rt::mock::RequestView for UpdateWalletForAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`WalletApi::wallet_entries_for_account`](crate::apis::WalletApi::wallet_entries_for_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WalletEntriesForAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
}

impl rt::mock::RequestView for WalletEntriesForAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}
