//! Models: schemas added and removed, fields, enum values and union variants,
//! judged by the Rust types the generator emits for them.

use std::collections::BTreeMap;

use super::{canon, At, Changes, Cx, Kind, Level, Side};
use crate::ir::{Field, IntEnum, Model, StringEnum, Struct, Ty, TypeDef, TypeKind, Union};

pub(super) fn compare(cx: &Cx<'_>, out: &mut Changes) {
    let old = by_name(cx.old);
    let new = by_name(cx.new);
    for (name, o) in &old {
        let rust = format!("models::{name}");
        match new.get(name) {
            None => out.push(
                Kind::SchemaRemoved,
                Level::Major,
                &schema_at(&o.source, Side::Old, name, rust),
                format!("{} `{name}` removed", kind_name(cx.old, o)),
            ),
            Some(n) => type_def(cx, name, o, n, out),
        }
    }
    for (name, n) in &new {
        if !old.contains_key(name) {
            out.push(
                Kind::SchemaAdded,
                Level::Minor,
                &schema_at(&n.source, Side::New, name, format!("models::{name}")),
                format!("{} `{name}` added", kind_name(cx.new, n)),
            );
        }
    }
}

fn by_name(model: &Model) -> BTreeMap<&str, &TypeDef> {
    model.types.iter().map(|t| (t.name.as_str(), t)).collect()
}

fn schema_at(pointer: &str, document: Side, name: &str, rust: String) -> At {
    At {
        pointer: pointer.to_string(),
        document,
        operation: None,
        schema: Some(name.to_string()),
        rust,
    }
}

/// What kind of Rust type a schema is.
fn kind_name(model: &Model, t: &TypeDef) -> &'static str {
    match &t.kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::IntEnum(_) => "integer enum",
        TypeKind::Union(_) => "union",
        TypeKind::Alias(ty) => match crate::ir::resolve_alias(&model.types, ty) {
            crate::ir::Ty::Map(_) => "map",
            _ => "type alias",
        },
    }
}

/// "an enum", "a struct".
fn with_article(kind: &str) -> String {
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}

fn type_def(cx: &Cx<'_>, name: &str, o: &TypeDef, n: &TypeDef, out: &mut Changes) {
    let rust = format!("models::{name}");
    let at = schema_at(&n.source, Side::New, name, rust.clone());
    out.text(
        &at,
        &format!("the description of `{name}`"),
        o.description.as_deref(),
        n.description.as_deref(),
    );
    out.deprecation(&at, &format!("`{name}`"), o.deprecated, n.deprecated);
    match (&o.kind, &n.kind) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => structs(cx, name, a, b, &at, out),
        (TypeKind::Enum(a), TypeKind::Enum(b)) => string_enums(name, a, b, &at, out),
        (TypeKind::IntEnum(a), TypeKind::IntEnum(b)) => int_enums(name, a, b, &at, out),
        (TypeKind::Union(a), TypeKind::Union(b)) => unions(cx, name, a, b, &at, out),
        (TypeKind::Alias(a), TypeKind::Alias(b))
            if kind_name(cx.old, o) == kind_name(cx.new, n) =>
        {
            let (a, b) = (canon(cx.old, a), canon(cx.new, b));
            if a != b {
                out.push(
                    Kind::AliasRetyped,
                    Level::Major,
                    &at,
                    format!("`{name}` was `{a}`, is now `{b}`"),
                );
            }
        }
        _ => out.push(
            Kind::SchemaKindChanged,
            Level::Major,
            &at,
            format!(
                "`{name}` was {}, is now {}",
                with_article(kind_name(cx.old, o)),
                with_article(kind_name(cx.new, n))
            ),
        ),
    }
}

/// A field's type as declared in the struct: boxed, then `Option` or
/// `Nullable` as the generator wraps it.
fn field_type(model: &Model, f: &Field) -> String {
    let mut ty = canon(model, &f.ty);
    if f.boxed {
        ty = format!("Box<{ty}>");
    }
    if f.tri_state() {
        format!("Nullable<{ty}>")
    } else if f.optional() {
        format!("Option<{ty}>")
    } else {
        ty
    }
}

/// The types `new` takes, in order.
fn constructor(model: &Model, s: &Struct) -> Vec<String> {
    (s.fields.iter())
        .filter(|f| f.in_constructor())
        .map(|f| field_type(model, f))
        .collect()
}

