//! The `WalletEntry` model and the types inlined in it.
/// The `WalletEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WalletEntry {
    /// Identifier of credit transactions
    pub id: String,
    /// description of the entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `walletId`
    #[serde(rename = "walletId")]
    pub wallet_id: String,
    /// `transactionType`
    #[serde(rename = "transactionType")]
    pub transaction_type: crate::models::WalletEntryTransactionType,
    /// `status`
    pub status: crate::models::WalletEntryStatus,
    /// `entityId`
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// `amount`
    pub amount: f64,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `closingBalance`
    #[serde(rename = "closingBalance")]
    pub closing_balance: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for WalletEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "description",
            "walletId",
            "transactionType",
            "status",
            "entityId",
            "amount",
            "createdAt",
            "closingBalance",
        ];
        struct WalletEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for WalletEntryVisitor {
            type Value = WalletEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct WalletEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<WalletEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<crate::models::WalletEntryTransactionType> = None;
                let mut f4: Option<crate::models::WalletEntryStatus> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<f64> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f8: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "walletId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "transactionType"),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "entityId"),
                        6 => crate::runtime::field(&mut map, &mut f6, "amount"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        8 => crate::runtime::field(&mut map, &mut f8, "closingBalance"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(WalletEntry {
                    id: crate::runtime::required(f0, "id")?,
                    description: f1.unwrap_or_default(),
                    wallet_id: crate::runtime::required(f2, "walletId")?,
                    transaction_type: crate::runtime::required(f3, "transactionType")?,
                    status: crate::runtime::required(f4, "status")?,
                    entity_id: f5.unwrap_or_default(),
                    amount: crate::runtime::required(f6, "amount")?,
                    created_at: crate::runtime::required(f7, "createdAt")?,
                    closing_balance: crate::runtime::required(f8, "closingBalance")?,
                })
            }
        }
        deserializer.deserialize_struct("WalletEntry", FIELDS, WalletEntryVisitor)
    }
}
impl WalletEntry {
    /// Creates a `WalletEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        wallet_id: String,
        transaction_type: crate::models::WalletEntryTransactionType,
        status: crate::models::WalletEntryStatus,
        amount: f64,
        created_at: chrono::DateTime<chrono::Utc>,
        closing_balance: f64,
    ) -> Self {
        Self {
            id,
            description: None,
            wallet_id,
            transaction_type,
            status,
            entity_id: None,
            amount,
            created_at,
            closing_balance,
        }
    }
}
/// The `WalletEntryTransactionType` schema.
///
/// Values this version of the crate does not know decode into
/// [`WalletEntryTransactionType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WalletEntryTransactionType {
    /// `CREDITED`
    Credited,
    /// `DEBITED`
    Debited,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl WalletEntryTransactionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credited => "CREDITED",
            Self::Debited => "DEBITED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WalletEntryTransactionType {
    fn from(value: &str) -> Self {
        match value {
            "CREDITED" => Self::Credited,
            "DEBITED" => Self::Debited,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for WalletEntryTransactionType {
    fn as_str(&self) -> &str {
        WalletEntryTransactionType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for WalletEntryTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WalletEntryTransactionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for WalletEntryTransactionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
/// The `WalletEntryStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`WalletEntryStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WalletEntryStatus {
    /// `COMPLETED`
    Completed,
    /// `ON_HOLD`
    OnHold,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl WalletEntryStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "COMPLETED",
            Self::OnHold => "ON_HOLD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WalletEntryStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => Self::Completed,
            "ON_HOLD" => Self::OnHold,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for WalletEntryStatus {
    fn as_str(&self) -> &str {
        WalletEntryStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for WalletEntryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WalletEntryStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for WalletEntryStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
