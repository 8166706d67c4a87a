//! The `UpdateAccountRequest` model and the types inlined in it.
/// Payload to update account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateAccountRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "status",
            "invoiceCurrency",
            "netTermDays",
            "primaryEmail",
            "billingInformation",
            "address",
            "metadata",
            "tags",
        ];
        struct UpdateAccountRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateAccountRequestVisitor {
            type Value = UpdateAccountRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateAccountRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateAccountRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<crate::models::UpdateAccountRequestStatus>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<i32>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<crate::models::AccountsBillingInformation>> = None;
                let mut f6: Option<Option<crate::models::Address>> = None;
                let mut f7: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                let mut f8: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "status"),
                        2 => crate::runtime::field(&mut map, &mut f2, "invoiceCurrency"),
                        3 => crate::runtime::field(&mut map, &mut f3, "netTermDays"),
                        4 => crate::runtime::field(&mut map, &mut f4, "primaryEmail"),
                        5 => crate::runtime::field(&mut map, &mut f5, "billingInformation"),
                        6 => crate::runtime::field(&mut map, &mut f6, "address"),
                        7 => crate::runtime::field(&mut map, &mut f7, "metadata"),
                        8 => crate::runtime::field(&mut map, &mut f8, "tags"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateAccountRequest {
                    name: f0.unwrap_or_default(),
                    status: f1.unwrap_or_default(),
                    invoice_currency: f2.unwrap_or_default(),
                    net_term_days: f3.unwrap_or_default(),
                    primary_email: f4.unwrap_or_default(),
                    billing_information: f5.unwrap_or_default(),
                    address: f6.unwrap_or_default(),
                    metadata: f7.unwrap_or_default(),
                    tags: f8.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateAccountRequest", FIELDS, UpdateAccountRequestVisitor)
    }
}
/// The `UpdateAccountRequestStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`UpdateAccountRequestStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for UpdateAccountRequestStatus {
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
impl serde::Serialize for UpdateAccountRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UpdateAccountRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
