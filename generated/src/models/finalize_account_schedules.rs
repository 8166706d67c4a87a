//! The `FinalizeAccountSchedules` model.

use togai_codegen_runtime as rt;

/// Request to finalize account schedules
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    FinalizeAccountSchedules {
        0 merge_schedules "mergeSchedules" optional,
        1 pre_actions "preActions" optional,
    }
}
impl FinalizeAccountSchedules {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `merge_schedules` (`mergeSchedules`); until set, it is left out.
    pub fn with_merge_schedules(mut self, value: impl Into<bool>) -> Self {
        self.merge_schedules = Some(value.into());
        self
    }

    /// Sets `pre_actions` (`preActions`); until set, it is left out.
    pub fn with_pre_actions(mut self, value: impl Into<Vec<crate::models::PreAction>>) -> Self {
        self.pre_actions = Some(value.into());
        self
    }
}
