//! The `Customer` model and the types inlined in it.
/// Structure of customer
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Customer {
    /// Identifier of customer
    pub id: String,
    /// Unique identifier of customer
    #[serde(rename = "togaiCustomerId")]
    pub togai_customer_id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// billing address of the customer
    #[serde(rename = "billingAddress")]
    pub billing_address: String,
    /// `address`
    pub address: crate::models::Address,
    /// Status of the customer
    pub status: crate::models::CustomerStatus,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "togaiCustomerId",
            "name",
            "primaryEmail",
            "billingAddress",
            "address",
            "status",
            "createdAt",
            "updatedAt",
        ];
        struct CustomerVisitor;
        impl<'de> serde::de::Visitor<'de> for CustomerVisitor {
            type Value = Customer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Customer")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Customer, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<crate::models::Address> = None;
                let mut f6: Option<crate::models::CustomerStatus> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "togaiCustomerId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "primaryEmail"),
                        4 => crate::runtime::field(&mut map, &mut f4, "billingAddress"),
                        5 => crate::runtime::field(&mut map, &mut f5, "address"),
                        6 => crate::runtime::field(&mut map, &mut f6, "status"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Customer {
                    id: crate::runtime::required(f0, "id")?,
                    togai_customer_id: crate::runtime::required(f1, "togaiCustomerId")?,
                    name: crate::runtime::required(f2, "name")?,
                    primary_email: crate::runtime::required(f3, "primaryEmail")?,
                    billing_address: crate::runtime::required(f4, "billingAddress")?,
                    address: crate::runtime::required(f5, "address")?,
                    status: crate::runtime::required(f6, "status")?,
                    created_at: crate::runtime::required(f7, "createdAt")?,
                    updated_at: crate::runtime::required(f8, "updatedAt")?,
                })
            }
        }
        deserializer.deserialize_struct("Customer", FIELDS, CustomerVisitor)
    }
}
impl Customer {
    /// Creates a `Customer` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        togai_customer_id: String,
        name: String,
        primary_email: String,
        billing_address: String,
        address: crate::models::Address,
        status: crate::models::CustomerStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            togai_customer_id,
            name,
            primary_email,
            billing_address,
            address,
            status,
            created_at,
            updated_at,
        }
    }
}
/// Status of the customer
///
/// Values this version of the crate does not know decode into
/// [`CustomerStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerStatus {
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl CustomerStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CustomerStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for CustomerStatus {
    fn as_str(&self) -> &str {
        CustomerStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for CustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CustomerStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CustomerStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
