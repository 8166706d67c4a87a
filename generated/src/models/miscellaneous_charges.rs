//! The `MiscellaneousCharges` model.

/// The `MiscellaneousCharges` schema.
pub type MiscellaneousCharges = Vec<crate::models::MiscellaneousCharge>;
