//! The `#[cfg]` attributes of gated items, from [`Features`]: an API's module, accessor and
//! examples take its feature; a model module and its re-exports take `all-models` or any of the
//! APIs that reach its types, and the hidden `__unreached-models` when no operation reaches it
//! or a type that reaches it; a shared error table or decoder, any of the APIs that use it.
//! Without API features every attribute is empty.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::features::{Features, Gate};
use crate::ir::TypeId;
use crate::naming;

/// `#[cfg(feature = "a")]` for one name, `#[cfg(any(feature = "a", ...))]` for more.
fn cfg_any(names: &[&str]) -> TokenStream {
    let names = names.iter().map(|n| super::lit_token(n));
    let list: Vec<TokenStream> = names.map(|n| quote!(feature = #n)).collect();
    match list.as_slice() {
        [one] => quote!(#[cfg(#one)]),
        _ => quote!(#[cfg(any(#(#list),*))]),
    }
}

/// The attributes of an API's module and accessor: its feature, shown on docs.rs.
pub fn api(features: &Features, index: usize) -> String {
    let Some(name) = features.api(index) else {
        return String::new();
    };
    let lit = super::lit_token(name);
    quote! {
        #[cfg(feature = #lit)]
        #[cfg_attr(docsrs, doc(cfg(feature = #lit)))]
    }
    .to_string()
}

/// The `#[cfg]` alone of an item of API `index` that docs do not show (an example, a
/// statement).
pub fn api_only(features: &Features, index: usize) -> String {
    apis(features, &BTreeSet::from([index]))
}

/// The `#[cfg]` of an item used by the APIs `apis` only (an example, an error table).
pub fn apis(features: &Features, apis: &BTreeSet<usize>) -> String {
    if !features.enabled() {
        return String::new();
    }
    cfg_any(&features.names(apis)).to_string()
}

/// The `#[cfg]` of a model module (and its re-exports) that holds the types `ids`.
pub fn model(features: &Features, ids: &[TypeId]) -> String {
    match features.gate_of_all(ids) {
        Gate::Apis(apis) if features.enabled() => {
            let mut names = vec!["all-models"];
            if features.unreached(ids) {
                names.push(naming::UNREACHED_MODELS);
            }
            names.extend(features.names(&apis));
            cfg_any(&names).to_string()
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Spelled;

    #[test]
    fn one_name_is_a_plain_cfg_and_more_are_any() {
        assert_eq!(
            cfg_any(&["a"]).to_string().spelled(),
            r#"#[cfg(feature = "a")]"#.to_string().spelled()
        );
        assert_eq!(
            cfg_any(&["all-models", "event-ingestion"])
                .to_string()
                .spelled(),
            r#"#[cfg(any(feature = "all-models", feature = "event-ingestion"))]"#
                .to_string()
                .spelled()
        );
    }
}
