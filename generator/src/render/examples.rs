//! Usage examples of operations: the same text goes into the docs pages and
//! into `tests/examples.rs` of the generated crate, which compiles them all.

use crate::ir::{self, Api, Model, Operation, SchemeKind, Ty, TypeKind};

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
        .map(|p| arg_sample(&p.ty, &p.name, lib, model))
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(value_sample(&body.ty, "body", lib, model, 0));
    }
    let call = format!("{}().{}({})", api.accessor, op.method_name, args.join(", "));
    lines.push(format!("let response = client.{call}"));
    for p in op.params.iter().filter(|p| !p.required).take(1) {
        lines.push(format!(
            "    .{}({})",
            p.ident,
            arg_sample(&p.ty, &p.name, lib, model)
        ));
    }
    lines.push("    .send()".into());
    lines.push("    .await?;".into());
    lines.push("println!(\"{response:?}\");".into());
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
fn arg_sample(ty: &Ty, name: &str, lib: &str, model: &Model) -> String {
    match ir::resolve_alias(&model.types, ty) {
        Ty::String => format!("{name:?}"),
        _ => value_sample(ty, name, lib, model, 0),
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
        Ty::Map(_) => "Default::default()".into(),
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
                    Some((v, ty)) => format!(
                        "{path}::{v}({})",
                        value_sample(ty, name, lib, model, depth + 1)
                    ),
                    None => format!("{path}::{}({lib}::serde_json::Value::Null)", u.unknown),
                },
                TypeKind::Struct(s) => {
                    // `new` takes the fields that always hold a value; without any, the struct
                    // is `Default`.
                    let required: Vec<_> =
                        s.fields.iter().filter(|f| f.shape().always_set()).collect();
                    if required.is_empty() {
                        format!("{path}::default()")
                    } else if depth >= MAX_DEPTH {
                        format!("todo!(\"a {}\")", t.name)
                    } else {
                        let args: Vec<String> = required
                            .iter()
                            .map(|f| {
                                let v = value_sample(&f.ty, &f.name, lib, model, depth + 1);
                                if f.boxed {
                                    format!("Box::new({v})")
                                } else {
                                    v
                                }
                            })
                            .collect();
                        format!("{path}::new({})", args.join(", "))
                    }
                }
            }
        }
    }
}
