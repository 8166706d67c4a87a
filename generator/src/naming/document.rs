//! Names of the items of the generated `document.rs`: server constants, error
//! tables and the functions that decode error bodies.

use heck::ToShoutySnakeCase;

use super::{module_name, status_text};
use crate::ir::StatusMatch;

/// The constant for the `index`th (from 0) server: SHOUTY_SNAKE(description),
/// or `SERVER_{index}` when there is no description or it makes no
/// identifier. Callers make the names unique.
pub fn server_const(description: Option<&str>, index: usize) -> String {
    description
        .map(|d| d.to_shouty_snake_case())
        .filter(|d| !d.is_empty() && !d.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or_else(|| format!("SERVER_{index}"))
}

/// The constant of an error table: `ERRORS`, then each status in upper case
/// (`ERRORS_400_4XX_DEFAULT`); the `nth` (from 1) table with the same statuses
/// gets `_{nth}`.
pub fn error_table_name(statuses: &[StatusMatch], nth: usize) -> String {
    let mut name = String::from("ERRORS");
    for status in statuses {
        name.push('_');
        name.push_str(&status_text(*status).to_ascii_uppercase());
    }
    if nth > 1 {
        name.push_str(&format!("_{nth}"));
    }
    name
}

/// The function that decodes an error body type: `decode_` + its module name.
pub fn decoder_name(type_name: &str) -> String {
    format!("decode_{}", module_name(type_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_server_const() {
        for (description, index, expected) in [
            (Some("Production server"), 0, "PRODUCTION_SERVER"),
            (Some("sandbox"), 1, "SANDBOX"),
            (Some("EU (Frankfurt)"), 2, "EU_FRANKFURT"),
            (Some("2nd region"), 3, "SERVER_3"),
            (Some("---"), 4, "SERVER_4"),
            (Some(""), 5, "SERVER_5"),
            (None, 0, "SERVER_0"),
        ] {
            assert_eq!(
                server_const(description, index),
                expected,
                "{description:?}"
            );
        }
    }

    #[test]
    fn test_error_table_name() {
        use StatusMatch::{Code, Default, Range};
        for (statuses, nth, expected) in [
            (&[Code(400)][..], 1, "ERRORS_400"),
            (
                &[Code(400), Code(401), Default][..],
                1,
                "ERRORS_400_401_DEFAULT",
            ),
            (&[Range(4), Range(5)][..], 1, "ERRORS_4XX_5XX"),
            (&[Code(404)][..], 2, "ERRORS_404_2"),
            (&[Default][..], 3, "ERRORS_DEFAULT_3"),
            (&[][..], 1, "ERRORS"),
        ] {
            assert_eq!(error_table_name(statuses, nth), expected, "{statuses:?}");
        }
    }

    #[test]
    fn test_decoder_name() {
        for (type_name, expected) in [
            ("ErrorResponse", "decode_error_response"),
            ("Problem", "decode_problem"),
            ("Type", "decode_type_"),
            ("OAuth2Error", "decode_o_auth2_error"),
        ] {
            assert_eq!(decoder_name(type_name), expected, "{type_name}");
        }
    }
}
