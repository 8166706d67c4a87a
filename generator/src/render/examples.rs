//! Usage examples of operations: the same text goes into the docs pages and
//! into `tests/examples.rs` of the generated crate, which compiles them all.

use crate::ir::{self, Api, Decode, Model, Operation, SchemeKind, Ty, TypeKind};

/// How deep sample values of nested required structs go before `todo!()`.
const MAX_DEPTH: usize = 4;

/// The body of an example (statements inside an async fn returning
/// `Result<(), crate::Error>`), using `lib` as the crate name.
pub fn example_body(lib: &str, api: &Api, op: &Operation, model: &Model) -> Vec<String> {
    let mut lines = vec![format!("let client = {lib}::Client::builder()")];
    lines.extend(credential_lines(op, model));
    lines.push("    .build()?;".into());
    let mut args: Vec<String> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| arg_sample(&p.ty, &p.name, lib, model, 0))
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        // A struct body shows its first optional field's setter too.
        args.push(match struct_of(&body.ty, model) {
            Some(id) => struct_sample(id, lib, model, 0, true),
            None => value_sample(&body.ty, "body", lib, model, 0),
        });
    }
    let call = format!("{}().{}({})", api.accessor, op.method_name, args.join(", "));
    // An operation that returns `()` has no response to bind or print (clippy's
    // `let_unit_value`).
    let unit = op.response_enum.is_none()
        && matches!(op.success.first().map(|o| &o.decode), Some(Decode::Empty));
    lines.push(if unit {
        format!("client.{call}")
    } else {
        format!("let response = client.{call}")
    });
    for p in op.params.iter().filter(|p| !p.required).take(1) {
        lines.push(format!(
            "    .{}({})",
            p.ident,
            arg_sample(&p.ty, &p.name, lib, model, 0)
        ));
    }
    lines.push("    .send()".into());
    lines.push("    .await?;".into());
    if !unit {
        lines.push("println!(\"{response:?}\");".into());
    }
    lines.push("Ok(())".into());
    lines
}

/// The builder calls that set the credentials an operation uses.
fn credential_lines(op: &Operation, model: &Model) -> Vec<String> {
    let Some(first) = op.security.first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter_map(|name| model.security_schemes.iter().find(|s| &s.name == name))
        .map(|s| {
            let var = crate::naming::ident(&s.name).to_ascii_uppercase();
            match &s.kind {
                SchemeKind::Bearer => {
                    format!("    .bearer_token(std::env::var(\"{var}\").unwrap_or_default())")
                }
                SchemeKind::ApiKey { .. } => {
                    format!("    .api_key(std::env::var(\"{var}\").unwrap_or_default())")
                }
                SchemeKind::Basic => {
                    "    .basic_auth(\"user\", std::env::var(\"PASSWORD\").unwrap_or_default())"
                        .into()
                }
            }
        })
        .collect()
}

/// A value for an `impl Into<T>` argument.
fn arg_sample(ty: &Ty, name: &str, lib: &str, model: &Model, depth: usize) -> String {
    match ir::resolve_alias(&model.types, ty) {
        Ty::String => format!("{name:?}"),
        _ => value_sample(ty, name, lib, model, depth),
    }
}

/// An expression of type `ty`.
fn value_sample(ty: &Ty, name: &str, lib: &str, model: &Model, depth: usize) -> String {
    match ty {
        Ty::String => format!("{name:?}.to_string()"),
        Ty::Bool => "true".into(),
        Ty::I32 => "10_i32".into(),
        Ty::I64 => "10_i64".into(),
        Ty::F32 => "1.5_f32".into(),
        Ty::F64 => "1.5_f64".into(),
        Ty::Date => format!("{lib}::chrono::NaiveDate::default()"),
        Ty::DateTime => format!("{lib}::chrono::DateTime::<{lib}::chrono::Utc>::default()"),
        Ty::Json => format!("{lib}::serde_json::json!({{}})"),
        Ty::Bytes => format!("{lib}::bytes::Bytes::from_static(b\"data\")"),
        Ty::Vec(_) => "Vec::new()".into(),
        Ty::Map(_) => "std::collections::BTreeMap::new()".into(),
        Ty::Named(id) => {
            let t = &model.types[*id];
            let path = format!("{lib}::models::{}", t.name);
            match &t.kind {
                TypeKind::Alias(inner) => value_sample(inner, name, lib, model, depth),
                TypeKind::Enum(e) => match e.variants.first() {
                    Some((v, _)) => format!("{path}::{v}"),
                    None => format!("{path}::{}(String::new())", e.unknown),
                },
                TypeKind::IntEnum(e) => match e.variants.first() {
                    Some((v, _)) => format!("{path}::{v}"),
                    None => format!("{path}::{}(0)", e.unknown),
                },
                TypeKind::Union(u) => match u.variants.first() {
                    Some((v, ty)) if u.boxed.first() == Some(&true) => format!(
                        "{path}::{v}(Box::new({}))",
                        value_sample(ty, name, lib, model, depth + 1)
                    ),
                    Some((v, ty)) => format!(
                        "{path}::{v}({})",
                        value_sample(ty, name, lib, model, depth + 1)
                    ),
                    None => format!("{path}::{}({lib}::serde_json::Value::Null)", u.unknown),
                },
                TypeKind::Struct(_) => struct_sample(*id, lib, model, depth, false),
            }
        }
    }
}

/// The struct `ty` names, through aliases.
fn struct_of(ty: &Ty, model: &Model) -> Option<usize> {
    match ir::resolve_alias(&model.types, ty) {
        Ty::Named(id) if matches!(model.types[*id].kind, TypeKind::Struct(_)) => Some(*id),
        _ => None,
    }
}

/// A struct built as users build it: `new` with its required fields and, with
/// `setter`, the first optional field set with its `with_` method.
fn struct_sample(id: usize, lib: &str, model: &Model, depth: usize, setter: bool) -> String {
    let t = &model.types[id];
    let TypeKind::Struct(s) = &t.kind else {
        return value_sample(&Ty::Named(id), &t.name, lib, model, depth);
    };
    let path = format!("{lib}::models::{}", t.name);
    let required: Vec<_> = s.fields.iter().filter(|f| f.in_constructor()).collect();
    let mut out = if required.is_empty() {
        format!("{path}::new()")
    } else if depth >= MAX_DEPTH {
        return format!("todo!(\"a {}\")", t.name);
    } else {
        let args: Vec<String> = required
            .iter()
            .map(|f| arg_sample(&f.ty, &f.name, lib, model, depth + 1))
            .collect();
        format!("{path}::new({})", args.join(", "))
    };
    let first_optional = s
        .fields
        .iter()
        .find(|f| !f.in_constructor() && !f.deprecated);
    if let (true, Some(f)) = (setter, first_optional) {
        out.push_str(&format!(
            ".with_{}({})",
            f.ident.trim_start_matches("r#"),
            arg_sample(&f.ty, &f.name, lib, model, depth + 1)
        ));
    }
    out
}

/// How a model is built, for its page: `None` for what is not a struct.
pub fn model_sample(lib: &str, id: usize, model: &Model) -> Option<String> {
    matches!(model.types[id].kind, TypeKind::Struct(_))
        .then(|| struct_sample(id, lib, model, 0, true))
}