fn structs(cx: &Cx<'_>, name: &str, a: &Struct, b: &Struct, at: &At, out: &mut Changes) {
    let mut broke = false;
    for f in &a.fields {
        let ident = f.ident.trim_start_matches("r#");
        let rust = format!("models::{name}::{ident}");
        let Some(g) = b.fields.iter().find(|g| g.name == f.name) else {
            out.push(
                Kind::FieldRemoved,
                Level::Major,
                &schema_at(&f.pointer, Side::Old, name, rust),
                if ident == f.name {
                    format!("field `{ident}` removed from `{name}`")
                } else {
                    format!("field `{}` (`{ident}`) removed from `{name}`", f.name)
                },
            );
            broke = true;
            continue;
        };
        let fat = schema_at(&g.pointer, Side::New, name, rust);
        broke |= field(cx, name, f, g, &fat, out);
    }
    for g in &b.fields {
        if a.fields.iter().any(|f| f.name == g.name) {
            continue;
        }
        let ident = g.ident.trim_start_matches("r#");
        let fat = schema_at(
            &g.pointer,
            Side::New,
            name,
            format!("models::{name}::{ident}"),
        );
        if g.in_constructor() {
            broke = true;
            out.push(
                Kind::FieldAdded,
                Level::Major,
                &fat,
                format!(
                    "required field `{}` added to `{name}`: `{name}::new` takes it",
                    g.name
                ),
            );
        } else {
            out.push(
                Kind::FieldAdded,
                Level::Minor,
                &fat,
                format!(
                    "{} field `{}` added to `{name}` (`with_{ident}`)",
                    if g.required { "nullable" } else { "optional" },
                    g.name
                ),
            );
        }
    }
    let extra = |m: &Model, s: &Struct| s.additional.as_ref().map(|t| canon(m, t));
    let rust = format!("models::{name}::additional_properties");
    let extra_at = schema_at(&at.pointer, Side::New, name, rust);
    match (extra(cx.old, a), extra(cx.new, b)) {
        (None, Some(t)) => out.push(
            Kind::AdditionalPropertiesAdded,
            Level::Minor,
            &extra_at,
            format!("`{name}` now keeps undeclared properties (`{t}`)"),
        ),
        (Some(_), None) => {
            broke = true;
            out.push(
                Kind::AdditionalPropertiesRemoved,
                Level::Major,
                &extra_at,
                format!("`{name}` no longer has `additional_properties`"),
            );
        }
        (Some(x), Some(y)) if x != y => {
            broke = true;
            out.push(
                Kind::AdditionalPropertiesRetyped,
                Level::Major,
                &extra_at,
                format!("`{name}`'s additional properties were `{x}`, are now `{y}`"),
            );
        }
        _ => {}
    }
    // Same fields, same types, but `new` takes them in another order.
    let (x, y) = (constructor(cx.old, a), constructor(cx.new, b));
    if !broke && x != y {
        out.push(
            Kind::ConstructorChanged,
            Level::Major,
            &schema_at(&at.pointer, Side::New, name, format!("models::{name}::new")),
            format!(
                "`{name}::new` took ({}), now takes ({})",
                x.join(", "),
                y.join(", ")
            ),
        );
    }
}

/// One field in both versions; returns whether the change breaks.
fn field(cx: &Cx<'_>, name: &str, f: &Field, g: &Field, at: &At, out: &mut Changes) -> bool {
    let mut broke = false;
    let (x, y) = (field_type(cx.old, f), field_type(cx.new, g));
    let what = format!("field `{}` of `{name}`", f.name);
    if f.ident != g.ident {
        broke = true;
        out.push(
            Kind::FieldRenamed,
            Level::Major,
            at,
            format!(
                "{what} is now `{}` (was `{}`)",
                g.ident.trim_start_matches("r#"),
                f.ident.trim_start_matches("r#")
            ),
        );
    }
    let moved = f.in_constructor() != g.in_constructor();
    if f.required != g.required {
        let kind = if g.required {
            Kind::FieldMadeRequired
        } else {
            Kind::FieldMadeOptional
        };
        let level = if moved || x != y {
            broke = true;
            Level::Major
        } else {
            Level::Minor
        };
        let setter = crate::naming::setter_name(&g.ident);
        let how = match (moved, g.in_constructor()) {
            (true, true) => format!("; `{name}::new` takes it, `{setter}` is gone"),
            (true, false) => format!("; `{name}::new` no longer takes it, `{setter}` sets it"),
            _ => String::new(),
        };
        let types = if x == y {
            format!(" (still `{x}`)")
        } else {
            format!(": `{x}` is now `{y}`")
        };
        let state = if g.required { "required" } else { "optional" };
        out.push(
            kind,
            level,
            at,
            format!("{what} is now {state}{types}{how}"),
        );
    } else if x != y || moved {
        broke = true;
        out.push(
            Kind::FieldRetyped,
            Level::Major,
            at,
            format!("{what} was `{x}`, is now `{y}`"),
        );
    }
    let doc = |f: &Field| {
        (
            f.description.clone(),
            f.read_only,
            f.write_only,
            f.default.clone(),
        )
    };
    if doc(f) != doc(g) {
        out.push(
            Kind::DescriptionChanged,
            Level::Patch,
            at,
            format!("the documentation of {what} changed"),
        );
    }
    out.deprecation(at, &what, f.deprecated, g.deprecated);
    broke
}

