//! Which properties hold secrets, so that the generated models never show
//! them in `Debug`: those with `format: password`, and those whose name says
//! so, word by word (`accessToken`, `client_secret`, `X-Api-Key`,
//! `password`), but not page cursors (`nextToken`) or facts about a secret
//! (`tokenType`, `passwordUpdatedAt`).

use openapiv3::{Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};

/// Words that make a property a secret.
const SECRET_WORDS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "apikey",
];
/// Word pairs that do (`api` `key`: `apiKey`, `api_key`).
const SECRET_PAIRS: &[(&str, &str)] = &[("api", "key"), ("private", "key"), ("access", "key")];
/// Words next to `token` that make it a page cursor, not a credential.
const CURSOR_WORDS: &[&str] = &[
    "next",
    "previous",
    "prev",
    "page",
    "pagination",
    "continuation",
    "cursor",
    "sync",
];
/// Last words that make a property a fact about a secret rather than one.
const ABOUT_WORDS: &[&str] = &[
    "type",
    "id",
    "ids",
    "count",
    "name",
    "names",
    "url",
    "uri",
    "expiry",
    "expires",
    "expiration",
    "at",
    "date",
    "time",
    "length",
    "format",
    "hint",
    "policy",
    "required",
    "enabled",
    "set",
    "status",
    "updated",
    "created",
    "changed",
    "reset",
    "ttl",
    "lifetime",
];

/// Whether a property called `name`, with `schema` (when inline or
/// referenced), holds a secret.
pub fn is_secret(name: &str, schemas: &[&Schema]) -> bool {
    schemas.iter().any(|s| password_format(s)) || secret_name(name)
}

fn password_format(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(Type::String(s))
            if matches!(s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Password))
    )
}

/// Whether a name says it holds a secret (see the module).
pub fn secret_name(name: &str) -> bool {
    let words = words(name);
    let secret = words.iter().any(|w| SECRET_WORDS.contains(&w.as_str()))
        || words
            .windows(2)
            .any(|p| SECRET_PAIRS.contains(&(p[0].as_str(), p[1].as_str())));
    if !secret {
        return false;
    }
    let cursor = words.iter().any(|w| w == "token" || w == "tokens")
        && words.iter().any(|w| CURSOR_WORDS.contains(&w.as_str()));
    let about = words
        .last()
        .is_some_and(|w| ABOUT_WORDS.contains(&w.as_str()));
    !cursor && !about
}

/// The lower-case words of a name: split at non-alphanumerics, at a lower
/// case letter or digit followed by an upper case one, and before the last
/// capital of a run followed by a lower case letter (`APIKey`: `api`, `key`).
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let boundary = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_split_into_lower_case_words() {
        assert_eq!(words("accessToken"), ["access", "token"]);
        assert_eq!(words("APIKey"), ["api", "key"]);
        assert_eq!(words("X-Api-Key"), ["x", "api", "key"]);
        assert_eq!(words("client_secret2Value"), ["client", "secret2", "value"]);
        assert_eq!(words("HTTPServer"), ["http", "server"]);
    }

    #[test]
    fn secrets_by_name() {
        for name in [
            "token",
            "accessToken",
            "refresh_token",
            "clientSecret",
            "password",
            "PASSWORD",
            "apiKey",
            "api_key",
            "X-API-KEY",
            "apikey",
            "privateKey",
            "secretAccessKey",
            "tokenValue",
        ] {
            assert!(secret_name(name), "{name}");
        }
    }

    #[test]
    fn cursors_facts_and_other_keys_are_not_secrets() {
        for name in [
            "nextToken",
            "next_token",
            "previousToken",
            "filter_next_page_token",
            "pageToken",
            "tokenType",
            "token_expires_at",
            "passwordUpdatedAt",
            "secretName",
            "apiKeyId",
            "idempotencyKey",
            "key",
            "keyName",
            "tokenizer",
            "monkey",
            "secretary",
        ] {
            assert!(!secret_name(name), "{name}");
        }
    }

    #[test]
    fn password_format_is_a_secret_whatever_the_name() {
        let schema: Schema =
            serde_json::from_value(serde_json::json!({"type": "string", "format": "password"}))
                .unwrap();
        assert!(is_secret("pin", &[&schema]));
        let plain: Schema = serde_json::from_value(serde_json::json!({"type": "string"})).unwrap();
        assert!(!is_secret("pin", &[&plain]));
    }
}
