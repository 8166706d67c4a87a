//! Names of what a model and the examples generate from fields and schemes: a
//! struct's setters and the field of undeclared properties, the environment
//! variables the examples read credentials from, and the functions of the
//! generated `tests/examples.rs`.

use super::{ident, module_name};

/// The field that holds the properties a schema does not declare.
pub const ADDITIONAL_PROPERTIES: &str = "additional_properties";

/// The setter of a field the constructor does not take: `with_` + the field's
/// identifier without `r#` (`r#type` -> `with_type`).
pub fn setter_name(field_ident: &str) -> String {
    format!("with_{}", field_ident.trim_start_matches("r#"))
}

/// The setter that sends a three-state field as `null`: its setter + `_null`, with one
/// underscore where the field's ends in one (`self_` -> `with_self_null`): a double one
/// is not snake case, and rustc warns of it.
pub fn null_setter_name(field_ident: &str) -> String {
    format!("{}_null", setter_name(field_ident).trim_end_matches('_'))
}

/// The environment variable an example reads a security scheme's credential
/// from: the scheme's identifier in upper case (`bearerAuth` -> `BEARER_AUTH`),
/// without `r#`.
pub fn credential_env_var(scheme: &str) -> String {
    ident(scheme).trim_start_matches("r#").to_ascii_uppercase()
}

/// The test function of an operation's example: the API's module, `_`, the
/// method without `r#` (`customers_api_get_customer`).
pub fn example_fn_name(api_module: &str, method_name: &str) -> String {
    format!("{api_module}_{}", method_name.trim_start_matches("r#"))
}

/// The function of a model page's example: `build_` + the model's module
/// name. Callers make the names unique.
pub fn build_fn_name(type_name: &str) -> String {
    format!("build_{}", module_name(type_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_setter_names() {
        for (field, setter, null) in [
            ("name", "with_name", "with_name_null"),
            ("r#type", "with_type", "with_type_null"),
            ("self_", "with_self_", "with_self_null"),
            ("crate_", "with_crate_", "with_crate_null"),
            ("value__", "with_value__", "with_value_null"),
            ("n2fa", "with_n2fa", "with_n2fa_null"),
        ] {
            assert_eq!(setter_name(field), setter, "{field}");
            assert_eq!(null_setter_name(field), null, "{field}");
        }
    }

    #[test]
    fn test_credential_env_var() {
        for (scheme, expected) in [
            ("bearerAuth", "BEARER_AUTH"),
            ("api_key", "API_KEY"),
            ("OAuth2", "O_AUTH2"),
            ("type", "TYPE"),
            ("x-api-key", "X_API_KEY"),
        ] {
            assert_eq!(credential_env_var(scheme), expected, "{scheme}");
        }
    }

    #[test]
    fn test_example_fn_names() {
        for (module, method, expected) in [
            (
                "customers_api",
                "get_customer",
                "customers_api_get_customer",
            ),
            ("default_api", "r#type", "default_api_type"),
        ] {
            assert_eq!(example_fn_name(module, method), expected);
        }
        for (type_name, expected) in [
            ("CreateCustomerRequest", "build_create_customer_request"),
            ("Type", "build_type_"),
            ("Address", "build_address"),
        ] {
            assert_eq!(build_fn_name(type_name), expected, "{type_name}");
        }
    }
}
