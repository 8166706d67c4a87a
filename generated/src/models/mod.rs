//! One type per schema of the document, plus the types inlined in them.

mod account;

pub use account::Account;
pub use account::AccountStatus;

mod account_alias;

pub use account_alias::AccountAlias;

mod account_aliases;

pub use account_aliases::AccountAliases;

mod account_aliases_paginated_response;

pub use account_aliases_paginated_response::AccountAliasesPaginatedResponse;

mod account_paginated_response;

pub use account_paginated_response::AccountPaginatedResponse;

mod account_schedule;

pub use account_schedule::AccountSchedule;

mod accounts_billing_information;

pub use accounts_billing_information::AccountsBillingInformation;

mod activate_price_plan_request;

pub use activate_price_plan_request::ActivatePricePlanRequest;

mod add_account_aliases_request;

pub use add_account_aliases_request::AddAccountAliasesRequest;

mod add_on;

pub use add_on::AddOn;
pub use add_on::AddOnStatus;

mod add_on_paginated_response;

pub use add_on_paginated_response::AddOnPaginatedResponse;

mod add_on_type;

pub use add_on_type::AddOnType;

mod address;

pub use address::Address;

mod alert;

pub use alert::Alert;

mod alert_status;

pub use alert_status::AlertStatus;

mod alert_template;

pub use alert_template::AlertTemplate;

mod alert_templates_paginated_response;

pub use alert_templates_paginated_response::AlertTemplatesPaginatedResponse;

mod alerts_paginated_response;

pub use alerts_paginated_response::AlertsPaginatedResponse;

mod alias;

pub use alias::Alias;

mod alias_paginated_response;

pub use alias_paginated_response::AliasPaginatedResponse;

mod association_config;

pub use association_config::AssociationConfig;

mod attribute;

pub use attribute::Attribute;

mod base_success_response;

pub use base_success_response::BaseSuccessResponse;

mod billing_config;

pub use billing_config::BillingConfig;

mod billing_entitlement_rate_card;

pub use billing_entitlement_rate_card::BillingEntitlementRateCard;

mod billing_entitlement_revenue_summary;

pub use billing_entitlement_revenue_summary::BillingEntitlementRevenueSummary;

mod bulk_rate_card_operations_request;

pub use bulk_rate_card_operations_request::BulkRateCardOperationsRequest;

mod bulk_rate_card_operations_response;

pub use bulk_rate_card_operations_response::BulkRateCardOperationsResponse;

mod calculate_revenue_request;

pub use calculate_revenue_request::CalculateRevenueRequest;

mod calculate_revenue_response;

pub use calculate_revenue_response::CalculateRevenueResponse;

mod calculate_revenue_response_v2;

pub use calculate_revenue_response_v2::CalculateRevenueResponseV2;

mod computation;

pub use computation::Computation;

mod create_account_alias_request;

pub use create_account_alias_request::CreateAccountAliasRequest;

mod create_account_request;

pub use create_account_request::CreateAccountRequest;
pub use create_account_request::CreateAccountRequestStatus;

mod create_account_request_without_customer_id;

pub use create_account_request_without_customer_id::CreateAccountRequestWithoutCustomerId;
pub use create_account_request_without_customer_id::CreateAccountRequestWithoutCustomerIdStatus;

mod create_add_on_request;

pub use create_add_on_request::CreateAddOnRequest;

mod create_alert_request;

pub use create_alert_request::CreateAlertRequest;

mod create_alias_request;

pub use create_alias_request::CreateAliasRequest;

mod create_bulk_alias_request;

pub use create_bulk_alias_request::CreateBulkAliasRequest;

mod create_credit_request;

pub use create_credit_request::CreateCreditRequest;

mod create_credit_response;

pub use create_credit_response::CreateCreditResponse;

mod create_custom_invoice_request;

pub use create_custom_invoice_request::CreateCustomInvoiceRequest;
pub use create_custom_invoice_request::CreateCustomInvoiceRequestOwnerType;
pub use create_custom_invoice_request::CreateCustomInvoiceRequestStatus;

mod create_customer_contact_request;

pub use create_customer_contact_request::CreateCustomerContactRequest;

mod create_customer_contact_response;

pub use create_customer_contact_response::CreateCustomerContactResponse;

