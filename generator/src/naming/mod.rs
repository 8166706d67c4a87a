//! Every rule that turns a document name into a Rust name lives here: the
//! general ones (types, identifiers, modules, string enum variants, APIs and
//! methods) in this file, the names of what an operation generates in
//! `operations.rs`, of `document.rs`'s items in `document.rs`, of a model's
//! setters and of the examples' functions and variables in `members.rs`, of
//! enum variants that are not string values in `variants.rs`, and of the
//! components bundling imports in `bundle.rs`. Each is reached as
//! `crate::naming::…`.

mod bundle;
mod document;
mod members;
mod operations;
mod variants;

use std::collections::BTreeSet;

pub use bundle::{bundled_import_name, bundled_pointer_name, bundled_unique_name};
pub use document::{decoder_name, error_table_name, server_const};
pub use members::{
    build_fn_name, credential_env_var, example_fn_name, null_setter_name, setter_name,
    ADDITIONAL_PROPERTIES,
};
pub use operations::{
    alternative_hint, builder_name, located_ident, location_word, nested_hint, operation_type_base,
    request_hint, response_enum_name, response_hint, static_name, status_text, status_variant,
    UNDECLARED_SUCCESS_VARIANT,
};
pub use variants::{
    int_enum_catch_all, int_variant_name, primitive_variant_name, string_enum_catch_all,
    union_catch_all,
};

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that need `r#` (or, where that is not allowed, a suffix).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names that would shadow the prelude or std items used by generated code.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "Default",
    "Clone",
    "Debug",
    "Serialize",
    "Deserialize",
    "PartialEq",
    "Send",
    "Sync",
    "Sized",
    "Copy",
    "Into",
    "From",
    "Iterator",
];

/// Splits a name into words: any non-alphanumeric character separates words
/// (heck alone would keep `+` or `.` glued to letters).
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// `UpperCamelCase` type name for a schema or tag, valid as a Rust type.
pub fn type_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

/// `snake_case` identifier (field, method, module, parameter). Keywords become
/// raw identifiers, or get a `_` suffix where Rust forbids raw ones.
pub fn ident(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'n');
    }
    escape_keyword(name)
}

/// Longest module (file) name: file systems allow 255 bytes, and long names
/// help nobody.
const MAX_MODULE: usize = 64;

/// The name of a module file for a type name: [`module_name`] cut to
/// 64 characters (`MAX_MODULE`). Callers make truncated names unique.
pub fn module_file_name(type_name: &str) -> String {
    let mut name = module_name(type_name);
    if name.len() > MAX_MODULE {
        let mut end = MAX_MODULE;
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        name.truncate(end);
        name = module_name(name.trim_end_matches('_'));
    }
    name
}

