//! What the settings say about retries and tokens, applied to the IR: which
//! operations are retry-safe beyond their method (`crate.retry_safe_operations`),
//! which requests carry an idempotency key (`crate.idempotency_key_fields`),
//! and which operation exchanges an API key for a token (`crate.token_exchange`);
//! and the sentence that documents each retry class.

use crate::diagnostics::{Pointer, Warning};
use crate::ir::{
    self, BodyKind, Decode, IdempotencyKey, Model, Operation, ParamLocation, RetryClass, Ty,
    TypeKind,
};
use crate::settings::CrateSettings;

/// Sets each operation's retry class and the model's token exchange from
/// `settings`. Names of operations or fields the document does not have are
/// warnings (the setting is then ignored): the settings may be another
/// document's, as when the CLI is given `--spec` in a project.
pub fn apply(model: &mut Model, settings: &CrateSettings) {
    let warn = |model: &mut Model, message: String| {
        model.warnings.push(Warning {
            pointer: Pointer::root(),
            operation: None,
            message,
        });
        model.warnings.sort();
    };
    let find =
        |model: &Model, id: &str| {
            model.apis.iter().enumerate().find_map(|(a, api)| {
                (api.operations.iter().position(|op| op.id == id)).map(|o| (a, o))
            })
        };
    for id in &settings.retry_safe_operations {
        if find(model, id).is_none() {
            let message = format!(
                "crate.retry_safe_operations: the document has no operation `{id}` (ignored)"
            );
            warn(model, message);
        }
    }
    let keys = &settings.idempotency_key_fields;
    let types = model.types.clone();
    for op in model.apis.iter_mut().flat_map(|a| a.operations.iter_mut()) {
        if op.retry == RetryClass::Idempotent {
            continue;
        }
        op.retry = if settings.retry_safe_operations.contains(&op.id) {
            RetryClass::Declared
        } else if let Some(key) = idempotency_key(op, &types, keys) {
            RetryClass::Keyed(key)
        } else {
            RetryClass::Unsafe
        };
    }
    model.token_exchange = None;
    if let Some(exchange) = &settings.token_exchange {
        let Some((api, operation)) = find(model, &exchange.operation) else {
            let message = format!(
                "crate.token_exchange: the document has no operation `{}`: no TokenExchange",
                exchange.operation
            );
            return warn(model, message);
        };
        let op = &model.apis[api].operations[operation];
        if !has_string_field(op, &model.types, &exchange.token_field) {
            let message = format!(
                "crate.token_exchange: the JSON success response of `{}` has no string \
                 property `{}`: no TokenExchange",
                op.id, exchange.token_field
            );
            return warn(model, message);
        }
        model.token_exchange = Some(ir::TokenExchange {
            api,
            operation,
            token_field: exchange.token_field.clone(),
            lifetime_seconds: exchange.lifetime_seconds,
        });
    }
}

/// The idempotency key a request of `op` may carry: a top-level property of
/// its JSON body named in `keys`, else a header parameter so named (any case).
fn idempotency_key(
    op: &Operation,
    types: &[ir::TypeDef],
    keys: &[String],
) -> Option<IdempotencyKey> {
    let body = op.body.as_ref().filter(|b| b.kind == BodyKind::Json);
    let in_body = body.and_then(|b| keys.iter().find(|k| has_property(&b.ty, types, k, 0)));
    if let Some(key) = in_body {
        return Some(IdempotencyKey::BodyField(key.clone()));
    }
    op.params
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
        .find(|p| keys.iter().any(|k| k.eq_ignore_ascii_case(&p.name)))
        .map(|p| IdempotencyKey::Header(p.name.clone()))
}

/// Whether values of `ty` may have the top-level property `name`: a struct
/// that declares it, or a union with such a variant.
fn has_property(ty: &Ty, types: &[ir::TypeDef], name: &str, depth: usize) -> bool {
    let Ty::Named(id) = ir::resolve_alias(types, ty) else {
        return false;
    };
    match &types[*id].kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| f.name == name),
        TypeKind::Union(u) if depth < 8 => {
            (u.variants.iter()).any(|(_, ty)| has_property(ty, types, name, depth + 1))
        }
        _ => false,
    }
}

