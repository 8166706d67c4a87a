//! The `UpdateAccountRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to update account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateAccountRequest {
    /// Name of the Account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::UpdateAccountRequestStatus>,
    /// [ISO_4217](https://en.wikipedia.org/wiki/ISO_4217) code of the currency in which the account must be invoiced
    /// Defaults to Base currency.
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// Primary email of the account
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `billingInformation`
    #[serde(rename = "billingInformation", skip_serializing_if = "Option::is_none")]
    pub billing_information: Option<crate::models::AccountsBillingInformation>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// Additional information associated with the account.
    /// Example: GSTN, VATN
    /// NOTE: This replaces the existing metadata if the metadata in the request is not null.
    /// To remove all existing metadata, use empty object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Tag for accounts are stored in lowercase
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

rt::deserialize_struct! {
    UpdateAccountRequest {
        0 name "name" optional,
        1 status "status" optional,
        2 invoice_currency "invoiceCurrency" optional,
        3 net_term_days "netTermDays" optional,
        4 primary_email "primaryEmail" optional,
        5 billing_information "billingInformation" optional,
        6 address "address" optional,
        7 metadata "metadata" optional,
        8 tags "tags" optional,
    }
}
impl UpdateAccountRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(
        mut self,
        value: impl Into<crate::models::UpdateAccountRequestStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }

    /// Sets `net_term_days` (`netTermDays`); until set, it is left out.
    pub fn with_net_term_days(mut self, value: impl Into<i32>) -> Self {
        self.net_term_days = Some(value.into());
        self
    }

    /// Sets `primary_email` (`primaryEmail`); until set, it is left out.
    pub fn with_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self
    }

    /// Sets `billing_information` (`billingInformation`); until set, it is left out.
    pub fn with_billing_information(
        mut self,
        value: impl Into<crate::models::AccountsBillingInformation>,
    ) -> Self {
        self.billing_information = Some(value.into());
        self
    }

    /// Sets `address`; until set, it is left out.
    pub fn with_address(mut self, value: impl Into<crate::models::Address>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `tags`; until set, it is left out.
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}

/// The `UpdateAccountRequestStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`UpdateAccountRequestStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateAccountRequestStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateAccountRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draft => "DRAFT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAccountRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "DRAFT" => Self::Draft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdateAccountRequestStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdateAccountRequestStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdateAccountRequestStatus {
    fn as_str(&self) -> &str {
        UpdateAccountRequestStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateAccountRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateAccountRequestStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateAccountRequestStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
