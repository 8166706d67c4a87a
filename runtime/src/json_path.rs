//! Where in a JSON body a decoding error is: `data[1].name`, or `.` for the top level.
//!
//! Bodies are decoded with plain serde_json, and the path is worked out from the error's
//! line and column only when decoding failed. Tracking it while decoding (as
//! `serde_path_to_error` does) costs a `String` per object key on every response and a second
//! copy of every model's decoder in the compiled crate.

/// The path of the value serde_json was reading when it failed with `err` on `body`.
pub(super) fn error_path(body: &[u8], err: &serde_json::Error) -> String {
    let offset = offset_of(body, err.line(), err.column());
    // Errors about a whole object (a missing field) are raised when its closing brace is next:
    // the path is the object's, not that of its last member.
    let whole_object = err.to_string().starts_with("missing field");
    path_at(body, offset, whole_object)
}

/// Byte offset of serde_json's 1-based `line` and 0-based `column` (bytes) in `body`.
fn offset_of(body: &[u8], line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => body
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(n - 2)
            .map_or(body.len(), |(i, _)| i + 1),
    };
    (line_start + column).min(body.len())
}

/// One open container while scanning.
enum Frame {
    /// The key of the member being read, once read.
    Object(Option<String>),
    /// The index of the element being read.
    Array(usize),
}

/// The path of the value being read at byte `offset` of the JSON `body` (valid up to there);
/// with `whole_object`, that of the innermost object. Keys that do not decode read `?`.
fn path_at(body: &[u8], offset: usize, whole_object: bool) -> String {
    let mut stack = Vec::new();
    let mut i = 0;
    while i < offset {
        match body[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < body.len() && body[i] != b'"' {
                    i += if body[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    let quoted = &body[start..(i + 1).min(body.len())];
                    *key = Some(serde_json::from_slice(quoted).unwrap_or_else(|_| "?".to_owned()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if whole_object {
        if let Some(Frame::Object(_)) = stack.last() {
            stack.pop();
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::de::DeserializeOwned;

    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Page {
        data: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        count: u32,
    }

    /// The path of the error decoding `body` as `T`.
    fn path<T: DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
        let err = serde_json::from_str::<T>(body).expect_err("body must not decode");
        error_path(body.as_bytes(), &err)
    }

    #[test]
    fn type_error_in_a_nested_array_element_names_its_index_and_field() {
        let body = r#"{"data":[{"id":"a","count":1},{"id":"b","count":"x"}]}"#;
        assert_eq!(path::<Page>(body), "data[1].count");
    }

    #[test]
    fn lines_of_a_pretty_printed_body_are_followed() {
        let value =
            serde_json::json!({"data": [{"count": 1, "id": "a"}, {"count": -1, "id": "b"}]});
        let body = serde_json::to_string_pretty(&value).unwrap();
        assert!(body.lines().count() > 5);
        assert_eq!(path::<Page>(&body), "data[1].count");
    }

    #[test]
    fn index_in_nested_arrays() {
        assert_eq!(path::<Vec<Vec<u32>>>("[[1,2],[3,\"x\"]]"), "[1][1]");
    }

    #[test]
    fn missing_field_is_reported_at_the_path_of_its_object() {
        assert_eq!(
            path::<Page>(r#"{"data":[{"id":"a","count":1},{"id":"b"}]}"#),
            "data[1]"
        );
        assert_eq!(path::<Page>("{}"), ".");
        assert_eq!(path::<Page>("{\n  \"other\": 1\n}"), ".");
    }

    #[test]
    fn keys_are_decoded_and_may_hold_quotes_brackets_and_commas() {
        let body = r#"{"a\"}[b":{"c,d]":"x"}}"#;
        assert_eq!(
            path::<BTreeMap<String, BTreeMap<String, u32>>>(body),
            "a\"}[b.c,d]"
        );
    }

    #[test]
    fn structure_characters_and_escapes_inside_string_values_are_skipped() {
        let body = r#"{"data":[{"id":"[{,\"}]","count":"x"}]}"#;
        assert_eq!(path::<Page>(body), "data[0].count");
    }

    #[test]
    fn trailing_characters_are_at_the_top_level() {
        assert_eq!(path::<Page>(r#"{"data":[]} x"#), ".");
    }

    #[test]
    fn error_in_a_later_member_replaces_the_earlier_key() {
        assert_eq!(
            path::<BTreeMap<String, BTreeMap<String, u32>>>(r#"{"a":{},"b":{"n":"x"}}"#),
            "b.n"
        );
    }
}
