//! The `PreAction` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Pre action to be performed before association or disassociation
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PreAction {
    /// Type of pre action to be performed
    pub r#type: crate::models::PreActionType,
    /// Configuration required for performing pre action
    /// - `GRANT_LICENSE`: grant one time licenses to an account before association
    ///   - `licenseId` \[Required\]: Id of the license to be granted
    ///   - `updateType` \[Required\]: Type of update to be performed on the license (RELATIVE or ABSOLUTE)
    ///   - `quantity` \[Required\]: Quantity of license to be granted
    ///   - `effectiveFrom` \[Optional\]: Effective date from which the license will be granted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    PreAction {
        0 r#type "type" required,
        1 config "config" optional,
    }
}
impl PreAction {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(r#type: impl Into<crate::models::PreActionType>) -> Self {
        Self {
            r#type: r#type.into(),
            config: None,
        }
    }

    /// Sets `config`; until set, it is left out.
    pub fn with_config(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.config = Some(value.into());
        self
    }
}

/// Type of pre action to be performed
///
/// Values this version of the crate does not know decode into
/// [`PreActionType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreActionType {
    /// `GRANT_LICENSE`
    GrantLicense,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PreActionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GrantLicense => "GRANT_LICENSE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PreActionType {
    fn from(value: &str) -> Self {
        match value {
            "GRANT_LICENSE" => Self::GrantLicense,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PreActionType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PreActionType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PreActionType {
    fn as_str(&self) -> &str {
        PreActionType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PreActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PreActionType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PreActionType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