mod create_customer_request;

pub use create_customer_request::CreateCustomerRequest;

mod create_customer_response;

pub use create_customer_response::CreateCustomerResponse;

mod create_entity_setting;

pub use create_entity_setting::CreateEntitySetting;

mod create_event_schema_request;

pub use create_event_schema_request::CreateEventSchemaRequest;

mod create_feature_request;

pub use create_feature_request::CreateFeatureRequest;

mod create_invoice_group_request;

pub use create_invoice_group_request::CreateInvoiceGroupRequest;

mod create_payment_request;

pub use create_payment_request::CreatePaymentRequest;

mod create_price_plan_details;

pub use create_price_plan_details::CreatePricePlanDetails;

mod create_price_plan_details_override;

pub use create_price_plan_details_override::CreatePricePlanDetailsOverride;

mod create_price_plan_migration_request;

pub use create_price_plan_migration_request::CreatePricePlanMigrationRequest;
pub use create_price_plan_migration_request::CreatePricePlanMigrationRequestMigrationMode;

mod create_price_plan_request;

pub use create_price_plan_request::CreatePricePlanRequest;

mod create_price_plan_v2_request;

pub use create_price_plan_v2_request::CreatePricePlanV2Request;

mod create_pricing_rule;

pub use create_pricing_rule::CreatePricingRule;

mod create_proposal_request;

pub use create_proposal_request::CreateProposalRequest;
pub use create_proposal_request::CreateProposalRequestPaymentMode;

mod create_purchase_request;

pub use create_purchase_request::CreatePurchaseRequest;

mod create_usage_meter_request;

pub use create_usage_meter_request::CreateUsageMeterRequest;
pub use create_usage_meter_request::CreateUsageMeterRequestType;

mod credit;

pub use credit::Credit;
pub use credit::CreditStatus;

mod credit_balance_response;

pub use credit_balance_response::CreditBalanceResponse;

mod credit_details_response;

pub use credit_details_response::CreditDetailsResponse;
pub use credit_details_response::CreditDetailsResponseStatus;

mod credit_grant_rate_card;

pub use credit_grant_rate_card::CreditGrantRateCard;

mod credit_grant_revenue_summary;

pub use credit_grant_revenue_summary::CreditGrantRevenueSummary;

mod credit_grant_type;

pub use credit_grant_type::CreditGrantType;

mod credit_rate_details;

pub use credit_rate_details::CreditRateDetails;

mod credit_request;

pub use credit_request::CreditRequest;

mod credit_transaction;

pub use credit_transaction::CreditTransaction;
pub use credit_transaction::CreditTransactionTransactionType;

mod currency_config;

pub use currency_config::CurrencyConfig;
pub use currency_config::CurrencyConfigMode;

mod currency_rate_value;

pub use currency_rate_value::CurrencyRateValue;

mod currency_slab_rate_detail;

pub use currency_slab_rate_detail::CurrencySlabRateDetail;

mod custom_invoice_line_item;

pub use custom_invoice_line_item::CustomInvoiceLineItem;

mod customer;

pub use customer::Customer;
pub use customer::CustomerStatus;

mod customer_paginated_response;

pub use customer_paginated_response::CustomerPaginatedResponse;

mod dependency;

pub use dependency::Dependency;
pub use dependency::DependencyType;

mod dimensions;

pub use dimensions::Dimensions;

mod dimensions_schema;

pub use dimensions_schema::DimensionsSchema;

mod edit_account_schedule_request;

pub use edit_account_schedule_request::EditAccountScheduleRequest;

mod edit_pricing_schedule_request;

pub use edit_pricing_schedule_request::EditPricingScheduleRequest;

mod enriched_field;

pub use enriched_field::EnrichedField;
pub use enriched_field::EnrichedFieldType;

mod enrichment_dependency;

pub use enrichment_dependency::EnrichmentDependency;
pub use enrichment_dependency::EnrichmentDependencyType;

mod enrichments;

pub use enrichments::Enrichments;

mod entitlement_overage_config;

pub use entitlement_overage_config::EntitlementOverageConfig;
pub use entitlement_overage_config::EntitlementOverageConfigMode;

mod entitlement_overage_config_lookup_cycle;

