//! The generated crate's `CHANGELOG.md`: one entry per release, newest first,
//! written by `togai-codegen update` from the change report.
//!
//! The file is part of the generated crate but not made from the document:
//! [`crate::Builder::write_crate`] carries the one already in the output
//! directory over into the new crate (see [`FILE`]), and `update` hands it
//! the file with the new entry on top, so the entry is written in the same
//! atomic swap as the code it describes.

use crate::diff::Report;

/// The changelog's path in the crate.
pub const FILE: &str = "CHANGELOG.md";

/// The text of a new changelog for the crate `name`.
pub fn header(name: &str) -> String {
    format!(
        "# Changelog\n\n\
         Every release of `{name}`, newest first. Entries for new versions of the API document are\n\
         written by `togai-codegen update` from its change report: the semver level, then every\n\
         change the generated Rust API shows.\n"
    )
}

/// What an entry says about the document it was generated from.
pub struct Source<'a> {
    /// The upstream commit, if known.
    pub commit: Option<&'a str>,
    /// sha256 of the document's bytes (the entry shows its first digits).
    pub sha256: &'a str,
    /// The previous pin's commit.
    pub previous_commit: Option<&'a str>,
}

/// An entry for `version`: the document, then the report (documentation-only
/// changes counted, not listed, past ten).
pub fn entry(version: &str, source: &Source<'_>, report: &Report) -> String {
    let short = |s: &str| s.chars().take(12).collect::<String>();
    let mut out = format!("## {version}\n\n");
    out.push_str("Generated from the document ");
    match source.commit {
        Some(c) => out.push_str(&format!("at commit `{}`", short(c))),
        None => out.push_str("of unknown commit"),
    }
    out.push_str(&format!(" (sha256 `{}`)", short(source.sha256)));
    if let Some(p) = source.previous_commit {
        out.push_str(&format!(", previously commit `{}`", short(p)));
    }
    out.push_str(".\n\n");
    out.push_str(&report.to_markdown_brief(10));
    out
}

/// `existing` (a changelog, or `None` for a new one) with `entry` as its
/// newest entry: before the first `## ` heading, after the header.
pub fn prepend(existing: Option<&str>, crate_name: &str, entry: &str) -> String {
    let existing = match existing {
        Some(text) if !text.trim().is_empty() => text.to_string(),
        _ => header(crate_name),
    };
    let entry = entry.trim_end();
    let mut offset = 0;
    for line in existing.split_inclusive('\n') {
        if line.starts_with("## ") {
            return format!("{}{entry}\n\n{}", &existing[..offset], &existing[offset..]);
        }
        offset += line.len();
    }
    format!(
        "{}\n{entry}\n",
        existing.trim_end_matches('\n').to_owned() + "\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_go_on_top() {
        let first = prepend(None, "t-client", "## 0.1.1\n\nOne.\n");
        assert!(first.starts_with("# Changelog\n"), "{first}");
        assert!(first.ends_with("## 0.1.1\n\nOne.\n"), "{first}");
        let second = prepend(Some(&first), "t-client", "## 0.2.0\n\nTwo.\n");
        let one = second.find("## 0.1.1").unwrap();
        let two = second.find("## 0.2.0").unwrap();
        assert!(two < one, "{second}");
        assert!(second.starts_with(&header("t-client")), "{second}");
        assert_eq!(second.matches("# Changelog").count(), 1);
        // A changelog without entries gets the entry at its end.
        let bare = prepend(Some("# Changes\n\nIntro.\n"), "t", "## 1.0.0\n");
        assert_eq!(bare, "# Changes\n\nIntro.\n\n## 1.0.0\n");
    }
}
