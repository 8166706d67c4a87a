//! The `PlanOverride` model.
/// Represents effectiveness period and config of a price plan. i.e, price plan bound by time.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlanOverride {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName")]
    pub price_plan_name: String,
    /// `pricePlanDetailsOverride`
    #[serde(
        rename = "pricePlanDetailsOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_details_override: Option<crate::models::PricePlanDetailsOverride>,
    /// `pricingRulesOverride`
    #[serde(
        rename = "pricingRulesOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub pricing_rules_override: Option<Vec<crate::models::PricingRule>>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PlanOverride {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "pricePlanId",
            "pricePlanName",
            "pricePlanDetailsOverride",
            "pricingRulesOverride",
            "startDate",
            "endDate",
        ];
        struct PlanOverrideVisitor;
        impl<'de> serde::de::Visitor<'de> for PlanOverrideVisitor {
            type Value = PlanOverride;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PlanOverride")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PlanOverride, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<Option<crate::models::PricePlanDetailsOverride>> = None;
                let mut f4: Option<Option<Vec<crate::models::PricingRule>>> = None;
                let mut f5: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f6: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricePlanId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanDetailsOverride"),
                        4 => crate::runtime::field(&mut map, &mut f4, "pricingRulesOverride"),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "startDate",
                            crate::runtime::datetime::Seed,
                        ),
                        6 => crate::runtime::field_seed(
                            &mut map,
                            &mut f6,
                            "endDate",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PlanOverride {
                    id: crate::runtime::required(f0, "id")?,
                    price_plan_id: crate::runtime::required(f1, "pricePlanId")?,
                    price_plan_name: crate::runtime::required(f2, "pricePlanName")?,
                    price_plan_details_override: f3.unwrap_or_default(),
                    pricing_rules_override: f4.unwrap_or_default(),
                    start_date: crate::runtime::required(f5, "startDate")?,
                    end_date: crate::runtime::required(f6, "endDate")?,
                })
            }
        }
        deserializer.deserialize_struct("PlanOverride", FIELDS, PlanOverrideVisitor)
    }
}
impl PlanOverride {
    /// Creates a `PlanOverride` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        price_plan_id: String,
        price_plan_name: String,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            price_plan_id,
            price_plan_name,
            price_plan_details_override: None,
            pricing_rules_override: None,
            start_date,
            end_date,
        }
    }
}
