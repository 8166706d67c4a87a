//! Views of model files: structs, string enums and aliases.

use askama::Template;
use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, fields, ident, lit, lit_token, rust_ty, type_tokens};
use crate::ir::{self, FieldShape, Model, Ty, TypeId, TypeKind};
use crate::naming;

#[derive(Template)]
#[template(path = "model.rs", escape = "none")]
pub struct ModelFile {
    doc: String,
    /// Some item names the runtime (serde, chrono... all come through it).
    uses_rt: bool,
    items: Vec<Item>,
}

pub enum Item {
    Struct(StructView),
    Enum(EnumView),
    IntEnum(EnumView),
    Union(UnionView),
    Alias {
        doc: Vec<String>,
        name: String,
        ty: String,
    },
}

pub struct UnionView {
    doc: Vec<String>,
    name: String,
    variants: Vec<UnionVariant>,
    unknown: String,
    tag: Option<TagView>,
}

/// One variant of a union.
pub struct UnionVariant {
    /// The variant's name.
    name: String,
    /// Its payload type (`Box<T>` when boxed).
    ty: String,
    /// The `rt::JsonKind` an untagged union tries it on.
    kind: String,
    /// Boxed, and no other variant has its type: the union has a `From<T>` that boxes it.
    from: Option<String>,
}

/// A discriminator: the property, the variant per value, and the value each
/// variant is written with (none for variants the mapping does not name).
pub struct TagView {
    prop: String,
    decode: Vec<TagDecode>,
    encode: Vec<TagEncode>,
}

/// A discriminator value and the variant it decodes into.
pub struct TagDecode {
    /// The value, as a literal.
    value: String,
    variant: String,
}

/// A variant and the discriminator value it is written with.
pub struct TagEncode {
    variant: String,
    /// The value, as a literal; `None`: the variant is written as its payload is.
    value: Option<String>,
}

pub struct StructView {
    doc: Vec<String>,
    name: String,
    fields: Vec<FieldView>,
    /// Arguments (`impl Into<T>`) and initialisers of `new`.
    args: Vec<String>,
    inits: Vec<String>,
    many_args: bool,
    /// Every field is optional: the struct derives `Default`.
    default: bool,
    /// One per field that `new` does not take (and one more to send null).
    setters: Vec<SetterView>,
    /// Some field is deprecated: `new` and the setters use it.
    allow_deprecated: bool,
    /// How the hand-written `Deserialize` reads each field (see `runtime/structs.rs`);
    /// `None` when the struct derives it (no fields, or a flattened map of the others).
    de: Option<Vec<DeField>>,
    /// A `Debug` impl that redacts secrets; `None`: derived.
    debug: Option<String>,
}

/// One field as the struct's `Deserialize` impl reads it.
pub struct DeField {
    ident: String,
    /// The JSON key, as a literal.
    wire: String,
    /// The seed that reads the value, when it is not the type's own `Deserialize`.
    seed: Option<String>,
    /// A missing field is an error; otherwise it is the type's default (`None`, `Absent`).
    required: bool,
}

/// `with_<field>`: sets a field `new` does not take, by value.
pub struct SetterView {
    doc: Vec<String>,
    name: String,
    field: String,
    /// What the setter takes (`impl Into<ty>`); `None`: nothing.
    ty: Option<String>,
    /// The field's new value.
    value: String,
    deprecated: bool,
}

pub struct FieldView {
    doc: Vec<String>,
    attrs: Vec<String>,
    ident: String,
    ty: String,
}

pub struct EnumView {
    doc: Vec<String>,
    name: String,
    variants: Vec<EnumVariant>,
    unknown: String,
}

/// A known value of a string or integer enum.
pub struct EnumVariant {
    /// Its doc line: the value in code.
    doc: String,
    /// The variant's name.
    name: String,
    /// The wire value, as a literal.
    wire: String,
}

pub fn model_file(ids: &[TypeId], model: &Model) -> ModelFile {
    let first = &model.types[ids[0]];
    let items: Vec<Item> = ids.iter().map(|id| item(*id, model)).collect();
    ModelFile {
        doc: format!(
            "The `{}` model{}.",
            first.name,
            if ids.len() > 1 {
                " and the types inlined in it"
            } else {
                ""
            }
        ),
        uses_rt: items.iter().any(|i| match i {
            Item::Alias { ty, .. } => ty.contains("rt::"),
            _ => true,
        }),
        items,
    }
}

