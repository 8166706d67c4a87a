//! One module per API (tag of the document).

#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub mod customers_api;

#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub use customers_api::CustomersApi;

#[cfg(feature = "accounts")]
#[cfg_attr(docsrs, doc(cfg(feature = "accounts")))]
pub mod accounts_api;

#[cfg(feature = "accounts")]
#[cfg_attr(docsrs, doc(cfg(feature = "accounts")))]
pub use accounts_api::AccountsApi;

#[cfg(feature = "event-schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-schemas")))]
pub mod event_schemas_api;

#[cfg(feature = "event-schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-schemas")))]
pub use event_schemas_api::EventSchemasApi;

#[cfg(feature = "usage-meters")]
#[cfg_attr(docsrs, doc(cfg(feature = "usage-meters")))]
pub mod usage_meters_api;

#[cfg(feature = "usage-meters")]
#[cfg_attr(docsrs, doc(cfg(feature = "usage-meters")))]
pub use usage_meters_api::UsageMetersApi;

#[cfg(feature = "price-plans")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plans")))]
pub mod price_plans_api;

#[cfg(feature = "price-plans")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plans")))]
pub use price_plans_api::PricePlansApi;

#[cfg(feature = "price-plan-v2")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plan-v2")))]
pub mod price_plan_v2_api;

#[cfg(feature = "price-plan-v2")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-plan-v2")))]
pub use price_plan_v2_api::PricePlanV2Api;

#[cfg(feature = "schedules")]
#[cfg_attr(docsrs, doc(cfg(feature = "schedules")))]
pub mod schedules_api;

#[cfg(feature = "schedules")]
#[cfg_attr(docsrs, doc(cfg(feature = "schedules")))]
pub use schedules_api::SchedulesApi;

#[cfg(feature = "pricing-rules")]
#[cfg_attr(docsrs, doc(cfg(feature = "pricing-rules")))]
pub mod pricing_rules_api;

#[cfg(feature = "pricing-rules")]
#[cfg_attr(docsrs, doc(cfg(feature = "pricing-rules")))]
pub use pricing_rules_api::PricingRulesApi;

#[cfg(feature = "settings")]
#[cfg_attr(docsrs, doc(cfg(feature = "settings")))]
pub mod settings_api;

#[cfg(feature = "settings")]
#[cfg_attr(docsrs, doc(cfg(feature = "settings")))]
pub use settings_api::SettingsApi;

#[cfg(feature = "price-experimentation")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-experimentation")))]
pub mod price_experimentation_api;

#[cfg(feature = "price-experimentation")]
#[cfg_attr(docsrs, doc(cfg(feature = "price-experimentation")))]
pub use price_experimentation_api::PriceExperimentationApi;

#[cfg(feature = "invoice-groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoice-groups")))]
pub mod invoice_groups_api;

#[cfg(feature = "invoice-groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoice-groups")))]
pub use invoice_groups_api::InvoiceGroupsApi;

#[cfg(feature = "aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "aliases")))]
pub mod aliases_api;

#[cfg(feature = "aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "aliases")))]
pub use aliases_api::AliasesApi;

#[cfg(feature = "reports")]
#[cfg_attr(docsrs, doc(cfg(feature = "reports")))]
pub mod reports_api;

#[cfg(feature = "reports")]
#[cfg_attr(docsrs, doc(cfg(feature = "reports")))]
pub use reports_api::ReportsApi;

#[cfg(feature = "customer-portal")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer-portal")))]
pub mod customer_portal_api;

#[cfg(feature = "customer-portal")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer-portal")))]
pub use customer_portal_api::CustomerPortalApi;

#[cfg(feature = "alerts")]
#[cfg_attr(docsrs, doc(cfg(feature = "alerts")))]
pub mod alerts_api;

#[cfg(feature = "alerts")]
#[cfg_attr(docsrs, doc(cfg(feature = "alerts")))]
pub use alerts_api::AlertsApi;

#[cfg(feature = "event-management")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-management")))]
pub mod event_management_api;

#[cfg(feature = "event-management")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-management")))]
pub use event_management_api::EventManagementApi;

#[cfg(feature = "metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "metrics")))]
pub mod metrics_api;

#[cfg(feature = "metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "metrics")))]
pub use metrics_api::MetricsApi;

#[cfg(feature = "licenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "licenses")))]
pub mod licenses_api;

#[cfg(feature = "licenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "licenses")))]
pub use licenses_api::LicensesApi;

#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub mod entitlements_api;

#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub use entitlements_api::EntitlementsApi;

#[cfg(feature = "invoices")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoices")))]
pub mod invoices_api;

#[cfg(feature = "invoices")]
#[cfg_attr(docsrs, doc(cfg(feature = "invoices")))]
pub use invoices_api::InvoicesApi;

#[cfg(feature = "credits")]
#[cfg_attr(docsrs, doc(cfg(feature = "credits")))]
pub mod credits_api;

#[cfg(feature = "credits")]
#[cfg_attr(docsrs, doc(cfg(feature = "credits")))]
pub use credits_api::CreditsApi;

#[cfg(feature = "wallet")]
#[cfg_attr(docsrs, doc(cfg(feature = "wallet")))]
pub mod wallet_api;

#[cfg(feature = "wallet")]
#[cfg_attr(docsrs, doc(cfg(feature = "wallet")))]
pub use wallet_api::WalletApi;

#[cfg(feature = "payments")]
#[cfg_attr(docsrs, doc(cfg(feature = "payments")))]
pub mod payments_api;

#[cfg(feature = "payments")]
#[cfg_attr(docsrs, doc(cfg(feature = "payments")))]
pub use payments_api::PaymentsApi;

#[cfg(feature = "authentication")]
#[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
pub mod authentication_api;

#[cfg(feature = "authentication")]
#[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
pub use authentication_api::AuthenticationApi;

#[cfg(feature = "add-ons")]
#[cfg_attr(docsrs, doc(cfg(feature = "add-ons")))]
pub mod add_ons_api;

#[cfg(feature = "add-ons")]
#[cfg_attr(docsrs, doc(cfg(feature = "add-ons")))]
pub use add_ons_api::AddOnsApi;

#[cfg(feature = "feature")]
#[cfg_attr(docsrs, doc(cfg(feature = "feature")))]
pub mod feature_api;

#[cfg(feature = "feature")]
#[cfg_attr(docsrs, doc(cfg(feature = "feature")))]
pub use feature_api::FeatureApi;

#[cfg(feature = "jobs")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobs")))]
pub mod jobs_api;

#[cfg(feature = "jobs")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobs")))]
pub use jobs_api::JobsApi;

#[cfg(feature = "file-storage")]
#[cfg_attr(docsrs, doc(cfg(feature = "file-storage")))]
pub mod file_storage_api;

#[cfg(feature = "file-storage")]
#[cfg_attr(docsrs, doc(cfg(feature = "file-storage")))]
pub use file_storage_api::FileStorageApi;

#[cfg(feature = "event-ingestion")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-ingestion")))]
pub mod event_ingestion_api;

#[cfg(feature = "event-ingestion")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-ingestion")))]
pub use event_ingestion_api::EventIngestionApi;
