//! The `LicenseRateCard` model.
/// The `LicenseRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::AddOnType>,
    /// Name of the attached AddOn
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group licenseRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `usageCycle`
    #[serde(rename = "usageCycle", skip_serializing_if = "Option::is_none")]
    pub usage_cycle: Option<crate::models::UsageCycleInterval>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `config`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::models::LicenseRateCardConfig>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `proratedRefundMode`
    #[serde(rename = "proratedRefundMode", skip_serializing_if = "Option::is_none")]
    pub prorated_refund_mode: Option<crate::models::ProratedRefundMode>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "type",
            "displayName",
            "name",
            "tag",
            "invoiceTiming",
            "usageCycle",
            "enableProration",
            "config",
            "ratePlan",
            "rateValues",
            "proratedRefundMode",
        ];
        struct LicenseRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseRateCardVisitor {
            type Value = LicenseRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseRateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<crate::models::AddOnType>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<crate::models::InvoiceTiming>> = None;
                let mut f6: Option<Option<crate::models::UsageCycleInterval>> = None;
                let mut f7: Option<bool> = None;
                let mut f8: Option<Option<crate::models::LicenseRateCardConfig>> = None;
                let mut f9: Option<crate::models::RatePlan> = None;
                let mut f10: Option<Vec<crate::models::RateValue>> = None;
                let mut f11: Option<Option<crate::models::ProratedRefundMode>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "displayName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "name"),
                        4 => crate::runtime::field(&mut map, &mut f4, "tag"),
                        5 => crate::runtime::field(&mut map, &mut f5, "invoiceTiming"),
                        6 => crate::runtime::field(&mut map, &mut f6, "usageCycle"),
                        7 => crate::runtime::field(&mut map, &mut f7, "enableProration"),
                        8 => crate::runtime::field(&mut map, &mut f8, "config"),
                        9 => crate::runtime::field(&mut map, &mut f9, "ratePlan"),
                        10 => crate::runtime::field(&mut map, &mut f10, "rateValues"),
                        11 => crate::runtime::field(&mut map, &mut f11, "proratedRefundMode"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseRateCard {
                    id: crate::runtime::required(f0, "id")?,
                    r#type: f1.unwrap_or_default(),
                    display_name: f2.unwrap_or_default(),
                    name: f3.unwrap_or_default(),
                    tag: f4.unwrap_or_default(),
                    invoice_timing: f5.unwrap_or_default(),
                    usage_cycle: f6.unwrap_or_default(),
                    enable_proration: crate::runtime::required(f7, "enableProration")?,
                    config: f8.unwrap_or_default(),
                    rate_plan: crate::runtime::required(f9, "ratePlan")?,
                    rate_values: crate::runtime::required(f10, "rateValues")?,
                    prorated_refund_mode: f11.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("LicenseRateCard", FIELDS, LicenseRateCardVisitor)
    }
}
impl LicenseRateCard {
    /// Creates a `LicenseRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        enable_proration: bool,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            id,
            r#type: None,
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            usage_cycle: None,
            enable_proration,
            config: None,
            rate_plan,
            rate_values,
            prorated_refund_mode: None,
        }
    }
}
