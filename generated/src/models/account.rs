//! The `Account` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    Account {
        0 id "id" required,
        1 togai_account_id "togaiAccountId" required,
        2 togai_customer_id "togaiCustomerId" required,
        3 name "name" required,
        4 customer_id "customerId" required,
        5 invoice_currency "invoiceCurrency" optional,
        6 aliases "aliases" optional,
        7 net_term_days "netTermDays" optional,
        8 address "address" optional,
        9 primary_email "primaryEmail" optional,
        10 billing_information "billingInformation" optional,
        11 status "status" required,
        12 settings "settings" optional,
        13 invoice_group_details "invoiceGroupDetails" optional,
        14 metadata "metadata" optional,
        15 tags "tags" optional,
    }
}
impl Account {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        togai_account_id: impl Into<String>,
        togai_customer_id: impl Into<String>,
        name: impl Into<String>,
        customer_id: impl Into<String>,
        status: impl Into<crate::models::AccountStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            togai_account_id: togai_account_id.into(),
            togai_customer_id: togai_customer_id.into(),
            name: name.into(),
            customer_id: customer_id.into(),
            invoice_currency: None,
            aliases: None,
            net_term_days: None,
            address: None,
            primary_email: None,
            billing_information: None,
            status: status.into(),
            settings: None,
            invoice_group_details: None,
            metadata: None,
            tags: None,
        }
    }

    /// Sets `invoice_currency` (`invoiceCurrency`); until set, it is left out.
    pub fn with_invoice_currency(mut self, value: impl Into<String>) -> Self {
        self.invoice_currency = Some(value.into());
        self
    }

    /// Sets `aliases`; until set, it is left out.
    pub fn with_aliases(mut self, value: impl Into<Vec<crate::models::AccountAliases>>) -> Self {
        self.aliases = Some(value.into());
        self
    }

    /// Sets `net_term_days` (`netTermDays`); until set, it is left out.
    pub fn with_net_term_days(mut self, value: impl Into<i32>) -> Self {
        self.net_term_days = Some(value.into());
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

    /// Sets `invoice_group_details` (`invoiceGroupDetails`); until set, it is left out.
    pub fn with_invoice_group_details(
        mut self,
        value: impl Into<crate::models::InvoiceGroupDetails>,
    ) -> Self {
        self.invoice_group_details = Some(value.into());
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

/// Status of the account
///
/// Values this version of the crate does not know decode into
/// [`AccountStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for AccountStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AccountStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
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
