//! The `ExternalPaymentReference` model and the types inlined in it.
/// external payment reference object
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ExternalPaymentReference {
    /// `sourceName`
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// `sourceType`
    #[serde(rename = "sourceType")]
    pub source_type: crate::models::ExternalPaymentReferenceSourceType,
    /// Check number or Card transaction number
    #[serde(rename = "transactionNumber")]
    pub transaction_number: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ExternalPaymentReference {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "sourceName",
            "sourceType",
            "transactionNumber",
            "description",
            "metadata",
        ];
        struct ExternalPaymentReferenceVisitor;
        impl<'de> serde::de::Visitor<'de> for ExternalPaymentReferenceVisitor {
            type Value = ExternalPaymentReference;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ExternalPaymentReference")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ExternalPaymentReference, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::ExternalPaymentReferenceSourceType> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<serde_json::Value>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "sourceName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "sourceType"),
                        2 => crate::runtime::field(&mut map, &mut f2, "transactionNumber"),
                        3 => crate::runtime::field(&mut map, &mut f3, "description"),
                        4 => crate::runtime::field(&mut map, &mut f4, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ExternalPaymentReference {
                    source_name: crate::runtime::required(f0, "sourceName")?,
                    source_type: crate::runtime::required(f1, "sourceType")?,
                    transaction_number: crate::runtime::required(f2, "transactionNumber")?,
                    description: f3.unwrap_or_default(),
                    metadata: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "ExternalPaymentReference",
            FIELDS,
            ExternalPaymentReferenceVisitor,
        )
    }
}
impl ExternalPaymentReference {
    /// Creates a `ExternalPaymentReference` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        source_name: String,
        source_type: crate::models::ExternalPaymentReferenceSourceType,
        transaction_number: String,
    ) -> Self {
        Self {
            source_name,
            source_type,
            transaction_number,
            description: None,
            metadata: None,
        }
    }
}
/// The `ExternalPaymentReferenceSourceType` schema.
///
/// Values this version of the crate does not know decode into
/// [`ExternalPaymentReferenceSourceType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalPaymentReferenceSourceType {
    /// `GATEWAY`
    Gateway,
    /// `CASH`
    Cash,
    /// `CHEQUE`
    Cheque,
    /// `BANK_TRANSFER`
    BankTransfer,
    /// `CARD`
    Card,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl ExternalPaymentReferenceSourceType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gateway => "GATEWAY",
            Self::Cash => "CASH",
            Self::Cheque => "CHEQUE",
            Self::BankTransfer => "BANK_TRANSFER",
            Self::Card => "CARD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExternalPaymentReferenceSourceType {
    fn from(value: &str) -> Self {
        match value {
            "GATEWAY" => Self::Gateway,
            "CASH" => Self::Cash,
            "CHEQUE" => Self::Cheque,
            "BANK_TRANSFER" => Self::BankTransfer,
            "CARD" => Self::Card,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for ExternalPaymentReferenceSourceType {
    fn as_str(&self) -> &str {
        ExternalPaymentReferenceSourceType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for ExternalPaymentReferenceSourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ExternalPaymentReferenceSourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPaymentReferenceSourceType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
