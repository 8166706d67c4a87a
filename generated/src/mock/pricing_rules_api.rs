//! Mocks of the operations of [`PricingRulesApi`](crate::apis::PricingRulesApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`PricingRulesApi`](crate::apis::PricingRulesApi) on this mock.
    pub fn pricing_rules(&self) -> PricingRulesApiMock {
        PricingRulesApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`PricingRulesApi`](crate::apis::PricingRulesApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct PricingRulesApiMock {
    server: rt::mock::MockServer,
}

impl PricingRulesApiMock {
    /// Rules and requests of [`PricingRulesApi::list_pricing_rules_by_schedule_id`](crate::apis::PricingRulesApi::list_pricing_rules_by_schedule_id): `GET /price_plans/{price_plan_id}/pricing_schedules/{pricing_schedule_id}/pricing_rules`.
    pub fn list_pricing_rules_by_schedule_id(
        &self,
    ) -> rt::mock::MockOperation<
        ListPricingRulesByScheduleIdRequest,
        crate::models::PricingRulesPaginatedResponse,
    > {
        self.server
            .operation("listPricingRulesByScheduleId", |value| {
                rt::mock::Reply::json(200, value)
            })
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[rt::mock::Route {
    id: "listPricingRulesByScheduleId",
    method: "GET",
    path: "/price_plans/{price_plan_id}/pricing_schedules/{pricing_schedule_id}/pricing_rules",
    decode: rt::mock::decode::<ListPricingRulesByScheduleIdRequest>,
}];

/// The request of [`PricingRulesApi::list_pricing_rules_by_schedule_id`](crate::apis::PricingRulesApi::list_pricing_rules_by_schedule_id) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPricingRulesByScheduleIdRequest {
    /// The `price_plan_id` path parameter.
    pub price_plan_id: String,
    /// The `pricing_schedule_id` path parameter.
    pub pricing_schedule_id: String,
    /// The `invoice_timing` query parameter.
    pub invoice_timing: Option<crate::models::ListPricingRulesByScheduleIdInvoiceTiming>,
}

impl rt::mock::RequestView for ListPricingRulesByScheduleIdRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            price_plan_id: request.path("price_plan_id")?,
            pricing_schedule_id: request.path("pricing_schedule_id")?,
            invoice_timing: request.query("invoice_timing")?,
        })
    }
}
