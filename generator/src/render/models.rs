//! Views of model files: structs, string enums and aliases.

use askama::Template;

use super::{docs, lit, rust_ty};
use crate::ir::{Model, Ty, TypeId, TypeKind};

#[derive(Template)]
#[template(path = "model.rs", escape = "none")]
pub struct ModelFile {
    doc: String,
    items: Vec<Item>,
}

pub enum Item {
    Struct(StructView),
    Enum(EnumView),
    Alias {
        doc: Vec<String>,
        name: String,
        ty: String,
    },
}

pub struct StructView {
    doc: Vec<String>,
    name: String,
    fields: Vec<FieldView>,
    /// Arguments and initialisers of `new`.
    args: Vec<String>,
    inits: Vec<String>,
    many_args: bool,
    /// Every field is optional: the struct derives `Default`.
    default: bool,
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
    /// (doc, variant, wire literal)
    variants: Vec<(String, String, String)>,
    unknown: String,
}

pub fn model_file(ids: &[TypeId], model: &Model) -> ModelFile {
    let first = &model.types[ids[0]];
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
        items: ids.iter().map(|id| item(*id, model)).collect(),
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
                .map(|(v, w)| (format!("`{w}`").replace("``", "`\"\"`"), v.clone(), lit(w)))
                .collect(),
            unknown: e.unknown.clone(),
        }),
        TypeKind::Struct(s) => {
            let mut fields = Vec::new();
            let mut args = Vec::new();
            let mut inits = Vec::new();
            for f in &s.fields {
                let mut ty = rust_ty(&f.ty, model);
                if f.boxed {
                    ty = format!("Box<{ty}>");
                }
                let optional = !f.required || f.nullable;
                if optional {
                    ty = format!("Option<{ty}>");
                }
                let mut attrs = Vec::new();
                let plain_ident = f.ident.trim_start_matches("r#");
                let mut serde = Vec::new();
                if plain_ident != f.name {
                    serde.push(format!("rename = {}", lit(&f.name)));
                }
                if !f.required {
                    serde.push("default".into());
                    serde.push("skip_serializing_if = \"Option::is_none\"".into());
                }
                if !serde.is_empty() {
                    attrs.push(format!("#[serde({})]", serde.join(", ")));
                }
                if f.deprecated {
                    attrs.push("#[deprecated]".into());
                }
                let mut doc = docs::doc_lines(f.description.as_deref(), None);
                if doc.is_empty() {
                    doc.push(format!("`{}`", f.name));
                }
                if f.read_only {
                    docs::push_paragraph(&mut doc, "Read-only: set by the server.");
                }
                if f.write_only {
                    docs::push_paragraph(&mut doc, "Write-only: never returned by the server.");
                }
                if optional {
                    inits.push(format!("{}: None", f.ident));
                } else {
                    args.push(format!("{}: {ty}", f.ident));
                    inits.push(f.ident.clone());
                }
                fields.push(FieldView {
                    doc,
                    attrs,
                    ident: f.ident.clone(),
                    ty,
                });
            }
            if let Some(extra) = &s.additional {
                fields.push(FieldView {
                    doc: vec!["Properties not declared by the schema.".into()],
                    attrs: vec!["#[serde(flatten)]".into()],
                    ident: "additional_properties".into(),
                    ty: rust_ty(&Ty::Map(Box::new(extra.clone())), model),
                });
                inits.push("additional_properties: Default::default()".into());
            }
            Item::Struct(StructView {
                doc,
                name: t.name.clone(),
                many_args: args.len() > 7,
                default: args.is_empty(),
                fields,
                args,
                inits,
            })
        }
    }
}
