//! The `PaymentLineItemRecord` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// payment line item record object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PaymentLineItemRecord {
    /// `type`
    pub r#type: crate::models::PaymentLineItemRecordType,
    /// `togaiId`
    #[serde(rename = "togaiId", skip_serializing_if = "Option::is_none")]
    pub togai_id: Option<String>,
    /// `amount`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// `order`
    pub order: i32,
}

rt::deserialize_struct! {
    PaymentLineItemRecord {
        0 r#type "type" required,
        1 togai_id "togaiId" optional,
        2 amount "amount" optional,
        3 order "order" required,
    }
}
impl PaymentLineItemRecord {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        r#type: impl Into<crate::models::PaymentLineItemRecordType>,
        order: impl Into<i32>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            togai_id: None,
            amount: None,
            order: order.into(),
        }
    }

    /// Sets `togai_id` (`togaiId`); until set, it is left out.
    pub fn with_togai_id(mut self, value: impl Into<String>) -> Self {
        self.togai_id = Some(value.into());
        self
    }

    /// Sets `amount`; until set, it is left out.
    pub fn with_amount(mut self, value: impl Into<f64>) -> Self {
        self.amount = Some(value.into());
        self
    }
}

/// The `PaymentLineItemRecordType` schema.
///
/// Values this version of the crate does not know decode into
/// [`PaymentLineItemRecordType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentLineItemRecordType {
    /// `INVOICE`
    Invoice,
    /// `CREDIT`
    Credit,
    /// `WALLET_CREDIT`
    WalletCredit,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PaymentLineItemRecordType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invoice => "INVOICE",
            Self::Credit => "CREDIT",
            Self::WalletCredit => "WALLET_CREDIT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PaymentLineItemRecordType {
    fn from(value: &str) -> Self {
        match value {
            "INVOICE" => Self::Invoice,
            "CREDIT" => Self::Credit,
            "WALLET_CREDIT" => Self::WalletCredit,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PaymentLineItemRecordType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PaymentLineItemRecordType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PaymentLineItemRecordType {
    fn as_str(&self) -> &str {
        PaymentLineItemRecordType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PaymentLineItemRecordType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PaymentLineItemRecordType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PaymentLineItemRecordType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
