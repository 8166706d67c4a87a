//! Account level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Account level calls
///
/// Get one from [`Client::accounts`](crate::Client::accounts).
#[derive(Debug, Clone)]
pub struct AccountsApi {
    client: Client,
}

impl AccountsApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// List accounts of customer
    ///
    /// Returns a list of accounts of a customer with pagination and sort.
    ///
    /// `GET /accounts` (operation `getAccounts`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_accounts(&self) -> GetAccountsBuilder {
        GetAccountsBuilder {
            client: self.client.clone(),
            next_token: None,
            page_size: None,
            options: RequestOptions::default(),
        }
    }

    /// Create an account
    ///
    /// This API let’s you to create an account for a customer using customer_id.
    ///
    /// `POST /accounts` (operation `createAccount`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_account(
        &self,
        body: crate::models::CreateAccountRequest,
    ) -> CreateAccountBuilder {
        CreateAccountBuilder {
            client: self.client.clone(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get an account
    ///
    /// Get account information using customer_id and account_id.
    ///
    /// `GET /accounts/{account_id}` (operation `getAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_account(&self, account_id: impl Into<String>) -> GetAccountBuilder {
        GetAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            effective_on: None,
            include_group_details: None,
            options: RequestOptions::default(),
        }
    }

    /// Delete an account
    ///
    /// This API let’s you to delete a customer using customer_id and account_id.
    ///
    /// `DELETE /accounts/{account_id}` (operation `deleteAccount`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn delete_account(&self, account_id: impl Into<String>) -> DeleteAccountBuilder {
        DeleteAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Update an account
    ///
    /// This API let’s you to update an account’s information using customer_id and account_id.
    ///
    /// `PATCH /accounts/{account_id}` (operation `updateAccount`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_account(
        &self,
        account_id: impl Into<String>,
        body: crate::models::UpdateAccountRequest,
    ) -> UpdateAccountBuilder {
        UpdateAccountBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Add Aliases to account
    ///
    /// Add aliases to an account using customer_id and account_id.
    ///
    /// `POST /accounts/{account_id}/add_aliases` (operation `addAliases`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn add_aliases(
        &self,
        account_id: impl Into<String>,
        body: crate::models::AddAccountAliasesRequest,
    ) -> AddAliasesBuilder {
        AddAliasesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get all aliases of an account
    ///
    /// Get all aliases of an account using account_id
    ///
    /// `GET /accounts/{account_id}/account_aliases` (operation `listAccountAliases`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_account_aliases(&self, account_id: impl Into<String>) -> ListAccountAliasesBuilder {
        ListAccountAliasesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Remove Aliases to account
    ///
    /// Remove existing aliases tagged to an account using this API
    ///
    /// `POST /accounts/{account_id}/remove_aliases` (operation `removeAliases`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn remove_aliases(
        &self,
        account_id: impl Into<String>,
        body: crate::models::RemoveAccountAliasesRequest,
    ) -> RemoveAliasesBuilder {
        RemoveAliasesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Dissociate or associate a price plan with an account
    ///
    /// This API let’s you to detach or attach a price plan with an existing account
    ///
    /// `POST /accounts/{account_id}/price_plans` (operation `updatePricingSchedule`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_pricing_schedule(
        &self,
        account_id: impl Into<String>,
        body: crate::models::UpdatePricingScheduleRequestWithActions,
    ) -> UpdatePricingScheduleBuilder {
        UpdatePricingScheduleBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Get all purchases for an account
    ///
    /// Get Purchase information for an account using account_id and price_plan_id
    ///
    /// `GET /accounts/{account_id}/purchases` (operation `listAccountPurchases`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_account_purchases(
        &self,
        account_id: impl Into<String>,
    ) -> ListAccountPurchasesBuilder {
        ListAccountPurchasesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Initiate a purchase
    ///
    /// This API let’s you to initiate a purchase for an account
    ///
    /// `POST /accounts/{account_id}/purchases` (operation `initiateOneTimeEntitlementPlan`).
    ///
    /// Retries: retry-safe when the request carries an idempotency key (`idempotencyKey` set in the body): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending. Without one, not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn initiate_one_time_entitlement_plan(
        &self,
        account_id: impl Into<String>,
        body: crate::models::CreatePurchaseRequest,
    ) -> InitiateOneTimeEntitlementPlanBuilder {
        InitiateOneTimeEntitlementPlanBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Get a specific purchase of an account
    ///
    /// Get purchase information of an account for a specific plan using account_id and price_plan_id
    ///
    /// `GET /purchases/{purchase_id}` (operation `getPurchase`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_purchase(&self, purchase_id: impl Into<String>) -> GetPurchaseBuilder {
        GetPurchaseBuilder {
            client: self.client.clone(),
            purchase_id: purchase_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) List all proposals of an account
    ///
    /// List all proposals of an account
    ///
    /// `GET /accounts/{account_id}/purchase_proposals` (operation `listAccountProposals`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_account_proposals(
        &self,
        account_id: impl Into<String>,
    ) -> ListAccountProposalsBuilder {
        ListAccountProposalsBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Propose a purchase of a plan
    ///
    /// This API let’s you to create a proposal of a billing/entitlement plan for an account
    ///
    /// `POST /accounts/{account_id}/purchase_proposals` (operation `createProposal`).
    ///
    /// Retries: retry-safe when the request carries an idempotency key (`idempotencyKey` set in the body): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending. Without one, not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn create_proposal(
        &self,
        account_id: impl Into<String>,
        body: crate::models::CreateProposalRequest,
    ) -> CreateProposalBuilder {
        CreateProposalBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Get proposal information
    ///
    /// Get proposal information
    ///
    /// `GET /purchase_proposals/{purchase_proposal_id}` (operation `getProposal`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_proposal(&self, purchase_proposal_id: impl Into<String>) -> GetProposalBuilder {
        GetProposalBuilder {
            client: self.client.clone(),
            purchase_proposal_id: purchase_proposal_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Edit schedules of an account.
    ///
    /// This API let’s you to detach/attach one or more price plans from/to an existing account
    ///
    /// `POST /accounts/{account_id}/edit_schedules` (operation `updatePricingScheduleBatch`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_pricing_schedule_batch(
        &self,
        account_id: impl Into<String>,
        body: crate::models::EditPricingScheduleRequest,
    ) -> UpdatePricingScheduleBatchBuilder {
        UpdatePricingScheduleBatchBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            dry_run: None,
            body,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) List pricing schedules of an account
    ///
    /// Returns a list of pricing schedules of an account with pagination and sort.
    ///
    /// `GET /accounts/{account_id}/pricing_schedules` (operation `getPricingSchedules`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn get_pricing_schedules(
        &self,
        account_id: impl Into<String>,
    ) -> GetPricingSchedulesBuilder {
        GetPricingSchedulesBuilder {
            client: self.client.clone(),
            account_id: account_id.into(),
            next_token: None,
            page_size: None,
            start_date: None,
            end_date: None,
            include_price_plan_info: None,
            compact: None,
            options: RequestOptions::default(),
        }
    }

    /// (DEPRECATED) Approve or decline a purchase of a billing plan
    ///
    /// This API let’s you to approve or decline a proposal of a billing plan for an account
    ///
    /// `POST /purchase_proposals/{purchase_proposal_id}/update_status` (operation `updateProposalStatus`).
    ///
    /// Retries: not retry-safe: retried only when it cannot have been processed (connection refused, 429, 503); after a 502, a 504, a timeout or a lost connection the call fails, and the request may have been processed.
    pub fn update_proposal_status(
        &self,
        purchase_proposal_id: impl Into<String>,
        body: crate::models::UpdateProposalStatus,
    ) -> UpdateProposalStatusBuilder {
        UpdateProposalStatusBuilder {
            client: self.client.clone(),
            purchase_proposal_id: purchase_proposal_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

static GET_ACCOUNTS: rt::Operation = rt::Operation {
    id: "getAccounts",
    method: rt::reqwest::Method::GET,
    path: "/accounts",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::get_accounts`](super::AccountsApi::get_accounts): `GET /accounts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountsBuilder {
    client: Client,
    next_token: Option<String>,
    page_size: Option<f64>,
    options: RequestOptions,
}

impl GetAccountsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AccountPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::AccountPaginatedResponse> {
        let mut call = self.client.inner.call(&GET_ACCOUNTS);
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

    rt::blocking_methods!(crate::models::AccountPaginatedResponse, crate::Error);

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<Item = crate::Result<crate::models::Account>> + Send + 'static
    {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetAccountsBuilder {
    type Page = crate::models::AccountPaginatedResponse;

    type Item = crate::models::Account;

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

static CREATE_ACCOUNT: rt::Operation = rt::Operation {
    id: "createAccount",
    method: rt::reqwest::Method::POST,
    path: "/accounts",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::create_account`](super::AccountsApi::create_account): `POST /accounts`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccountBuilder {
    client: Client,
    body: crate::models::CreateAccountRequest,
    options: RequestOptions,
}

impl CreateAccountBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Account> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Account> {
        let mut call = self.client.inner.call(&CREATE_ACCOUNT);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            201 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Account, crate::Error);
}

static GET_ACCOUNT: rt::Operation = rt::Operation {
    id: "getAccount",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::get_account`](super::AccountsApi::get_account): `GET /accounts/{account_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountBuilder {
    client: Client,
    account_id: String,
    effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    include_group_details: Option<bool>,
    options: RequestOptions,
}

impl GetAccountBuilder {
    /// The `effectiveOn` query parameter.
    pub fn effective_on(mut self, value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>) -> Self {
        self.effective_on = Some(value.into());
        self
    }

    /// The `includeGroupDetails` query parameter.
    pub fn include_group_details(mut self, value: impl Into<bool>) -> Self {
        self.include_group_details = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::Account> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Account> {
        let mut call = self.client.inner.call(&GET_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        if let Some(value) = &self.effective_on {
            call.query("effectiveOn", value);
        }
        if let Some(value) = &self.include_group_details {
            call.query("includeGroupDetails", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Account, crate::Error);
}

static DELETE_ACCOUNT: rt::Operation = rt::Operation {
    id: "deleteAccount",
    method: rt::reqwest::Method::DELETE,
    path: "/accounts/{account_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::delete_account`](super::AccountsApi::delete_account): `DELETE /accounts/{account_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccountBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl DeleteAccountBuilder {
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
        let mut call = self.client.inner.call(&DELETE_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::BaseSuccessResponse, crate::Error);
}

static UPDATE_ACCOUNT: rt::Operation = rt::Operation {
    id: "updateAccount",
    method: rt::reqwest::Method::PATCH,
    path: "/accounts/{account_id}",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::update_account`](super::AccountsApi::update_account): `PATCH /accounts/{account_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccountBuilder {
    client: Client,
    account_id: String,
    body: crate::models::UpdateAccountRequest,
    options: RequestOptions,
}

impl UpdateAccountBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Account> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Account> {
        let mut call = self.client.inner.call(&UPDATE_ACCOUNT);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Account, crate::Error);
}

static ADD_ALIASES: rt::Operation = rt::Operation {
    id: "addAliases",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/add_aliases",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::add_aliases`](super::AccountsApi::add_aliases): `POST /accounts/{account_id}/add_aliases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAliasesBuilder {
    client: Client,
    account_id: String,
    body: crate::models::AddAccountAliasesRequest,
    options: RequestOptions,
}

impl AddAliasesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Account> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Account> {
        let mut call = self.client.inner.call(&ADD_ALIASES);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Account, crate::Error);
}

static LIST_ACCOUNT_ALIASES: rt::Operation = rt::Operation {
    id: "listAccountAliases",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/account_aliases",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::list_account_aliases`](super::AccountsApi::list_account_aliases): `GET /accounts/{account_id}/account_aliases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccountAliasesBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl ListAccountAliasesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::AccountAliasesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::AccountAliasesPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_ACCOUNT_ALIASES);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::AccountAliasesPaginatedResponse, crate::Error);
}

static REMOVE_ALIASES: rt::Operation = rt::Operation {
    id: "removeAliases",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/remove_aliases",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::remove_aliases`](super::AccountsApi::remove_aliases): `POST /accounts/{account_id}/remove_aliases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemoveAliasesBuilder {
    client: Client,
    account_id: String,
    body: crate::models::RemoveAccountAliasesRequest,
    options: RequestOptions,
}

impl RemoveAliasesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Account> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Account> {
        let mut call = self.client.inner.call(&REMOVE_ALIASES);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Account, crate::Error);
}

static UPDATE_PRICING_SCHEDULE: rt::Operation = rt::Operation {
    id: "updatePricingSchedule",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/price_plans",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::update_pricing_schedule`](super::AccountsApi::update_pricing_schedule): `POST /accounts/{account_id}/price_plans`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricingScheduleBuilder {
    client: Client,
    account_id: String,
    body: crate::models::UpdatePricingScheduleRequestWithActions,
    options: RequestOptions,
}

