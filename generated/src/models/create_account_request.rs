//! The `CreateAccountRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Payload to create account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateAccountRequest {
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
    pub status: Option<crate::models::CreateAccountRequestStatus>,
    /// Customer Identifier for whom the account is being created
    #[serde(rename = "customerId")]
    pub customer_id: String,
}

rt::deserialize_struct! {
    CreateAccountRequest { 0 id "id" required, 1 name "name" required, 2 invoice_currency
    "invoiceCurrency" optional, 3 aliases "aliases" optional, 4 account_aliases
    "accountAliases" optional, 5 address "address" optional, 6 primary_email
    "primaryEmail" optional, 7 billing_information "billingInformation" optional, 8
    settings "settings" optional, 9 net_term_days "netTermDays" optional, 10 metadata
    "metadata" optional, 11 tags "tags" optional, 12 status "status" optional, 13
    customer_id "customerId" required, }
}

impl CreateAccountRequest {
    /// Creates a `CreateAccountRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String, customer_id: String) -> Self {
        Self {
            id,
            name,
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
            customer_id,
        }
    }
}

/// Status of the created account defaults to ACTIVE
///
/// Values this version of the crate does not know decode into
/// [`CreateAccountRequestStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAccountRequestStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateAccountRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draft => "DRAFT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateAccountRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "DRAFT" => Self::Draft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for CreateAccountRequestStatus {
    fn as_str(&self) -> &str {
        CreateAccountRequestStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateAccountRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateAccountRequestStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateAccountRequestStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