pub use entitlement_overage_config_lookup_cycle::EntitlementOverageConfigLookupCycle;

mod entitlement_overage_entry;

pub use entitlement_overage_entry::EntitlementOverageEntry;

mod entitlement_overage_rate_card;

pub use entitlement_overage_rate_card::EntitlementOverageRateCard;

mod entitlement_overage_revenue_summary;

pub use entitlement_overage_revenue_summary::EntitlementOverageRevenueSummary;

mod error_response;

pub use error_response::ErrorResponse;

mod event;

pub use event::Event;

mod event_attribute_schema;

pub use event_attribute_schema::EventAttributeSchema;

mod event_correction_action;

pub use event_correction_action::EventCorrectionAction;

mod event_correction_info;

pub use event_correction_info::EventCorrectionInfo;
pub use event_correction_info::EventCorrectionInfoStatus;

mod event_correction_request;

pub use event_correction_request::EventCorrectionRequest;

mod event_pipeline_info;

pub use event_pipeline_info::EventPipelineInfo;

mod event_pipeline_info_account;

pub use event_pipeline_info_account::EventPipelineInfoAccount;

mod event_pipeline_info_customer;

pub use event_pipeline_info_customer::EventPipelineInfoCustomer;

mod event_pipeline_info_enrichments;

pub use event_pipeline_info_enrichments::EventPipelineInfoEnrichments;

mod event_pipeline_info_event_schema;

pub use event_pipeline_info_event_schema::EventPipelineInfoEventSchema;

mod event_pipeline_info_feature_details;

pub use event_pipeline_info_feature_details::EventPipelineInfoFeatureDetails;

mod event_pipeline_info_price_plans;

pub use event_pipeline_info_price_plans::EventPipelineInfoPricePlans;

mod event_pipeline_info_revenue_details;

pub use event_pipeline_info_revenue_details::EventPipelineInfoRevenueDetails;

mod event_pipeline_info_usage_meters;

pub use event_pipeline_info_usage_meters::EventPipelineInfoUsageMeters;
pub use event_pipeline_info_usage_meters::EventPipelineInfoUsageMetersStatus;

mod event_schema;

pub use event_schema::EventSchema;
pub use event_schema::EventSchemaStatus;

mod event_schema_list_data;

pub use event_schema_list_data::EventSchemaListData;
pub use event_schema_list_data::EventSchemaListDataStatus;

mod event_schema_list_paginated_response;

pub use event_schema_list_paginated_response::EventSchemaListPaginatedResponse;

mod event_schema_versions_response;

pub use event_schema_versions_response::EventSchemaVersionsResponse;

mod event_schemas_for_feature;

pub use event_schemas_for_feature::EventSchemasForFeature;

mod event_source;

pub use event_source::EventSource;

mod event_with_status;

pub use event_with_status::EventWithStatus;

mod event_with_status_and_event_pipeline_info;

pub use event_with_status_and_event_pipeline_info::EventWithStatusAndEventPipelineInfo;

mod events_correction_response;

pub use events_correction_response::EventsCorrectionResponse;

mod expiry_type;

pub use expiry_type::ExpiryType;

mod external_payment_reference;

pub use external_payment_reference::ExternalPaymentReference;
pub use external_payment_reference::ExternalPaymentReferenceSourceType;

mod feature;

pub use feature::Feature;

mod feature_config;

pub use feature_config::FeatureConfig;

mod feature_credit_entry;

pub use feature_credit_entry::FeatureCreditEntry;
pub use feature_credit_entry::FeatureCreditEntrySource;
pub use feature_credit_entry::FeatureCreditEntryStatus;

mod feature_details;

pub use feature_details::FeatureDetails;

mod feature_list_response;

pub use feature_list_response::FeatureListResponse;

mod feature_paginated_list_data;

pub use feature_paginated_list_data::FeaturePaginatedListData;

mod field;

pub use field::Field;
pub use field::FieldEnrichmentType;
pub use field::FieldType;

mod file_download_url_response;

pub use file_download_url_response::FileDownloadUrlResponse;

mod finalize_account_schedules;

pub use finalize_account_schedules::FinalizeAccountSchedules;

mod finalize_price_plan_request;

pub use finalize_price_plan_request::FinalizePricePlanRequest;

mod fixed_fee_rate_card;