impl UpdatePricingScheduleBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::UpdatePricingScheduleResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::UpdatePricingScheduleResponse> {
        let mut call = self.client.inner.call(&UPDATE_PRICING_SCHEDULE);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UpdatePricingScheduleResponse, crate::Error);
}

static LIST_ACCOUNT_PURCHASES: rt::Operation = rt::Operation {
    id: "listAccountPurchases",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/purchases",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::list_account_purchases`](super::AccountsApi::list_account_purchases): `GET /accounts/{account_id}/purchases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccountPurchasesBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl ListAccountPurchasesBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::PurchasePaginatedListData> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::PurchasePaginatedListData> {
        let mut call = self.client.inner.call(&LIST_ACCOUNT_PURCHASES);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PurchasePaginatedListData, crate::Error);
}

static INITIATE_ONE_TIME_ENTITLEMENT_PLAN: rt::Operation = rt::Operation {
    id: "initiateOneTimeEntitlementPlan",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/purchases",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: Some(rt::IdempotencyKey::BodyField("idempotencyKey")),
};

/// Request builder for [`AccountsApi::initiate_one_time_entitlement_plan`](super::AccountsApi::initiate_one_time_entitlement_plan): `POST /accounts/{account_id}/purchases`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InitiateOneTimeEntitlementPlanBuilder {
    client: Client,
    account_id: String,
    body: crate::models::CreatePurchaseRequest,
    options: RequestOptions,
}

impl InitiateOneTimeEntitlementPlanBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Purchase> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Purchase> {
        let mut call = self.client.inner.call(&INITIATE_ONE_TIME_ENTITLEMENT_PLAN);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Purchase, crate::Error);
}

static GET_PURCHASE: rt::Operation = rt::Operation {
    id: "getPurchase",
    method: rt::reqwest::Method::GET,
    path: "/purchases/{purchase_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::get_purchase`](super::AccountsApi::get_purchase): `GET /purchases/{purchase_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPurchaseBuilder {
    client: Client,
    purchase_id: String,
    options: RequestOptions,
}

impl GetPurchaseBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetPurchaseResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetPurchaseResponse> {
        let mut call = self.client.inner.call(&GET_PURCHASE);
        call.path_param("purchase_id", &self.purchase_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetPurchaseResponse, crate::Error);
}

static LIST_ACCOUNT_PROPOSALS: rt::Operation = rt::Operation {
    id: "listAccountProposals",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/purchase_proposals",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::list_account_proposals`](super::AccountsApi::list_account_proposals): `GET /accounts/{account_id}/purchase_proposals`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccountProposalsBuilder {
    client: Client,
    account_id: String,
    options: RequestOptions,
}

impl ListAccountProposalsBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::ProposalsPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::ProposalsPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_ACCOUNT_PROPOSALS);
        call.path_param("account_id", &self.account_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::ProposalsPaginatedResponse, crate::Error);
}

