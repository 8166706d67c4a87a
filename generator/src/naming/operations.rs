//! Names of what an operation generates: its builder, static descriptor and
//! response enum, the name hints of its inline types, its parameters'
//! identifiers, and the text and variants of its statuses.

use heck::{ToShoutySnakeCase, ToUpperCamelCase};

use crate::ir::{ParamLocation, StatusMatch};

/// The stem of an operation's type names: UpperCamel(method name), without
/// `r#` (`r#type` -> `Type`).
pub fn operation_type_base(method_name: &str) -> String {
    method_name.trim_start_matches("r#").to_upper_camel_case()
}

/// The request builder type: stem + `Builder`.
pub fn builder_name(type_base: &str) -> String {
    format!("{type_base}Builder")
}

/// The operation's `static` descriptor: SHOUTY_SNAKE(method name), without `r#`.
pub fn static_name(method_name: &str) -> String {
    method_name.trim_start_matches("r#").to_shouty_snake_case()
}

/// The enum of an operation with several success responses: stem + `Response`.
pub fn response_enum_name(type_base: &str) -> String {
    format!("{type_base}Response")
}

/// The name hint for an inline request body schema: stem + `Request`.
pub fn request_hint(type_base: &str) -> String {
    format!("{type_base}Request")
}

/// The name hint for an inline response schema: stem + `Response`, then the
/// status (`404`, `4xx`, `Default`) when `with_status` (the operation has
/// several successes, or the response is an error).
pub fn response_hint(type_base: &str, status: StatusMatch, with_status: bool) -> String {
    if with_status {
        format!(
            "{type_base}Response{}",
            status_text(status).to_upper_camel_case()
        )
    } else {
        response_enum_name(type_base)
    }
}

/// The name hint for a schema inside another (a property, an array's items, a
/// parameter of an operation): the outer hint + UpperCamel(word).
pub fn nested_hint(outer: &str, word: &str) -> String {
    format!("{outer}{}", word.to_upper_camel_case())
}

/// The name hint for the `index`th (from 0) alternative of a oneOf/anyOf
/// without a title: `Variant1`, `Variant2`, …
pub fn alternative_hint(index: usize) -> String {
    format!("Variant{}", index + 1)
}

/// Where a parameter goes, as a word: `path`, `query`, `header`, `cookie`.
pub fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// The identifier of a parameter whose name an earlier parameter took:
/// its identifier (without `r#`), `_`, its location (`id` -> `id_header`).
pub fn located_ident(ident: &str, location: ParamLocation) -> String {
    format!(
        "{}_{}",
        ident.trim_start_matches("r#"),
        location_word(location)
    )
}

/// A status as the document writes it: `200`, `2XX`, `default`.
pub fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Range(r) => format!("{r}XX"),
        StatusMatch::Default => "default".into(),
    }
}

/// The response enum variant for a success status: its reason phrase
/// (`201` -> `Created`), else `Status{code}` or `Status{n}xx`.
pub fn status_variant(status: StatusMatch) -> String {
    let phrase = match status {
        StatusMatch::Code(c) => match c {
            200 => "Ok",
            201 => "Created",
            202 => "Accepted",
            203 => "NonAuthoritativeInformation",
            204 => "NoContent",
            205 => "ResetContent",
            206 => "PartialContent",
            207 => "MultiStatus",
            208 => "AlreadyReported",
            300 => "MultipleChoices",
            301 => "MovedPermanently",
            302 => "Found",
            303 => "SeeOther",
            304 => "NotModified",
            307 => "TemporaryRedirect",
            308 => "PermanentRedirect",
            _ => return format!("Status{c}"),
        },
        StatusMatch::Range(r) => return format!("Status{r}xx"),
        StatusMatch::Default => "Default",
    };
    phrase.to_string()
}

