//! Mocks of the operations of [`EntitlementsApi`](crate::apis::EntitlementsApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`EntitlementsApi`](crate::apis::EntitlementsApi) on this mock.
    pub fn entitlements(&self) -> EntitlementsApiMock {
        EntitlementsApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`EntitlementsApi`](crate::apis::EntitlementsApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct EntitlementsApiMock {
    server: rt::mock::MockServer,
}

impl EntitlementsApiMock {
    /// Rules and requests of [`EntitlementsApi::ingest_entitled_event`](crate::apis::EntitlementsApi::ingest_entitled_event): `POST /entitled`.
    pub fn ingest_entitled_event(
        &self,
    ) -> rt::mock::MockOperation<IngestEntitledEventRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("ingestEntitledEvent", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::list_feature_credit_entries`](crate::apis::EntitlementsApi::list_feature_credit_entries): `GET /accounts/{account_id}/features/{feature_id}/entries`.
    pub fn list_feature_credit_entries(
        &self,
    ) -> rt::mock::MockOperation<
        ListFeatureCreditEntriesRequest,
        crate::models::GetFeatureCreditEntriesPaginatedResponse,
    > {
        self.server.operation("listFeatureCreditEntries", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::update_feature_credit_entry`](crate::apis::EntitlementsApi::update_feature_credit_entry): `PATCH /accounts/{account_id}/features/{feature_id}/entries/{entry_id}`.
    pub fn update_feature_credit_entry(
        &self,
    ) -> rt::mock::MockOperation<UpdateFeatureCreditEntryRequest, crate::models::FeatureCreditEntry>
    {
        self.server.operation("UpdateFeatureCreditEntry", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::void_feature_credit_entry`](crate::apis::EntitlementsApi::void_feature_credit_entry): `POST /accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void`.
    pub fn void_feature_credit_entry(
        &self,
    ) -> rt::mock::MockOperation<VoidFeatureCreditEntryRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("VoidFeatureCreditEntry", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::get_feature_credits`](crate::apis::EntitlementsApi::get_feature_credits): `GET /accounts/{account_id}/features/{feature_id}`.
    pub fn get_feature_credits(
        &self,
    ) -> rt::mock::MockOperation<GetFeatureCreditsRequest, crate::models::GetFeatureCreditsResponse>
    {
        self.server.operation("getFeatureCredits", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::get_entitlement_value`](crate::apis::EntitlementsApi::get_entitlement_value): `GET /accounts/{account_id}/entitlements/{feature_id}`.
    pub fn get_entitlement_value(
        &self,
    ) -> rt::mock::MockOperation<
        GetEntitlementValueRequest,
        crate::models::GetEntitlementValuesResponse,
    > {
        self.server.operation("getEntitlementValue", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::validate_entitlement_value`](crate::apis::EntitlementsApi::validate_entitlement_value): `POST /accounts/{account_id}/entitlements/{feature_id}`.
    pub fn validate_entitlement_value(
        &self,
    ) -> rt::mock::MockOperation<ValidateEntitlementValueRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("validateEntitlementValue", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`EntitlementsApi::get_entitlements`](crate::apis::EntitlementsApi::get_entitlements): `GET /accounts/{account_id}/entitlements`.
    pub fn get_entitlements(
        &self,
    ) -> rt::mock::MockOperation<GetEntitlementsRequest, crate::models::GetEntitlementValuesResponse>
    {
        self.server
            .operation("getEntitlements", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "ingestEntitledEvent",
        method: "POST",
        path: "/entitled",
        decode: rt::mock::decode::<IngestEntitledEventRequest>,
    },
    rt::mock::Route {
        id: "listFeatureCreditEntries",
        method: "GET",
        path: "/accounts/{account_id}/features/{feature_id}/entries",
        decode: rt::mock::decode::<ListFeatureCreditEntriesRequest>,
    },
    rt::mock::Route {
        id: "UpdateFeatureCreditEntry",
        method: "PATCH",
        path: "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}",
        decode: rt::mock::decode::<UpdateFeatureCreditEntryRequest>,
    },
    rt::mock::Route {
        id: "VoidFeatureCreditEntry",
        method: "POST",
        path: "/accounts/{account_id}/features/{feature_id}/entries/{entry_id}/void",
        decode: rt::mock::decode::<VoidFeatureCreditEntryRequest>,
    },
    rt::mock::Route {
        id: "getFeatureCredits",
        method: "GET",
        path: "/accounts/{account_id}/features/{feature_id}",
        decode: rt::mock::decode::<GetFeatureCreditsRequest>,
    },
    rt::mock::Route {
        id: "getEntitlementValue",
        method: "GET",
        path: "/accounts/{account_id}/entitlements/{feature_id}",
        decode: rt::mock::decode::<GetEntitlementValueRequest>,
    },
    rt::mock::Route {
        id: "validateEntitlementValue",
        method: "POST",
        path: "/accounts/{account_id}/entitlements/{feature_id}",
        decode: rt::mock::decode::<ValidateEntitlementValueRequest>,
    },
    rt::mock::Route {
        id: "getEntitlements",
        method: "GET",
        path: "/accounts/{account_id}/entitlements",
        decode: rt::mock::decode::<GetEntitlementsRequest>,
    },
];

/// The request of [`EntitlementsApi::ingest_entitled_event`](crate::apis::EntitlementsApi::ingest_entitled_event) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IngestEntitledEventRequest {
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::IngestEventRequest>,
}

impl rt::mock::RequestView for IngestEntitledEventRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: request.json()?,
        })
    }
}

