//! One module per API (tag of the document).

pub mod customers_api;

pub use customers_api::CustomersApi;

pub mod accounts_api;

pub use accounts_api::AccountsApi;

pub mod event_schemas_api;

pub use event_schemas_api::EventSchemasApi;

pub mod usage_meters_api;

pub use usage_meters_api::UsageMetersApi;

pub mod price_plans_api;

pub use price_plans_api::PricePlansApi;

pub mod price_plan_v2_api;

pub use price_plan_v2_api::PricePlanV2Api;

pub mod schedules_api;

pub use schedules_api::SchedulesApi;

pub mod pricing_rules_api;

pub use pricing_rules_api::PricingRulesApi;

pub mod settings_api;

pub use settings_api::SettingsApi;

pub mod price_experimentation_api;

pub use price_experimentation_api::PriceExperimentationApi;

pub mod invoice_groups_api;

pub use invoice_groups_api::InvoiceGroupsApi;

pub mod aliases_api;

pub use aliases_api::AliasesApi;

pub mod reports_api;

pub use reports_api::ReportsApi;

pub mod customer_portal_api;

pub use customer_portal_api::CustomerPortalApi;

pub mod alerts_api;

pub use alerts_api::AlertsApi;

pub mod event_management_api;

pub use event_management_api::EventManagementApi;

pub mod metrics_api;

pub use metrics_api::MetricsApi;

pub mod licenses_api;

pub use licenses_api::LicensesApi;

pub mod entitlements_api;

pub use entitlements_api::EntitlementsApi;

pub mod invoices_api;

pub use invoices_api::InvoicesApi;

pub mod credits_api;

pub use credits_api::CreditsApi;

pub mod wallet_api;

pub use wallet_api::WalletApi;

pub mod payments_api;

pub use payments_api::PaymentsApi;

pub mod authentication_api;

pub use authentication_api::AuthenticationApi;

pub mod add_ons_api;

pub use add_ons_api::AddOnsApi;

pub mod feature_api;

pub use feature_api::FeatureApi;

pub mod jobs_api;

pub use jobs_api::JobsApi;

pub mod file_storage_api;

pub use file_storage_api::FileStorageApi;

pub mod event_ingestion_api;

pub use event_ingestion_api::EventIngestionApi;
