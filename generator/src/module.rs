//! Module mode (for `build.rs`): the crate's files folded into one module
//! file to `include!`, with `crate::` paths made relative so it works
//! wherever it is included.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use syn::visit_mut::VisitMut;

use crate::diagnostics::{Error, Result};

/// The edit module mode makes to each file as it is formatted (a
/// `format::Edit`): `crate::` paths made relative to where the file's content
/// lands in the folded module. The crate root loses its inner attributes
/// (`#![warn(..)]`, `//!`): they cannot be `include!`d, and the includer's own
/// `mod` carries its docs and lints.
pub fn relativize(path: &Path, file: &mut syn::File) {
    let depth = depth(path);
    if depth == 0 {
        file.attrs.clear();
    }
    RelativePaths { depth }.visit_file_mut(file);
}

/// How many modules deep the content of `path` lands: `src/lib.rs` 0,
/// `src/a.rs` and `src/a/mod.rs` 1, `src/a/b.rs` 2.
fn depth(path: &Path) -> usize {
    let parts = path
        .strip_prefix("src")
        .unwrap_or(path)
        .components()
        .count();
    match path.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "mod.rs") => parts - 1,
        _ => parts,
    }
}

/// The line before the mock's module in `src/lib.rs`.
const MOCK_CFG: &str = "#[cfg(feature = \"mock\")]";

/// Folds `src/lib.rs` and every module it declares into one source file.
/// The files are already formatted with [`relativize`]: each `mod name;`
/// line becomes `mod name {`, the module file's text (whose inner docs and
/// attributes are valid at the start of a block) and `}`.
pub fn fold(files: &BTreeMap<PathBuf, String>) -> Result<String> {
    let mut out = String::new();
    inline(files, Path::new("src/lib.rs"), Path::new("src"), &mut out)?;
    Ok(ignore_doc_examples(&out))
}

fn inline(
    files: &BTreeMap<PathBuf, String>,
    path: &Path,
    dir: &Path,
    out: &mut String,
) -> Result<()> {
    let text = files.get(path).ok_or_else(|| Error::Render {
        output: path.to_path_buf(),
        message: "module file missing from the generated crate".into(),
    })?;
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        // The mock is left out: behind `feature = "mock"` it would read the including crate's
        // features, which need not have one (an `unexpected_cfgs` warning).
        if line == MOCK_CFG && lines.peek().and_then(|l| mod_declaration(l)).is_some() {
            lines.next();
            continue;
        }
        let Some((head, name)) = mod_declaration(line) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let file = dir.join(format!("{name}.rs"));
        let child = if files.contains_key(&file) {
            file
        } else {
            dir.join(name).join("mod.rs")
        };
        out.push_str(head);
        out.push_str(" {\n");
        inline(files, &child, &dir.join(name), out)?;
        out.push_str("}\n");
    }
    Ok(())
}

/// `pub mod name;` (any visibility, at the start of a line, as prettyplease
/// prints an item) as `("pub mod name", "name")`.
fn mod_declaration(line: &str) -> Option<(&str, &str)> {
    let head = line.strip_suffix(';')?;
    let words: Vec<&str> = head.split(' ').collect();
    match words.as_slice() {
        [.., "mod", name]
            if words[..words.len() - 2]
                .iter()
                .all(|w| w.starts_with("pub"))
                && !name.is_empty()
                && name.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            Some((head, name))
        }
        _ => None,
    }
}

