//! The `Customer` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of customer
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    Customer {
        0 id "id" required,
        1 togai_customer_id "togaiCustomerId" required,
        2 name "name" required,
        3 primary_email "primaryEmail" required,
        4 billing_address "billingAddress" required,
        5 address "address" required,
        6 status "status" required,
        7 created_at "createdAt" required rt::datetime::Seed,
        8 updated_at "updatedAt" required rt::datetime::Seed,
    }
}
impl Customer {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        togai_customer_id: impl Into<String>,
        name: impl Into<String>,
        primary_email: impl Into<String>,
        billing_address: impl Into<String>,
        address: impl Into<crate::models::Address>,
        status: impl Into<crate::models::CustomerStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            togai_customer_id: togai_customer_id.into(),
            name: name.into(),
            primary_email: primary_email.into(),
            billing_address: billing_address.into(),
            address: address.into(),
            status: status.into(),
            created_at: created_at.into(),
            updated_at: updated_at.into(),
        }
    }
}

/// Status of the customer
///
/// Values this version of the crate does not know decode into
/// [`CustomerStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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

impl PartialOrd for CustomerStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CustomerStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CustomerStatus {
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

impl rt::serde::Serialize for CustomerStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CustomerStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
