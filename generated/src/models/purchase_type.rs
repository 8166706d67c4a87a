//! The `PurchaseType` model.
/// Specifies whether this purchase is for granting entitlements or for an association or for wallet topup or prepaid purchase. If left null, ENTITLEMENT_GRANT is taken as default
///
/// Values this version of the crate does not know decode into
/// [`PurchaseType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for PurchaseType {
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
impl serde::Serialize for PurchaseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PurchaseType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
