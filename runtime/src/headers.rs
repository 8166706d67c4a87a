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