pub use fixed_fee_rate_card::FixedFeeRateCard;

mod fixed_fee_revenue_summary;

pub use fixed_fee_revenue_summary::FixedFeeRevenueSummary;

mod fixed_fee_type;

pub use fixed_fee_type::FixedFeeType;

mod get_add_ons_status;

pub use get_add_ons_status::GetAddOnsStatus;

mod get_customer_portal_delegate_token_request;

pub use get_customer_portal_delegate_token_request::GetCustomerPortalDelegateTokenRequest;

mod get_entitlement_values_response;

pub use get_entitlement_values_response::GetEntitlementValuesResponse;

mod get_entitlement_values_response_data_inner;

pub use get_entitlement_values_response_data_inner::GetEntitlementValuesResponseDataInner;

mod get_event_response;

pub use get_event_response::GetEventResponse;

mod get_events_response;

pub use get_events_response::GetEventsResponse;

mod get_feature_credit_entries_paginated_response;

pub use get_feature_credit_entries_paginated_response::GetFeatureCreditEntriesPaginatedResponse;

mod get_feature_credits_response;

pub use get_feature_credits_response::GetFeatureCreditsResponse;

mod get_job_response;

pub use get_job_response::GetJobResponse;
pub use get_job_response::GetJobResponseStatus;
pub use get_job_response::GetJobResponseType;

mod get_license_updates_response;

pub use get_license_updates_response::GetLicenseUpdatesResponse;

mod get_metrics_request;

pub use get_metrics_request::GetMetricsRequest;

mod get_metrics_response;

pub use get_metrics_response::GetMetricsResponse;

mod get_proposal_response;

pub use get_proposal_response::GetProposalResponse;
pub use get_proposal_response::GetProposalResponsePaymentMode;

mod get_purchase_response;

pub use get_purchase_response::GetPurchaseResponse;

mod get_usage_meters_for_event_schema_aggregations;

pub use get_usage_meters_for_event_schema_aggregations::GetUsageMetersForEventSchemaAggregations;

mod get_usage_meters_for_event_schema_status;

pub use get_usage_meters_for_event_schema_status::GetUsageMetersForEventSchemaStatus;

mod grant_details;

pub use grant_details::GrantDetails;

mod incident;

pub use incident::Incident;

mod incidents_paginated_response;

pub use incidents_paginated_response::IncidentsPaginatedResponse;

mod ingest_batch_event_request;

pub use ingest_batch_event_request::IngestBatchEventRequest;

mod ingest_event_request;

pub use ingest_event_request::IngestEventRequest;

mod ingest_event_response;

pub use ingest_event_response::IngestEventResponse;

mod ingestion_status;

pub use ingestion_status::IngestionStatus;
pub use ingestion_status::IngestionStatusStatus;

mod invoice;

pub use invoice::Invoice;
pub use invoice::InvoiceFinalizingStatus;

mod invoice_details;

pub use invoice_details::InvoiceDetails;

mod invoice_details_account;

pub use invoice_details_account::InvoiceDetailsAccount;

mod invoice_details_customer;

pub use invoice_details_customer::InvoiceDetailsCustomer;

mod invoice_details_invoice_group;

pub use invoice_details_invoice_group::InvoiceDetailsInvoiceGroup;

mod invoice_details_organization;

pub use invoice_details_organization::InvoiceDetailsOrganization;

mod invoice_group_accounts_paginated_response;

pub use invoice_group_accounts_paginated_response::InvoiceGroupAccountsPaginatedResponse;

mod invoice_group_details;

pub use invoice_group_details::InvoiceGroupDetails;

mod invoice_group_paginated_response;

pub use invoice_group_paginated_response::InvoiceGroupPaginatedResponse;

mod invoice_groups;

pub use invoice_groups::InvoiceGroups;

mod invoice_info_inner;

pub use invoice_info_inner::InvoiceInfoInner;

mod invoice_line_item;

pub use invoice_line_item::InvoiceLineItem;
pub use invoice_line_item::InvoiceLineItemType;

mod invoice_summary;

pub use invoice_summary::InvoiceSummary;
pub use invoice_summary::InvoiceSummaryFinalizingStatus;

mod invoice_timing;

pub use invoice_timing::InvoiceTiming;

