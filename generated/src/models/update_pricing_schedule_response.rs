//! The `UpdatePricingScheduleResponse` model.
/// The `UpdatePricingScheduleResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UpdatePricingScheduleResponse {
    /// Identifier of the account
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Name of the Account
    #[serde(rename = "accountName")]
    pub account_name: String,
    /// `pricingSchedules`
    #[serde(rename = "pricingSchedules")]
    pub pricing_schedules: Vec<crate::models::PlanOverride>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdatePricingScheduleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["accountId", "accountName", "pricingSchedules"];
        struct UpdatePricingScheduleResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdatePricingScheduleResponseVisitor {
            type Value = UpdatePricingScheduleResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdatePricingScheduleResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdatePricingScheduleResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Vec<crate::models::PlanOverride>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricingSchedules"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdatePricingScheduleResponse {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    account_name: crate::runtime::required(f1, "accountName")?,
                    pricing_schedules: crate::runtime::required(f2, "pricingSchedules")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdatePricingScheduleResponse",
            FIELDS,
            UpdatePricingScheduleResponseVisitor,
        )
    }
}
impl UpdatePricingScheduleResponse {
    /// Creates a `UpdatePricingScheduleResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        account_name: String,
        pricing_schedules: Vec<crate::models::PlanOverride>,
    ) -> Self {
        Self {
            account_id,
            account_name,
            pricing_schedules,
        }
    }
}
