//! The `Account` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Account {
    /// Identifier of the account
    pub id: String,
    /// Unique identifier of the account
    #[serde(rename = "togaiAccountId")]
    pub togai_account_id: String,
    /// Unique identifier of the customer
    #[serde(rename = "togaiCustomerId")]
    pub togai_customer_id: String,
    /// Name of the Account
    pub name: String,
    /// Identifier of the customer
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// [ISO_4217](https://en.wikipedia.org/wiki/ISO_4217) code of the currency in which the account must be invoiced
    /// Defaults to Base currency.
    #[serde(rename = "invoiceCurrency", skip_serializing_if = "Option::is_none")]
    pub invoice_currency: Option<String>,
    /// list of aliases of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<crate::models::AccountAliases>>,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `billingInformation`
    #[serde(rename = "billingInformation", skip_serializing_if = "Option::is_none")]
    pub billing_information: Option<crate::models::AccountsBillingInformation>,
    /// Status of the account
    pub status: crate::models::AccountStatus,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `invoiceGroupDetails`
    #[serde(
        rename = "invoiceGroupDetails",
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_group_details: Option<crate::models::InvoiceGroupDetails>,
    /// Additional information associated with the account.
    /// Example: GSTN, VATN
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Tag for accounts are stored in lowercase
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

rt::deserialize_struct! {
    Account { 0 id "id" required, 1 togai_account_id "togaiAccountId" required, 2
    togai_customer_id "togaiCustomerId" required, 3 name "name" required, 4 customer_id
    "customerId" required, 5 invoice_currency "invoiceCurrency" optional, 6 aliases
    "aliases" optional, 7 net_term_days "netTermDays" optional, 8 address "address"
    optional, 9 primary_email "primaryEmail" optional, 10 billing_information
    "billingInformation" optional, 11 status "status" required, 12 settings "settings"
    optional, 13 invoice_group_details "invoiceGroupDetails" optional, 14 metadata
    "metadata" optional, 15 tags "tags" optional, }
}

impl Account {
    /// Creates a `Account` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        togai_account_id: String,
        togai_customer_id: String,
        name: String,
        customer_id: String,
        status: crate::models::AccountStatus,
    ) -> Self {
        Self {
            id,
            togai_account_id,
            togai_customer_id,
            name,
            customer_id,
            invoice_currency: None,
            aliases: None,
            net_term_days: None,
            address: None,
            primary_email: None,
            billing_information: None,
            status,
            settings: None,
            invoice_group_details: None,
            metadata: None,
            tags: None,
        }
    }
}

/// Status of the account
///
/// Values this version of the crate does not know decode into
/// [`AccountStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl AccountStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draft => "DRAFT",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "DRAFT" => Self::Draft,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for AccountStatus {
    fn as_str(&self) -> &str {
        AccountStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for AccountStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for AccountStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for AccountStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
