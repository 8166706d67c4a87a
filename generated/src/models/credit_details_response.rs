//! The `CreditDetailsResponse` model and the types inlined in it.
/// The `CreditDetailsResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditDetailsResponse {
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `purpose`
    pub purpose: String,
    /// List of entity ids for which the credit is applicable. If null or empty, the credit is applicable to all ids. This list can accept special values like: - ALL_USAGE_METER_RATE_CARDS: To apply the credit to all usage meter rate cards - ALL_FIXED_FEE_RATE_CARDS: To apply the credit to all fixed fee rate cards
    #[serde(
        rename = "applicableEntityIds",
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_entity_ids: Option<Vec<String>>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::NaiveDate,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::NaiveDate>,
    /// `creditAmount`
    #[serde(rename = "creditAmount", skip_serializing_if = "Option::is_none")]
    pub credit_amount: Option<f64>,
    /// `priority`
    pub priority: i64,
    /// The entity through which the credit has been granted
    #[serde(rename = "grantorId", skip_serializing_if = "Option::is_none")]
    pub grantor_id: Option<String>,
    /// The idempotency key for uniqueness of the credit record
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// Identifier of credits
    pub id: String,
    /// `customerId`
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// `status`
    pub status: crate::models::CreditDetailsResponseStatus,
    /// `creditUnit`
    #[serde(rename = "creditUnit", skip_serializing_if = "Option::is_none")]
    pub credit_unit: Option<String>,
    /// `holdAmount`
    #[serde(rename = "holdAmount", skip_serializing_if = "Option::is_none")]
    pub hold_amount: Option<f64>,
    /// `consumedAmount`
    #[serde(rename = "consumedAmount", skip_serializing_if = "Option::is_none")]
    pub consumed_amount: Option<f64>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `transactions`
    pub transactions: Vec<crate::models::CreditTransaction>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditDetailsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "accountId",
            "purpose",
            "applicableEntityIds",
            "effectiveFrom",
            "effectiveUntil",
            "creditAmount",
            "priority",
            "grantorId",
            "idempotencyKey",
            "id",
            "customerId",
            "status",
            "creditUnit",
            "holdAmount",
            "consumedAmount",
            "createdAt",
            "updatedAt",
            "transactions",
        ];
        struct CreditDetailsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditDetailsResponseVisitor {
            type Value = CreditDetailsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditDetailsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditDetailsResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<Vec<String>>> = None;
                let mut f3: Option<chrono::NaiveDate> = None;
                let mut f4: Option<Option<chrono::NaiveDate>> = None;
                let mut f5: Option<Option<f64>> = None;
                let mut f6: Option<i64> = None;
                let mut f7: Option<Option<String>> = None;
                let mut f8: Option<Option<String>> = None;
                let mut f9: Option<String> = None;
                let mut f10: Option<String> = None;
                let mut f11: Option<crate::models::CreditDetailsResponseStatus> = None;
                let mut f12: Option<Option<String>> = None;
                let mut f13: Option<Option<f64>> = None;
                let mut f14: Option<Option<f64>> = None;
                let mut f15: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f16: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f17: Option<Vec<crate::models::CreditTransaction>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "purpose"),
                        2 => crate::runtime::field(&mut map, &mut f2, "applicableEntityIds"),
                        3 => crate::runtime::field(&mut map, &mut f3, "effectiveFrom"),
                        4 => crate::runtime::field(&mut map, &mut f4, "effectiveUntil"),
                        5 => crate::runtime::field(&mut map, &mut f5, "creditAmount"),
                        6 => crate::runtime::field(&mut map, &mut f6, "priority"),
                        7 => crate::runtime::field(&mut map, &mut f7, "grantorId"),
                        8 => crate::runtime::field(&mut map, &mut f8, "idempotencyKey"),
                        9 => crate::runtime::field(&mut map, &mut f9, "id"),
                        10 => crate::runtime::field(&mut map, &mut f10, "customerId"),
                        11 => crate::runtime::field(&mut map, &mut f11, "status"),
                        12 => crate::runtime::field(&mut map, &mut f12, "creditUnit"),
                        13 => crate::runtime::field(&mut map, &mut f13, "holdAmount"),
                        14 => crate::runtime::field(&mut map, &mut f14, "consumedAmount"),
                        15 => crate::runtime::field_seed(
                            &mut map,
                            &mut f15,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        16 => crate::runtime::field_seed(
                            &mut map,
                            &mut f16,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        17 => crate::runtime::field(&mut map, &mut f17, "transactions"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditDetailsResponse {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    purpose: crate::runtime::required(f1, "purpose")?,
                    applicable_entity_ids: f2.unwrap_or_default(),
                    effective_from: crate::runtime::required(f3, "effectiveFrom")?,
                    effective_until: f4.unwrap_or_default(),
                    credit_amount: f5.unwrap_or_default(),
                    priority: crate::runtime::required(f6, "priority")?,
                    grantor_id: f7.unwrap_or_default(),
                    idempotency_key: f8.unwrap_or_default(),
                    id: crate::runtime::required(f9, "id")?,
                    customer_id: crate::runtime::required(f10, "customerId")?,
                    status: crate::runtime::required(f11, "status")?,
                    credit_unit: f12.unwrap_or_default(),
                    hold_amount: f13.unwrap_or_default(),
                    consumed_amount: f14.unwrap_or_default(),
                    created_at: crate::runtime::required(f15, "createdAt")?,
                    updated_at: f16.unwrap_or_default(),
                    transactions: crate::runtime::required(f17, "transactions")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreditDetailsResponse",
            FIELDS,
            CreditDetailsResponseVisitor,
        )
    }
}
impl CreditDetailsResponse {
    /// Creates a `CreditDetailsResponse` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        purpose: String,
        effective_from: chrono::NaiveDate,
        priority: i64,
        id: String,
        customer_id: String,
        status: crate::models::CreditDetailsResponseStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        transactions: Vec<crate::models::CreditTransaction>,
    ) -> Self {
        Self {
            account_id,
            purpose,
            applicable_entity_ids: None,
            effective_from,
            effective_until: None,
            credit_amount: None,
            priority,
            grantor_id: None,
            idempotency_key: None,
            id,
            customer_id,
            status,
            credit_unit: None,
            hold_amount: None,
            consumed_amount: None,
            created_at,
            updated_at: None,
            transactions,
        }
    }
}
/// The `CreditDetailsResponseStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreditDetailsResponseStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreditDetailsResponseStatus {
    /// `ACTIVE`
    Active,
    /// `CONSUMED`
    Consumed,
    /// `EXPIRED`
    Expired,
    /// `VOIDED`
    Voided,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CreditDetailsResponseStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Consumed => "CONSUMED",
            Self::Expired => "EXPIRED",
            Self::Voided => "VOIDED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreditDetailsResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "CONSUMED" => Self::Consumed,
            "EXPIRED" => Self::Expired,
            "VOIDED" => Self::Voided,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CreditDetailsResponseStatus {
    fn as_str(&self) -> &str {
        CreditDetailsResponseStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CreditDetailsResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CreditDetailsResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreditDetailsResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
