//! Formatting: every generated `.rs` file goes through `syn` and
//! `prettyplease`, so a template bug is an error, never broken code on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};

/// A change made to each parsed file before it is printed: module mode's
/// relative paths (see `module.rs`).
pub type Edit = fn(&Path, &mut syn::File);

/// Parses, edits and pretty-prints one Rust source file.
pub fn format_rust(output: &Path, source: &str, edit: Option<Edit>) -> Result<String> {
    let mut file = syn::parse_file(source).map_err(|e| {
        let start = e.span().start();
        let line = source
            .lines()
            .nth(start.line.saturating_sub(1))
            .unwrap_or("")
            .trim();
        Error::Render {
            output: output.to_path_buf(),
            message: format!("line {}: {e}: `{line}`", start.line),
        }
    })?;
    if let Some(edit) = edit {
        edit(output, &mut file);
    }
    Ok(prettyplease::unparse(&file))
}

/// Files formatted ahead of time: path to (source, formatted source).
pub type Formatted = BTreeMap<PathBuf, (String, String)>;

/// Formats `files` ahead of [`format_files`] (which takes the result for
/// every file whose source is the same); errors are left for it to report.
pub fn format_ahead(
    files: impl IntoIterator<Item = (PathBuf, String)>,
    edit: Option<Edit>,
) -> Formatted {
    files
        .into_iter()
        .filter_map(|(path, source)| {
            let formatted = format_rust(&path, &source, edit).ok()?;
            Some((path, (source, formatted)))
        })
        .collect()
}

/// Formats every `.rs` file in place, on all cores: this is the costliest
/// stage, and files are independent. A file whose source is in `ahead`
/// takes the formatted text from there (it must have had the same `edit`).
pub fn format_files(
    files: &mut BTreeMap<PathBuf, String>,
    ahead: Formatted,
    edit: Option<Edit>,
) -> Result<()> {
    let mut jobs: Vec<(&PathBuf, &mut String)> = Vec::new();
    for (path, text) in files
        .iter_mut()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
    {
        match ahead.get(path) {
            Some((source, formatted)) if source == text => text.clone_from(formatted),
            _ => jobs.push((path, text)),
        }
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    // Shares of about equal size, not of equal count: file sizes range from
    // a few hundred bytes to tens of kB.
    let sizes: Vec<usize> = jobs.iter().map(|(_, text)| text.len()).collect();
    let shares = shares(&sizes, threads);
    let mut jobs: Vec<Option<(&PathBuf, &mut String)>> = jobs.into_iter().map(Some).collect();
    let shares: Vec<Vec<(&PathBuf, &mut String)>> = shares
        .iter()
        .map(|share| share.iter().filter_map(|&i| jobs[i].take()).collect())
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| {
                scope.spawn(move || {
                    // In file order, stopping at the first error.
                    for (path, text) in share {
                        match format_rust(path, text, edit) {
                            Ok(formatted) => *text = formatted,
                            Err(e) => return Some((path.clone(), e)),
                        }
                    }
                    None
                })
            })
            .collect();
        // Join all, then report the first error in file order.
        handles
            .into_iter()
            .filter_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .min_by(|a, b| a.0.cmp(&b.0))
            .map_or(Ok(()), |(_, e)| Err(e))
    })
}