/// The variant of the one outcome of an operation that declares no success
/// response (any 2xx).
pub const UNDECLARED_SUCCESS_VARIANT: &str = "Success";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_operation_type_base() {
        for (method, expected) in [
            ("get_customers", "GetCustomers"),
            ("r#type", "Type"),
            ("jobs_get_2", "JobsGet2"),
            ("self_", "Self"),
            ("n2fa_login", "N2faLogin"),
        ] {
            assert_eq!(operation_type_base(method), expected, "{method}");
        }
    }

    #[test]
    fn test_builder_name() {
        for (base, expected) in [
            ("GetCustomers", "GetCustomersBuilder"),
            ("Type", "TypeBuilder"),
            ("", "Builder"),
        ] {
            assert_eq!(builder_name(base), expected, "{base}");
        }
    }

    #[test]
    fn test_static_name() {
        for (method, expected) in [
            ("get_customers", "GET_CUSTOMERS"),
            ("r#type", "TYPE"),
            ("jobs_get_2", "JOBS_GET_2"),
            ("price_plan_v2", "PRICE_PLAN_V2"),
        ] {
            assert_eq!(static_name(method), expected, "{method}");
        }
    }

    #[test]
    fn test_response_enum_and_request_hint() {
        for (base, response, request) in [
            ("GetPet", "GetPetResponse", "GetPetRequest"),
            ("Type", "TypeResponse", "TypeRequest"),
        ] {
            assert_eq!(response_enum_name(base), response, "{base}");
            assert_eq!(request_hint(base), request, "{base}");
        }
    }

    #[test]
    fn test_response_hint() {
        for (status, with_status, expected) in [
            (StatusMatch::Code(200), false, "GetPetResponse"),
            (StatusMatch::Code(200), true, "GetPetResponse200"),
            (StatusMatch::Code(404), true, "GetPetResponse404"),
            (StatusMatch::Range(4), true, "GetPetResponse4xx"),
            (StatusMatch::Default, true, "GetPetResponseDefault"),
            (StatusMatch::Default, false, "GetPetResponse"),
        ] {
            assert_eq!(
                response_hint("GetPet", status, with_status),
                expected,
                "{status:?} {with_status}"
            );
        }
    }

    #[test]
    fn test_nested_hint() {
        for (outer, word, expected) in [
            ("Pet", "owner", "PetOwner"),
            ("GetPet", "X-Request-Id", "GetPetXRequestId"),
            ("Pet", "Item", "PetItem"),
            ("Pet", "first_name", "PetFirstName"),
            ("Pet", "", "Pet"),
        ] {
            assert_eq!(nested_hint(outer, word), expected, "{outer} {word}");
        }
    }

    #[test]
    fn test_alternative_hint() {
        for (index, expected) in [(0, "Variant1"), (1, "Variant2"), (9, "Variant10")] {
            assert_eq!(alternative_hint(index), expected);
        }
    }

    #[test]
    fn test_location_word_and_located_ident() {
        for (location, word, ident) in [
            (ParamLocation::Path, "path", "id_path"),
            (ParamLocation::Query, "query", "id_query"),
            (ParamLocation::Header, "header", "id_header"),
            (ParamLocation::Cookie, "cookie", "id_cookie"),
        ] {
            assert_eq!(location_word(location), word);
            assert_eq!(located_ident("id", location), ident);
        }
        assert_eq!(located_ident("r#type", ParamLocation::Query), "type_query");
    }

    #[test]
    fn test_status_text() {
        for (status, expected) in [
            (StatusMatch::Code(200), "200"),
            (StatusMatch::Code(404), "404"),
            (StatusMatch::Range(2), "2XX"),
            (StatusMatch::Range(5), "5XX"),
            (StatusMatch::Default, "default"),
        ] {
            assert_eq!(status_text(status), expected, "{status:?}");
        }
    }

    #[test]
    fn test_status_variant() {
        for (status, expected) in [
            (StatusMatch::Code(200), "Ok"),
            (StatusMatch::Code(201), "Created"),
            (StatusMatch::Code(203), "NonAuthoritativeInformation"),
            (StatusMatch::Code(204), "NoContent"),
            (StatusMatch::Code(208), "AlreadyReported"),
            (StatusMatch::Code(302), "Found"),
            (StatusMatch::Code(308), "PermanentRedirect"),
            (StatusMatch::Code(209), "Status209"),
            (StatusMatch::Code(305), "Status305"),
            (StatusMatch::Range(2), "Status2xx"),
            (StatusMatch::Range(3), "Status3xx"),
            (StatusMatch::Default, "Default"),
        ] {
            assert_eq!(status_variant(status), expected, "{status:?}");
        }
        assert_eq!(UNDECLARED_SUCCESS_VARIANT, "Success");
    }
}
