//! A fast parser for the YAML subset that OpenAPI documents use, straight into
//! `serde_json::Value`.
//!
//! It exists because `serde_yaml::from_str::<serde_json::Value>` spends most of its
//! time in libyaml's scanner. The contract: whenever [`parse`] returns `Some(v)`,
//! `serde_yaml` 0.9.34 returns exactly `v` (same values, same key order, same number
//! representation). Anything outside the subset, anything invalid and anything whose
//! serde_yaml result is not certain makes [`parse`] return `None`, and the caller
//! falls back to serde_yaml (which also produces the error messages).
//!
//! The scalar scanners (plain, quoted, block) follow libyaml's algorithms step by
//! step, because that is where the values come from. The structure on top is a
//! strict recursive descent over lines: it accepts the usual block layouts and flow
//! collections and declines every other arrangement. Throughout, `n` is libyaml's
//! "current indent": the column of the innermost enclosing block collection, or -1 at
//! the document root. It decides where multi-line plain scalars stop and what
//! explicit block-scalar indentation indicators are relative to.
//!
//! Declined on purpose: anchors, aliases, tags, explicit `?` keys, directives,
//! several documents, content after `---` on its line, tabs outside quoted and block
//! scalar text, lone CR / NEL / LS / PS line breaks (CR LF is fine), any byte order mark (even a leading one),
//! control characters, merge keys `<<`, duplicate keys, keys that are not scalars,
//! multi-line keys, keys longer than 1000 bytes, nesting deeper than 100,
//! integers outside i64/u64 that serde_json rejects,
//! and a comment that directly follows a quoted scalar or a flow indicator.

use serde_json::{Map, Number, Value};
use std::borrow::Cow;

/// Deepest nesting of collections accepted; serde_yaml itself stops at 128.
const MAX_DEPTH: usize = 100;

/// Longest accepted key, in bytes from its start to its `:`; libyaml forgets
/// "simple key" candidates once the `:` is more than 1024 bytes away.
const MAX_KEY_LEN: usize = 1000;

/// Parses the YAML subset that OpenAPI documents use straight into JSON values.
/// Returns `None` whenever the text uses anything outside the subset or is invalid;
/// the caller then falls back to serde_yaml (which also reports errors).
pub fn parse(text: &str) -> Option<Value> {
    if text.contains('\r') {
        // libyaml reads CR LF exactly like LF (a lone CR is declined below).
        return parse_lf(&text.replace("\r\n", "\n"));
    }
    parse_lf(text)
}

/// `parse` for text whose line breaks are all LF.
fn parse_lf(text: &str) -> Option<Value> {
    if !has_only_supported_chars(text.as_bytes()) {
        return None;
    }
    Parser::new(text).document()
}

/// Checks for characters that libyaml would reject (control characters, U+FFFE/F)
/// or treat specially: a lone CR, NEL, LS and PS are line breaks to libyaml, so rejecting
/// them leaves the scanners with `\n` only; a BOM, even a leading one, is skipped as
/// if it took a column, which shifts the first line's indentation (serde_yaml then
/// reads `\u{feff}a: 1\nb: 2` as two documents).
fn has_only_supported_chars(bytes: &[u8]) -> bool {
    // Most 16-byte blocks are printable ASCII or `\n`; checking a whole block without
    // branches lets the compiler vectorize, and only other blocks are looked at closely.
    const BLOCK: usize = 16;
    let unusual = |b: u8| (b.wrapping_sub(0x20) >= 0x5F) & (b != b'\n');
    let simple = |block: &[u8]| !block.iter().fold(false, |any, &b| any | unusual(b));
    let mut start = 0;
    for block in bytes.chunks(BLOCK) {
        if !simple(block) && !(start..start + block.len()).all(|i| is_supported_at(bytes, i)) {
            return false;
        }
        start += block.len();
    }
    true
}

/// The exact per-byte check behind `has_only_supported_chars` (`bytes` is UTF-8).
fn is_supported_at(bytes: &[u8], i: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    match bytes[i] {
        b'\t' | b'\n' | 0x20..=0x7E => true,
        // U+0080..U+009F: C1 controls, and NEL at U+0085.
        0xC2 => !(0x80..=0x9F).contains(&at(i + 1)),
        // U+2028 and U+2029, the Unicode line and paragraph separators.
        0xE2 => !(at(i + 1) == 0x80 && matches!(at(i + 2), 0xA8 | 0xA9)),
        // U+FEFF (BOM) and U+FFFE, U+FFFF.
        0xEF => !matches!(
            (at(i + 1), at(i + 2)),
            (0xBB, 0xBF) | (0xBF, 0xBE) | (0xBF, 0xBF)
        ),
        0x80..=0xFF => true,
        _ => false, // C0 controls other than tab and LF, DEL, and CR.
    }
}

