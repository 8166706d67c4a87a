//! The `CreatePurchaseRequest` model.
/// Create a purchase for an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct CreatePurchaseRequest {
    /// Id of the price plan, Required for ENTITLEMENT_GRANT, ASSOCIATION purchase
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i32>,
    /// `rateCardQuantities`
    #[serde(rename = "rateCardQuantities", skip_serializing_if = "Option::is_none")]
    pub rate_card_quantities: Option<std::collections::BTreeMap<String, f64>>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PurchasePlanOverride>,
    /// `associationOverride`
    #[serde(
        rename = "associationOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub association_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::NaiveDate>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::NaiveDate>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::PurchaseType>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePurchaseRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "pricePlanId",
            "quantity",
            "rateCardQuantities",
            "idempotencyKey",
            "purchasePlanOverride",
            "associationOverride",
            "walletTopupDetails",
            "effectiveFrom",
            "effectiveUntil",
            "expiryDate",
            "type",
        ];
        struct CreatePurchaseRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePurchaseRequestVisitor {
            type Value = CreatePurchaseRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePurchaseRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePurchaseRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<i32>> = None;
                let mut f2: Option<Option<std::collections::BTreeMap<String, f64>>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<crate::models::PurchasePlanOverride>> = None;
                let mut f5: Option<Option<crate::models::CreatePricePlanDetailsOverride>> = None;
                let mut f6: Option<Option<crate::models::WalletTopupDetails>> = None;
                let mut f7: Option<Option<chrono::NaiveDate>> = None;
                let mut f8: Option<Option<chrono::NaiveDate>> = None;
                let mut f9: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f10: Option<Option<crate::models::PurchaseType>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricePlanId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "quantity"),
                        2 => crate::runtime::field(&mut map, &mut f2, "rateCardQuantities"),
                        3 => crate::runtime::field(&mut map, &mut f3, "idempotencyKey"),
                        4 => crate::runtime::field(&mut map, &mut f4, "purchasePlanOverride"),
                        5 => crate::runtime::field(&mut map, &mut f5, "associationOverride"),
                        6 => crate::runtime::field(&mut map, &mut f6, "walletTopupDetails"),
                        7 => crate::runtime::field(&mut map, &mut f7, "effectiveFrom"),
                        8 => crate::runtime::field(&mut map, &mut f8, "effectiveUntil"),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "expiryDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        10 => crate::runtime::field(&mut map, &mut f10, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePurchaseRequest {
                    price_plan_id: f0.unwrap_or_default(),
                    quantity: f1.unwrap_or_default(),
                    rate_card_quantities: f2.unwrap_or_default(),
                    idempotency_key: f3.unwrap_or_default(),
                    purchase_plan_override: f4.unwrap_or_default(),
                    association_override: f5.unwrap_or_default(),
                    wallet_topup_details: f6.unwrap_or_default(),
                    effective_from: f7.unwrap_or_default(),
                    effective_until: f8.unwrap_or_default(),
                    expiry_date: f9.unwrap_or_default(),
                    r#type: f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePurchaseRequest",
            FIELDS,
            CreatePurchaseRequestVisitor,
        )
    }
}
