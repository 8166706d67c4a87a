//! One type per schema of the document, plus the types inlined in them.

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod account;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use account::Account;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use account::AccountStatus;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod account_alias;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use account_alias::AccountAlias;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod account_aliases;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use account_aliases::AccountAliases;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod account_aliases_paginated_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use account_aliases_paginated_response::AccountAliasesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod account_paginated_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use account_paginated_response::AccountPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod account_schedule;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use account_schedule::AccountSchedule;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod accounts_billing_information;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use accounts_billing_information::AccountsBillingInformation;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod activate_price_plan_request;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use activate_price_plan_request::ActivatePricePlanRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod add_account_aliases_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use add_account_aliases_request::AddAccountAliasesRequest;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
mod add_on;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use add_on::AddOn;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use add_on::AddOnStatus;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
mod add_on_paginated_response;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use add_on_paginated_response::AddOnPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation",
    feature = "add-ons"
))]
mod add_on_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation",
    feature = "add-ons"
))]
pub use add_on_type::AddOnType;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "invoice-groups",
    feature = "invoices"
))]
mod address;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "invoice-groups",
    feature = "invoices"
))]
pub use address::Address;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod alert;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use alert::Alert;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod alert_status;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use alert_status::AlertStatus;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod alert_template;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use alert_template::AlertTemplate;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod alert_templates_paginated_response;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use alert_templates_paginated_response::AlertTemplatesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod alerts_paginated_response;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use alerts_paginated_response::AlertsPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "aliases"))]
mod alias;

#[cfg(any(feature = "all-models", feature = "aliases"))]
pub use alias::Alias;

#[cfg(any(feature = "all-models", feature = "aliases"))]
mod alias_paginated_response;

#[cfg(any(feature = "all-models", feature = "aliases"))]
pub use alias_paginated_response::AliasPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod association_config;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use association_config::AssociationConfig;

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
mod attribute;

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
pub use attribute::Attribute;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "invoice-groups",
    feature = "aliases",
    feature = "entitlements",
    feature = "invoices",
    feature = "add-ons"
))]
mod base_success_response;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "invoice-groups",
    feature = "aliases",
    feature = "entitlements",
    feature = "invoices",
    feature = "add-ons"
))]
pub use base_success_response::BaseSuccessResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod billing_config;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use billing_config::BillingConfig;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod billing_entitlement_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use billing_entitlement_rate_card::BillingEntitlementRateCard;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod billing_entitlement_revenue_summary;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use billing_entitlement_revenue_summary::BillingEntitlementRevenueSummary;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod bulk_rate_card_operations_request;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use bulk_rate_card_operations_request::BulkRateCardOperationsRequest;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod bulk_rate_card_operations_response;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use bulk_rate_card_operations_response::BulkRateCardOperationsResponse;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod calculate_revenue_request;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use calculate_revenue_request::CalculateRevenueRequest;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod calculate_revenue_response;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use calculate_revenue_response::CalculateRevenueResponse;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod calculate_revenue_response_v2;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use calculate_revenue_response_v2::CalculateRevenueResponseV2;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod computation;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use computation::Computation;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod create_account_alias_request;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use create_account_alias_request::CreateAccountAliasRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod create_account_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use create_account_request::CreateAccountRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use create_account_request::CreateAccountRequestStatus;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod create_account_request_without_customer_id;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_account_request_without_customer_id::CreateAccountRequestWithoutCustomerId;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_account_request_without_customer_id::CreateAccountRequestWithoutCustomerIdStatus;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
mod create_add_on_request;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use create_add_on_request::CreateAddOnRequest;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod create_alert_request;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use create_alert_request::CreateAlertRequest;

#[cfg(any(feature = "all-models", feature = "aliases"))]
mod create_alias_request;

#[cfg(any(feature = "all-models", feature = "aliases"))]
pub use create_alias_request::CreateAliasRequest;

#[cfg(any(feature = "all-models", feature = "aliases"))]
mod create_bulk_alias_request;

