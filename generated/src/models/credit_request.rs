//! The `CreditRequest` model.
/// Payload to grant Credits
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditRequest {
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
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditRequest {
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
        ];
        struct CreditRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditRequestVisitor {
            type Value = CreditRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<Vec<String>>> = None;
                let mut f3: Option<chrono::NaiveDate> = None;
                let mut f4: Option<Option<chrono::NaiveDate>> = None;
                let mut f5: Option<Option<f64>> = None;
                let mut f6: Option<i64> = None;
                let mut f7: Option<Option<String>> = None;
                let mut f8: Option<Option<String>> = None;
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
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditRequest {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    purpose: crate::runtime::required(f1, "purpose")?,
                    applicable_entity_ids: f2.unwrap_or_default(),
                    effective_from: crate::runtime::required(f3, "effectiveFrom")?,
                    effective_until: f4.unwrap_or_default(),
                    credit_amount: f5.unwrap_or_default(),
                    priority: crate::runtime::required(f6, "priority")?,
                    grantor_id: f7.unwrap_or_default(),
                    idempotency_key: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CreditRequest", FIELDS, CreditRequestVisitor)
    }
}
impl CreditRequest {
    /// Creates a `CreditRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        purpose: String,
        effective_from: chrono::NaiveDate,
        priority: i64,
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
        }
    }
}
