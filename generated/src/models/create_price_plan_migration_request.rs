//! The `CreatePricePlanMigrationRequest` model and the types inlined in it.
/// Request to create price plan migration request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePricePlanMigrationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "sourceId",
            "sourceVersion",
            "targetId",
            "targetVersion",
            "migrationMode",
            "retainStartOffsets",
            "isPricePlanV2Migration",
            "requireConfirmation",
        ];
        struct CreatePricePlanMigrationRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePricePlanMigrationRequestVisitor {
            type Value = CreatePricePlanMigrationRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePricePlanMigrationRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePricePlanMigrationRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i32> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<i32>> = None;
                let mut f4: Option<crate::models::CreatePricePlanMigrationRequestMigrationMode> =
                    None;
                let mut f5: Option<Option<bool>> = None;
                let mut f6: Option<Option<bool>> = None;
                let mut f7: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "sourceId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "sourceVersion"),
                        2 => crate::runtime::field(&mut map, &mut f2, "targetId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "targetVersion"),
                        4 => crate::runtime::field(&mut map, &mut f4, "migrationMode"),
                        5 => crate::runtime::field(&mut map, &mut f5, "retainStartOffsets"),
                        6 => crate::runtime::field(&mut map, &mut f6, "isPricePlanV2Migration"),
                        7 => crate::runtime::field(&mut map, &mut f7, "requireConfirmation"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePricePlanMigrationRequest {
                    source_id: crate::runtime::required(f0, "sourceId")?,
                    source_version: crate::runtime::required(f1, "sourceVersion")?,
                    target_id: f2.unwrap_or_default(),
                    target_version: f3.unwrap_or_default(),
                    migration_mode: crate::runtime::required(f4, "migrationMode")?,
                    retain_start_offsets: f5.unwrap_or_default(),
                    is_price_plan_v2_migration: f6.unwrap_or_default(),
                    require_confirmation: f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreatePricePlanMigrationRequest",
            FIELDS,
            CreatePricePlanMigrationRequestVisitor,
        )
    }
}
impl CreatePricePlanMigrationRequest {
    /// Creates a `CreatePricePlanMigrationRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        source_id: String,
        source_version: i32,
        migration_mode: crate::models::CreatePricePlanMigrationRequestMigrationMode,
    ) -> Self {
        Self {
            source_id,
            source_version,
            target_id: None,
            target_version: None,
            migration_mode,
            retain_start_offsets: None,
            is_price_plan_v2_migration: None,
            require_confirmation: None,
        }
    }
}
/// The `CreatePricePlanMigrationRequestMigrationMode` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreatePricePlanMigrationRequestMigrationMode::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for CreatePricePlanMigrationRequestMigrationMode {
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
impl serde::Serialize for CreatePricePlanMigrationRequestMigrationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for CreatePricePlanMigrationRequestMigrationMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
