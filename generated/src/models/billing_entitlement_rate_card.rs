//! The `BillingEntitlementRateCard` model.
/// Billing Entitlement rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BillingEntitlementRateCard {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `featureConfigs`
    #[serde(rename = "featureConfigs")]
    pub feature_configs: Vec<crate::models::FeatureConfig>,
    /// A tag string to group rate cards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// Name your rate card, this will be used in invoice
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BillingEntitlementRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "featureId",
            "featureConfigs",
            "tag",
            "invoiceTiming",
            "displayName",
            "name",
            "ratePlan",
            "rateValues",
            "recurrenceConfig",
        ];
        struct BillingEntitlementRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for BillingEntitlementRateCardVisitor {
            type Value = BillingEntitlementRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BillingEntitlementRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BillingEntitlementRateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Vec<crate::models::FeatureConfig>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<crate::models::InvoiceTiming> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<crate::models::RatePlan> = None;
                let mut f7: Option<Vec<crate::models::RateValue>> = None;
                let mut f8: Option<Option<crate::models::RecurrenceConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "featureConfigs"),
                        2 => crate::runtime::field(&mut map, &mut f2, "tag"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceTiming"),
                        4 => crate::runtime::field(&mut map, &mut f4, "displayName"),
                        5 => crate::runtime::field(&mut map, &mut f5, "name"),
                        6 => crate::runtime::field(&mut map, &mut f6, "ratePlan"),
                        7 => crate::runtime::field(&mut map, &mut f7, "rateValues"),
                        8 => crate::runtime::field(&mut map, &mut f8, "recurrenceConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BillingEntitlementRateCard {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    feature_configs: crate::runtime::required(f1, "featureConfigs")?,
                    tag: f2.unwrap_or_default(),
                    invoice_timing: crate::runtime::required(f3, "invoiceTiming")?,
                    display_name: f4.unwrap_or_default(),
                    name: f5.unwrap_or_default(),
                    rate_plan: crate::runtime::required(f6, "ratePlan")?,
                    rate_values: crate::runtime::required(f7, "rateValues")?,
                    recurrence_config: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "BillingEntitlementRateCard",
            FIELDS,
            BillingEntitlementRateCardVisitor,
        )
    }
}
impl BillingEntitlementRateCard {
    /// Creates a `BillingEntitlementRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        feature_id: String,
        feature_configs: Vec<crate::models::FeatureConfig>,
        invoice_timing: crate::models::InvoiceTiming,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            feature_id,
            feature_configs,
            tag: None,
            invoice_timing,
            display_name: None,
            name: None,
            rate_plan,
            rate_values,
            recurrence_config: None,
        }
    }
}