#[cfg(any(feature = "all-models", feature = "aliases"))]
pub use create_bulk_alias_request::CreateBulkAliasRequest;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod create_credit_request;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use create_credit_request::CreateCreditRequest;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod create_credit_response;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use create_credit_response::CreateCreditResponse;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod create_custom_invoice_request;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use create_custom_invoice_request::CreateCustomInvoiceRequest;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use create_custom_invoice_request::CreateCustomInvoiceRequestOwnerType;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use create_custom_invoice_request::CreateCustomInvoiceRequestStatus;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod create_customer_contact_request;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_customer_contact_request::CreateCustomerContactRequest;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod create_customer_contact_response;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_customer_contact_response::CreateCustomerContactResponse;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod create_customer_request;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_customer_request::CreateCustomerRequest;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod create_customer_response;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use create_customer_response::CreateCustomerResponse;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod create_entity_setting;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use create_entity_setting::CreateEntitySetting;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod create_event_schema_request;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use create_event_schema_request::CreateEventSchemaRequest;

#[cfg(any(feature = "all-models", feature = "feature"))]
mod create_feature_request;

#[cfg(any(feature = "all-models", feature = "feature"))]
pub use create_feature_request::CreateFeatureRequest;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
mod create_invoice_group_request;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
pub use create_invoice_group_request::CreateInvoiceGroupRequest;

#[cfg(any(feature = "all-models", feature = "payments"))]
mod create_payment_request;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use create_payment_request::CreatePaymentRequest;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-experimentation"
))]
mod create_price_plan_details;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-experimentation"
))]
pub use create_price_plan_details::CreatePricePlanDetails;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "price-plans"))]
mod create_price_plan_details_override;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "price-plans"))]
pub use create_price_plan_details_override::CreatePricePlanDetailsOverride;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
mod create_price_plan_migration_request;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
pub use create_price_plan_migration_request::CreatePricePlanMigrationRequest;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
pub use create_price_plan_migration_request::CreatePricePlanMigrationRequestMigrationMode;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod create_price_plan_request;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use create_price_plan_request::CreatePricePlanRequest;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
mod create_price_plan_v2_request;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use create_price_plan_v2_request::CreatePricePlanV2Request;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod create_pricing_rule;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use create_pricing_rule::CreatePricingRule;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod create_proposal_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use create_proposal_request::CreateProposalRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use create_proposal_request::CreateProposalRequestPaymentMode;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod create_purchase_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use create_purchase_request::CreatePurchaseRequest;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod create_usage_meter_request;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use create_usage_meter_request::CreateUsageMeterRequest;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use create_usage_meter_request::CreateUsageMeterRequestType;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod credit;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit::Credit;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit::CreditStatus;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod credit_balance_response;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_balance_response::CreditBalanceResponse;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod credit_details_response;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_details_response::CreditDetailsResponse;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_details_response::CreditDetailsResponseStatus;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod credit_grant_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use credit_grant_rate_card::CreditGrantRateCard;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod credit_grant_revenue_summary;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use credit_grant_revenue_summary::CreditGrantRevenueSummary;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod credit_grant_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use credit_grant_type::CreditGrantType;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod credit_rate_details;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use credit_rate_details::CreditRateDetails;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod credit_request;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_request::CreditRequest;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod credit_transaction;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_transaction::CreditTransaction;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use credit_transaction::CreditTransactionTransactionType;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod currency_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use currency_config::CurrencyConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use currency_config::CurrencyConfigMode;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod currency_rate_value;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use currency_rate_value::CurrencyRateValue;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod currency_slab_rate_detail;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use currency_slab_rate_detail::CurrencySlabRateDetail;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod custom_invoice_line_item;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use custom_invoice_line_item::CustomInvoiceLineItem;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod customer;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use customer::Customer;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use customer::CustomerStatus;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod customer_paginated_response;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use customer_paginated_response::CustomerPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod dependency;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use dependency::Dependency;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use dependency::DependencyType;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod dimensions;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use dimensions::Dimensions;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod dimensions_schema;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use dimensions_schema::DimensionsSchema;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod edit_account_schedule_request;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use edit_account_schedule_request::EditAccountScheduleRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod edit_pricing_schedule_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use edit_pricing_schedule_request::EditPricingScheduleRequest;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod enriched_field;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use enriched_field::EnrichedField;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use enriched_field::EnrichedFieldType;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod enrichment_dependency;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use enrichment_dependency::EnrichmentDependency;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use enrichment_dependency::EnrichmentDependencyType;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod enrichments;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use enrichments::Enrichments;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod entitlement_overage_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use entitlement_overage_config::EntitlementOverageConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use entitlement_overage_config::EntitlementOverageConfigMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod entitlement_overage_config_lookup_cycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use entitlement_overage_config_lookup_cycle::EntitlementOverageConfigLookupCycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod entitlement_overage_entry;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use entitlement_overage_entry::EntitlementOverageEntry;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod entitlement_overage_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use entitlement_overage_rate_card::EntitlementOverageRateCard;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod entitlement_overage_revenue_summary;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use entitlement_overage_revenue_summary::EntitlementOverageRevenueSummary;

