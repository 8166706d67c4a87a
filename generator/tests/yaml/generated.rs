//! Generated documents, differential against serde_yaml. `token_soup` strings random
//! lines together (mostly invalid YAML, probing what the fast path must decline);
//! `emitter` writes random but mostly valid documents in every supported style, so
//! the accepted path (folding, chomping, indentation, escapes) meets odd content.
//! Deterministic; YAML_GENERATED_CASES and YAML_MUTATION_SEED override count and seed.

use crate::common::{check_with_reference, env_number, with_crlf_sometimes, Outcome, Rng};

/// Keys for the generated documents: plain, quoted and resolvable-looking ones.
const GEN_KEYS: &[&str] = &[
    "a", "b", "c", "a b", "'q'", "\"d\"", "200", "true", "~", "-x", ":x", "?x", "a:b", "x#y",
    "\"\"", "'it''s'", "k", "1.5",
];

/// Values for the generated documents, covering every scalar style and the usual
/// mistakes around them.
const GEN_VALUES: &[&str] = &[
    "x",
    "x y",
    "1",
    "-1",
    "0x1F",
    "012",
    ".inf",
    "1e3",
    "null",
    "~",
    "True",
    "'s'",
    "'a''b'",
    "\"d\\n\\t\"",
    "\"e\\\\\"",
    "[a, b]",
    "[]",
    "{}",
    "{c: d}",
    "{c, d: [e]}",
    "[a: b]",
    "x #c",
    "x:y",
    "x: y",
    "-",
    "- x",
    "|",
    "|-",
    ">",
    ">+",
    "|2",
    "&a x",
    "*a",
    "!t x",
    "a, b",
    "'multi",
    "line'",
    "\"open",
    "close\"",
    "[open,",
    "close]",
    "{k: v,",
    "w: z}",
    "# c",
    "",
    "- - x",
    "? x",
    "'' ",
    "\"\\x41\"",
    "\\",
    "x\ty",
    "0o17",
    "-0",
    "+.5",
    "2001:db8::1",
    "http://a/b#c",
    "é",
];