mod invoices_class;

pub use invoices_class::InvoicesClass;

mod invoices_status;

pub use invoices_status::InvoicesStatus;

mod invoices_type;

pub use invoices_type::InvoicesType;

mod job_entries_paginated_response;

pub use job_entries_paginated_response::JobEntriesPaginatedResponse;

mod job_entries_response;

pub use job_entries_response::JobEntriesResponse;
pub use job_entries_response::JobEntriesResponseStatus;

mod jobs_paginated_response;

pub use jobs_paginated_response::JobsPaginatedResponse;

mod jobs_without_status_info_response;

pub use jobs_without_status_info_response::JobsWithoutStatusInfoResponse;

mod license_entries_config;

pub use license_entries_config::LicenseEntriesConfig;
pub use license_entries_config::LicenseEntriesConfigMode;

mod license_entries_config_lookup_cycle;

pub use license_entries_config_lookup_cycle::LicenseEntriesConfigLookupCycle;

mod license_entries_config_lookup_range;

pub use license_entries_config_lookup_range::LicenseEntriesConfigLookupRange;

mod license_entry;

pub use license_entry::LicenseEntry;

mod license_entry_details_update_request;

pub use license_entry_details_update_request::LicenseEntryDetailsUpdateRequest;

mod license_rate_card;

pub use license_rate_card::LicenseRateCard;

mod license_rate_card_config;

pub use license_rate_card_config::LicenseRateCardConfig;

mod license_update;

pub use license_update::LicenseUpdate;

mod license_update_request;

pub use license_update_request::LicenseUpdateRequest;
pub use license_update_request::LicenseUpdateRequestUpdateType;

mod license_update_response;

pub use license_update_response::LicenseUpdateResponse;

mod list_credits_response;

pub use list_credits_response::ListCreditsResponse;

mod list_event_schemas_status;

pub use list_event_schemas_status::ListEventSchemasStatus;

mod list_invoices_response;

pub use list_invoices_response::ListInvoicesResponse;

mod list_payment_response;

pub use list_payment_response::ListPaymentResponse;

mod list_pricing_rules_by_schedule_id_invoice_timing;

pub use list_pricing_rules_by_schedule_id_invoice_timing::ListPricingRulesByScheduleIdInvoiceTiming;

mod list_reports_fetch_for;

pub use list_reports_fetch_for::ListReportsFetchFor;

mod manage_miscellaneous_charges_request;

pub use manage_miscellaneous_charges_request::ManageMiscellaneousChargesRequest;

mod max_quantity_breach_action;

pub use max_quantity_breach_action::MaxQuantityBreachAction;

mod metric_data_points;

pub use metric_data_points::MetricDataPoints;

mod metric_data_points_grouped_by;

pub use metric_data_points_grouped_by::MetricDataPointsGroupedBy;

mod metric_name;

pub use metric_name::MetricName;

mod metric_query;

pub use metric_query::MetricQuery;
pub use metric_query::MetricQueryAggregationPeriod;

mod metric_query_filter_entry;

pub use metric_query_filter_entry::MetricQueryFilterEntry;

mod metric_query_response;

pub use metric_query_response::MetricQueryResponse;

mod migration_mode;

pub use migration_mode::MigrationMode;

mod minimum_commitment;

pub use minimum_commitment::MinimumCommitment;

mod miscellaneous_charge;

pub use miscellaneous_charge::MiscellaneousCharge;

mod miscellaneous_charges;

pub use miscellaneous_charges::MiscellaneousCharges;

mod miscellaneous_charges_response;

pub use miscellaneous_charges_response::MiscellaneousChargesResponse;

mod named_license_entries_config;

pub use named_license_entries_config::NamedLicenseEntriesConfig;
pub use named_license_entries_config::NamedLicenseEntriesConfigMode;

mod named_license_entries_config_lookup_cycle;

pub use named_license_entries_config_lookup_cycle::NamedLicenseEntriesConfigLookupCycle;

mod named_license_entries_config_lookup_range;

pub use named_license_entries_config_lookup_range::NamedLicenseEntriesConfigLookupRange;

mod named_license_entry;

pub use named_license_entry::NamedLicenseEntry;

mod named_license_update;

pub use named_license_update::NamedLicenseUpdate;

