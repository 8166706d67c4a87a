//! Module mode (for `build.rs`): the crate's files folded into one module
//! file to `include!`, with `crate::` paths made relative so it works
//! wherever it is included.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use syn::visit_mut::VisitMut;

use crate::diagnostics::{Error, Result};

/// Folds `src/lib.rs` and every module it declares into one source file.
pub fn fold(files: &BTreeMap<PathBuf, String>) -> Result<String> {
    let mut root = parse(files, Path::new("src/lib.rs"))?;
    // Inner attributes of a crate root (`#![warn(..)]`, `//!`) cannot be
    // `include!`d; the includer's own `mod` carries its docs and lints.
    root.attrs.clear();
    inline_modules(files, Path::new("src"), &mut root.items)?;
    RelativePaths { depth: 0 }.visit_file_mut(&mut root);
    Ok(ignore_doc_examples(&prettyplease::unparse(&root)))
}

/// Doc examples name the generated crate, which does not exist when the code
/// is included in another crate: they must not run as that crate's doctests.
fn ignore_doc_examples(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let doc = trimmed.strip_prefix("///").map(|d| d.trim_start());
        match doc {
            Some(d) if d.starts_with("```") => {
                let info = d.trim_start_matches('`').trim();
                if !in_fence
                    && matches!(
                        info,
                        "" | "rust" | "no_run" | "should_panic" | "compile_fail"
                    )
                {
                    let indent = &line[..line.len() - trimmed.len()];
                    out.push_str(&format!("{indent}/// ```ignore\n"));
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

fn parse(files: &BTreeMap<PathBuf, String>, path: &Path) -> Result<syn::File> {
    let text = files.get(path).ok_or_else(|| Error::Render {
        output: path.to_path_buf(),
        message: "module file missing from the generated crate".into(),
    })?;
    syn::parse_file(text).map_err(|e| Error::Render {
        output: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// Replaces each `mod name;` with the module's content, from `dir/name.rs` or
/// `dir/name/mod.rs`.
fn inline_modules(
    files: &BTreeMap<PathBuf, String>,
    dir: &Path,
    items: &mut [syn::Item],
) -> Result<()> {
    for item in items {
        let syn::Item::Mod(m) = item else { continue };
        if m.content.is_some() {
            continue;
        }
        let name = m.ident.to_string();
        let (path, child_dir) = if files.contains_key(&dir.join(format!("{name}.rs"))) {
            (dir.join(format!("{name}.rs")), dir.join(&name))
        } else {
            (dir.join(&name).join("mod.rs"), dir.join(&name))
        };
        let mut file = parse(files, &path)?;
        inline_modules(files, &child_dir, &mut file.items)?;
        // The file's inner docs and attributes become the module's outer ones.
        for mut attr in file.attrs {
            attr.style = syn::AttrStyle::Outer;
            m.attrs.push(attr);
        }
        m.content = Some((Default::default(), file.items));
        m.semi = None;
    }
    Ok(())
}

/// Rewrites `crate::x` to `self::x`, `super::x`, `super::super::x`… by depth,
/// in paths, `use` trees and attribute text (serde paths, doc links).
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

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
        if text.contains("crate ::") || text.contains("crate::") {
            let prefix = format!("{}::", self.prefix());
            let rewritten = text
                .replace("crate ::", &prefix)
                .replace("crate::", &prefix);
            if let Ok(tokens) = rewritten.parse::<TokenStream>() {
                if let Ok(meta) = syn::parse2::<syn::Meta>(tokens) {
                    attr.meta = meta;
                }
            }
        }
    }
}

fn quote_tree(tree: &syn::UseTree) -> String {
    quote::ToTokens::to_token_stream(tree).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "/// See [`X`](crate::a::X).\n#[derive(serde::Serialize)]\npub struct X { #[serde(skip_serializing_if = \"crate::a::is\")] pub v: Option<crate::a::X> }\n".to_string(),
        );
        let out = fold(&files).unwrap();
        assert!(!out.contains("#![") && !out.contains("//!"), "{out}");
        assert!(
            out.contains("use self::a::X;") && out.contains("-> self::a::X"),
            "{out}"
        );
        assert!(out.contains("/// A.\npub mod a {"), "{out}");
        assert!(out.contains("Option<super::super::a::X>"), "{out}");
        assert!(out.contains("\"super::super::a::is\""), "{out}");
        assert!(out.contains("(super::super::a::X)"), "{out}");
        syn::parse_file(&out).unwrap();
    }

    #[test]
    fn doc_examples_are_ignored_but_closing_fences_kept() {
        let out = ignore_doc_examples(
            "/// a\n/// ```no_run\n/// x\n/// ```\n/// ```text\n/// y\n/// ```\nfn f() {}\n",
        );
        assert_eq!(
            out,
            "/// a\n/// ```ignore\n/// x\n/// ```\n/// ```text\n/// y\n/// ```\nfn f() {}\n"
        );
    }
}
