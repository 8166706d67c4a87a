//! The `LicenseUpdateRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// License update request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct LicenseUpdateRequest {
    /// The license id for which the update is requested
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// The account id for which the license is being updated
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// The type of update to be performed
    #[serde(rename = "updateType")]
    pub update_type: crate::models::LicenseUpdateRequestUpdateType,
    /// The quantity to be updated
    pub quantity: f64,
    /// The effective from date for the update
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// The idempotency key for uniqueness of the license update request
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    LicenseUpdateRequest {
        0 license_id "licenseId" required,
        1 account_id "accountId" required,
        2 update_type "updateType" required,
        3 quantity "quantity" required,
        4 effective_from "effectiveFrom" optional rt::datetime::OptionSeed,
        5 idempotency_key "idempotencyKey" optional,
        6 metadata "metadata" optional,
    }
}
impl LicenseUpdateRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        license_id: impl Into<String>,
        account_id: impl Into<String>,
        update_type: impl Into<crate::models::LicenseUpdateRequestUpdateType>,
        quantity: impl Into<f64>,
    ) -> Self {
        Self {
            license_id: license_id.into(),
            account_id: account_id.into(),
            update_type: update_type.into(),
            quantity: quantity.into(),
            effective_from: None,
            idempotency_key: None,
            metadata: None,
        }
    }

    /// Sets `effective_from` (`effectiveFrom`); until set, it is left out.
    pub fn with_effective_from(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_from = Some(value.into());
        self
    }

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
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
}

/// The type of update to be performed
///
/// Values this version of the crate does not know decode into
/// [`LicenseUpdateRequestUpdateType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseUpdateRequestUpdateType {
    /// `RELATIVE`
    Relative,
    /// `ABSOLUTE`
    Absolute,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl LicenseUpdateRequestUpdateType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Relative => "RELATIVE",
            Self::Absolute => "ABSOLUTE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LicenseUpdateRequestUpdateType {
    fn from(value: &str) -> Self {
        match value {
            "RELATIVE" => Self::Relative,
            "ABSOLUTE" => Self::Absolute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for LicenseUpdateRequestUpdateType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LicenseUpdateRequestUpdateType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for LicenseUpdateRequestUpdateType {
    fn as_str(&self) -> &str {
        LicenseUpdateRequestUpdateType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for LicenseUpdateRequestUpdateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for LicenseUpdateRequestUpdateType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for LicenseUpdateRequestUpdateType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