static CREATE_PROPOSAL: rt::Operation = rt::Operation {
    id: "createProposal",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/purchase_proposals",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: Some(rt::IdempotencyKey::BodyField("idempotencyKey")),
};

/// Request builder for [`AccountsApi::create_proposal`](super::AccountsApi::create_proposal): `POST /accounts/{account_id}/purchase_proposals`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateProposalBuilder {
    client: Client,
    account_id: String,
    body: crate::models::CreateProposalRequest,
    options: RequestOptions,
}

impl CreateProposalBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Proposal> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Proposal> {
        let mut call = self.client.inner.call(&CREATE_PROPOSAL);
        call.path_param("account_id", &self.account_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Proposal, crate::Error);
}

static GET_PROPOSAL: rt::Operation = rt::Operation {
    id: "getProposal",
    method: rt::reqwest::Method::GET,
    path: "/purchase_proposals/{purchase_proposal_id}",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::get_proposal`](super::AccountsApi::get_proposal): `GET /purchase_proposals/{purchase_proposal_id}`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProposalBuilder {
    client: Client,
    purchase_proposal_id: String,
    options: RequestOptions,
}

impl GetProposalBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::GetProposalResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::GetProposalResponse> {
        let mut call = self.client.inner.call(&GET_PROPOSAL);
        call.path_param("purchase_proposal_id", &self.purchase_proposal_id);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::GetProposalResponse, crate::Error);
}

static UPDATE_PRICING_SCHEDULE_BATCH: rt::Operation = rt::Operation {
    id: "updatePricingScheduleBatch",
    method: rt::reqwest::Method::POST,
    path: "/accounts/{account_id}/edit_schedules",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::update_pricing_schedule_batch`](super::AccountsApi::update_pricing_schedule_batch): `POST /accounts/{account_id}/edit_schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePricingScheduleBatchBuilder {
    client: Client,
    account_id: String,
    dry_run: Option<bool>,
    body: crate::models::EditPricingScheduleRequest,
    options: RequestOptions,
}

impl UpdatePricingScheduleBatchBuilder {
    /// The `dry_run` query parameter.
    pub fn dry_run(mut self, value: impl Into<bool>) -> Self {
        self.dry_run = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::UpdatePricingScheduleResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::UpdatePricingScheduleResponse> {
        let mut call = self.client.inner.call(&UPDATE_PRICING_SCHEDULE_BATCH);
        call.path_param("account_id", &self.account_id);
        if let Some(value) = &self.dry_run {
            call.query("dry_run", value);
        }
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::UpdatePricingScheduleResponse, crate::Error);
}

static GET_PRICING_SCHEDULES: rt::Operation = rt::Operation {
    id: "getPricingSchedules",
    method: rt::reqwest::Method::GET,
    path: "/accounts/{account_id}/pricing_schedules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::get_pricing_schedules`](super::AccountsApi::get_pricing_schedules): `GET /accounts/{account_id}/pricing_schedules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPricingSchedulesBuilder {
    client: Client,
    account_id: String,
    next_token: Option<String>,
    page_size: Option<f64>,
    start_date: Option<String>,
    end_date: Option<String>,
    include_price_plan_info: Option<bool>,
    compact: Option<bool>,
    options: RequestOptions,
}

impl GetPricingSchedulesBuilder {
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

    /// The `start_date` query parameter.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }

    /// The `end_date` query parameter.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }

    /// The `include_price_plan_info` query parameter.
    pub fn include_price_plan_info(mut self, value: impl Into<bool>) -> Self {
        self.include_price_plan_info = Some(value.into());
        self
    }

    /// The `compact` query parameter.
    pub fn compact(mut self, value: impl Into<bool>) -> Self {
        self.compact = Some(value.into());
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
    pub fn send(self) -> BodyFuture<crate::models::PricingSchedulePaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::PricingSchedulePaginatedResponse> {
        let mut call = self.client.inner.call(&GET_PRICING_SCHEDULES);
        call.path_param("account_id", &self.account_id);
        if let Some(value) = &self.next_token {
            call.query("nextToken", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.start_date {
            call.query("start_date", value);
        }
        if let Some(value) = &self.end_date {
            call.query("end_date", value);
        }
        if let Some(value) = &self.include_price_plan_info {
            call.query("include_price_plan_info", value);
        }
        if let Some(value) = &self.compact {
            call.query("compact", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(
        crate::models::PricingSchedulePaginatedResponse,
        crate::Error
    );

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(
        self,
    ) -> impl rt::futures_core::Stream<
        Item = crate::Result<crate::models::PricingScheduleWithPricePlanId>,
    > + Send
           + 'static {
        rt::paginate(self)
    }
}

impl rt::Paginated for GetPricingSchedulesBuilder {
    type Page = crate::models::PricingSchedulePaginatedResponse;

    type Item = crate::models::PricingScheduleWithPricePlanId;

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

static UPDATE_PROPOSAL_STATUS: rt::Operation = rt::Operation {
    id: "updateProposalStatus",
    method: rt::reqwest::Method::POST,
    path: "/purchase_proposals/{purchase_proposal_id}/update_status",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

/// Request builder for [`AccountsApi::update_proposal_status`](super::AccountsApi::update_proposal_status): `POST /purchase_proposals/{purchase_proposal_id}/update_status`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProposalStatusBuilder {
    client: Client,
    purchase_proposal_id: String,
    body: crate::models::UpdateProposalStatus,
    options: RequestOptions,
}

impl UpdateProposalStatusBuilder {
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
    pub fn send(self) -> BodyFuture<crate::models::Proposal> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<crate::models::Proposal> {
        let mut call = self.client.inner.call(&UPDATE_PROPOSAL_STATUS);
        call.path_param("purchase_proposal_id", &self.purchase_proposal_id);
        call.json(&self.body);
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::Proposal, crate::Error);
}
