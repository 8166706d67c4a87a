//! The `CurrencyConfig` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Configuration for getting the currency
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CurrencyConfig {
    /// Mode to get the currency
    /// - CUSTOM: Use the currency provided in the request
    /// - ACCOUNT_INVOICE: Use the invoice currency of the given account
    pub mode: crate::models::CurrencyConfigMode,
    /// Currency to be used, this will be considered if mode is CUSTOM
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Id of the account of which invoice currency will be used, this will be considered if mode is ACCOUNT_INVOICE
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

rt::deserialize_struct! {
    CurrencyConfig {
        0 mode "mode" required,
        1 currency "currency" optional,
        2 account_id "accountId" optional,
    }
}
impl CurrencyConfig {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(mode: impl Into<crate::models::CurrencyConfigMode>) -> Self {
        Self {
            mode: mode.into(),
            currency: None,
            account_id: None,
        }
    }

    /// Sets `currency`; until set, it is left out.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `account_id` (`accountId`); until set, it is left out.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}

/// Mode to get the currency
/// - CUSTOM: Use the currency provided in the request
/// - ACCOUNT_INVOICE: Use the invoice currency of the given account
///
/// Values this version of the crate does not know decode into
/// [`CurrencyConfigMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CurrencyConfigMode {
    /// `CUSTOM`
    Custom,
    /// `ACCOUNT_INVOICE`
    AccountInvoice,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CurrencyConfigMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::AccountInvoice => "ACCOUNT_INVOICE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CurrencyConfigMode {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "ACCOUNT_INVOICE" => Self::AccountInvoice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CurrencyConfigMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CurrencyConfigMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CurrencyConfigMode {
    fn as_str(&self) -> &str {
        CurrencyConfigMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CurrencyConfigMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CurrencyConfigMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CurrencyConfigMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
