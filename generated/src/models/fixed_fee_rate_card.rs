//! The `FixedFeeRateCard` model.
/// The `FixedFeeRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FixedFeeRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
    /// Name of the attached AddOn
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group fixedFeeRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::FixedFeeType>,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FixedFeeRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "displayName",
            "name",
            "tag",
            "invoiceTiming",
            "type",
            "rateValues",
            "enableProration",
            "recurrenceConfig",
        ];
        struct FixedFeeRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for FixedFeeRateCardVisitor {
            type Value = FixedFeeRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FixedFeeRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FixedFeeRateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<crate::models::InvoiceTiming>> = None;
                let mut f5: Option<Option<crate::models::FixedFeeType>> = None;
                let mut f6: Option<Vec<crate::models::CurrencyRateValue>> = None;
                let mut f7: Option<bool> = None;
                let mut f8: Option<Option<crate::models::RecurrenceConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "displayName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "tag"),
                        4 => crate::runtime::field(&mut map, &mut f4, "invoiceTiming"),
                        5 => crate::runtime::field(&mut map, &mut f5, "type"),
                        6 => crate::runtime::field(&mut map, &mut f6, "rateValues"),
                        7 => crate::runtime::field(&mut map, &mut f7, "enableProration"),
                        8 => crate::runtime::field(&mut map, &mut f8, "recurrenceConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FixedFeeRateCard {
                    id: crate::runtime::required(f0, "id")?,
                    display_name: f1.unwrap_or_default(),
                    name: f2.unwrap_or_default(),
                    tag: f3.unwrap_or_default(),
                    invoice_timing: f4.unwrap_or_default(),
                    r#type: f5.unwrap_or_default(),
                    rate_values: crate::runtime::required(f6, "rateValues")?,
                    enable_proration: crate::runtime::required(f7, "enableProration")?,
                    recurrence_config: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("FixedFeeRateCard", FIELDS, FixedFeeRateCardVisitor)
    }
}
impl FixedFeeRateCard {
    /// Creates a `FixedFeeRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        rate_values: Vec<crate::models::CurrencyRateValue>,
        enable_proration: bool,
    ) -> Self {
        Self {
            id,
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            r#type: None,
            rate_values,
            enable_proration,
            recurrence_config: None,
        }
    }
}
