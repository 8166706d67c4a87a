//! Reading a response body within a limit, and finding an idempotency key in a request body.

use bytes::{Bytes, BytesMut};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

/// Why a body was not read.
pub(crate) enum ReadError {
    /// Longer than the limit, by its `Content-Length` or as read: the rest is not read.
    TooLarge,
    /// The connection failed or timed out while reading.
    Transport(reqwest::Error),
}

/// The whole body of `response`, in chunks, failing as soon as it is known to be longer than
/// `limit` bytes (a `Content-Length` above it fails before any byte is read).
pub(crate) async fn read_limited(
    response: &mut reqwest::Response,
    limit: u64,
) -> Result<Bytes, ReadError> {
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit) {
        return Err(ReadError::TooLarge);
    }
    let Some(first) = chunk(response).await? else {
        return Ok(Bytes::new());
    };
    let mut total = first.len() as u64;
    if total > limit {
        return Err(ReadError::TooLarge);
    }
    // Most bodies come in one chunk: no copy.
    let Some(second) = chunk(response).await? else {
        return Ok(first);
    };
    total += second.len() as u64;
    if total > limit {
        return Err(ReadError::TooLarge);
    }
    let capacity = declared.unwrap_or(total).clamp(total, limit);
    let mut body = BytesMut::with_capacity(usize::try_from(capacity).unwrap_or(usize::MAX));
    body.extend_from_slice(&first);
    body.extend_from_slice(&second);
    while let Some(more) = chunk(response).await? {
        total += more.len() as u64;
        if total > limit {
            return Err(ReadError::TooLarge);
        }
        body.extend_from_slice(&more);
    }
    Ok(body.freeze())
}

async fn chunk(response: &mut reqwest::Response) -> Result<Option<Bytes>, ReadError> {
    response.chunk().await.map_err(ReadError::Transport)
}

/// Whether the JSON object `body` has the top-level property `key` set: present, not null
/// and not the empty string. Anything that is not a JSON object has none.
pub(crate) fn has_json_key(body: &[u8], key: &str) -> bool {
    let mut de = serde_json::Deserializer::from_slice(body);
    KeyProbe(key).deserialize(&mut de).unwrap_or(false)
}

struct KeyProbe<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for KeyProbe<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyProbe<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut set = false;
        while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if name == self.0 {
                let value: serde_json::Value = map.next_value()?;
                set = !(value.is_null() || value.as_str() == Some(""));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(set)
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<bool, A::Error> {
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_set_when_present_not_null_and_not_empty() {
        let set = |body: &str| has_json_key(body.as_bytes(), "idempotencyKey");
        assert!(set(r#"{"amount":5,"idempotencyKey":"k-1"}"#));
        assert!(set(r#"{"idempotencyKey":7}"#));
        assert!(set(r#"{"a":{"idempotencyKey":null},"idempotencyKey":"k"}"#));
        for body in [
            r#"{"amount":5}"#,
            r#"{"idempotencyKey":null}"#,
            r#"{"idempotencyKey":""}"#,
            r#"{"nested":{"idempotencyKey":"k"}}"#,
            r#"{"IdempotencyKey":"k"}"#,
            r#"[{"idempotencyKey":"k"}]"#,
            r#""idempotencyKey""#,
            "",
            "{not json",
        ] {
            assert!(!set(body), "{body}");
        }
    }

    #[test]
    fn escaped_key_names_are_compared_unescaped() {
        assert!(has_json_key(
            br#"{"idempotency\u004bey":"k"}"#,
            "idempotencyKey"
        ));
    }
}
