//! Typed mocks of the API (feature `mock`): a [`Mock`] answers the requests of a real
//! [`Client`](crate::Client) in-process, by rules set per operation, and records what it
//! received as typed requests. See "Testing your code" in the crate's documentation.
//!
//! The client serialises each request as it would for the server, and the mock decodes it back
//! into the operation's request view (its parameters by their Rust names, and `body`), so an
//! encoding mistake fails the test; retries, deadlines and pagination run as in production.

use togai_codegen_runtime as rt;

pub mod customers_api;

pub mod accounts_api;

pub mod event_schemas_api;

pub mod usage_meters_api;

pub mod price_plans_api;

pub mod price_plan_v2_api;

pub mod schedules_api;

pub mod pricing_rules_api;

pub mod settings_api;

pub mod price_experimentation_api;

pub mod invoice_groups_api;

pub mod aliases_api;

pub mod reports_api;

pub mod customer_portal_api;

pub mod alerts_api;

pub mod event_management_api;

pub mod metrics_api;

pub mod licenses_api;

pub mod entitlements_api;

pub mod invoices_api;

pub mod credits_api;

pub mod wallet_api;

pub mod payments_api;

pub mod authentication_api;

pub mod add_ons_api;

pub mod feature_api;

pub mod jobs_api;

pub mod file_storage_api;

pub mod event_ingestion_api;

/// Rules and records of every operation, and the clients that send to them.
///
/// Cheap to clone: clones share rules and records. One handle per API
/// (`mock.customers()`-like accessors), one per operation on it.
#[derive(Debug, Clone)]
pub struct Mock {
    server: rt::mock::MockServer,
}

impl Default for Mock {
    fn default() -> Self {
        Mock::new()
    }
}

impl Mock {
    /// A mock without rules: every request fails, naming its operation, until a rule answers.
    pub fn new() -> Self {
        let server = rt::mock::MockServer::new();
        server.add_routes(customers_api::ROUTES);
        server.add_routes(accounts_api::ROUTES);
        server.add_routes(event_schemas_api::ROUTES);
        server.add_routes(usage_meters_api::ROUTES);
        server.add_routes(price_plans_api::ROUTES);
        server.add_routes(price_plan_v2_api::ROUTES);
        server.add_routes(schedules_api::ROUTES);
        server.add_routes(pricing_rules_api::ROUTES);
        server.add_routes(settings_api::ROUTES);
        server.add_routes(price_experimentation_api::ROUTES);
        server.add_routes(invoice_groups_api::ROUTES);
        server.add_routes(aliases_api::ROUTES);
        server.add_routes(reports_api::ROUTES);
        server.add_routes(customer_portal_api::ROUTES);
        server.add_routes(alerts_api::ROUTES);
        server.add_routes(event_management_api::ROUTES);
        server.add_routes(metrics_api::ROUTES);
        server.add_routes(licenses_api::ROUTES);
        server.add_routes(entitlements_api::ROUTES);
        server.add_routes(invoices_api::ROUTES);
        server.add_routes(credits_api::ROUTES);
        server.add_routes(wallet_api::ROUTES);
        server.add_routes(payments_api::ROUTES);
        server.add_routes(authentication_api::ROUTES);
        server.add_routes(add_ons_api::ROUTES);
        server.add_routes(feature_api::ROUTES);
        server.add_routes(jobs_api::ROUTES);
        server.add_routes(file_storage_api::ROUTES);
        server.add_routes(event_ingestion_api::ROUTES);
        Mock { server }
    }

    /// A builder of clients over this mock (its base URL and transport set): add credentials,
    /// a retry policy or a deadline as for the real API.
    pub fn builder(&self) -> crate::ClientBuilder {
        crate::Client::builder()
            .base_url(rt::mock::BASE_URL)
            .transport(self.server.clone())
    }

    /// A [`Client`](crate::Client) over this mock, with the default settings (the default retry
    /// policy included): no socket is opened.
    pub fn client(&self) -> crate::Client {
        self.builder()
            .build()
            .expect("a client over the mock builds")
    }

    /// Panics, listing them, when rules bounded by `times(n)` answered fewer than `n` requests.
    #[track_caller]
    pub fn verify(&self) {
        self.server.verify();
    }
}
