//! Seeded mutation testing: cut a window of up to 60 lines from the Togai document (or take a
//! small hand-written snippet), damage it with a few random edits, and check the
//! contract: whenever the fast parser accepts the result, serde_yaml must return the
//! identical value. Deterministic (fixed seed); YAML_MUTATION_CASES and
//! YAML_MUTATION_SEED override the number of cases and the seed.

use crate::common::{check_with_reference, env_number, with_crlf_sometimes, Outcome, Rng};

/// Small documents exercising every construct, mutated like the document windows.
const SNIPPETS: &[&str] = &[
    "a:\n  b: 1\n  c: [x, y]\nd:\n- e\n- f: g\n  h: i\n",
    "- a\n- - b\n  - c\n- d: |\n    text\n    more\n  e: >-\n    folded\n    line\n",
    "key: 'single ''quoted'''\nother: \"double \\t \\u00e9\\\n  continued\"\n",
    "plain: one\n  two\n\n  three\nnext: {a: 1, b: [2, 3], c: {}}\n",
    "list:\n  - name: x\n    in: query\n    required: true\n    schema:\n      type: integer\n      format: int64\n      minimum: 0\n",
    "flow: [\n  1,\n  two,\n  {k: v}\n]\nnum: [0x1F, 012, -0, .inf, 1e3, ~, null, True]\n",
    "lit: |+\n  keep\n\nclip: |\n  clip\n\nstrip: |-\n  strip\n\nind: |2\n    x\n   y\n",
    "---\nopenapi: 3.0.3\ninfo:\n  title: T\n  version: \"1.0\"\npaths: {}\n...\n",
    "description: \"Update an invoice[Only CUSTOM invoices in DRAFT state support\\\n  \\ this]\"\nexample: '{\"a\": 1}'\n",
    "a: >\n  one\n    two\n  three\n\n  four\nb: [a: 1, 'b': 2]\n",
];

/// Characters and fragments that tend to change how YAML parses.
const FRAGMENTS: &[&str] = &[
    ":", ": ", "-", "- ", "#", " #", "'", "\"", "[", "]", "{", "}", ",", "|", ">", "|-", ">+",
    "|2", "\t", "&", "&a ", "*", "*a", "!", "!!str ", "?", "? ", "%", "@", "`", "\\", "\\n",
    "\\x4", "~", "0x1", "1e3", ".inf", "null", "true", "<<: ", "---", "...", " ", "  ", "\n",
    "\n  ", "\u{e9}", "\u{feff}", "\r", "''", "0", "+1", "-0", ":x",
];

/// Applies one random edit to a document given as lines.
fn mutate(rng: &mut Rng, lines: &mut Vec<String>) {
    if lines.is_empty() {
        lines.push(String::new());
    }
    let i = rng.below(lines.len());
    match rng.below(9) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(i, line);
        }
        2 if i + 1 < lines.len() => lines.swap(i, i + 1),
        3 => {
            let spaces = 1 + rng.below(4);
            lines[i].insert_str(0, &" ".repeat(spaces));
        }
        4 => {
            let remove =
                (1 + rng.below(4)).min(lines[i].len() - lines[i].trim_start_matches(' ').len());
            lines[i].drain(..remove);
        }
        5 => {
            let at = char_boundary(&lines[i], rng.below(lines[i].len() + 1));
            let fragment = *rng.pick(FRAGMENTS);
            lines[i].insert_str(at, fragment);
        }
        6 if !lines[i].is_empty() => {
            let at = char_boundary(&lines[i], rng.below(lines[i].len()));
            let len = lines[i][at..].chars().next().map_or(0, char::len_utf8);
            let fragment = *rng.pick(FRAGMENTS);
            lines[i].replace_range(at..at + len, fragment);
        }
        7 if i + 1 < lines.len() => {
            let next = lines.remove(i + 1);
            let joined = format!("{} {}", lines[i], next.trim_start());
            lines[i] = joined;
        }
        _ => {
            let at = char_boundary(&lines[i], rng.below(lines[i].len() + 1));
            let spaces = " ".repeat(rng.below(6));
            let tail = lines[i].split_off(at);
            lines.insert(i + 1, format!("{spaces}{}", tail.trim_start()));
        }
    }
}

/// The nearest char boundary at or before `at`.
fn char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Builds one test input: a window of up to 60 lines of the document or a snippet,
/// mutated one to three times (and sometimes given CR LF line breaks).
fn make_case(rng: &mut Rng, doc_lines: &[&str]) -> String {
    let mut lines: Vec<String> = if rng.below(4) == 0 {
        rng.pick(SNIPPETS).lines().map(str::to_owned).collect()
    } else {
        window(rng, doc_lines)
    };
    for _ in 0..1 + rng.below(3) {
        mutate(rng, &mut lines);
    }
    let mut text = lines.join("\n");
    if rng.below(8) != 0 {
        text.push('\n');
    }
    with_crlf_sometimes(rng, text)
}

/// Cuts a self-contained piece of the document: from a random line, up to 60 lines
/// that stay at least as indented as it, shifted left to column 0. (A plain cut from
/// the middle would mostly be invalid YAML, which says little about the parser.)
fn window(rng: &mut Rng, doc_lines: &[&str]) -> Vec<String> {
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let start = rng.below(doc_lines.len());
    let base = indent(doc_lines[start]);
    let limit = 20 + rng.below(40);
    doc_lines[start..]
        .iter()
        .take(limit)
        .take_while(|line| line.trim().is_empty() || indent(line) >= base)
        .map(|line| line.get(base..).unwrap_or("").to_string())
        .collect()
}

#[test]
fn mutated_documents_never_disagree_with_serde_yaml() {
    let path = crate::documents::togai_dir().join("openapi.yaml");
    let document =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc_lines: Vec<&str> = document.lines().collect();
    let cases = env_number("YAML_MUTATION_CASES", 20_000);
    let mut rng = Rng(env_number("YAML_MUTATION_SEED", 0x5EED_CAFE));

    let mut show_declined = env_number("YAML_MUTATION_SHOW_DECLINED", 0);
    let (mut accepted, mut declined, mut declined_but_valid) = (0u64, 0u64, 0u64);
    for case in 0..cases {
        let text = make_case(&mut rng, &doc_lines);
        let result = std::panic::catch_unwind(|| check_with_reference(&text));
        let (outcome, reference_ok) =
            result.unwrap_or_else(|_| panic!("contract violated in case {case}, input: {text:?}"));
        match outcome {
            Outcome::Accepted => accepted += 1,
            Outcome::Declined => {
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
        "mutation cases: {cases}, accepted (identical to serde_yaml): {accepted}, declined: {declined} \
         (of which serde_yaml accepts {declined_but_valid}, rejects {})",
        declined - declined_but_valid
    );
    // Guard against a test that passes trivially: both outcomes must be common.
    assert!(accepted * 5 >= cases, "too few accepted cases: {accepted}");
    assert!(declined * 10 >= cases, "too few declined cases: {declined}");
}
