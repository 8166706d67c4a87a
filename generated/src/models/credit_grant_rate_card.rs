//! The `CreditGrantRateCard` model.
/// Credit grant rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditGrantRateCard {
    /// `id`
    pub id: String,
    /// `displayName`
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group creditGrantRateCard
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `grantDetails`
    #[serde(rename = "grantDetails")]
    pub grant_details: crate::models::GrantDetails,
    /// `rateDetails`
    #[serde(rename = "rateDetails")]
    pub rate_details: crate::models::CreditRateDetails,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::CreditGrantType>,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditGrantRateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "displayName",
            "name",
            "tag",
            "grantDetails",
            "rateDetails",
            "invoiceTiming",
            "type",
            "recurrenceConfig",
        ];
        struct CreditGrantRateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditGrantRateCardVisitor {
            type Value = CreditGrantRateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditGrantRateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditGrantRateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<crate::models::GrantDetails> = None;
                let mut f5: Option<crate::models::CreditRateDetails> = None;
                let mut f6: Option<Option<crate::models::InvoiceTiming>> = None;
                let mut f7: Option<Option<crate::models::CreditGrantType>> = None;
                let mut f8: Option<Option<crate::models::RecurrenceConfig>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "displayName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "tag"),
                        4 => crate::runtime::field(&mut map, &mut f4, "grantDetails"),
                        5 => crate::runtime::field(&mut map, &mut f5, "rateDetails"),
                        6 => crate::runtime::field(&mut map, &mut f6, "invoiceTiming"),
                        7 => crate::runtime::field(&mut map, &mut f7, "type"),
                        8 => crate::runtime::field(&mut map, &mut f8, "recurrenceConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditGrantRateCard {
                    id: crate::runtime::required(f0, "id")?,
                    display_name: f1.unwrap_or_default(),
                    name: f2.unwrap_or_default(),
                    tag: f3.unwrap_or_default(),
                    grant_details: crate::runtime::required(f4, "grantDetails")?,
                    rate_details: crate::runtime::required(f5, "rateDetails")?,
                    invoice_timing: f6.unwrap_or_default(),
                    r#type: f7.unwrap_or_default(),
                    recurrence_config: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CreditGrantRateCard", FIELDS, CreditGrantRateCardVisitor)
    }
}
impl CreditGrantRateCard {
    /// Creates a `CreditGrantRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        grant_details: crate::models::GrantDetails,
        rate_details: crate::models::CreditRateDetails,
    ) -> Self {
        Self {
            id,
            display_name: None,
            name: None,
            tag: None,
            grant_details,
            rate_details,
            invoice_timing: None,
            r#type: None,
            recurrence_config: None,
        }
    }
}