/// Bytes at which `plain_word` has to look closer: blanks, line breaks, `:` and
/// the flow indicators.
const MAY_END_PLAIN_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b" \t\n:,[]{}";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// Whether a byte is a space, tab, line break or the end of input (read as 0),
/// libyaml's `IS_BLANKZ`.
fn is_blankz(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0)
}

/// libyaml's rule for the characters that may start a plain scalar: no indicator,
/// except `-` (and `?`, `:` outside flow collections) when followed by a non-space.
fn starts_plain(b: u8, next: u8, flow: bool) -> bool {
    match b {
        b'-' => !is_blankz(next),
        b'?' | b':' => !flow && !is_blankz(next),
        0 | b' ' | b'\t' | b'\n' => false,
        b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
        | b'"' | b'%' | b'@' | b'`' => false,
        _ => true,
    }
}

/// A scanned block-context scalar: either the key of a mapping entry (its `:` has
/// been consumed) or a complete node (its line has been finished).
enum Scalar {
    Key(String),
    Value(Value),
}

/// Block scalar chomping indicator: `-` strips, default clips, `+` keeps.
#[derive(PartialEq)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// Cursor over the document. `pos` is a byte offset; `line_start` is the offset of
/// the line holding `pos`, so the column is their difference. (libyaml counts
/// characters, but every column compared here has only ASCII before it.)
struct Parser<'a> {
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    line_start: usize,
    depth: usize,
    /// Entries of the mappings being parsed, innermost last. Collecting them here
    /// first lets each map be allocated once at its final size.
    entries: Vec<(String, Value)>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            src: text.as_bytes(),
            pos: 0,
            line_start: 0,
            depth: 0,
            entries: Vec::new(),
        }
    }

    // ----- low-level cursor helpers -------------------------------------------------

    /// The current byte, or 0 at the end of input (NUL never occurs in accepted text).
    fn peek(&self) -> u8 {
        self.peek_at(0)
    }

    /// The byte `offset` bytes ahead, or 0 past the end.
    fn peek_at(&self, offset: usize) -> u8 {
        self.src.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn col(&self) -> usize {
        self.pos - self.line_start
    }

    /// Steps over the `\n` at `pos` and records the start of the new line.
    fn newline(&mut self) {
        self.pos += 1;
        self.line_start = self.pos;
    }

    fn skip_spaces(&mut self) {
        while self.peek() == b' ' {
            self.pos += 1;
        }
    }

    /// Moves to the next `\n` (or the end), e.g. past a comment's text.
    fn skip_to_line_end(&mut self) {
        while !matches!(self.peek(), b'\n' | 0) {
            self.pos += 1;
        }
    }

    /// `---` or `...` at column 0 followed by a blank: a document boundary, which
    /// ends every block structure and plain scalar.
    fn at_document_marker(&self) -> bool {
        self.col() == 0
            && (self.src[self.pos..].starts_with(b"---")
                || self.src[self.pos..].starts_with(b"..."))
            && is_blankz(self.peek_at(3))
    }

    /// Counts one more level of collection nesting; declines past `MAX_DEPTH`, where
    /// serde_yaml would soon report a recursion limit.
    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- lines, comments and the document -----------------------------------------

    /// From the start of a line, skips blank and comment-only lines, stopping at the
    /// first non-space character of the next content line (or the end of input).
    /// Declines tabs in indentation, which libyaml mostly rejects.
    fn skip_to_content(&mut self) -> Option<()> {
        loop {
            self.skip_spaces();
            match self.peek() {
                b'\t' => return None,
                b'#' => self.skip_to_line_end(),
                _ => {}
            }
            if self.peek() != b'\n' {
                return Some(());
            }
            self.newline();
        }
    }

    /// Consumes what may follow a node on its last line: spaces, a comment (which
    /// must be preceded by a space) and the line break.
    fn finish_line(&mut self) -> Option<()> {
        self.skip_spaces();
        if self.peek() == b'#' {
            if self.pos != self.line_start && self.src[self.pos - 1] != b' ' {
                return None;
            }
            self.skip_to_line_end();
        }
        match self.peek() {
            b'\n' => self.newline(),
            0 => {}
            _ => return None,
        }
        Some(())
    }

    /// Finishes the current line and moves to the next content line: the position
    /// every block node leaves behind for its parent to inspect.
    fn finish_node(&mut self) -> Option<()> {
        self.finish_line()?;
        self.skip_to_content()
    }

    /// Parses the single document: an optional `---` line, the root node, and an
    /// optional `...` line; anything after that (another document) is declined.
    fn document(mut self) -> Option<Value> {
        self.skip_to_content()?;
        if self.at_document_marker() {
            if self.peek() != b'-' {
                return None;
            }
            self.pos += 3;
            self.finish_node()?;
        }
        let root = if self.at_eof() || self.at_document_marker() {
            Value::Null
        } else {
            self.block_node(-1, true)?
        };
        if self.at_document_marker() && self.peek() == b'.' {
            self.pos += 3;
            self.finish_node()?;
        }
        self.at_eof().then_some(root)
    }

    // ----- block structure ----------------------------------------------------------

    /// Parses the node starting at `pos`, either on a line of its own or after a
    /// `key:` / `- ` indicator. `compact` says whether a block mapping or sequence
    /// may start here (not right after `key: `, where libyaml rejects or misreads it).
    fn block_node(&mut self, n: isize, compact: bool) -> Option<Value> {
        if self.at_document_marker() {
            return None;
        }
        let col = self.col();
        match self.peek() {
            b'-' if is_blankz(self.peek_at(1)) => {
                if compact {
                    self.block_sequence(col, false)
                } else {
                    None
                }
            }
            b'|' | b'>' => self.block_scalar(n),
            b'[' | b'{' => {
                let value = self.flow_collection()?;
                self.finish_node()?;
                Some(value)
            }
            _ => match self.scalar_or_key(n)? {
                Scalar::Key(key) if compact => self.block_mapping(col, key),
                Scalar::Key(_) => None,
                Scalar::Value(value) => Some(value),
            },
        }
    }

    /// Parses the value after a `key:` or `-` indicator (`pos` just past it): on the
    /// same line, or on the following lines when the rest of this one is empty. A
    /// mapping value may be a sequence at the key's own indentation.
    fn block_value(&mut self, n: isize, after_dash: bool) -> Option<Value> {
        self.skip_spaces();
        if !matches!(self.peek(), b'#' | b'\n' | 0) {
            return self.block_node(n, after_dash);
        }
        self.finish_node()?;
        if self.at_eof() || self.at_document_marker() {
            return Some(Value::Null);
        }
        let col = self.col() as isize;
        if col > n {
            self.block_node(n, true)
        } else if col == n && !after_dash && self.at_sequence_entry() {
            self.block_sequence(self.col(), true)
        } else {
            Some(Value::Null)
        }
    }

    /// Whether `pos` is at a `-` block sequence indicator.
    fn at_sequence_entry(&self) -> bool {
        self.peek() == b'-' && is_blankz(self.peek_at(1))
    }

    /// Scans a plain or quoted scalar in block context and decides from what follows
    /// on its line whether it is a mapping key (`scalar:`) or a complete node.
    fn scalar_or_key(&mut self, n: isize) -> Option<Scalar> {
        let start = self.pos;
        let (text, plain, multiline) = match self.peek() {
            b'\'' | b'"' => {
                let (text, multiline) = self.quoted(n)?;
                (text, false, multiline)
            }
            b if starts_plain(b, self.peek_at(1), false) => {
                let (text, multiline) = self.plain(n, false)?;
                (text, true, multiline)
            }
            _ => return None,
        };
        let after = self.pos;
        self.skip_spaces();
        if self.peek() == b':' && is_blankz(self.peek_at(1)) {
            // libyaml only takes single-line keys whose `:` is close enough.
            if multiline || self.pos - start > MAX_KEY_LEN {
                return None;
            }
            self.pos += 1;
            return Some(Scalar::Key(text.into_owned()));
        }
        self.pos = after;
        self.finish_node()?;
        let value = if plain {
            resolve_plain(&text)?
        } else {
            Value::String(text.into_owned())
        };
        Some(Scalar::Value(value))
    }

    /// Parses a block mapping whose keys sit at column `c`; the first key has been
    /// read and `pos` is just past its `:`. Ends at a line indented less than `c`.
    fn block_mapping(&mut self, c: usize, first_key: String) -> Option<Value> {
        self.enter()?;
        let first_entry = self.entries.len();
        let mut key = first_key;
        loop {
            let value = self.block_value(c as isize, false)?;
            self.entries.push((key, value));
            if self.at_eof() || self.at_document_marker() || self.col() < c {
                break;
            }
            if self.col() > c {
                return None;
            }
            key = match self.scalar_or_key(c as isize)? {
                Scalar::Key(key) => key,
                Scalar::Value(_) => return None,
            };
        }
        self.leave();
        self.take_map(first_entry)
    }

    /// Builds the mapping from the entries collected since `first_entry`, declining
    /// duplicate keys (serde_json would silently keep the last value at the first
    /// key's position) and `<<` merge keys.
    fn take_map(&mut self, first_entry: usize) -> Option<Value> {
        let mut map = Map::with_capacity(self.entries.len() - first_entry);
        for (key, value) in self.entries.drain(first_entry..) {
            if key == "<<" || map.insert(key, value).is_some() {
                return None;
            }
        }
        Some(Value::Object(map))
    }

    /// Parses a block sequence whose `-` indicators sit at column `c` (`pos` at the
    /// first one). An `indentless` sequence (a mapping value at its key's column)
    /// also ends at a line of that column that is not an entry.
    fn block_sequence(&mut self, c: usize, indentless: bool) -> Option<Value> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            self.pos += 1; // the `-`
            items.push(self.block_value(c as isize, true)?);
            if self.at_eof() || self.at_document_marker() || self.col() < c {
                break;
            }
            if self.col() > c {
                return None;
            }
            if !self.at_sequence_entry() {
                if indentless {
                    break;
                }
                return None;
            }
        }
        self.leave();
        Some(Value::Array(items))
    }

    // ----- block scalars (libyaml's scan_block_scalar) ------------------------------

    /// Parses a `|` or `>` block scalar (`pos` at the indicator) exactly like libyaml,
    /// including its indentation detection, folding and chomping. `n` is the current
    /// block indent, the base of an explicit indentation indicator.
    fn block_scalar(&mut self, n: isize) -> Option<Value> {
        let literal = self.peek() == b'|';
        self.pos += 1;
        let (chomp, increment) = self.block_scalar_header()?;
        self.finish_line()?;
        let mut indent = match increment {
            0 => 0,
            inc if n >= 0 => n as usize + inc,
            inc => inc,
        };
        let mut out = String::new();
        let mut trailing = self.block_scalar_breaks(&mut indent, n)?;
        let mut leading_break = false;
        let mut leading_blank = false;
        while self.col() == indent && !self.at_eof() {
            let trailing_blank = matches!(self.peek(), b' ' | b'\t');
            // Folding: a break between two non-indented lines becomes a space, or
            // disappears when empty lines (kept as `\n`s) follow it.
            if !literal && leading_break && !leading_blank && !trailing_blank {
                if trailing == 0 {
                    out.push(' ');
                }
            } else if leading_break {
                out.push('\n');
            }
            push_newlines(&mut out, trailing);
            leading_blank = trailing_blank;
            let line = self.pos;
            self.skip_to_line_end();
            out.push_str(&self.text[line..self.pos]);
            leading_break = self.peek() == b'\n';
            if leading_break {
                self.newline();
            }
            trailing = self.block_scalar_breaks(&mut indent, n)?;
        }
        if chomp != Chomp::Strip && leading_break {
            out.push('\n');
        }
        if chomp == Chomp::Keep {
            push_newlines(&mut out, trailing);
        }
        if !self.at_eof() {
            self.pos = self.line_start; // re-read the less indented line as structure
        }
        self.skip_to_content()?;
        Some(Value::String(out))
    }

    /// Reads the optional chomping and indentation indicators after `|` / `>`, in
    /// either order; an indentation indicator of 0 is an error.
    fn block_scalar_header(&mut self) -> Option<(Chomp, usize)> {
        let mut chomp = Chomp::Clip;
        let mut increment = 0;
        for _ in 0..2 {
            match self.peek() {
                b'+' | b'-' if chomp == Chomp::Clip => {
                    chomp = if self.peek() == b'+' {
                        Chomp::Keep
                    } else {
                        Chomp::Strip
                    };
                }
                b'1'..=b'9' if increment == 0 => increment = (self.peek() - b'0') as usize,
                _ => break,
            }
            self.pos += 1;
        }
        // A second chomping indicator, a 0 or a second digit leave junk that
        // finish_line rejects, as libyaml does.
        Some((chomp, increment))
    }

    /// libyaml's scan_block_scalar_breaks: consumes empty lines and the indentation
    /// of the next line (up to `indent`), returning how many line breaks it read.
    /// When `indent` is still 0 it is detected from the most indented of these lines.
    fn block_scalar_breaks(&mut self, indent: &mut usize, n: isize) -> Option<usize> {
        let mut max_indent = 0;
        let mut breaks = 0;
        loop {
            while (*indent == 0 || self.col() < *indent) && self.peek() == b' ' {
                self.pos += 1;
            }
            max_indent = max_indent.max(self.col());
            if (*indent == 0 || self.col() < *indent) && self.peek() == b'\t' {
                return None;
            }
            if self.peek() != b'\n' {
                break;
            }
            self.newline();
            breaks += 1;
        }
        if *indent == 0 {
            *indent = max_indent.max((n + 1).max(1) as usize);
        }
        Some(breaks)
    }

    // ----- plain scalars (libyaml's scan_plain_scalar) ------------------------------

    /// Scans a plain scalar like libyaml: words joined by their spaces, line breaks
    /// folded (one break = space, each further break = `\n`), ending before `: `,
    /// ` #`, a document marker, a line indented at most `n` (block context only) or,
    /// in flow context, `,[]{}`. Leaves `pos` just after the last character kept and
    /// tells whether the scalar spanned several lines. Declines tabs.
    fn plain(&mut self, n: isize, flow: bool) -> Option<(Cow<'a, str>, bool)> {
        let start = self.pos;
        let first_line = self.line_start;
        let (mut end, mut end_line) = (start, first_line);
        let mut folded: Option<String> = None; // only built once a break is folded
        let mut gap = (start, 0); // whitespace before the next word: (start, line breaks)
        loop {
            let word = self.pos;
            self.plain_word(flow)?;
            if self.pos > word {
                if end > start {
                    self.join_gap(&mut folded, start, end, word, gap);
                }
                if let Some(out) = folded.as_mut() {
                    out.push_str(&self.text[word..self.pos]);
                }
                (end, end_line) = (self.pos, self.line_start);
            }
            if !matches!(self.peek(), b' ' | b'\n') {
                break; // `: `, a flow indicator, or the end of input
            }
            let gap_start = self.pos;
            gap = (gap_start, self.plain_whitespace()?);
            if gap.1 > 0 && !flow && (self.col() as isize) <= n {
                break;
            }
            if self.at_document_marker() || self.peek() == b'#' {
                break;
            }
        }
        self.pos = end;
        self.line_start = end_line;
        let text = match folded {
            Some(out) => Cow::Owned(out),
            None => Cow::Borrowed(&self.text[start..end]),
        };
        Some((text, end_line != first_line))
    }

    /// Advances over one run of non-blank characters of a plain scalar, stopping
    /// before `: ` (and flow indicators in flow context). Declines tabs and, in flow
    /// context, a `:` directly followed by a flow indicator (a libyaml error).
    fn plain_word(&mut self, flow: bool) -> Option<()> {
        let at = |i: usize| self.src.get(i).copied().unwrap_or(0);
        let mut i = self.pos;
        let stop = loop {
            // Skip quickly over bytes that can never end a word.
            while i < self.src.len() && !MAY_END_PLAIN_WORD[self.src[i] as usize] {
                i += 1;
            }
            match at(i) {
                b' ' | b'\n' | 0 => break Some(()),
                b'\t' => break None,
                b':' if is_blankz(at(i + 1)) => break Some(()),
                b':' if flow && matches!(at(i + 1), b',' | b'?' | b'[' | b']' | b'{' | b'}') => {
                    break None
                }
                b',' | b'[' | b']' | b'{' | b'}' if flow => break Some(()),
                _ => i += 1,
            }
        };
        self.pos = i;
        stop
    }

    /// Skips the spaces and line breaks between two words of a plain scalar and
    /// returns how many line breaks there were. Declines tabs.
    fn plain_whitespace(&mut self) -> Option<usize> {
        let mut breaks = 0;
        loop {
            match self.peek() {
                b' ' => self.pos += 1,
                b'\n' => {
                    self.newline();
                    breaks += 1;
                }
                b'\t' => return None,
                _ => return Some(breaks),
            }
        }
    }

    /// Appends the whitespace between the scalar's text so far (`start..end`) and the
    /// next word at `word`: kept as is on one line, folded across lines.
    fn join_gap(
        &self,
        folded: &mut Option<String>,
        start: usize,
        end: usize,
        word: usize,
        gap: (usize, usize),
    ) {
        let (gap_start, breaks) = gap;
        if breaks == 0 {
            if let Some(out) = folded.as_mut() {
                out.push_str(&self.text[gap_start..word]);
            }
            return; // otherwise the source slice still holds the text verbatim
        }
        let out = folded.get_or_insert_with(|| self.text[start..end].to_owned());
        if breaks == 1 {
            out.push(' ');
        } else {
            push_newlines(out, breaks - 1);
        }
    }

    // ----- quoted scalars (libyaml's scan_flow_scalar) ------------------------------

    /// Scans a single- or double-quoted scalar (`pos` at the opening quote) and leaves
    /// `pos` after the closing quote. Returns the text and whether it spanned lines.
    /// Continuation lines must be indented deeper than `n` (libyaml does not check;
    /// declining is the cautious side) and may not be document markers.
    fn quoted(&mut self, n: isize) -> Option<(Cow<'a, str>, bool)> {
        let first_line = self.line_start;
        if let Some(text) = self.quoted_simple() {
            return Some((Cow::Borrowed(text), false));
        }
        let text = self.quoted_general(n)?;
        Some((Cow::Owned(text), self.line_start != first_line))
    }

    /// Fast path for the common quoted scalar: one line, no escapes, no `''`.
    fn quoted_simple(&mut self) -> Option<&'a str> {
        let quote = self.peek();
        let body = self.pos + 1;
        let len = self.src[body..]
            .iter()
            .position(|&b| b == quote || b == b'\\' || b == b'\n')?;
        let close = body + len;
        let escaped =
            self.src[close] != quote || (quote == b'\'' && self.src.get(close + 1) == Some(&b'\''));
        if escaped {
            return None;
        }
        self.pos = close + 1;
        Some(&self.text[body..close])
    }

    /// The full libyaml algorithm for quoted scalars: `''` and backslash escapes,
    /// escaped line breaks, and folding of unescaped line breaks.
    fn quoted_general(&mut self, n: isize) -> Option<String> {
        let quote = self.peek();
        self.pos += 1;
        let mut out = String::new();
        loop {
            if self.at_document_marker() || self.at_eof() {
                return None;
            }
            let escaped_break = self.quoted_text(&mut out, quote)?;
            if self.peek() == quote {
                break;
            }
            self.quoted_whitespace(&mut out, escaped_break, n)?;
        }
        self.pos += 1;
        Some(out)
    }

    /// Copies characters up to the next blank, line break or closing quote, decoding
    /// `''` or backslash escapes. Returns true if it stopped at an escaped line break
    /// (`\` at the end of a line), which it consumed.
    fn quoted_text(&mut self, out: &mut String, quote: u8) -> Option<bool> {
        loop {
            let run = self.pos;
            while !matches!(self.peek(), b' ' | b'\t' | b'\n' | 0 | b'\'' | b'"' | b'\\') {
                self.pos += 1;
            }
            out.push_str(&self.text[run..self.pos]);
            match self.peek() {
                b'\'' if quote == b'\'' && self.peek_at(1) == b'\'' => {
                    out.push('\'');
                    self.pos += 2;
                }
                b'\\' if quote == b'"' && self.peek_at(1) == b'\n' => {
                    self.pos += 1;
                    self.newline();
                    return Some(true);
                }
                b'\\' if quote == b'"' => self.escape(out)?,
                b'\'' | b'"' | b'\\' if self.peek() != quote => {
                    out.push(self.peek() as char);
                    self.pos += 1;
                }
                _ => return Some(false),
            }
        }
    }

    /// Handles the blanks and line breaks between words of a quoted scalar: blanks
    /// inside a line are kept; a line break drops the blanks around it and becomes a
    /// space, or `\n` per further empty line (after an escaped break, only those).
    fn quoted_whitespace(&mut self, out: &mut String, escaped_break: bool, n: isize) -> Option<()> {
        let blanks = self.pos;
        let mut breaks = 0;
        let mut tab_in_indent = false;
        loop {
            match self.peek() {
                b' ' => self.pos += 1,
                b'\t' => {
                    tab_in_indent |= breaks > 0 || escaped_break;
                    self.pos += 1;
                }
                b'\n' => {
                    self.newline();
                    breaks += 1;
                    tab_in_indent = false;
                }
                _ => break,
            }
        }
        let new_line = breaks > 0 || escaped_break;
        if new_line && (tab_in_indent || (self.col() as isize) <= n) {
            return None;
        }
        if escaped_break {
            push_newlines(out, breaks);
        } else if breaks == 0 {
            out.push_str(&self.text[blanks..self.pos]);
        } else if breaks == 1 {
            out.push(' ');
        } else {
            push_newlines(out, breaks - 1);
        }
        Some(())
    }

    /// Decodes one backslash escape of a double-quoted scalar (`pos` at the `\`).
    fn escape(&mut self, out: &mut String) -> Option<()> {
        let c = match self.peek_at(1) {
            b'0' => '\0',
            b'a' => '\x07',
            b'b' => '\x08',
            b't' | b'\t' => '\t',
            b'n' => '\n',
            b'v' => '\x0B',
            b'f' => '\x0C',
            b'r' => '\r',
            b'e' => '\x1B',
            b' ' => ' ',
            b'"' => '"',
            b'/' => '/',
            b'\\' => '\\',
            b'N' => '\u{85}',
            b'_' => '\u{A0}',
            b'L' => '\u{2028}',
            b'P' => '\u{2029}',
            b'x' => return self.hex_escape(2, out),
            b'u' => return self.hex_escape(4, out),
            b'U' => return self.hex_escape(8, out),
            _ => return None,
        };
        out.push(c);
        self.pos += 2;
        Some(())
    }

    /// Decodes `\x`, `\u` or `\U` followed by `digits` hex digits; surrogates and
    /// values beyond U+10FFFF are errors in libyaml.
    fn hex_escape(&mut self, digits: usize, out: &mut String) -> Option<()> {
        let hex = self.src.get(self.pos + 2..self.pos + 2 + digits)?;
        if !hex.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let code = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
        out.push(char::from_u32(code)?);
        self.pos += 2 + digits;
        Some(())
    }

    // ----- flow collections ---------------------------------------------------------

    /// Parses a `[...]` or `{...}` collection (`pos` at the bracket), possibly over
    /// several lines. Like libyaml, flow content ignores block indentation.
    fn flow_collection(&mut self) -> Option<Value> {
        self.enter()?;
        let value = if self.peek() == b'[' {
            self.flow_sequence()
        } else {
            self.flow_mapping()
        }?;
        self.leave();
        Some(value)
    }

    /// Parses `[a, b, ...]`; a trailing comma is allowed.
    fn flow_sequence(&mut self) -> Option<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.flow_space()?;
            if self.peek() == b']' {
                break;
            }
            items.push(self.flow_sequence_entry()?);
            self.flow_space()?;
            match self.peek() {
                b',' => self.pos += 1,
                b']' => break,
                _ => return None,
            }
        }
        self.pos += 1;
        Some(Value::Array(items))
    }

    /// Parses one entry of a flow sequence: a node, or a single-pair mapping
    /// `key: value` whose scalar key sits on one line (libyaml's rule for keys).
    fn flow_sequence_entry(&mut self) -> Option<Value> {
        let start = self.pos;
        let line = self.line_start;
        let (text, plain) = match self.peek() {
            b'\'' | b'"' => (self.quoted(-1)?.0, false),
            b if starts_plain(b, self.peek_at(1), true) => (self.plain(-1, true)?.0, true),
            _ => return self.flow_node(),
        };
        let end = self.pos;
        self.skip_spaces();
        if self.peek() != b':' || self.line_start != line || self.pos - start > MAX_KEY_LEN {
            self.pos = end;
            return if plain {
                resolve_plain(&text)
            } else {
                Some(Value::String(text.into_owned()))
            };
        }
        self.enter()?;
        let value = self.flow_value()?;
        self.leave();
        let first_entry = self.entries.len();
        self.entries.push((text.into_owned(), value));
        self.take_map(first_entry)
    }

    /// Parses what follows a `:` in flow context (`pos` at the `:`): a node, or null
    /// when the entry ends right away.
    fn flow_value(&mut self) -> Option<Value> {
        self.pos += 1;
        self.flow_space()?;
        if matches!(self.peek(), b',' | b'}' | b']') {
            Some(Value::Null)
        } else {
            self.flow_node()
        }
    }

    /// Parses `{k: v, ...}`; a key without `:` gets a null value, as in libyaml.
    fn flow_mapping(&mut self) -> Option<Value> {
        self.pos += 1;
        let first_entry = self.entries.len();
        loop {
            self.flow_space()?;
            if self.peek() == b'}' {
                break;
            }
            let key = self.flow_key()?;
            let value = if self.peek() == b':' {
                self.flow_value()?
            } else {
                Value::Null
            };
            self.entries.push((key, value));
            self.flow_space()?;
            match self.peek() {
                b',' => self.pos += 1,
                b'}' => break,
                _ => return None,
            }
        }
        self.pos += 1;
        self.take_map(first_entry)
    }

    /// Reads a flow mapping key: a quoted or plain scalar on one line, followed on
    /// that line by `:`, `,` or `}` (`pos` is left there).
    fn flow_key(&mut self) -> Option<String> {
        let start = self.pos;
        let line = self.line_start;
        let key = match self.peek() {
            b'\'' | b'"' => self.quoted(-1)?.0,
            b if starts_plain(b, self.peek_at(1), true) => self.plain(-1, true)?.0,
            _ => return None,
        };
        self.skip_spaces();
        let fits = self.line_start == line && self.pos - start <= MAX_KEY_LEN;
        (fits && matches!(self.peek(), b':' | b',' | b'}')).then(|| key.into_owned())
    }

    /// Parses a node inside a flow collection: a nested collection or a scalar.
    fn flow_node(&mut self) -> Option<Value> {
        match self.peek() {
            b'[' | b'{' => self.flow_collection(),
            b'\'' | b'"' => Some(Value::String(self.quoted(-1)?.0.into_owned())),
            b if starts_plain(b, self.peek_at(1), true) => resolve_plain(&self.plain(-1, true)?.0),
            _ => None,
        }
    }

    /// Skips spaces, line breaks and comments between flow tokens. A comment must
    /// follow a space or start a line; tabs and document markers are declined.
    fn flow_space(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                b' ' => self.pos += 1,
                b'\n' => {
                    self.newline();
                    if self.at_document_marker() {
                        return None;
                    }
                }
                b'#' if self.pos == self.line_start || self.src[self.pos - 1] == b' ' => {
                    self.skip_to_line_end()
                }
                b'#' | b'\t' => return None,
                _ => return Some(()),
            }
        }
    }
}