mod error_response;

pub use error_response::ErrorResponse;

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
mod event;

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
pub use event::Event;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod event_attribute_schema;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use event_attribute_schema::EventAttributeSchema;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_correction_action;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_correction_action::EventCorrectionAction;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_correction_info;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_correction_info::EventCorrectionInfo;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_correction_info::EventCorrectionInfoStatus;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_correction_request;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_correction_request::EventCorrectionRequest;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info::EventPipelineInfo;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_account;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_account::EventPipelineInfoAccount;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_customer;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_customer::EventPipelineInfoCustomer;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_enrichments;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_enrichments::EventPipelineInfoEnrichments;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_event_schema;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_event_schema::EventPipelineInfoEventSchema;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_feature_details;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_feature_details::EventPipelineInfoFeatureDetails;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_price_plans;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_price_plans::EventPipelineInfoPricePlans;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_revenue_details;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_revenue_details::EventPipelineInfoRevenueDetails;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_pipeline_info_usage_meters;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_usage_meters::EventPipelineInfoUsageMeters;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_pipeline_info_usage_meters::EventPipelineInfoUsageMetersStatus;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod event_schema;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use event_schema::EventSchema;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use event_schema::EventSchemaStatus;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod event_schema_list_data;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use event_schema_list_data::EventSchemaListData;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use event_schema_list_data::EventSchemaListDataStatus;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod event_schema_list_paginated_response;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use event_schema_list_paginated_response::EventSchemaListPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod event_schema_versions_response;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use event_schema_versions_response::EventSchemaVersionsResponse;

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "feature"
))]
mod event_schemas_for_feature;

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "feature"
))]
pub use event_schemas_for_feature::EventSchemasForFeature;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_source;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_source::EventSource;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_with_status;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_with_status::EventWithStatus;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod event_with_status_and_event_pipeline_info;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use event_with_status_and_event_pipeline_info::EventWithStatusAndEventPipelineInfo;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod events_correction_response;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use events_correction_response::EventsCorrectionResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod expiry_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use expiry_type::ExpiryType;

#[cfg(any(feature = "all-models", feature = "payments"))]
mod external_payment_reference;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use external_payment_reference::ExternalPaymentReference;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use external_payment_reference::ExternalPaymentReferenceSourceType;

#[cfg(any(feature = "all-models", feature = "feature"))]
mod feature;

#[cfg(any(feature = "all-models", feature = "feature"))]
pub use feature::Feature;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod feature_config;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use feature_config::FeatureConfig;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod feature_credit_entry;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use feature_credit_entry::FeatureCreditEntry;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use feature_credit_entry::FeatureCreditEntrySource;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use feature_credit_entry::FeatureCreditEntryStatus;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod feature_details;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use feature_details::FeatureDetails;

#[cfg(any(feature = "all-models", feature = "feature"))]
mod feature_list_response;

#[cfg(any(feature = "all-models", feature = "feature"))]
pub use feature_list_response::FeatureListResponse;

#[cfg(any(feature = "all-models", feature = "feature"))]
mod feature_paginated_list_data;

#[cfg(any(feature = "all-models", feature = "feature"))]
pub use feature_paginated_list_data::FeaturePaginatedListData;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
mod field;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use field::Field;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use field::FieldType;

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
pub use field::FieldEnrichmentType;

#[cfg(any(feature = "all-models", feature = "file-storage"))]
mod file_download_url_response;

#[cfg(any(feature = "all-models", feature = "file-storage"))]
pub use file_download_url_response::FileDownloadUrlResponse;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod finalize_account_schedules;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use finalize_account_schedules::FinalizeAccountSchedules;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
mod finalize_price_plan_request;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use finalize_price_plan_request::FinalizePricePlanRequest;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod fixed_fee_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use fixed_fee_rate_card::FixedFeeRateCard;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod fixed_fee_revenue_summary;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use fixed_fee_revenue_summary::FixedFeeRevenueSummary;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod fixed_fee_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use fixed_fee_type::FixedFeeType;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
mod get_add_ons_status;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use get_add_ons_status::GetAddOnsStatus;

#[cfg(any(feature = "all-models", feature = "customer-portal"))]
mod get_customer_portal_delegate_token_request;

