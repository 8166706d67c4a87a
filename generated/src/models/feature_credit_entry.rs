//! The `FeatureCreditEntry` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Get feature credits response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct FeatureCreditEntry {
    /// `id`
    pub id: String,
    /// Source of the feature credit
    pub source: crate::models::FeatureCreditEntrySource,
    /// Status of the feature credit entry
    pub status: crate::models::FeatureCreditEntryStatus,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `granted`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<f64>,
    /// `balance`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// `used`
    pub used: f64,
}

rt::deserialize_struct! {
    FeatureCreditEntry {
        0 id "id" required,
        1 source "source" required,
        2 status "status" required,
        3 effective_from "effectiveFrom" required rt::datetime::Seed,
        4 effective_until "effectiveUntil" required rt::datetime::Seed,
        5 granted "granted" optional,
        6 balance "balance" optional,
        7 used "used" required,
    }
}
impl FeatureCreditEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        source: impl Into<crate::models::FeatureCreditEntrySource>,
        status: impl Into<crate::models::FeatureCreditEntryStatus>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        effective_until: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        used: impl Into<f64>,
    ) -> Self {
        Self {
            id: id.into(),
            source: source.into(),
            status: status.into(),
            effective_from: effective_from.into(),
            effective_until: effective_until.into(),
            granted: None,
            balance: None,
            used: used.into(),
        }
    }

    /// Sets `granted`; until set, it is left out.
    pub fn with_granted(mut self, value: impl Into<f64>) -> Self {
        self.granted = Some(value.into());
        self
    }

    /// Sets `balance`; until set, it is left out.
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(value.into());
        self
    }
}

/// Source of the feature credit
///
/// Values this version of the crate does not know decode into
/// [`FeatureCreditEntrySource::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureCreditEntrySource {
    /// `ENTITLEMENT`
    Entitlement,
    /// `PRICE_PLAN`
    PricePlan,
    /// `OVERAGE`
    Overage,
    /// `REFUND`
    Refund,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl FeatureCreditEntrySource {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::PricePlan => "PRICE_PLAN",
            Self::Overage => "OVERAGE",
            Self::Refund => "REFUND",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FeatureCreditEntrySource {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            "PRICE_PLAN" => Self::PricePlan,
            "OVERAGE" => Self::Overage,
            "REFUND" => Self::Refund,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for FeatureCreditEntrySource {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FeatureCreditEntrySource {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for FeatureCreditEntrySource {
    fn as_str(&self) -> &str {
        FeatureCreditEntrySource::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for FeatureCreditEntrySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for FeatureCreditEntrySource {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for FeatureCreditEntrySource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// Status of the feature credit entry
///
/// Values this version of the crate does not know decode into
/// [`FeatureCreditEntryStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureCreditEntryStatus {
    /// `ACTIVE`
    Active,
    /// `EXPIRED`
    Expired,
    /// `VOIDED`
    Voided,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl FeatureCreditEntryStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Expired => "EXPIRED",
            Self::Voided => "VOIDED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FeatureCreditEntryStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "EXPIRED" => Self::Expired,
            "VOIDED" => Self::Voided,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for FeatureCreditEntryStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FeatureCreditEntryStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for FeatureCreditEntryStatus {
    fn as_str(&self) -> &str {
        FeatureCreditEntryStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for FeatureCreditEntryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for FeatureCreditEntryStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for FeatureCreditEntryStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