/// Appends `count` line feeds.
fn push_newlines(out: &mut String, count: usize) {
    out.extend(std::iter::repeat_n('\n', count));
}

// ----- scalar resolution (serde_yaml's visit_untagged_scalar) -----------------------

/// Resolves a plain scalar the way serde_yaml does when deserializing into
/// `serde_json::Value`: null, bool, integer, float, else string. Declines integers
/// that only fit in 128 bits, for which serde_json fails ("number out of range").
fn resolve_plain(s: &str) -> Option<Value> {
    if s.is_empty() || parse_null(s) {
        return Some(Value::Null);
    }
    if !may_be_special(s) {
        return Some(Value::String(s.to_owned()));
    }
    if let Some(b) = parse_bool(s) {
        return Some(Value::Bool(b));
    }
    if let Some(u) = parse_unsigned_int(s, u64::from_str_radix) {
        return Some(Value::Number(u.into()));
    }
    if let Some(i) = parse_negative_int(s, i64::from_str_radix) {
        return Some(Value::Number(i.into()));
    }
    if parse_unsigned_int(s, u128::from_str_radix).is_some()
        || parse_negative_int(s, i128::from_str_radix).is_some()
    {
        return None;
    }
    if !digits_but_not_number(s) {
        if let Some(f) = parse_f64(s) {
            // serde_json's visitor turns NaN and infinities into null.
            return Some(Number::from_f64(f).map_or(Value::Null, Value::Number));
        }
    }
    Some(Value::String(s.to_owned()))
}

