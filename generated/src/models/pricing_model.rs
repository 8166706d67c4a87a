//! The `PricingModel` model.

use togai_codegen_runtime as rt;

/// Togai supports two type of pricing model Tiered and Volume. Tiered pricing model applies respective slab and its rate to the usage value while volume pricing model applies the latest matching slab of the usage value and applies respective rate.
/// For more understanding read [Rate Cards](https://docs.togai.com/docs/priceplan#setting-up-multiple-rate-cards)
///
/// Values this version of the crate does not know decode into
/// [`PricingModel::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingModel {
    /// `TIERED`
    Tiered,
    /// `VOLUME`
    Volume,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PricingModel {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tiered => "TIERED",
            Self::Volume => "VOLUME",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PricingModel {
    fn from(value: &str) -> Self {
        match value {
            "TIERED" => Self::Tiered,
            "VOLUME" => Self::Volume,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PricingModel {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PricingModel {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PricingModel {
    fn as_str(&self) -> &str {
        PricingModel::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PricingModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PricingModel {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PricingModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