mod named_license_updates_paginated_response;

pub use named_license_updates_paginated_response::NamedLicenseUpdatesPaginatedResponse;

mod pagination_options;

pub use pagination_options::PaginationOptions;
pub use pagination_options::PaginationOptionsSortOrder;

mod payment;

pub use payment::Payment;

mod payment_line_item_record;

pub use payment_line_item_record::PaymentLineItemRecord;
pub use payment_line_item_record::PaymentLineItemRecordType;

mod plan_override;

pub use plan_override::PlanOverride;

mod pre_action;

pub use pre_action::PreAction;
pub use pre_action::PreActionType;

mod price_plan;

pub use price_plan::PricePlan;
pub use price_plan::PricePlanStatus;

mod price_plan_details;

pub use price_plan_details::PricePlanDetails;

mod price_plan_details_config;

pub use price_plan_details_config::PricePlanDetailsConfig;
pub use price_plan_details_config::PricePlanDetailsConfigMode;

mod price_plan_details_override;

pub use price_plan_details_override::PricePlanDetailsOverride;

mod price_plan_info;

pub use price_plan_info::PricePlanInfo;

mod price_plan_list_data;

pub use price_plan_list_data::PricePlanListData;
pub use price_plan_list_data::PricePlanListDataStatus;

mod price_plan_migration_config;

pub use price_plan_migration_config::PricePlanMigrationConfig;
pub use price_plan_migration_config::PricePlanMigrationConfigMigrationMode;

mod price_plan_paginated_response;

pub use price_plan_paginated_response::PricePlanPaginatedResponse;

mod price_plan_type;

pub use price_plan_type::PricePlanType;

mod price_plan_v2;

pub use price_plan_v2::PricePlanV2;
pub use price_plan_v2::PricePlanV2Status;

mod price_plan_v2_paginated_response;

pub use price_plan_v2_paginated_response::PricePlanV2PaginatedResponse;

mod price_type;

pub use price_type::PriceType;

mod pricing_cycle_config;

pub use pricing_cycle_config::PricingCycleConfig;

mod pricing_cycle_config_start_offset;

pub use pricing_cycle_config_start_offset::PricingCycleConfigStartOffset;

mod pricing_cycle_interval;

pub use pricing_cycle_interval::PricingCycleInterval;

mod pricing_model;

pub use pricing_model::PricingModel;

mod pricing_rule;

pub use pricing_rule::PricingRule;

mod pricing_rule_action;

pub use pricing_rule_action::PricingRuleAction;
pub use pricing_rule_action::PricingRuleActionType;

mod pricing_rule_changes_log;

pub use pricing_rule_changes_log::PricingRuleChangesLog;

mod pricing_rule_info;

pub use pricing_rule_info::PricingRuleInfo;

mod pricing_rule_timing;

pub use pricing_rule_timing::PricingRuleTiming;

mod pricing_rules_log;

pub use pricing_rules_log::PricingRulesLog;
pub use pricing_rules_log::PricingRulesLogType;

mod pricing_rules_logs_paginated_response;

pub use pricing_rules_logs_paginated_response::PricingRulesLogsPaginatedResponse;

mod pricing_rules_paginated_response;

pub use pricing_rules_paginated_response::PricingRulesPaginatedResponse;

mod pricing_rules_values;

pub use pricing_rules_values::PricingRulesValues;

mod pricing_schedule;

pub use pricing_schedule::PricingSchedule;

mod pricing_schedule_paginated_response;

pub use pricing_schedule_paginated_response::PricingSchedulePaginatedResponse;

mod pricing_schedule_with_price_plan_id;

pub use pricing_schedule_with_price_plan_id::PricingScheduleWithPricePlanId;

mod proposal;

pub use proposal::Proposal;
pub use proposal::ProposalPaymentMode;

mod proposals_list_response;

pub use proposals_list_response::ProposalsListResponse;
pub use proposals_list_response::ProposalsListResponsePaymentMode;

mod proposals_paginated_response;

pub use proposals_paginated_response::ProposalsPaginatedResponse;

mod prorated_refund_mode;

pub use prorated_refund_mode::ProratedRefundMode;

mod proration_config;

pub use proration_config::ProrationConfig;
pub use proration_config::ProrationConfigMode;

