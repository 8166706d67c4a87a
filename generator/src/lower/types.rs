//! The type space: schemas to [`TypeDef`]s and [`Ty`] references.
//!
//! Component schemas are registered first, in document order, so references
//! resolve whatever order they appear in. Inline object and enum schemas become
//! named types called after their parent and property.

mod all_of;
mod recursion;

use std::collections::HashMap;

use openapiv3::{ReferenceOr, Schema, SchemaData, SchemaKind, Type};

use crate::diagnostics::{Diagnostics, Error, Pointer, Result};
use crate::ir::{self, Field, IntEnum, StringEnum, Struct, Ty, TypeDef, TypeId, TypeKind, Union};
use crate::naming::{self, Scope};
use crate::resolve::Resolver;
use all_of::{annotations, collect_object, is_object, single_reference};

/// A schema or a reference to one, whatever box it came in.
#[derive(Clone, Copy)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

/// Where an inline type is being defined: its name hint and home module.
#[derive(Clone)]
pub struct Site {
    pub hint: String,
    pub module: Option<String>,
    pub pointer: Pointer,
}

impl Site {
    pub fn new(hint: impl Into<String>, pointer: Pointer) -> Self {
        Site {
            hint: hint.into(),
            module: None,
            pointer,
        }
    }

    fn child(&self, suffix: &str, pointer: Pointer) -> Site {
        Site {
            hint: naming::nested_hint(&self.hint, suffix),
            module: self.module.clone(),
            pointer,
        }
    }
}

/// Object-like content collected from a schema (and, for allOf, its parts).
#[derive(Default)]
struct ObjectParts<'a> {
    properties: Vec<(&'a str, SchemaRef<'a>, Pointer)>,
    required: Vec<&'a str>,
    additional: Option<(Option<SchemaRef<'a>>, Pointer)>,
}

pub struct TypeSpace<'a> {
    resolver: &'a Resolver<'a>,
    pub types: Vec<TypeDef>,
    components: HashMap<&'a str, TypeId>,
    names: Scope,
    modules: Scope,
    /// Inline schemas whose type is being defined, by address: an allOf
    /// that copies a schema's properties into itself meets them again.
    defining: HashMap<*const Schema, TypeId>,
}

/// More types than this means the allOf copies of a document's schemas do not
/// converge; the generator stops instead of running out of time or memory.
const MAX_TYPES: usize = 100_000;

