//! The `PurchaseListResponse` model.
/// Represents a Purchase for List Response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PurchaseListResponse {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
    /// `rateCardQuantities`
    #[serde(rename = "rateCardQuantities", skip_serializing_if = "Option::is_none")]
    pub rate_card_quantities: Option<std::collections::BTreeMap<String, f64>>,
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `purchasePlan`
    #[serde(rename = "purchasePlan", skip_serializing_if = "Option::is_none")]
    pub purchase_plan: Option<crate::models::PricePlanDetails>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `type`
    pub r#type: crate::models::PurchaseType,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PurchaseListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "pricePlanId",
            "pricePlanName",
            "quantity",
            "rateCardQuantities",
            "pricePlanVersion",
            "status",
            "idempotencyKey",
            "purchasePlan",
            "walletTopupDetails",
            "price",
            "invoiceCurrency",
            "createdAt",
            "updatedAt",
            "type",
        ];
        struct PurchaseListResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for PurchaseListResponseVisitor {
            type Value = PurchaseListResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PurchaseListResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PurchaseListResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<i32>> = None;
                let mut f4: Option<Option<std::collections::BTreeMap<String, f64>>> = None;
                let mut f5: Option<Option<i32>> = None;
                let mut f6: Option<crate::models::PurchaseStatus> = None;
                let mut f7: Option<Option<String>> = None;
                let mut f8: Option<Option<crate::models::PricePlanDetails>> = None;
                let mut f9: Option<Option<crate::models::WalletTopupDetails>> = None;
                let mut f10: Option<Option<f64>> = None;
                let mut f11: Option<Option<String>> = None;
                let mut f12: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f13: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f14: Option<crate::models::PurchaseType> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricePlanId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "quantity"),
                        4 => crate::runtime::field(&mut map, &mut f4, "rateCardQuantities"),
                        5 => crate::runtime::field(&mut map, &mut f5, "pricePlanVersion"),
                        6 => crate::runtime::field(&mut map, &mut f6, "status"),
                        7 => crate::runtime::field(&mut map, &mut f7, "idempotencyKey"),
                        8 => crate::runtime::field(&mut map, &mut f8, "purchasePlan"),
                        9 => crate::runtime::field(&mut map, &mut f9, "walletTopupDetails"),
                        10 => crate::runtime::field(&mut map, &mut f10, "price"),
                        11 => crate::runtime::field(&mut map, &mut f11, "invoiceCurrency"),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        13 => crate::runtime::field_seed(
                            &mut map,
                            &mut f13,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        14 => crate::runtime::field(&mut map, &mut f14, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PurchaseListResponse {
                    id: crate::runtime::required(f0, "id")?,
                    price_plan_id: f1.unwrap_or_default(),
                    price_plan_name: f2.unwrap_or_default(),
                    quantity: f3.unwrap_or_default(),
                    rate_card_quantities: f4.unwrap_or_default(),
                    price_plan_version: f5.unwrap_or_default(),
                    status: crate::runtime::required(f6, "status")?,
                    idempotency_key: f7.unwrap_or_default(),
                    purchase_plan: f8.unwrap_or_default(),
                    wallet_topup_details: f9.unwrap_or_default(),
                    price: f10.unwrap_or_default(),
                    invoice_currency: f11.unwrap_or_default(),
                    created_at: crate::runtime::required(f12, "createdAt")?,
                    updated_at: f13.unwrap_or_default(),
                    r#type: crate::runtime::required(f14, "type")?,
                })
            }
        }
        deserializer.deserialize_struct("PurchaseListResponse", FIELDS, PurchaseListResponseVisitor)
    }
}
impl PurchaseListResponse {
    /// Creates a `PurchaseListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::PurchaseStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        r#type: crate::models::PurchaseType,
    ) -> Self {
        Self {
            id,
            price_plan_id: None,
            price_plan_name: None,
            quantity: None,
            rate_card_quantities: None,
            price_plan_version: None,
            status,
            idempotency_key: None,
            purchase_plan: None,
            wallet_topup_details: None,
            price: None,
            invoice_currency: None,
            created_at,
            updated_at: None,
            r#type,
        }
    }
}