mod proration_config_custom_config;

pub use proration_config_custom_config::ProrationConfigCustomConfig;

mod proration_config_lookup_cycle_config;

pub use proration_config_lookup_cycle_config::ProrationConfigLookupCycleConfig;

mod purchase;

pub use purchase::Purchase;

mod purchase_feature_details;

pub use purchase_feature_details::PurchaseFeatureDetails;

mod purchase_list_response;

pub use purchase_list_response::PurchaseListResponse;

mod purchase_paginated_list_data;

pub use purchase_paginated_list_data::PurchasePaginatedListData;

mod purchase_plan_override;

pub use purchase_plan_override::PurchasePlanOverride;

mod purchase_status;

pub use purchase_status::PurchaseStatus;

mod purchase_type;

pub use purchase_type::PurchaseType;

mod query_column;

pub use query_column::QueryColumn;

mod query_filter;

pub use query_filter::QueryFilter;

mod query_function;

pub use query_function::QueryFunction;

mod query_input;

pub use query_input::QueryInput;

mod query_input_sort_inner;

pub use query_input_sort_inner::QueryInputSortInner;

mod rate_card;

pub use rate_card::RateCard;

mod rate_card_data;

pub use rate_card_data::RateCardData;

mod rate_card_details;

pub use rate_card_details::RateCardDetails;

mod rate_card_operation;

pub use rate_card_operation::RateCardOperation;
pub use rate_card_operation::RateCardOperationActionType;

mod rate_card_paginated_response;

pub use rate_card_paginated_response::RateCardPaginatedResponse;

mod rate_card_type;

pub use rate_card_type::RateCardType;

mod rate_plan;

pub use rate_plan::RatePlan;

mod rate_value;

pub use rate_value::RateValue;

mod recurrence_config;

pub use recurrence_config::RecurrenceConfig;

mod remove_account_alias_request;

pub use remove_account_alias_request::RemoveAccountAliasRequest;

mod remove_account_aliases_request;

pub use remove_account_aliases_request::RemoveAccountAliasesRequest;

mod report;

pub use report::Report;

mod report_status;

pub use report_status::ReportStatus;

mod report_type;

pub use report_type::ReportType;

mod reports_paginated_response;

pub use reports_paginated_response::ReportsPaginatedResponse;

mod revenue_info;

pub use revenue_info::RevenueInfo;

mod revenue_info_v2;

pub use revenue_info_v2::RevenueInfoV2;

mod revenue_summary_with_metadata;

pub use revenue_summary_with_metadata::RevenueSummaryWithMetadata;

mod schedule_info;

pub use schedule_info::ScheduleInfo;

mod schedules_paginated_response;

pub use schedules_paginated_response::SchedulesPaginatedResponse;

mod schema_feature;

pub use schema_feature::SchemaFeature;

mod setting;

pub use setting::Setting;

mod setting_data_type;

pub use setting_data_type::SettingDataType;

mod setting_paginated_response;

pub use setting_paginated_response::SettingPaginatedResponse;

mod slab;

pub use slab::Slab;

mod slab_detail;

pub use slab_detail::SlabDetail;

mod slab_rate;

pub use slab_rate::SlabRate;

mod slab_revenue;

pub use slab_revenue::SlabRevenue;

mod slab_revenue_metadata;

pub use slab_revenue_metadata::SlabRevenueMetadata;

mod slab_revenue_summary;

pub use slab_revenue_summary::SlabRevenueSummary;

mod slab_revenue_with_metadata;

pub use slab_revenue_with_metadata::SlabRevenueWithMetadata;

mod token_response;

pub use token_response::TokenResponse;

mod topup_wallet_request;

pub use topup_wallet_request::TopupWalletRequest;

mod update_account_request;

pub use update_account_request::UpdateAccountRequest;
pub use update_account_request::UpdateAccountRequestStatus;

mod update_account_schedule_v2_request;

pub use update_account_schedule_v2_request::UpdateAccountScheduleV2Request;
pub use update_account_schedule_v2_request::UpdateAccountScheduleV2RequestMode;

mod update_add_on_request;

pub use update_add_on_request::UpdateAddOnRequest;

mod update_alert_request;

pub use update_alert_request::UpdateAlertRequest;

mod update_customer_request;

