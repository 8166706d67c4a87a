//! The `CreatePricePlanRequest` model.
/// Request to create a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreatePricePlanRequest {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PricePlanType>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::CreatePricePlanDetails,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::CreatePricingRule>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricePlanRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "type",
            "pricePlanDetails",
            "pricingRules",
        ];
        struct CreatePricePlanRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricePlanRequestVisitor {
            type Value = CreatePricePlanRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricePlanRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricePlanRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::PricePlanType>> = None;
                let mut f3: Option<crate::models::CreatePricePlanDetails> = None;
                let mut f4: Option<Option<Vec<crate::models::CreatePricingRule>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "type"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanDetails"),
                        4 => crate::runtime::field(&mut map, &mut f4, "pricingRules"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricePlanRequest {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                    r#type: f2.unwrap_or_default(),
                    price_plan_details: crate::runtime::required(f3, "pricePlanDetails")?,
                    pricing_rules: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePricePlanRequest",
            FIELDS,
            CreatePricePlanRequestVisitor,
        )
    }
}
impl CreatePricePlanRequest {
    /// Creates a `CreatePricePlanRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, price_plan_details: crate::models::CreatePricePlanDetails) -> Self {
        Self {
            name,
            description: None,
            r#type: None,
            price_plan_details,
            pricing_rules: None,
        }
    }
}
