//! Mocks of the operations of [`AliasesApi`](crate::apis::AliasesApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`AliasesApi`](crate::apis::AliasesApi) on this mock.
    pub fn aliases(&self) -> AliasesApiMock {
        AliasesApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`AliasesApi`](crate::apis::AliasesApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct AliasesApiMock {
    server: rt::mock::MockServer,
}

impl AliasesApiMock {
    /// Rules and requests of [`AliasesApi::list_aliases`](crate::apis::AliasesApi::list_aliases): `GET /aliases`.
    pub fn list_aliases(
        &self,
    ) -> rt::mock::MockOperation<ListAliasesRequest, crate::models::AliasPaginatedResponse> {
        self.server
            .operation("listAliases", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AliasesApi::create_alias`](crate::apis::AliasesApi::create_alias): `POST /aliases`.
    pub fn create_alias(
        &self,
    ) -> rt::mock::MockOperation<CreateAliasRequest, crate::models::AliasPaginatedResponse> {
        self.server
            .operation("createAlias", |value| rt::mock::Reply::json(201, value))
    }

    /// Rules and requests of [`AliasesApi::get_alias`](crate::apis::AliasesApi::get_alias): `GET /aliases/{alias}`.
    pub fn get_alias(&self) -> rt::mock::MockOperation<GetAliasRequest, crate::models::Alias> {
        self.server
            .operation("getAlias", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`AliasesApi::delete_alias`](crate::apis::AliasesApi::delete_alias): `DELETE /aliases/{alias}`.
    pub fn delete_alias(
        &self,
    ) -> rt::mock::MockOperation<DeleteAliasRequest, crate::models::BaseSuccessResponse> {
        self.server
            .operation("deleteAlias", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listAliases",
        method: "GET",
        path: "/aliases",
        decode: rt::mock::decode::<ListAliasesRequest>,
    },
    rt::mock::Route {
        id: "createAlias",
        method: "POST",
        path: "/aliases",
        decode: rt::mock::decode::<CreateAliasRequest>,
    },
    rt::mock::Route {
        id: "getAlias",
        method: "GET",
        path: "/aliases/{alias}",
        decode: rt::mock::decode::<GetAliasRequest>,
    },
    rt::mock::Route {
        id: "deleteAlias",
        method: "DELETE",
        path: "/aliases/{alias}",
        decode: rt::mock::decode::<DeleteAliasRequest>,
    },
];

/// The request of [`AliasesApi::list_aliases`](crate::apis::AliasesApi::list_aliases) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListAliasesRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListAliasesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`AliasesApi::create_alias`](crate::apis::AliasesApi::create_alias) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateAliasRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateBulkAliasRequest,
}

impl rt::mock::RequestView for CreateAliasRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`AliasesApi::get_alias`](crate::apis::AliasesApi::get_alias) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetAliasRequest {
    /// The `alias` path parameter.
    pub alias: String,
}

impl rt::mock::RequestView for GetAliasRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            alias: request.path("alias")?,
        })
    }
}

/// The request of [`AliasesApi::delete_alias`](crate::apis::AliasesApi::delete_alias) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteAliasRequest {
    /// The `alias` path parameter.
    pub alias: String,
}

impl rt::mock::RequestView for DeleteAliasRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            alias: request.path("alias")?,
        })
    }
}
