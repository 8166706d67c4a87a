//! Mocks of the operations of [`CustomersApi`](crate::apis::CustomersApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`CustomersApi`](crate::apis::CustomersApi) on this mock.
    pub fn customers(&self) -> CustomersApiMock {
        CustomersApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`CustomersApi`](crate::apis::CustomersApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct CustomersApiMock {
    server: rt::mock::MockServer,
}

impl CustomersApiMock {
    /// Rules and requests of [`CustomersApi::get_customers`](crate::apis::CustomersApi::get_customers): `GET /customers`.
    pub fn get_customers(
        &self,
    ) -> rt::mock::MockOperation<GetCustomersRequest, crate::models::CustomerPaginatedResponse>
    {
        self.server
            .operation("getCustomers", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CustomersApi::create_customer`](crate::apis::CustomersApi::create_customer): `POST /customers`.
    pub fn create_customer(
        &self,
    ) -> rt::mock::MockOperation<CreateCustomerRequest, crate::models::CreateCustomerResponse> {
        self.server
            .operation("createCustomer", |value| rt::mock::Reply::json(201, value))
    }

    /// Rules and requests of [`CustomersApi::get_customer`](crate::apis::CustomersApi::get_customer): `GET /customers/{customer_id}`.
    pub fn get_customer(
        &self,
    ) -> rt::mock::MockOperation<GetCustomerRequest, crate::models::Customer> {
        self.server
            .operation("getCustomer", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CustomersApi::delete_customer`](crate::apis::CustomersApi::delete_customer): `DELETE /customers/{customer_id}`.
    pub fn delete_customer(
        &self,
    ) -> rt::mock::MockOperation<DeleteCustomerRequest, crate::models::BaseSuccessResponse> {
        self.server
            .operation("deleteCustomer", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CustomersApi::update_customer`](crate::apis::CustomersApi::update_customer): `PATCH /customers/{customer_id}`.
    pub fn update_customer(
        &self,
    ) -> rt::mock::MockOperation<UpdateCustomerRequest, crate::models::Customer> {
        self.server
            .operation("updateCustomer", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`CustomersApi::create_customer_contact`](crate::apis::CustomersApi::create_customer_contact): `POST /customers/{customer_id}/contacts`.
    pub fn create_customer_contact(
        &self,
    ) -> rt::mock::MockOperation<
        CreateCustomerContactRequest,
        crate::models::CreateCustomerContactResponse,
    > {
        self.server.operation("createCustomerContact", |value| {
            rt::mock::Reply::json(201, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getCustomers",
        method: "GET",
        path: "/customers",
        decode: rt::mock::decode::<GetCustomersRequest>,
    },
    rt::mock::Route {
        id: "createCustomer",
        method: "POST",
        path: "/customers",
        decode: rt::mock::decode::<CreateCustomerRequest>,
    },
    rt::mock::Route {
        id: "getCustomer",
        method: "GET",
        path: "/customers/{customer_id}",
        decode: rt::mock::decode::<GetCustomerRequest>,
    },
    rt::mock::Route {
        id: "deleteCustomer",
        method: "DELETE",
        path: "/customers/{customer_id}",
        decode: rt::mock::decode::<DeleteCustomerRequest>,
    },
    rt::mock::Route {
        id: "updateCustomer",
        method: "PATCH",
        path: "/customers/{customer_id}",
        decode: rt::mock::decode::<UpdateCustomerRequest>,
    },
    rt::mock::Route {
        id: "createCustomerContact",
        method: "POST",
        path: "/customers/{customer_id}/contacts",
        decode: rt::mock::decode::<CreateCustomerContactRequest>,
    },
];

/// The request of [`CustomersApi::get_customers`](crate::apis::CustomersApi::get_customers) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetCustomersRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetCustomersRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`CustomersApi::create_customer`](crate::apis::CustomersApi::create_customer) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomerRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateCustomerRequest,
}

impl rt::mock::RequestView for CreateCustomerRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`CustomersApi::get_customer`](crate::apis::CustomersApi::get_customer) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerRequest {
    /// The `customer_id` path parameter.
    pub customer_id: String,
}

impl rt::mock::RequestView for GetCustomerRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            customer_id: request.path("customer_id")?,
        })
    }
}

/// The request of [`CustomersApi::delete_customer`](crate::apis::CustomersApi::delete_customer) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteCustomerRequest {
    /// The `customer_id` path parameter.
    pub customer_id: String,
}

impl rt::mock::RequestView for DeleteCustomerRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            customer_id: request.path("customer_id")?,
        })
    }
}

/// The request of [`CustomersApi::update_customer`](crate::apis::CustomersApi::update_customer) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateCustomerRequest {
    /// The `customer_id` path parameter.
    pub customer_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateCustomerRequest,
}

impl rt::mock::RequestView for UpdateCustomerRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            customer_id: request.path("customer_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`CustomersApi::create_customer_contact`](crate::apis::CustomersApi::create_customer_contact) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomerContactRequest {
    /// The `customer_id` path parameter.
    pub customer_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateCustomerContactRequest,
}

impl rt::mock::RequestView for CreateCustomerContactRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            customer_id: request.path("customer_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
