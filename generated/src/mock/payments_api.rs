//! Mocks of the operations of [`PaymentsApi`](crate::apis::PaymentsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`PaymentsApi`](crate::apis::PaymentsApi) on this mock.
    pub fn payments(&self) -> PaymentsApiMock {
        PaymentsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`PaymentsApi`](crate::apis::PaymentsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct PaymentsApiMock {
    server: rt::mock::MockServer,
}

impl PaymentsApiMock {
    /// Rules and requests of [`PaymentsApi::list_payments`](crate::apis::PaymentsApi::list_payments): `GET /payments`.
    pub fn list_payments(
        &self,
    ) -> rt::mock::MockOperation<ListPaymentsRequest, crate::models::ListPaymentResponse> {
        self.server
            .operation("listPayments", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`PaymentsApi::create_payments`](crate::apis::PaymentsApi::create_payments): `POST /payments`.
    pub fn create_payments(
        &self,
    ) -> rt::mock::MockOperation<CreatePaymentsRequest, crate::models::Payment> {
        self.server
            .operation("createPayments", |value| rt::mock::Reply::json(201, value))
    }

    /// Rules and requests of [`PaymentsApi::get_payment`](crate::apis::PaymentsApi::get_payment): `GET /payments/{payment_id}`.
    pub fn get_payment(
        &self,
    ) -> rt::mock::MockOperation<GetPaymentRequest, crate::models::Payment> {
        self.server
            .operation("getPayment", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listPayments",
        method: "GET",
        path: "/payments",
        decode: rt::mock::decode::<ListPaymentsRequest>,
    },
    rt::mock::Route {
        id: "createPayments",
        method: "POST",
        path: "/payments",
        decode: rt::mock::decode::<CreatePaymentsRequest>,
    },
    rt::mock::Route {
        id: "getPayment",
        method: "GET",
        path: "/payments/{payment_id}",
        decode: rt::mock::decode::<GetPaymentRequest>,
    },
];

/// The request of [`PaymentsApi::list_payments`](crate::apis::PaymentsApi::list_payments) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPaymentsRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
}

impl rt::mock::RequestView for ListPaymentsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`PaymentsApi::create_payments`](crate::apis::PaymentsApi::create_payments) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatePaymentsRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::CreatePaymentRequest>,
}

impl rt::mock::RequestView for CreatePaymentsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}

/// The request of [`PaymentsApi::get_payment`](crate::apis::PaymentsApi::get_payment) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetPaymentRequest {
    /// The `payment_id` path parameter.
    pub payment_id: String,
    /// The `version` query parameter.
    pub version: Option<i32>,
}

impl rt::mock::RequestView for GetPaymentRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            payment_id: request.path("payment_id")?,
            version: request.query("version")?,
        })
    }
}
