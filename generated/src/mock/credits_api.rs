//! Mocks of the operations of [`CreditsApi`](crate::apis::CreditsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`CreditsApi`](crate::apis::CreditsApi) on this mock.
    pub fn credits(&self) -> CreditsApiMock {
        CreditsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`CreditsApi`](crate::apis::CreditsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct CreditsApiMock {
    server: rt::mock::MockServer,
}

impl CreditsApiMock {
    /// Rules and requests of [`CreditsApi::list_credits`](crate::apis::CreditsApi::list_credits): `GET /credits`.
    pub fn list_credits(
        &self,
    ) -> rt::mock::MockOperation<ListCreditsRequest, crate::models::ListCreditsResponse> {
        self.server
            .operation("listCredits", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CreditsApi::create_credit`](crate::apis::CreditsApi::create_credit): `POST /credits`.
    pub fn create_credit(
        &self,
    ) -> rt::mock::MockOperation<CreateCreditRequest, crate::models::CreateCreditResponse> {
        self.server
            .operation("createCredit", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CreditsApi::get_credit_details`](crate::apis::CreditsApi::get_credit_details): `GET /credits/{credit_id}`.
    pub fn get_credit_details(
        &self,
    ) -> rt::mock::MockOperation<GetCreditDetailsRequest, crate::models::CreditDetailsResponse>
    {
        self.server.operation("getCreditDetails", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`CreditsApi::void_credit`](crate::apis::CreditsApi::void_credit): `POST /credits/{credit_id}/void`.
    pub fn void_credit(&self) -> rt::mock::MockOperation<VoidCreditRequest, crate::models::Credit> {
        self.server
            .operation("voidCredit", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CreditsApi::credit_balance_for_account`](crate::apis::CreditsApi::credit_balance_for_account): `GET /accounts/{account_id}/credit_balance`.
    pub fn credit_balance_for_account(
        &self,
    ) -> rt::mock::MockOperation<CreditBalanceForAccountRequest, crate::models::CreditBalanceResponse>
    {
        self.server.operation("CreditBalanceForAccount", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listCredits",
        method: "GET",
        path: "/credits",
        decode: rt::mock::decode::<ListCreditsRequest>,
    },
    rt::mock::Route {
        id: "createCredit",
        method: "POST",
        path: "/credits",
        decode: rt::mock::decode::<CreateCreditRequest>,
    },
    rt::mock::Route {
        id: "getCreditDetails",
        method: "GET",
        path: "/credits/{credit_id}",
        decode: rt::mock::decode::<GetCreditDetailsRequest>,
    },
    rt::mock::Route {
        id: "voidCredit",
        method: "POST",
        path: "/credits/{credit_id}/void",
        decode: rt::mock::decode::<VoidCreditRequest>,
    },
    rt::mock::Route {
        id: "CreditBalanceForAccount",
        method: "GET",
        path: "/accounts/{account_id}/credit_balance",
        decode: rt::mock::decode::<CreditBalanceForAccountRequest>,
    },
];

/// The request of [`CreditsApi::list_credits`](crate::apis::CreditsApi::list_credits) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListCreditsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `status` query parameter.
    pub status: Option<String>,
    /// The `account_id` query parameter.
    pub account_id: Option<String>,
    /// The `id` query parameter.
    pub id: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
}

impl rt::mock::RequestView for ListCreditsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            status: request.query("status")?,
            account_id: request.query("account_id")?,
            id: request.query("id")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`CreditsApi::create_credit`](crate::apis::CreditsApi::create_credit) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateCreditRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::CreateCreditRequest>,
}

impl rt::mock::RequestView for CreateCreditRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}

/// The request of [`CreditsApi::get_credit_details`](crate::apis::CreditsApi::get_credit_details) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetCreditDetailsRequest {
    /// The `credit_id` path parameter.
    pub credit_id: String,
}

impl rt::mock::RequestView for GetCreditDetailsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            credit_id: request.path("credit_id")?,
        })
    }
}

/// The request of [`CreditsApi::void_credit`](crate::apis::CreditsApi::void_credit) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VoidCreditRequest {
    /// The `credit_id` path parameter.
    pub credit_id: String,
}

impl rt::mock::RequestView for VoidCreditRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            credit_id: request.path("credit_id")?,
        })
    }
}

/// The request of [`CreditsApi::credit_balance_for_account`](crate::apis::CreditsApi::credit_balance_for_account) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreditBalanceForAccountRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for CreditBalanceForAccountRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}
