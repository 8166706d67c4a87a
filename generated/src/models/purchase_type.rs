//! The `PurchaseType` model.

use togai_codegen_runtime as rt;

/// Specifies whether this purchase is for granting entitlements or for an association or for wallet topup or prepaid purchase. If left null, ENTITLEMENT_GRANT is taken as default
///
/// Values this version of the crate does not know decode into
/// [`PurchaseType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PurchaseType {
    /// `ENTITLEMENT_GRANT`
    EntitlementGrant,
    /// `ASSOCIATION`
    Association,
    /// `WALLET_TOPUP`
    WalletTopup,
    /// `PREPAID`
    Prepaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PurchaseType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EntitlementGrant => "ENTITLEMENT_GRANT",
            Self::Association => "ASSOCIATION",
            Self::WalletTopup => "WALLET_TOPUP",
            Self::Prepaid => "PREPAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PurchaseType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT_GRANT" => Self::EntitlementGrant,
            "ASSOCIATION" => Self::Association,
            "WALLET_TOPUP" => Self::WalletTopup,
            "PREPAID" => Self::Prepaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PurchaseType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PurchaseType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PurchaseType {
    fn as_str(&self) -> &str {
        PurchaseType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PurchaseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PurchaseType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PurchaseType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