#[cfg(any(feature = "all-models", feature = "customer-portal"))]
pub use get_customer_portal_delegate_token_request::GetCustomerPortalDelegateTokenRequest;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod get_entitlement_values_response;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use get_entitlement_values_response::GetEntitlementValuesResponse;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod get_entitlement_values_response_data_inner;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use get_entitlement_values_response_data_inner::GetEntitlementValuesResponseDataInner;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod get_event_response;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use get_event_response::GetEventResponse;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod get_events_response;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use get_events_response::GetEventsResponse;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod get_feature_credit_entries_paginated_response;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use get_feature_credit_entries_paginated_response::GetFeatureCreditEntriesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod get_feature_credits_response;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use get_feature_credits_response::GetFeatureCreditsResponse;

#[cfg(any(feature = "all-models", feature = "jobs"))]
mod get_job_response;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use get_job_response::GetJobResponse;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use get_job_response::GetJobResponseType;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use get_job_response::GetJobResponseStatus;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod get_license_updates_response;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use get_license_updates_response::GetLicenseUpdatesResponse;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod get_metrics_request;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use get_metrics_request::GetMetricsRequest;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod get_metrics_response;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use get_metrics_response::GetMetricsResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod get_proposal_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use get_proposal_response::GetProposalResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use get_proposal_response::GetProposalResponsePaymentMode;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod get_purchase_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use get_purchase_response::GetPurchaseResponse;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod get_usage_meters_for_event_schema_aggregations;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use get_usage_meters_for_event_schema_aggregations::GetUsageMetersForEventSchemaAggregations;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod get_usage_meters_for_event_schema_status;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use get_usage_meters_for_event_schema_status::GetUsageMetersForEventSchemaStatus;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod grant_details;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use grant_details::GrantDetails;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod incident;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use incident::Incident;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod incidents_paginated_response;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use incidents_paginated_response::IncidentsPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
mod ingest_batch_event_request;

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
pub use ingest_batch_event_request::IngestBatchEventRequest;

#[cfg(any(
    feature = "all-models",
    feature = "entitlements",
    feature = "event-ingestion"
))]
mod ingest_event_request;

#[cfg(any(
    feature = "all-models",
    feature = "entitlements",
    feature = "event-ingestion"
))]
pub use ingest_event_request::IngestEventRequest;

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
mod ingest_event_response;

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
pub use ingest_event_response::IngestEventResponse;

#[cfg(any(feature = "all-models", feature = "event-management"))]
mod ingestion_status;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use ingestion_status::IngestionStatus;

#[cfg(any(feature = "all-models", feature = "event-management"))]
pub use ingestion_status::IngestionStatusStatus;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice::Invoice;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice::InvoiceFinalizingStatus;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_details;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_details::InvoiceDetails;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_details_account;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_details_account::InvoiceDetailsAccount;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_details_customer;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_details_customer::InvoiceDetailsCustomer;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_details_invoice_group;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_details_invoice_group::InvoiceDetailsInvoiceGroup;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_details_organization;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_details_organization::InvoiceDetailsOrganization;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
mod invoice_group_accounts_paginated_response;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
pub use invoice_group_accounts_paginated_response::InvoiceGroupAccountsPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
mod invoice_group_details;

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
pub use invoice_group_details::InvoiceGroupDetails;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
mod invoice_group_paginated_response;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
pub use invoice_group_paginated_response::InvoiceGroupPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
mod invoice_groups;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
pub use invoice_groups::InvoiceGroups;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_info_inner;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_info_inner::InvoiceInfoInner;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_line_item;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_line_item::InvoiceLineItem;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_line_item::InvoiceLineItemType;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoice_summary;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_summary::InvoiceSummary;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoice_summary::InvoiceSummaryFinalizingStatus;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod invoice_timing;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use invoice_timing::InvoiceTiming;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoices_class;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoices_class::InvoicesClass;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoices_status;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoices_status::InvoicesStatus;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod invoices_type;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use invoices_type::InvoicesType;

#[cfg(any(feature = "all-models", feature = "jobs"))]
mod job_entries_paginated_response;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use job_entries_paginated_response::JobEntriesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "jobs"))]
mod job_entries_response;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use job_entries_response::JobEntriesResponse;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use job_entries_response::JobEntriesResponseStatus;

#[cfg(any(feature = "all-models", feature = "jobs"))]
mod jobs_paginated_response;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use jobs_paginated_response::JobsPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "jobs"))]
mod jobs_without_status_info_response;

