//! The `SchemaFeature` model.

/// Association of a feature with event_schemas
pub type SchemaFeature = Vec<crate::models::EventSchemasForFeature>;
