//! Document prose to rustdoc that builds warning-free: descriptions carry
//! markdown, HTML, bare URLs and code fences written for other renderers.

/// Doc lines (without `///`) for an item, from a summary and a description.
pub fn doc_lines(summary: Option<&str>, description: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let summary = summary.map(str::trim).filter(|s| !s.is_empty());
    let description = description.map(str::trim).filter(|s| !s.is_empty());
    if let Some(s) = summary {
        out.extend(sanitize(s));
    }
    if let Some(d) = description {
        if summary.is_some_and(|s| s == d) {
            return out;
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(sanitize(d));
    }
    out
}

/// Document text as an inline code span that stays on one line: names and
/// values from the document may hold newlines or backticks.
pub fn code(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_debug().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .map(|c| if c == '`' { '\'' } else { c })
        .collect();
    if escaped.is_empty() {
        "`\"\"`".to_string()
    } else {
        format!("`{escaped}`")
    }
}

/// Appends a paragraph, separated by a blank line.
pub fn push_paragraph(lines: &mut Vec<String>, paragraph: impl Into<String>) {
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(paragraph.into());
}

/// Rewrites markdown so rustdoc neither runs it as a doctest nor warns:
/// fences become `text`, indentation that would make a code block is cut,
/// brackets and angle brackets are escaped, bare URLs get `<…>`.
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fence: Option<String> = None;
    let mut list_indent: Option<usize> = None;
    for raw in text.replace("\r\n", "\n").replace('\r', "\n").split('\n') {
        let line = raw.replace('\t', "    ");
        let trimmed = line.trim_start();
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str()) {
                out.push(marker.clone());
                fence = None;
            } else {
                out.push(line.trim_end().to_string());
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let marker: String = trimmed
                .chars()
                .take_while(|c| *c == '`' || *c == '~')
                .collect();
            out.push(format!("{marker}text"));
            fence = Some(marker);
            continue;
        }
        if trimmed.is_empty() {
            out.push(String::new());
            list_indent = None;
            continue;
        }
        let mut indent = (line.len() - trimmed.len()).min(3);
        let mut text = trimmed.trim_end().to_string();
        if let Some(column) = list_marker(trimmed) {
            list_indent = Some(indent + column);
            // Five spaces or more after the marker would make the item's text an indented
            // code block (a doctest): one space keeps it text.
            text = format!("{}{}", &trimmed[..column], text[column..].trim_start());
        } else if let Some(content) = list_indent {
            // A lazy continuation of a list item is indented under its text.
            indent = content;
        }
        out.push(format!("{}{}", " ".repeat(indent), escape_inline(&text)));
    }
    if let Some(marker) = fence {
        out.push(marker);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// Escapes one line outside code: keeps `[text](url)` links and `code`
/// spans, escapes other brackets and HTML, and wraps bare URLs.
pub fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '`' => {
                // A code span is copied as is up to its closing backtick.
                let run = chars[i..].iter().take_while(|c| **c == '`').count();
                let close = (i + run..chars.len())
                    .find(|&j| chars[j..].iter().take_while(|c| **c == '`').count() == run);
                match close {
                    Some(j) => {
                        out.extend(&chars[i..j + run]);
                        i = j + run;
                    }
                    None => {
                        out.push_str(&"\\`".repeat(run));
                        i += run;
                    }
                }
                continue;
            }
            '[' => {
                if let Some((text_end, url_end)) = markdown_link(&chars, i) {
                    out.push('[');
                    out.push_str(&escape_inline(
                        &chars[i + 1..text_end].iter().collect::<String>(),
                    ));
                    out.push_str("](");
                    out.extend(&chars[text_end + 2..url_end]);
                    out.push(')');
                    i = url_end + 1;
                    continue;
                }
                out.push_str("\\[");
            }
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            'h' if starts_url(&chars[i..]) => {
                let end = (i..chars.len())
                    .find(|&j| chars[j].is_whitespace() || "<>\"'`)]".contains(chars[j]))
                    .unwrap_or(chars.len());
                let mut end = end;
                while end > i && ".,;:!?".contains(chars[end - 1]) {
                    end -= 1;
                }
                out.push('<');
                out.extend(&chars[i..end]);
                out.push('>');
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Where the text of a list item that starts `line` begins: its marker (`-`, `*`, `+`, `12.`)
/// and the spaces after it (`*   a` gives 4). Its continuation lines must be indented as far,
/// or rustdoc reads them as lazy (clippy's `doc_lazy_continuation`). Per CommonMark, five
/// spaces or more are one space and an indented code block ([`sanitize`] makes them one).
fn list_marker(line: &str) -> Option<usize> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = if line.starts_with(['-', '*', '+']) {
        1
    } else if digits > 0 && digits < 10 && line[digits..].starts_with(['.', ')']) {
        digits + 1
    } else {
        return None;
    };
    let spaces = line[marker..].chars().take_while(|c| *c == ' ').count();
    match spaces {
        0 => None,
        1..=4 => Some(marker + spaces),
        _ => Some(marker + 1),
    }
}

fn starts_url(chars: &[char]) -> bool {
    let s: String = chars.iter().take(8).collect();
    s.starts_with("http://") || s.starts_with("https://")
}

/// `[text](url)` at `start`: the index of `]` and of `)`.
fn markdown_link(chars: &[char], start: usize) -> Option<(usize, usize)> {
    let text_end = (start + 1..chars.len()).find(|&j| chars[j] == ']')?;
    if chars[start + 1..text_end].contains(&'[') || chars.get(text_end + 1) != Some(&'(') {
        return None;
    }
    let url_end = (text_end + 2..chars.len()).find(|&j| chars[j] == ')')?;
    let url: String = chars[text_end + 2..url_end].iter().collect();
    (url.starts_with("http://") || url.starts_with("https://") || url.starts_with('#'))
        .then_some((text_end, url_end))
        .filter(|_| !url.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text_and_stay_closed() {
        let lines = sanitize("Example:\n```json\n{\"a\": [1]}\n```\n```\nunclosed");
        assert_eq!(
            lines,
            [
                "Example:",
                "```text",
                "{\"a\": [1]}",
                "```",
                "```text",
                "unclosed",
                "```"
            ]
        );
    }

    #[test]
    fn brackets_html_and_urls_are_escaped() {
        assert_eq!(
            escape_inline("see [docs](https://x.io/a) or [a] <b>"),
            "see [docs](https://x.io/a) or \\[a\\] &lt;b&gt;"
        );
        assert_eq!(escape_inline("at https://x.io/a."), "at <https://x.io/a>.");
        assert_eq!(escape_inline("`Vec<T>` [x]"), "`Vec<T>` \\[x\\]");
        assert_eq!(escape_inline("a & b \\ c"), "a &amp; b \\\\ c");
    }

    #[test]
    fn indentation_cannot_make_a_code_block() {
        assert_eq!(sanitize("a\n\n        indented"), ["a", "", "   indented"]);
    }

    #[test]
    fn code_spans_stay_on_one_line() {
        assert_eq!(code("a\nb`c\"d"), "`a\\nb'c\"d`");
        assert_eq!(code(""), "`\"\"`");
    }

    #[test]
    fn list_continuations_are_indented() {
        assert_eq!(sanitize("- a\nb\n\nc"), ["- a", "  b", "", "c"]);
        assert_eq!(sanitize("10. a\n  b"), ["10. a", "    b"]);
        // The text's column, not the marker's width: `*   ` items continue at 4.
        assert_eq!(sanitize("*   a\n  b"), ["*   a", "    b"]);
        assert_eq!(sanitize("1.  a\nb"), ["1.  a", "    b"]);
        // `-` without a space, or a rule, is no item.
        assert_eq!(sanitize("-a\nb"), ["-a", "b"]);
        // Five spaces or more become one, or the item would hold a code block.
        assert_eq!(
            sanitize("-      |to|b\n:--|:--\nx |1"),
            ["- |to|b", "  :--|:--", "  x |1"]
        );
        assert_eq!(sanitize("2.      a\nb"), ["2. a", "   b"]);
    }

    #[test]
    fn summary_and_description_are_paragraphs() {
        assert_eq!(
            doc_lines(Some("Get"), Some("Gets it.")),
            ["Get", "", "Gets it."]
        );
        assert_eq!(doc_lines(Some("Same"), Some("Same")), ["Same"]);
        assert!(doc_lines(None, Some("  ")).is_empty());
    }
}
