//! Header validation, and the redaction of secrets in `Debug` output.

use std::borrow::Cow;
use std::fmt;

use reqwest::header::{HeaderName, HeaderValue};

use super::error::{config, Result};

/// Printed instead of a secret (also by the `Debug` of generated models with secrets).
pub const REDACTED: &str = "<redacted>";

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

/// `url` with the password of its user info (`https://user:password@host`, which reqwest sends
/// as basic credentials) redacted; unchanged when it has none. Works on text, so that it also
/// covers URLs that do not parse.
pub(super) fn redact_url(url: &str) -> Cow<'_, str> {
    let Some(start) = url.find("://").map(|i| i + 3) else {
        return Cow::Borrowed(url);
    };
    let rest = &url[start..];
    let authority = &rest[..rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len())];
    // The last `@` ends the user info, as URL parsers read it.
    match (authority.rfind('@')).and_then(|at| Some((authority[..at].find(':')?, at))) {
        Some((colon, at)) => Cow::Owned(format!(
            "{}{REDACTED}{}",
            &url[..start + colon + 1],
            &url[start + at..]
        )),
        None => Cow::Borrowed(url),
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
    fn url_password_is_redacted_and_the_rest_kept() {
        assert_eq!(
            redact_url("https://user:pw@h.test/a?b#c"),
            "https://user:<redacted>@h.test/a?b#c"
        );
        // The last `@` of the authority ends the user info; a path `@` is not in it.
        assert_eq!(
            redact_url("http://u:p@w@h.test/x@y"),
            "http://u:<redacted>@h.test/x@y"
        );
        assert_eq!(
            redact_url("https://:pw@h.test"),
            "https://:<redacted>@h.test"
        );
        assert_eq!(redact_url("not a url u:p@h"), "not a url u:p@h");
        for unchanged in ["https://user@h.test", "https://h.test:8080/a:b@c", "h.test"] {
            assert_eq!(redact_url(unchanged), unchanged);
        }
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
