//! Every example of `docs/*.md`, compiled (never run): the pages cannot drift
//! from the API. Operations first, then how each model is built.
#![allow(dead_code, clippy::unnecessary_literal_unwrap)]
#[cfg(feature = "customers")]
async fn customers_api_get_customers() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .get_customers()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customers")]
async fn customers_api_create_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .create_customer(
            togai_client::models::CreateCustomerRequest::new(
                "id",
                "name",
                "primaryEmail",
                togai_client::models::Address::new(),
            )
            .with_settings(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customers")]
async fn customers_api_get_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .get_customer("customer_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customers")]
async fn customers_api_delete_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .delete_customer("customer_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customers")]
async fn customers_api_update_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .update_customer(
            "customer_id",
            togai_client::models::UpdateCustomerRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customers")]
async fn customers_api_create_customer_contact() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .create_customer_contact(
            "customer_id",
            togai_client::models::CreateCustomerContactRequest::new("name", "email")
                .with_preferred_username("preferredUsername"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_get_accounts() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .get_accounts()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_create_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .create_account(
            togai_client::models::CreateAccountRequest::new("id", "name", "customerId")
                .with_invoice_currency("invoiceCurrency"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_get_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .get_account("account_id")
        .effective_on(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_delete_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .delete_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_update_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .update_account(
            "account_id",
            togai_client::models::UpdateAccountRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_add_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .add_aliases(
            "account_id",
            togai_client::models::AddAccountAliasesRequest::new().with_aliases(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_list_account_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .list_account_aliases("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_remove_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .remove_aliases(
            "account_id",
            togai_client::models::RemoveAccountAliasesRequest::new().with_aliases(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_update_pricing_schedule() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .update_pricing_schedule(
            "account_id",
            togai_client::models::UpdatePricingScheduleRequestWithActions::new(
                togai_client::chrono::NaiveDate::default(),
                togai_client::chrono::NaiveDate::default(),
            )
            .with_mode(
                togai_client::models::UpdatePricingScheduleRequestWithActionsMode::Associate,
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_list_account_purchases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .list_account_purchases("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_initiate_one_time_entitlement_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .initiate_one_time_entitlement_plan(
            "account_id",
            togai_client::models::CreatePurchaseRequest::new().with_price_plan_id("pricePlanId"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_get_purchase() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.accounts().get_purchase("purchase_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_list_account_proposals() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .list_account_proposals("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_create_proposal() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .create_proposal(
            "account_id",
            togai_client::models::CreateProposalRequest::new(
                togai_client::models::PurchaseType::EntitlementGrant,
                togai_client::models::CreateProposalRequestPaymentMode::Prepaid,
            )
            .with_price_plan_id("pricePlanId"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_get_proposal() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .get_proposal("purchase_proposal_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_update_pricing_schedule_batch() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .update_pricing_schedule_batch(
            "account_id",
            togai_client::models::EditPricingScheduleRequest::new(Vec::new()),
        )
        .dry_run(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_get_pricing_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .get_pricing_schedules("account_id")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "accounts")]
async fn accounts_api_update_proposal_status() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .update_proposal_status(
            "purchase_proposal_id",
            togai_client::models::UpdateProposalStatus::new(
                togai_client::models::UpdateProposalStatusStatus::Approve,
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_list_event_schemas() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .list_event_schemas()
        .status(togai_client::models::ListEventSchemasStatus::Active)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_create_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .create_event_schema(
            togai_client::models::CreateEventSchemaRequest::new("name", Vec::new(), Vec::new())
                .with_description("description"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_get_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .get_event_schema("event_schema_name")
        .version(10_i32)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_delete_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .delete_event_schema("event_schema_name")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_event_schema_event_schema_name_patch() -> Result<(), togai_client::Error>
{
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .event_schema_event_schema_name_patch(
            "event_schema_name",
            togai_client::models::UpdateEventSchemaRequest::new().with_description("description"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_list_event_schema_versions() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .list_event_schema_versions("event_schema_name")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_activate_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .activate_event_schema("event_schema_name")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-schemas")]
async fn event_schemas_api_deactivate_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .deactivate_event_schema("event_schema_name")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_get_usage_meters_for_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .get_usage_meters_for_event_schema()
        .status(togai_client::models::GetUsageMetersForEventSchemaStatus::Active)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_create_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .create_usage_meter(
            togai_client::models::CreateUsageMeterRequest::new(
                "name",
                togai_client::models::CreateUsageMeterRequestType::Counter,
                togai_client::models::UsageMeterAggregation::Count,
            )
            .with_billable_name("billableName"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_get_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .get_usage_meter("usage_meter_id")
        .include_schema(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_delete_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .delete_usage_meter("usage_meter_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_update_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .update_usage_meter(
            "usage_meter_id",
            togai_client::models::UpdateUsageMeterRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_activate_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .activate_usage_meter("usage_meter_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "usage-meters")]
async fn usage_meters_api_deactivate_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .deactivate_usage_meter("usage_meter_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_get_price_plans() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .get_price_plans()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_create_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .create_price_plan(
            togai_client::models::CreatePricePlanRequest::new(
                "name",
                togai_client::models::CreatePricePlanDetails::new(Vec::new()),
            )
            .with_description("description"),
        )
        .dry_run(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_get_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .get_price_plan("price_plan_id")
        .version(10_i32)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_archive_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .archive_price_plan("price_plan_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_update_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .update_price_plan(
            "price_plan_id",
            togai_client::models::UpdatePricePlanRequest::new()
                .with_migration_mode(togai_client::models::MigrationMode::Immediate),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_activate_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .activate_price_plan(
            "price_plan_id",
            togai_client::models::ActivatePricePlanRequest::new(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plans")]
async fn price_plans_api_price_plan_migration() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .price_plan_migration(
            togai_client::models::CreatePricePlanMigrationRequest::new(
                "sourceId",
                10_i32,
                togai_client::models::CreatePricePlanMigrationRequestMigrationMode::Immediate,
            )
            .with_target_id("targetId"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_list_price_plans_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .list_price_plans_v2()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_create_price_plan_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .create_price_plan_v2(
            togai_client::models::CreatePricePlanV2Request::new(
                "name",
                togai_client::models::PricePlanType::Billing,
                Vec::new(),
            )
            .with_description("description"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_get_price_plan_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .get_price_plan_v2("price_plan_id")
        .version("version")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_update_price_plan_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .update_price_plan_v2(
            "price_plan_id",
            togai_client::models::UpdatePricePlanV2Request::new().with_description("description"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_discard_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .discard_price_plan("price_plan_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_finalize_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .finalize_price_plan(
            "price_plan_id",
            togai_client::models::FinalizePricePlanRequest::new()
                .with_migration_mode(togai_client::models::MigrationMode::Immediate),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_list_price_plan_rate_cards() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .list_price_plan_rate_cards("price_plan_id")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_bulk_price_plan_rate_card_operations() -> Result<(), togai_client::Error>
{
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .bulk_price_plan_rate_card_operations(
            "price_plan_id",
            togai_client::models::BulkRateCardOperationsRequest::new(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_list_price_plan_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .list_price_plan_pricing_rules("price_plan_id")
        .version("version")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_update_price_plan_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .update_price_plan_pricing_rules(
            "price_plan_id",
            togai_client::models::UpdatePricingRulesRequest::new().with_pricing_rules(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_list_price_plan_errors() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .list_price_plan_errors("price_plan_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_list_price_plan_versions() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .list_price_plan_versions("price_plan_id")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-plan-v2")]
async fn price_plan_v2_api_price_plan_migration_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .price_plan_migration_v2(
            togai_client::models::CreatePricePlanMigrationRequest::new(
                "sourceId",
                10_i32,
                togai_client::models::CreatePricePlanMigrationRequestMigrationMode::Immediate,
            )
            .with_target_id("targetId"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_list_schedule_rate_cards() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .list_schedule_rate_cards("schedule_id", "mode")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_bulk_rate_card_operations_on_schedule() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .bulk_rate_card_operations_on_schedule(
            "schedule_id",
            togai_client::models::BulkRateCardOperationsRequest::new(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_bulk_edit_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .bulk_edit_schedules(
            "account_id",
            togai_client::models::EditAccountScheduleRequest::new(Vec::new()),
        )
        .discard(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_listaccount_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .listaccount_schedules("account_id", "mode")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_list_schedule_errors() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .list_schedule_errors("schedule_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_discard_account_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .discard_account_schedules("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_finalize_account_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .finalize_account_schedules(
            "account_id",
            togai_client::models::FinalizeAccountSchedules::new().with_merge_schedules(true),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_list_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .list_pricing_rules("schedule_id", "mode")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "schedules")]
async fn schedules_api_update_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .update_pricing_rules(
            "schedule_id",
            togai_client::models::UpdatePricingRulesRequest::new().with_pricing_rules(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "pricing-rules")]
async fn pricing_rules_api_list_pricing_rules_by_schedule_id() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .pricing_rules()
        .list_pricing_rules_by_schedule_id("price_plan_id", "pricing_schedule_id")
        .invoice_timing(togai_client::models::ListPricingRulesByScheduleIdInvoiceTiming::InAdvance)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "settings")]
async fn settings_api_list_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .list_setting()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "settings")]
async fn settings_api_insert_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .insert_setting(togai_client::models::Setting::new(
            "id",
            "value",
            "entityType",
            "entityId",
            "namespace",
            "name",
            togai_client::models::SettingDataType::String,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "settings")]
async fn settings_api_get_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .get_setting("setting_id_str")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "settings")]
async fn settings_api_update_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .update_setting(
            "setting_id_str",
            togai_client::models::UpdateSettingRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-experimentation")]
async fn price_experimentation_api_calculate_revenue() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_experimentation()
        .calculate_revenue(
            togai_client::models::CalculateRevenueRequest::new(
                togai_client::models::CurrencyConfig::new(
                    togai_client::models::CurrencyConfigMode::Custom,
                ),
                togai_client::models::PricePlanDetailsConfig::new(
                    togai_client::models::PricePlanDetailsConfigMode::Custom,
                ),
                togai_client::models::UsageConfig::new(
                    togai_client::models::UsageConfigMode::Custom,
                ),
                togai_client::models::LicenseEntriesConfig::new(
                    togai_client::models::LicenseEntriesConfigMode::Custom,
                ),
            )
            .with_named_license_entries_config(
                togai_client::models::NamedLicenseEntriesConfig::new(
                    togai_client::models::NamedLicenseEntriesConfigMode::Custom,
                ),
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "price-experimentation")]
async fn price_experimentation_api_calculate_revenue_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_experimentation()
        .calculate_revenue_v2(
            togai_client::models::CalculateRevenueRequest::new(
                togai_client::models::CurrencyConfig::new(
                    togai_client::models::CurrencyConfigMode::Custom,
                ),
                togai_client::models::PricePlanDetailsConfig::new(
                    togai_client::models::PricePlanDetailsConfigMode::Custom,
                ),
                togai_client::models::UsageConfig::new(
                    togai_client::models::UsageConfigMode::Custom,
                ),
                togai_client::models::LicenseEntriesConfig::new(
                    togai_client::models::LicenseEntriesConfigMode::Custom,
                ),
            )
            .with_named_license_entries_config(
                togai_client::models::NamedLicenseEntriesConfig::new(
                    togai_client::models::NamedLicenseEntriesConfigMode::Custom,
                ),
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoice-groups")]
async fn invoice_groups_api_list_invoice_groups() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoice_groups().list_invoice_groups().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoice-groups")]
async fn invoice_groups_api_create_invoice_group() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoice_groups()
        .create_invoice_group(
            togai_client::models::CreateInvoiceGroupRequest::new(
                "name",
                "email",
                true,
                Vec::new(),
                togai_client::models::Address::new(),
            )
            .with_net_term_days(10_i32),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoice-groups")]
async fn invoice_groups_api_get_invoice_group() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoice_groups()
        .get_invoice_group("invoice_group_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoice-groups")]
async fn invoice_groups_api_add_invoice_group_accounts() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoice_groups()
        .add_invoice_group_accounts(
            "invoice_group_id",
            togai_client::models::UpdateInvoiceGroupAccounts::new(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoice-groups")]
async fn invoice_groups_api_remove_invoice_group_accounts() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoice_groups()
        .remove_invoice_group_accounts(
            "invoice_group_id",
            togai_client::models::UpdateInvoiceGroupAccounts::new(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "aliases")]
async fn aliases_api_list_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .aliases()
        .list_aliases()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "aliases")]
async fn aliases_api_create_alias() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .aliases()
        .create_alias(togai_client::models::CreateBulkAliasRequest::new(Vec::new()))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "aliases")]
async fn aliases_api_get_alias() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.aliases().get_alias("alias").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "aliases")]
async fn aliases_api_delete_alias() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.aliases().delete_alias("alias").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "reports")]
async fn reports_api_list_reports() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .reports()
        .list_reports()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "customer-portal")]
async fn customer_portal_api_get_customer_portal_delegate_token() -> Result<(), togai_client::Error>
{
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customer_portal()
        .get_customer_portal_delegate_token(
            togai_client::models::GetCustomerPortalDelegateTokenRequest::new("customerId")
                .with_account_ids(Vec::new()),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_get_alert_templates() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_alert_templates().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_get_alert_template() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .alerts()
        .get_alert_template("alert_template_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_list_alerts() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().list_alerts().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_create_alert() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .alerts()
        .create_alert(
            togai_client::models::CreateAlertRequest::new(
                "alertTemplateId",
                10_i64,
                togai_client::models::AlertStatus::Active,
            )
            .with_validity(10_i64),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_update_alert() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().update_alert("alert_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_get_incidents() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_incidents().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_get_incident() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_incident("incident_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "alerts")]
async fn alerts_api_update_incident_status() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .alerts()
        .update_incident_status("incident_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-management")]
async fn event_management_api_get_events() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_management()
        .get_events()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-management")]
async fn event_management_api_get_single_event() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_management()
        .get_single_event("event_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-management")]
async fn event_management_api_event_correction() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_management()
        .event_correction(togai_client::models::EventCorrectionAction::Undo)
        .require_confirmation(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "metrics")]
async fn metrics_api_get_metrics() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.metrics().get_metrics().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "licenses")]
async fn licenses_api_get_license_updates() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .licenses()
        .get_license_updates()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "licenses")]
async fn licenses_api_add_license_update_entry() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.licenses().add_license_update_entry().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "licenses")]
async fn licenses_api_update_license_entry_details() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .licenses()
        .update_license_entry_details("license_id")
        .license_id_query("licenseId")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "licenses")]
async fn licenses_api_get_named_license_updates() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.licenses().get_named_license_updates().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_ingest_entitled_event() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.entitlements().ingest_entitled_event().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_list_feature_credit_entries() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .list_feature_credit_entries("account_id", "feature_id")
        .page_size(10_i64)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_update_feature_credit_entry() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .update_feature_credit_entry("account_id", "feature_id", "entry_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_void_feature_credit_entry() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .void_feature_credit_entry("account_id", "feature_id", "entry_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_get_feature_credits() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .get_feature_credits("account_id", "feature_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_get_entitlement_value() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .get_entitlement_value("account_id", "feature_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_validate_entitlement_value() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .validate_entitlement_value("account_id", "feature_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "entitlements")]
async fn entitlements_api_get_entitlements() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .entitlements()
        .get_entitlements("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_list_invoices() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .list_invoices()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_create_custom_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoices().create_custom_invoice().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_get_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoices().get_invoice("invoice_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_delete_custom_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .delete_custom_invoice("invoice_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_update_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .update_invoice("invoice_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_list_invoices_for_bill_run() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .list_invoices_for_bill_run()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_create_invoice_bill_run() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .create_invoice_bill_run()
        .require_confirmation(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_manage_miscellaneous_charges_in_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .manage_miscellaneous_charges_in_invoice("invoice_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_manage_miscellaneous_charges_in_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .manage_miscellaneous_charges_in_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "invoices")]
async fn invoices_api_list_pricing_rule_logs() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoices()
        .list_pricing_rule_logs("invoice_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "credits")]
async fn credits_api_list_credits() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .credits()
        .list_credits()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "credits")]
async fn credits_api_create_credit() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.credits().create_credit().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "credits")]
async fn credits_api_get_credit_details() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .credits()
        .get_credit_details("credit_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "credits")]
async fn credits_api_void_credit() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.credits().void_credit("credit_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "credits")]
async fn credits_api_credit_balance_for_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .credits()
        .credit_balance_for_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "wallet")]
async fn wallet_api_top_up_wallet_for_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .wallet()
        .top_up_wallet_for_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "wallet")]
async fn wallet_api_wallet_balance_for_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .wallet()
        .wallet_balance_for_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "wallet")]
async fn wallet_api_update_wallet_for_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .wallet()
        .update_wallet_for_account("account_id")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "wallet")]
async fn wallet_api_wallet_entries_for_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .wallet()
        .wallet_entries_for_account("account_id")
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "payments")]
async fn payments_api_list_payments() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .payments()
        .list_payments()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "payments")]
async fn payments_api_create_payments() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.payments().create_payments().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "payments")]
async fn payments_api_get_payment() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .payments()
        .get_payment("payment_id")
        .version(10_i32)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "authentication")]
async fn authentication_api_authenticate() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.authentication().authenticate().send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "add-ons")]
async fn add_ons_api_get_add_ons() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .add_ons()
        .get_add_ons()
        .status(togai_client::models::GetAddOnsStatus::Active)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "add-ons")]
async fn add_ons_api_create_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .add_ons()
        .create_add_on(
            togai_client::models::CreateAddOnRequest::new(
                "name",
                togai_client::models::AddOnType::License,
            )
            .with_billable_name("billableName"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "add-ons")]
async fn add_ons_api_get_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.add_ons().get_add_on("addon_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "add-ons")]
async fn add_ons_api_delete_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.add_ons().delete_add_on("addon_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "add-ons")]
async fn add_ons_api_update_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .add_ons()
        .update_add_on(
            "addon_id",
            togai_client::models::UpdateAddOnRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "feature")]
async fn feature_api_get_features() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .feature()
        .get_features()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "feature")]
async fn feature_api_create_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .feature()
        .create_feature(
            togai_client::models::CreateFeatureRequest::new("name", Vec::new())
                .with_billable_name("billableName"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "feature")]
async fn feature_api_get_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.feature().get_feature("feature_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "feature")]
async fn feature_api_update_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .feature()
        .update_feature(
            "feature_id",
            togai_client::models::UpdateFeatureRequest::new().with_name("name"),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "jobs")]
async fn jobs_api_get_job_status() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().get_job_status("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "jobs")]
async fn jobs_api_get_jobs() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .jobs()
        .get_jobs()
        .next_token("nextToken")
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "jobs")]
async fn jobs_api_confirm_job() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().confirm_job("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "jobs")]
async fn jobs_api_reject_job() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().reject_job("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "jobs")]
async fn jobs_api_get_job_entries() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().get_job_entries("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "file-storage")]
async fn file_storage_api_get_file() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.file_storage().get_file("file_id").send().await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "file-storage")]
async fn file_storage_api_get_download_url() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .file_storage()
        .get_download_url("file_id")
        .expiry(10_i32)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-ingestion")]
async fn event_ingestion_api_ingest() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_ingestion()
        .ingest(togai_client::models::IngestEventRequest::new(
            togai_client::models::Event::new(
                "schemaName",
                togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
                "accountId",
                Vec::new(),
                std::collections::BTreeMap::new(),
            ),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(feature = "event-ingestion")]
async fn event_ingestion_api_ingest_batch() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_ingestion()
        .ingest_batch(togai_client::models::IngestBatchEventRequest::new(
            Vec::new(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_create_customer_request() -> togai_client::models::CreateCustomerRequest {
    togai_client::models::CreateCustomerRequest::new(
        "id",
        "name",
        "primaryEmail",
        togai_client::models::Address::new(),
    )
    .with_settings(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_create_customer_contact_request() -> togai_client::models::CreateCustomerContactRequest {
    togai_client::models::CreateCustomerContactRequest::new("name", "email")
        .with_preferred_username("preferredUsername")
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_update_customer_request() -> togai_client::models::UpdateCustomerRequest {
    togai_client::models::UpdateCustomerRequest::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_create_account_request_without_customer_id(
) -> togai_client::models::CreateAccountRequestWithoutCustomerId {
    togai_client::models::CreateAccountRequestWithoutCustomerId::new("id", "name")
        .with_invoice_currency("invoiceCurrency")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_create_account_request() -> togai_client::models::CreateAccountRequest {
    togai_client::models::CreateAccountRequest::new("id", "name", "customerId")
        .with_invoice_currency("invoiceCurrency")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_update_account_request() -> togai_client::models::UpdateAccountRequest {
    togai_client::models::UpdateAccountRequest::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_account_alias() -> togai_client::models::AccountAlias {
    togai_client::models::AccountAlias::new(
        "id",
        "value",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_updated_at(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_account_aliases_paginated_response(
) -> togai_client::models::AccountAliasesPaginatedResponse {
    togai_client::models::AccountAliasesPaginatedResponse::new(Vec::new())
        .with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_create_account_alias_request() -> togai_client::models::CreateAccountAliasRequest {
    togai_client::models::CreateAccountAliasRequest::new("value")
        .with_effective_from(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_add_account_aliases_request() -> togai_client::models::AddAccountAliasesRequest {
    togai_client::models::AddAccountAliasesRequest::new().with_aliases(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_remove_account_aliases_request() -> togai_client::models::RemoveAccountAliasesRequest {
    togai_client::models::RemoveAccountAliasesRequest::new().with_aliases(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
fn build_create_event_schema_request() -> togai_client::models::CreateEventSchemaRequest {
    togai_client::models::CreateEventSchemaRequest::new("name", Vec::new(), Vec::new())
        .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
fn build_update_event_schema_request() -> togai_client::models::UpdateEventSchemaRequest {
    togai_client::models::UpdateEventSchemaRequest::new().with_description("description")
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_usage_meter_filter_entry() -> togai_client::models::UsageMeterFilterEntry {
    togai_client::models::UsageMeterFilterEntry::new("field", "value")
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_create_usage_meter_request() -> togai_client::models::CreateUsageMeterRequest {
    togai_client::models::CreateUsageMeterRequest::new(
        "name",
        togai_client::models::CreateUsageMeterRequestType::Counter,
        togai_client::models::UsageMeterAggregation::Count,
    )
    .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_update_usage_meter_request() -> togai_client::models::UpdateUsageMeterRequest {
    togai_client::models::UpdateUsageMeterRequest::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_create_price_plan_request() -> togai_client::models::CreatePricePlanRequest {
    togai_client::models::CreatePricePlanRequest::new(
        "name",
        togai_client::models::CreatePricePlanDetails::new(Vec::new()),
    )
    .with_description("description")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_bulk_rate_card_operations_request() -> togai_client::models::BulkRateCardOperationsRequest
{
    togai_client::models::BulkRateCardOperationsRequest::new(Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_bulk_rate_card_operations_response() -> togai_client::models::BulkRateCardOperationsResponse
{
    togai_client::models::BulkRateCardOperationsResponse::new(Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_rate_card_operation() -> togai_client::models::RateCardOperation {
    togai_client::models::RateCardOperation::new(
        togai_client::models::RateCardOperationActionType::Create,
        "rateCardName",
    )
    .with_rate_card(togai_client::models::RateCardData::new(
        "billableId",
        togai_client::models::RateCardType::MinimumCommitment,
        togai_client::models::InvoiceTiming::InAdvance,
        togai_client::models::RateCardDetails::new(),
    ))
}

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
fn build_create_price_plan_v2_request() -> togai_client::models::CreatePricePlanV2Request {
    togai_client::models::CreatePricePlanV2Request::new(
        "name",
        togai_client::models::PricePlanType::Billing,
        Vec::new(),
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
fn build_update_price_plan_v2_request() -> togai_client::models::UpdatePricePlanV2Request {
    togai_client::models::UpdatePricePlanV2Request::new().with_description("description")
}

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
fn build_price_plan_v2() -> togai_client::models::PricePlanV2 {
    togai_client::models::PricePlanV2::new(
        "name",
        togai_client::models::PricePlanType::Billing,
        Vec::new(),
        "id",
        "referenceId",
        10_i64,
        togai_client::models::PricePlanV2Status::Draft,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
fn build_price_plan_v2_paginated_response() -> togai_client::models::PricePlanV2PaginatedResponse {
    togai_client::models::PricePlanV2PaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_rate_card_paginated_response() -> togai_client::models::RateCardPaginatedResponse {
    togai_client::models::RateCardPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-experimentation"
))]
fn build_create_price_plan_details() -> togai_client::models::CreatePricePlanDetails {
    togai_client::models::CreatePricePlanDetails::new(Vec::new()).with_pricing_cycle_config(
        togai_client::models::PricingCycleConfig::new(
            togai_client::models::PricingCycleInterval::Weekly,
            10_i32,
        ),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_create_pricing_rule() -> togai_client::models::CreatePricingRule {
    togai_client::models::CreatePricingRule::new(
        "name",
        10_i32,
        "computation",
        togai_client::models::PricingRuleAction::new(
            togai_client::models::PricingRuleActionType::Add,
        ),
    )
    .with_invoice_timing(togai_client::models::PricingRuleTiming::InAdvance)
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_update_price_plan_request() -> togai_client::models::UpdatePricePlanRequest {
    togai_client::models::UpdatePricePlanRequest::new()
        .with_migration_mode(togai_client::models::MigrationMode::Immediate)
}

#[cfg(any(feature = "all-models", feature = "price-plan-v2"))]
fn build_finalize_price_plan_request() -> togai_client::models::FinalizePricePlanRequest {
    togai_client::models::FinalizePricePlanRequest::new()
        .with_migration_mode(togai_client::models::MigrationMode::Immediate)
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_activate_price_plan_request() -> togai_client::models::ActivatePricePlanRequest {
    togai_client::models::ActivatePricePlanRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_calculate_revenue_request() -> togai_client::models::CalculateRevenueRequest {
    togai_client::models::CalculateRevenueRequest::new(
        togai_client::models::CurrencyConfig::new(togai_client::models::CurrencyConfigMode::Custom),
        togai_client::models::PricePlanDetailsConfig::new(
            togai_client::models::PricePlanDetailsConfigMode::Custom,
        ),
        togai_client::models::UsageConfig::new(togai_client::models::UsageConfigMode::Custom),
        togai_client::models::LicenseEntriesConfig::new(
            togai_client::models::LicenseEntriesConfigMode::Custom,
        ),
    )
    .with_named_license_entries_config(togai_client::models::NamedLicenseEntriesConfig::new(
        togai_client::models::NamedLicenseEntriesConfigMode::Custom,
    ))
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_update_pricing_schedule_request_with_actions(
) -> togai_client::models::UpdatePricingScheduleRequestWithActions {
    togai_client::models::UpdatePricingScheduleRequestWithActions::new(
        togai_client::chrono::NaiveDate::default(),
        togai_client::chrono::NaiveDate::default(),
    )
    .with_mode(togai_client::models::UpdatePricingScheduleRequestWithActionsMode::Associate)
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_finalize_account_schedules() -> togai_client::models::FinalizeAccountSchedules {
    togai_client::models::FinalizeAccountSchedules::new().with_merge_schedules(true)
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
fn build_pre_action() -> togai_client::models::PreAction {
    togai_client::models::PreAction::new(togai_client::models::PreActionType::GrantLicense)
        .with_config(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_update_pricing_schedule_request() -> togai_client::models::UpdatePricingScheduleRequest {
    togai_client::models::UpdatePricingScheduleRequest::new(
        togai_client::chrono::NaiveDate::default(),
        togai_client::chrono::NaiveDate::default(),
    )
    .with_mode(togai_client::models::UpdatePricingScheduleRequestMode::Associate)
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_edit_account_schedule_request() -> togai_client::models::EditAccountScheduleRequest {
    togai_client::models::EditAccountScheduleRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_update_account_schedule_v2_request() -> togai_client::models::UpdateAccountScheduleV2Request
{
    togai_client::models::UpdateAccountScheduleV2Request::new(
        togai_client::chrono::NaiveDate::default(),
        togai_client::chrono::NaiveDate::default(),
    )
    .with_mode(togai_client::models::UpdateAccountScheduleV2RequestMode::Associate)
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_update_pricing_rules_request() -> togai_client::models::UpdatePricingRulesRequest {
    togai_client::models::UpdatePricingRulesRequest::new().with_pricing_rules(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_edit_pricing_schedule_request() -> togai_client::models::EditPricingScheduleRequest {
    togai_client::models::EditPricingScheduleRequest::new(Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plans",
    feature = "price-plan-v2"
))]
fn build_create_price_plan_migration_request(
) -> togai_client::models::CreatePricePlanMigrationRequest {
    togai_client::models::CreatePricePlanMigrationRequest::new(
        "sourceId",
        10_i32,
        togai_client::models::CreatePricePlanMigrationRequestMigrationMode::Immediate,
    )
    .with_target_id("targetId")
}

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
fn build_price_plan_migration_config() -> togai_client::models::PricePlanMigrationConfig {
    togai_client::models::PricePlanMigrationConfig::new(
        "sourceId",
        10_i32,
        togai_client::models::PricePlanMigrationConfigMigrationMode::Immediate,
    )
    .with_target_id("targetId")
}

#[cfg(any(feature = "all-models", feature = "add-ons"))]
fn build_update_add_on_request() -> togai_client::models::UpdateAddOnRequest {
    togai_client::models::UpdateAddOnRequest::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "settings"))]
fn build_update_setting_request() -> togai_client::models::UpdateSettingRequest {
    togai_client::models::UpdateSettingRequest::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_wallet_topup_details() -> togai_client::models::WalletTopupDetails {
    togai_client::models::WalletTopupDetails::new(1.5_f64).with_purchase_amount(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_create_purchase_request() -> togai_client::models::CreatePurchaseRequest {
    togai_client::models::CreatePurchaseRequest::new().with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_create_proposal_request() -> togai_client::models::CreateProposalRequest {
    togai_client::models::CreateProposalRequest::new(
        togai_client::models::PurchaseType::EntitlementGrant,
        togai_client::models::CreateProposalRequestPaymentMode::Prepaid,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_update_proposal_status() -> togai_client::models::UpdateProposalStatus {
    togai_client::models::UpdateProposalStatus::new(
        togai_client::models::UpdateProposalStatusStatus::Approve,
    )
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_purchase_plan_override() -> togai_client::models::PurchasePlanOverride {
    togai_client::models::PurchasePlanOverride::new().with_fixed_fee_rate_cards(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
fn build_create_invoice_group_request() -> togai_client::models::CreateInvoiceGroupRequest {
    togai_client::models::CreateInvoiceGroupRequest::new(
        "name",
        "email",
        true,
        Vec::new(),
        togai_client::models::Address::new(),
    )
    .with_net_term_days(10_i32)
}

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
fn build_update_invoice_group_accounts() -> togai_client::models::UpdateInvoiceGroupAccounts {
    togai_client::models::UpdateInvoiceGroupAccounts::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "feature"))]
fn build_create_feature_request() -> togai_client::models::CreateFeatureRequest {
    togai_client::models::CreateFeatureRequest::new("name", Vec::new())
        .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "feature"))]
fn build_update_feature_request() -> togai_client::models::UpdateFeatureRequest {
    togai_client::models::UpdateFeatureRequest::new().with_name("name")
}

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "feature"
))]
fn build_event_schemas_for_feature() -> togai_client::models::EventSchemasForFeature {
    togai_client::models::EventSchemasForFeature::new("schemaName", "attributeName")
}

#[cfg(any(feature = "all-models", feature = "aliases"))]
fn build_create_bulk_alias_request() -> togai_client::models::CreateBulkAliasRequest {
    togai_client::models::CreateBulkAliasRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "aliases"))]
fn build_create_alias_request() -> togai_client::models::CreateAliasRequest {
    togai_client::models::CreateAliasRequest::new("value")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_create_alert_request() -> togai_client::models::CreateAlertRequest {
    togai_client::models::CreateAlertRequest::new(
        "alertTemplateId",
        10_i64,
        togai_client::models::AlertStatus::Active,
    )
    .with_validity(10_i64)
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_alert_template() -> togai_client::models::AlertTemplate {
    togai_client::models::AlertTemplate::new(
        "id",
        "name",
        10_i64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_alert_templates_paginated_response(
) -> togai_client::models::AlertTemplatesPaginatedResponse {
    togai_client::models::AlertTemplatesPaginatedResponse::new(Vec::new())
        .with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_alerts_paginated_response() -> togai_client::models::AlertsPaginatedResponse {
    togai_client::models::AlertsPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_alert() -> togai_client::models::Alert {
    togai_client::models::Alert::new(
        "id",
        10_i64,
        togai_client::models::AlertStatus::Active,
        "alertTemplateId",
        10_i64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_update_incident_status_request() -> togai_client::models::UpdateIncidentStatusRequest {
    togai_client::models::UpdateIncidentStatusRequest::new(
        togai_client::models::UpdateIncidentStatusRequestStatus::Closed,
    )
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_update_alert_request() -> togai_client::models::UpdateAlertRequest {
    togai_client::models::UpdateAlertRequest::new().with_description("description")
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_incident() -> togai_client::models::Incident {
    togai_client::models::Incident::new(
        "id",
        "alertId",
        10_i64,
        "alertTemplateId",
        "status",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_valid_until(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "alerts"))]
fn build_incidents_paginated_response() -> togai_client::models::IncidentsPaginatedResponse {
    togai_client::models::IncidentsPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_report() -> togai_client::models::Report {
    togai_client::models::Report::new(
        "id",
        "name",
        togai_client::models::ReportStatus::Queued,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_account_id("account_id")
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_reports_paginated_response() -> togai_client::models::ReportsPaginatedResponse {
    togai_client::models::ReportsPaginatedResponse::new().with_data(Vec::new())
}

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
fn build_base_success_response() -> togai_client::models::BaseSuccessResponse {
    togai_client::models::BaseSuccessResponse::new(true)
}

fn build_error_response() -> togai_client::models::ErrorResponse {
    togai_client::models::ErrorResponse::new("message")
}

#[cfg(any(
    feature = "all-models",
    feature = "customer-portal",
    feature = "authentication"
))]
fn build_token_response() -> togai_client::models::TokenResponse {
    togai_client::models::TokenResponse::new("token")
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_create_customer_response() -> togai_client::models::CreateCustomerResponse {
    togai_client::models::CreateCustomerResponse::new(
        "id",
        "togaiCustomerId",
        "name",
        "primaryEmail",
    )
    .with_billing_address("billingAddress")
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_customer_paginated_response() -> togai_client::models::CustomerPaginatedResponse {
    togai_client::models::CustomerPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_create_customer_contact_response() -> togai_client::models::CreateCustomerContactResponse {
    togai_client::models::CreateCustomerContactResponse::new(
        "username",
        "name",
        true,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        true,
    )
    .with_preferred_username("preferredUsername")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_account_paginated_response() -> togai_client::models::AccountPaginatedResponse {
    togai_client::models::AccountPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
fn build_event_schema_list_paginated_response(
) -> togai_client::models::EventSchemaListPaginatedResponse {
    togai_client::models::EventSchemaListPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_usage_meter_paginated_response() -> togai_client::models::UsageMeterPaginatedResponse {
    togai_client::models::UsageMeterPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_price_plan_list_data() -> togai_client::models::PricePlanListData {
    togai_client::models::PricePlanListData::new(
        "id",
        "name",
        10_i32,
        togai_client::models::PricePlanListDataStatus::Draft,
        Vec::new(),
        togai_client::models::PricePlanDetails::new(Vec::new(), Vec::new()),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PricePlanType::Billing,
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_price_plan_paginated_response() -> togai_client::models::PricePlanPaginatedResponse {
    togai_client::models::PricePlanPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
fn build_price_plan_info() -> togai_client::models::PricePlanInfo {
    togai_client::models::PricePlanInfo::new("name").with_description("description")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_pricing_schedule_with_price_plan_id(
) -> togai_client::models::PricingScheduleWithPricePlanId {
    togai_client::models::PricingScheduleWithPricePlanId::new(
        "id",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        10_i32,
        true,
        "pricePlanId",
    )
    .with_price_plan_details(togai_client::models::PricePlanDetails::new(
        Vec::new(),
        Vec::new(),
    ))
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_pricing_schedule_paginated_response(
) -> togai_client::models::PricingSchedulePaginatedResponse {
    togai_client::models::PricingSchedulePaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_schedules_paginated_response() -> togai_client::models::SchedulesPaginatedResponse {
    togai_client::models::SchedulesPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_schedule_info() -> togai_client::models::ScheduleInfo {
    togai_client::models::ScheduleInfo::new(
        Vec::new(),
        togai_client::models::PricingCycleConfig::new(
            togai_client::models::PricingCycleInterval::Weekly,
            10_i32,
        ),
    )
    .with_pricing_rules(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_account_schedule() -> togai_client::models::AccountSchedule {
    togai_client::models::AccountSchedule::new(
        "id",
        "accountId",
        "pricePlanId",
        10_i64,
        true,
        togai_client::models::PricePlanInfo::new("name"),
        togai_client::models::ScheduleInfo::new(
            Vec::new(),
            togai_client::models::PricingCycleConfig::new(
                togai_client::models::PricingCycleInterval::Weekly,
                10_i32,
            ),
        ),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        true,
    )
    .with_is_overridden(true)
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_validated_entity_errors_paginated_response(
) -> togai_client::models::ValidatedEntityErrorsPaginatedResponse {
    togai_client::models::ValidatedEntityErrorsPaginatedResponse::new(Vec::new())
        .with_next_token("nextToken")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_validated_entity_error() -> togai_client::models::ValidatedEntityError {
    togai_client::models::ValidatedEntityError::new(
        "referenceId",
        "entityId",
        "entityType",
        "errorMessage",
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
fn build_pricing_rules_paginated_response() -> togai_client::models::PricingRulesPaginatedResponse {
    togai_client::models::PricingRulesPaginatedResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
fn build_update_pricing_schedule_response() -> togai_client::models::UpdatePricingScheduleResponse {
    togai_client::models::UpdatePricingScheduleResponse::new("accountId", "accountName", Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_calculate_revenue_response() -> togai_client::models::CalculateRevenueResponse {
    togai_client::models::CalculateRevenueResponse::new(
        "currency",
        togai_client::models::PricePlanDetails::new(Vec::new(), Vec::new()),
        Vec::new(),
    )
    .with_usage_lookup_range(togai_client::models::UsageLookupRange::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    ))
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_calculate_revenue_response_v2() -> togai_client::models::CalculateRevenueResponseV2 {
    togai_client::models::CalculateRevenueResponseV2::new("currency", Vec::new())
        .with_usage_lookup_range(togai_client::models::UsageLookupRange::new(
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        ))
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_slab_revenue_summary() -> togai_client::models::SlabRevenueSummary {
    togai_client::models::SlabRevenueSummary::new(10_i64, 1.5_f64, 1.5_f64)
        .with_metadata(togai_client::models::SlabRevenueMetadata::new())
}

#[cfg(any(feature = "all-models", feature = "customer-portal"))]
fn build_get_customer_portal_delegate_token_request(
) -> togai_client::models::GetCustomerPortalDelegateTokenRequest {
    togai_client::models::GetCustomerPortalDelegateTokenRequest::new("customerId")
        .with_account_ids(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "settings"))]
fn build_setting_paginated_response() -> togai_client::models::SettingPaginatedResponse {
    togai_client::models::SettingPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "add-ons"))]
fn build_add_on_paginated_response() -> togai_client::models::AddOnPaginatedResponse {
    togai_client::models::AddOnPaginatedResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "customers"))]
fn build_customer() -> togai_client::models::Customer {
    togai_client::models::Customer::new(
        "id",
        "togaiCustomerId",
        "name",
        "primaryEmail",
        "billingAddress",
        togai_client::models::Address::new(),
        togai_client::models::CustomerStatus::Active,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_accounts_billing_information() -> togai_client::models::AccountsBillingInformation {
    togai_client::models::AccountsBillingInformation::new().with_email_recipients(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_account() -> togai_client::models::Account {
    togai_client::models::Account::new(
        "id",
        "togaiAccountId",
        "togaiCustomerId",
        "name",
        "customerId",
        togai_client::models::AccountStatus::Active,
    )
    .with_invoice_currency("invoiceCurrency")
}

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
fn build_event_schema_versions_response() -> togai_client::models::EventSchemaVersionsResponse {
    togai_client::models::EventSchemaVersionsResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "jobs"))]
fn build_get_job_response() -> togai_client::models::GetJobResponse {
    togai_client::models::GetJobResponse::new(
        "id",
        togai_client::models::GetJobResponseType::PricePlan,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::GetJobResponseStatus::Scheduled,
        10_i32,
        10_i32,
        10_i32,
        10_i32,
    )
    .with_settled_at(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "jobs"))]
fn build_jobs_without_status_info_response() -> togai_client::models::JobsWithoutStatusInfoResponse
{
    togai_client::models::JobsWithoutStatusInfoResponse::new(
        "id",
        "type",
        "status",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "jobs"))]
fn build_jobs_paginated_response() -> togai_client::models::JobsPaginatedResponse {
    togai_client::models::JobsPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "jobs"))]
fn build_job_entries_response() -> togai_client::models::JobEntriesResponse {
    togai_client::models::JobEntriesResponse::new(
        "entityId",
        "jobId",
        togai_client::models::JobEntriesResponseStatus::Pending,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_metadata(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "jobs"))]
fn build_job_entries_paginated_response() -> togai_client::models::JobEntriesPaginatedResponse {
    togai_client::models::JobEntriesPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-schemas"))]
fn build_event_schema_list_data() -> togai_client::models::EventSchemaListData {
    togai_client::models::EventSchemaListData::new("name", 10_i32).with_description("description")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_event_schema() -> togai_client::models::EventSchema {
    togai_client::models::EventSchema::new("name", 10_i32).with_description("description")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_feature_details() -> togai_client::models::FeatureDetails {
    togai_client::models::FeatureDetails::new("featureId", "attributeName")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_event_attribute_schema() -> togai_client::models::EventAttributeSchema {
    togai_client::models::EventAttributeSchema::new("name").with_default_unit("defaultUnit")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_dimensions_schema() -> togai_client::models::DimensionsSchema {
    togai_client::models::DimensionsSchema::new("name")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_enrichments() -> togai_client::models::Enrichments {
    togai_client::models::Enrichments::new(Vec::new()).with_dependencies(Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_dependency() -> togai_client::models::Dependency {
    togai_client::models::Dependency::new(
        togai_client::models::DependencyType::Setting,
        "key",
        "name",
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "event-schemas",
    feature = "usage-meters"
))]
fn build_field() -> togai_client::models::Field {
    togai_client::models::Field::new(
        "name",
        togai_client::models::FieldType::Attribute,
        togai_client::models::FieldEnrichmentType::Value,
        "value",
        10_i32,
    )
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_usage_meter() -> togai_client::models::UsageMeter {
    togai_client::models::UsageMeter::new(
        "id",
        "name",
        "displayName",
        togai_client::models::UsageMeterType::Counter,
        togai_client::models::UsageMeterAggregation::Count,
    )
    .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "usage-meters"))]
fn build_computation() -> togai_client::models::Computation {
    togai_client::models::Computation::new("computation", 10_i64).with_id("id")
}

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
fn build_pagination_options() -> togai_client::models::PaginationOptions {
    togai_client::models::PaginationOptions::new().with_page_size(10_i64)
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
fn build_plan_override() -> togai_client::models::PlanOverride {
    togai_client::models::PlanOverride::new(
        "id",
        "pricePlanId",
        "pricePlanName",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_price_plan_details_override(togai_client::models::PricePlanDetailsOverride::new())
}

#[cfg(any(feature = "all-models", feature = "settings"))]
fn build_setting() -> togai_client::models::Setting {
    togai_client::models::Setting::new(
        "id",
        "value",
        "entityType",
        "entityId",
        "namespace",
        "name",
        togai_client::models::SettingDataType::String,
    )
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_create_entity_setting() -> togai_client::models::CreateEntitySetting {
    togai_client::models::CreateEntitySetting::new(
        "id",
        "value",
        "namespace",
        "name",
        togai_client::models::SettingDataType::String,
    )
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_purchase() -> togai_client::models::Purchase {
    togai_client::models::Purchase::new(
        "id",
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PurchaseStatus::Success,
        togai_client::models::PurchaseType::EntitlementGrant,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_proposal() -> togai_client::models::Proposal {
    togai_client::models::Proposal::new(
        "id",
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PurchaseStatus::Success,
        togai_client::models::PurchaseType::EntitlementGrant,
        togai_client::models::ProposalPaymentMode::Prepaid,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_get_purchase_response() -> togai_client::models::GetPurchaseResponse {
    togai_client::models::GetPurchaseResponse::new(
        "id",
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PurchaseStatus::Success,
        togai_client::models::PurchaseType::EntitlementGrant,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_get_proposal_response() -> togai_client::models::GetProposalResponse {
    togai_client::models::GetProposalResponse::new(
        "id",
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PurchaseStatus::Success,
        togai_client::models::PurchaseType::EntitlementGrant,
        togai_client::models::GetProposalResponsePaymentMode::Prepaid,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_purchase_list_response() -> togai_client::models::PurchaseListResponse {
    togai_client::models::PurchaseListResponse::new(
        "id",
        togai_client::models::PurchaseStatus::Success,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::PurchaseType::EntitlementGrant,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_proposals_list_response() -> togai_client::models::ProposalsListResponse {
    togai_client::models::ProposalsListResponse::new(
        "id",
        togai_client::models::PurchaseStatus::Success,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::ProposalsListResponsePaymentMode::Prepaid,
        togai_client::models::PurchaseType::EntitlementGrant,
    )
    .with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_purchase_paginated_list_data() -> togai_client::models::PurchasePaginatedListData {
    togai_client::models::PurchasePaginatedListData::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_proposals_paginated_response() -> togai_client::models::ProposalsPaginatedResponse {
    togai_client::models::ProposalsPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_invoice_group_details() -> togai_client::models::InvoiceGroupDetails {
    togai_client::models::InvoiceGroupDetails::new(
        "id",
        "name",
        "email",
        true,
        "invoiceCurrency",
        togai_client::models::Address::new(),
    )
    .with_net_term_days(10_i32)
}

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
fn build_invoice_groups() -> togai_client::models::InvoiceGroups {
    togai_client::models::InvoiceGroups::new(
        "id",
        "name",
        "email",
        true,
        "invoiceCurrency",
        togai_client::models::Address::new(),
        10_i32,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_net_term_days(10_i32)
}

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
fn build_invoice_group_paginated_response() -> togai_client::models::InvoiceGroupPaginatedResponse {
    togai_client::models::InvoiceGroupPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoice-groups"))]
fn build_invoice_group_accounts_paginated_response(
) -> togai_client::models::InvoiceGroupAccountsPaginatedResponse {
    togai_client::models::InvoiceGroupAccountsPaginatedResponse::new(
        "id",
        "name",
        "email",
        true,
        "invoiceCurrency",
        togai_client::models::Address::new(),
        10_i32,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        Vec::new(),
    )
    .with_net_term_days(10_i32)
}

#[cfg(any(feature = "all-models", feature = "feature"))]
fn build_feature() -> togai_client::models::Feature {
    togai_client::models::Feature::new(
        "id",
        "name",
        "displayName",
        Vec::new(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "feature"))]
fn build_feature_list_response() -> togai_client::models::FeatureListResponse {
    togai_client::models::FeatureListResponse::new(
        "id",
        "name",
        "displayName",
        10_i32,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "feature"))]
fn build_feature_paginated_list_data() -> togai_client::models::FeaturePaginatedListData {
    togai_client::models::FeaturePaginatedListData::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "file-storage"))]
fn build_file_download_url_response() -> togai_client::models::FileDownloadUrlResponse {
    togai_client::models::FileDownloadUrlResponse::new("downloadUrl")
}

#[cfg(any(feature = "all-models", feature = "aliases"))]
fn build_alias() -> togai_client::models::Alias {
    togai_client::models::Alias::new(
        "value",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "aliases"))]
fn build_alias_paginated_response() -> togai_client::models::AliasPaginatedResponse {
    togai_client::models::AliasPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "add-ons"))]
fn build_add_on() -> togai_client::models::AddOn {
    togai_client::models::AddOn::new(
        "name",
        togai_client::models::AddOnType::License,
        "id",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::AddOnStatus::Active,
        "displayName",
    )
    .with_billable_name("billableName")
}

#[cfg(any(
    feature = "all-models",
    feature = "customers",
    feature = "accounts",
    feature = "invoice-groups",
    feature = "invoices"
))]
fn build_address() -> togai_client::models::Address {
    togai_client::models::Address::new().with_phone_number("phoneNumber")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
fn build_attribute() -> togai_client::models::Attribute {
    togai_client::models::Attribute::new("name", "value").with_unit("unit")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_billing_config() -> togai_client::models::BillingConfig {
    togai_client::models::BillingConfig::new().with_interval(10_i64)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_billing_entitlement_rate_card() -> togai_client::models::BillingEntitlementRateCard {
    togai_client::models::BillingEntitlementRateCard::new(
        "featureId",
        Vec::new(),
        togai_client::models::InvoiceTiming::InAdvance,
        togai_client::models::RatePlan::new(togai_client::models::PricingModel::Tiered, Vec::new()),
        Vec::new(),
    )
    .with_tag("tag")
}

#[cfg(any(feature = "all-models", feature = "add-ons"))]
fn build_create_add_on_request() -> togai_client::models::CreateAddOnRequest {
    togai_client::models::CreateAddOnRequest::new("name", togai_client::models::AddOnType::License)
        .with_billable_name("billableName")
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "price-plans"))]
fn build_create_price_plan_details_override() -> togai_client::models::CreatePricePlanDetailsOverride
{
    togai_client::models::CreatePricePlanDetailsOverride::new().with_pricing_cycle_config(
        togai_client::models::PricingCycleConfig::new(
            togai_client::models::PricingCycleInterval::Weekly,
            10_i32,
        ),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_credit_grant_rate_card() -> togai_client::models::CreditGrantRateCard {
    togai_client::models::CreditGrantRateCard::new(
        "id",
        togai_client::models::GrantDetails::new(
            10_i64,
            togai_client::models::ExpiryType::PricingCycle,
        ),
        togai_client::models::CreditRateDetails::new(
            togai_client::models::PricingModel::Tiered,
            Vec::new(),
        ),
    )
    .with_display_name("displayName")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_credit_rate_details() -> togai_client::models::CreditRateDetails {
    togai_client::models::CreditRateDetails::new(
        togai_client::models::PricingModel::Tiered,
        Vec::new(),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_currency_rate_value() -> togai_client::models::CurrencyRateValue {
    togai_client::models::CurrencyRateValue::new("currency", 1.5_f64)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_currency_slab_rate_detail() -> togai_client::models::CurrencySlabRateDetail {
    togai_client::models::CurrencySlabRateDetail::new("currency", 1.5_f64, Vec::new())
        .with_rate_config(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_entitlement_overage_rate_card() -> togai_client::models::EntitlementOverageRateCard {
    togai_client::models::EntitlementOverageRateCard::new(
        "featureId",
        togai_client::models::RatePlan::new(togai_client::models::PricingModel::Tiered, Vec::new()),
        Vec::new(),
    )
    .with_display_name("displayName")
}

#[cfg(any(
    feature = "all-models",
    feature = "event-management",
    feature = "entitlements",
    feature = "event-ingestion"
))]
fn build_event() -> togai_client::models::Event {
    togai_client::models::Event::new(
        "schemaName",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
        Vec::new(),
        std::collections::BTreeMap::new(),
    )
    .with_id("id")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_feature_config() -> togai_client::models::FeatureConfig {
    togai_client::models::FeatureConfig::new("effectiveUntil", 1.5_f64)
        .with_effective_from("effectiveFrom")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_fixed_fee_rate_card() -> togai_client::models::FixedFeeRateCard {
    togai_client::models::FixedFeeRateCard::new("id", Vec::new(), true)
        .with_display_name("displayName")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_grant_details() -> togai_client::models::GrantDetails {
    togai_client::models::GrantDetails::new(10_i64, togai_client::models::ExpiryType::PricingCycle)
        .with_expiry_duration("expiryDuration")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_license_rate_card() -> togai_client::models::LicenseRateCard {
    togai_client::models::LicenseRateCard::new(
        "id",
        true,
        togai_client::models::RatePlan::new(togai_client::models::PricingModel::Tiered, Vec::new()),
        Vec::new(),
    )
    .with_type(togai_client::models::AddOnType::License)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_license_rate_card_config() -> togai_client::models::LicenseRateCardConfig {
    togai_client::models::LicenseRateCardConfig::new().with_max_quantity(10_i64)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_minimum_commitment() -> togai_client::models::MinimumCommitment {
    togai_client::models::MinimumCommitment::new("displayName", Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_price_plan() -> togai_client::models::PricePlan {
    togai_client::models::PricePlan::new(
        "id",
        "name",
        togai_client::models::PricePlanType::Billing,
        togai_client::models::PricePlanStatus::Draft,
        Vec::new(),
    )
    .with_description("description")
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-experimentation"
))]
fn build_price_plan_details() -> togai_client::models::PricePlanDetails {
    togai_client::models::PricePlanDetails::new(Vec::new(), Vec::new()).with_pricing_cycle_config(
        togai_client::models::PricingCycleConfig::new(
            togai_client::models::PricingCycleInterval::Weekly,
            10_i32,
        ),
    )
}

#[cfg(any(feature = "all-models", feature = "accounts", feature = "schedules"))]
fn build_price_plan_details_override() -> togai_client::models::PricePlanDetailsOverride {
    togai_client::models::PricePlanDetailsOverride::new().with_pricing_cycle_config(
        togai_client::models::PricingCycleConfig::new(
            togai_client::models::PricingCycleInterval::Weekly,
            10_i32,
        ),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_pricing_cycle_config() -> togai_client::models::PricingCycleConfig {
    togai_client::models::PricingCycleConfig::new(
        togai_client::models::PricingCycleInterval::Weekly,
        10_i32,
    )
    .with_start_offset(togai_client::models::PricingCycleConfigStartOffset::new(
        "dayOffset",
        "monthOffset",
    ))
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
fn build_pricing_rule() -> togai_client::models::PricingRule {
    togai_client::models::PricingRule::new(
        "id",
        "name",
        10_i32,
        10_i32,
        "computation",
        togai_client::models::PricingRuleAction::new(
            togai_client::models::PricingRuleActionType::Add,
        ),
    )
    .with_invoice_timing(togai_client::models::PricingRuleTiming::InAdvance)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules"
))]
fn build_pricing_rule_action() -> togai_client::models::PricingRuleAction {
    togai_client::models::PricingRuleAction::new(togai_client::models::PricingRuleActionType::Add)
        .with_target("target")
}

#[cfg(any(feature = "all-models", feature = "price-plans"))]
fn build_pricing_schedule() -> togai_client::models::PricingSchedule {
    togai_client::models::PricingSchedule::new(
        "id",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        10_i32,
        true,
    )
    .with_price_plan_details(togai_client::models::PricePlanDetails::new(
        Vec::new(),
        Vec::new(),
    ))
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_query_column() -> togai_client::models::QueryColumn {
    togai_client::models::QueryColumn::new("columnName").with_data_source("dataSource")
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_query_filter() -> togai_client::models::QueryFilter {
    togai_client::models::QueryFilter::new(
        togai_client::models::QueryColumn::new("columnName"),
        "operator",
        Vec::new(),
    )
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_query_function() -> togai_client::models::QueryFunction {
    togai_client::models::QueryFunction::new("name", Vec::new())
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_query_input() -> togai_client::models::QueryInput {
    togai_client::models::QueryInput::new(Vec::new(), "baseDataSource", Vec::new(), 10_i64)
        .with_query_filters(Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_rate_card() -> togai_client::models::RateCard {
    togai_client::models::RateCard::new(
        "billableId",
        togai_client::models::RateCardType::MinimumCommitment,
        "displayName",
        togai_client::models::InvoiceTiming::InAdvance,
        togai_client::models::RateCardDetails::new(),
        "name",
        "referenceId",
        "referenceType",
        "pricePlanId",
    )
    .with_tag("tag")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules"
))]
fn build_rate_card_data() -> togai_client::models::RateCardData {
    togai_client::models::RateCardData::new(
        "billableId",
        togai_client::models::RateCardType::MinimumCommitment,
        togai_client::models::InvoiceTiming::InAdvance,
        togai_client::models::RateCardDetails::new(),
    )
    .with_display_name("displayName")
}

#[cfg(any(
    feature = "all-models",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_rate_card_details() -> togai_client::models::RateCardDetails {
    togai_client::models::RateCardDetails::new().with_fixed_fee_rate_card(
        togai_client::models::FixedFeeRateCard::new("id", Vec::new(), true),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_rate_plan() -> togai_client::models::RatePlan {
    togai_client::models::RatePlan::new(togai_client::models::PricingModel::Tiered, Vec::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_rate_value() -> togai_client::models::RateValue {
    togai_client::models::RateValue::new("currency", Vec::new())
        .with_rate_config(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_recurrence_config() -> togai_client::models::RecurrenceConfig {
    togai_client::models::RecurrenceConfig::new().with_interval(10_i64)
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_slab() -> togai_client::models::Slab {
    togai_client::models::Slab::new(10_i32, 1.5_f64, togai_client::models::PriceType::Flat)
        .with_slab_config(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_slab_detail() -> togai_client::models::SlabDetail {
    togai_client::models::SlabDetail::new(1.5_f64, togai_client::models::PriceType::Flat, 1.5_f64)
        .with_slab_config(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_slab_rate() -> togai_client::models::SlabRate {
    togai_client::models::SlabRate::new(10_i32, 1.5_f64)
        .with_slab_rate_config(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_usage_rate_card() -> togai_client::models::UsageRateCard {
    togai_client::models::UsageRateCard::new(
        "usageMeterId",
        togai_client::models::RatePlan::new(togai_client::models::PricingModel::Tiered, Vec::new()),
        Vec::new(),
    )
    .with_display_name("displayName")
}

#[cfg(any(
    feature = "all-models",
    feature = "entitlements",
    feature = "event-ingestion"
))]
fn build_ingest_event_request() -> togai_client::models::IngestEventRequest {
    togai_client::models::IngestEventRequest::new(togai_client::models::Event::new(
        "schemaName",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
        Vec::new(),
        std::collections::BTreeMap::new(),
    ))
}

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
fn build_ingest_batch_event_request() -> togai_client::models::IngestBatchEventRequest {
    togai_client::models::IngestBatchEventRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-ingestion"))]
fn build_ingest_event_response() -> togai_client::models::IngestEventResponse {
    togai_client::models::IngestEventResponse::new().with_success(true)
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_get_event_response() -> togai_client::models::GetEventResponse {
    togai_client::models::GetEventResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_correction_request() -> togai_client::models::EventCorrectionRequest {
    togai_client::models::EventCorrectionRequest::new().with_event(
        togai_client::models::Event::new(
            "schemaName",
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            "accountId",
            Vec::new(),
            std::collections::BTreeMap::new(),
        ),
    )
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_get_events_response() -> togai_client::models::GetEventsResponse {
    togai_client::models::GetEventsResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_events_correction_response() -> togai_client::models::EventsCorrectionResponse {
    togai_client::models::EventsCorrectionResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_license_update_request() -> togai_client::models::LicenseUpdateRequest {
    togai_client::models::LicenseUpdateRequest::new(
        "licenseId",
        "accountId",
        togai_client::models::LicenseUpdateRequestUpdateType::Relative,
        1.5_f64,
    )
    .with_effective_from(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_license_entry_details_update_request(
) -> togai_client::models::LicenseEntryDetailsUpdateRequest {
    togai_client::models::LicenseEntryDetailsUpdateRequest::new(
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        std::collections::BTreeMap::new(),
    )
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_get_license_updates_response() -> togai_client::models::GetLicenseUpdatesResponse {
    togai_client::models::GetLicenseUpdatesResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
fn build_license_update() -> togai_client::models::LicenseUpdate {
    togai_client::models::LicenseUpdate::new(
        "licenseId",
        "accountId",
        1.5_f64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_metadata(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_license_update_response() -> togai_client::models::LicenseUpdateResponse {
    togai_client::models::LicenseUpdateResponse::new(
        "licenseId",
        "accountId",
        1.5_f64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_metadata(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_named_license_update() -> togai_client::models::NamedLicenseUpdate {
    togai_client::models::NamedLicenseUpdate::new(
        "id",
        "licenseId",
        "accountId",
        "name",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_effective_from(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "licenses"))]
fn build_named_license_updates_paginated_response(
) -> togai_client::models::NamedLicenseUpdatesPaginatedResponse {
    togai_client::models::NamedLicenseUpdatesPaginatedResponse::new(Vec::new())
        .with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_get_feature_credits_response() -> togai_client::models::GetFeatureCreditsResponse {
    togai_client::models::GetFeatureCreditsResponse::new(
        "accountId",
        "featureId",
        1.5_f64,
        1.5_f64,
        1.5_f64,
    )
    .with_overage_limit(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_feature_credit_entry() -> togai_client::models::FeatureCreditEntry {
    togai_client::models::FeatureCreditEntry::new(
        "id",
        togai_client::models::FeatureCreditEntrySource::Entitlement,
        togai_client::models::FeatureCreditEntryStatus::Active,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        1.5_f64,
    )
    .with_granted(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_get_feature_credit_entries_paginated_response(
) -> togai_client::models::GetFeatureCreditEntriesPaginatedResponse {
    togai_client::models::GetFeatureCreditEntriesPaginatedResponse::new().with_data(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_with_status() -> togai_client::models::EventWithStatus {
    togai_client::models::EventWithStatus::new(
        "referenceId",
        togai_client::models::Event::new(
            "schemaName",
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            "accountId",
            Vec::new(),
            std::collections::BTreeMap::new(),
        ),
        togai_client::models::IngestionStatus::new(
            togai_client::models::IngestionStatusStatus::IngestionInProgress,
        ),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_customer_id("customerId")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_with_status_and_event_pipeline_info(
) -> togai_client::models::EventWithStatusAndEventPipelineInfo {
    togai_client::models::EventWithStatusAndEventPipelineInfo::new(
        "referenceId",
        togai_client::models::Event::new(
            "schemaName",
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            "accountId",
            Vec::new(),
            std::collections::BTreeMap::new(),
        ),
        togai_client::models::IngestionStatus::new(
            togai_client::models::IngestionStatusStatus::IngestionInProgress,
        ),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::EventPipelineInfo::new(),
    )
    .with_customer_id("customerId")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_correction_info() -> togai_client::models::EventCorrectionInfo {
    togai_client::models::EventCorrectionInfo::new(
        "referenceId",
        togai_client::models::Event::new(
            "schemaName",
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            "accountId",
            Vec::new(),
            std::collections::BTreeMap::new(),
        ),
        togai_client::models::IngestionStatus::new(
            togai_client::models::IngestionStatusStatus::IngestionInProgress,
        ),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::EventCorrectionInfoStatus::Reverted,
        "reason",
    )
    .with_customer_id("customerId")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_ingestion_status() -> togai_client::models::IngestionStatus {
    togai_client::models::IngestionStatus::new(
        togai_client::models::IngestionStatusStatus::IngestionInProgress,
    )
    .with_status_description("statusDescription")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_source() -> togai_client::models::EventSource {
    togai_client::models::EventSource::new("id", "type")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info() -> togai_client::models::EventPipelineInfo {
    togai_client::models::EventPipelineInfo::new().with_event_schema(
        togai_client::models::EventPipelineInfoEventSchema::new("name", 10_i32),
    )
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_enriched_field() -> togai_client::models::EnrichedField {
    togai_client::models::EnrichedField::new(
        "name",
        togai_client::models::EnrichedFieldType::Attribute,
        "value",
    )
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_enrichment_dependency() -> togai_client::models::EnrichmentDependency {
    togai_client::models::EnrichmentDependency::new(
        "key",
        togai_client::models::EnrichmentDependencyType::Setting,
        "value",
    )
    .with_name("name")
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_get_metrics_request() -> togai_client::models::GetMetricsRequest {
    togai_client::models::GetMetricsRequest::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        Vec::new(),
    )
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_metric_query() -> togai_client::models::MetricQuery {
    togai_client::models::MetricQuery::new(
        "id",
        togai_client::models::MetricName::Events,
        togai_client::models::MetricQueryAggregationPeriod::Hour,
    )
    .with_group_by("groupBy")
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_update_feature_credits_request() -> togai_client::models::UpdateFeatureCreditsRequest {
    togai_client::models::UpdateFeatureCreditsRequest::new().with_effective_until(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_get_metrics_response() -> togai_client::models::GetMetricsResponse {
    togai_client::models::GetMetricsResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_metric_query_response() -> togai_client::models::MetricQueryResponse {
    togai_client::models::MetricQueryResponse::new(
        "id",
        togai_client::models::MetricName::Events,
        Vec::new(),
    )
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_metric_data_points() -> togai_client::models::MetricDataPoints {
    togai_client::models::MetricDataPoints::new(Vec::new(), Vec::new()).with_grouped_by(
        togai_client::models::MetricDataPointsGroupedBy::new("fieldName", "fieldValue"),
    )
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_validate_entitlement_value_request(
) -> togai_client::models::ValidateEntitlementValueRequest {
    togai_client::models::ValidateEntitlementValueRequest::new("value")
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_get_entitlement_values_response() -> togai_client::models::GetEntitlementValuesResponse {
    togai_client::models::GetEntitlementValuesResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
fn build_revenue_summary_with_metadata() -> togai_client::models::RevenueSummaryWithMetadata {
    togai_client::models::RevenueSummaryWithMetadata::new(1.5_f64).with_revenue_summary(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
fn build_slab_revenue() -> togai_client::models::SlabRevenue {
    togai_client::models::SlabRevenue::new(10_i32, 1.5_f64, 1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "__unreached-models"))]
fn build_slab_revenue_with_metadata() -> togai_client::models::SlabRevenueWithMetadata {
    togai_client::models::SlabRevenueWithMetadata::new(10_i32, 1.5_f64, 1.5_f64)
        .with_metadata(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_create_credit_request() -> togai_client::models::CreateCreditRequest {
    togai_client::models::CreateCreditRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "payments"))]
fn build_create_payment_request() -> togai_client::models::CreatePaymentRequest {
    togai_client::models::CreatePaymentRequest::new(
        "accountId",
        togai_client::models::ExternalPaymentReference::new(
            "sourceName",
            togai_client::models::ExternalPaymentReferenceSourceType::Gateway,
            "transactionNumber",
        ),
        Vec::new(),
        "currency",
        1.5_f64,
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "wallet"))]
fn build_topup_wallet_request() -> togai_client::models::TopupWalletRequest {
    togai_client::models::TopupWalletRequest::new(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "wallet"))]
fn build_update_wallet_request() -> togai_client::models::UpdateWalletRequest {
    togai_client::models::UpdateWalletRequest::new()
        .with_effective_from(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "payments"))]
fn build_external_payment_reference() -> togai_client::models::ExternalPaymentReference {
    togai_client::models::ExternalPaymentReference::new(
        "sourceName",
        togai_client::models::ExternalPaymentReferenceSourceType::Gateway,
        "transactionNumber",
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "payments"))]
fn build_payment_line_item_record() -> togai_client::models::PaymentLineItemRecord {
    togai_client::models::PaymentLineItemRecord::new(
        togai_client::models::PaymentLineItemRecordType::Invoice,
        10_i32,
    )
    .with_togai_id("togaiId")
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_credit_request() -> togai_client::models::CreditRequest {
    togai_client::models::CreditRequest::new(
        "accountId",
        "purpose",
        togai_client::chrono::NaiveDate::default(),
        10_i64,
    )
    .with_applicable_entity_ids(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_manage_miscellaneous_charges_request(
) -> togai_client::models::ManageMiscellaneousChargesRequest {
    togai_client::models::ManageMiscellaneousChargesRequest::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_create_custom_invoice_request() -> togai_client::models::CreateCustomInvoiceRequest {
    togai_client::models::CreateCustomInvoiceRequest::new(
        "accountId",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::models::CreateCustomInvoiceRequestStatus::Draft,
        Vec::new(),
    )
    .with_owner_type(togai_client::models::CreateCustomInvoiceRequestOwnerType::Account)
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_update_invoice_request() -> togai_client::models::UpdateInvoiceRequest {
    togai_client::models::UpdateInvoiceRequest::new()
        .with_start_date(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_miscellaneous_charges_response() -> togai_client::models::MiscellaneousChargesResponse {
    togai_client::models::MiscellaneousChargesResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_pricing_rules_logs_paginated_response(
) -> togai_client::models::PricingRulesLogsPaginatedResponse {
    togai_client::models::PricingRulesLogsPaginatedResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_pricing_rules_log() -> togai_client::models::PricingRulesLog {
    togai_client::models::PricingRulesLog::new(
        "id",
        10_i32,
        togai_client::models::PricingRuleChangesLog::new("key", 1.5_f64, 1.5_f64),
    )
    .with_type(togai_client::models::PricingRulesLogType::ConditionTrue)
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_pricing_rules_values() -> togai_client::models::PricingRulesValues {
    togai_client::models::PricingRulesValues::new().with_name("name")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_pricing_rule_info() -> togai_client::models::PricingRuleInfo {
    togai_client::models::PricingRuleInfo::new("id").with_name("name")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_pricing_rule_changes_log() -> togai_client::models::PricingRuleChangesLog {
    togai_client::models::PricingRuleChangesLog::new("key", 1.5_f64, 1.5_f64)
        .with_key_name("keyName")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_list_invoices_response() -> togai_client::models::ListInvoicesResponse {
    togai_client::models::ListInvoicesResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_list_credits_response() -> togai_client::models::ListCreditsResponse {
    togai_client::models::ListCreditsResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "payments"))]
fn build_list_payment_response() -> togai_client::models::ListPaymentResponse {
    togai_client::models::ListPaymentResponse::new(Vec::new()).with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_credit_details_response() -> togai_client::models::CreditDetailsResponse {
    togai_client::models::CreditDetailsResponse::new(
        "accountId",
        "purpose",
        togai_client::chrono::NaiveDate::default(),
        10_i64,
        "id",
        "customerId",
        togai_client::models::CreditDetailsResponseStatus::Active,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        Vec::new(),
    )
    .with_applicable_entity_ids(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_credit_balance_response() -> togai_client::models::CreditBalanceResponse {
    togai_client::models::CreditBalanceResponse::new(
        1.5_f64,
        1.5_f64,
        1.5_f64,
        1.5_f64,
        "unit",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "wallet"))]
fn build_wallet_balance_response() -> togai_client::models::WalletBalanceResponse {
    togai_client::models::WalletBalanceResponse::new(
        "id",
        "accountId",
        "customerId",
        1.5_f64,
        "creditUnit",
        togai_client::models::WalletStatus::Active,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_external_id("externalId")
}

#[cfg(any(feature = "all-models", feature = "wallet"))]
fn build_wallet_entries_paginated_response() -> togai_client::models::WalletEntriesPaginatedResponse
{
    togai_client::models::WalletEntriesPaginatedResponse::new(Vec::new())
        .with_next_token("nextToken")
}

#[cfg(any(feature = "all-models", feature = "wallet"))]
fn build_wallet_entry() -> togai_client::models::WalletEntry {
    togai_client::models::WalletEntry::new(
        "id",
        "walletId",
        togai_client::models::WalletEntryTransactionType::Credited,
        togai_client::models::WalletEntryStatus::Completed,
        1.5_f64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        1.5_f64,
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_summary() -> togai_client::models::InvoiceSummary {
    togai_client::models::InvoiceSummary::new(
        "id",
        togai_client::models::InvoicesStatus::Draft,
        togai_client::models::InvoicesClass::Invoice,
        togai_client::models::InvoicesType::Standard,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        1.5_f64,
        1.5_f64,
        10_i64,
    )
    .with_customer_id("customerId")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice() -> togai_client::models::Invoice {
    togai_client::models::Invoice::new(
        "id",
        togai_client::models::InvoicesStatus::Draft,
        togai_client::models::InvoicesClass::Invoice,
        togai_client::models::InvoicesType::Standard,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        1.5_f64,
        1.5_f64,
        10_i64,
    )
    .with_customer_id("customerId")
}

#[cfg(any(feature = "all-models", feature = "payments"))]
fn build_payment() -> togai_client::models::Payment {
    togai_client::models::Payment::new(
        "id",
        "accountId",
        togai_client::models::ExternalPaymentReference::new(
            "sourceName",
            togai_client::models::ExternalPaymentReferenceSourceType::Gateway,
            "transactionNumber",
        ),
        Vec::new(),
        1.5_f64,
        "currency",
        1.5_f64,
        "createdBy",
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_description("description")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_line_item() -> togai_client::models::InvoiceLineItem {
    togai_client::models::InvoiceLineItem::new(
        "description",
        togai_client::models::InvoiceLineItemType::TotalUsage,
        1.5_f64,
        Vec::new(),
    )
    .with_id("id")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_custom_invoice_line_item() -> togai_client::models::CustomInvoiceLineItem {
    togai_client::models::CustomInvoiceLineItem::new().with_id("id")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_details() -> togai_client::models::InvoiceDetails {
    togai_client::models::InvoiceDetails::new().with_customer(
        togai_client::models::InvoiceDetailsCustomer::new("name", "primaryEmail"),
    )
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_create_credit_response() -> togai_client::models::CreateCreditResponse {
    togai_client::models::CreateCreditResponse::new(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_credit() -> togai_client::models::Credit {
    togai_client::models::Credit::new(
        "accountId",
        "purpose",
        togai_client::chrono::NaiveDate::default(),
        10_i64,
        "id",
        "customerId",
        togai_client::models::CreditStatus::Active,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_applicable_entity_ids(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "credits"))]
fn build_credit_transaction() -> togai_client::models::CreditTransaction {
    togai_client::models::CreditTransaction::new(
        "id",
        "creditId",
        togai_client::models::CreditTransactionTransactionType::Credited,
        1.5_f64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_invoice_id("invoiceId")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_remove_account_alias_request() -> togai_client::models::RemoveAccountAliasRequest {
    togai_client::models::RemoveAccountAliasRequest::new("id")
        .with_from(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_currency_config() -> togai_client::models::CurrencyConfig {
    togai_client::models::CurrencyConfig::new(togai_client::models::CurrencyConfigMode::Custom)
        .with_currency("currency")
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_price_plan_details_config() -> togai_client::models::PricePlanDetailsConfig {
    togai_client::models::PricePlanDetailsConfig::new(
        togai_client::models::PricePlanDetailsConfigMode::Custom,
    )
    .with_price_plan_details(togai_client::models::CreatePricePlanDetails::new(Vec::new()))
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_usage_config_lookup_range() -> togai_client::models::UsageConfigLookupRange {
    togai_client::models::UsageConfigLookupRange::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_usage_config_lookup_cycle() -> togai_client::models::UsageConfigLookupCycle {
    togai_client::models::UsageConfigLookupCycle::new("accountId").with_cycle_effective_on(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_usage_config() -> togai_client::models::UsageConfig {
    togai_client::models::UsageConfig::new(togai_client::models::UsageConfigMode::Custom)
        .with_usage_map(std::collections::BTreeMap::new())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_license_entry() -> togai_client::models::LicenseEntry {
    togai_client::models::LicenseEntry::new(
        "licenseId",
        10_i64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_license_entries_config_lookup_range(
) -> togai_client::models::LicenseEntriesConfigLookupRange {
    togai_client::models::LicenseEntriesConfigLookupRange::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_license_entries_config_lookup_cycle(
) -> togai_client::models::LicenseEntriesConfigLookupCycle {
    togai_client::models::LicenseEntriesConfigLookupCycle::new("accountId").with_cycle_effective_on(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_license_entries_config() -> togai_client::models::LicenseEntriesConfig {
    togai_client::models::LicenseEntriesConfig::new(
        togai_client::models::LicenseEntriesConfigMode::Custom,
    )
    .with_custom(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_named_license_entry() -> togai_client::models::NamedLicenseEntry {
    togai_client::models::NamedLicenseEntry::new(
        "licenseId",
        10_i64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
    .with_effective_until(togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_named_license_entries_config_lookup_range(
) -> togai_client::models::NamedLicenseEntriesConfigLookupRange {
    togai_client::models::NamedLicenseEntriesConfigLookupRange::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_named_license_entries_config_lookup_cycle(
) -> togai_client::models::NamedLicenseEntriesConfigLookupCycle {
    togai_client::models::NamedLicenseEntriesConfigLookupCycle::new("accountId")
        .with_cycle_effective_on(
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_named_license_entries_config() -> togai_client::models::NamedLicenseEntriesConfig {
    togai_client::models::NamedLicenseEntriesConfig::new(
        togai_client::models::NamedLicenseEntriesConfigMode::Custom,
    )
    .with_custom(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_proration_config_custom_config() -> togai_client::models::ProrationConfigCustomConfig {
    togai_client::models::ProrationConfigCustomConfig::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_proration_config_lookup_cycle_config(
) -> togai_client::models::ProrationConfigLookupCycleConfig {
    togai_client::models::ProrationConfigLookupCycleConfig::new("accountId").with_current_date_time(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_proration_config() -> togai_client::models::ProrationConfig {
    togai_client::models::ProrationConfig::new(togai_client::models::ProrationConfigMode::Custom)
        .with_custom_config(togai_client::models::ProrationConfigCustomConfig::new(
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
            togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        ))
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_entitlement_overage_entry() -> togai_client::models::EntitlementOverageEntry {
    togai_client::models::EntitlementOverageEntry::new("featureId", 1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_entitlement_overage_config_lookup_cycle(
) -> togai_client::models::EntitlementOverageConfigLookupCycle {
    togai_client::models::EntitlementOverageConfigLookupCycle::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        "accountId",
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_entitlement_overage_config() -> togai_client::models::EntitlementOverageConfig {
    togai_client::models::EntitlementOverageConfig::new(
        togai_client::models::EntitlementOverageConfigMode::Custom,
    )
    .with_custom(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "schedules"))]
fn build_association_config() -> togai_client::models::AssociationConfig {
    togai_client::models::AssociationConfig::new().with_price_plan_id("pricePlanId")
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_usage_lookup_range() -> togai_client::models::UsageLookupRange {
    togai_client::models::UsageLookupRange::new(
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_fixed_fee_revenue_summary() -> togai_client::models::FixedFeeRevenueSummary {
    togai_client::models::FixedFeeRevenueSummary::new(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_billing_entitlement_revenue_summary(
) -> togai_client::models::BillingEntitlementRevenueSummary {
    togai_client::models::BillingEntitlementRevenueSummary::new(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_credit_grant_revenue_summary() -> togai_client::models::CreditGrantRevenueSummary {
    togai_client::models::CreditGrantRevenueSummary::new(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_entitlement_overage_revenue_summary(
) -> togai_client::models::EntitlementOverageRevenueSummary {
    togai_client::models::EntitlementOverageRevenueSummary::new(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_revenue_info() -> togai_client::models::RevenueInfo {
    togai_client::models::RevenueInfo::new(std::collections::BTreeMap::new()).with_usage_rate_card(
        togai_client::models::UsageRateCard::new(
            "usageMeterId",
            togai_client::models::RatePlan::new(
                togai_client::models::PricingModel::Tiered,
                Vec::new(),
            ),
            Vec::new(),
        ),
    )
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_revenue_info_v2() -> togai_client::models::RevenueInfoV2 {
    togai_client::models::RevenueInfoV2::new(
        togai_client::models::RateCard::new(
            "billableId",
            togai_client::models::RateCardType::MinimumCommitment,
            "displayName",
            togai_client::models::InvoiceTiming::InAdvance,
            togai_client::models::RateCardDetails::new(),
            "name",
            "referenceId",
            "referenceType",
            "pricePlanId",
        ),
        std::collections::BTreeMap::new(),
    )
    .with_fixed_fee_revenue_summary(togai_client::models::FixedFeeRevenueSummary::new(1.5_f64))
}

#[cfg(any(feature = "all-models", feature = "price-experimentation"))]
fn build_slab_revenue_metadata() -> togai_client::models::SlabRevenueMetadata {
    togai_client::models::SlabRevenueMetadata::new().with_minimum_rate_applied(true)
}

#[cfg(any(feature = "all-models", feature = "customers", feature = "accounts"))]
fn build_account_aliases() -> togai_client::models::AccountAliases {
    togai_client::models::AccountAliases::new().with_alias("alias")
}

#[cfg(any(feature = "all-models", feature = "accounts"))]
fn build_purchase_feature_details() -> togai_client::models::PurchaseFeatureDetails {
    togai_client::models::PurchaseFeatureDetails::new(
        "id",
        "name",
        1.5_f64,
        1.5_f64,
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
        togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
    )
}

#[cfg(any(
    feature = "all-models",
    feature = "accounts",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "price-experimentation"
))]
fn build_pricing_cycle_config_start_offset() -> togai_client::models::PricingCycleConfigStartOffset
{
    togai_client::models::PricingCycleConfigStartOffset::new("dayOffset", "monthOffset")
}

#[cfg(any(feature = "all-models", feature = "reports"))]
fn build_query_input_sort_inner() -> togai_client::models::QueryInputSortInner {
    togai_client::models::QueryInputSortInner::new(
        togai_client::models::QueryColumn::new("columnName"),
        "sortOrder",
    )
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_event_schema() -> togai_client::models::EventPipelineInfoEventSchema {
    togai_client::models::EventPipelineInfoEventSchema::new("name", 10_i32)
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_usage_meters() -> togai_client::models::EventPipelineInfoUsageMeters {
    togai_client::models::EventPipelineInfoUsageMeters::new(
        "id",
        "name",
        10_i32,
        togai_client::models::EventPipelineInfoUsageMetersStatus::ProcessedFilteredOut,
    )
    .with_units(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_price_plans() -> togai_client::models::EventPipelineInfoPricePlans {
    togai_client::models::EventPipelineInfoPricePlans::new(
        "name",
        "id",
        "scheduleId",
        togai_client::chrono::NaiveDate::default(),
        togai_client::chrono::NaiveDate::default(),
    )
    .with_usage_meters(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_account() -> togai_client::models::EventPipelineInfoAccount {
    togai_client::models::EventPipelineInfoAccount::new("id", "name").with_alias("alias")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_customer() -> togai_client::models::EventPipelineInfoCustomer {
    togai_client::models::EventPipelineInfoCustomer::new("id", "name")
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_feature_details(
) -> togai_client::models::EventPipelineInfoFeatureDetails {
    togai_client::models::EventPipelineInfoFeatureDetails::new("featureId", "mappedAttribute")
        .with_overage_in_cycle(1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_enrichments() -> togai_client::models::EventPipelineInfoEnrichments {
    togai_client::models::EventPipelineInfoEnrichments::new().with_attributes(Vec::new())
}

#[cfg(any(feature = "all-models", feature = "event-management"))]
fn build_event_pipeline_info_revenue_details(
) -> togai_client::models::EventPipelineInfoRevenueDetails {
    togai_client::models::EventPipelineInfoRevenueDetails::new("usageMeterId", 1.5_f64, 1.5_f64)
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_metric_query_filter_entry() -> togai_client::models::MetricQueryFilterEntry {
    togai_client::models::MetricQueryFilterEntry::new("fieldName", Vec::new())
}

#[cfg(any(feature = "all-models", feature = "metrics"))]
fn build_metric_data_points_grouped_by() -> togai_client::models::MetricDataPointsGroupedBy {
    togai_client::models::MetricDataPointsGroupedBy::new("fieldName", "fieldValue")
}

#[cfg(any(feature = "all-models", feature = "entitlements"))]
fn build_get_entitlement_values_response_data_inner(
) -> togai_client::models::GetEntitlementValuesResponseDataInner {
    togai_client::models::GetEntitlementValuesResponseDataInner::new("featureId", "value")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_info_inner() -> togai_client::models::InvoiceInfoInner {
    togai_client::models::InvoiceInfoInner::new("type", "value")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_details_customer() -> togai_client::models::InvoiceDetailsCustomer {
    togai_client::models::InvoiceDetailsCustomer::new("name", "primaryEmail")
        .with_billing_address("billingAddress")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_details_account() -> togai_client::models::InvoiceDetailsAccount {
    togai_client::models::InvoiceDetailsAccount::new(
        "name",
        "invoiceCurrency",
        togai_client::models::Address::new(),
        "primaryEmail",
    )
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_details_invoice_group() -> togai_client::models::InvoiceDetailsInvoiceGroup {
    togai_client::models::InvoiceDetailsInvoiceGroup::new(
        "id",
        "name",
        true,
        "invoiceCurrency",
        togai_client::models::Address::new(),
    )
    .with_email("email")
}

#[cfg(any(feature = "all-models", feature = "invoices"))]
fn build_invoice_details_organization() -> togai_client::models::InvoiceDetailsOrganization {
    togai_client::models::InvoiceDetailsOrganization::new(
        "businessName",
        togai_client::models::Address::new(),
        "primaryEmail",
    )
    .with_metadata(std::collections::BTreeMap::new())
}

#[cfg(any(
    feature = "all-models",
    feature = "__unreached-models",
    feature = "invoices"
))]
fn build_miscellaneous_charge() -> togai_client::models::MiscellaneousCharge {
    togai_client::models::MiscellaneousCharge::new("name").with_rate(1.5_f64)
}
