//! The `CreateAccountRequestWithoutCustomerId` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to create account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateAccountRequestWithoutCustomerId {
    /// Identifier of the account
    pub id: String,
    /// Name of the Account
    pub name: String,
    /// Use [ISO 4217](https://en.wikipedia.org/wiki/ISO_4217) currency code in which the account must be invoiced.
    /// For example: AED is the currency code for United Arab Emirates dirham.
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// Aliases are tags that are associated with an account. Multiple aliases are allowed for a single account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// Aliases which effective range
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::CreateAccountAliasRequest>>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// Primary email of the account
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `billingInformation`
    #[serde(rename = "billingInformation", skip_serializing_if = "Option::is_none")]
    pub billing_information: Option<crate::models::AccountsBillingInformation>,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// Net term for the invoices of the account
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// Additional information associated with the account.
    /// Example: GSTN, VATN
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Tag for accounts are stored in lowercase
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Status of the created account defaults to ACTIVE
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::CreateAccountRequestWithoutCustomerIdStatus>,
}

rt::deserialize_struct! {
    CreateAccountRequestWithoutCustomerId {
        0 id "id" required,
        1 name "name" required,
        2 invoice_currency "invoiceCurrency" optional,
        3 aliases "aliases" optional,
        4 account_aliases "accountAliases" optional,
        5 address "address" optional,
        6 primary_email "primaryEmail" optional,
        7 billing_information "billingInformation" optional,
        8 settings "settings" optional,
        9 net_term_days "netTermDays" optional,
        10 metadata "metadata" optional,
        11 tags "tags" optional,
        12 status "status" optional,
    }
}
impl CreateAccountRequestWithoutCustomerId {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            invoice_currency: None,
            aliases: None,
            account_aliases: None,
            address: None,
            primary_email: None,
            billing_information: None,
            settings: None,
            net_term_days: None,
            metadata: None,
            tags: None,
            status: None,
        }
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }

    /// Sets `aliases`; until set, it is left out.
    pub fn with_aliases(mut self, value: impl Into<Vec<String>>) -> Self {
        self.aliases = Some(value.into());
        self
    }

    /// Sets `account_aliases` (`accountAliases`); until set, it is left out.
    pub fn with_account_aliases(
        mut self,
        value: impl Into<Vec<crate::models::CreateAccountAliasRequest>>,
    ) -> Self {
        self.account_aliases = Some(value.into());
        self
    }

    /// Sets `address`; until set, it is left out.
    pub fn with_address(mut self, value: impl Into<crate::models::Address>) -> Self {
        self.address = Some(value.into());
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

    /// Sets `settings`; until set, it is left out.
    pub fn with_settings(
        mut self,
        value: impl Into<Vec<crate::models::CreateEntitySetting>>,
    ) -> Self {
        self.settings = Some(value.into());
        self
    }

    /// Sets `net_term_days` (`netTermDays`); until set, it is left out.
    pub fn with_net_term_days(mut self, value: impl Into<i32>) -> Self {
        self.net_term_days = Some(value.into());
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

    /// Sets `status`; until set, it is left out.
    pub fn with_status(
        mut self,
        value: impl Into<crate::models::CreateAccountRequestWithoutCustomerIdStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// Status of the created account defaults to ACTIVE
///
/// Values this version of the crate does not know decode into
/// [`CreateAccountRequestWithoutCustomerIdStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateAccountRequestWithoutCustomerIdStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateAccountRequestWithoutCustomerIdStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draft => "DRAFT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateAccountRequestWithoutCustomerIdStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "DRAFT" => Self::Draft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreateAccountRequestWithoutCustomerIdStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreateAccountRequestWithoutCustomerIdStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreateAccountRequestWithoutCustomerIdStatus {
    fn as_str(&self) -> &str {
        CreateAccountRequestWithoutCustomerIdStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateAccountRequestWithoutCustomerIdStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateAccountRequestWithoutCustomerIdStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateAccountRequestWithoutCustomerIdStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
