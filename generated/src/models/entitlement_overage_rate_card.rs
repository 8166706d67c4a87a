//! The `EntitlementOverageRateCard` model.
/// The `EntitlementOverageRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EntitlementOverageRateCard {
    /// Unique Identifier of the attached Feature
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Name to be displayed during invoice
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group rate cards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Maximum quantity allowed for the feature, if not specified, unlimited quantity is allowed
    #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<f64>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `billingConfig`
    #[serde(rename = "billingConfig", skip_serializing_if = "Option::is_none")]
    pub billing_config: Option<crate::models::BillingConfig>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EntitlementOverageRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "featureId",
            "displayName",
            "name",
            "tag",
            "maxQuantity",
            "ratePlan",
            "rateValues",
            "billingConfig",
        ];
        struct EntitlementOverageRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for EntitlementOverageRateCardVisitor {
            type Value = EntitlementOverageRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EntitlementOverageRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EntitlementOverageRateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<f64>> = None;
                let mut f5: Option<crate::models::RatePlan> = None;
                let mut f6: Option<Vec<crate::models::RateValue>> = None;
                let mut f7: Option<Option<crate::models::BillingConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "displayName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "tag"),
                        4 => crate::runtime::field(&mut map, &mut f4, "maxQuantity"),
                        5 => crate::runtime::field(&mut map, &mut f5, "ratePlan"),
                        6 => crate::runtime::field(&mut map, &mut f6, "rateValues"),
                        7 => crate::runtime::field(&mut map, &mut f7, "billingConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EntitlementOverageRateCard {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    display_name: f1.unwrap_or_default(),
                    name: f2.unwrap_or_default(),
                    tag: f3.unwrap_or_default(),
                    max_quantity: f4.unwrap_or_default(),
                    rate_plan: crate::runtime::required(f5, "ratePlan")?,
                    rate_values: crate::runtime::required(f6, "rateValues")?,
                    billing_config: f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EntitlementOverageRateCard",
            FIELDS,
            EntitlementOverageRateCardVisitor,
        )
    }
}
impl EntitlementOverageRateCard {
    /// Creates a `EntitlementOverageRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        feature_id: String,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            feature_id,
            display_name: None,
            name: None,
            tag: None,
            max_quantity: None,
            rate_plan,
            rate_values,
            billing_config: None,
        }
    }
}