#[cfg(any(feature = "all-models", feature = "jobs"))]
pub use jobs_without_status_info_response::JobsWithoutStatusInfoResponse;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod license_entries_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use license_entries_config::LicenseEntriesConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use license_entries_config::LicenseEntriesConfigMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod license_entries_config_lookup_cycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use license_entries_config_lookup_cycle::LicenseEntriesConfigLookupCycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod license_entries_config_lookup_range;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use license_entries_config_lookup_range::LicenseEntriesConfigLookupRange;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod license_entry;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use license_entry::LicenseEntry;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod license_entry_details_update_request;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use license_entry_details_update_request::LicenseEntryDetailsUpdateRequest;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod license_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use license_rate_card::LicenseRateCard;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod license_rate_card_config;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use license_rate_card_config::LicenseRateCardConfig;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod license_update;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use license_update::LicenseUpdate;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod license_update_request;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use license_update_request::LicenseUpdateRequest;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use license_update_request::LicenseUpdateRequestUpdateType;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod license_update_response;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use license_update_response::LicenseUpdateResponse;

#[cfg(any(feature = "all-models", feature = "credits"))]
mod list_credits_response;

#[cfg(any(feature = "all-models", feature = "credits"))]
pub use list_credits_response::ListCreditsResponse;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod list_event_schemas_status;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use list_event_schemas_status::ListEventSchemasStatus;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod list_invoices_response;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use list_invoices_response::ListInvoicesResponse;

#[cfg(any(feature = "all-models", feature = "payments"))]
mod list_payment_response;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use list_payment_response::ListPaymentResponse;

#[cfg(any(feature = "all-models", feature = "pricing-rules"))]
mod list_pricing_rules_by_schedule_id_invoice_timing;

#[cfg(any(feature = "all-models", feature = "pricing-rules"))]
pub use list_pricing_rules_by_schedule_id_invoice_timing::ListPricingRulesByScheduleIdInvoiceTiming;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod list_reports_fetch_for;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use list_reports_fetch_for::ListReportsFetchFor;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod manage_miscellaneous_charges_request;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use manage_miscellaneous_charges_request::ManageMiscellaneousChargesRequest;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod max_quantity_breach_action;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use max_quantity_breach_action::MaxQuantityBreachAction;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_data_points;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_data_points::MetricDataPoints;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_data_points_grouped_by;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_data_points_grouped_by::MetricDataPointsGroupedBy;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_name;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_name::MetricName;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_query;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_query::MetricQuery;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_query::MetricQueryAggregationPeriod;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_query_filter_entry;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_query_filter_entry::MetricQueryFilterEntry;

#[cfg(any(feature = "all-models", feature = "metrics"))]
mod metric_query_response;

#[cfg(any(feature = "all-models", feature = "metrics"))]
pub use metric_query_response::MetricQueryResponse;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
mod migration_mode;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
pub use migration_mode::MigrationMode;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod minimum_commitment;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use minimum_commitment::MinimumCommitment;

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "invoices"
))]
mod miscellaneous_charge;

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "invoices"
))]
pub use miscellaneous_charge::MiscellaneousCharge;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod miscellaneous_charges;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use miscellaneous_charges::MiscellaneousCharges;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod miscellaneous_charges_response;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use miscellaneous_charges_response::MiscellaneousChargesResponse;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod named_license_entries_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use named_license_entries_config::NamedLicenseEntriesConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use named_license_entries_config::NamedLicenseEntriesConfigMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod named_license_entries_config_lookup_cycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use named_license_entries_config_lookup_cycle::NamedLicenseEntriesConfigLookupCycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod named_license_entries_config_lookup_range;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use named_license_entries_config_lookup_range::NamedLicenseEntriesConfigLookupRange;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod named_license_entry;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use named_license_entry::NamedLicenseEntry;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod named_license_update;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use named_license_update::NamedLicenseUpdate;

#[cfg(any(feature = "all-models", feature = "licenses"))]
mod named_license_updates_paginated_response;

#[cfg(any(feature = "all-models", feature = "licenses"))]
pub use named_license_updates_paginated_response::NamedLicenseUpdatesPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "settings",
    feature = "add-ons",
    feature = "feature",
    feature = "jobs"
))]
mod pagination_options;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "settings",
    feature = "add-ons",
    feature = "feature",
    feature = "jobs"
))]
pub use pagination_options::PaginationOptions;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "settings",
    feature = "add-ons",
    feature = "feature",
    feature = "jobs"
))]
pub use pagination_options::PaginationOptionsSortOrder;