fn item(id: TypeId, model: &Model) -> Item {
    let t = &model.types[id];
    let mut doc = docs::doc_lines(t.description.as_deref(), None);
    if doc.is_empty() {
        doc.push(format!("The `{}` schema.", t.name));
    }
    if t.deprecated {
        docs::push_paragraph(&mut doc, "Deprecated by the API.");
    }
    match &t.kind {
        TypeKind::Alias(ty) => Item::Alias {
            doc,
            name: t.name.clone(),
            ty: rust_ty(ty, model),
        },
        TypeKind::Enum(e) => Item::Enum(EnumView {
            doc,
            name: t.name.clone(),
            variants: e
                .variants
                .iter()
                .map(|(v, w)| EnumVariant {
                    doc: docs::code(w),
                    name: v.clone(),
                    wire: lit(w),
                })
                .collect(),
            unknown: e.unknown.clone(),
        }),
        TypeKind::IntEnum(e) => Item::IntEnum(EnumView {
            doc,
            name: t.name.clone(),
            variants: e
                .variants
                .iter()
                .map(|(v, n)| EnumVariant {
                    doc: format!("`{n}`"),
                    name: v.clone(),
                    wire: n.to_string(),
                })
                .collect(),
            unknown: e.unknown.clone(),
        }),
        TypeKind::Union(u) => Item::Union(union_view(t, u, doc, model)),
        TypeKind::Struct(s) => Item::Struct(struct_view(t, s, doc, model)),
    }
}

/// A union: its variants, tried in order or chosen by the discriminator's value.
fn union_view(t: &ir::TypeDef, u: &ir::Union, mut doc: Vec<String>, model: &Model) -> UnionView {
    let tagged = u.discriminator.is_some();
    docs::push_paragraph(
        &mut doc,
        if tagged {
            "The variant is chosen by the discriminator property; JSON with a value this crate does not know is kept in the catch-all variant."
        } else {
            "Variants are tried in the order the document lists them and the first that decodes wins; JSON that none accepts is kept in the catch-all variant."
        },
    );
    UnionView {
        doc,
        name: t.name.clone(),
        variants: union_variants(u, model),
        unknown: u.unknown.clone(),
        tag: u.discriminator.as_ref().map(|(prop, mapping)| TagView {
            prop: lit(prop),
            decode: mapping
                .iter()
                .map(|(value, i)| TagDecode {
                    value: lit(value),
                    variant: u.variants[*i].0.clone(),
                })
                .collect(),
            encode: u
                .variants
                .iter()
                .enumerate()
                .map(|(i, (v, _))| TagEncode {
                    variant: v.clone(),
                    value: mapping
                        .iter()
                        .find(|(_, j)| *j == i)
                        .map(|(value, _)| lit(value)),
                })
                .collect(),
        }),
    }
}

