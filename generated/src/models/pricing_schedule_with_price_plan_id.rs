//! The `PricingScheduleWithPricePlanId` model.
/// The `PricingScheduleWithPricePlanId` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricingScheduleWithPricePlanId {
    /// `id`
    pub id: String,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails", skip_serializing_if = "Option::is_none")]
    pub price_plan_details: Option<crate::models::PricePlanDetails>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: chrono::DateTime<chrono::Utc>,
    /// `version`
    pub version: i32,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
    /// `isOverriden`
    #[serde(rename = "isOverriden")]
    pub is_overriden: bool,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `pricePlanInfo`
    #[serde(rename = "pricePlanInfo", skip_serializing_if = "Option::is_none")]
    pub price_plan_info: Option<crate::models::PricePlanInfo>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricingScheduleWithPricePlanId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "pricePlanDetails",
            "startDate",
            "endDate",
            "version",
            "pricingRules",
            "isOverriden",
            "pricePlanId",
            "pricePlanName",
            "pricePlanInfo",
        ];
        struct PricingScheduleWithPricePlanIdVisitor;
        impl<'de> serde::de::Visitor<'de> for PricingScheduleWithPricePlanIdVisitor {
            type Value = PricingScheduleWithPricePlanId;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricingScheduleWithPricePlanId")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricingScheduleWithPricePlanId, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<crate::models::PricePlanDetails>> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f4: Option<i32> = None;
                let mut f5: Option<Option<Vec<crate::models::PricingRule>>> = None;
                let mut f6: Option<bool> = None;
                let mut f7: Option<String> = None;
                let mut f8: Option<Option<String>> = None;
                let mut f9: Option<Option<crate::models::PricePlanInfo>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricePlanDetails"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "startDate",
                            crate::runtime::datetime::Seed,
                        ),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "endDate",
                            crate::runtime::datetime::Seed,
                        ),
                        4 => crate::runtime::field(&mut map, &mut f4, "version"),
                        5 => crate::runtime::field(&mut map, &mut f5, "pricingRules"),
                        6 => crate::runtime::field(&mut map, &mut f6, "isOverriden"),
                        7 => crate::runtime::field(&mut map, &mut f7, "pricePlanId"),
                        8 => crate::runtime::field(&mut map, &mut f8, "pricePlanName"),
                        9 => crate::runtime::field(&mut map, &mut f9, "pricePlanInfo"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricingScheduleWithPricePlanId {
                    id: crate::runtime::required(f0, "id")?,
                    price_plan_details: f1.unwrap_or_default(),
                    start_date: crate::runtime::required(f2, "startDate")?,
                    end_date: crate::runtime::required(f3, "endDate")?,
                    version: crate::runtime::required(f4, "version")?,
                    pricing_rules: f5.unwrap_or_default(),
                    is_overriden: crate::runtime::required(f6, "isOverriden")?,
                    price_plan_id: crate::runtime::required(f7, "pricePlanId")?,
                    price_plan_name: f8.unwrap_or_default(),
                    price_plan_info: f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "PricingScheduleWithPricePlanId",
            FIELDS,
            PricingScheduleWithPricePlanIdVisitor,
        )
    }
}
impl PricingScheduleWithPricePlanId {
    /// Creates a `PricingScheduleWithPricePlanId` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
        version: i32,
        is_overriden: bool,
        price_plan_id: String,
    ) -> Self {
        Self {
            id,
            price_plan_details: None,
            start_date,
            end_date,
            version,
            pricing_rules: None,
            is_overriden,
            price_plan_id,
            price_plan_name: None,
            price_plan_info: None,
        }
    }
}