fn string_enums(name: &str, a: &StringEnum, b: &StringEnum, at: &At, out: &mut Changes) {
    let values = |e: &StringEnum| -> Vec<(String, String)> {
        e.variants
            .iter()
            .map(|(v, w)| (w.clone(), v.clone()))
            .collect()
    };
    enum_values(
        name,
        &values(a),
        &values(b),
        (&a.unknown, &b.unknown),
        at,
        out,
    );
}

fn int_enums(name: &str, a: &IntEnum, b: &IntEnum, at: &At, out: &mut Changes) {
    let values = |e: &IntEnum| -> Vec<(String, String)> {
        e.variants
            .iter()
            .map(|(v, n)| (n.to_string(), v.clone()))
            .collect()
    };
    enum_values(
        name,
        &values(a),
        &values(b),
        (&a.unknown, &b.unknown),
        at,
        out,
    );
}

/// (wire value, variant) pairs of both versions.
fn enum_values(
    name: &str,
    a: &[(String, String)],
    b: &[(String, String)],
    unknown: (&str, &str),
    at: &At,
    out: &mut Changes,
) {
    let pointer = format!("{}/enum", at.pointer);
    let value_at =
        |side, variant: &str| schema_at(&pointer, side, name, format!("models::{name}::{variant}"));
    for (wire, variant) in a {
        match b.iter().find(|(w, _)| w == wire) {
            None => out.push(
                Kind::EnumValueRemoved,
                Level::Major,
                &value_at(Side::Old, variant),
                format!("value {wire:?} removed from `{name}`"),
            ),
            Some((_, v)) if v != variant => out.push(
                Kind::EnumVariantRenamed,
                Level::Major,
                &value_at(Side::New, v),
                format!("value {wire:?} of `{name}` is now `{name}::{v}` (was `{variant}`)"),
            ),
            Some(_) => {}
        }
    }
    for (wire, variant) in b {
        if !a.iter().any(|(w, _)| w == wire) {
            out.push(
                Kind::EnumValueAdded,
                Level::Minor,
                &value_at(Side::New, variant),
                format!("value {wire:?} added to `{name}` (`{name}::{variant}`)"),
            );
        }
    }
    if unknown.0 != unknown.1 {
        out.push(
            Kind::EnumVariantRenamed,
            Level::Major,
            &value_at(Side::New, unknown.1),
            format!(
                "the catch-all variant of `{name}` is now `{}` (was `{}`)",
                unknown.1, unknown.0
            ),
        );
    }
}

fn unions(cx: &Cx<'_>, name: &str, a: &Union, b: &Union, at: &At, out: &mut Changes) {
    let variant_at = |side, variant: &str| {
        schema_at(
            &at.pointer,
            side,
            name,
            format!("models::{name}::{variant}"),
        )
    };
    // A variant that became boxed (or unboxed) holds another Rust type.
    fn held(u: &Union, model: &Model, i: usize, ty: &Ty) -> String {
        let t = canon(model, ty);
        if u.boxed.get(i) == Some(&true) {
            format!("Box<{t}>")
        } else {
            t
        }
    }
    for (i, (v, ty)) in a.variants.iter().enumerate() {
        match b.variants.iter().position(|(w, _)| w == v) {
            None => out.push(
                Kind::UnionVariantRemoved,
                Level::Major,
                &variant_at(Side::Old, v),
                format!("variant `{v}` removed from `{name}`"),
            ),
            Some(j) => {
                let (x, y) = (held(a, cx.old, i, ty), held(b, cx.new, j, &b.variants[j].1));
                if x != y {
                    out.push(
                        Kind::UnionVariantRetyped,
                        Level::Major,
                        &variant_at(Side::New, v),
                        format!("variant `{name}::{v}` held `{x}`, now holds `{y}`"),
                    );
                }
            }
        }
    }
    for (v, ty) in &b.variants {
        if !a.variants.iter().any(|(w, _)| w == v) {
            out.push(
                Kind::UnionVariantAdded,
                Level::Minor,
                &variant_at(Side::New, v),
                format!("variant `{name}::{v}` (`{}`) added", canon(cx.new, ty)),
            );
        }
    }
    if a.unknown != b.unknown {
        out.push(
            Kind::UnionVariantRenamed,
            Level::Major,
            &variant_at(Side::New, &b.unknown),
            format!(
                "the catch-all variant of `{name}` is now `{}` (was `{}`)",
                b.unknown, a.unknown
            ),
        );
    }
    let tags = |u: &Union| {
        u.discriminator.as_ref().map(|(prop, mapping)| {
            let mut m: Vec<(String, String)> = mapping
                .iter()
                .map(|(value, i)| (value.clone(), u.variants[*i].0.clone()))
                .collect();
            m.sort();
            (prop.clone(), m)
        })
    };
    if tags(a) != tags(b) {
        out.push(
            Kind::DiscriminatorChanged,
            Level::Minor,
            at,
            format!("how `{name}` picks its variant (the discriminator) changed"),
        );
    }
}
