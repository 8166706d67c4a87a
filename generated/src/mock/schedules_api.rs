//! Mocks of the operations of [`SchedulesApi`](crate::apis::SchedulesApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`SchedulesApi`](crate::apis::SchedulesApi) on this mock.
    pub fn schedules(&self) -> SchedulesApiMock {
        SchedulesApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`SchedulesApi`](crate::apis::SchedulesApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct SchedulesApiMock {
    server: rt::mock::MockServer,
}

impl SchedulesApiMock {
    /// Rules and requests of [`SchedulesApi::list_schedule_rate_cards`](crate::apis::SchedulesApi::list_schedule_rate_cards): `GET /v2/schedules/{schedule_id}/rate_cards`.
    pub fn list_schedule_rate_cards(
        &self,
    ) -> rt::mock::MockOperation<
        ListScheduleRateCardsRequest,
        crate::models::RateCardPaginatedResponse,
    > {
        self.server.operation("listScheduleRateCards", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::bulk_rate_card_operations_on_schedule`](crate::apis::SchedulesApi::bulk_rate_card_operations_on_schedule): `POST /v2/schedules/{schedule_id}/rate_cards`.
    pub fn bulk_rate_card_operations_on_schedule(
        &self,
    ) -> rt::mock::MockOperation<
        BulkRateCardOperationsOnScheduleRequest,
        crate::models::BulkRateCardOperationsResponse,
    > {
        self.server
            .operation("bulkRateCardOperationsOnSchedule", |value| {
                rt::mock::Reply::json(200, value)
            })
    }

    /// Rules and requests of [`SchedulesApi::bulk_edit_schedules`](crate::apis::SchedulesApi::bulk_edit_schedules): `POST /v2/accounts/{account_id}/edit_schedules`.
    pub fn bulk_edit_schedules(
        &self,
    ) -> rt::mock::MockOperation<
        BulkEditSchedulesRequest,
        crate::models::UpdatePricingScheduleResponse,
    > {
        self.server.operation("bulkEditSchedules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::listaccount_schedules`](crate::apis::SchedulesApi::listaccount_schedules): `GET /v2/accounts/{account_id}/schedules`.
    pub fn listaccount_schedules(
        &self,
    ) -> rt::mock::MockOperation<
        ListaccountSchedulesRequest,
        crate::models::SchedulesPaginatedResponse,
    > {
        self.server.operation("listaccountSchedules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::list_schedule_errors`](crate::apis::SchedulesApi::list_schedule_errors): `GET /v2/schedules/{schedule_id}/errors`.
    pub fn list_schedule_errors(
        &self,
    ) -> rt::mock::MockOperation<
        ListScheduleErrorsRequest,
        crate::models::ValidatedEntityErrorsPaginatedResponse,
    > {
        self.server.operation("listScheduleErrors", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::discard_account_schedules`](crate::apis::SchedulesApi::discard_account_schedules): `DELETE /v2/accounts/{account_id}/discard_schedules`.
    pub fn discard_account_schedules(
        &self,
    ) -> rt::mock::MockOperation<DiscardAccountSchedulesRequest, crate::models::BaseSuccessResponse>
    {
        self.server.operation("discardAccountSchedules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::finalize_account_schedules`](crate::apis::SchedulesApi::finalize_account_schedules): `POST /v2/accounts/{account_id}/finalize_schedules`.
    pub fn finalize_account_schedules(
        &self,
    ) -> rt::mock::MockOperation<
        FinalizeAccountSchedulesRequest,
        crate::models::SchedulesPaginatedResponse,
    > {
        self.server.operation("finalizeAccountSchedules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::list_pricing_rules`](crate::apis::SchedulesApi::list_pricing_rules): `GET /v2/schedules/{schedule_id}/pricing_rules`.
    pub fn list_pricing_rules(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricingRulesRequest,
        crate::models::PricingRulesPaginatedResponse,
    > {
        self.server.operation("listPricingRules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }

    /// Rules and requests of [`SchedulesApi::update_pricing_rules`](crate::apis::SchedulesApi::update_pricing_rules): `PUT /v2/schedules/{schedule_id}/pricing_rules`.
    pub fn update_pricing_rules(
        &self,
    ) -> rt::mock::MockOperation<
        UpdatePricingRulesRequest,
        crate::models::PricingRulesPaginatedResponse,
    > {
        self.server.operation("updatePricingRules", |value| {
            rt::mock::Reply::json(200, value)
        })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "listScheduleRateCards",
        method: "GET",
        path: "/v2/schedules/{schedule_id}/rate_cards",
        decode: rt::mock::decode::<ListScheduleRateCardsRequest>,
    },
    rt::mock::Route {
        id: "bulkRateCardOperationsOnSchedule",
        method: "POST",
        path: "/v2/schedules/{schedule_id}/rate_cards",
        decode: rt::mock::decode::<BulkRateCardOperationsOnScheduleRequest>,
    },
    rt::mock::Route {
        id: "bulkEditSchedules",
        method: "POST",
        path: "/v2/accounts/{account_id}/edit_schedules",
        decode: rt::mock::decode::<BulkEditSchedulesRequest>,
    },
    rt::mock::Route {
        id: "listaccountSchedules",
        method: "GET",
        path: "/v2/accounts/{account_id}/schedules",
        decode: rt::mock::decode::<ListaccountSchedulesRequest>,
    },
    rt::mock::Route {
        id: "listScheduleErrors",
        method: "GET",
        path: "/v2/schedules/{schedule_id}/errors",
        decode: rt::mock::decode::<ListScheduleErrorsRequest>,
    },
    rt::mock::Route {
        id: "discardAccountSchedules",
        method: "DELETE",
        path: "/v2/accounts/{account_id}/discard_schedules",
        decode: rt::mock::decode::<DiscardAccountSchedulesRequest>,
    },
    rt::mock::Route {
        id: "finalizeAccountSchedules",
        method: "POST",
        path: "/v2/accounts/{account_id}/finalize_schedules",
        decode: rt::mock::decode::<FinalizeAccountSchedulesRequest>,
    },
    rt::mock::Route {
        id: "listPricingRules",
        method: "GET",
        path: "/v2/schedules/{schedule_id}/pricing_rules",
        decode: rt::mock::decode::<ListPricingRulesRequest>,
    },
    rt::mock::Route {
        id: "updatePricingRules",
        method: "PUT",
        path: "/v2/schedules/{schedule_id}/pricing_rules",
        decode: rt::mock::decode::<UpdatePricingRulesRequest>,
    },
];

/// The request of [`SchedulesApi::list_schedule_rate_cards`](crate::apis::SchedulesApi::list_schedule_rate_cards) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListScheduleRateCardsRequest {
    /// The `schedule_id` path parameter.
    pub schedule_id: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
    /// The `mode` query parameter.
    pub mode: String,
}

impl rt::mock::RequestView for ListScheduleRateCardsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            schedule_id: request.path("schedule_id")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
            mode: rt::mock::required(request.query("mode"), "query parameter `mode`")?,
        })
    }
}

/// The request of [`SchedulesApi::bulk_rate_card_operations_on_schedule`](crate::apis::SchedulesApi::bulk_rate_card_operations_on_schedule) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BulkRateCardOperationsOnScheduleRequest {
    /// The `schedule_id` path parameter.
    pub schedule_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::BulkRateCardOperationsRequest,
}

impl rt::mock::RequestView for BulkRateCardOperationsOnScheduleRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            schedule_id: request.path("schedule_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`SchedulesApi::bulk_edit_schedules`](crate::apis::SchedulesApi::bulk_edit_schedules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BulkEditSchedulesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `discard` query parameter.
    pub discard: Option<bool>,
    /// The request body, as the mock decoded it.
    pub body: crate::models::EditAccountScheduleRequest,
}

impl rt::mock::RequestView for BulkEditSchedulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            discard: request.query("discard")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`SchedulesApi::listaccount_schedules`](crate::apis::SchedulesApi::listaccount_schedules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListaccountSchedulesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The `mode` query parameter.
    pub mode: String,
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for ListaccountSchedulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            mode: rt::mock::required(request.query("mode"), "query parameter `mode`")?,
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`SchedulesApi::list_schedule_errors`](crate::apis::SchedulesApi::list_schedule_errors) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListScheduleErrorsRequest {
    /// The `schedule_id` path parameter.
    pub schedule_id: String,
}

impl rt::mock::RequestView for ListScheduleErrorsRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            schedule_id: request.path("schedule_id")?,
        })
    }
}

