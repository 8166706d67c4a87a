//! The `FinalizeAccountSchedules` model.

use togai_codegen_runtime as rt;

/// Request to finalize account schedules
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FinalizeAccountSchedules {
    /// If this flag is true, the schedules will be merged with the existing schedules of the account if possible.
    /// If this flag is false, the existing schedules will be replaced with the new schedules.
    /// Default value is false
    #[serde(rename = "mergeSchedules", skip_serializing_if = "Option::is_none")]
    pub merge_schedules: Option<bool>,
    /// Pre actions to be performed before association or disassociation
    #[serde(rename = "preActions", skip_serializing_if = "Option::is_none")]
    pub pre_actions: Option<Vec<crate::models::PreAction>>,
}

rt::deserialize_struct! {
    FinalizeAccountSchedules { 0 merge_schedules "mergeSchedules" optional, 1 pre_actions
    "preActions" optional, }
}