/// Doc examples name the generated crate, which does not exist when the code
/// is included in another crate: they must not run as that crate's doctests.
fn ignore_doc_examples(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let doc = ["///", "//!"]
            .into_iter()
            .find_map(|marker| Some((marker, trimmed.strip_prefix(marker)?.trim_start())));
        match doc {
            Some((marker, d)) if d.starts_with("```") => {
                let info = d.trim_start_matches('`').trim();
                if !in_fence
                    && matches!(
                        info,
                        "" | "rust" | "no_run" | "should_panic" | "compile_fail"
                    )
                {
                    let indent = &line[..line.len() - trimmed.len()];
                    out.push_str(&format!("{indent}{marker} ```ignore\n"));
                } else {
                    out.push_str(line);
                    out.push('\n');
                }
                in_fence = !in_fence;
            }
            Some(_) => {
                out.push_str(line);
                out.push('\n');
            }
            None => {
                in_fence = false;
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Rewrites `crate::x` to `self::x`, `super::x`, `super::super::x`… by depth,
/// in paths, `use` trees, attribute text (serde paths, doc links) and the
/// tokens of macro invocations (`rt::blocking_methods!(crate::models::X, ..)`).
struct RelativePaths {
    depth: usize,
}

impl RelativePaths {
    fn prefix(&self) -> String {
        if self.depth == 0 {
            "self".to_string()
        } else {
            vec!["super"; self.depth].join("::")
        }
    }
}

impl RelativePaths {
    /// `tokens` with every `crate ::` made relative, in nested groups too.
    fn relative_tokens(&self, tokens: TokenStream) -> TokenStream {
        use proc_macro2::{Group, TokenTree};
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = Vec::with_capacity(trees.len());
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Ident(ident)
                    if ident == "crate"
                        && matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':') =>
                {
                    let prefix: TokenStream = self.prefix().parse().expect("a valid path");
                    out.extend(prefix);
                }
                TokenTree::Group(group) => {
                    let mut relative =
                        Group::new(group.delimiter(), self.relative_tokens(group.stream()));
                    relative.set_span(group.span());
                    out.push(TokenTree::Group(relative));
                }
                other => out.push(other.clone()),
            }
        }
        out.into_iter().collect()
    }
}

impl VisitMut for RelativePaths {
    fn visit_item_mod_mut(&mut self, m: &mut syn::ItemMod) {
        for attr in &mut m.attrs {
            self.visit_attribute_mut(attr);
        }
        if let Some((_, items)) = &mut m.content {
            self.depth += 1;
            for item in items {
                self.visit_item_mut(item);
            }
            self.depth -= 1;
        }
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none() && path.segments.first().is_some_and(|s| s.ident == "crate")
        {
            let prefix: syn::Path = syn::parse_str(&self.prefix()).expect("a valid path");
            let rest: Vec<syn::PathSegment> = path.segments.iter().skip(1).cloned().collect();
            path.segments = prefix.segments.into_iter().chain(rest).collect();
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_use_tree_mut(&mut self, tree: &mut syn::UseTree) {
        if let syn::UseTree::Path(p) = tree {
            if p.ident == "crate" {
                let replacement: syn::UseTree =
                    syn::parse_str(&format!("{}::{}", self.prefix(), quote_tree(&p.tree)))
                        .expect("a valid use tree");
                *tree = replacement;
                return;
            }
        }
        syn::visit_mut::visit_use_tree_mut(self, tree);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = self.relative_tokens(std::mem::take(&mut mac.tokens));
        syn::visit_mut::visit_macro_mut(self, mac);
    }

    /// Doc text is prose: only its link targets (`](crate::x)`, `]: crate::x`) are paths.
    /// Other attributes hold paths as tokens or as string literals (serde's
    /// `skip_serializing_if = "crate::x"`), each rewritten where it is one.
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        let prefix = self.prefix();
        if let syn::Meta::NameValue(nv) = &mut attr.meta {
            if nv.path.is_ident("doc") {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &mut nv.value
                {
                    let doc = text.value();
                    let linked = doc
                        .replace("](crate::", &format!("]({prefix}::"))
                        .replace("]: crate::", &format!("]: {prefix}::"));
                    if linked != doc {
                        *text = syn::LitStr::new(&linked, text.span());
                    }
                }
                return;
            }
        }
        let tokens = quote::ToTokens::to_token_stream(&attr.meta);
        let tokens = self.relative_literals(self.relative_tokens(tokens));
        if let Ok(meta) = syn::parse2::<syn::Meta>(tokens) {
            attr.meta = meta;
        }
    }
}

impl RelativePaths {
    /// `tokens` with every string literal that is a `crate::` path made relative.
    fn relative_literals(&self, tokens: TokenStream) -> TokenStream {
        use proc_macro2::{Group, Literal, TokenTree};
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Literal(lit) => {
                    let value = syn::parse_str::<syn::LitStr>(&lit.to_string())
                        .ok()
                        .map(|s| s.value());
                    match value.as_deref().and_then(|v| v.strip_prefix("crate::")) {
                        Some(rest) => {
                            let mut relative =
                                Literal::string(&format!("{}::{rest}", self.prefix()));
                            relative.set_span(lit.span());
                            TokenTree::Literal(relative)
                        }
                        None => TokenTree::Literal(lit),
                    }
                }
                TokenTree::Group(group) => {
                    let mut relative =
                        Group::new(group.delimiter(), self.relative_literals(group.stream()));
                    relative.set_span(group.span());
                    TokenTree::Group(relative)
                }
                other => other,
            })
            .collect()
    }
}

