//! The `WalletBalanceResponse` model.
/// Wallet Balance response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WalletBalanceResponse {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `customerId`
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// This amount is the difference of total credited amount and sum of consumed, hold amount.
    /// ie. credit amount - (consumed amount + hold amount)
    pub balance: f64,
    /// `creditUnit`
    #[serde(rename = "creditUnit")]
    pub credit_unit: String,
    /// `externalId`
    #[serde(rename = "externalId", skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// `status`
    pub status: crate::models::WalletStatus,
    /// `holdAmount`
    #[serde(rename = "holdAmount", skip_serializing_if = "Option::is_none")]
    pub hold_amount: Option<f64>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `createdAt`
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for WalletBalanceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "accountId",
            "customerId",
            "balance",
            "creditUnit",
            "externalId",
            "status",
            "holdAmount",
            "effectiveFrom",
            "createdAt",
            "updatedAt",
            "metadata",
        ];
        struct WalletBalanceResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for WalletBalanceResponseVisitor {
            type Value = WalletBalanceResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct WalletBalanceResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<WalletBalanceResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<crate::models::WalletStatus> = None;
                let mut f7: Option<Option<f64>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f10: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f11: Option<Option<serde_json::Value>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "customerId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "balance"),
                        4 => crate::runtime::field(&mut map, &mut f4, "creditUnit"),
                        5 => crate::runtime::field(&mut map, &mut f5, "externalId"),
                        6 => crate::runtime::field(&mut map, &mut f6, "status"),
                        7 => crate::runtime::field(&mut map, &mut f7, "holdAmount"),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "createdAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        11 => crate::runtime::field(&mut map, &mut f11, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(WalletBalanceResponse {
                    id: crate::runtime::required(f0, "id")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                    customer_id: crate::runtime::required(f2, "customerId")?,
                    balance: crate::runtime::required(f3, "balance")?,
                    credit_unit: crate::runtime::required(f4, "creditUnit")?,
                    external_id: f5.unwrap_or_default(),
                    status: crate::runtime::required(f6, "status")?,
                    hold_amount: f7.unwrap_or_default(),
                    effective_from: crate::runtime::required(f8, "effectiveFrom")?,
                    created_at: f9.unwrap_or_default(),
                    updated_at: f10.unwrap_or_default(),
                    metadata: f11.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "WalletBalanceResponse",
            FIELDS,
            WalletBalanceResponseVisitor,
        )
    }
}
impl WalletBalanceResponse {
    /// Creates a `WalletBalanceResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        customer_id: String,
        balance: f64,
        credit_unit: String,
        status: crate::models::WalletStatus,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            account_id,
            customer_id,
            balance,
            credit_unit,
            external_id: None,
            status,
            hold_amount: None,
            effective_from,
            created_at: None,
            updated_at: None,
            metadata: None,
        }
    }
}