#[cfg(any(feature = "all-models", feature = "payments"))]
mod payment;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use payment::Payment;

#[cfg(any(feature = "all-models", feature = "payments"))]
mod payment_line_item_record;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use payment_line_item_record::PaymentLineItemRecord;

#[cfg(any(feature = "all-models", feature = "payments"))]
pub use payment_line_item_record::PaymentLineItemRecordType;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
mod plan_override;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use plan_override::PlanOverride;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
mod pre_action;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use pre_action::PreAction;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use pre_action::PreActionType;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod price_plan;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use price_plan::PricePlan;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use price_plan::PricePlanStatus;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-experimentation"
))]
mod price_plan_details;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-experimentation"
))]
pub use price_plan_details::PricePlanDetails;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod price_plan_details_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use price_plan_details_config::PricePlanDetailsConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use price_plan_details_config::PricePlanDetailsConfigMode;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
mod price_plan_details_override;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use price_plan_details_override::PricePlanDetailsOverride;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
mod price_plan_info;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use price_plan_info::PricePlanInfo;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod price_plan_list_data;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use price_plan_list_data::PricePlanListData;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use price_plan_list_data::PricePlanListDataStatus;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod price_plan_migration_config;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use price_plan_migration_config::PricePlanMigrationConfig;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use price_plan_migration_config::PricePlanMigrationConfigMigrationMode;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod price_plan_paginated_response;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use price_plan_paginated_response::PricePlanPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "price-experimentation"
))]
mod price_plan_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "price-experimentation"
))]
pub use price_plan_type::PricePlanType;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
mod price_plan_v2;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use price_plan_v2::PricePlanV2;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use price_plan_v2::PricePlanV2Status;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
mod price_plan_v2_paginated_response;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use price_plan_v2_paginated_response::PricePlanV2PaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod price_type;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use price_type::PriceType;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod pricing_cycle_config;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use pricing_cycle_config::PricingCycleConfig;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod pricing_cycle_config_start_offset;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use pricing_cycle_config_start_offset::PricingCycleConfigStartOffset;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod pricing_cycle_interval;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use pricing_cycle_interval::PricingCycleInterval;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod pricing_model;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use pricing_model::PricingModel;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
mod pricing_rule;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
pub use pricing_rule::PricingRule;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
mod pricing_rule_action;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
pub use pricing_rule_action::PricingRuleAction;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
pub use pricing_rule_action::PricingRuleActionType;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod pricing_rule_changes_log;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rule_changes_log::PricingRuleChangesLog;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod pricing_rule_info;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rule_info::PricingRuleInfo;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
mod pricing_rule_timing;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
pub use pricing_rule_timing::PricingRuleTiming;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod pricing_rules_log;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rules_log::PricingRulesLog;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rules_log::PricingRulesLogType;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod pricing_rules_logs_paginated_response;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rules_logs_paginated_response::PricingRulesLogsPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
mod pricing_rules_paginated_response;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
pub use pricing_rules_paginated_response::PricingRulesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod pricing_rules_values;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use pricing_rules_values::PricingRulesValues;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod pricing_schedule;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use pricing_schedule::PricingSchedule;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod pricing_schedule_paginated_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use pricing_schedule_paginated_response::PricingSchedulePaginatedResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod pricing_schedule_with_price_plan_id;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use pricing_schedule_with_price_plan_id::PricingScheduleWithPricePlanId;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod proposal;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use proposal::Proposal;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use proposal::ProposalPaymentMode;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod proposals_list_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use proposals_list_response::ProposalsListResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use proposals_list_response::ProposalsListResponsePaymentMode;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod proposals_paginated_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use proposals_paginated_response::ProposalsPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod prorated_refund_mode;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use prorated_refund_mode::ProratedRefundMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod proration_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use proration_config::ProrationConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use proration_config::ProrationConfigMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod proration_config_custom_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use proration_config_custom_config::ProrationConfigCustomConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod proration_config_lookup_cycle_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use proration_config_lookup_cycle_config::ProrationConfigLookupCycleConfig;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase::Purchase;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_feature_details;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_feature_details::PurchaseFeatureDetails;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_list_response;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_list_response::PurchaseListResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_paginated_list_data;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_paginated_list_data::PurchasePaginatedListData;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_plan_override;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_plan_override::PurchasePlanOverride;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_status;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_status::PurchaseStatus;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod purchase_type;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use purchase_type::PurchaseType;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod query_column;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use query_column::QueryColumn;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod query_filter;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use query_filter::QueryFilter;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod query_function;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use query_function::QueryFunction;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod query_input;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use query_input::QueryInput;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod query_input_sort_inner;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use query_input_sort_inner::QueryInputSortInner;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use rate_card::RateCard;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod rate_card_data;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use rate_card_data::RateCardData;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod rate_card_details;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use rate_card_details::RateCardDetails;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod rate_card_operation;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use rate_card_operation::RateCardOperation;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use rate_card_operation::RateCardOperationActionType;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod rate_card_paginated_response;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use rate_card_paginated_response::RateCardPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod rate_card_type;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use rate_card_type::RateCardType;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod rate_plan;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use rate_plan::RatePlan;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod rate_value;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use rate_value::RateValue;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod recurrence_config;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use recurrence_config::RecurrenceConfig;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod remove_account_alias_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use remove_account_alias_request::RemoveAccountAliasRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod remove_account_aliases_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use remove_account_aliases_request::RemoveAccountAliasesRequest;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod report;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use report::Report;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod report_status;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use report_status::ReportStatus;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod report_type;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use report_type::ReportType;