/// Whether a JSON success response of `op` has the string property `name`.
fn has_string_field(op: &Operation, types: &[ir::TypeDef], name: &str) -> bool {
    op.success.iter().any(|o| match &o.decode {
        Decode::Json(ty) => match ir::resolve_alias(types, ty) {
            Ty::Named(id) => match &types[*id].kind {
                TypeKind::Struct(s) => s
                    .fields
                    .iter()
                    .any(|f| f.name == name && *ir::resolve_alias(types, &f.ty) == Ty::String),
                _ => false,
            },
            _ => false,
        },
        _ => false,
    })
}

/// The `retry_safe` and `idempotency_key` fields of an operation's
/// `rt::Operation`.
pub fn descriptor_fields(class: &RetryClass) -> proc_macro2::TokenStream {
    use quote::quote;
    let key = match class {
        RetryClass::Keyed(IdempotencyKey::BodyField(name)) => {
            let name = crate::render::lit_token(name);
            quote!(Some(rt::IdempotencyKey::BodyField(#name)))
        }
        RetryClass::Keyed(IdempotencyKey::Header(name)) => {
            let name = crate::render::lit_token(name);
            quote!(Some(rt::IdempotencyKey::Header(#name)))
        }
        _ => quote!(None),
    };
    let safe = proc_macro2::Ident::new(
        if class.always_safe() { "true" } else { "false" },
        proc_macro2::Span::call_site(),
    );
    quote!(retry_safe: #safe, idempotency_key: #key)
}

fn key_words(key: &IdempotencyKey) -> String {
    match key {
        IdempotencyKey::BodyField(name) => format!("`{name}` set in the body"),
        IdempotencyKey::Header(name) => format!("the `{name}` header set"),
    }
}

/// What the runtime retries for an operation of `class`: one paragraph of
/// markdown, for its rustdoc and its page.
pub fn describe(class: &RetryClass) -> String {
    const SAFE: &str = "retried after a connection failure, a 429, 502, 503 or 504 \
                        (waiting as `Retry-After` asks), a timeout or a connection lost \
                        after sending";
    const UNSAFE: &str = "retried only when it cannot have been processed (connection \
                          refused, 429, 503); after a 502, a 504, a timeout or a lost \
                          connection the call fails, and the request may have been processed";
    match class {
        RetryClass::Idempotent => format!("Retries: retry-safe (idempotent method): {SAFE}."),
        RetryClass::Declared => format!(
            "Retries: retry-safe (declared in the generator's settings: the server \
             deduplicates it): {SAFE}."
        ),
        RetryClass::Keyed(key) => format!(
            "Retries: retry-safe when the request carries an idempotency key ({}): {SAFE}. \
             Without one, not retry-safe: {UNSAFE}.",
            key_words(key)
        ),
        RetryClass::Unsafe => format!("Retries: not retry-safe: {UNSAFE}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Spelled;

    #[test]
    fn descriptor_fields_follow_the_class() {
        assert_eq!(
            descriptor_fields(&RetryClass::Idempotent)
                .to_string()
                .spelled(),
            crate::render::tokens("retry_safe: true, idempotency_key: None")
        );
        assert_eq!(
            descriptor_fields(&RetryClass::Declared)
                .to_string()
                .spelled(),
            crate::render::tokens("retry_safe: true, idempotency_key: None")
        );
        assert_eq!(
            descriptor_fields(&RetryClass::Keyed(IdempotencyKey::BodyField(
                "idempotencyKey".into()
            )))
            .to_string().spelled(),
            crate::render::tokens("retry_safe: false, idempotency_key: Some(rt::IdempotencyKey::BodyField(\"idempotencyKey\"))")
        );
        assert_eq!(
            descriptor_fields(&RetryClass::Unsafe).to_string().spelled(),
            crate::render::tokens("retry_safe: false, idempotency_key: None")
        );
    }
}