/// Runs rustfmt (2021 edition, default style) over every `.rs` file, so the
/// crate is also `cargo fmt` clean: one rustfmt process per core, each over a
/// share of the files of about equal size (rustfmt itself is single-threaded).
/// Returns `false` when rustfmt is not installed; the prettyplease output is
/// kept then.
pub fn rustfmt_files(files: &mut BTreeMap<PathBuf, String>) -> Result<bool> {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let dir = tempfile::tempdir().map_err(|source| Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let mut paths = Vec::new();
    for (rel, text) in files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
    {
        // Flat names: rustfmt must not follow `mod` declarations to other files.
        let path = dir.path().join(format!("{}.rs", paths.len()));
        std::fs::write(&path, text).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        paths.push((rel.clone(), path));
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let sizes: Vec<usize> = files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .map(|(_, text)| text.len())
        .collect();
    let mut children = Vec::new();
    for share in shares(&sizes, threads) {
        let spawned = std::process::Command::new(&rustfmt)
            .args([
                "--edition",
                "2021",
                "--config",
                "skip_children=true,newline_style=Unix",
            ])
            .args(share.iter().map(|&i| &paths[i].1))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn();
        match spawned {
            Ok(child) => children.push(child),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && children.is_empty() => {
                return Ok(false)
            }
            Err(source) => {
                wait_all(children);
                return Err(Error::Io {
                    path: PathBuf::from(rustfmt),
                    source,
                });
            }
        }
    }
    let mut failures = String::new();
    for child in children {
        let output = child.wait_with_output().map_err(|source| Error::Io {
            path: PathBuf::from(&rustfmt),
            source,
        })?;
        if !output.status.success() {
            failures.push_str(&String::from_utf8_lossy(&output.stderr));
        }
    }
    if !failures.is_empty() {
        return Err(Error::Render {
            output: PathBuf::from("(rustfmt)"),
            message: failures,
        });
    }
    for (rel, path) in paths {
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        files.insert(rel, text);
    }
    Ok(true)
}

fn wait_all(children: Vec<std::process::Child>) {
    for child in children {
        let _ = child.wait_with_output();
    }
}

/// Splits items of the given sizes into at most `n` shares of about equal
/// total size (largest first, each to the lightest share): the indexes of
/// each share, ascending.
fn shares(sizes: &[usize], n: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let mut shares: Vec<(usize, Vec<usize>)> =
        vec![(0, Vec::new()); n.clamp(1, sizes.len().max(1))];
    for i in order {
        let lightest = shares
            .iter_mut()
            .min_by_key(|(size, _)| *size)
            .expect("at least one share");
        lightest.0 += sizes[i];
        lightest.1.push(i);
    }
    shares
        .into_iter()
        .map(|(_, mut share)| {
            share.sort_unstable();
            share
        })
        .filter(|share| !share.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_code_is_an_error_naming_the_file() {
        let e = format_rust(
            std::path::Path::new("src/x.rs"),
            "fn a() {\n let = ;\n}",
            None,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("src/x.rs") && e.contains("line 2"), "{e}");
    }

    #[test]
    fn output_is_pretty() {
        assert_eq!(
            format_rust(std::path::Path::new("a.rs"), "fn  a( ){}", None).unwrap(),
            "fn a() {}\n"
        );
    }

    #[test]
    fn shares_are_balanced_and_cover_every_file() {
        let sizes = [50, 10, 40, 30, 20, 60];
        let shares = shares(&sizes, 2);
        let totals: Vec<usize> = shares
            .iter()
            .map(|s| s.iter().map(|&i| sizes[i]).sum())
            .collect();
        assert_eq!(totals, [110, 100]);
        let mut all: Vec<usize> = shares.concat();
        all.sort_unstable();
        assert_eq!(all, [0, 1, 2, 3, 4, 5]);
        assert_eq!(super::shares(&sizes[..1], 4), [vec![0]]);
        assert!(super::shares(&[], 4).is_empty());
    }

    #[test]
    fn the_first_broken_file_in_file_order_is_reported() {
        let mut files = BTreeMap::new();
        for i in 0..20 {
            let text = if i == 7 || i == 13 {
                "fn broken( {".to_string()
            } else {
                format!("fn f{i}() {{ let x = {i}; }}")
            };
            files.insert(PathBuf::from(format!("src/f{i:02}.rs")), text);
        }
        let e = format_files(&mut files, Formatted::new(), None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("src/f07.rs"), "{e}");
        let mut ok: BTreeMap<PathBuf, String> = files
            .into_iter()
            .filter(|(p, _)| !p.ends_with("f07.rs") && !p.ends_with("f13.rs"))
            .collect();
        format_files(&mut ok, Formatted::new(), None).unwrap();
        assert_eq!(
            ok[std::path::Path::new("src/f03.rs")],
            "fn f3() {\n    let x = 3;\n}\n"
        );
    }
}
