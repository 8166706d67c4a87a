//! `multipart/form-data` bodies (RFC 7578), encoded into one buffer so that retries can
//! replay them.

use std::fmt;

use bytes::Bytes;

use super::error::{config, Error, Result, RuntimeError};
use super::params::ParamValue;

/// Parts of a `multipart/form-data` request body, filled by a generated operation builder
/// and handed to [`Call::multipart`](super::Call::multipart).
///
/// Mistakes (a part that cannot be serialised, an invalid content type) are remembered and
/// reported when the call is sent, like the other request inputs.
#[doc(hidden)]
#[derive(Default)]
pub struct Multipart {
    parts: Vec<Part>,
    error: Option<RuntimeError>,
}

/// One part: `Content-Disposition: form-data; name=...[; filename=...]`, an optional
/// `Content-Type`, then the data.
struct Part {
    name: String,
    filename: Option<String>,
    content_type: Option<String>,
    data: Bytes,
}

impl Multipart {
    /// No parts yet.
    pub fn new() -> Self {
        Multipart::default()
    }

    /// Adds a text field, written as a parameter of the same type would be (strings as is,
    /// numbers and dates in their usual text form). No `Content-Type` is sent: RFC 7578
    /// makes such parts `text/plain`, as browsers send them.
    pub fn text(&mut self, name: &str, value: &dyn ParamValue) -> &mut Self {
        self.push(name, None, None, value.to_param().into())
    }

