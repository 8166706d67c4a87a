//! The `Dimensions` model.

/// Dimensions are tags/labels associated with the events.
pub type Dimensions = std::collections::BTreeMap<String, String>;
