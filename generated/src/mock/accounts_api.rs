//! Mocks of the operations of [`AccountsApi`](crate::apis::AccountsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`AccountsApi`](crate::apis::AccountsApi) on this mock.
    pub fn accounts(&self) -> AccountsApiMock {
        AccountsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`AccountsApi`](crate::apis::AccountsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct AccountsApiMock {
    server: rt::mock::MockServer,
}

impl AccountsApiMock {
    /// Rules and requests of [`AccountsApi::get_accounts`](crate::apis::AccountsApi::get_accounts): `GET /accounts`.
    pub fn get_accounts(
        &self,
    ) -> rt::mock::MockOperation<GetAccountsRequest, crate::models::AccountPaginatedResponse> {
        self.server
            .operation("getAccounts", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::create_account`](crate::apis::AccountsApi::create_account): `POST /accounts`.
    pub fn create_account(
        &self,
    ) -> rt::mock::MockOperation<CreateAccountRequest, crate::models::Account> {
        self.server
            .operation("createAccount", |value| rt::mock::Reply::json(201, value))
    }

    /// Rules and requests of [`AccountsApi::get_account`](crate::apis::AccountsApi::get_account): `GET /accounts/{account_id}`.
    pub fn get_account(
        &self,
    ) -> rt::mock::MockOperation<GetAccountRequest, crate::models::Account> {
        self.server
            .operation("getAccount", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::delete_account`](crate::apis::AccountsApi::delete_account): `DELETE /accounts/{account_id}`.
    pub fn delete_account(
        &self,
    ) -> rt::mock::MockOperation<DeleteAccountRequest, crate::models::BaseSuccessResponse> {
        self.server
            .operation("deleteAccount", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::update_account`](crate::apis::AccountsApi::update_account): `PATCH /accounts/{account_id}`.
    pub fn update_account(
        &self,
    ) -> rt::mock::MockOperation<UpdateAccountRequest, crate::models::Account> {
        self.server
            .operation("updateAccount", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::add_aliases`](crate::apis::AccountsApi::add_aliases): `POST /accounts/{account_id}/add_aliases`.
    pub fn add_aliases(
        &self,
    ) -> rt::mock::MockOperation<AddAliasesRequest, crate::models::Account> {
        self.server
            .operation("addAliases", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::list_account_aliases`](crate::apis::AccountsApi::list_account_aliases): `GET /accounts/{account_id}/account_aliases`.
    pub fn list_account_aliases(
        &self,
    ) -> rt::mock::MockOperation<
        ListAccountAliasesRequest,
        crate::models::AccountAliasesPaginatedResponse,
    > {
        self.server.operation("listAccountAliases", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AccountsApi::remove_aliases`](crate::apis::AccountsApi::remove_aliases): `POST /accounts/{account_id}/remove_aliases`.
    pub fn remove_aliases(
        &self,
    ) -> rt::mock::MockOperation<RemoveAliasesRequest, crate::models::Account> {
        self.server
            .operation("removeAliases", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::update_pricing_schedule`](crate::apis::AccountsApi::update_pricing_schedule): `POST /accounts/{account_id}/price_plans`.
    pub fn update_pricing_schedule(
        &self,
    ) -> rt::mock::MockOperation<
        UpdatePricingScheduleRequest,
        crate::models::UpdatePricingScheduleResponse,
    > {
        self.server.operation("updatePricingSchedule", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AccountsApi::list_account_purchases`](crate::apis::AccountsApi::list_account_purchases): `GET /accounts/{account_id}/purchases`.
    pub fn list_account_purchases(
        &self,
    ) -> rt::mock::MockOperation<
        ListAccountPurchasesRequest,
        crate::models::PurchasePaginatedListData,
    > {
        self.server.operation("listAccountPurchases", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AccountsApi::initiate_one_time_entitlement_plan`](crate::apis::AccountsApi::initiate_one_time_entitlement_plan): `POST /accounts/{account_id}/purchases`.
    pub fn initiate_one_time_entitlement_plan(
        &self,
    ) -> rt::mock::MockOperation<InitiateOneTimeEntitlementPlanRequest, crate::models::Purchase>
    {
        self.server
            .operation("initiateOneTimeEntitlementPlan", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`AccountsApi::get_purchase`](crate::apis::AccountsApi::get_purchase): `GET /purchases/{purchase_id}`.
    pub fn get_purchase(
        &self,
    ) -> rt::mock::MockOperation<GetPurchaseRequest, crate::models::GetPurchaseResponse> {
        self.server
            .operation("getPurchase", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::list_account_proposals`](crate::apis::AccountsApi::list_account_proposals): `GET /accounts/{account_id}/purchase_proposals`.
    pub fn list_account_proposals(
        &self,
    ) -> rt::mock::MockOperation<
        ListAccountProposalsRequest,
        crate::models::ProposalsPaginatedResponse,
    > {
        self.server.operation("listAccountProposals", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AccountsApi::create_proposal`](crate::apis::AccountsApi::create_proposal): `POST /accounts/{account_id}/purchase_proposals`.
    pub fn create_proposal(
        &self,
    ) -> rt::mock::MockOperation<CreateProposalRequest, crate::models::Proposal> {
        self.server
            .operation("createProposal", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::get_proposal`](crate::apis::AccountsApi::get_proposal): `GET /purchase_proposals/{purchase_proposal_id}`.
    pub fn get_proposal(
        &self,
    ) -> rt::mock::MockOperation<GetProposalRequest, crate::models::GetProposalResponse> {
        self.server
            .operation("getProposal", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AccountsApi::update_pricing_schedule_batch`](crate::apis::AccountsApi::update_pricing_schedule_batch): `POST /accounts/{account_id}/edit_schedules`.
    pub fn update_pricing_schedule_batch(
        &self,
    ) -> rt::mock::MockOperation<
        UpdatePricingScheduleBatchRequest,
        crate::models::UpdatePricingScheduleResponse,
    > {
        self.server
            .operation("updatePricingScheduleBatch", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`AccountsApi::get_pricing_schedules`](crate::apis::AccountsApi::get_pricing_schedules): `GET /accounts/{account_id}/pricing_schedules`.
    pub fn get_pricing_schedules(
        &self,
    ) -> rt::mock::MockOperation<
        GetPricingSchedulesRequest,
        crate::models::PricingSchedulePaginatedResponse,
    > {
        self.server.operation("getPricingSchedules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`AccountsApi::update_proposal_status`](crate::apis::AccountsApi::update_proposal_status): `POST /purchase_proposals/{purchase_proposal_id}/update_status`.
    pub fn update_proposal_status(
        &self,
    ) -> rt::mock::MockOperation<UpdateProposalStatusRequest, crate::models::Proposal> {
        self.server.operation("updateProposalStatus", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getAccounts",
        method: "GET",
        path: "/accounts",
        decode: rt::mock::decode::<GetAccountsRequest>,
    },
    rt::mock::Route {
        id: "createAccount",
        method: "POST",
        path: "/accounts",
        decode: rt::mock::decode::<CreateAccountRequest>,
    },
    rt::mock::Route {
        id: "getAccount",
        method: "GET",
        path: "/accounts/{account_id}",
        decode: rt::mock::decode::<GetAccountRequest>,
    },
    rt::mock::Route {
        id: "deleteAccount",
        method: "DELETE",
        path: "/accounts/{account_id}",
        decode: rt::mock::decode::<DeleteAccountRequest>,
    },
    rt::mock::Route {
        id: "updateAccount",
        method: "PATCH",
        path: "/accounts/{account_id}",
        decode: rt::mock::decode::<UpdateAccountRequest>,
    },
    rt::mock::Route {
        id: "addAliases",
        method: "POST",
        path: "/accounts/{account_id}/add_aliases",
        decode: rt::mock::decode::<AddAliasesRequest>,
    },
    rt::mock::Route {
        id: "listAccountAliases",
        method: "GET",
        path: "/accounts/{account_id}/account_aliases",
        decode: rt::mock::decode::<ListAccountAliasesRequest>,
    },
    rt::mock::Route {
        id: "removeAliases",
        method: "POST",
        path: "/accounts/{account_id}/remove_aliases",
        decode: rt::mock::decode::<RemoveAliasesRequest>,
    },
    rt::mock::Route {
        id: "updatePricingSchedule",
        method: "POST",
        path: "/accounts/{account_id}/price_plans",
        decode: rt::mock::decode::<UpdatePricingScheduleRequest>,
    },
    rt::mock::Route {
        id: "listAccountPurchases",
        method: "GET",
        path: "/accounts/{account_id}/purchases",
        decode: rt::mock::decode::<ListAccountPurchasesRequest>,
    },
    rt::mock::Route {
        id: "initiateOneTimeEntitlementPlan",
        method: "POST",
        path: "/accounts/{account_id}/purchases",
        decode: rt::mock::decode::<InitiateOneTimeEntitlementPlanRequest>,
    },
    rt::mock::Route {
        id: "getPurchase",
        method: "GET",
        path: "/purchases/{purchase_id}",
        decode: rt::mock::decode::<GetPurchaseRequest>,
    },
    rt::mock::Route {
        id: "listAccountProposals",
        method: "GET",
        path: "/accounts/{account_id}/purchase_proposals",
        decode: rt::mock::decode::<ListAccountProposalsRequest>,
    },
    rt::mock::Route {
        id: "createProposal",
        method: "POST",
        path: "/accounts/{account_id}/purchase_proposals",
        decode: rt::mock::decode::<CreateProposalRequest>,
    },
    rt::mock::Route {
        id: "getProposal",
        method: "GET",
        path: "/purchase_proposals/{purchase_proposal_id}",
        decode: rt::mock::decode::<GetProposalRequest>,
    },
    rt::mock::Route {
        id: "updatePricingScheduleBatch",
        method: "POST",
        path: "/accounts/{account_id}/edit_schedules",
        decode: rt::mock::decode::<UpdatePricingScheduleBatchRequest>,
    },
    rt::mock::Route {
        id: "getPricingSchedules",
        method: "GET",
        path: "/accounts/{account_id}/pricing_schedules",
        decode: rt::mock::decode::<GetPricingSchedulesRequest>,
    },
    rt::mock::Route {
        id: "updateProposalStatus",
        method: "POST",
        path: "/purchase_proposals/{purchase_proposal_id}/update_status",
        decode: rt::mock::decode::<UpdateProposalStatusRequest>,
    },
];

/// The request of [`AccountsApi::get_accounts`](crate::apis::AccountsApi::get_accounts) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAccountsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetAccountsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`AccountsApi::create_account`](crate::apis::AccountsApi::create_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateAccountRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateAccountRequest,
}

impl rt::mock::RequestView for CreateAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::get_account`](crate::apis::AccountsApi::get_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `effectiveOn` query parameter.
    pub effective_on: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// The `includeGroupDetails` query parameter.
    pub include_group_details: Option<bool>,
}

impl rt::mock::RequestView for GetAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            effective_on: request.query("effectiveOn")?,
            include_group_details: request.query("includeGroupDetails")?,
        })
    }
}

/// The request of [`AccountsApi::delete_account`](crate::apis::AccountsApi::delete_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for DeleteAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`AccountsApi::update_account`](crate::apis::AccountsApi::update_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateAccountRequest,
}

impl rt::mock::RequestView for UpdateAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::add_aliases`](crate::apis::AccountsApi::add_aliases) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddAliasesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::AddAccountAliasesRequest,
}

impl rt::mock::RequestView for AddAliasesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::list_account_aliases`](crate::apis::AccountsApi::list_account_aliases) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAccountAliasesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for ListAccountAliasesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`AccountsApi::remove_aliases`](crate::apis::AccountsApi::remove_aliases) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RemoveAliasesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::RemoveAccountAliasesRequest,
}

impl rt::mock::RequestView for RemoveAliasesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::update_pricing_schedule`](crate::apis::AccountsApi::update_pricing_schedule) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricingScheduleRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdatePricingScheduleRequestWithActions,
}

impl rt::mock::RequestView for UpdatePricingScheduleRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::list_account_purchases`](crate::apis::AccountsApi::list_account_purchases) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAccountPurchasesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for ListAccountPurchasesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`AccountsApi::initiate_one_time_entitlement_plan`](crate::apis::AccountsApi::initiate_one_time_entitlement_plan) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InitiateOneTimeEntitlementPlanRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreatePurchaseRequest,
}

