//! The `RateCard` model.
/// The `RateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RateCard {
    /// Billable identifier
    #[serde(rename = "billableId")]
    pub billable_id: String,
    /// `type`
    pub r#type: crate::models::RateCardType,
    /// Display name of the rate card
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// `rateCardDetails`
    #[serde(rename = "rateCardDetails")]
    pub rate_card_details: crate::models::RateCardDetails,
    /// Tag for rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `name`
    pub name: String,
    /// `referenceId`
    #[serde(rename = "referenceId")]
    pub reference_id: String,
    /// `referenceType`
    #[serde(rename = "referenceType")]
    pub reference_type: String,
    /// List of currencies supported by the rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currencies: Option<Vec<String>>,
    /// Price plan identifier
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// Account identifier
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RateCard {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "billableId",
            "type",
            "displayName",
            "invoiceTiming",
            "rateCardDetails",
            "tag",
            "name",
            "referenceId",
            "referenceType",
            "currencies",
            "pricePlanId",
            "accountId",
        ];
        struct RateCardVisitor;
        impl<'de> serde::de::Visitor<'de> for RateCardVisitor {
            type Value = RateCard;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RateCard")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RateCard, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::RateCardType> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<crate::models::InvoiceTiming> = None;
                let mut f4: Option<crate::models::RateCardDetails> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<String> = None;
                let mut f7: Option<String> = None;
                let mut f8: Option<String> = None;
                let mut f9: Option<Option<Vec<String>>> = None;
                let mut f10: Option<String> = None;
                let mut f11: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "billableId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field(&mut map, &mut f2, "displayName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceTiming"),
                        4 => crate::runtime::field(&mut map, &mut f4, "rateCardDetails"),
                        5 => crate::runtime::field(&mut map, &mut f5, "tag"),
                        6 => crate::runtime::field(&mut map, &mut f6, "name"),
                        7 => crate::runtime::field(&mut map, &mut f7, "referenceId"),
                        8 => crate::runtime::field(&mut map, &mut f8, "referenceType"),
                        9 => crate::runtime::field(&mut map, &mut f9, "currencies"),
                        10 => crate::runtime::field(&mut map, &mut f10, "pricePlanId"),
                        11 => crate::runtime::field(&mut map, &mut f11, "accountId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RateCard {
                    billable_id: crate::runtime::required(f0, "billableId")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    display_name: crate::runtime::required(f2, "displayName")?,
                    invoice_timing: crate::runtime::required(f3, "invoiceTiming")?,
                    rate_card_details: crate::runtime::required(f4, "rateCardDetails")?,
                    tag: f5.unwrap_or_default(),
                    name: crate::runtime::required(f6, "name")?,
                    reference_id: crate::runtime::required(f7, "referenceId")?,
                    reference_type: crate::runtime::required(f8, "referenceType")?,
                    currencies: f9.unwrap_or_default(),
                    price_plan_id: crate::runtime::required(f10, "pricePlanId")?,
                    account_id: f11.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RateCard", FIELDS, RateCardVisitor)
    }
}
impl RateCard {
    /// Creates a `RateCard` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        billable_id: String,
        r#type: crate::models::RateCardType,
        display_name: String,
        invoice_timing: crate::models::InvoiceTiming,
        rate_card_details: crate::models::RateCardDetails,
        name: String,
        reference_id: String,
        reference_type: String,
        price_plan_id: String,
    ) -> Self {
        Self {
            billable_id,
            r#type,
            display_name,
            invoice_timing,
            rate_card_details,
            tag: None,
            name,
            reference_id,
            reference_type,
            currencies: None,
            price_plan_id,
            account_id: None,
        }
    }
}
