//! Hand-written edge cases, each differential against serde_yaml: `same` cases must be
//! accepted by the fast parser and equal serde_yaml's value (order and number
//! representation included); `decline` cases must make it return `None`.

use crate::common::{check, Outcome};

/// Cases the fast path must accept, with serde_yaml producing the identical value.
const SAME: &[(&str, &str)] = &[
    // --- documents -------------------------------------------------------------
    ("empty document", ""),
    ("comment only", "# just a comment\n"),
    ("bare document start", "---\n"),
    ("document start and end only", "---\n...\n"),
    ("document start then mapping", "---\na: 1\n"),
    ("document start with comment", "--- # hi\na: 1\n"),
    ("document end marker", "a: 1\n...\n"),
    ("document end marker then comment", "a: 1\n...\n# trailing\n"),
    ("no final newline", "a: 1"),
    ("CR LF line breaks", "a: 1\r\nb:\r\n  - x\r\n  - 'y\r\n\r\n    z'\r\nc: |\r\n  p\r\n\r\n  q\r\nd: \"e\\\r\n  f\"\r\ng: >+\r\n  h\r\n\r\n"),
    ("CR LF plain folding", "a: one\r\n  two\r\n\r\n  three\r\n"),
    ("root scalar", "hello world\n"),
    ("root multi-line plain", "hello\nworld\n\nagain\n"),
    ("root sequence", "- a\n- b\n"),
    ("root indented mapping", "  a: 1\n  b: 2\n"),
    ("root flow mapping", "{a: 1, b: [x, y]}\n"),
    // --- block mappings and sequences -------------------------------------------
    ("nested mappings", "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n"),
    ("empty values", "a:\nb: # comment\nc:\n\nd: x\n"),
    ("empty value at end", "a: 1\nb:"),
    ("indentless sequence", "a:\n- 1\n- 2\nb: 3\n"),
    ("indented sequence", "a:\n  - 1\n  - 2\nb: 3\n"),
    ("compact mappings in sequence", "- a: 1\n  b: 2\n- c: 3\n"),
    ("compact mapping with wide dash", "-   a: 1\n    b: 2\n"),
    ("nested compact sequences", "- - a\n  - b\n- - - c\n"),
    ("empty sequence entries", "-\n- \n- # c\n-\n  x\n"),
    ("sequence of mappings under key", "a:\n  - name: x\n    in: query\n  - name: y\n"),
    ("indentless sequence inside compact mapping", "- a:\n  - x\n  - y\n  b: 1\n"),
    ("deep nesting", "a:\n b:\n  c:\n   d:\n    e:\n     - f:\n        g: [h, {i: j}]\n"),
    ("blank lines and comments between entries", "a: 1\n\n# c\n   # indented comment\nb: 2\n"),
    ("comment after key", "a: # c\n  b: 1\n"),
    ("spaces before colon", "a   : 1\n'b' : 2\n"),
    ("keys with special characters", "/customers/{id}: x\n$ref: y\nx-foo.bar: z\na b c: d\n"),
    ("key starting with indicator-like chars", "-x: 1\n?y: 2\n:z: 3\n"),
    ("quoted keys", "'a': 1\n\"b\": 2\n'': 3\n\"c\\td\": 4\n"),
    ("resolved-looking keys stay strings", "200: a\ntrue: b\nnull: c\n~: d\n1.0: e\n0x1F: f\n-1: g\n.inf: h\n"),
    ("key order preserved", "z: 1\na: 2\nm: 3\n"),
    ("sequence entry on its own line then mapping", "-\n  a: 1\n  b: 2\n"),
    ("value on next line", "a:\n  plain text\nb:\n  'quoted'\n"),
    ("flow value on next line", "a:\n  [1, 2]\n"),
    // --- plain scalars ----------------------------------------------------------
    ("plain with inner colon and hash", "a: b:c\nd: e#f\ng: http://x.y/z#frag\n"),
    ("plain with indicators inside", "a: x, y [z] {w}\nb: -dash\nc: ?q\nd: :col\n"),
    ("plain with trailing comment", "a: value # comment\n"),
    ("multi-line plain folding", "a: one\n  two\n\n  three\n\n\n  four\nb: 1\n"),
    ("multi-line plain with dash line", "a: one\n  - two\n"),
    ("multi-line plain in sequence", "- one\n  two\n- three\n"),
    ("multi-line plain below dash", "-\n  one\n two\n"),
    ("multi-line plain ended by comment line", "a: one\n  # c\nb: 2\n"),
    ("plain with many inner spaces", "a: x   y    z   \n"),
    ("document-marker-looking value", "a: ---\nb: ...\n"),
    ("unicode plain", "a: héllo wörld ✓\nключ: значение\n"),
    // --- scalar resolution ------------------------------------------------------
    ("nulls", "a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\nf:\n"),
    ("booleans", "a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: yes\ni: on\n"),
    ("integers", "a: 0\nb: 12\nc: -12\nd: +12\ne: 012\nf: -012\ng: 0x1F\nh: 0o17\ni: 0b101\nj: -0x10\nk: +0x10\nl: -0b11\nm: -0\nn: +0\n"),
    ("integer limits", "a: 9223372036854775807\nb: 9223372036854775808\nc: -9223372036854775808\nd: 18446744073709551615\ne: 0xFFFFFFFFFFFFFFFF\n"),
    ("huge integers become floats", "a: 99999999999999999999999999999999999999999\nb: -170141183460469231731687303715884105729\nc: 340282366920938463463374607431768211456\n"),
    ("floats", "a: 1.5\nb: -1.5\nc: .5\nd: 1.\ne: 1e3\nf: 1E+2\ng: 0.1e-5\nh: -0.0\ni: 0e0\nj: 00.5\nk: +.5\nl: 1.5e308\nm: 2e-400\nn: 6.02e23\n"),
    ("non-finite floats become null", "a: .inf\nb: -.inf\nc: +.inf\nd: .Inf\ne: .NaN\nf: .nan\ng: .NAN\n"),
    ("number-like strings", "a: 1_000\nb: 0x\nc: 1e\nd: infinity\ne: nan\nf: NaN\ng: +-1\nh: 0o8\ni: 0b102\nj: 1e400\nk: 0x_1\nl: 1__0\nm: 1.2.3\nn: 1,000\no: 12:30\np: 0.\nq: -.5\n"),
    ("version strings", "openapi: 3.0.3\nversion: \"1.0\"\nother: 1.0\n"),
    ("quoted scalars are strings", "a: '1'\nb: \"true\"\nc: 'null'\nd: \"\"\ne: ''\nf: '~'\n"),
    // --- quoted scalars ---------------------------------------------------------
    ("single quoted escapes", "a: 'it''s'\nb: ''''\nc: 'back\\slash'\nd: 'say \"hi\"'\n"),
    ("double quoted escapes", "a: \"\\n\\t\\\"\\\\\\/\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P \\ x\"\n"),
    ("double quoted hex escapes", "a: \"\\x41\\xe9\\u00e9\\u263A\\U0001F600\\x7f\\x80\"\n"),
    ("escaped tab character", "a: \"x\\\ty\"\n"),
    ("single quote inside double", "a: \"it's\"\nb: '\\n'\n"),
    ("multi-line double quoted", "a: \"one\n  two\n\n  three\"\n"),
    ("multi-line single quoted", "a: 'one\n  two\n\n\n  three'\n"),
    ("double quoted escaped line break", "a: \"one \\\n  two\\\n  \\ three\"\n"),
    ("escaped line break then empty lines", "a: \"one\\\n\n\n  two\"\n"),
    ("quoted blanks around line break", "a: \"one   \n   two  \"\n"),
    ("quoted with tabs inside a line", "a: \"x\ty\"\nb: 'p\tq'\n"),
    ("quoted with hash and colon", "a: \"#x: y\"\nb: 'a: b # c'\n"),
    ("quoted value with comment", "a: 'x' # c\nb: \"y\"   # c\n"),
    ("generator style long string", "description: \"Update an invoice[Only CUSTOM invoices in DRAFT state support\\\n  \\ this]\"\n"),
    // --- block scalars ----------------------------------------------------------
    ("literal clip", "a: |\n  one\n  two\n\nb: 1\n"),
    ("literal strip", "a: |-\n  one\n\n\nb: 1\n"),
    ("literal keep", "a: |+\n  one\n\n\nb: 1\n"),
    ("keep at end of input", "a: |+\n  one\n\n"),
    ("literal more indented lines", "a: |\n  one\n    two\n  three\n"),
    ("literal with leading empty lines", "a: |\n\n\n  one\n"),
    ("literal with spaces-only lines", "a: |\n  one\n   \n  two\n    \n"),
    ("literal preserves hash and tabs", "a: |\n  # not a comment\n  x\ty\n  \tz\n"),
    ("literal ending without newline", "a: |\n  one"),
    ("empty literal", "a: |\nb: 1\n"),
    ("empty literal keep", "a: |+\n\n\nb: 1\n"),
    ("empty literal at end", "a: |"),
    ("folded basic", "a: >\n  one\n  two\n\n  three\n"),
    ("folded more indented", "a: >\n  one\n    two\n    three\n  four\n\n   five\n  six\n"),
    ("folded strip and keep", "a: >-\n  one\n  two\n\nb: >+\n  x\n\n"),
    ("folded after empty line", "a: >\n\n   one\n   two\n"),
    ("folded trailing spaces line", "a: >\n  one\n  \n  two\n"),
    ("explicit indentation", "a: |2\n    x\n   y\n  z\n"),
    ("explicit indentation with chomping", "a: |2-\n   x\n\nb: >+1\n  y\n\nc: |-3\n     z\n"),
    ("explicit indentation in sequence", "- |1\n  x\n - y\n"),
    ("explicit indentation at root", "|2\n   x\n  y\n"),
    ("block scalar header comment", "a: | # c\n  x\n"),
    ("block scalar in sequence", "- |\n  one\n- >\n  two\n  three\n"),
    ("block scalar in compact mapping", "- a: |\n    x\n  b: 1\n"),
    ("block scalar on its own line", "a:\n  |\n  x\n"),
    ("block scalar on its own line with indicator", "a:\n  |2\n    x\n   y\n"),
    ("block scalar in indentless sequence", "a:\n- |1\n  x\n y\n- >-\n  z\n"),
    ("block scalar followed by dedent", "a:\n  b: |\n    x\n  c: 1\nd: 2\n"),
    ("root literal", "|\n  root text\n"),
    ("block scalar with document-marker-like line", "a: |\n  ---\n  ...\n"),
    ("json inside literal", "a: |\n  {\n    \"x\": [1, 2]\n  }\n"),
    // --- flow collections -------------------------------------------------------
    ("empty flow", "a: []\nb: {}\n"),
    ("flow sequence", "a: [1, two, 'three', \"four\", 5.0, null, true]\n"),
    ("nested flow", "a: {b: [1, {c: d}], e: {}}\n"),
    ("flow trailing commas", "a: [x, y,]\nb: {p: 1,}\n"),
    ("flow key without value", "a: {x, y: 1, z}\n"),
    ("flow JSON style", "a: {\"k\":\"v\",\"n\":1}\n"),
    ("flow quoted key colon without space", "a: {\"k\":[1]}\n"),
    ("flow empty value", "a: {\"k\":, x: }\n"),
    ("flow plain with colons", "a: {b:c, d: e:f}\n"),
    ("flow plain with spaces", "a: [one two, three  four]\n"),
    ("flow plain space colon", "a: {x :y}\n"),
    ("flow over several lines", "a: [\n  1,\n  2\n]\nb: {\n  x: 1,\n  y: 2\n  }\n"),
    ("flow closing bracket at column 0", "a: [\n  x\n]\n"),
    ("flow continuation at low indent", "a:\n  b: [x,\ny]\n  c: 1\n"),
    ("flow multi-line plain", "a: [one\n  two, three]\n"),
    ("flow multi-line quoted", "a: [\"one\n  two\", 'x\n\n  y']\n"),
    ("flow with comments", "a: [ # c\n  1, # d\n  2\n]\n"),
    ("flow with dash scalar", "a: [-1, -x, x-]\n"),
    ("flow in sequence", "- [a, b]\n- {c: d}\n"),
    ("flow with numbers", "a: [0x10, 012, .inf, -0, 1e3]\n"),
    ("flow values keep hash inside plain", "a: [x#y, 'z']\n"),
    ("flow sequence of sequences", "a: [[1, 2], [], [[3]]]\n"),
    ("flow with unicode", "a: [é, ✓]\n"),
    ("flow single pairs", "a: [x: 1, 'y' : 2, \"z\":3, w: , v: ]\n"),
    ("flow single pair with flow value", "a: [k: [1, 2], j: {m: n}]\n"),
    // --- odd but valid ------------------------------------------------------------
    ("comment needs space inside plain", "a: x#y\n"),
    ("long key under limit", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 1\n"),
    ("non-ascii in keys", "ä: 1\n\"ö\": 2\n"),
];

/// Cases the fast path must decline (whether or not serde_yaml accepts them).
const DECLINE: &[(&str, &str)] = &[
    ("anchor", "a: &x 1\nb: 2\n"),
    ("alias", "a: 1\nb: *a\n"),
    ("anchor and alias", "a: &x {p: 1}\nb: *x\n"),
    ("tag", "a: !!str 1\n"),
    ("local tag", "a: !foo bar\n"),
    ("explicit key", "? a\n: b\n"),
    ("explicit key in flow", "{? a: b}\n"),
    ("directive", "%YAML 1.2\n---\na: 1\n"),
    ("two documents", "a: 1\n---\nb: 2\n"),
    ("document after end marker", "a: 1\n...\nb: 2\n"),
    ("content after document start", "--- a\n"),
    ("block scalar after document start", "--- |\n  x\n"),
    ("document end first", "...\na: 1\n"),
    ("tab indentation", "a:\n\tb: 1\n"),
    ("tab after colon", "a:\tb\n"),
    ("tab inside plain", "a: x\ty\n"),
    ("tab on blank line", "a: 1\n\t\nb: 2\n"),
    ("merge key", "<<: {a: 1}\nb: 2\n"),
    ("quoted merge key", "'<<': 1\n"),
    ("merge key in flow", "{<<: {a: 1}}\n"),
    ("duplicate keys", "a: 1\na: 2\n"),
    ("duplicate keys in flow", "{a: 1, a: 2}\n"),
    ("duplicate keys quoted and plain", "a: 1\n'a': 2\n"),
    ("nested mapping on key line", "a: b: c\n"),
    ("sequence on key line", "a: - b\n"),
    ("multi-line plain key", "a\nb: 1\n"),
    ("key continued into next line", "x:\n  a: 1\n  b\n   c: 2\n"),
    ("multi-line quoted key", "\"a\n b\": 1\n"),
    ("missing colon", "a: 1\nb\n"),
    ("over-indented key", "a: 1\n  b: 2\n"),
    ("under-indented key", "a:\n    b: 1\n  c: 2\n"),
    ("under-indented sequence", "a:\n    - 1\n  - 2\n"),
    ("scalar after comment line continuation", "a: foo\n  # c\n  bar\n"),
    ("mapping then sequence at same level", "a: 1\n- b\n"),
    ("sequence then mapping at same level", "- a\nb: 1\n"),
    ("flow key", "[a]: b\n"),
    ("flow mapping key", "{a: 1}: b\n"),
    ("flow unclosed", "a: [1, 2\n"),
    ("flow single pair with flow key", "[[a]: b]\n"),
    ("flow single pair key over two lines", "[a\n b: c]\n"),
    ("flow single pair colon on next line", "[a\n: c]\n"),
    ("flow single pair merge key", "[<<: {a: 1}]\n"),
    ("flow extra comma", "a: [1,,2]\n"),
    ("flow leading comma", "a: [,1]\n"),
    ("flow colon before indicator", "{a:}\n"),
    ("flow colon before comma", "[a:, b]\n"),
    ("flow multi-line key", "{a\n b: 1}\n"),
    ("flow key newline before colon", "{\"a\"\n: 1}\n"),
    ("flow document marker", "[a,\n---\n]\n"),
    ("junk after flow", "a: [1] x\n"),
    ("comment glued to quoted scalar", "a: 'x'#c\n"),
    ("comment glued to flow", "a: [1]#c\n"),
    ("comment glued in flow", "a: [1,#c\n 2]\n"),
    ("junk after quoted", "a: 'x' y\n"),
    ("unterminated quote", "a: 'x\n"),
    ("unterminated double quote", "a: \"x"),
    ("bad escape", "a: \"\\q\"\n"),
    ("bad hex escape", "a: \"\\x4g\"\n"),
    ("surrogate escape", "a: \"\\ud800\"\n"),
    ("escape beyond unicode", "a: \"\\U00110000\"\n"),
    ("document marker in quoted", "a: 'x\n---\n  y'\n"),
    ("quoted continuation not indented", "a: \"x\ny\"\n"),
    ("block scalar indicator zero", "a: |0\n  x\n"),
    ("block scalar junk in header", "a: | x\n  y\n"),
    ("block scalar comment without space", "a: |#c\n  x\n"),
    ("block scalar two digits", "a: |12\n  x\n"),
    ("block scalar tab indentation", "a: |\n\tx\n"),
    ("block scalar leading line too indented", "a: |\n     \n  text\nb: 1\n"),
    ("block scalar in flow", "a: [|, x]\n"),
    ("line after block scalar over-indented", "a:\n  b: |\n      x\n    c: 1\n"),
    ("block scalar line less indented than first", "a: >\n   one\n  two\n"),
    ("block entry in flow", "a: [- x]\n"),
    ("reserved indicator at", "a: @x\n"),
    ("reserved indicator backtick", "a: `x`\n"),
    ("percent at value", "a: %x\n"),
    ("closing bracket at value", "a: ]\n"),
    ("comma at value", "a: , x\n"),
    ("empty key", ": a\n"),
    ("lone carriage return", "a: 1\rb: 2\n"),
    ("carriage return before CR LF", "a: 1\r\r\nb: 2\n"),
    ("NEL", "a: \"x\u{85}y\"\n"),
    ("line separator", "a: x\u{2028}y\n"),
    ("inner BOM", "a: 1\n\u{feff}b: 2\n"),
    ("leading BOM", "\u{feff}a: 1\n"),
    ("leading BOM shifts first column", "\u{feff}a: 1\nb: 2\n"),
    ("control character", "a: \u{1}\n"),
    ("DEL character", "a: \u{7f}\n"),
    ("integer above u64", "a: 18446744073709551616\n"),
    ("integer below i64", "a: -9223372036854775809\n"),
    ("hex integer above u64", "a: 0x10000000000000000\n"),
    ("u128 max", "a: 340282366920938463463374607431768211455\n"),
    ("too deep", "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"),
];

/// Checks every case of a table (a contract violation panics inside `check`) and
/// lists all cases whose outcome differs from `expected`.
fn run_table(table: &[(&str, &str)], expected: Outcome) {
    let wrong: Vec<String> = table
        .iter()
        .filter(|(_, text)| check(text) != expected)
        .map(|(name, text)| {
            let reference = serde_yaml::from_str::<serde_json::Value>(text)
                .map(|v| v.to_string())
                .map_err(|e| e.to_string());
            format!("{name:?}: {text:?}\n    serde_yaml: {reference:?}")
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} case(s) not {expected:?}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    println!("{} cases {expected:?} as expected", table.len());
}

#[test]
fn accepted_cases_match_serde_yaml() {
    run_table(SAME, Outcome::Accepted);
}

#[test]
fn declined_cases_are_declined() {
    run_table(DECLINE, Outcome::Declined);
}

/// A key longer than libyaml's 1024-byte simple key limit must be declined, and one
/// just under our own 1000-byte limit accepted.
#[test]
fn long_keys() {
    let short = format!("{}: 1\n", "k".repeat(999));
    assert_eq!(check(&short), Outcome::Accepted);
    let long = format!("{}: 1\n", "k".repeat(1001));
    assert_eq!(check(&long), Outcome::Declined);
    let flow_long = format!("{{{}: 1}}\n", "k".repeat(1100));
    assert_eq!(check(&flow_long), Outcome::Declined);
}

/// Nesting up to the depth limit is accepted; serde_yaml's own limit is 128.
#[test]
fn nesting_depth() {
    let ok = format!("{}{}\n", "[".repeat(100), "]".repeat(100));
    assert_eq!(check(&ok), Outcome::Accepted);
    let block: String = (0..100)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    assert_eq!(check(&block), Outcome::Accepted);
    let too_deep = format!("{}{}\n", "[".repeat(101), "]".repeat(101));
    assert_eq!(check(&too_deep), Outcome::Declined);
}