/// Generates a small random document line by line (mostly invalid YAML), mixing random indentation with
/// mapping, sequence, scalar, block scalar and flow constructs.
fn token_soup(rng: &mut Rng) -> String {
    let mut text = String::new();
    let mut indent: usize = 0;
    for _ in 0..1 + rng.below(10) {
        // Mostly small steps from the previous line's indentation, sometimes a jump.
        indent = match rng.below(8) {
            0 | 1 => indent,
            2 => indent + 2,
            3 => indent + 1 + rng.below(4),
            4 => indent.saturating_sub(2),
            5 => indent.saturating_sub(1 + rng.below(4)),
            6 => 0,
            _ => rng.below(7),
        };
        text.push_str(&" ".repeat(indent));
        let key = *rng.pick(GEN_KEYS);
        let value = *rng.pick(GEN_VALUES);
        let line = match rng.below(10) {
            0 | 1 => format!("{key}: {value}"),
            2 => format!("{key}:"),
            3 => format!("- {value}"),
            4 => format!("- {key}: {value}"),
            5 => value.to_string(),
            6 => format!("{key}:{value}"),
            7 => format!("-{value}"),
            8 => [
                "",
                "# comment",
                "---",
                "...",
                "-",
                "- |",
                "  text",
                "text  ",
            ][rng.below(8)]
            .to_string(),
            _ => format!("{key}: {value} # {value}"),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text
}

#[test]
fn token_soup_never_disagrees_with_serde_yaml() {
    let cases = env_number("YAML_GENERATED_CASES", 10_000);
    let mut rng = Rng(env_number("YAML_MUTATION_SEED", 0x5EED_CAFE) ^ 0xA5A5);
    let (mut accepted, mut declined) = (0u64, 0u64);
    for case in 0..cases {
        let text = token_soup(&mut rng);
        let text = with_crlf_sometimes(&mut rng, text);
        let result = std::panic::catch_unwind(|| check_with_reference(&text).0);
        match result.unwrap_or_else(|_| {
            panic!("contract violated in generated case {case}, input: {text:?}")
        }) {
            Outcome::Accepted => accepted += 1,
            Outcome::Declined => declined += 1,
        }
    }
    println!("token soup cases: {cases}, accepted (identical to serde_yaml): {accepted}, declined: {declined}");
    assert!(accepted * 10 >= cases, "too few accepted cases: {accepted}");
}

/// Writes random documents that are mostly valid YAML, using every construct the
/// fast path supports in random combinations and with awkward content.
struct Emitter<'r> {
    rng: &'r mut Rng,
    out: String,
    depth: usize,
}

/// First words of plain scalars (they may not start with an indicator).
const PLAIN_FIRST: &[&str] = &[
    "x",
    "foo",
    "a:b",
    "x#y",
    "1",
    "-2",
    "0x1F",
    "012",
    "1e3",
    ".5",
    "true",
    "NULL",
    "~",
    "é",
    "-x",
    "?y",
    ":z",
    "1.0",
    "http://h/p#f",
    "12:30",
    "a-b",
    "2001-01-01",
    "'",
    "v1.0",
];

/// Later words of plain scalars: indicators are fine once the scalar has started.
const PLAIN_MORE: &[&str] = &[
    "x", "[a]", "{b}", "a,b", "-", "?", "%", "@", "`", "!", "&", "*", "|", ">", "'q'", "\"d\"",
    "#", "::", "é",
];

/// Pieces of double-quoted scalars, escapes included.
const DOUBLE_PIECES: &[&str] = &[
    "x",
    " ",
    "  ",
    "\\n",
    "\\t",
    "\\\"",
    "\\\\",
    "\\/",
    "\\x41",
    "\\xe9",
    "\\u00e9",
    "\\U0001F600",
    "\\ ",
    "\\0",
    "\\e",
    "\\_",
    "\\N",
    "'",
    "#",
    ": ",
    "\t",
];

/// Pieces of single-quoted scalars.
const SINGLE_PIECES: &[&str] = &["x", " ", "  ", "''", "\\", "\"", "#", ": ", "- ", "\t", "é"];

/// Keys in every style.
const KEYS: &[&str] = &[
    "a", "b", "key", "a b", "'q'", "\"d\"", "'it''s'", "\"\\t\"", "200", "~", "x-y", "/p/{id}",
    "$ref", "é",
];

impl Emitter<'_> {
    fn spaces(&mut self, count: usize) {
        self.out.extend(std::iter::repeat_n(' ', count));
    }

    /// Sometimes a trailing comment, then the line break.
    fn end_line(&mut self) {
        if self.rng.below(8) == 0 {
            self.out.push_str(" # comment");
        }
        self.out.push('\n');
    }

    /// Sometimes blank or comment lines between entries.
    fn filler(&mut self) {
        match self.rng.below(10) {
            0 => self.out.push('\n'),
            1 => {
                let indent = self.rng.below(6);
                self.spaces(indent);
                self.out.push_str("# filler\n");
            }
            _ => {}
        }
    }

    fn document(&mut self) {
        if self.rng.below(4) == 0 {
            self.out.push_str("---\n");
        }
        if self.rng.below(4) == 0 {
            self.sequence(0);
        } else {
            self.mapping(0);
        }
        if self.rng.below(6) == 0 {
            self.out.push_str("...\n");
        }
    }

    /// A block mapping with keys at `col`; the cursor is at the start of a line.
    fn mapping(&mut self, col: usize) {
        self.depth += 1;
        let first = self.rng.below(KEYS.len());
        for i in 0..1 + self.rng.below(4) {
            self.filler();
            self.spaces(col);
            self.mapping_entry(col, first + i);
        }
        self.depth -= 1;
    }

    /// One `key: value` entry with the key `KEYS[index]` (distinct indexes give
    /// distinct keys); the cursor is at the key's column.
    fn mapping_entry(&mut self, col: usize, index: usize) {
        self.out.push_str(KEYS[index % KEYS.len()]);
        self.out.push(':');
        self.value(col as isize, false);
    }

    /// A block sequence with `-` at `col`; the cursor is at the start of a line.
    fn sequence(&mut self, col: usize) {
        self.depth += 1;
        for _ in 0..1 + self.rng.below(4) {
            self.filler();
            self.spaces(col);
            self.out.push('-');
            self.value(col as isize, true);
        }
        self.depth -= 1;
    }

    /// The value after `key:` or `-` (the cursor right after the indicator), where
    /// `n` is the enclosing collection's column.
    fn value(&mut self, n: isize, after_dash: bool) {
        let nested = self.depth < 5;
        let base = (n + 1) as usize;
        match self.rng.below(12) {
            0 | 1 => {
                self.out.push(' ');
                self.plain(base);
                self.end_line();
            }
            2 => {
                self.out.push(' ');
                self.single_quoted(base);
                self.end_line();
            }
            3 => {
                self.out.push(' ');
                self.double_quoted(base);
                self.end_line();
            }
            4 => {
                self.out.push(' ');
                self.flow(0);
                self.end_line();
            }
            5 | 6 => {
                self.out.push(' ');
                self.block_scalar(n);
            }
            7 if nested => {
                self.end_line();
                let col = base + self.rng.below(3);
                if self.rng.below(2) == 0 {
                    self.mapping(col);
                } else {
                    self.sequence(col);
                }
            }
            8 if nested && !after_dash => {
                self.end_line();
                self.sequence(n as usize);
            }
            9 if nested && after_dash => {
                // Compact: `- key: value` or `- - item`, continuing at the new column.
                let gap = 1 + self.rng.below(2);
                self.spaces(gap);
                let col = n as usize + 1 + gap;
                self.depth += 1;
                if self.rng.below(3) == 0 {
                    self.out.push('-');
                    self.value(col as isize, true);
                } else {
                    let first = self.rng.below(KEYS.len());
                    self.mapping_entry(col, first);
                    for i in 1..1 + self.rng.below(3) {
                        self.spaces(col);
                        self.mapping_entry(col, first + i);
                    }
                }
                self.depth -= 1;
            }
            _ => self.end_line(), // empty value: null
        }
    }

    /// Indentation for a continuation line of a scalar starting at column `base`.
    fn continuation(&mut self, base: usize) {
        self.out.push('\n');
        for _ in 0..self.rng.below(3) {
            if self.rng.below(2) == 0 {
                let blank = self.rng.below(base + 3);
                self.spaces(blank);
            }
            self.out.push('\n');
        }
        let indent = base + self.rng.below(3);
        self.spaces(indent);
    }

    /// A plain scalar, sometimes over several lines.
    fn plain(&mut self, base: usize) {
        let first = *self.rng.pick(PLAIN_FIRST);
        self.out.push_str(first);
        for _ in 0..self.rng.below(4) {
            match self.rng.below(4) {
                0 => self.continuation(base),
                1 => self.out.push_str("  "),
                _ => self.out.push(' '),
            }
            let word = if self.rng.below(3) == 0 {
                *self.rng.pick(PLAIN_MORE)
            } else {
                *self.rng.pick(PLAIN_FIRST)
            };
            self.out.push_str(word);
        }
    }

    fn single_quoted(&mut self, base: usize) {
        self.out.push('\'');
        for _ in 0..self.rng.below(6) {
            if self.rng.below(5) == 0 {
                self.continuation(base);
            }
            let piece = *self.rng.pick(SINGLE_PIECES);
            self.out.push_str(piece);
        }
        self.out.push('\'');
    }

    fn double_quoted(&mut self, base: usize) {
        self.out.push('"');
        for _ in 0..self.rng.below(6) {
            match self.rng.below(6) {
                0 => self.continuation(base),
                1 => {
                    self.out.push('\\');
                    self.continuation(base);
                }
                _ => {}
            }
            let piece = *self.rng.pick(DOUBLE_PIECES);
            self.out.push_str(piece);
        }
        self.out.push('"');
    }

    /// A `|` or `>` scalar with random indicators and a body of text, empty,
    /// blank-only and more-indented lines.
    fn block_scalar(&mut self, n: isize) {
        self.out
            .push(if self.rng.below(2) == 0 { '|' } else { '>' });
        let chomp = ["", "-", "+"][self.rng.below(3)];
        let explicit = if self.rng.below(4) == 0 {
            1 + self.rng.below(3)
        } else {
            0
        };
        let explicit_text = if explicit > 0 {
            explicit.to_string()
        } else {
            String::new()
        };
        if self.rng.below(2) == 0 {
            self.out.push_str(chomp);
            self.out.push_str(&explicit_text);
        } else {
            self.out.push_str(&explicit_text);
            self.out.push_str(chomp);
        }
        self.end_line();
        let indent = if explicit > 0 {
            (n.max(0) as usize) + explicit
        } else {
            (n + 1) as usize + self.rng.below(3)
        };
        for _ in 0..self.rng.below(6) {
            match self.rng.below(6) {
                0 => {}
                1 => {
                    let blank = self.rng.below(indent + 3);
                    self.spaces(blank);
                }
                2 => {
                    let extra = 1 + self.rng.below(3);
                    self.spaces(indent + extra);
                    self.out.push_str("more indented");
                }
                3 => {
                    self.spaces(indent);
                    self.out.push_str("\ttab # not a comment");
                }
                _ => {
                    self.spaces(indent);
                    let word = *self.rng.pick(PLAIN_FIRST);
                    self.out.push_str(word);
                    self.out.push_str(" text ");
                }
            }
            self.out.push('\n');
        }
    }

    /// A flow collection, sometimes over several lines.
    fn flow(&mut self, level: usize) {
        let mapping = self.rng.below(2) == 0;
        self.out.push(if mapping { '{' } else { '[' });
        let count = self.rng.below(4);
        for i in 0..count {
            if self.rng.below(6) == 0 {
                self.out.push_str("\n  ");
            }
            if mapping {
                let key = if self.rng.below(3) == 0 {
                    format!("\"k{i}\"")
                } else {
                    format!("k{i}")
                };
                self.out.push_str(&key);
                self.out
                    .push_str(if self.rng.below(4) == 0 { " :" } else { ":" });
                if self.rng.below(5) != 0 {
                    self.out.push(' ');
                    self.flow_item(level);
                }
            } else {
                self.flow_item(level);
            }
            if i + 1 < count || self.rng.below(5) == 0 {
                self.out.push_str(", ");
            }
        }
        self.out.push(if mapping { '}' } else { ']' });
    }

    fn flow_item(&mut self, level: usize) {
        match self.rng.below(6) {
            0 if level < 3 => self.flow(level + 1),
            1 => self.single_quoted(1),
            2 => self.double_quoted(1),
            _ => {
                let word = *self.rng.pick(PLAIN_FIRST);
                self.out.push_str(word);
            }
        }
    }
}

