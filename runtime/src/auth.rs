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
    /// `Authorization: Bearer` with the token provider's current token.
    Token,
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

/// Adds the token provider as the credential of every HTTP bearer scheme that has none.
pub(super) fn add_token_provider(
    schemes: &'static [SecurityScheme],
    credentials: &mut Vec<Credential>,
    bearer_token: bool,
) -> Result<()> {
    if bearer_token {
        return Err(config(
            "bearer_token and token_provider were both set: set one of them",
        ));
    }
    let bearer = schemes
        .iter()
        .filter(|s| matches!(s.kind, SchemeKind::Bearer));
    let mut any = false;
    for scheme in bearer {
        any = true;
        if !credentials.iter().any(|c| c.scheme == scheme.name) {
            credentials.push(Credential {
                scheme: scheme.name,
                apply: Apply::Token,
            });
        }
    }
    if !any {
        return Err(config(
            "token_provider was set but the API declares no HTTP bearer security scheme",
        ));
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use reqwest::Method;

    use super::*;
    use crate::example::DOCUMENT;

    static BASIC_QUERY_COOKIE: &[SecurityScheme] = &[
        SecurityScheme {
            name: "basic",
            kind: SchemeKind::Basic,
        },
        SecurityScheme {
            name: "queryKey",
            kind: SchemeKind::ApiKey {
                location: ApiKeyLocation::Query,
                name: "api_key",
            },
        },
        SecurityScheme {
            name: "cookieKey",
            kind: SchemeKind::ApiKey {
                location: ApiKeyLocation::Cookie,
                name: "session",
            },
        },
    ];

    /// Credentials of the example document.
    fn example(bearer: Option<&str>, api_key: Option<&str>) -> Vec<Credential> {
        resolve_credentials(DOCUMENT.security_schemes, bearer, None, api_key, &[])
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn config_error(result: Result<Vec<Credential>>) -> String {
        match result {
            Ok(_) => panic!("expected a configuration error"),
            Err(Error::Config(message)) => message,
            Err(other) => panic!("expected a configuration error, got {other}"),
        }
    }

    fn named(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        (pairs.iter())
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// `(header name, value)` of a header credential.
    fn header(credential: &Credential) -> (&str, &str) {
        match &credential.apply {
            Apply::Header(name, value) => {
                assert!(value.is_sensitive());
                (name.as_str(), value.to_str().unwrap())
            }
            _ => panic!("{} is not sent in a header", credential.scheme),
        }
    }

    fn op(security: &'static [&'static [&'static str]]) -> Operation {
        Operation {
            id: "op",
            method: Method::GET,
            path: "/",
            security,
            retry_safe: true,
            idempotency_key: None,
        }
    }

    fn schemes<'a>(chosen: &[&'a Credential]) -> Vec<&'a str> {
        chosen.iter().map(|c| c.scheme).collect()
    }

    #[test]
    fn generic_setters_configure_every_scheme_of_their_kind() {
        let credentials = example(Some("tok"), Some("key"));
        assert_eq!(
            credentials.iter().map(header).collect::<Vec<_>>(),
            [("authorization", "Bearer tok"), ("x-api-key", "key")]
        );
    }

    #[test]
    fn unconfigured_schemes_get_no_credential() {
        let credentials = example(None, Some("key"));
        assert_eq!(schemes(&credentials.iter().collect::<Vec<_>>()), ["apiKey"]);
        assert!(example(None, None).is_empty());
    }

    #[test]
    fn named_credential_wins_over_the_generic_one_and_the_last_name_wins() {
        let named = named(&[("bearerAuth", "first"), ("bearerAuth", "second")]);
        let credentials = resolve_credentials(
            DOCUMENT.security_schemes,
            Some("generic"),
            None,
            None,
            &named,
        )
        .unwrap();
        assert_eq!(credentials.len(), 1);
        assert_eq!(header(&credentials[0]), ("authorization", "Bearer second"));
    }

    #[test]
    fn unknown_scheme_name_lists_the_declared_schemes() {
        let named = named(&[("oauth", "x")]);
        let message = config_error(resolve_credentials(
            DOCUMENT.security_schemes,
            None,
            None,
            None,
            &named,
        ));
        assert!(
            message.contains("unknown security scheme `oauth`"),
            "{message}"
        );
        assert!(
            message.contains("declares: bearerAuth, apiKey"),
            "{message}"
        );

        let message = config_error(resolve_credentials(&[], None, None, None, &named));
        assert!(message.contains("declares: none"), "{message}");
    }

    #[test]
    fn empty_credential_is_an_error_naming_the_scheme() {
        let message = config_error(resolve_credentials(
            DOCUMENT.security_schemes,
            Some(""),
            None,
            None,
            &[],
        ));
        assert!(message.contains("`bearerAuth` is empty"), "{message}");
        let named = named(&[("basic", ":")]);
        let message = config_error(resolve_credentials(
            BASIC_QUERY_COOKIE,
            None,
            None,
            None,
            &named,
        ));
        assert!(message.contains("`basic` is empty"), "{message}");
    }

    #[test]
    fn credential_with_a_newline_is_rejected_without_quoting_it() {
        for (bearer, api_key, scheme) in [
            (Some("s3cret\n"), None, "bearerAuth"),
            (None, Some("s3cret\r\n"), "apiKey"),
        ] {
            let message = config_error(resolve_credentials(
                DOCUMENT.security_schemes,
                bearer,
                None,
                api_key,
                &[],
            ));
            assert!(message.contains(&format!("`{scheme}` is not a valid header value")));
            assert!(!message.contains("s3cret"), "{message}");
        }
        // Query and cookie keys, and basic passwords, are checked too.
        for (basic, api_key) in [(Some(("u", "p\n")), None), (None, Some("k\n"))] {
            let result = resolve_credentials(BASIC_QUERY_COOKIE, None, basic, api_key, &[]);
            assert!(config_error(result).contains("not a valid header value"));
        }
    }

    #[test]
    fn basic_user_with_a_colon_is_rejected() {
        let result = resolve_credentials(BASIC_QUERY_COOKIE, None, Some(("a:b", "pw")), None, &[]);
        assert!(config_error(result).contains("must not contain ':'"));
    }

    #[test]
    fn setter_without_a_scheme_of_its_kind_is_an_error() {
        let result =
            resolve_credentials(DOCUMENT.security_schemes, None, Some(("u", "p")), None, &[]);
        let message = config_error(result);
        assert!(message.starts_with("basic_auth was set"), "{message}");
        let result = resolve_credentials(BASIC_QUERY_COOKIE, Some("tok"), None, None, &[]);
        assert!(config_error(result).starts_with("bearer_token was set"));
    }

    #[test]
    fn basic_credentials_are_base64_of_utf8_user_colon_password() {
        let credentials =
            resolve_credentials(BASIC_QUERY_COOKIE, None, Some(("user", "pa ss")), None, &[])
                .unwrap();
        assert_eq!(
            header(&credentials[0]),
            ("authorization", "Basic dXNlcjpwYSBzcw==")
        );

        let named = named(&[("basic", "ana:pässwörd")]);
        let credentials =
            resolve_credentials(BASIC_QUERY_COOKIE, None, None, None, &named).unwrap();
        assert_eq!(
            header(&credentials[0]),
            ("authorization", "Basic YW5hOnDDpHNzd8O2cmQ=")
        );
    }

    #[test]
    fn api_keys_go_to_the_query_parameter_or_cookie_their_scheme_names() {
        let credentials =
            resolve_credentials(BASIC_QUERY_COOKIE, None, None, Some("k1"), &[]).unwrap();
        assert_eq!(credentials.len(), 2);
        assert!(matches!(credentials[0].apply, Apply::Query("api_key", ref v) if v == "k1"));
        assert!(matches!(credentials[1].apply, Apply::Cookie(ref c) if c == "session=k1"));
    }

    #[test]
    fn operation_without_security_gets_no_credential() {
        let credentials = example(Some("tok"), Some("key"));
        assert!(credentials_for(&credentials, &op(&[])).is_empty());
    }

    #[test]
    fn first_fully_configured_alternative_is_chosen() {
        let either = op(&[&["bearerAuth"], &["apiKey"]]);
        let both = example(Some("tok"), Some("key"));
        assert_eq!(schemes(&credentials_for(&both, &either)), ["bearerAuth"]);
        let key_only = example(None, Some("key"));
        assert_eq!(schemes(&credentials_for(&key_only, &either)), ["apiKey"]);

        let together = op(&[&["apiKey", "bearerAuth"]]);
        assert_eq!(
            schemes(&credentials_for(&both, &together)),
            ["apiKey", "bearerAuth"]
        );
    }

    #[test]
    fn optional_requirement_sends_a_configured_alternative_or_nothing() {
        let optional = op(&[&[], &["bearerAuth"]]);
        let bearer = example(Some("tok"), None);
        assert_eq!(
            schemes(&credentials_for(&bearer, &optional)),
            ["bearerAuth"]
        );
        let key_only = example(None, Some("key"));
        assert!(credentials_for(&key_only, &optional).is_empty());
    }

    #[test]
    fn partly_configured_alternative_falls_back_to_the_named_credentials() {
        let together = op(&[&["apiKey", "bearerAuth"]]);
        let bearer = example(Some("tok"), None);
        assert_eq!(
            schemes(&credentials_for(&bearer, &together)),
            ["bearerAuth"]
        );
    }

    #[test]
    fn requirement_naming_no_configured_scheme_falls_back_to_all_credentials() {
        let other = op(&[&["oauth"]]);
        let both = example(Some("tok"), Some("key"));
        assert_eq!(
            schemes(&credentials_for(&both, &other)),
            ["bearerAuth", "apiKey"]
        );
    }
}