    /// Adds a part holding `value` as JSON, with `Content-Type: application/json`.
    pub fn json<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        // The generic part only serialises, so each part type adds little code.
        let data = serde_json::to_vec(value);
        self.push_json(name, data)
    }

    fn push_json(&mut self, name: &str, data: serde_json::Result<Vec<u8>>) -> &mut Self {
        match data {
            Ok(data) => self.push(name, None, Some("application/json"), data.into()),
            Err(err) => {
                self.error.get_or_insert(Error::Encode(err));
                self
            }
        }
    }

    /// Adds a file part: `data` with `content_type` (`application/octet-stream` when empty),
    /// named `filename`, or the part name when `None` (servers often reject file parts
    /// without a file name).
    pub fn bytes(
        &mut self,
        name: &str,
        data: Bytes,
        filename: Option<&str>,
        content_type: &str,
    ) -> &mut Self {
        let content_type = if content_type.is_empty() {
            "application/octet-stream"
        } else {
            content_type
        };
        self.push(
            name,
            Some(filename.unwrap_or(name)),
            Some(content_type),
            data,
        )
    }

    fn push(
        &mut self,
        name: &str,
        filename: Option<&str>,
        content_type: Option<&str>,
        data: Bytes,
    ) -> &mut Self {
        // A line break here would end the part's headers early and let data forge others.
        if content_type.is_some_and(|t| t.chars().any(char::is_control)) {
            let message = format!("multipart part `{name}` has an invalid content type");
            self.error.get_or_insert(config(message));
            return self;
        }
        self.parts.push(Part {
            name: name.to_owned(),
            filename: filename.map(str::to_owned),
            content_type: content_type.map(str::to_owned),
            data,
        });
        self
    }

    /// The encoded body and its `Content-Type` (with the boundary), or the first mistake.
    pub(super) fn encode(self) -> Result<(Bytes, String)> {
        if let Some(err) = self.error {
            return Err(err);
        }
        let heads: Vec<String> = self.parts.iter().map(Part::head).collect();
        // The boundary must not occur in any part (RFC 2046 section 5.1.1). 30 random
        // alphanumerics make a clash vanishingly rare, but a file can be made to contain any
        // string, so it is checked rather than assumed.
        let boundary = loop {
            let random: String = std::iter::repeat_with(fastrand::alphanumeric)
                .take(30)
                .collect();
            let boundary = format!("----------{random}");
            let clash = (self.parts.iter().zip(&heads))
                .any(|(part, head)| contains(&part.data, &boundary) || head.contains(&boundary));
            if !clash {
                break boundary;
            }
        };

        let size = (self.parts.iter().zip(&heads))
            .map(|(part, head)| boundary.len() + head.len() + part.data.len() + 8)
            .sum::<usize>();
        let mut body = Vec::with_capacity(size + boundary.len() + 6);
        for (part, head) in self.parts.iter().zip(&heads) {
            body.extend_from_slice(b"--");
            body.extend_from_slice(boundary.as_bytes());
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(head.as_bytes());
            body.extend_from_slice(&part.data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        Ok((
            body.into(),
            format!("multipart/form-data; boundary={boundary}"),
        ))
    }
}

impl Part {
    /// The part's headers and the blank line ending them.
    fn head(&self) -> String {
        let mut head = format!(
            "Content-Disposition: form-data; name=\"{}\"",
            escape(&self.name)
        );
        if let Some(filename) = &self.filename {
            head.push_str(&format!("; filename=\"{}\"", escape(filename)));
        }
        head.push_str("\r\n");
        if let Some(content_type) = &self.content_type {
            head.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        head.push_str("\r\n");
        head
    }
}

/// Escapes a field or file name inside quotes the way browsers do (HTML standard): `"`, CR
/// and LF percent-encoded, everything else (UTF-8 included) as is, per RFC 7578 section 4.2.
fn escape(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Whether `needle` occurs in `data`.
fn contains(data: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    data.windows(needle.len()).any(|window| window == needle)
}

impl fmt::Debug for Multipart {
    /// Names, file names, content types and sizes; never the data, which may be large or
    /// confidential.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for part in &self.parts {
            list.entry(&format_args!(
                "{:?} (file name {:?}, content type {:?}, {} bytes)",
                part.name,
                part.filename,
                part.content_type,
                part.data.len()
            ));
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// One part read back: its header lines and data.
    #[derive(Debug, PartialEq)]
    struct Parsed {
        headers: Vec<String>,
        data: String,
    }

    /// Encodes `form` and reads it back as a multipart parser would, by its boundary.
    fn encode_and_parse(form: Multipart) -> (String, Vec<Parsed>) {
        let (body, content_type) = form.encode().unwrap_or_else(|e| panic!("{e:?}"));
        let boundary = (content_type.strip_prefix("multipart/form-data; boundary="))
            .expect("content type names the boundary")
            .to_owned();
        let body = String::from_utf8(body.to_vec()).unwrap();
        let delimiter = format!("--{boundary}");
        let pieces: Vec<&str> = body.split(&delimiter).collect();
        assert_eq!(pieces.first(), Some(&""), "body starts with the delimiter");
        assert_eq!(
            pieces.last(),
            Some(&"--\r\n"),
            "body ends with the close delimiter"
        );
        let parts = (pieces[1..pieces.len() - 1].iter())
            .map(|piece| {
                let piece = piece
                    .strip_prefix("\r\n")
                    .unwrap()
                    .strip_suffix("\r\n")
                    .unwrap();
                let (head, data) = piece.split_once("\r\n\r\n").unwrap();
                Parsed {
                    headers: head.split("\r\n").map(str::to_owned).collect(),
                    data: data.to_owned(),
                }
            })
            .collect();
        (boundary, parts)
    }

    fn error_of(form: Multipart) -> RuntimeError {
        match form.encode() {
            Ok(_) => panic!("expected an error"),
            Err(err) => err,
        }
    }

    #[test]
    fn parts_read_back_with_their_names_types_and_data() {
        let mut form = Multipart::new();
        form.text("note", &"two\r\nlines")
            .text("count", &3.0_f64)
            .json("meta", &serde_json::json!({"a": [1, 2]}))
            .bytes(
                "file",
                Bytes::from_static(b"\x00\x01data"),
                Some("r.csv"),
                "text/csv",
            )
            .bytes("blob", Bytes::new(), None, "");
        let (_, parts) = encode_and_parse(form);
        let disposition = "Content-Disposition: form-data; name=";
        assert_eq!(
            parts,
            [
                Parsed {
                    headers: vec![format!("{disposition}\"note\"")],
                    data: "two\r\nlines".into(),
                },
                Parsed {
                    headers: vec![format!("{disposition}\"count\"")],
                    data: "3".into(),
                },
                Parsed {
                    headers: vec![
                        format!("{disposition}\"meta\""),
                        "Content-Type: application/json".into(),
                    ],
                    data: r#"{"a":[1,2]}"#.into(),
                },
                Parsed {
                    headers: vec![
                        format!("{disposition}\"file\"; filename=\"r.csv\""),
                        "Content-Type: text/csv".into(),
                    ],
                    data: "\u{0}\u{1}data".into(),
                },
                Parsed {
                    headers: vec![
                        format!("{disposition}\"blob\"; filename=\"blob\""),
                        "Content-Type: application/octet-stream".into(),
                    ],
                    data: String::new(),
                },
            ]
        );
    }

    #[test]
    fn quotes_and_line_breaks_in_names_are_percent_encoded() {
        let mut form = Multipart::new();
        form.bytes(
            "a\"b\r\nX: y",
            Bytes::from_static(b"1"),
            Some("é \"q\".txt"),
            "text/plain",
        );
        let (_, parts) = encode_and_parse(form);
        assert_eq!(
            parts[0].headers[0],
            "Content-Disposition: form-data; name=\"a%22b%0D%0AX: y\"; filename=\"é %22q%22.txt\""
        );
        assert_eq!(parts[0].headers.len(), 2, "no header was forged");
    }

    #[test]
    fn boundary_is_never_in_the_data() {
        // The thread's generator is seeded, so the first boundary `encode` draws is known: a
        // part holding it forces a second draw.
        fastrand::seed(7);
        let first: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(30)
            .collect();
        let clashing = format!("x----------{first}x");
        fastrand::seed(7);
        let mut form = Multipart::new();
        form.text("trap", &clashing.as_str());
        let (boundary, parts) = encode_and_parse(form);
        assert_ne!(boundary, format!("----------{first}"));
        assert!(!clashing.contains(&boundary));
        assert_eq!(parts[0].data, clashing);
    }

    #[test]
    fn empty_form_is_only_the_close_delimiter() {
        let (body, content_type) = Multipart::new().encode().unwrap();
        let boundary = content_type.rsplit('=').next().unwrap();
        assert_eq!(body, format!("--{boundary}--\r\n").into_bytes());
    }

    #[test]
    fn content_type_with_a_control_character_is_a_config_error() {
        let mut form = Multipart::new();
        form.bytes("f", Bytes::new(), None, "text/plain\r\nX-Evil: 1");
        let RuntimeError::Config(message) = error_of(form) else {
            panic!("expected a configuration error");
        };
        assert!(
            message.contains("part `f` has an invalid content type"),
            "{message}"
        );
    }

    #[test]
    fn unserialisable_json_part_is_an_encode_error_and_the_first_mistake_wins() {
        let mut form = Multipart::new();
        let not_json = BTreeMap::from([((1, 2), "tuple keys are not JSON")]);
        form.json("bad", &not_json)
            .bytes("f", Bytes::new(), None, "a\nb");
        assert!(matches!(error_of(form), RuntimeError::Encode(_)));
    }

    #[test]
    fn debug_shows_names_and_sizes_but_not_the_data() {
        let mut form = Multipart::new();
        form.bytes(
            "file",
            Bytes::from_static(b"top secret"),
            Some("a.txt"),
            "text/plain",
        );
        let debug = format!("{form:?}");
        assert!(
            debug.contains("\"file\"") && debug.contains("10 bytes"),
            "{debug}"
        );
        assert!(!debug.contains("secret"), "{debug}");
    }
}