/// Module (file) name for a type name: snake case with no raw prefix.
pub fn module_name(type_name: &str) -> String {
    let name = type_name.to_snake_case();
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Enum variant for a string enum value.
pub fn variant_name(value: &str, index: usize) -> String {
    let mut name = words(value).to_upper_camel_case();
    if value.is_empty() {
        name = "Empty".into();
    } else if name.is_empty() {
        name = format!("Value{index}");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name.push_str("Value");
    }
    name
}

/// API type: UpperCamel(tag) + `Api`; untagged operations go to `DefaultApi`.
/// A tag starting with a digit gets an `N`, like its accessor ([`ident`]).
pub fn api_type_name(tag: Option<&str>) -> String {
    match tag {
        Some(tag) => {
            let mut name = words(tag).to_upper_camel_case();
            if name.starts_with(|c: char| c.is_ascii_digit()) {
                name.insert(0, 'N');
            }
            format!("{name}Api")
        }
        None => "DefaultApi".to_string(),
    }
}

/// The accessor on `Client` for an API: snake_case(tag).
pub fn api_accessor(tag: Option<&str>) -> String {
    ident(tag.unwrap_or("default"))
}

/// The generated crate's features that are not an API's: an API's feature never takes one of
/// these names.
pub const FIXED_FEATURES: &[&str] = &[
    "default",
    "rustls-tls",
    "native-tls",
    "blocking",
    "all-apis",
    "all-models",
    UNREACHED_MODELS,
    "mock",
];

/// The hidden feature of the models no operation reaches, alone (`all-models` has them too):
/// so that a tool can compile a giant crate in parts, each with some APIs and the models they
/// reach, and this last. Its leading `__` marks it as no promise to users: which models it
/// holds follows the document.
pub const UNREACHED_MODELS: &str = "__unreached-models";

/// The cargo feature of an API: its accessor in kebab-case (`event_ingestion` ->
/// `event-ingestion`), `-api` appended when that is a fixed feature's name (the untagged
/// `default` API -> `default-api`), then made unique in `features` (`-2`, `-3`...).
pub fn api_feature(accessor: &str, features: &mut Scope) -> String {
    let mut name = accessor
        .trim_start_matches("r#")
        .trim_end_matches('_')
        .replace('_', "-");
    if FIXED_FEATURES.contains(&name.as_str()) {
        name.push_str("-api");
    }
    features.claim(&name, "-")
}

/// Method name: snake_case(operationId), or path segments then HTTP method
/// (`PATCH /event_schema/{name}` -> `event_schema_name_patch`), the name the
/// official generators give operations without an id.
pub fn method_name(operation_id: Option<&str>, method: &str, path: &str) -> String {
    match operation_id {
        Some(id) if !id.trim().is_empty() => ident(id),
        _ => ident(&synthetic_operation_id(method, path)),
    }
}

/// The id used for an operation that has none: path words then method.
pub fn synthetic_operation_id(method: &str, path: &str) -> String {
    let mut parts: Vec<&str> = path
        .split('/')
        .map(|s| s.trim_matches(|c| c == '{' || c == '}'))
        .collect();
    parts.push(method);
    words(&parts.join(" ")).to_snake_case()
}

/// A [`synthetic_operation_id`] not yet `taken` (by a declared operationId or
/// an earlier synthetic one): `base`, else `base_2`, `base_3`, … (`/jobs` and
/// `/jobs/` both make `jobs_get`: the second is `jobs_get_2`).
pub fn unique_operation_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Hands out names unique within one scope, suffixing `2`, `3`, … in order of
/// request, so the outcome is deterministic.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// `candidate`, or the first free `candidate{sep}N`.
    pub fn claim(&mut self, candidate: &str, sep: &str) -> String {
        // `self_` collides into `self_2`, not `self__2`.
        let plain = candidate.trim_start_matches("r#").trim_end_matches('_');
        let mut name = candidate.to_string();
        let mut n = 2;
        while self.taken.contains(name.trim_start_matches("r#")) {
            name = format!("{plain}{sep}{n}");
            n += 1;
        }
        self.taken.insert(name.trim_start_matches("r#").to_string());
        name
    }

    /// Whether a name is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name.trim_start_matches("r#"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_names_follow_tags() {
        assert_eq!(api_type_name(Some("Event Schemas")), "EventSchemasApi");
        assert_eq!(api_type_name(Some("PricePlanV2")), "PricePlanV2Api");
        assert_eq!(api_type_name(None), "DefaultApi");
        assert_eq!(api_accessor(Some("Event Ingestion")), "event_ingestion");
        assert_eq!(api_accessor(Some("PricePlanV2")), "price_plan_v2");
        assert_eq!(api_accessor(Some("AddOns")), "add_ons");
        assert_eq!(api_type_name(Some("2FA")), "N2faApi");
        assert_eq!(api_accessor(Some("2FA")), "n2fa");
        assert_eq!(
            module_name(&api_type_name(Some("10 artist"))),
            "n10_artist_api"
        );
    }

    #[test]
    fn api_features_are_kebab_case_accessors() {
        let cases = [
            ("customers", "customers"),
            ("event_ingestion", "event-ingestion"),
            ("price_plan_v2", "price-plan-v2"),
            ("add_ons", "add-ons"),
            ("n2fa", "n2fa"),
            // The untagged API's accessor is `default`, cargo's own feature.
            ("default", "default-api"),
            ("all_models", "all-models-api"),
            ("blocking", "blocking-api"),
            ("r#type", "type"),
            ("self_", "self"),
        ];
        for (accessor, feature) in cases {
            let mut scope = Scope::with_reserved(FIXED_FEATURES);
            assert_eq!(api_feature(accessor, &mut scope), feature, "{accessor}");
        }
        let mut scope = Scope::with_reserved(FIXED_FEATURES);
        assert_eq!(api_feature("mock", &mut scope), "mock-api");
        assert_eq!(api_feature("mock_api", &mut scope), "mock-api-2");
    }

    #[test]
    fn module_names_fit_in_a_file_name() {
        let long = "IdentityGovernanceEntitlementManagementAccessPackageAssignmentsAccessPackageResourceRoleScopes";
        let m = module_file_name(long);
        assert_eq!(m.len(), 64, "{m}");
        assert!(
            m.starts_with("identity_governance_") && !m.ends_with('_'),
            "{m}"
        );
        assert_eq!(module_file_name("Pet"), "pet");
        assert_eq!(module_file_name("Mod"), "mod_");
        // Names of items stay whole: only files are cut.
        assert!(module_name(long).len() > 100);
    }

    #[test]
    fn methods_follow_operation_ids_or_paths() {
        assert_eq!(
            method_name(Some("getCustomers"), "get", "/customers"),
            "get_customers"
        );
        assert_eq!(
            method_name(Some("WalletEntriesForAccount"), "get", "/x"),
            "wallet_entries_for_account"
        );
        assert_eq!(
            method_name(None, "patch", "/event_schema/{event_schema_name}"),
            "event_schema_event_schema_name_patch"
        );
        assert_eq!(method_name(Some("  "), "get", "/"), "get");
    }

    #[test]
    fn test_unique_operation_id() {
        for (taken, expected) in [
            (&[][..], "jobs_get"),
            (&["jobs_get"][..], "jobs_get_2"),
            (&["jobs_get", "jobs_get_2"][..], "jobs_get_3"),
            (&["jobs_get_2"][..], "jobs_get"),
        ] {
            assert_eq!(
                unique_operation_id("jobs_get", |id| taken.contains(&id)),
                expected,
                "{taken:?}"
            );
        }
    }

    #[test]
    fn type_names_are_valid_rust() {
        assert_eq!(type_name("InvoiceDetails_account"), "InvoiceDetailsAccount");
        assert_eq!(type_name("1stPlace"), "T1stPlace");
        assert_eq!(type_name("Option"), "OptionModel");
        assert_eq!(type_name("Client"), "Client");
        assert_eq!(type_name("a.b+c"), "ABC");
        assert_eq!(type_name(""), "Unnamed");
    }

    #[test]
    fn idents_escape_keywords() {
        assert_eq!(ident("type"), "r#type");
        assert_eq!(ident("self"), "self_");
        assert_eq!(ident("Self"), "self_");
        assert_eq!(ident("crate"), "crate_");
        assert_eq!(ident("async"), "r#async");
        assert_eq!(ident("move"), "r#move");
        assert_eq!(ident("2fa"), "n2fa");
        assert_eq!(ident(""), "value");
        assert_eq!(ident("nextToken"), "next_token");
        assert_eq!(ident("X-API-Key"), "x_api_key");
    }

    #[test]
    fn variants_are_valid_rust() {
        assert_eq!(variant_name("in-progress", 0), "InProgress");
        assert_eq!(variant_name("1", 0), "V1");
        assert_eq!(variant_name("", 0), "Empty");
        assert_eq!(variant_name("+", 3), "Value3");
        assert_eq!(variant_name("self", 0), "SelfValue");
    }

    #[test]
    fn scope_suffixes_collisions_in_order() {
        let mut s = Scope::with_reserved(&["client"]);
        assert_eq!(s.claim("client", "_"), "client_2");
        assert_eq!(s.claim("animal_kind", "_"), "animal_kind");
        assert_eq!(s.claim("animal_kind", "_"), "animal_kind_2");
        assert_eq!(s.claim("r#type", "_"), "r#type");
        assert_eq!(s.claim("r#type", "_"), "type_2");
        assert_eq!(s.claim("self_", "_"), "self_");
        assert_eq!(s.claim("self_", "_"), "self_2");
    }
}
