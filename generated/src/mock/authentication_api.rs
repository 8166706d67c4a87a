//! Mocks of the operations of [`AuthenticationApi`](crate::apis::AuthenticationApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`AuthenticationApi`](crate::apis::AuthenticationApi) on this mock.
    pub fn authentication(&self) -> AuthenticationApiMock {
        AuthenticationApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`AuthenticationApi`](crate::apis::AuthenticationApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct AuthenticationApiMock {
    server: rt::mock::MockServer,
}

impl AuthenticationApiMock {
    /// Rules and requests of [`AuthenticationApi::authenticate`](crate::apis::AuthenticationApi::authenticate): `POST /authenticate`.
    pub fn authenticate(
        &self,
    ) -> rt::mock::MockOperation<AuthenticateRequest, crate::models::TokenResponse> {
        self.server
            .operation("authenticate", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[rt::mock::Route {
    id: "authenticate",
    method: "POST",
    path: "/authenticate",
    decode: rt::mock::decode::<AuthenticateRequest>,
}];

/// The request of [`AuthenticationApi::authenticate`](crate::apis::AuthenticationApi::authenticate) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthenticateRequest {}
impl rt::mock::RequestView for AuthenticateRequest {
    fn decode(_request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {})
    }
}
