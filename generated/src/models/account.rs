//! The `Account` model and the types inlined in it.
/// Structure of an account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Account {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "togaiAccountId",
            "togaiCustomerId",
            "name",
            "customerId",
            "invoiceCurrency",
            "aliases",
            "netTermDays",
            "address",
            "primaryEmail",
            "billingInformation",
            "status",
            "settings",
            "invoiceGroupDetails",
            "metadata",
            "tags",
        ];
        struct AccountVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountVisitor {
            type Value = Account;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Account")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Account, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<Option<Vec<crate::models::AccountAliases>>> = None;
                let mut f7: Option<Option<i32>> = None;
                let mut f8: Option<Option<crate::models::Address>> = None;
                let mut f9: Option<Option<String>> = None;
                let mut f10: Option<Option<crate::models::AccountsBillingInformation>> = None;
                let mut f11: Option<crate::models::AccountStatus> = None;
                let mut f12: Option<Option<Vec<crate::models::CreateEntitySetting>>> = None;
                let mut f13: Option<Option<crate::models::InvoiceGroupDetails>> = None;
                let mut f14: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                let mut f15: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "togaiAccountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "togaiCustomerId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "name"),
                        4 => crate::runtime::field(&mut map, &mut f4, "customerId"),
                        5 => crate::runtime::field(&mut map, &mut f5, "invoiceCurrency"),
                        6 => crate::runtime::field(&mut map, &mut f6, "aliases"),
                        7 => crate::runtime::field(&mut map, &mut f7, "netTermDays"),
                        8 => crate::runtime::field(&mut map, &mut f8, "address"),
                        9 => crate::runtime::field(&mut map, &mut f9, "primaryEmail"),
                        10 => crate::runtime::field(&mut map, &mut f10, "billingInformation"),
                        11 => crate::runtime::field(&mut map, &mut f11, "status"),
                        12 => crate::runtime::field(&mut map, &mut f12, "settings"),
                        13 => crate::runtime::field(&mut map, &mut f13, "invoiceGroupDetails"),
                        14 => crate::runtime::field(&mut map, &mut f14, "metadata"),
                        15 => crate::runtime::field(&mut map, &mut f15, "tags"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Account {
                    id: crate::runtime::required(f0, "id")?,
                    togai_account_id: crate::runtime::required(f1, "togaiAccountId")?,
                    togai_customer_id: crate::runtime::required(f2, "togaiCustomerId")?,
                    name: crate::runtime::required(f3, "name")?,
                    customer_id: crate::runtime::required(f4, "customerId")?,
                    invoice_currency: f5.unwrap_or_default(),
                    aliases: f6.unwrap_or_default(),
                    net_term_days: f7.unwrap_or_default(),
                    address: f8.unwrap_or_default(),
                    primary_email: f9.unwrap_or_default(),
                    billing_information: f10.unwrap_or_default(),
                    status: crate::runtime::required(f11, "status")?,
                    settings: f12.unwrap_or_default(),
                    invoice_group_details: f13.unwrap_or_default(),
                    metadata: f14.unwrap_or_default(),
                    tags: f15.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Account", FIELDS, AccountVisitor)
    }
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
impl crate::runtime::StringEnum for AccountStatus {
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
impl serde::Serialize for AccountStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for AccountStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