impl rt::mock::RequestView for InitiateOneTimeEntitlementPlanRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::get_purchase`](crate::apis::AccountsApi::get_purchase) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPurchaseRequest {
    /// The `purchase_id` path parameter.
    pub purchase_id: String,
}

impl rt::mock::RequestView for GetPurchaseRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            purchase_id: request.path("purchase_id")?,
        })
    }
}

/// The request of [`AccountsApi::list_account_proposals`](crate::apis::AccountsApi::list_account_proposals) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAccountProposalsRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for ListAccountProposalsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`AccountsApi::create_proposal`](crate::apis::AccountsApi::create_proposal) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateProposalRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateProposalRequest,
}

impl rt::mock::RequestView for CreateProposalRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::get_proposal`](crate::apis::AccountsApi::get_proposal) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetProposalRequest {
    /// The `purchase_proposal_id` path parameter.
    pub purchase_proposal_id: String,
}

impl rt::mock::RequestView for GetProposalRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            purchase_proposal_id: request.path("purchase_proposal_id")?,
        })
    }
}

/// The request of [`AccountsApi::update_pricing_schedule_batch`](crate::apis::AccountsApi::update_pricing_schedule_batch) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricingScheduleBatchRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `dry_run` query parameter.
    pub dry_run: Option<bool>,
    /// The request body, as the mock decoded it.
    pub body: crate::models::EditPricingScheduleRequest,
}

impl rt::mock::RequestView for UpdatePricingScheduleBatchRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            dry_run: request.query("dry_run")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AccountsApi::get_pricing_schedules`](crate::apis::AccountsApi::get_pricing_schedules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPricingSchedulesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
    /// The `start_date` query parameter.
    pub start_date: Option<String>,
    /// The `end_date` query parameter.
    pub end_date: Option<String>,
    /// The `include_price_plan_info` query parameter.
    pub include_price_plan_info: Option<bool>,
    /// The `compact` query parameter.
    pub compact: Option<bool>,
}

impl rt::mock::RequestView for GetPricingSchedulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
            start_date: request.query("start_date")?,
            end_date: request.query("end_date")?,
            include_price_plan_info: request.query("include_price_plan_info")?,
            compact: request.query("compact")?,
        })
    }
}

/// The request of [`AccountsApi::update_proposal_status`](crate::apis::AccountsApi::update_proposal_status) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateProposalStatusRequest {
    /// The `purchase_proposal_id` path parameter.
    pub purchase_proposal_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateProposalStatus,
}

impl rt::mock::RequestView for UpdateProposalStatusRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            purchase_proposal_id: request.path("purchase_proposal_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
