//! The `AccountSchedule` model.
/// The `AccountSchedule` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountSchedule {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `version`
    pub version: i64,
    /// `deferredRevenue`
    #[serde(rename = "deferredRevenue")]
    pub deferred_revenue: bool,
    /// `pricePlanInfo`
    #[serde(rename = "pricePlanInfo")]
    pub price_plan_info: crate::models::PricePlanInfo,
    /// `accountScheduleInfo`
    #[serde(rename = "accountScheduleInfo")]
    pub account_schedule_info: crate::models::ScheduleInfo,
    /// Indicates whether the schedule is overridden. Note: A null value for this field does not imply that the schedule is not overridden.
    #[serde(rename = "isOverridden", skip_serializing_if = "Option::is_none")]
    pub is_overridden: Option<bool>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: chrono::DateTime<chrono::Utc>,
    /// `allowOngoingCycleUpdates`
    #[serde(rename = "allowOngoingCycleUpdates")]
    pub allow_ongoing_cycle_updates: bool,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AccountSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "accountId",
            "pricePlanId",
            "version",
            "deferredRevenue",
            "pricePlanInfo",
            "accountScheduleInfo",
            "isOverridden",
            "startDate",
            "endDate",
            "allowOngoingCycleUpdates",
        ];
        struct AccountScheduleVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountScheduleVisitor {
            type Value = AccountSchedule;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AccountSchedule")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AccountSchedule, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<i64> = None;
                let mut f4: Option<bool> = None;
                let mut f5: Option<crate::models::PricePlanInfo> = None;
                let mut f6: Option<crate::models::ScheduleInfo> = None;
                let mut f7: Option<Option<bool>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f10: Option<bool> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "version"),
                        4 => crate::runtime::field(&mut map, &mut f4, "deferredRevenue"),
                        5 => crate::runtime::field(&mut map, &mut f5, "pricePlanInfo"),
                        6 => crate::runtime::field(&mut map, &mut f6, "accountScheduleInfo"),
                        7 => crate::runtime::field(&mut map, &mut f7, "isOverridden"),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "startDate",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "endDate",
                            crate::runtime::datetime::Seed,
                        ),
                        10 => crate::runtime::field(&mut map, &mut f10, "allowOngoingCycleUpdates"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AccountSchedule {
                    id: crate::runtime::required(f0, "id")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                    price_plan_id: crate::runtime::required(f2, "pricePlanId")?,
                    version: crate::runtime::required(f3, "version")?,
                    deferred_revenue: crate::runtime::required(f4, "deferredRevenue")?,
                    price_plan_info: crate::runtime::required(f5, "pricePlanInfo")?,
                    account_schedule_info: crate::runtime::required(f6, "accountScheduleInfo")?,
                    is_overridden: f7.unwrap_or_default(),
                    start_date: crate::runtime::required(f8, "startDate")?,
                    end_date: crate::runtime::required(f9, "endDate")?,
                    allow_ongoing_cycle_updates: crate::runtime::required(
                        f10,
                        "allowOngoingCycleUpdates",
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("AccountSchedule", FIELDS, AccountScheduleVisitor)
    }
}
impl AccountSchedule {
    /// Creates a `AccountSchedule` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        price_plan_id: String,
        version: i64,
        deferred_revenue: bool,
        price_plan_info: crate::models::PricePlanInfo,
        account_schedule_info: crate::models::ScheduleInfo,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
        allow_ongoing_cycle_updates: bool,
    ) -> Self {
        Self {
            id,
            account_id,
            price_plan_id,
            version,
            deferred_revenue,
            price_plan_info,
            account_schedule_info,
            is_overridden: None,
            start_date,
            end_date,
            allow_ongoing_cycle_updates,
        }
    }
}
