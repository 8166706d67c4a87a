//! The `RateCardData` model.
/// Request to create a rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RateCardData {
    /// Billable identifier
    #[serde(rename = "billableId")]
    pub billable_id: String,
    /// `type`
    pub r#type: crate::models::RateCardType,
    /// Display name of the rate card
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// `rateCardDetails`
    #[serde(rename = "rateCardDetails")]
    pub rate_card_details: crate::models::RateCardDetails,
    /// Tag for rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RateCardData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "billableId",
            "type",
            "displayName",
            "invoiceTiming",
            "rateCardDetails",
            "tag",
        ];
        struct RateCardDataVisitor;
        impl<'de> serde::de::Visitor<'de> for RateCardDataVisitor {
            type Value = RateCardData;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RateCardData")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RateCardData, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::RateCardType> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<crate::models::InvoiceTiming> = None;
                let mut f4: Option<crate::models::RateCardDetails> = None;
                let mut f5: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "billableId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "displayName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceTiming"),
                        4 => crate::runtime::field(&mut map, &mut f4, "rateCardDetails"),
                        5 => crate::runtime::field(&mut map, &mut f5, "tag"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RateCardData {
                    billable_id: crate::runtime::required(f0, "billableId")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    display_name: f2.unwrap_or_default(),
                    invoice_timing: crate::runtime::required(f3, "invoiceTiming")?,
                    rate_card_details: crate::runtime::required(f4, "rateCardDetails")?,
                    tag: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RateCardData", FIELDS, RateCardDataVisitor)
    }
}
impl RateCardData {
    /// Creates a `RateCardData` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        billable_id: String,
        r#type: crate::models::RateCardType,
        invoice_timing: crate::models::InvoiceTiming,
        rate_card_details: crate::models::RateCardDetails,
    ) -> Self {
        Self {
            billable_id,
            r#type,
            display_name: None,
            invoice_timing,
            rate_card_details,
            tag: None,
        }
    }
}
