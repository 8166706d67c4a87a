//! The type space: schemas to [`TypeDef`]s and [`Ty`] references.
//!
//! Component schemas are registered first, in document order, so references
//! resolve whatever order they appear in. Inline object and enum schemas become
//! named types called after their parent and property.

use std::collections::HashMap;

use heck::ToUpperCamelCase;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use crate::diagnostics::{Diagnostics, Error, Pointer, Result};
use crate::ir::{self, Field, IntEnum, StringEnum, Struct, Ty, TypeDef, TypeId, TypeKind, Union};
use crate::naming::{self, Scope};
use crate::resolve::Resolver;

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
            hint: format!("{}{}", self.hint, suffix.to_upper_camel_case()),
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
}

impl<'a> TypeSpace<'a> {
    /// Registers and lowers every component schema.
    pub fn new(resolver: &'a Resolver<'a>, diag: &mut Diagnostics) -> Result<Self> {
        let mut space = TypeSpace {
            resolver,
            types: Vec::new(),
            components: HashMap::new(),
            names: Scope::default(),
            modules: Scope::default(),
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
        let module = module.unwrap_or_else(|| self.modules.claim(&naming::module_name(&name), "_"));
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
            SchemaKind::AllOf { all_of }
                if all_of.len() == 1 && matches!(all_of[0], ReferenceOr::Reference { .. }) =>
            {
                self.ty((&all_of[0]).into(), site, diag)
            }
            SchemaKind::AllOf { .. } => self.named(schema, site, diag),
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
        let id = self.register(
            &naming::type_name(&site.hint),
            site.module.clone(),
            site.pointer.clone(),
        );
        self.types[id].description = schema.schema_data.description.clone();
        self.types[id].deprecated = schema.schema_data.deprecated;
        let module = self.types[id].module.clone();
        let inner = Site {
            hint: self.types[id].name.clone(),
            module: Some(module),
            pointer: site.pointer.clone(),
        };
        self.types[id].kind = self.definition(schema, &inner, diag)?;
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

    /// Collects the object content of one allOf part, following references.
    fn collect_all_of(
        &mut self,
        parts: &mut ObjectParts<'a>,
        part: SchemaRef<'a>,
        at: &Pointer,
        seen: &mut Vec<&'a str>,
        diag: &mut Diagnostics,
    ) -> Result<()> {
        let (schema, at) = match part {
            SchemaRef::Ref(r) => {
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
                match &self
                    .resolver
                    .api
                    .components
                    .as_ref()
                    .expect("ref_name checked")
                    .schemas[name]
                {
                    ReferenceOr::Reference { reference } => {
                        return self.collect_all_of(
                            parts,
                            SchemaRef::Ref(reference),
                            &at,
                            seen,
                            diag,
                        );
                    }
                    ReferenceOr::Item(s) => (s, at),
                }
            }
            SchemaRef::Inline(s) => (s, at.clone()),
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => collect_object(
                parts,
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                &at,
            ),
            SchemaKind::Any(a) => collect_object(
                parts,
                &a.properties,
                &a.required,
                a.additional_properties.as_ref(),
                &at,
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
                &at,
                None,
                "allOf part is not an object; its constraints are not merged",
            ),
        }
        Ok(())
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
            // A later allOf part redefines an earlier property: the later one wins.
            if let Some(pos) = fields.iter().position(|f| f.name == name) {
                fields.remove(pos);
            }
            let ty = self.ty(schema, &site.child(name, at.clone()), diag)?;
            let inline = match schema {
                SchemaRef::Inline(s) => Some(&s.schema_data),
                SchemaRef::Ref(_) => None,
            };
            let data = match schema {
                SchemaRef::Inline(s) => Some(&s.schema_data),
                SchemaRef::Ref(r) => self.component(r).map(|s| &s.schema_data),
            };
            fields.push(Field {
                name: name.to_string(),
                ident: scope.claim(&naming::ident(name), "_"),
                ty,
                required: parts.required.contains(&name),
                nullable: data.is_some_and(|d| d.nullable),
                boxed: false,
                // A referenced schema's description documents the type, not this field.
                description: inline.and_then(|d| d.description.clone()),
                deprecated: inline.is_some_and(|d| d.deprecated),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                default: data.and_then(|d| d.default.as_ref()).map(|v| v.to_string()),
            });
        }
        Ok(TypeKind::Struct(Struct { fields, additional }))
    }

    /// The component schema a local `$ref` names, if it is one.
    fn component(&self, reference: &str) -> Option<&'a Schema> {
        let name = reference.strip_prefix("#/components/schemas/")?;
        match self.resolver.api.components.as_ref()?.schemas.get(name)? {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => self.component(reference),
        }
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
            let hint = title.unwrap_or_else(|| format!("Variant{}", i + 1));
            let ty = self.ty(v.into(), &site.child(&hint, at), diag)?;
            let name = match &ty {
                Ty::Named(id) => self.types[*id].name.clone(),
                other => variant_for(other).to_string(),
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
        let unknown = ["Unknown", "UnknownVariant", "Other"]
            .iter()
            .find(|n| !names.contains(n))
            .map_or_else(|| names.claim("Unknown", ""), |n| n.to_string());
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
            // Without an explicit mapping, the value is the schema name (OpenAPI's rule).
            for (i, r) in refs.iter().enumerate() {
                if let Some(name) = r {
                    if !mapping.iter().any(|(_, j)| *j == i) {
                        mapping.push((name.to_string(), i));
                    }
                }
            }
            (d.property_name.clone(), mapping)
        });
        Ok(TypeKind::Union(Union {
            variants: out,
            discriminator,
            unknown,
        }))
    }

    /// `A: {$ref: B}`, `B: {$ref: A}` names no type at all.
    fn check_alias_cycles(&self) -> Result<()> {
        for start in 0..self.types.len() {
            let mut current = start;
            for _ in 0..=self.types.len() {
                match &self.types[current].kind {
                    TypeKind::Alias(Ty::Named(next)) => current = *next,
                    _ => break,
                }
                if current == start {
                    let pointer = Pointer::from_ref(&self.types[start].source).unwrap_or_default();
                    return Err(Error::doc(
                        self.resolver.file,
                        &pointer,
                        "$ref cycle: this schema is only a reference that leads back to itself, so it names no type",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Boxes each struct field whose type leads back to the struct without an
    /// indirection (Vec or map) in between.
    fn mark_boxed(&mut self) {
        let n = self.types.len();
        for id in 0..n {
            let TypeKind::Struct(s) = &self.types[id].kind else {
                continue;
            };
            let boxed: Vec<bool> = s
                .fields
                .iter()
                .map(|f| match &f.ty {
                    Ty::Named(target) => self.reaches(*target, id),
                    _ => false,
                })
                .collect();
            if let TypeKind::Struct(s) = &mut self.types[id].kind {
                for (f, b) in s.fields.iter_mut().zip(boxed) {
                    f.boxed = b;
                }
            }
        }
    }

    /// Whether `from` contains `to` by value.
    fn reaches(&self, from: TypeId, to: TypeId) -> bool {
        let mut stack = vec![from];
        let mut seen = vec![false; self.types.len()];
        while let Some(id) = stack.pop() {
            if id == to {
                return true;
            }
            if std::mem::replace(&mut seen[id], true) {
                continue;
            }
            match &self.types[id].kind {
                TypeKind::Struct(s) => stack.extend(s.fields.iter().filter_map(|f| match f.ty {
                    Ty::Named(t) => Some(t),
                    _ => None,
                })),
                TypeKind::Alias(Ty::Named(t)) => stack.push(*t),
                TypeKind::Union(u) => {
                    stack.extend(u.variants.iter().filter_map(|(_, ty)| match ty {
                        Ty::Named(t) => Some(*t),
                        _ => None,
                    }))
                }
                _ => {}
            }
        }
        false
    }

    /// The type behind `ty`, following aliases.
    pub fn resolve_alias<'t>(&'t self, ty: &'t Ty) -> &'t Ty {
        ir::resolve_alias(&self.types, ty)
    }
}

fn collect_object<'a>(
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

fn string_ty(format: &openapiv3::VariantOrUnknownOrEmpty<openapiv3::StringFormat>) -> Ty {
    use openapiv3::{StringFormat, VariantOrUnknownOrEmpty as V};
    match format {
        V::Item(StringFormat::Date) => Ty::Date,
        V::Item(StringFormat::DateTime) => Ty::DateTime,
        V::Item(StringFormat::Binary) => Ty::Bytes,
        _ => Ty::String,
    }
}

/// The variant name of a union alternative that is not a named type.
fn variant_for(ty: &Ty) -> &'static str {
    match ty {
        Ty::String | Ty::Date | Ty::DateTime => "String",
        Ty::Bool => "Boolean",
        Ty::I32 | Ty::I64 => "Integer",
        Ty::F32 | Ty::F64 => "Number",
        Ty::Vec(_) => "Array",
        Ty::Map(_) | Ty::Json => "Object",
        Ty::Bytes => "Bytes",
        Ty::Named(_) => "Value",
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
        let name = if *v < 0 {
            format!("Minus{}", v.unsigned_abs())
        } else {
            format!("V{v}")
        };
        variants.push((scope.claim(&name, "_"), *v));
    }
    IntEnum {
        variants,
        unknown: scope.claim("Unknown", ""),
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
    let unknown = ["Unknown", "UnknownValue", "Other"]
        .iter()
        .find(|n| !scope.contains(n))
        .map_or_else(|| scope.claim("Unknown", ""), |n| n.to_string());
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
}
