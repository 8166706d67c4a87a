//! The `UpdateAccountScheduleV2Request` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateAccountScheduleV2Request {
    /// Mode of request to create dis/association
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<crate::models::UpdateAccountScheduleV2RequestMode>,
    /// Date of effectiveness of the association. The date is expected in YYYY-MM-DD format
    /// - Editing of a BILLING plan with deferredRevenue can be achieved with
    ///   effectiveFrom as start date of current cycle or using `retainStartOffset` option.
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::NaiveDate,
    /// Date until which the association must be effective. The date is expected in YYYY-MM-DD format
    #[serde(rename = "effectiveUntil")]
    pub effective_until: rt::chrono::NaiveDate,
    /// `associationConfig`
    #[serde(rename = "associationConfig", skip_serializing_if = "Option::is_none")]
    pub association_config: Option<crate::models::AssociationConfig>,
    /// If this flag is true, the schedules will be merged with the existing schedules of the account if possible.
    /// If this flag is false, the existing schedules will be replaced with the new schedules.
    /// Default value is false
    #[serde(rename = "mergeSchedules", skip_serializing_if = "Option::is_none")]
    pub merge_schedules: Option<bool>,
}

rt::deserialize_struct! {
    UpdateAccountScheduleV2Request {
        0 mode "mode" optional,
        1 effective_from "effectiveFrom" required,
        2 effective_until "effectiveUntil" required,
        3 association_config "associationConfig" optional,
        4 merge_schedules "mergeSchedules" optional,
    }
}
impl UpdateAccountScheduleV2Request {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        effective_from: impl Into<rt::chrono::NaiveDate>,
        effective_until: impl Into<rt::chrono::NaiveDate>,
    ) -> Self {
        Self {
            mode: None,
            effective_from: effective_from.into(),
            effective_until: effective_until.into(),
            association_config: None,
            merge_schedules: None,
        }
    }

    /// Sets `mode`; until set, it is left out.
    pub fn with_mode(
        mut self,
        value: impl Into<crate::models::UpdateAccountScheduleV2RequestMode>,
    ) -> Self {
        self.mode = Some(value.into());
        self
    }

    /// Sets `association_config` (`associationConfig`); until set, it is left out.
    pub fn with_association_config(
        mut self,
        value: impl Into<crate::models::AssociationConfig>,
    ) -> Self {
        self.association_config = Some(value.into());
        self
    }

    /// Sets `merge_schedules` (`mergeSchedules`); until set, it is left out.
    pub fn with_merge_schedules(mut self, value: impl Into<bool>) -> Self {
        self.merge_schedules = Some(value.into());
        self
    }
}

/// Mode of request to create dis/association
///
/// Values this version of the crate does not know decode into
/// [`UpdateAccountScheduleV2RequestMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateAccountScheduleV2RequestMode {
    /// `ASSOCIATE`
    Associate,
    /// `DISASSOCIATE`
    Disassociate,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateAccountScheduleV2RequestMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Associate => "ASSOCIATE",
            Self::Disassociate => "DISASSOCIATE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateAccountScheduleV2RequestMode {
    fn from(value: &str) -> Self {
        match value {
            "ASSOCIATE" => Self::Associate,
            "DISASSOCIATE" => Self::Disassociate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdateAccountScheduleV2RequestMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdateAccountScheduleV2RequestMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdateAccountScheduleV2RequestMode {
    fn as_str(&self) -> &str {
        UpdateAccountScheduleV2RequestMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateAccountScheduleV2RequestMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateAccountScheduleV2RequestMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateAccountScheduleV2RequestMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
