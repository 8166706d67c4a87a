//! Blank lines between items of printed code: prettyplease prints items back
//! to back, and a crate that is checked in should read like one written by
//! hand (one blank line between functions, types and impls; none inside a
//! group of `use` lines, between fields or between statements).

/// `text` (prettyplease's output) with a blank line before every item that
/// follows another item at the same indentation, and after a file's inner
/// docs. rustfmt keeps such lines.
pub fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(p) = previous {
            if needs_blank(p, line) {
                out.push('\n');
            }
        }
        // prettyplease prints the keyword `crate` in macro arguments as `crate ::`.
        if line.contains("crate ::") && is_item_macro(line.trim_start()) {
            out.push_str(&line.replace("crate ::", "crate::"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        previous = Some(line);
    }
    out
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether a blank line goes between `previous` and `line`.
fn needs_blank(previous: &str, line: &str) -> bool {
    let (p, l) = (previous.trim(), line.trim());
    if p.is_empty() || l.is_empty() {
        return false;
    }
    if p.starts_with("//!") {
        return !l.starts_with("//!") && !l.starts_with("#![");
    }
    // Inside a comment (a doc example's `let x = 1;`), nothing ends.
    if p.starts_with("//") {
        return false;
    }
    let ends_item = p == "}" || p.ends_with(';') || p.ends_with("};");
    ends_item && indent(previous) == indent(line) && starts_item(l) && !(is_use(p) && is_use(l))
}

fn is_use(line: &str) -> bool {
    let line = line.strip_prefix("pub ").unwrap_or(line);
    let line = line.strip_prefix("pub(crate) ").unwrap_or(line);
    line.starts_with("use ")
}

/// Whether a trimmed line begins an item (or its docs and attributes).
fn starts_item(line: &str) -> bool {
    if line.starts_with("///") || line.starts_with("#[") {
        return true;
    }
    let mut rest = line;
    for prefix in ["pub(crate) ", "pub(super) ", "pub "] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            break;
        }
    }
    const KEYWORDS: [&str; 13] = [
        "fn ",
        "impl ",
        "impl<",
        "struct ",
        "enum ",
        "type ",
        "const ",
        "static ",
        "mod ",
        "use ",
        "trait ",
        "async fn ",
        "unsafe ",
    ];
    KEYWORDS.iter().any(|k| rest.starts_with(k)) || is_item_macro(rest)
}

/// A macro invocation in item position, e.g. `rt::deserialize_struct! {`, or
/// one of the runtime's with parentheses (`rt::blocking_methods!(..);`: the
/// generated code calls no runtime macro as a statement).
fn is_item_macro(line: &str) -> bool {
    if line.starts_with("rt::") && line.contains("!(") {
        return true;
    }
    line.split_once("! {").is_some_and(|(path, _)| {
        !path.is_empty()
            && path
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    })
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn items_are_apart_and_groups_stay_together() {
        let cases: &[(&str, &str)] = &[
            // Inner docs, then the imports.
            ("//! M\nuse a::b;\nuse c;\n", "//! M\n\nuse a::b;\nuse c;\n"),
            // Items after items, with their docs and attributes.
            (
                "use a;\n/// S\n#[derive(Debug)]\npub struct S {\n    a: u8,\n    b: u8,\n}\nimpl S {}\n",
                "use a;\n\n/// S\n#[derive(Debug)]\npub struct S {\n    a: u8,\n    b: u8,\n}\n\nimpl S {}\n",
            ),
            // Methods apart; statements and fields not.
            (
                "impl S {\n    fn a() {\n        let x = 1;\n        let y = 2;\n    }\n    /// B\n    pub fn b() {}\n}\n",
                "impl S {\n    fn a() {\n        let x = 1;\n        let y = 2;\n    }\n\n    /// B\n    pub fn b() {}\n}\n",
            ),
            // Statics, consts and item macros.
            (
                "static A: u8 = 1;\nconst B: u8 = 2;\nrt::deserialize_struct! {\n    S { 0 a \"a\" required }\n}\npub(crate) fn f() {}\n",
                "static A: u8 = 1;\n\nconst B: u8 = 2;\n\nrt::deserialize_struct! {\n    S { 0 a \"a\" required }\n}\n\npub(crate) fn f() {}\n",
            ),
            (
                "impl S {\n    fn a() {\n        x();\n    }\n    rt::blocking_methods!(crate::X, crate::Error);\n    fn b() {}\n}\n",
                "impl S {\n    fn a() {\n        x();\n    }\n\n    rt::blocking_methods!(crate::X, crate::Error);\n\n    fn b() {}\n}\n",
            ),
            // Lines of a doc example are not items.
            (
                "/// ```\n/// let a = 1;\n/// # let b = 2;\n/// ```\nfn f() {}\n",
                "/// ```\n/// let a = 1;\n/// # let b = 2;\n/// ```\nfn f() {}\n",
            ),
            // Match arms and blocks inside a body are not items.
            (
                "fn f() {\n    match x {\n        A => {}\n    }\n    g();\n}\n",
                "fn f() {\n    match x {\n        A => {}\n    }\n    g();\n}\n",
            ),
            // A doc example's lines are not items.
            (
                "/// ```\n/// let x = f()?;\n/// # Ok(())\n/// ```\npub fn f() {}\n",
                "/// ```\n/// let x = f()?;\n/// # Ok(())\n/// ```\npub fn f() {}\n",
            ),
            // Enum variants and struct fields stay together.
            (
                "enum E {\n    /// A\n    A,\n    /// B\n    B(u8),\n}\n",
                "enum E {\n    /// A\n    A,\n    /// B\n    B(u8),\n}\n",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(&space_items(input), expected, "for {input:?}");
        }
    }

    #[test]
    fn crate_paths_in_runtime_macros_read_as_paths() {
        assert_eq!(
            space_items("    rt::blocking_methods!(crate ::models::X, crate ::Error);\n"),
            "    rt::blocking_methods!(crate::models::X, crate::Error);\n"
        );
    }

    #[test]
    fn spacing_twice_is_spacing_once() {
        let text = "use a;\nfn f() {}\nfn g() {}\n";
        assert_eq!(space_items(&space_items(text)), space_items(text));
    }
}