pub use update_customer_request::UpdateCustomerRequest;

mod update_event_schema_request;

pub use update_event_schema_request::UpdateEventSchemaRequest;

mod update_feature_credits_request;

pub use update_feature_credits_request::UpdateFeatureCreditsRequest;

mod update_feature_request;

pub use update_feature_request::UpdateFeatureRequest;

mod update_incident_status_request;

pub use update_incident_status_request::UpdateIncidentStatusRequest;
pub use update_incident_status_request::UpdateIncidentStatusRequestStatus;

mod update_invoice_group_accounts;

pub use update_invoice_group_accounts::UpdateInvoiceGroupAccounts;

mod update_invoice_request;

pub use update_invoice_request::UpdateInvoiceRequest;
pub use update_invoice_request::UpdateInvoiceRequestStatus;

mod update_price_plan_request;

pub use update_price_plan_request::UpdatePricePlanRequest;

mod update_price_plan_v2_request;

pub use update_price_plan_v2_request::UpdatePricePlanV2Request;

mod update_pricing_rules_request;

pub use update_pricing_rules_request::UpdatePricingRulesRequest;

mod update_pricing_schedule_request;

pub use update_pricing_schedule_request::UpdatePricingScheduleRequest;
pub use update_pricing_schedule_request::UpdatePricingScheduleRequestMode;

mod update_pricing_schedule_request_with_actions;

pub use update_pricing_schedule_request_with_actions::UpdatePricingScheduleRequestWithActions;
pub use update_pricing_schedule_request_with_actions::UpdatePricingScheduleRequestWithActionsMode;

mod update_pricing_schedule_response;

pub use update_pricing_schedule_response::UpdatePricingScheduleResponse;

mod update_proposal_status;

pub use update_proposal_status::UpdateProposalStatus;
pub use update_proposal_status::UpdateProposalStatusStatus;

mod update_setting_request;

pub use update_setting_request::UpdateSettingRequest;

mod update_usage_meter_request;

pub use update_usage_meter_request::UpdateUsageMeterRequest;
pub use update_usage_meter_request::UpdateUsageMeterRequestType;

mod update_wallet_request;

pub use update_wallet_request::UpdateWalletRequest;

mod usage_config;

pub use usage_config::UsageConfig;
pub use usage_config::UsageConfigMode;

mod usage_config_lookup_cycle;

pub use usage_config_lookup_cycle::UsageConfigLookupCycle;

mod usage_config_lookup_range;

pub use usage_config_lookup_range::UsageConfigLookupRange;

mod usage_cycle_interval;

pub use usage_cycle_interval::UsageCycleInterval;

mod usage_lookup_range;

pub use usage_lookup_range::UsageLookupRange;

mod usage_meter;

pub use usage_meter::UsageMeter;
pub use usage_meter::UsageMeterStatus;
pub use usage_meter::UsageMeterType;

mod usage_meter_aggregation;

pub use usage_meter_aggregation::UsageMeterAggregation;

mod usage_meter_filter_entry;

pub use usage_meter_filter_entry::UsageMeterFilterEntry;

mod usage_meter_paginated_response;

pub use usage_meter_paginated_response::UsageMeterPaginatedResponse;

mod usage_rate_card;

pub use usage_rate_card::UsageRateCard;

mod validate_entitlement_value_request;

pub use validate_entitlement_value_request::ValidateEntitlementValueRequest;

mod validated_entity_error;

pub use validated_entity_error::ValidatedEntityError;

mod validated_entity_errors_paginated_response;

pub use validated_entity_errors_paginated_response::ValidatedEntityErrorsPaginatedResponse;

mod versions_to_migrate;

pub use versions_to_migrate::VersionsToMigrate;

mod wallet_balance_response;

pub use wallet_balance_response::WalletBalanceResponse;

mod wallet_entries_paginated_response;

pub use wallet_entries_paginated_response::WalletEntriesPaginatedResponse;

mod wallet_entry;

pub use wallet_entry::WalletEntry;
pub use wallet_entry::WalletEntryStatus;
pub use wallet_entry::WalletEntryTransactionType;

mod wallet_status;

pub use wallet_status::WalletStatus;

mod wallet_topup_details;

pub use wallet_topup_details::WalletTopupDetails;