#[test]
fn emitted_documents_never_disagree_with_serde_yaml() {
    let cases = env_number("YAML_GENERATED_CASES", 10_000);
    let mut rng = Rng(env_number("YAML_MUTATION_SEED", 0x5EED_CAFE) ^ 0x0E_3177);
    let mut show_declined = env_number("YAML_GENERATED_SHOW_DECLINED", 0);
    let (mut accepted, mut declined, mut declined_but_valid) = (0u64, 0u64, 0u64);
    for case in 0..cases {
        let mut emitter = Emitter {
            rng: &mut rng,
            out: String::new(),
            depth: 0,
        };
        emitter.document();
        let text = emitter.out;
        let text = with_crlf_sometimes(&mut rng, text);
        let result = std::panic::catch_unwind(|| check_with_reference(&text));
        match result
            .unwrap_or_else(|_| panic!("contract violated in emitted case {case}, input: {text:?}"))
        {
            (Outcome::Accepted, _) => accepted += 1,
            (Outcome::Declined, reference_ok) => {
                declined += 1;
                declined_but_valid += reference_ok as u64;
                if reference_ok && show_declined > 0 {
                    show_declined -= 1;
                    println!("declined although serde_yaml accepts it: {text:?}");
                }
            }
        }
    }
    println!(
        "emitted cases: {cases}, accepted (identical to serde_yaml): {accepted}, declined: {declined} \
         (of which serde_yaml accepts {declined_but_valid})"
    );
    assert!(accepted * 4 >= cases, "too few accepted cases: {accepted}");
}
