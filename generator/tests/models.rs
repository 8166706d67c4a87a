//! Models evolve without breaking users, and without noisy diffs: one optional
//! field added to one schema changes a few lines of that model's file and
//! nothing else of the crate.

use std::collections::BTreeMap;
use std::path::PathBuf;

const DOC: &str = "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      required: [id, name, note]
      properties:
        id: {type: string}
        name: {type: string, description: The thing's name.}
        size: {type: integer}
        createdAt: {type: string, format: date-time}
        note: {type: string, nullable: true}
    Other:
      type: object
      properties:
        x: {type: string}
";

fn generate(doc: &str) -> BTreeMap<PathBuf, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.yaml");
    std::fs::write(&path, doc).unwrap();
    togai_codegen::Builder::new()
        .spec(&path)
        .crate_name("t-client")
        .generate()
        .unwrap()
        .files
}

/// Lines removed and added between `a` and `b` (longest common subsequence).
fn changed_lines(a: &str, b: &str) -> (usize, usize) {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    (a.len() - lcs[0][0], b.len() - lcs[0][0])
}

/// The files that differ, with (removed, added) lines each.
fn crate_diff(
    a: &BTreeMap<PathBuf, String>,
    b: &BTreeMap<PathBuf, String>,
) -> BTreeMap<String, (usize, usize)> {
    let mut out = BTreeMap::new();
    for (path, text) in b {
        let old = a.get(path).map_or("", String::as_str);
        if old != text {
            out.insert(path.display().to_string(), changed_lines(old, text));
        }
    }
    for (path, text) in a {
        if !b.contains_key(path) {
            out.insert(path.display().to_string(), (text.lines().count(), 0));
        }
    }
    out
}

#[test]
fn one_optional_field_added_changes_a_few_lines_of_its_model_only() {
    let before = generate(DOC);
    // Added after the last property.
    let appended = generate(&DOC.replace(
        "        note: {type: string, nullable: true}\n",
        "        note: {type: string, nullable: true}\n        color: {type: string}\n",
    ));
    let diff = crate_diff(&before, &appended);
    let files: Vec<&str> = diff.keys().map(String::as_str).collect();
    assert_eq!(
        files,
        [".rustfmt-inputs", "docs/Thing.md", "src/models/thing.rs"],
        "{diff:?}"
    );
    let (removed, added) = diff["src/models/thing.rs"];
    // The field (doc, serde attribute, declaration), its entry in the decoding list,
    // its initialiser in `new`, its setter (blank line, doc, signature, two lines of body,
    // end).
    assert_eq!(
        (removed, added),
        (0, 11),
        "{}",
        appended[&PathBuf::from("src/models/thing.rs")]
    );
    assert_eq!(
        diff["docs/Thing.md"],
        (0, 1),
        "one row of the properties table"
    );
    assert_eq!(diff[".rustfmt-inputs"], (1, 1), "the model file's record");

    // Added between existing properties: the entries after it in the decoding list are
    // renumbered (the runtime's macro takes each field's position), nothing else moves.
    let inserted = generate(&DOC.replace(
        "        size: {type: integer}\n",
        "        color: {type: string}\n        size: {type: integer}\n",
    ));
    let diff = crate_diff(&before, &inserted);
    let files: Vec<&str> = diff.keys().map(String::as_str).collect();
    // The examples set the first optional field, which is now `color`: one line of each
    // page that builds a `Thing` (here the README's quickstart too).
    assert_eq!(
        files,
        [
            ".rustfmt-inputs",
            "README.md",
            "docs/DefaultApi.md",
            "docs/Thing.md",
            "src/lib.md",
            "src/models/thing.rs",
            "tests/examples.rs"
        ],
        "{diff:?}"
    );
    let fields_after = 3; // size, createdAt, note
    assert_eq!(
        diff["src/models/thing.rs"],
        (fields_after, 11 + fields_after),
        "{}",
        inserted[&PathBuf::from("src/models/thing.rs")]
    );
    // A line per example that builds a `Thing`: the README has six (the quickstart, its
    // blocking form, how a model is built, and in "Testing your code" the mock's rule, the call
    // and the assertion on what it returned).
    for (page, most) in [
        ("README.md", 6),
        ("src/lib.md", 6),
        ("docs/DefaultApi.md", 2),
        ("docs/Thing.md", 2),
        ("tests/examples.rs", 2),
    ] {
        let (removed, added) = diff[page];
        assert!(removed <= most && added <= most, "{page}: {diff:?}");
    }
}

#[test]
fn models_are_non_exhaustive_and_built_with_new_and_setters() {
    let files = generate(DOC);
    let thing = &files[&PathBuf::from("src/models/thing.rs")];
    assert!(
        thing.contains("#[non_exhaustive]\npub struct Thing {"),
        "{thing}"
    );
    assert!(
        thing.contains("pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {"),
        "{thing}"
    );
    for setter in [
        "pub fn with_size(mut self, value: impl Into<i64>) -> Self {",
        "pub fn with_created_at(\n        mut self,\n        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,\n    ) -> Self {",
        "pub fn with_note(mut self, value: impl Into<String>) -> Self {",
    ] {
        assert!(thing.contains(setter), "{setter} missing: {thing}");
    }
    // Required and nullable: `None` (sent as null) until set, and not taken by `new`.
    assert!(thing.contains("note: None"), "{thing}");
    let other = &files[&PathBuf::from("src/models/other.rs")];
    assert!(
        other.contains("Default") && other.contains("pub fn new() -> Self {"),
        "{other}"
    );
    // One field per line in the decoding list, whatever the line width.
    assert!(
        thing.contains(
            "    Thing {\n        0 id \"id\" required,\n        1 name \"name\" required,\n"
        ),
        "{thing}"
    );
    let page = &files[&PathBuf::from("docs/Thing.md")];
    assert!(
        // As prettyplease prints it: on one line, since it fits.
        page.contains(
            "let value = t_client::models::Thing::new(\"id\", \"name\").with_size(10_i64);"
        ),
        "{page}"
    );
}
