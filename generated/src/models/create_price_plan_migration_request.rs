//! The `CreatePricePlanMigrationRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to create price plan migration request
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreatePricePlanMigrationRequest {
    /// Id of source price plan
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Version of the source price plan
    #[serde(rename = "sourceVersion")]
    pub source_version: i32,
    /// Id of target price plan
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// Version of the target price plan
    #[serde(rename = "targetVersion", skip_serializing_if = "Option::is_none")]
    pub target_version: Option<i32>,
    /// `migrationMode`
    #[serde(rename = "migrationMode")]
    pub migration_mode: crate::models::CreatePricePlanMigrationRequestMigrationMode,
    /// If this flag is true, current pricing cycle of the account on the date of association will continue rather
    /// than the configurations of the newly associated price plan. Pricing cycle overrides specified  using
    /// `pricePlanDetailsOverride` will take precedence over the pricing cycle configurations of
    /// the new price plan that the account needs to migrate to. PricingCycleInterval of the existing plan and
    /// the new plan must be same for this to work. We'll return a `400 BadRequest` otherwise.
    /// Examples:
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (15th Oct to 15th Nov) of different price plan with retainStartOffsets option true
    ///     will use the same pricing cycle configuration {dayOffset: 1, monthOffset: NIL} rather than using the
    ///     pricing cycle configuration of the new price plan that the account needs to migrate to.
    ///   - Ongoing plan (1st Oct to 30th Oct) - {dayOffset: 1, monthOffset: NIL}
    ///     New association (1st Nov to 30th Nov) of different price plan with retainStartOffsets option true will
    ///     throw a `400 BadRequest` as no existing price plan configuration found on date of association
    #[serde(rename = "retainStartOffsets", skip_serializing_if = "Option::is_none")]
    pub retain_start_offsets: Option<bool>,
    /// If this flag is true, the migration will be done for price plan v2. Default value is false
    #[serde(
        rename = "isPricePlanV2Migration",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_price_plan_v2_migration: Option<bool>,
    /// This field specifies whether to process job or to wait till the job is confirmed. Default value: false
    #[serde(
        rename = "requireConfirmation",
        skip_serializing_if = "Option::is_none"
    )]
    pub require_confirmation: Option<bool>,
}

rt::deserialize_struct! {
    CreatePricePlanMigrationRequest {
        0 source_id "sourceId" required,
        1 source_version "sourceVersion" required,
        2 target_id "targetId" optional,
        3 target_version "targetVersion" optional,
        4 migration_mode "migrationMode" required,
        5 retain_start_offsets "retainStartOffsets" optional,
        6 is_price_plan_v2_migration "isPricePlanV2Migration" optional,
        7 require_confirmation "requireConfirmation" optional,
    }
}
impl CreatePricePlanMigrationRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        source_id: impl Into<String>,
        source_version: impl Into<i32>,
        migration_mode: impl Into<crate::models::CreatePricePlanMigrationRequestMigrationMode>,
    ) -> Self {
        Self {
            source_id: source_id.into(),
            source_version: source_version.into(),
            target_id: None,
            target_version: None,
            migration_mode: migration_mode.into(),
            retain_start_offsets: None,
            is_price_plan_v2_migration: None,
            require_confirmation: None,
        }
    }

    /// Sets `target_id` (`targetId`); until set, it is left out.
    pub fn with_target_id(mut self, value: impl Into<String>) -> Self {
        self.target_id = Some(value.into());
        self
    }

    /// Sets `target_version` (`targetVersion`); until set, it is left out.
    pub fn with_target_version(mut self, value: impl Into<i32>) -> Self {
        self.target_version = Some(value.into());
        self
    }

    /// Sets `retain_start_offsets` (`retainStartOffsets`); until set, it is left out.
    pub fn with_retain_start_offsets(mut self, value: impl Into<bool>) -> Self {
        self.retain_start_offsets = Some(value.into());
        self
    }

    /// Sets `is_price_plan_v2_migration` (`isPricePlanV2Migration`); until set, it is left out.
    pub fn with_is_price_plan_v2_migration(mut self, value: impl Into<bool>) -> Self {
        self.is_price_plan_v2_migration = Some(value.into());
        self
    }

    /// Sets `require_confirmation` (`requireConfirmation`); until set, it is left out.
    pub fn with_require_confirmation(mut self, value: impl Into<bool>) -> Self {
        self.require_confirmation = Some(value.into());
        self
    }
}

/// The `CreatePricePlanMigrationRequestMigrationMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreatePricePlanMigrationRequestMigrationMode::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreatePricePlanMigrationRequestMigrationMode {
    /// `IMMEDIATE`
    Immediate,
    /// `IMMEDIATE_IGNORE_OVERRIDE`
    ImmediateIgnoreOverride,
    /// `NEXT_CYCLE`
    NextCycle,
    /// `NEXT_CYCLE_IGNORE_OVERRIDE`
    NextCycleIgnoreOverride,
    /// `START_OF_CURRENT_CYCLE`
    StartOfCurrentCycle,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreatePricePlanMigrationRequestMigrationMode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Immediate => "IMMEDIATE",
            Self::ImmediateIgnoreOverride => "IMMEDIATE_IGNORE_OVERRIDE",
            Self::NextCycle => "NEXT_CYCLE",
            Self::NextCycleIgnoreOverride => "NEXT_CYCLE_IGNORE_OVERRIDE",
            Self::StartOfCurrentCycle => "START_OF_CURRENT_CYCLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreatePricePlanMigrationRequestMigrationMode {
    fn from(value: &str) -> Self {
        match value {
            "IMMEDIATE" => Self::Immediate,
            "IMMEDIATE_IGNORE_OVERRIDE" => Self::ImmediateIgnoreOverride,
            "NEXT_CYCLE" => Self::NextCycle,
            "NEXT_CYCLE_IGNORE_OVERRIDE" => Self::NextCycleIgnoreOverride,
            "START_OF_CURRENT_CYCLE" => Self::StartOfCurrentCycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreatePricePlanMigrationRequestMigrationMode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreatePricePlanMigrationRequestMigrationMode {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreatePricePlanMigrationRequestMigrationMode {
    fn as_str(&self) -> &str {
        CreatePricePlanMigrationRequestMigrationMode::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreatePricePlanMigrationRequestMigrationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreatePricePlanMigrationRequestMigrationMode {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreatePricePlanMigrationRequestMigrationMode {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