fn quote_tree(tree: &syn::UseTree) -> String {
    quote::ToTokens::to_token_stream(tree).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_the_mock_out() {
        let mut files = BTreeMap::new();
        let lib = "pub mod a;\n#[cfg(feature = \"mock\")]\npub mod mock;\npub fn f() {}\n";
        files.insert(PathBuf::from("src/lib.rs"), lib.to_string());
        files.insert(PathBuf::from("src/a.rs"), "pub struct A;\n".to_string());
        files.insert(
            PathBuf::from("src/mock/mod.rs"),
            "pub struct Mock;\n".to_string(),
        );
        let out = fold(&files).unwrap();
        assert!(
            out.contains("pub struct A;") && out.contains("pub fn f() {}"),
            "{out}"
        );
        assert!(!out.contains("mock") && !out.contains("Mock"), "{out}");
    }

    #[test]
    fn folds_modules_and_relativises_crate_paths() {
        let mut files = BTreeMap::new();
        files.insert(PathBuf::from("src/lib.rs"), "//! Docs.\n#![warn(missing_docs)]\npub mod a;\nuse crate::a::X;\npub fn f() -> crate::a::X { X }\n".to_string());
        files.insert(
            PathBuf::from("src/a/mod.rs"),
            "//! A.\nmod b;\npub use b::X;\n".to_string(),
        );
        files.insert(
            PathBuf::from("src/a/b.rs"),
            "/// See [`X`](crate::a::X), named crate::a::X in prose.\n#[derive(serde::Serialize)]\npub struct X { #[serde(skip_serializing_if = \"crate::a::is\")] pub v: Option<crate::a::X> }\nimpl X { rt::m!(crate::a::X, crate::Error); }\n".to_string(),
        );
        for (path, text) in files.iter_mut() {
            *text = crate::format::format_rust(path, text, Some(relativize)).unwrap();
        }
        let out = fold(&files).unwrap();
        assert!(
            !out.contains("#![warn") && !out.contains("//! Docs."),
            "{out}"
        );
        assert!(
            out.contains("use self::a::X;") && out.contains("-> self::a::X"),
            "{out}"
        );
        assert!(out.contains("pub mod a {\n//! A.\n\nmod b {\n"), "{out}");
        assert!(out.contains("Option<super::super::a::X>"), "{out}");
        assert!(out.contains("\"super::super::a::is\""), "{out}");
        assert!(out.contains("(super::super::a::X)"), "{out}");
        assert!(out.contains("named crate::a::X in prose"), "{out}");
        assert!(
            out.contains("rt::m!(super::super::a::X, super::super::Error)"),
            "{out}"
        );
        syn::parse_file(&out).unwrap();
    }

    #[test]
    fn doc_examples_are_ignored_but_closing_fences_kept() {
        let out = ignore_doc_examples(
            "/// a\n/// ```no_run\n/// x\n/// ```\n/// ```text\n/// y\n/// ```\nfn f() {}\n//! ```\n//! z\n//! ```\n",
        );
        assert_eq!(
            out,
            "/// a\n/// ```ignore\n/// x\n/// ```\n/// ```text\n/// y\n/// ```\nfn f() {}\n//! ```ignore\n//! z\n//! ```\n"
        );
    }

    #[test]
    fn module_depths_and_declarations() {
        let depths =
            ["src/lib.rs", "src/a.rs", "src/a/mod.rs", "src/a/b.rs"].map(|p| depth(Path::new(p)));
        assert_eq!(depths, [0, 1, 1, 2]);
        assert_eq!(
            mod_declaration("pub mod apis;"),
            Some(("pub mod apis", "apis"))
        );
        assert_eq!(
            mod_declaration("mod runtime;"),
            Some(("mod runtime", "runtime"))
        );
        assert_eq!(
            mod_declaration("pub(crate) mod x_1;"),
            Some(("pub(crate) mod x_1", "x_1"))
        );
        assert_eq!(mod_declaration("    mod inner;"), None);
        assert_eq!(mod_declaration("use a::mod b;"), None);
        assert_eq!(mod_declaration("mod tests {"), None);
    }
}
