//! The `CreateProposalRequest` model and the types inlined in it.
/// The `CreateProposalRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateProposalRequest {
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
    pub r#type: crate::models::PurchaseType,
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::CreateProposalRequestPaymentMode,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateProposalRequest {
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
            "paymentMode",
        ];
        struct CreateProposalRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateProposalRequestVisitor {
            type Value = CreateProposalRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateProposalRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateProposalRequest, A::Error> {
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
                let mut f10: Option<crate::models::PurchaseType> = None;
                let mut f11: Option<crate::models::CreateProposalRequestPaymentMode> = None;
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
                        11 => crate::runtime::field(&mut map, &mut f11, "paymentMode"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateProposalRequest {
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
                    r#type: crate::runtime::required(f10, "type")?,
                    payment_mode: crate::runtime::required(f11, "paymentMode")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateProposalRequest",
            FIELDS,
            CreateProposalRequestVisitor,
        )
    }
}
impl CreateProposalRequest {
    /// Creates a `CreateProposalRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        r#type: crate::models::PurchaseType,
        payment_mode: crate::models::CreateProposalRequestPaymentMode,
    ) -> Self {
        Self {
            price_plan_id: None,
            quantity: None,
            rate_card_quantities: None,
            idempotency_key: None,
            purchase_plan_override: None,
            association_override: None,
            wallet_topup_details: None,
            effective_from: None,
            effective_until: None,
            expiry_date: None,
            r#type,
            payment_mode,
        }
    }
}
/// The `CreateProposalRequestPaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreateProposalRequestPaymentMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateProposalRequestPaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CreateProposalRequestPaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateProposalRequestPaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CreateProposalRequestPaymentMode {
    fn as_str(&self) -> &str {
        CreateProposalRequestPaymentMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CreateProposalRequestPaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CreateProposalRequestPaymentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreateProposalRequestPaymentMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
