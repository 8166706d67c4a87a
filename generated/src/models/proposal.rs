//! The `Proposal` model and the types inlined in it.
/// The `Proposal` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Proposal {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
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
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `purchasePlanOverride`
    #[serde(
        rename = "purchasePlanOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_plan_override: Option<crate::models::PricePlanDetailsOverride>,
    /// `associationOverride`
    #[serde(
        rename = "associationOverride",
        skip_serializing_if = "Option::is_none"
    )]
    pub association_override: Option<crate::models::CreatePricePlanDetailsOverride>,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::NaiveDate>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::NaiveDate>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `invoiceId`
    #[serde(rename = "invoiceId", skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `type`
    pub r#type: crate::models::PurchaseType,
    /// `comment`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::ProposalPaymentMode,
    /// `proposalResponseDate`
    #[serde(
        rename = "proposalResponseDate",
        skip_serializing_if = "Option::is_none"
    )]
    pub proposal_response_date: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Proposal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "accountId",
            "pricePlanId",
            "quantity",
            "rateCardQuantities",
            "idempotencyKey",
            "pricePlanVersion",
            "purchasePlanOverride",
            "associationOverride",
            "walletTopupDetails",
            "createdAt",
            "updatedAt",
            "effectiveFrom",
            "effectiveUntil",
            "expiryDate",
            "price",
            "invoiceId",
            "invoiceCurrency",
            "status",
            "type",
            "comment",
            "paymentMode",
            "proposalResponseDate",
        ];
        struct ProposalVisitor;
        impl<'de> serde::de::Visitor<'de> for ProposalVisitor {
            type Value = Proposal;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Proposal")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Proposal, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<i32>> = None;
                let mut f4: Option<Option<std::collections::BTreeMap<String, f64>>> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<Option<i32>> = None;
                let mut f7: Option<Option<crate::models::PricePlanDetailsOverride>> = None;
                let mut f8: Option<Option<crate::models::CreatePricePlanDetailsOverride>> = None;
                let mut f9: Option<Option<crate::models::WalletTopupDetails>> = None;
                let mut f10: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f11: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f12: Option<Option<chrono::NaiveDate>> = None;
                let mut f13: Option<Option<chrono::NaiveDate>> = None;
                let mut f14: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f15: Option<Option<f64>> = None;
                let mut f16: Option<Option<String>> = None;
                let mut f17: Option<Option<String>> = None;
                let mut f18: Option<crate::models::PurchaseStatus> = None;
                let mut f19: Option<crate::models::PurchaseType> = None;
                let mut f20: Option<Option<String>> = None;
                let mut f21: Option<crate::models::ProposalPaymentMode> = None;
                let mut f22: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "quantity"),
                        4 => crate::runtime::field(&mut map, &mut f4, "rateCardQuantities"),
                        5 => crate::runtime::field(&mut map, &mut f5, "idempotencyKey"),
                        6 => crate::runtime::field(&mut map, &mut f6, "pricePlanVersion"),
                        7 => crate::runtime::field(&mut map, &mut f7, "purchasePlanOverride"),
                        8 => crate::runtime::field(&mut map, &mut f8, "associationOverride"),
                        9 => crate::runtime::field(&mut map, &mut f9, "walletTopupDetails"),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        12 => crate::runtime::field(&mut map, &mut f12, "effectiveFrom"),
                        13 => crate::runtime::field(&mut map, &mut f13, "effectiveUntil"),
                        14 => crate::runtime::field_seed(
                            &mut map,
                            &mut f14,
                            "expiryDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        15 => crate::runtime::field(&mut map, &mut f15, "price"),
                        16 => crate::runtime::field(&mut map, &mut f16, "invoiceId"),
                        17 => crate::runtime::field(&mut map, &mut f17, "invoiceCurrency"),
                        18 => crate::runtime::field(&mut map, &mut f18, "status"),
                        19 => crate::runtime::field(&mut map, &mut f19, "type"),
                        20 => crate::runtime::field(&mut map, &mut f20, "comment"),
                        21 => crate::runtime::field(&mut map, &mut f21, "paymentMode"),
                        22 => crate::runtime::field_seed(
                            &mut map,
                            &mut f22,
                            "proposalResponseDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Proposal {
                    id: crate::runtime::required(f0, "id")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                    price_plan_id: f2.unwrap_or_default(),
                    quantity: f3.unwrap_or_default(),
                    rate_card_quantities: f4.unwrap_or_default(),
                    idempotency_key: f5.unwrap_or_default(),
                    price_plan_version: f6.unwrap_or_default(),
                    purchase_plan_override: f7.unwrap_or_default(),
                    association_override: f8.unwrap_or_default(),
                    wallet_topup_details: f9.unwrap_or_default(),
                    created_at: crate::runtime::required(f10, "createdAt")?,
                    updated_at: f11.unwrap_or_default(),
                    effective_from: f12.unwrap_or_default(),
                    effective_until: f13.unwrap_or_default(),
                    expiry_date: f14.unwrap_or_default(),
                    price: f15.unwrap_or_default(),
                    invoice_id: f16.unwrap_or_default(),
                    invoice_currency: f17.unwrap_or_default(),
                    status: crate::runtime::required(f18, "status")?,
                    r#type: crate::runtime::required(f19, "type")?,
                    comment: f20.unwrap_or_default(),
                    payment_mode: crate::runtime::required(f21, "paymentMode")?,
                    proposal_response_date: f22.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Proposal", FIELDS, ProposalVisitor)
    }
}
impl Proposal {
    /// Creates a `Proposal` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        created_at: chrono::DateTime<chrono::Utc>,
        status: crate::models::PurchaseStatus,
        r#type: crate::models::PurchaseType,
        payment_mode: crate::models::ProposalPaymentMode,
    ) -> Self {
        Self {
            id,
            account_id,
            price_plan_id: None,
            quantity: None,
            rate_card_quantities: None,
            idempotency_key: None,
            price_plan_version: None,
            purchase_plan_override: None,
            association_override: None,
            wallet_topup_details: None,
            created_at,
            updated_at: None,
            effective_from: None,
            effective_until: None,
            expiry_date: None,
            price: None,
            invoice_id: None,
            invoice_currency: None,
            status,
            r#type,
            comment: None,
            payment_mode,
            proposal_response_date: None,
        }
    }
}
/// The `ProposalPaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProposalPaymentMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProposalPaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl ProposalPaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProposalPaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for ProposalPaymentMode {
    fn as_str(&self) -> &str {
        ProposalPaymentMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for ProposalPaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProposalPaymentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ProposalPaymentMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
