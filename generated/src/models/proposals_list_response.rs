//! The `ProposalsListResponse` model and the types inlined in it.
/// Represents a Proposal for List Response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProposalsListResponse {
    /// `id`
    pub id: String,
    /// `pricePlanId`
    #[serde(rename = "pricePlanId", skip_serializing_if = "Option::is_none")]
    pub price_plan_id: Option<String>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `pricePlanVersion`
    #[serde(rename = "pricePlanVersion", skip_serializing_if = "Option::is_none")]
    pub price_plan_version: Option<i32>,
    /// `status`
    pub status: crate::models::PurchaseStatus,
    /// `walletTopupDetails`
    #[serde(rename = "walletTopupDetails", skip_serializing_if = "Option::is_none")]
    pub wallet_topup_details: Option<crate::models::WalletTopupDetails>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `expiryDate`
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `paymentMode`
    #[serde(rename = "paymentMode")]
    pub payment_mode: crate::models::ProposalsListResponsePaymentMode,
    /// `type`
    pub r#type: crate::models::PurchaseType,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ProposalsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "pricePlanId",
            "pricePlanName",
            "pricePlanVersion",
            "status",
            "walletTopupDetails",
            "idempotencyKey",
            "createdAt",
            "updatedAt",
            "expiryDate",
            "paymentMode",
            "type",
        ];
        struct ProposalsListResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for ProposalsListResponseVisitor {
            type Value = ProposalsListResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ProposalsListResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ProposalsListResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<i32>> = None;
                let mut f4: Option<crate::models::PurchaseStatus> = None;
                let mut f5: Option<Option<crate::models::WalletTopupDetails>> = None;
                let mut f6: Option<Option<String>> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f10: Option<crate::models::ProposalsListResponsePaymentMode> = None;
                let mut f11: Option<crate::models::PurchaseType> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "pricePlanId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "pricePlanName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricePlanVersion"),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "walletTopupDetails"),
                        6 => crate::runtime::field(&mut map, &mut f6, "idempotencyKey"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "expiryDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        10 => crate::runtime::field(&mut map, &mut f10, "paymentMode"),
                        11 => crate::runtime::field(&mut map, &mut f11, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ProposalsListResponse {
                    id: crate::runtime::required(f0, "id")?,
                    price_plan_id: f1.unwrap_or_default(),
                    price_plan_name: f2.unwrap_or_default(),
                    price_plan_version: f3.unwrap_or_default(),
                    status: crate::runtime::required(f4, "status")?,
                    wallet_topup_details: f5.unwrap_or_default(),
                    idempotency_key: f6.unwrap_or_default(),
                    created_at: crate::runtime::required(f7, "createdAt")?,
                    updated_at: crate::runtime::required(f8, "updatedAt")?,
                    expiry_date: f9.unwrap_or_default(),
                    payment_mode: crate::runtime::required(f10, "paymentMode")?,
                    r#type: crate::runtime::required(f11, "type")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "ProposalsListResponse",
            FIELDS,
            ProposalsListResponseVisitor,
        )
    }
}
impl ProposalsListResponse {
    /// Creates a `ProposalsListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        status: crate::models::PurchaseStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        payment_mode: crate::models::ProposalsListResponsePaymentMode,
        r#type: crate::models::PurchaseType,
    ) -> Self {
        Self {
            id,
            price_plan_id: None,
            price_plan_name: None,
            price_plan_version: None,
            status,
            wallet_topup_details: None,
            idempotency_key: None,
            created_at,
            updated_at,
            expiry_date: None,
            payment_mode,
            r#type,
        }
    }
}
/// The `ProposalsListResponsePaymentMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`ProposalsListResponsePaymentMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProposalsListResponsePaymentMode {
    /// `PREPAID`
    Prepaid,
    /// `POSTPAID`
    Postpaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl ProposalsListResponsePaymentMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prepaid => "PREPAID",
            Self::Postpaid => "POSTPAID",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProposalsListResponsePaymentMode {
    fn from(value: &str) -> Self {
        match value {
            "PREPAID" => Self::Prepaid,
            "POSTPAID" => Self::Postpaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for ProposalsListResponsePaymentMode {
    fn as_str(&self) -> &str {
        ProposalsListResponsePaymentMode::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for ProposalsListResponsePaymentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProposalsListResponsePaymentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ProposalsListResponsePaymentMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
