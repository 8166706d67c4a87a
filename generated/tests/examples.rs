//! Every example of `docs/*.md`, compiled (never run): the pages cannot drift
//! from the API.
#![allow(dead_code, clippy::unnecessary_literal_unwrap)]
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

async fn customers_api_create_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .create_customer(togai_client::models::CreateCustomerRequest::new(
            "id".to_string(),
            "name".to_string(),
            "primaryEmail".to_string(),
            togai_client::models::Address::default(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn customers_api_update_customer() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .update_customer(
            "customer_id",
            togai_client::models::UpdateCustomerRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn customers_api_create_customer_contact() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customers()
        .create_customer_contact(
            "customer_id",
            togai_client::models::CreateCustomerContactRequest::new(
                "name".to_string(),
                "email".to_string(),
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn accounts_api_create_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .create_account(togai_client::models::CreateAccountRequest::new(
            "id".to_string(),
            "name".to_string(),
            "customerId".to_string(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn accounts_api_update_account() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .update_account(
            "account_id",
            togai_client::models::UpdateAccountRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn accounts_api_add_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .add_aliases(
            "account_id",
            togai_client::models::AddAccountAliasesRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn accounts_api_remove_aliases() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .remove_aliases(
            "account_id",
            togai_client::models::RemoveAccountAliasesRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn accounts_api_initiate_one_time_entitlement_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .accounts()
        .initiate_one_time_entitlement_plan(
            "account_id",
            togai_client::models::CreatePurchaseRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn accounts_api_get_purchase() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.accounts().get_purchase("purchase_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn event_schemas_api_create_event_schema() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .create_event_schema(togai_client::models::CreateEventSchemaRequest::new(
            "name".to_string(),
            Vec::new(),
            Vec::new(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn event_schemas_api_event_schema_event_schema_name_patch() -> Result<(), togai_client::Error>
{
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_schemas()
        .event_schema_event_schema_name_patch(
            "event_schema_name",
            togai_client::models::UpdateEventSchemaRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn usage_meters_api_create_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .create_usage_meter(togai_client::models::CreateUsageMeterRequest::new(
            "name".to_string(),
            togai_client::models::CreateUsageMeterRequestType::Counter,
            togai_client::models::UsageMeterAggregation::Count,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn usage_meters_api_update_usage_meter() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .usage_meters()
        .update_usage_meter(
            "usage_meter_id",
            togai_client::models::UpdateUsageMeterRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plans_api_create_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .create_price_plan(togai_client::models::CreatePricePlanRequest::new(
            "name".to_string(),
            togai_client::models::CreatePricePlanDetails::new(Vec::new()),
        ))
        .dry_run(true)
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plans_api_update_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .update_price_plan(
            "price_plan_id",
            togai_client::models::UpdatePricePlanRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plans_api_price_plan_migration() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plans()
        .price_plan_migration(togai_client::models::CreatePricePlanMigrationRequest::new(
            "sourceId".to_string(),
            10_i32,
            togai_client::models::CreatePricePlanMigrationRequestMigrationMode::Immediate,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plan_v2_api_create_price_plan_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .create_price_plan_v2(togai_client::models::CreatePricePlanV2Request::new(
            "name".to_string(),
            togai_client::models::PricePlanType::Billing,
            Vec::new(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plan_v2_api_update_price_plan_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .update_price_plan_v2(
            "price_plan_id",
            togai_client::models::UpdatePricePlanV2Request::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plan_v2_api_finalize_price_plan() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .finalize_price_plan(
            "price_plan_id",
            togai_client::models::FinalizePricePlanRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plan_v2_api_update_price_plan_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .update_price_plan_pricing_rules(
            "price_plan_id",
            togai_client::models::UpdatePricingRulesRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn price_plan_v2_api_price_plan_migration_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_plan_v2()
        .price_plan_migration_v2(togai_client::models::CreatePricePlanMigrationRequest::new(
            "sourceId".to_string(),
            10_i32,
            togai_client::models::CreatePricePlanMigrationRequestMigrationMode::Immediate,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn schedules_api_finalize_account_schedules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .finalize_account_schedules(
            "account_id",
            togai_client::models::FinalizeAccountSchedules::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn schedules_api_update_pricing_rules() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .schedules()
        .update_pricing_rules(
            "schedule_id",
            togai_client::models::UpdatePricingRulesRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn settings_api_insert_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .insert_setting(togai_client::models::Setting::new(
            "id".to_string(),
            "value".to_string(),
            "entityType".to_string(),
            "entityId".to_string(),
            "namespace".to_string(),
            "name".to_string(),
            togai_client::models::SettingDataType::String,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn settings_api_update_setting() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .settings()
        .update_setting(
            "setting_id_str",
            togai_client::models::UpdateSettingRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn price_experimentation_api_calculate_revenue() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_experimentation()
        .calculate_revenue(togai_client::models::CalculateRevenueRequest::new(
            togai_client::models::CurrencyConfig::new(
                togai_client::models::CurrencyConfigMode::Custom,
            ),
            togai_client::models::PricePlanDetailsConfig::new(
                togai_client::models::PricePlanDetailsConfigMode::Custom,
            ),
            togai_client::models::UsageConfig::new(togai_client::models::UsageConfigMode::Custom),
            togai_client::models::LicenseEntriesConfig::new(
                togai_client::models::LicenseEntriesConfigMode::Custom,
            ),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn price_experimentation_api_calculate_revenue_v2() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .price_experimentation()
        .calculate_revenue_v2(togai_client::models::CalculateRevenueRequest::new(
            togai_client::models::CurrencyConfig::new(
                togai_client::models::CurrencyConfigMode::Custom,
            ),
            togai_client::models::PricePlanDetailsConfig::new(
                togai_client::models::PricePlanDetailsConfigMode::Custom,
            ),
            togai_client::models::UsageConfig::new(togai_client::models::UsageConfigMode::Custom),
            togai_client::models::LicenseEntriesConfig::new(
                togai_client::models::LicenseEntriesConfigMode::Custom,
            ),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn invoice_groups_api_list_invoice_groups() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoice_groups().list_invoice_groups().send().await?;
    println!("{response:?}");
    Ok(())
}

async fn invoice_groups_api_create_invoice_group() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .invoice_groups()
        .create_invoice_group(togai_client::models::CreateInvoiceGroupRequest::new(
            "name".to_string(),
            "email".to_string(),
            true,
            Vec::new(),
            togai_client::models::Address::default(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn aliases_api_get_alias() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.aliases().get_alias("alias").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn aliases_api_delete_alias() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.aliases().delete_alias("alias").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn customer_portal_api_get_customer_portal_delegate_token() -> Result<(), togai_client::Error>
{
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .customer_portal()
        .get_customer_portal_delegate_token(
            togai_client::models::GetCustomerPortalDelegateTokenRequest::new(
                "customerId".to_string(),
            ),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn alerts_api_get_alert_templates() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_alert_templates().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn alerts_api_list_alerts() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().list_alerts().send().await?;
    println!("{response:?}");
    Ok(())
}

async fn alerts_api_create_alert() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .alerts()
        .create_alert(togai_client::models::CreateAlertRequest::new(
            "alertTemplateId".to_string(),
            10_i64,
            togai_client::models::AlertStatus::Active,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn alerts_api_update_alert() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().update_alert("alert_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn alerts_api_get_incidents() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_incidents().send().await?;
    println!("{response:?}");
    Ok(())
}

async fn alerts_api_get_incident() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.alerts().get_incident("incident_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn metrics_api_get_metrics() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.metrics().get_metrics().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn licenses_api_add_license_update_entry() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.licenses().add_license_update_entry().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn licenses_api_get_named_license_updates() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.licenses().get_named_license_updates().send().await?;
    println!("{response:?}");
    Ok(())
}

async fn entitlements_api_ingest_entitled_event() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.entitlements().ingest_entitled_event().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn invoices_api_create_custom_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoices().create_custom_invoice().send().await?;
    println!("{response:?}");
    Ok(())
}

async fn invoices_api_get_invoice() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.invoices().get_invoice("invoice_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn credits_api_create_credit() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.credits().create_credit().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn credits_api_void_credit() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.credits().void_credit("credit_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn payments_api_create_payments() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.payments().create_payments().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn authentication_api_authenticate() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.authentication().authenticate().send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn add_ons_api_create_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .add_ons()
        .create_add_on(togai_client::models::CreateAddOnRequest::new(
            "name".to_string(),
            togai_client::models::AddOnType::License,
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn add_ons_api_get_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.add_ons().get_add_on("addon_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn add_ons_api_delete_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.add_ons().delete_add_on("addon_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn add_ons_api_update_add_on() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .add_ons()
        .update_add_on(
            "addon_id",
            togai_client::models::UpdateAddOnRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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

async fn feature_api_create_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .feature()
        .create_feature(togai_client::models::CreateFeatureRequest::new(
            "name".to_string(),
            Vec::new(),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn feature_api_get_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.feature().get_feature("feature_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn feature_api_update_feature() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .feature()
        .update_feature(
            "feature_id",
            togai_client::models::UpdateFeatureRequest::default(),
        )
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

async fn jobs_api_get_job_status() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().get_job_status("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn jobs_api_confirm_job() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().confirm_job("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn jobs_api_reject_job() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().reject_job("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn jobs_api_get_job_entries() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.jobs().get_job_entries("job_id").send().await?;
    println!("{response:?}");
    Ok(())
}

async fn file_storage_api_get_file() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client.file_storage().get_file("file_id").send().await?;
    println!("{response:?}");
    Ok(())
}

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

async fn event_ingestion_api_ingest() -> Result<(), togai_client::Error> {
    let client = togai_client::Client::builder()
        .bearer_token(std::env::var("BEARER_AUTH").unwrap_or_default())
        .build()?;
    let response = client
        .event_ingestion()
        .ingest(togai_client::models::IngestEventRequest::new(
            togai_client::models::Event::new(
                "schemaName".to_string(),
                togai_client::chrono::DateTime::<togai_client::chrono::Utc>::default(),
                "accountId".to_string(),
                Vec::new(),
                Default::default(),
            ),
        ))
        .send()
        .await?;
    println!("{response:?}");
    Ok(())
}

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