/// The variants of a union, the large ones boxed (`lower/boxing.rs` says which).
fn union_variants(u: &ir::Union, model: &Model) -> Vec<UnionVariant> {
    // Through aliases: `From<Alias>` and `From<Target>` are one impl.
    let resolved: Vec<&Ty> = (u.variants.iter())
        .map(|(_, ty)| ir::resolve_alias(&model.types, ty))
        .collect();
    u.variants
        .iter()
        .zip(&resolved)
        .enumerate()
        .map(|(i, ((v, ty), target))| {
            let rust = &rust_ty(ty, model);
            let boxed = u.boxed.get(i).copied().unwrap_or(false);
            let inner = type_tokens(rust);
            UnionVariant {
                name: v.clone(),
                ty: if boxed {
                    quote!(Box<#inner>).to_string()
                } else {
                    rust.clone()
                },
                kind: json_kind(ty, model).to_string(),
                // Two variants of one type would make two conflicting impls.
                from: (boxed && resolved.iter().filter(|t| *t == target).count() == 1)
                    .then(|| rust.clone()),
            }
        })
        .collect()
}

fn struct_view(t: &ir::TypeDef, s: &ir::Struct, doc: Vec<String>, model: &Model) -> StructView {
    // Decoding is written out (`DeField`), except for structs with a flattened map,
    // which derive it.
    let derive_de = s.additional.is_some();
    let mut setter_names = setter_names(s);
    let (mut fields, mut de, mut args, mut inits, mut setters) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for f in &s.fields {
        let inner = inner_type(f, model);
        let ty = fields::field_type(f.shape(), &inner);
        let lenient_time = lenient_time(f, model);
        de.push(de_field(f, lenient_time));
        let (arg, init) = constructor_parts(f, &ty);
        args.extend(arg.map(|a| a.to_string()));
        inits.push(init.to_string());
        setters.extend(field_setters(f, &inner, &mut setter_names));
        fields.push(FieldView {
            doc: field_doc(f),
            attrs: field_attrs(f, derive_de, lenient_time),
            ident: f.ident.clone(),
            ty: ty.to_string(),
        });
    }
    if let Some(extra) = &s.additional {
        let (field, init, setter) = additional_properties(extra, model);
        fields.push(field);
        inits.push(init);
        setters.push(setter);
    }
    StructView {
        doc,
        name: t.name.clone(),
        many_args: args.len() > 7,
        default: args.is_empty(),
        de: (s.additional.is_none() && !de.is_empty()).then_some(de),
        debug: super::redact::debug_impl(&t.name, s),
        allow_deprecated: s.fields.iter().any(|f| f.deprecated),
        fields,
        args,
        inits,
        setters,
    }
}

/// The names of a struct's setters, `with_<field>` for every field and the one of the
/// properties the schema does not declare: the names a null setter (`with_<field>_null`)
/// must not take.
fn setter_names(s: &ir::Struct) -> Vec<String> {
    s.fields
        .iter()
        .map(|f| naming::setter_name(&f.ident))
        .chain(
            s.additional
                .iter()
                .map(|_| naming::setter_name(naming::ADDITIONAL_PROPERTIES)),
        )
        .collect()
}

/// A field's type without its shape (`T` of `Option<T>`), boxed where it recurses.
fn inner_type(f: &ir::Field, model: &Model) -> TokenStream {
    let inner = type_tokens(&rust_ty(&f.ty, model));
    if f.boxed {
        quote!(Box<#inner>)
    } else {
        inner
    }
}

/// A timestamp field read leniently: timestamps without an offset are common in practice,
/// and are read as UTC (not for boxed or three-state fields).
fn lenient_time(f: &ir::Field, model: &Model) -> bool {
    *ir::resolve_alias(&model.types, &f.ty) == Ty::DateTime && !f.boxed && !f.tri_state()
}

/// How the struct's `Deserialize` reads `f`.
fn de_field(f: &ir::Field, lenient_time: bool) -> DeField {
    let optional = f.optional();
    let seed = match (lenient_time, optional) {
        (false, _) => None,
        (true, true) => Some(quote!(rt::datetime::OptionSeed)),
        (true, false) => Some(quote!(rt::datetime::Seed)),
    };
    DeField {
        ident: f.ident.clone(),
        wire: lit(&f.name),
        seed: seed.map(|s| s.to_string()),
        // A required nullable field that is missing reads as null, as with the
        // derive (which treats every `Option` so).
        required: !optional,
    }
}

/// A field's attributes: `#[serde(...)]` with what `derive(Serialize)` reads (and
/// `derive(Deserialize)`, when the struct derives it), and `#[deprecated]`.
fn field_attrs(f: &ir::Field, derive_de: bool, lenient_time: bool) -> Vec<String> {
    let mut serde = serde_items(f, derive_de);
    if derive_de && lenient_time {
        if f.optional() {
            if f.shape() == FieldShape::RequiredNullable {
                serde.push(quote!(default));
            }
            serde.push(quote!(
                deserialize_with = "rt::datetime::deserialize_option"
            ));
        } else {
            serde.push(quote!(deserialize_with = "rt::datetime::deserialize"));
        }
    }
    let mut attrs = Vec::new();
    if !serde.is_empty() {
        attrs.push(quote!(#[serde(#(#serde),*)]).to_string());
    }
    if f.deprecated {
        attrs.push(quote!(#[deprecated]).to_string());
    }
    attrs
}

/// The field of the properties a schema does not declare (`extra` is their type), its
/// initialiser in `new` and its setter.
fn additional_properties(extra: &Ty, model: &Model) -> (FieldView, String, SetterView) {
    let ty = rust_ty(&Ty::Map(Box::new(extra.clone())), model);
    let name = ident(naming::ADDITIONAL_PROPERTIES);
    let field = FieldView {
        doc: vec!["Properties not declared by the schema.".into()],
        attrs: vec![quote!(#[serde(flatten)]).to_string()],
        ident: name.to_string(),
        ty: ty.clone(),
    };
    let setter = SetterView {
        doc: vec!["Sets the properties not declared by the schema.".into()],
        name: naming::setter_name(naming::ADDITIONAL_PROPERTIES),
        field: name.to_string(),
        ty: Some(ty),
        value: quote!(value.into()).to_string(),
        deprecated: false,
    };
    (field, quote!(#name: Default::default()).to_string(), setter)
}

/// A field's doc lines: its description (else its wire name), then what the
/// schema says of it (read-only, write-only, default).
fn field_doc(f: &ir::Field) -> Vec<String> {
    let mut doc = docs::doc_lines(f.description.as_deref(), None);
    if doc.is_empty() {
        doc.push(docs::code(&f.name));
    }
    if f.read_only {
        docs::push_paragraph(&mut doc, "Read-only: set by the server.");
    }
    if f.write_only {
        docs::push_paragraph(&mut doc, "Write-only: never returned by the server.");
    }
    if let Some(default) = &f.default {
        docs::push_paragraph(&mut doc, format!("Default: {}", docs::code(default)));
    }
    doc
}

/// The setters of a field the constructor does not take: `with_<field>`, and
/// `with_<field>_null` for a three-state field unless another setter has that
/// name (`names` holds the names taken).
fn field_setters(f: &ir::Field, inner: &TokenStream, names: &mut Vec<String>) -> Vec<SetterView> {
    let mut out = Vec::new();
    let field = f.ident.trim_start_matches("r#");
    let tri_state = f.tri_state();
    if !f.in_constructor() {
        let (set, state) = if tri_state {
            (quote!(rt::Nullable::Value(value.into())), "left out")
        } else if f.required {
            (quote!(Some(value.into())), "sent as `null`")
        } else {
            (quote!(Some(value.into())), "left out")
        };
        out.push(SetterView {
            doc: vec![if field == f.name {
                format!("Sets `{field}`; until set, it is {state}.")
            } else {
                format!(
                    "Sets `{field}` ({}); until set, it is {state}.",
                    docs::code(&f.name)
                )
            }],
            name: naming::setter_name(&f.ident),
            field: f.ident.clone(),
            ty: Some(inner.to_string()),
            value: set.to_string(),
            deprecated: f.deprecated,
        });
        let null = naming::null_setter_name(&f.ident);
        if tri_state && !names.contains(&null) {
            names.push(null.clone());
            out.push(SetterView {
                doc: vec![format!(
                    "Sets `{field}` to an explicit `null` (in a partial update: clear the stored value)."
                )],
                name: null,
                field: f.ident.clone(),
                ty: None,
                value: quote!(rt::Nullable::Null).to_string(),
                deprecated: f.deprecated,
            });
        }
    }
    out
}

/// The `#[serde(...)]` items every field of shape `f.shape()` gets: its key when the Rust
/// name is another, and, when it may be absent, how it is left out (and read as absent when
/// the struct derives `Deserialize`).
fn serde_items(f: &ir::Field, derive_de: bool) -> Vec<TokenStream> {
    let mut serde = Vec::new();
    if f.ident.trim_start_matches("r#") != f.name {
        let name = lit_token(&f.name);
        serde.push(quote!(rename = #name));
    }
    if f.shape().may_be_absent() {
        if derive_de {
            serde.push(quote!(default));
        }
        serde.push(if f.tri_state() {
            quote!(skip_serializing_if = "rt::Nullable::is_absent")
        } else {
            quote!(skip_serializing_if = "Option::is_none")
        });
    }
    serde
}

/// What `new` does with the field `f` of type `ty`: the argument it takes (`impl Into<T>`),
/// if it takes one, and the field's initialiser.
fn constructor_parts(f: &ir::Field, ty: &TokenStream) -> (Option<TokenStream>, TokenStream) {
    let id = ident(&f.ident);
    if f.in_constructor() {
        (Some(quote!(#id: impl Into<#ty>)), quote!(#id: #id.into()))
    } else {
        // Every field outside `new` has an unset value (`None`, `Absent`).
        let start = fields::unset_value(f.shape()).unwrap_or_else(|| quote!(None));
        (None, quote!(#id: #start))
    }
}

/// The JSON an untagged union variant of type `ty` can come from.
fn json_kind(ty: &Ty, model: &Model) -> &'static str {
    match ir::resolve_alias(&model.types, ty) {
        Ty::Named(id) => match &model.types[*id].kind {
            TypeKind::Struct(_) => "Object",
            TypeKind::Enum(_) => "String",
            TypeKind::IntEnum(_) => "Integer",
            TypeKind::Union(_) | TypeKind::Alias(_) => "Any",
        },
        Ty::String | Ty::Date | Ty::DateTime => "String",
        Ty::I32 | Ty::I64 => "Integer",
        Ty::F32 | Ty::F64 => "Number",
        Ty::Bool => "Boolean",
        Ty::Vec(_) => "Array",
        Ty::Map(_) => "Object",
        Ty::Json | Ty::Bytes => "Any",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{tokens, Spelled};

    fn field(name: &str, ident: &str, shape: FieldShape) -> ir::Field {
        ir::Field {
            name: name.into(),
            ident: ident.into(),
            ty: Ty::String,
            required: matches!(shape, FieldShape::Required | FieldShape::RequiredNullable),
            nullable: matches!(
                shape,
                FieldShape::RequiredNullable | FieldShape::OptionalNullable
            ),
            boxed: false,
            description: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            default: None,
            pointer: "#/components/schemas/S/properties/f".into(),
            secret: false,
        }
    }

    fn items(f: &ir::Field, derive_de: bool) -> Vec<String> {
        serde_items(f, derive_de)
            .iter()
            .map(|t| t.to_string().spelled())
            .collect()
    }

    #[test]
    fn serde_items_per_shape() {
        let skip_none = tokens(r#"skip_serializing_if = "Option::is_none""#);
        let skip_absent = tokens(r#"skip_serializing_if = "rt::Nullable::is_absent""#);
        let expect = [
            (FieldShape::Required, false, vec![]),
            (FieldShape::Required, true, vec![]),
            (FieldShape::RequiredNullable, false, vec![]),
            (FieldShape::Optional, false, vec![skip_none.clone()]),
            (
                FieldShape::Optional,
                true,
                vec![tokens("default"), skip_none.clone()],
            ),
            (
                FieldShape::OptionalNullable,
                false,
                vec![skip_absent.clone()],
            ),
            (
                FieldShape::OptionalNullable,
                true,
                vec![tokens("default"), skip_absent.clone()],
            ),
        ];
        for (shape, derive_de, want) in expect {
            assert_eq!(
                items(&field("f", "f", shape), derive_de),
                want,
                "{shape:?}, derive_de: {derive_de}"
            );
        }
    }

    #[test]
    fn serde_renames_what_the_rust_name_changes() {
        let renamed = field("firstName", "first_name", FieldShape::Required);
        assert_eq!(
            items(&renamed, false),
            vec![tokens(r#"rename = "firstName""#)]
        );
        // A raw identifier is the key itself: no rename.
        assert!(items(&field("type", "r#type", FieldShape::Required), false).is_empty());
    }

    #[test]
    fn constructor_takes_required_fields_and_starts_the_others_unset() {
        let parts = |f: &ir::Field| {
            let ty = fields::field_type(f.shape(), &quote!(String));
            let (arg, init) = constructor_parts(f, &ty);
            (
                arg.map(|a| a.to_string().spelled()),
                init.to_string().spelled(),
            )
        };
        assert_eq!(
            parts(&field("type", "r#type", FieldShape::Required)),
            (
                Some(tokens("r#type: impl Into<String>")),
                tokens("r#type: r#type.into()")
            )
        );
        assert_eq!(
            parts(&field("f", "f", FieldShape::Optional)),
            (None, tokens("f: None"))
        );
        assert_eq!(
            parts(&field("f", "f", FieldShape::RequiredNullable)),
            (None, tokens("f: None"))
        );
        assert_eq!(
            parts(&field("f", "f", FieldShape::OptionalNullable)),
            (None, tokens("f: rt::Nullable::Absent"))
        );
    }
}
