//! Mocks of the operations of [`CustomerPortalApi`](crate::apis::CustomerPortalApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`CustomerPortalApi`](crate::apis::CustomerPortalApi) on this mock.
    pub fn customer_portal(&self) -> CustomerPortalApiMock {
        CustomerPortalApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`CustomerPortalApi`](crate::apis::CustomerPortalApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct CustomerPortalApiMock {
    server: rt::mock::MockServer,
}

impl CustomerPortalApiMock {
    /// Rules and requests of [`CustomerPortalApi::get_customer_portal_delegate_token`](crate::apis::CustomerPortalApi::get_customer_portal_delegate_token): `POST /portal/token`.
    pub fn get_customer_portal_delegate_token(
        &self,
    ) -> rt::mock::MockOperation<GetCustomerPortalDelegateTokenRequest, crate::models::TokenResponse>
    {
        self.server
            .operation("getCustomerPortalDelegateToken", |value| {
                rt::mock::Reply::json(200, value)
            })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[rt::mock::Route {
    id: "getCustomerPortalDelegateToken",
    method: "POST",
    path: "/portal/token",
    decode: rt::mock::decode::<GetCustomerPortalDelegateTokenRequest>,
}];

/// The request of [`CustomerPortalApi::get_customer_portal_delegate_token`](crate::apis::CustomerPortalApi::get_customer_portal_delegate_token) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerPortalDelegateTokenRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::GetCustomerPortalDelegateTokenRequest,
}

impl rt::mock::RequestView for GetCustomerPortalDelegateTokenRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
