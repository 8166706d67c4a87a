//! Typed mocks of the API (feature `mock`): a [`Mock`] answers the requests of a real
//! [`Client`](crate::Client) in-process, by rules set per operation, and records what it
//! received as typed requests. See "Testing your code" in the crate's documentation.
//!
//! The client serialises each request as it would for the server, and the mock decodes it back
//! into the operation's request view (its parameters by their Rust names, and `body`), so an
//! encoding mistake fails the test; retries, deadlines and pagination run as in production.

use togai_codegen_runtime as rt;

#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub mod customers_api;

#[cfg(feature = "accounts")]
#[cfg_attr(docsrs, doc(cfg(feature = "accounts")))]
pub mod accounts_api;

#[cfg(feature = "event-schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-schemas")))]
pub mod event_schemas_api;

#[cfg(feature = "usage-meters")]
#[cfg_attr(docsrs, doc(cfg(feature = "usage-meters")))]
pub mod usage_meters_api;

#[cfg(feature = "price-plans")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plans")))]
pub mod price_plans_api;

#[cfg(feature = "price-plan-v2")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plan-v2")))]
pub mod price_plan_v2_api;

#[cfg(feature = "schedules")]
#[cfg_attr(docsrs, doc(cfg(feature = "schedules")))]
pub mod schedules_api;

#[cfg(feature = "pricing-rules")]
#[cfg_attr(docsrs, doc(cfg(feature = "pricing-rules")))]
pub mod pricing_rules_api;

#[cfg(feature = "settings")]
#[cfg_attr(docsrs, doc(cfg(feature = "settings")))]
pub mod settings_api;

#[cfg(feature = "price-experimentation")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-experimentation")))]
pub mod price_experimentation_api;

#[cfg(feature = "invoice-groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoice-groups")))]
pub mod invoice_groups_api;

#[cfg(feature = "aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "aliases")))]
pub mod aliases_api;

#[cfg(feature = "reports")]
#[cfg_attr(docsrs, doc(cfg(feature = "reports")))]
pub mod reports_api;

#[cfg(feature = "customer-portal")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer-portal")))]
pub mod customer_portal_api;

#[cfg(feature = "alerts")]
#[cfg_attr(docsrs, doc(cfg(feature = "alerts")))]
pub mod alerts_api;

#[cfg(feature = "event-management")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-management")))]
pub mod event_management_api;

#[cfg(feature = "metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "metrics")))]
pub mod metrics_api;

#[cfg(feature = "licenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "licenses")))]
pub mod licenses_api;

#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub mod entitlements_api;

#[cfg(feature = "invoices")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoices")))]
pub mod invoices_api;

#[cfg(feature = "credits")]
#[cfg_attr(docsrs, doc(cfg(feature = "credits")))]
pub mod credits_api;

#[cfg(feature = "wallet")]
#[cfg_attr(docsrs, doc(cfg(feature = "wallet")))]
pub mod wallet_api;

#[cfg(feature = "payments")]
#[cfg_attr(docsrs, doc(cfg(feature = "payments")))]
pub mod payments_api;

#[cfg(feature = "authentication")]
#[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
pub mod authentication_api;

#[cfg(feature = "add-ons")]
#[cfg_attr(docsrs, doc(cfg(feature = "add-ons")))]
pub mod add_ons_api;

#[cfg(feature = "feature")]
#[cfg_attr(docsrs, doc(cfg(feature = "feature")))]
pub mod feature_api;

#[cfg(feature = "jobs")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobs")))]
pub mod jobs_api;

#[cfg(feature = "file-storage")]
#[cfg_attr(docsrs, doc(cfg(feature = "file-storage")))]
pub mod file_storage_api;

#[cfg(feature = "event-ingestion")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-ingestion")))]
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

        #[cfg(feature = "customers")]
        server.add_routes(customers_api::ROUTES);

        #[cfg(feature = "accounts")]
        server.add_routes(accounts_api::ROUTES);

        #[cfg(feature = "event-schemas")]
        server.add_routes(event_schemas_api::ROUTES);

        #[cfg(feature = "usage-meters")]
        server.add_routes(usage_meters_api::ROUTES);

        #[cfg(feature = "price-plans")]
        server.add_routes(price_plans_api::ROUTES);

        #[cfg(feature = "price-plan-v2")]
        server.add_routes(price_plan_v2_api::ROUTES);

        #[cfg(feature = "schedules")]
        server.add_routes(schedules_api::ROUTES);

        #[cfg(feature = "pricing-rules")]
        server.add_routes(pricing_rules_api::ROUTES);

        #[cfg(feature = "settings")]
        server.add_routes(settings_api::ROUTES);

        #[cfg(feature = "price-experimentation")]
        server.add_routes(price_experimentation_api::ROUTES);

        #[cfg(feature = "invoice-groups")]
        server.add_routes(invoice_groups_api::ROUTES);

        #[cfg(feature = "aliases")]
        server.add_routes(aliases_api::ROUTES);

        #[cfg(feature = "reports")]
        server.add_routes(reports_api::ROUTES);

        #[cfg(feature = "customer-portal")]
        server.add_routes(customer_portal_api::ROUTES);

        #[cfg(feature = "alerts")]
        server.add_routes(alerts_api::ROUTES);

        #[cfg(feature = "event-management")]
        server.add_routes(event_management_api::ROUTES);

        #[cfg(feature = "metrics")]
        server.add_routes(metrics_api::ROUTES);

        #[cfg(feature = "licenses")]
        server.add_routes(licenses_api::ROUTES);

        #[cfg(feature = "entitlements")]
        server.add_routes(entitlements_api::ROUTES);

        #[cfg(feature = "invoices")]
        server.add_routes(invoices_api::ROUTES);

        #[cfg(feature = "credits")]
        server.add_routes(credits_api::ROUTES);

        #[cfg(feature = "wallet")]
        server.add_routes(wallet_api::ROUTES);

        #[cfg(feature = "payments")]
        server.add_routes(payments_api::ROUTES);

        #[cfg(feature = "authentication")]
        server.add_routes(authentication_api::ROUTES);

        #[cfg(feature = "add-ons")]
        server.add_routes(add_ons_api::ROUTES);

        #[cfg(feature = "feature")]
        server.add_routes(feature_api::ROUTES);

        #[cfg(feature = "jobs")]
        server.add_routes(jobs_api::ROUTES);

        #[cfg(feature = "file-storage")]
        server.add_routes(file_storage_api::ROUTES);

        #[cfg(feature = "event-ingestion")]
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
