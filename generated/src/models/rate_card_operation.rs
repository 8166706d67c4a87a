//! The `RateCardOperation` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Rate card operation
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RateCardOperation {
    /// Operation type
    #[serde(rename = "actionType")]
    pub action_type: crate::models::RateCardOperationActionType,
    /// Required for UPDATE and DELETE operations
    #[serde(rename = "rateCardName")]
    pub rate_card_name: String,
    /// `rateCard`
    #[serde(rename = "rateCard", skip_serializing_if = "Option::is_none")]
    pub rate_card: Option<crate::models::RateCardData>,
}

rt::deserialize_struct! {
    RateCardOperation {
        0 action_type "actionType" required,
        1 rate_card_name "rateCardName" required,
        2 rate_card "rateCard" optional,
    }
}
impl RateCardOperation {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        action_type: impl Into<crate::models::RateCardOperationActionType>,
        rate_card_name: impl Into<String>,
    ) -> Self {
        Self {
            action_type: action_type.into(),
            rate_card_name: rate_card_name.into(),
            rate_card: None,
        }
    }

    /// Sets `rate_card` (`rateCard`); until set, it is left out.
    pub fn with_rate_card(mut self, value: impl Into<crate::models::RateCardData>) -> Self {
        self.rate_card = Some(value.into());
        self
    }
}

/// Operation type
///
/// Values this version of the crate does not know decode into
/// [`RateCardOperationActionType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RateCardOperationActionType {
    /// `CREATE`
    Create,
    /// `UPDATE`
    Update,
    /// `DELETE`
    Delete,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl RateCardOperationActionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "CREATE",
            Self::Update => "UPDATE",
            Self::Delete => "DELETE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RateCardOperationActionType {
    fn from(value: &str) -> Self {
        match value {
            "CREATE" => Self::Create,
            "UPDATE" => Self::Update,
            "DELETE" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for RateCardOperationActionType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RateCardOperationActionType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for RateCardOperationActionType {
    fn as_str(&self) -> &str {
        RateCardOperationActionType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for RateCardOperationActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for RateCardOperationActionType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for RateCardOperationActionType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
