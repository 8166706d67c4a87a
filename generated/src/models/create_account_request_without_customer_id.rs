//! The `CreateAccountRequestWithoutCustomerId` model and the types inlined in it.
/// Payload to create account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateAccountRequestWithoutCustomerId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "invoiceCurrency",
            "aliases",
            "accountAliases",
            "address",
            "primaryEmail",
            "billingInformation",
            "settings",
            "netTermDays",
            "metadata",
            "tags",
            "status",
        ];
        struct CreateAccountRequestWithoutCustomerIdVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateAccountRequestWithoutCustomerIdVisitor {
            type Value = CreateAccountRequestWithoutCustomerId;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAccountRequestWithoutCustomerId")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateAccountRequestWithoutCustomerId, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<Vec<String>>> = None;
                let mut f4: Option<Option<Vec<crate::models::CreateAccountAliasRequest>>> = None;
                let mut f5: Option<Option<crate::models::Address>> = None;
                let mut f6: Option<Option<String>> = None;
                let mut f7: Option<Option<crate::models::AccountsBillingInformation>> = None;
                let mut f8: Option<Option<Vec<crate::models::CreateEntitySetting>>> = None;
                let mut f9: Option<Option<i32>> = None;
                let mut f10: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                let mut f11: Option<Option<Vec<String>>> = None;
                let mut f12: Option<
                    Option<crate::models::CreateAccountRequestWithoutCustomerIdStatus>,
                > = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "invoiceCurrency"),
                        3 => crate::runtime::field(&mut map, &mut f3, "aliases"),
                        4 => crate::runtime::field(&mut map, &mut f4, "accountAliases"),
                        5 => crate::runtime::field(&mut map, &mut f5, "address"),
                        6 => crate::runtime::field(&mut map, &mut f6, "primaryEmail"),
                        7 => crate::runtime::field(&mut map, &mut f7, "billingInformation"),
                        8 => crate::runtime::field(&mut map, &mut f8, "settings"),
                        9 => crate::runtime::field(&mut map, &mut f9, "netTermDays"),
                        10 => crate::runtime::field(&mut map, &mut f10, "metadata"),
                        11 => crate::runtime::field(&mut map, &mut f11, "tags"),
                        12 => crate::runtime::field(&mut map, &mut f12, "status"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateAccountRequestWithoutCustomerId {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    invoice_currency: f2.unwrap_or_default(),
                    aliases: f3.unwrap_or_default(),
                    account_aliases: f4.unwrap_or_default(),
                    address: f5.unwrap_or_default(),
                    primary_email: f6.unwrap_or_default(),
                    billing_information: f7.unwrap_or_default(),
                    settings: f8.unwrap_or_default(),
                    net_term_days: f9.unwrap_or_default(),
                    metadata: f10.unwrap_or_default(),
                    tags: f11.unwrap_or_default(),
                    status: f12.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateAccountRequestWithoutCustomerId",
            FIELDS,
            CreateAccountRequestWithoutCustomerIdVisitor,
        )
    }
}
impl CreateAccountRequestWithoutCustomerId {
    /// Creates a `CreateAccountRequestWithoutCustomerId` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
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
        }
    }
}
/// Status of the created account defaults to ACTIVE
///
/// Values this version of the crate does not know decode into
/// [`CreateAccountRequestWithoutCustomerIdStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for CreateAccountRequestWithoutCustomerIdStatus {
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
impl serde::Serialize for CreateAccountRequestWithoutCustomerIdStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreateAccountRequestWithoutCustomerIdStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
