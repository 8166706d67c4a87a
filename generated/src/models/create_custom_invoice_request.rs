//! The `CreateCustomInvoiceRequest` model and the types inlined in it.
/// Payload to create invoice
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCustomInvoiceRequest {
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `ownerType`
    #[serde(rename = "ownerType", skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<crate::models::CreateCustomInvoiceRequestOwnerType>,
    /// `startDate`
    #[serde(rename = "startDate")]
    pub start_date: chrono::DateTime<chrono::Utc>,
    /// `endDate`
    #[serde(rename = "endDate")]
    pub end_date: chrono::DateTime<chrono::Utc>,
    /// `idempotencyKey`
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// Status to create an invoice in.
    pub status: crate::models::CreateCustomInvoiceRequestStatus,
    /// `lineItems`
    #[serde(rename = "lineItems")]
    pub line_items: Vec<crate::models::CustomInvoiceLineItem>,
    /// This property defines the behaviour of status transition of the invoice.
    /// If true, invoice auto transitions from `DRAFT` to `DUE` or `PAID` at the end of pricing cycle.
    /// If false, the invoice’s state doesn’t automatically advance without an explicit action.
    /// Default: false
    #[serde(rename = "autoAdvance", skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
    /// This property defines the behaviour of whether or not to use credits to net off with the invoice amount. Default: true
    #[serde(rename = "applyCredits", skip_serializing_if = "Option::is_none")]
    pub apply_credits: Option<bool>,
    /// This property defines the behaviour of whether or not to use wallet amount to net off with the invoice amount. Default: true
    #[serde(rename = "applyWalletBalance", skip_serializing_if = "Option::is_none")]
    pub apply_wallet_balance: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCustomInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "accountId",
            "ownerType",
            "startDate",
            "endDate",
            "idempotencyKey",
            "status",
            "lineItems",
            "autoAdvance",
            "applyCredits",
            "applyWalletBalance",
        ];
        struct CreateCustomInvoiceRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCustomInvoiceRequestVisitor {
            type Value = CreateCustomInvoiceRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCustomInvoiceRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomInvoiceRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<crate::models::CreateCustomInvoiceRequestOwnerType>> =
                    None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<crate::models::CreateCustomInvoiceRequestStatus> = None;
                let mut f6: Option<Vec<crate::models::CustomInvoiceLineItem>> = None;
                let mut f7: Option<Option<bool>> = None;
                let mut f8: Option<Option<bool>> = None;
                let mut f9: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "ownerType"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "startDate",
                            crate::runtime::datetime::Seed,
                        ),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "endDate",
                            crate::runtime::datetime::Seed,
                        ),
                        4 => crate::runtime::field(&mut map, &mut f4, "idempotencyKey"),
                        5 => crate::runtime::field(&mut map, &mut f5, "status"),
                        6 => crate::runtime::field(&mut map, &mut f6, "lineItems"),
                        7 => crate::runtime::field(&mut map, &mut f7, "autoAdvance"),
                        8 => crate::runtime::field(&mut map, &mut f8, "applyCredits"),
                        9 => crate::runtime::field(&mut map, &mut f9, "applyWalletBalance"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCustomInvoiceRequest {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    owner_type: f1.unwrap_or_default(),
                    start_date: crate::runtime::required(f2, "startDate")?,
                    end_date: crate::runtime::required(f3, "endDate")?,
                    idempotency_key: f4.unwrap_or_default(),
                    status: crate::runtime::required(f5, "status")?,
                    line_items: crate::runtime::required(f6, "lineItems")?,
                    auto_advance: f7.unwrap_or_default(),
                    apply_credits: f8.unwrap_or_default(),
                    apply_wallet_balance: f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateCustomInvoiceRequest",
            FIELDS,
            CreateCustomInvoiceRequestVisitor,
        )
    }
}
impl CreateCustomInvoiceRequest {
    /// Creates a `CreateCustomInvoiceRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        start_date: chrono::DateTime<chrono::Utc>,
        end_date: chrono::DateTime<chrono::Utc>,
        status: crate::models::CreateCustomInvoiceRequestStatus,
        line_items: Vec<crate::models::CustomInvoiceLineItem>,
    ) -> Self {
        Self {
            account_id,
            owner_type: None,
            start_date,
            end_date,
            idempotency_key: None,
            status,
            line_items,
            auto_advance: None,
            apply_credits: None,
            apply_wallet_balance: None,
        }
    }
}
/// The `CreateCustomInvoiceRequestOwnerType` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreateCustomInvoiceRequestOwnerType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCustomInvoiceRequestOwnerType {
    /// `ACCOUNT`
    Account,
    /// `INVOICE_GROUP`
    InvoiceGroup,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CreateCustomInvoiceRequestOwnerType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::InvoiceGroup => "INVOICE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateCustomInvoiceRequestOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => Self::Account,
            "INVOICE_GROUP" => Self::InvoiceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CreateCustomInvoiceRequestOwnerType {
    fn as_str(&self) -> &str {
        CreateCustomInvoiceRequestOwnerType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CreateCustomInvoiceRequestOwnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CreateCustomInvoiceRequestOwnerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreateCustomInvoiceRequestOwnerType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
/// Status to create an invoice in.
///
/// Values this version of the crate does not know decode into
/// [`CreateCustomInvoiceRequestStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCustomInvoiceRequestStatus {
    /// `DRAFT`
    Draft,
    /// `DUE`
    Due,
    /// `PAID`
    Paid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CreateCustomInvoiceRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Due => "DUE",
            Self::Paid => "PAID",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateCustomInvoiceRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "DUE" => Self::Due,
            "PAID" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CreateCustomInvoiceRequestStatus {
    fn as_str(&self) -> &str {
        CreateCustomInvoiceRequestStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CreateCustomInvoiceRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CreateCustomInvoiceRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreateCustomInvoiceRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
