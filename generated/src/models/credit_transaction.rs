//! The `CreditTransaction` model and the types inlined in it.
/// The `CreditTransaction` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditTransaction {
    /// Identifier of credit transactions
    pub id: String,
    /// `creditId`
    #[serde(rename = "creditId")]
    pub credit_id: String,
    /// `transactionType`
    #[serde(rename = "transactionType")]
    pub transaction_type: crate::models::CreditTransactionTransactionType,
    /// `invoiceId`
    #[serde(rename = "invoiceId", skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `entityId`
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// `amount`
    pub amount: f64,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditTransaction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "creditId",
            "transactionType",
            "invoiceId",
            "entityId",
            "amount",
            "createdAt",
        ];
        struct CreditTransactionVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditTransactionVisitor {
            type Value = CreditTransaction;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditTransaction")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditTransaction, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<crate::models::CreditTransactionTransactionType> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<f64> = None;
                let mut f6: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "creditId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "transactionType"),
                        3 => crate::runtime::field(&mut map, &mut f3, "invoiceId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "entityId"),
                        5 => crate::runtime::field(&mut map, &mut f5, "amount"),
                        6 => crate::runtime::field_seed(
                            &mut map,
                            &mut f6,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditTransaction {
                    id: crate::runtime::required(f0, "id")?,
                    credit_id: crate::runtime::required(f1, "creditId")?,
                    transaction_type: crate::runtime::required(f2, "transactionType")?,
                    invoice_id: f3.unwrap_or_default(),
                    entity_id: f4.unwrap_or_default(),
                    amount: crate::runtime::required(f5, "amount")?,
                    created_at: crate::runtime::required(f6, "createdAt")?,
                })
            }
        }
        deserializer.deserialize_struct("CreditTransaction", FIELDS, CreditTransactionVisitor)
    }
}
impl CreditTransaction {
    /// Creates a `CreditTransaction` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        credit_id: String,
        transaction_type: crate::models::CreditTransactionTransactionType,
        amount: f64,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            credit_id,
            transaction_type,
            invoice_id: None,
            entity_id: None,
            amount,
            created_at,
        }
    }
}
/// The `CreditTransactionTransactionType` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreditTransactionTransactionType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreditTransactionTransactionType {
    /// `CREDITED`
    Credited,
    /// `DEBITED`
    Debited,
    /// `EXPIRED`
    Expired,
    /// `VOIDED`
    Voided,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CreditTransactionTransactionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credited => "CREDITED",
            Self::Debited => "DEBITED",
            Self::Expired => "EXPIRED",
            Self::Voided => "VOIDED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreditTransactionTransactionType {
    fn from(value: &str) -> Self {
        match value {
            "CREDITED" => Self::Credited,
            "DEBITED" => Self::Debited,
            "EXPIRED" => Self::Expired,
            "VOIDED" => Self::Voided,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CreditTransactionTransactionType {
    fn as_str(&self) -> &str {
        CreditTransactionTransactionType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CreditTransactionTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CreditTransactionTransactionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreditTransactionTransactionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
