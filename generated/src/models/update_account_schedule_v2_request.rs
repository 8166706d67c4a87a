//! The `UpdateAccountScheduleV2Request` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to dis/associate one or more schedules to an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    UpdateAccountScheduleV2Request { 0 mode "mode" optional, 1 effective_from
    "effectiveFrom" required, 2 effective_until "effectiveUntil" required, 3
    association_config "associationConfig" optional, 4 merge_schedules "mergeSchedules"
    optional, }
}

impl UpdateAccountScheduleV2Request {
    /// Creates a `UpdateAccountScheduleV2Request` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        effective_from: rt::chrono::NaiveDate,
        effective_until: rt::chrono::NaiveDate,
    ) -> Self {
        Self {
            mode: None,
            effective_from,
            effective_until,
            association_config: None,
            merge_schedules: None,
        }
    }
}

/// Mode of request to create dis/association
///
/// Values this version of the crate does not know decode into
/// [`UpdateAccountScheduleV2RequestMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
