//! Credentials: validated once when the client is built, then chosen per operation from its
//! security requirements.

use base64::Engine as _;
use reqwest::header::{self, HeaderName, HeaderValue};

use super::error::{config, Error, NoErrorBody, Result};
use super::spec::{ApiKeyLocation, Operation, SchemeKind, SecurityScheme};

/// How a configured credential is sent.
pub(super) enum Apply {
    Header(HeaderName, HeaderValue),
    Query(&'static str, String),
    Cookie(String),
}

/// The credential of one security scheme, ready to send.
pub(super) struct Credential {
    pub(super) scheme: &'static str,
    pub(super) apply: Apply,
}

/// One credential per configured security scheme; the named ones (`credential(scheme, value)`)
/// win over the generic ones (`bearer_token`, `basic_auth`, `api_key`).
pub(super) fn resolve_credentials(
    schemes: &'static [SecurityScheme],
    bearer: Option<&str>,
    basic: Option<(&str, &str)>,
    api_key: Option<&str>,
    named: &[(String, String)],
) -> Result<Vec<Credential>> {
    if let Some(name) =
        (named.iter().map(|(n, _)| n)).find(|n| !schemes.iter().any(|s| s.name == n.as_str()))
    {
        let known: Vec<_> = schemes.iter().map(|s| s.name).collect();
        return Err(config(format!(
            "unknown security scheme `{name}` (the API declares: {})",
            if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            }
        )));
    }
    if let Some((user, _)) = basic {
        if user.contains(':') {
            return Err(config(
                "basic_auth user name must not contain ':' (RFC 7617)",
            ));
        }
    }
    let basic = basic.map(|(user, password)| format!("{user}:{password}"));
    let generic = [
        ("bearer_token", bearer),
        ("basic_auth", basic.as_deref()),
        ("api_key", api_key),
    ];
    // A credential that no scheme would use is a mistake worth reporting, not ignoring.
    for (setter, value) in &generic {
        if value.is_some() && !schemes.iter().any(|s| s.kind.setter() == *setter) {
            return Err(config(format!(
                "{setter} was set but the API declares no security scheme of that kind; \
                 use credential(scheme, value) or default_header(name, value)"
            )));
        }
    }

    let mut credentials = Vec::new();
    for scheme in schemes {
        let named = named
            .iter()
            .rev()
            .find(|(n, _)| n == scheme.name)
            .map(|(_, v)| v.as_str());
        let generic = generic
            .iter()
            .find(|(setter, _)| *setter == scheme.kind.setter());
        let Some(secret) = named.or_else(|| generic.and_then(|(_, v)| *v)) else {
            continue;
        };
        let name = scheme.name;
        if secret.is_empty() || (secret == ":" && matches!(scheme.kind, SchemeKind::Basic)) {
            return Err(config(format!(
                "credential of security scheme `{name}` is empty"
            )));
        }
        let invalid = || {
            config(format!(
                "credential of security scheme `{name}` is not a valid header value \
                 (control characters such as a trailing newline are not allowed)"
            ))
        };
        let sensitive = |text: &str| {
            let mut value = HeaderValue::from_str(text).map_err(|_| invalid())?;
            value.set_sensitive(true);
            Ok::<_, Error<NoErrorBody>>(value)
        };
        let apply = match scheme.kind {
            SchemeKind::Bearer => Apply::Header(
                header::AUTHORIZATION,
                sensitive(&format!("Bearer {secret}"))?,
            ),
            SchemeKind::Basic => {
                // Basic credentials may be any UTF-8 (RFC 7617), but never control characters.
                if secret.chars().any(char::is_control) {
                    return Err(invalid());
                }
                let encoded = base64::engine::general_purpose::STANDARD.encode(secret);
                Apply::Header(
                    header::AUTHORIZATION,
                    sensitive(&format!("Basic {encoded}"))?,
                )
            }
            SchemeKind::ApiKey {
                location,
                name: key_name,
            } => {
                // Also validated for query and cookie keys: a line break is always a mistake.
                let value = sensitive(secret)?;
                match location {
                    ApiKeyLocation::Header => {
                        let header = HeaderName::from_bytes(key_name.as_bytes()).map_err(|_| {
                            config(format!("security scheme `{name}` names an invalid header"))
                        })?;
                        Apply::Header(header, value)
                    }
                    ApiKeyLocation::Query => Apply::Query(key_name, secret.to_owned()),
                    ApiKeyLocation::Cookie => Apply::Cookie(format!("{key_name}={secret}")),
                }
            }
        };
        credentials.push(Credential {
            scheme: name,
            apply,
        });
    }
    Ok(credentials)
}

/// The credentials to send for `op`: the first alternative of its security requirements
/// that is fully configured; if none is, whatever configured credentials the operation
/// names, else all of them, since API descriptions often under-declare and the server
/// decides. Operations without requirements (or with an optional one) get none.
pub(super) fn credentials_for<'a>(
    credentials: &'a [Credential],
    op: &Operation,
) -> Vec<&'a Credential> {
    let find = |name: &str| credentials.iter().find(|c| c.scheme == name);
    if op.security.is_empty() {
        return Vec::new();
    }
    for alternative in op.security.iter().filter(|a| !a.is_empty()) {
        if alternative.iter().all(|name| find(name).is_some()) {
            return alternative.iter().filter_map(|name| find(name)).collect();
        }
    }
    if op.security.iter().any(|a| a.is_empty()) {
        return Vec::new();
    }
    let named: Vec<_> = (credentials.iter())
        .filter(|c| op.security.iter().any(|a| a.contains(&c.scheme)))
        .collect();
    if named.is_empty() {
        credentials.iter().collect()
    } else {
        named
    }
}