/// The request of [`EntitlementsApi::list_feature_credit_entries`](crate::apis::EntitlementsApi::list_feature_credit_entries) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListFeatureCreditEntriesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
    /// The `pageSize` query parameter.
    pub page_size: Option<i64>,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
}

impl rt::mock::RequestView for ListFeatureCreditEntriesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
            page_size: request.query("pageSize")?,
            next_token: request.query("nextToken")?,
        })
    }
}

/// The request of [`EntitlementsApi::update_feature_credit_entry`](crate::apis::EntitlementsApi::update_feature_credit_entry) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateFeatureCreditEntryRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
    /// The `entry_id` path parameter.
    pub entry_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::UpdateFeatureCreditsRequest>,
}

impl rt::mock::RequestView for UpdateFeatureCreditEntryRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
            entry_id: request.path("entry_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`EntitlementsApi::void_feature_credit_entry`](crate::apis::EntitlementsApi::void_feature_credit_entry) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VoidFeatureCreditEntryRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
    /// The `entry_id` path parameter.
    pub entry_id: String,
}

impl rt::mock::RequestView for VoidFeatureCreditEntryRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
            entry_id: request.path("entry_id")?,
        })
    }
}

/// The request of [`EntitlementsApi::get_feature_credits`](crate::apis::EntitlementsApi::get_feature_credits) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetFeatureCreditsRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
}

impl rt::mock::RequestView for GetFeatureCreditsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
        })
    }
}

/// The request of [`EntitlementsApi::get_entitlement_value`](crate::apis::EntitlementsApi::get_entitlement_value) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetEntitlementValueRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
}

impl rt::mock::RequestView for GetEntitlementValueRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
        })
    }
}

/// The request of [`EntitlementsApi::validate_entitlement_value`](crate::apis::EntitlementsApi::validate_entitlement_value) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidateEntitlementValueRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `feature_id` path parameter.
    pub feature_id: String,
    /// The request body, as the mock decoded it.
    pub body: Option<crate::models::ValidateEntitlementValueRequest>,
}

impl rt::mock::RequestView for ValidateEntitlementValueRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            feature_id: request.path("feature_id")?,
            body: request.json()?,
        })
    }
}

/// The request of [`EntitlementsApi::get_entitlements`](crate::apis::EntitlementsApi::get_entitlements) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetEntitlementsRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for GetEntitlementsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}