impl<'a> TypeSpace<'a> {
    /// Registers and lowers every component schema.
    pub fn new(resolver: &'a Resolver<'a>, diag: &mut Diagnostics) -> Result<Self> {
        let mut space = TypeSpace {
            resolver,
            types: Vec::new(),
            components: HashMap::new(),
            names: Scope::default(),
            // A model module `models` inside `models` is clippy's `module_inception`.
            modules: Scope::with_reserved(&["models"]),
            defining: HashMap::new(),
        };
        let Some(components) = resolver.api.components.as_ref() else {
            return Ok(space);
        };
        for name in components.schemas.keys() {
            let id = space.register(
                &naming::type_name(name),
                None,
                Pointer::root()
                    .push("components")
                    .push("schemas")
                    .push(name),
            );
            space.components.insert(name.as_str(), id);
        }
        for (name, schema) in &components.schemas {
            let id = space.components[name.as_str()];
            let at = Pointer::root()
                .push("components")
                .push("schemas")
                .push(name);
            let site = Site {
                hint: space.types[id].name.clone(),
                module: Some(space.types[id].module.clone()),
                pointer: at,
            };
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    TypeKind::Alias(space.reference(reference, &site.pointer)?)
                }
                ReferenceOr::Item(schema) => {
                    space.types[id].description = schema.schema_data.description.clone();
                    space.types[id].deprecated = schema.schema_data.deprecated;
                    space.definition(schema, &site, diag)?
                }
            };
            space.types[id].kind = kind;
        }
        space.check_alias_cycles()?;
        space.mark_boxed();
        Ok(space)
    }

    fn register(&mut self, candidate: &str, module: Option<String>, source: Pointer) -> TypeId {
        let name = self.names.claim(candidate, "");
        let module =
            module.unwrap_or_else(|| self.modules.claim(&naming::module_file_name(&name), "_"));
        self.types.push(TypeDef {
            name,
            module,
            description: None,
            deprecated: false,
            kind: TypeKind::Alias(Ty::Json),
            source: source.to_string(),
        });
        self.types.len() - 1
    }

    fn reference(&self, reference: &str, at: &Pointer) -> Result<Ty> {
        let name = self.resolver.ref_name::<Schema>(reference, at)?;
        Ok(Ty::Named(self.components[name]))
    }

    /// A type reference for a schema met at `site` (a property, parameter, body…).
    pub fn ty(&mut self, schema: SchemaRef<'a>, site: &Site, diag: &mut Diagnostics) -> Result<Ty> {
        let schema = match schema {
            SchemaRef::Ref(r) => return self.reference(r, &site.pointer),
            SchemaRef::Inline(s) => s,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.named(schema, site, diag)
            }
            SchemaKind::Type(Type::Object(o)) if !o.properties.is_empty() => {
                self.named(schema, site, diag)
            }
            SchemaKind::Any(a) if !a.properties.is_empty() => self.named(schema, site, diag),
            SchemaKind::Type(Type::Integer(i)) if !i.enumeration.is_empty() => {
                self.named(schema, site, diag)
            }
            SchemaKind::OneOf { one_of: v } | SchemaKind::AnyOf { any_of: v } if v.len() == 1 => {
                self.ty((&v[0]).into(), site, diag)
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => self.named(schema, site, diag),
            SchemaKind::AllOf { all_of } => match single_reference(all_of) {
                // `allOf: [{$ref: X}, {description: …}]` is X, annotated.
                Some(reference) => self.reference(reference, &site.pointer),
                None => self.named(schema, site, diag),
            },
            _ => match self.definition(schema, site, diag)? {
                TypeKind::Alias(ty) => Ok(ty),
                other => {
                    // A shape that needs a name after all (e.g. an enum under `Any`).
                    let id = self.register(
                        &naming::type_name(&site.hint),
                        site.module.clone(),
                        site.pointer.clone(),
                    );
                    self.types[id].kind = other;
                    Ok(Ty::Named(id))
                }
            },
        }
    }

    /// Defines a new named type for an inline schema.
    fn named(&mut self, schema: &'a Schema, site: &Site, diag: &mut Diagnostics) -> Result<Ty> {
        let key = schema as *const Schema;
        if let Some(id) = self.defining.get(&key) {
            return Ok(Ty::Named(*id));
        }
        if self.types.len() >= MAX_TYPES {
            return Err(Error::doc(
                self.resolver.file,
                &site.pointer,
                format!(
                    "the schemas expand to more than {MAX_TYPES} types (allOf copies properties \
                     of schemas that contain allOf copies in turn); giving up"
                ),
            ));
        }
        let id = self.register(
            &naming::type_name(&site.hint),
            site.module.clone(),
            site.pointer.clone(),
        );
        self.defining.insert(key, id);
        self.types[id].description = schema.schema_data.description.clone();
        self.types[id].deprecated = schema.schema_data.deprecated;
        let module = self.types[id].module.clone();
        let inner = Site {
            hint: self.types[id].name.clone(),
            module: Some(module),
            pointer: site.pointer.clone(),
        };
        let kind = self.definition(schema, &inner, diag);
        self.defining.remove(&key);
        self.types[id].kind = kind?;
        Ok(Ty::Named(id))
    }

    /// The definition of a schema whose name is `site.hint`.
    fn definition(
        &mut self,
        schema: &'a Schema,
        site: &Site,
        diag: &mut Diagnostics,
    ) -> Result<TypeKind> {
        let at = &site.pointer;
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                if s.enumeration.is_empty() {
                    TypeKind::Alias(string_ty(&s.format))
                } else {
                    let values: Vec<&str> =
                        s.enumeration.iter().flatten().map(String::as_str).collect();
                    TypeKind::Enum(string_enum(&values))
                }
            }
            SchemaKind::Type(Type::Integer(i)) if !i.enumeration.is_empty() => {
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                TypeKind::IntEnum(int_enum(&values))
            }
            SchemaKind::Type(Type::Integer(i)) => TypeKind::Alias(match &i.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => {
                    Ty::I32
                }
                _ => Ty::I64,
            }),
            SchemaKind::Type(Type::Number(n)) => TypeKind::Alias(match &n.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => Ty::F32,
                _ => Ty::F64,
            }),
            SchemaKind::Type(Type::Boolean(_)) => TypeKind::Alias(Ty::Bool),
            SchemaKind::Type(Type::Array(a)) => {
                TypeKind::Alias(self.array(a.items.as_ref().map(SchemaRef::from), site, diag)?)
            }
            SchemaKind::Type(Type::Object(o)) => {
                let mut parts = ObjectParts::default();
                collect_object(
                    &mut parts,
                    &o.properties,
                    &o.required,
                    o.additional_properties.as_ref(),
                    at,
                );
                self.object(parts, site, diag)?
            }
            // An annotated reference to a schema that is not an object has
            // nothing to merge: it is that schema (objects are copied below).
            SchemaKind::AllOf { all_of }
                if single_reference(all_of)
                    .is_some_and(|r| self.component(r).is_some_and(|t| !is_object(t))) =>
            {
                let reference = single_reference(all_of).unwrap_or_default();
                TypeKind::Alias(self.reference(reference, at)?)
            }
            SchemaKind::AllOf { all_of } => {
                let mut parts = ObjectParts::default();
                let mut seen = Vec::new();
                for (i, part) in all_of.iter().enumerate() {
                    self.collect_all_of(
                        &mut parts,
                        part.into(),
                        &at.push("allOf").push(i.to_string()),
                        &mut seen,
                        diag,
                    )?;
                }
                self.object(parts, site, diag)?
            }
            SchemaKind::Any(a) => {
                if !a.properties.is_empty() || a.typ.as_deref() == Some("object") {
                    let mut parts = ObjectParts::default();
                    collect_object(
                        &mut parts,
                        &a.properties,
                        &a.required,
                        a.additional_properties.as_ref(),
                        at,
                    );
                    self.object(parts, site, diag)?
                } else if a.items.is_some() || a.typ.as_deref() == Some("array") {
                    TypeKind::Alias(self.array(
                        a.items.as_ref().map(SchemaRef::from),
                        site,
                        diag,
                    )?)
                } else if let Some(t) = a.typ.as_deref() {
                    TypeKind::Alias(match t {
                        "string" => Ty::String,
                        "integer" => Ty::I64,
                        "number" => Ty::F64,
                        "boolean" => Ty::Bool,
                        _ => {
                            diag.warn(
                                at,
                                None,
                                format!("unknown type `{t}`; using free-form JSON"),
                            );
                            Ty::Json
                        }
                    })
                } else {
                    TypeKind::Alias(Ty::Json)
                }
            }
            SchemaKind::OneOf { one_of: variants } | SchemaKind::AnyOf { any_of: variants } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.union(
                    variants,
                    schema.schema_data.discriminator.as_ref(),
                    key,
                    site,
                    diag,
                )?
            }
            SchemaKind::Not { .. } => {
                diag.warn(
                    at,
                    None,
                    "`not` schemas cannot be expressed as a type; using free-form JSON",
                );
                TypeKind::Alias(Ty::Json)
            }
        })
    }

    fn array(
        &mut self,
        items: Option<SchemaRef<'a>>,
        site: &Site,
        diag: &mut Diagnostics,
    ) -> Result<Ty> {
        Ok(Ty::Vec(Box::new(match items {
            Some(items) => self.ty(items, &site.child("Item", site.pointer.push("items")), diag)?,
            None => Ty::Json,
        })))
    }

    fn object(
        &mut self,
        parts: ObjectParts<'a>,
        site: &Site,
        diag: &mut Diagnostics,
    ) -> Result<TypeKind> {
        let additional = match parts.additional {
            Some((Some(schema), at)) => Some(self.ty(schema, &site.child("Value", at), diag)?),
            Some((None, _)) => Some(Ty::Json),
            None => None,
        };
        if parts.properties.is_empty() {
            // No declared shape: a map of values, or free-form JSON.
            return Ok(TypeKind::Alias(match additional {
                Some(Ty::Json) | None => Ty::Json,
                Some(ty) => Ty::Map(Box::new(ty)),
            }));
        }
        let mut scope = Scope::with_reserved(&["additional_properties"]);
        let mut fields: Vec<Field> = Vec::new();
        for (name, schema, at) in parts.properties {
            // A later allOf part redefines an earlier property (or a diamond
            // includes it twice): the later one wins, in the earlier one's
            // place and with its identifier.
            let earlier = fields.iter().position(|f| f.name == name);
            let ty = self.ty(schema, &site.child(name, at.clone()), diag)?;
            // The field's own annotations: an inline schema's, with those of
            // the annotation-only parts of an allOf that wraps a reference.
            let inline: Vec<&SchemaData> = match schema {
                SchemaRef::Inline(s) => annotations(s),
                SchemaRef::Ref(_) => Vec::new(),
            };
            let data: Vec<&SchemaData> = match schema {
                SchemaRef::Inline(s) => match &s.schema_kind {
                    SchemaKind::AllOf { all_of } => {
                        let target = single_reference(all_of).and_then(|r| self.component(r));
                        inline
                            .iter()
                            .copied()
                            .chain(target.map(|t| &t.schema_data))
                            .collect()
                    }
                    _ => inline.clone(),
                },
                SchemaRef::Ref(r) => self
                    .component(r)
                    .map(|s| &s.schema_data)
                    .into_iter()
                    .collect(),
            };
            let ident = match earlier {
                Some(i) => fields[i].ident.clone(),
                None => scope.claim(&naming::ident(name), "_"),
            };
            // The schemas whose `format` says what the value is.
            let formats: Vec<&Schema> = match schema {
                SchemaRef::Inline(s) => match &s.schema_kind {
                    SchemaKind::AllOf { all_of } => single_reference(all_of)
                        .and_then(|r| self.component(r))
                        .into_iter()
                        .collect(),
                    _ => vec![s],
                },
                SchemaRef::Ref(r) => self.component(r).into_iter().collect(),
            };
            let secret = super::secrets::is_secret(name, &formats);
            let field = Field {
                name: name.to_string(),
                ident,
                ty,
                required: parts.required.contains(&name),
                nullable: data.iter().any(|d| d.nullable),
                boxed: false,
                // A referenced schema's description documents the type, not this field.
                description: inline.iter().find_map(|d| d.description.clone()),
                deprecated: inline.iter().any(|d| d.deprecated),
                read_only: data.iter().any(|d| d.read_only),
                write_only: data.iter().any(|d| d.write_only),
                default: data
                    .iter()
                    .find_map(|d| d.default.as_ref())
                    .map(|v| v.to_string()),
                pointer: at.to_string(),
                secret,
            };
            match earlier {
                Some(i) => fields[i] = field,
                None => fields.push(field),
            }
        }
        Ok(TypeKind::Struct(Struct { fields, additional }))
    }

    /// The component schema a local `$ref` names, if it is one.
    /// Follows chains of references, a bounded number of steps (cycles are
    /// reported by `check_alias_cycles`).
    fn component(&self, reference: &str) -> Option<&'a Schema> {
        let schemas = &self.resolver.api.components.as_ref()?.schemas;
        let mut reference = reference;
        for _ in 0..=schemas.len() {
            let name = self
                .resolver
                .ref_name::<Schema>(reference, &Pointer::root())
                .ok()?;
            match schemas.get(name)? {
                ReferenceOr::Item(s) => return Some(s),
                ReferenceOr::Reference { reference: next } => reference = next,
            }
        }
        None
    }

    /// oneOf/anyOf: an enum with one variant per alternative, tagged when the
    /// document gives a discriminator, else tried in document order.
    fn union(
        &mut self,
        variants: &'a [ReferenceOr<Schema>],
        discriminator: Option<&'a openapiv3::Discriminator>,
        key: &str,
        site: &Site,
        diag: &mut Diagnostics,
    ) -> Result<TypeKind> {
        let mut names = Scope::default();
        let mut out = Vec::new();
        let mut refs = Vec::new();
        for (i, v) in variants.iter().enumerate() {
            let at = site.pointer.push(key).push(i.to_string());
            let title = match v {
                ReferenceOr::Item(s) => s.schema_data.title.clone(),
                ReferenceOr::Reference { .. } => None,
            };
            let hint = title.unwrap_or_else(|| naming::alternative_hint(i));
            let ty = self.ty(v.into(), &site.child(&hint, at), diag)?;
            let name = match &ty {
                Ty::Named(id) => self.types[*id].name.clone(),
                other => naming::primitive_variant_name(other).to_string(),
            };
            out.push((names.claim(&name, ""), ty));
            refs.push(match v {
                ReferenceOr::Reference { reference } => self
                    .resolver
                    .ref_name::<Schema>(reference, &site.pointer)
                    .ok(),
                ReferenceOr::Item(_) => None,
            });
        }
        let unknown = naming::union_catch_all(&mut names);
        let discriminator = discriminator.map(|d| {
            let mut mapping: Vec<(String, usize)> = Vec::new();
            for (value, target) in &d.mapping {
                let target_name = target.rsplit('/').next().unwrap_or(target);
                match refs.iter().position(|r| *r == Some(target_name)) {
                    Some(i) => mapping.push((value.clone(), i)),
                    None => diag.warn(
                        &site.pointer.push("discriminator"),
                        None,
                        format!("mapping `{value}` names `{target}`, which is not one of the alternatives; ignored"),
                    ),
                }
            }
            for (i, v) in variants.iter().enumerate() {
                if mapping.iter().any(|(_, j)| *j == i) {
                    continue;
                }
                // Without an explicit mapping, the value is the schema name (OpenAPI's
                // rule); an inline alternative has none, but may pin the property to one
                // value (`enum: [Aim]`), which is its value then.
                let value = refs[i]
                    .map(str::to_string)
                    .or_else(|| self.pinned_value(v, &d.property_name));
                if let Some(value) = value {
                    mapping.push((value, i));
                }
            }
            (d.property_name.clone(), mapping)
        });
        // A discriminator that names no alternative cannot choose one: the alternatives are
        // tried in order instead, as without one.
        let discriminator = match discriminator {
            Some((property, mapping)) if mapping.is_empty() => {
                diag.warn(
                    &site.pointer.push("discriminator"),
                    None,
                    format!(
                        "discriminator `{property}` gives no alternative a value (no mapping, \
                         no named schema, no one-value enum); the alternatives are tried in order"
                    ),
                );
                None
            }
            other => other,
        };
        Ok(TypeKind::Union(Union {
            boxed: vec![false; out.len()],
            variants: out,
            discriminator,
            unknown,
        }))
    }

    /// The one value an alternative allows for `property` (`enum: [Aim]`), if it is inline or
    /// a component, and declares it so.
    fn pinned_value(&self, v: &'a ReferenceOr<Schema>, property: &str) -> Option<String> {
        let schema = match v {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => self.component(reference)?,
        };
        let SchemaKind::Type(openapiv3::Type::Object(object)) = &schema.schema_kind else {
            return None;
        };
        let ReferenceOr::Item(field) = object.properties.get(property)? else {
            return None;
        };
        match &field.schema_kind {
            SchemaKind::Type(openapiv3::Type::String(t)) => match t.enumeration.as_slice() {
                [Some(one)] => Some(one.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The type behind `ty`, following aliases.
    pub fn resolve_alias<'t>(&'t self, ty: &'t Ty) -> &'t Ty {
        ir::resolve_alias(&self.types, ty)
    }
}

fn string_ty(format: &openapiv3::VariantOrUnknownOrEmpty<openapiv3::StringFormat>) -> Ty {
    use openapiv3::{StringFormat, VariantOrUnknownOrEmpty as V};
    match format {
        V::Item(StringFormat::Date) => Ty::Date,
        V::Item(StringFormat::DateTime) => Ty::DateTime,
        V::Item(StringFormat::Binary) => Ty::Bytes,
        _ => Ty::String,
    }
}

/// Variants for an integer enum: `V1`, `Minus1`, and a catch-all.
pub fn int_enum(values: &[i64]) -> IntEnum {
    let mut scope = Scope::default();
    let mut variants: Vec<(String, i64)> = Vec::new();
    for v in values {
        if variants.iter().any(|(_, w)| w == v) {
            continue;
        }
        variants.push((scope.claim(&naming::int_variant_name(*v), "_"), *v));
    }
    IntEnum {
        variants,
        unknown: naming::int_enum_catch_all(&mut scope),
    }
}

/// Variants for a string enum, unique, with a catch-all that no value claims.
pub fn string_enum(values: &[&str]) -> StringEnum {
    let mut scope = Scope::default();
    let mut variants = Vec::new();
    for (i, v) in values.iter().enumerate() {
        if variants.iter().any(|(_, w)| w == v) {
            continue;
        }
        variants.push((scope.claim(&naming::variant_name(v, i), ""), v.to_string()));
    }
    let unknown = naming::string_enum_catch_all(&mut scope);
    StringEnum { variants, unknown }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_variants_are_unique_and_keep_wire_values() {
        let e = string_enum(&["in-progress", "1", "", "Type", "type", "Unknown"]);
        let names: Vec<&str> = e.variants.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["InProgress", "V1", "Empty", "Type", "Type2", "Unknown"]
        );
        assert_eq!(e.variants[4].1, "type");
        assert_eq!(e.unknown, "UnknownValue");
    }

    fn lower_yaml(schemas: &str) -> Result<crate::ir::Model> {
        let path = std::path::Path::new("t.yaml");
        let text = format!(
            "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let value = crate::load::parse_value(path, &text).unwrap();
        let api = crate::load::from_value(path, value).unwrap();
        crate::lower::lower(&api, path)
    }

    #[test]
    fn a_field_of_a_reference_cycle_is_refused_not_followed_forever() {
        let e = lower_yaml(
            "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    \
             C: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("$ref cycle"), "{e}");
    }

    #[test]
    fn allof_copies_that_contain_themselves_end() {
        let m = lower_yaml(
            "    T:\n      type: object\n      properties:\n        kids:\n          type: array\n          \
             items:\n            allOf:\n              - $ref: '#/components/schemas/T'\n              \
             - {type: object, properties: {depth: {type: integer}}}\n",
        )
        .unwrap();
        let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["T", "TKidsItem"]);
    }
}
