//! allOf: the object content of a schema and its parts, merged into one
//! struct (references followed, an allOf that includes itself refused), and
//! the allOf forms that only annotate a reference.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaData, SchemaKind, Type};

use super::{ObjectParts, SchemaRef, TypeSpace};
use crate::diagnostics::{Diagnostics, Error, Pointer, Result};

impl<'a> TypeSpace<'a> {
    /// Collects the object content of one allOf part, following references.
    /// `seen` holds the schemas being collected, to refuse an allOf that
    /// includes itself; one schema reached twice (a diamond) is fine.
    pub(super) fn collect_all_of(
        &mut self,
        parts: &mut ObjectParts<'a>,
        part: SchemaRef<'a>,
        at: &Pointer,
        seen: &mut Vec<&'a str>,
        diag: &mut Diagnostics,
    ) -> Result<()> {
        let r = match part {
            SchemaRef::Inline(s) => return self.collect_schema(parts, s, at, seen, diag),
            SchemaRef::Ref(r) => r,
        };
        let name = self.resolver.ref_name::<Schema>(r, at)?;
        if seen.contains(&name) {
            return Err(Error::doc(
                self.resolver.file,
                at,
                format!("allOf includes `{name}` inside itself"),
            ));
        }
        seen.push(name);
        let at = Pointer::root()
            .push("components")
            .push("schemas")
            .push(name);
        let schemas = &self
            .resolver
            .api
            .components
            .as_ref()
            .expect("ref_name checked")
            .schemas;
        let result = match &schemas[name] {
            ReferenceOr::Reference { reference } => {
                self.collect_all_of(parts, SchemaRef::Ref(reference), &at, seen, diag)
            }
            ReferenceOr::Item(s) => self.collect_schema(parts, s, &at, seen, diag),
        };
        seen.pop();
        result
    }

    pub(super) fn collect_schema(
        &mut self,
        parts: &mut ObjectParts<'a>,
        schema: &'a Schema,
        at: &Pointer,
        seen: &mut Vec<&'a str>,
        diag: &mut Diagnostics,
    ) -> Result<()> {
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => collect_object(
                parts,
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                at,
            ),
            SchemaKind::Any(a) => collect_object(
                parts,
                &a.properties,
                &a.required,
                a.additional_properties.as_ref(),
                at,
            ),
            SchemaKind::AllOf { all_of } => {
                for (i, p) in all_of.iter().enumerate() {
                    self.collect_all_of(
                        parts,
                        p.into(),
                        &at.push("allOf").push(i.to_string()),
                        seen,
                        diag,
                    )?;
                }
            }
            _ => diag.warn(
                at,
                None,
                "allOf part is not an object; its constraints are not merged",
            ),
        }
        Ok(())
    }
}

/// Whether an allOf part only annotates (description, nullable, example…)
/// and adds nothing to the shape.
pub(super) fn is_annotation(part: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = part else {
        return false;
    };
    matches!(&s.schema_kind, SchemaKind::Any(a)
        if a.typ.is_none()
            && a.properties.is_empty()
            && a.additional_properties.is_none()
            && a.items.is_none()
            && a.enumeration.is_empty()
            && a.format.is_none()
            && a.one_of.is_empty()
            && a.all_of.is_empty()
            && a.any_of.is_empty()
            && a.not.is_none())
        && s.schema_data.discriminator.is_none()
}

/// Whether allOf merges the schema's properties.
pub(super) fn is_object(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. } => true,
        SchemaKind::Any(a) => {
            !a.properties.is_empty()
                || a.additional_properties.is_some()
                || a.typ.as_deref() == Some("object")
        }
        _ => false,
    }
}

/// The reference of an allOf made of one reference and annotations only.
pub(super) fn single_reference(all_of: &[ReferenceOr<Schema>]) -> Option<&str> {
    let mut shapes = all_of.iter().filter(|p| !is_annotation(p));
    match (shapes.next(), shapes.next()) {
        (Some(ReferenceOr::Reference { reference }), None) => Some(reference),
        _ => None,
    }
}

/// A schema's annotations, then those of its allOf annotation parts.
pub(super) fn annotations(s: &Schema) -> Vec<&SchemaData> {
    let mut out = vec![&s.schema_data];
    if let SchemaKind::AllOf { all_of } = &s.schema_kind {
        if single_reference(all_of).is_some() {
            out.extend(all_of.iter().filter_map(|p| match p {
                ReferenceOr::Item(part) if is_annotation(p) => Some(&part.schema_data),
                _ => None,
            }));
        }
    }
    out
}

pub(super) fn collect_object<'a>(
    parts: &mut ObjectParts<'a>,
    properties: &'a indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: &'a [String],
    additional: Option<&'a AdditionalProperties>,
    at: &Pointer,
) {
    for (name, schema) in properties {
        parts
            .properties
            .push((name, schema.into(), at.push("properties").push(name)));
    }
    parts.required.extend(required.iter().map(String::as_str));
    match additional {
        Some(AdditionalProperties::Schema(s)) => {
            parts.additional = Some((Some(s.as_ref().into()), at.push("additionalProperties")));
        }
        Some(AdditionalProperties::Any(true)) => {
            parts.additional = Some((None, at.push("additionalProperties")))
        }
        _ => {}
    }
}
