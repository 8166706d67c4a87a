//! `Debug` of models with secrets: structs with a field that holds one (see
//! `lower/secrets.rs`) get a `Debug` impl that prints `<redacted>` for it;
//! the others derive `Debug`.

use quote::quote;

use super::{ident, lit_token};
use crate::ir::Struct;

/// The `impl Debug` of struct `name`, if a field of `s` holds a secret.
pub fn debug_impl(name: &str, s: &Struct) -> Option<String> {
    if !s.fields.iter().any(|f| f.secret) {
        return None;
    }
    let fields = s.fields.iter().map(|f| {
        let key = lit_token(f.ident.trim_start_matches("r#"));
        if f.secret {
            quote!(.field(#key, &rt::REDACTED))
        } else {
            let field = ident(&f.ident);
            quote!(.field(#key, &self.#field))
        }
    });
    let additional = s
        .additional
        .is_some()
        .then(|| quote!(.field("additional_properties", &self.additional_properties)));
    let ty = ident(name);
    let name = lit_token(name);
    let doc = lit_token(" Shows every field but the secrets, which read `<redacted>`.");
    Some(
        quote! {
            #[doc = #doc]
            #[allow(deprecated)]
            impl std::fmt::Debug for #ty {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#name) #(#fields)* #additional .finish()
                }
            }
        }
        .to_string(),
    )
}