#[cfg(any(feature = "all-models", feature = "reports"))]
mod reports_paginated_response;

#[cfg(any(feature = "all-models", feature = "reports"))]
pub use reports_paginated_response::ReportsPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod revenue_info;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use revenue_info::RevenueInfo;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod revenue_info_v2;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use revenue_info_v2::RevenueInfoV2;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod revenue_summary_with_metadata;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use revenue_summary_with_metadata::RevenueSummaryWithMetadata;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod schedule_info;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use schedule_info::ScheduleInfo;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod schedules_paginated_response;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use schedules_paginated_response::SchedulesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod schema_feature;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use schema_feature::SchemaFeature;

#[cfg(any(feature = "all-models", feature = "settings"))]
mod setting;

#[cfg(any(feature = "all-models", feature = "settings"))]
pub use setting::Setting;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "settings"
))]
mod setting_data_type;

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "settings"
))]
pub use setting_data_type::SettingDataType;

#[cfg(any(feature = "all-models", feature = "settings"))]
mod setting_paginated_response;

#[cfg(any(feature = "all-models", feature = "settings"))]
pub use setting_paginated_response::SettingPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod slab;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use slab::Slab;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod slab_detail;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use slab_detail::SlabDetail;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod slab_rate;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use slab_rate::SlabRate;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod slab_revenue;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use slab_revenue::SlabRevenue;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod slab_revenue_metadata;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use slab_revenue_metadata::SlabRevenueMetadata;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod slab_revenue_summary;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use slab_revenue_summary::SlabRevenueSummary;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
mod slab_revenue_with_metadata;

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
pub use slab_revenue_with_metadata::SlabRevenueWithMetadata;

#[cfg(any(
    feature = "all-models",
    feature = "customer-portal",
    feature = "authentication"
))]
mod token_response;

#[cfg(any(
    feature = "all-models",
    feature = "customer-portal",
    feature = "authentication"
))]
pub use token_response::TokenResponse;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod topup_wallet_request;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use topup_wallet_request::TopupWalletRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod update_account_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_account_request::UpdateAccountRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_account_request::UpdateAccountRequestStatus;

#[cfg(any(feature = "all-models", feature = "schedules"))]
mod update_account_schedule_v2_request;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use update_account_schedule_v2_request::UpdateAccountScheduleV2Request;

#[cfg(any(feature = "all-models", feature = "schedules"))]
pub use update_account_schedule_v2_request::UpdateAccountScheduleV2RequestMode;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
mod update_add_on_request;

#[cfg(any(feature = "all-models", feature = "add-ons"))]
pub use update_add_on_request::UpdateAddOnRequest;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod update_alert_request;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use update_alert_request::UpdateAlertRequest;

#[cfg(any(feature = "all-models", feature = "customers"))]
mod update_customer_request;

#[cfg(any(feature = "all-models", feature = "customers"))]
pub use update_customer_request::UpdateCustomerRequest;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
mod update_event_schema_request;

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
pub use update_event_schema_request::UpdateEventSchemaRequest;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod update_feature_credits_request;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use update_feature_credits_request::UpdateFeatureCreditsRequest;

#[cfg(any(feature = "all-models", feature = "feature"))]
mod update_feature_request;

#[cfg(any(feature = "all-models", feature = "feature"))]
pub use update_feature_request::UpdateFeatureRequest;