/// The request of [`SchedulesApi::discard_account_schedules`](crate::apis::SchedulesApi::discard_account_schedules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DiscardAccountSchedulesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
}

impl rt::mock::RequestView for DiscardAccountSchedulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
        })
    }
}

/// The request of [`SchedulesApi::finalize_account_schedules`](crate::apis::SchedulesApi::finalize_account_schedules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FinalizeAccountSchedulesRequest {
    /// The `account_id` path parameter.
    pub account_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::FinalizeAccountSchedules,
}

impl rt::mock::RequestView for FinalizeAccountSchedulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            account_id: request.path("account_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`SchedulesApi::list_pricing_rules`](crate::apis::SchedulesApi::list_pricing_rules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricingRulesRequest {
    /// The `schedule_id` path parameter.
    pub schedule_id: String,
    /// The `mode` query parameter.
    pub mode: String,
}

impl rt::mock::RequestView for ListPricingRulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            schedule_id: request.path("schedule_id")?,
            mode: rt::mock::required(request.query("mode"), "query parameter `mode`")?,
        })
    }
}

/// The request of [`SchedulesApi::update_pricing_rules`](crate::apis::SchedulesApi::update_pricing_rules) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdatePricingRulesRequest {
    /// The `schedule_id` path parameter.
    pub schedule_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdatePricingRulesRequest,
}

impl rt::mock::RequestView for UpdatePricingRulesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            schedule_id: request.path("schedule_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
