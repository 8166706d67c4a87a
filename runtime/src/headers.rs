//! Header validation, and the redaction of secrets in `Debug` output.

use std::fmt;

use reqwest::header::{HeaderName, HeaderValue};

use super::error::{config, Result};

/// Printed instead of a secret.
pub(super) const REDACTED: &str = "<redacted>";

/// Validates a header; `what` names the setting in the error (never the value, which may be
/// a secret). Credential-like headers are marked sensitive.
pub(super) fn parse_header(
    name: &str,
    value: &str,
    what: &str,
) -> Result<(HeaderName, HeaderValue)> {
    let name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| config(format!("{what} name `{name}` is not a valid header name")))?;
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        config(format!(
            "{what} `{name}` has a value that is not a valid header value"
        ))
    })?;
    value.set_sensitive(is_sensitive(name.as_str()));
    Ok((name, value))
}

/// Header names whose values are treated as secrets in `Debug` output.
fn is_sensitive(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "cookie" | "set-cookie")
        || [
            "auth",
            "key",
            "token",
            "secret",
            "password",
            "session",
            "signature",
            "credential",
        ]
        .iter()
        .any(|word| name.contains(word))
}

fn redact<'a>(name: &str, value: &'a str) -> &'a str {
    if is_sensitive(name) {
        REDACTED
    } else {
        value
    }
}

/// `Debug` of header-like pairs, values already redacted.
pub(super) struct DebugMap<'a>(pub(super) Vec<(&'a str, &'a str)>);

impl<'a> DebugMap<'a> {
    /// The pairs with the values of credential-like names redacted.
    pub(super) fn redacted(pairs: &'a [(String, String)]) -> Self {
        DebugMap(
            pairs
                .iter()
                .map(|(n, v)| (n.as_str(), redact(n, v)))
                .collect(),
        )
    }
}

impl fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().copied()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn credential_like_names_are_sensitive_in_any_case() {
        for name in [
            "Authorization",
            "PROXY-AUTHORIZATION",
            "cookie",
            "Set-Cookie",
            "X-Api-Key",
            "X-Auth-Token",
            "X-Client-Secret",
            "X-Password",
            "X-Session-Id",
            "X-Signature",
            "X-Amz-Security-Token",
            "X-Credential",
        ] {
            assert!(is_sensitive(name), "{name}");
        }
    }

    #[test]
    fn ordinary_names_are_not_sensitive() {
        for name in [
            "Accept",
            "Content-Type",
            "User-Agent",
            "X-Request-Id",
            "X-Tenant",
        ] {
            assert!(!is_sensitive(name), "{name}");
        }
    }

    #[test]
    fn parsed_headers_are_marked_sensitive_by_name() {
        let (name, value) = parse_header("X-Api-Key", "k", "default header").unwrap();
        assert_eq!(name, "x-api-key");
        assert!(value.is_sensitive());
        let (_, value) = parse_header("Accept", "application/json", "default header").unwrap();
        assert!(!value.is_sensitive());
    }

    #[test]
    fn invalid_headers_name_the_setting_but_never_the_value() {
        let Err(Error::Config(message)) = parse_header("X-Token", "s3cret\n", "default header")
        else {
            panic!("a newline is not a valid header value");
        };
        assert!(message.contains("default header `x-token`"), "{message}");
        assert!(!message.contains("s3cret"), "{message}");

        let Err(Error::Config(message)) = parse_header("bad name", "s3cret", "header parameter")
        else {
            panic!("a space is not valid in a header name");
        };
        assert!(
            message.contains("header parameter name `bad name`"),
            "{message}"
        );
        assert!(!message.contains("s3cret"), "{message}");
    }

    #[test]
    fn debug_map_redacts_values_of_sensitive_names_only() {
        let pairs = [
            ("Accept".to_owned(), "application/json".to_owned()),
            ("X-Api-Key".to_owned(), "s3cret".to_owned()),
        ];
        assert_eq!(
            format!("{:?}", DebugMap::redacted(&pairs)),
            r#"{"Accept": "application/json", "X-Api-Key": "<redacted>"}"#
        );
    }
}