/// Cheap pre-check: only scalars starting with one of these bytes can resolve to
/// anything but a string (null `~ n N`, bools `t T f F`, numbers `0-9 + - .`;
/// Rust's float parser also takes `inf`/`nan` words, but serde_yaml drops non-finite
/// results of it).
fn may_be_special(s: &str) -> bool {
    matches!(
        s.as_bytes()[0],
        b'0'..=b'9' | b'+' | b'-' | b'.' | b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F'
    )
}

// The functions below are transcribed from serde_yaml 0.9.34 (src/de.rs) so that the
// resolution matches character for character.

fn parse_null(scalar: &str) -> bool {
    matches!(scalar, "null" | "Null" | "NULL" | "~")
}

fn parse_bool(scalar: &str) -> Option<bool> {
    match scalar {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

type FromStrRadix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

fn parse_unsigned_int<T>(scalar: &str, from_str_radix: FromStrRadix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(rest, radix) {
                return Some(int);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) {
        return None;
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

fn parse_negative_int<T>(scalar: &str, from_str_radix: FromStrRadix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = scalar.strip_prefix(prefix) {
            let negative = format!("-{}", rest);
            if let Ok(int) = from_str_radix(&negative, radix) {
                return Some(int);
            }
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

fn parse_f64(scalar: &str) -> Option<f64> {
    let unpositive = if let Some(unpositive) = scalar.strip_prefix('+') {
        if unpositive.starts_with(['+', '-']) {
            return None;
        }
        unpositive
    } else {
        scalar
    };
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = scalar {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = scalar {
        return Some(f64::NAN.copysign(1.0));
    }
    if let Ok(float) = unpositive.parse::<f64>() {
        if float.is_finite() {
            return Some(float);
        }
    }
    None
}

fn digits_but_not_number(scalar: &str) -> bool {
    // Leading zero(s) followed by numeric characters is a string according to
    // the YAML 1.2 spec.
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}
