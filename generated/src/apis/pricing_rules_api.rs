//! Pricing Rules level calls

use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};
use togai_codegen_runtime as rt;

/// Pricing Rules level calls
///
/// Get one from [`Client::pricing_rules`](crate::Client::pricing_rules).
#[derive(Debug, Clone)]
pub struct PricingRulesApi {
    client: Client,
}

impl PricingRulesApi {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// (DEPRECATED) List pricing rules by price plan id and pricing schedule id
    ///
    /// Get a list of pricing rules using price plan id and pricing schedule id
    ///
    /// `GET /price_plans/{price_plan_id}/pricing_schedules/{pricing_schedule_id}/pricing_rules` (operation `listPricingRulesByScheduleId`).
    ///
    /// Retries: retry-safe (idempotent method): retried after a connection failure, a 429, 502, 503 or 504 (waiting as `Retry-After` asks), a timeout or a connection lost after sending.
    pub fn list_pricing_rules_by_schedule_id(
        &self,
        price_plan_id: impl Into<String>,
        pricing_schedule_id: impl Into<String>,
    ) -> ListPricingRulesByScheduleIdBuilder {
        ListPricingRulesByScheduleIdBuilder {
            client: self.client.clone(),
            price_plan_id: price_plan_id.into(),
            pricing_schedule_id: pricing_schedule_id.into(),
            invoice_timing: None,
            options: RequestOptions::default(),
        }
    }
}

static LIST_PRICING_RULES_BY_SCHEDULE_ID: rt::Operation = rt::Operation {
    id: "listPricingRulesByScheduleId",
    method: rt::reqwest::Method::GET,
    path: "/price_plans/{price_plan_id}/pricing_schedules/{pricing_schedule_id}/pricing_rules",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// Request builder for [`PricingRulesApi::list_pricing_rules_by_schedule_id`](super::PricingRulesApi::list_pricing_rules_by_schedule_id): `GET /price_plans/{price_plan_id}/pricing_schedules/{pricing_schedule_id}/pricing_rules`.
///
/// Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPricingRulesByScheduleIdBuilder {
    client: Client,
    price_plan_id: String,
    pricing_schedule_id: String,
    invoice_timing: Option<crate::models::ListPricingRulesByScheduleIdInvoiceTiming>,
    options: RequestOptions,
}

impl ListPricingRulesByScheduleIdBuilder {
    /// Optional field to filter pricing rules based on invoice timing
    pub fn invoice_timing(
        mut self,
        value: impl Into<crate::models::ListPricingRulesByScheduleIdInvoiceTiming>,
    ) -> Self {
        self.invoice_timing = Some(value.into());
        self
    }

    /// Per-call options (timeout, retry policy, headers), replacing those set before.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sends the request and decodes the response body.
    pub fn send(self) -> BodyFuture<crate::models::PricingRulesPaginatedResponse> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(
        self,
    ) -> ResponseFuture<crate::models::PricingRulesPaginatedResponse> {
        let mut call = self.client.inner.call(&LIST_PRICING_RULES_BY_SCHEDULE_ID);
        call.path_param("price_plan_id", &self.price_plan_id);
        call.path_param("pricing_schedule_id", &self.pricing_schedule_id);
        if let Some(value) = &self.invoice_timing {
            call.query("invoice_timing", value);
        }
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
            200 => resp.json(),
            _ => Err(resp.into_error(crate::document::ERRORS_400_401_403_404_429_DEFAULT)),
        })
    }

    rt::blocking_methods!(crate::models::PricingRulesPaginatedResponse, crate::Error);
}