#[cfg(any(feature = "all-models", feature = "alerts"))]
mod update_incident_status_request;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use update_incident_status_request::UpdateIncidentStatusRequest;

#[cfg(any(feature = "all-models", feature = "alerts"))]
pub use update_incident_status_request::UpdateIncidentStatusRequestStatus;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
mod update_invoice_group_accounts;

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
pub use update_invoice_group_accounts::UpdateInvoiceGroupAccounts;

#[cfg(any(feature = "all-models", feature = "invoices"))]
mod update_invoice_request;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use update_invoice_request::UpdateInvoiceRequest;

#[cfg(any(feature = "all-models", feature = "invoices"))]
pub use update_invoice_request::UpdateInvoiceRequestStatus;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
mod update_price_plan_request;

#[cfg(any(feature = "all-models", feature = "price-plans"))]
pub use update_price_plan_request::UpdatePricePlanRequest;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
mod update_price_plan_v2_request;

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
pub use update_price_plan_v2_request::UpdatePricePlanV2Request;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod update_pricing_rules_request;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use update_pricing_rules_request::UpdatePricingRulesRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod update_pricing_schedule_request;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_pricing_schedule_request::UpdatePricingScheduleRequest;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_pricing_schedule_request::UpdatePricingScheduleRequestMode;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod update_pricing_schedule_request_with_actions;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_pricing_schedule_request_with_actions::UpdatePricingScheduleRequestWithActions;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_pricing_schedule_request_with_actions::UpdatePricingScheduleRequestWithActionsMode;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
mod update_pricing_schedule_response;

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
pub use update_pricing_schedule_response::UpdatePricingScheduleResponse;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod update_proposal_status;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_proposal_status::UpdateProposalStatus;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use update_proposal_status::UpdateProposalStatusStatus;

#[cfg(any(feature = "all-models", feature = "settings"))]
mod update_setting_request;

#[cfg(any(feature = "all-models", feature = "settings"))]
pub use update_setting_request::UpdateSettingRequest;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod update_usage_meter_request;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use update_usage_meter_request::UpdateUsageMeterRequest;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use update_usage_meter_request::UpdateUsageMeterRequestType;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod update_wallet_request;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use update_wallet_request::UpdateWalletRequest;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod usage_config;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use usage_config::UsageConfig;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use usage_config::UsageConfigMode;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod usage_config_lookup_cycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use usage_config_lookup_cycle::UsageConfigLookupCycle;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod usage_config_lookup_range;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use usage_config_lookup_range::UsageConfigLookupRange;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod usage_cycle_interval;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use usage_cycle_interval::UsageCycleInterval;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
mod usage_lookup_range;

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
pub use usage_lookup_range::UsageLookupRange;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod usage_meter;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter::UsageMeter;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter::UsageMeterType;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter::UsageMeterStatus;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod usage_meter_aggregation;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter_aggregation::UsageMeterAggregation;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod usage_meter_filter_entry;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter_filter_entry::UsageMeterFilterEntry;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
mod usage_meter_paginated_response;

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
pub use usage_meter_paginated_response::UsageMeterPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
mod usage_rate_card;

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
pub use usage_rate_card::UsageRateCard;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
mod validate_entitlement_value_request;

#[cfg(any(feature = "all-models", feature = "entitlements"))]
pub use validate_entitlement_value_request::ValidateEntitlementValueRequest;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod validated_entity_error;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use validated_entity_error::ValidatedEntityError;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
mod validated_entity_errors_paginated_response;

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
pub use validated_entity_errors_paginated_response::ValidatedEntityErrorsPaginatedResponse;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
mod versions_to_migrate;

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
pub use versions_to_migrate::VersionsToMigrate;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod wallet_balance_response;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_balance_response::WalletBalanceResponse;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod wallet_entries_paginated_response;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_entries_paginated_response::WalletEntriesPaginatedResponse;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod wallet_entry;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_entry::WalletEntry;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_entry::WalletEntryTransactionType;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_entry::WalletEntryStatus;

#[cfg(any(feature = "all-models", feature = "wallet"))]
mod wallet_status;

#[cfg(any(feature = "all-models", feature = "wallet"))]
pub use wallet_status::WalletStatus;

#[cfg(any(feature = "all-models", feature = "accounts"))]
mod wallet_topup_details;

#[cfg(any(feature = "all-models", feature = "accounts"))]
pub use wallet_topup_details::WalletTopupDetails;
