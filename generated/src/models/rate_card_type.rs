//! The `RateCardType` model.

use togai_codegen_runtime as rt;

/// Rate card type
///
/// Values this version of the crate does not know decode into
/// [`RateCardType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RateCardType {
    /// `MINIMUM_COMMITMENT`
    MinimumCommitment,
    /// `BILLING_ENTITLEMENT`
    BillingEntitlement,
    /// `CREDIT_GRANT`
    CreditGrant,
    /// `ENTITLEMENT_OVERAGE`
    EntitlementOverage,
    /// `FIXED_FEE`
    FixedFee,
    /// `LICENSE`
    License,
    /// `USAGE`
    Usage,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl RateCardType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MinimumCommitment => "MINIMUM_COMMITMENT",
            Self::BillingEntitlement => "BILLING_ENTITLEMENT",
            Self::CreditGrant => "CREDIT_GRANT",
            Self::EntitlementOverage => "ENTITLEMENT_OVERAGE",
            Self::FixedFee => "FIXED_FEE",
            Self::License => "LICENSE",
            Self::Usage => "USAGE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RateCardType {
    fn from(value: &str) -> Self {
        match value {
            "MINIMUM_COMMITMENT" => Self::MinimumCommitment,
            "BILLING_ENTITLEMENT" => Self::BillingEntitlement,
            "CREDIT_GRANT" => Self::CreditGrant,
            "ENTITLEMENT_OVERAGE" => Self::EntitlementOverage,
            "FIXED_FEE" => Self::FixedFee,
            "LICENSE" => Self::License,
            "USAGE" => Self::Usage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for RateCardType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RateCardType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for RateCardType {
    fn as_str(&self) -> &str {
        RateCardType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for RateCardType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for RateCardType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for RateCardType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
