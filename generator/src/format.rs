//! Formatting: every generated `.rs` file goes through `syn` and
//! `prettyplease`, so a template bug is an error, never broken code on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};
use crate::hash::sha256_hex;

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
    let entries = take_field_lists(&mut file);
    let text = crate::layout::space_items(&prettyplease::unparse(&file));
    if entries.is_empty() {
        return Ok(text);
    }
    put_field_lists(output, &text, entries)
}

/// The macro whose input is one entry per struct field (`runtime/structs.rs`).
const FIELD_LIST_MACRO: [&str; 2] = ["rt", "deserialize_struct"];

/// What prettyplease prints for a [`FIELD_LIST_MACRO`] invocation emptied by
/// [`take_field_lists`].
const FIELD_LIST_PLACEHOLDER: &str = "rt::deserialize_struct! {}\n";

/// Takes the input out of every top-level `rt::deserialize_struct! { Name { entries } }`
/// and returns it laid out one entry per line: prettyplease fills macro input like
/// a paragraph, so that one field added would rewrap the whole list, where one
/// entry per line makes it one added line.
fn take_field_lists(file: &mut syn::File) -> Vec<String> {
    let mut out = Vec::new();
    for item in &mut file.items {
        let syn::Item::Macro(m) = item else { continue };
        let path: Vec<String> = (m.mac.path.segments.iter())
            .map(|s| s.ident.to_string())
            .collect();
        if m.ident.is_some()
            || path != FIELD_LIST_MACRO
            || !matches!(m.mac.delimiter, syn::MacroDelimiter::Brace(_))
        {
            continue;
        }
        if let Some(text) = field_list(m.mac.tokens.clone()) {
            out.push(text);
            m.mac.tokens = proc_macro2::TokenStream::new();
        }
    }
    out
}

/// `Name { a, b, }` as the invocation's text, one entry per line; `None` when
/// the input has another shape (it is then left to prettyplease).
fn field_list(tokens: proc_macro2::TokenStream) -> Option<String> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut iter = tokens.into_iter();
    let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(body)), None) =
        (iter.next(), iter.next(), iter.next())
    else {
        return None;
    };
    if body.delimiter() != Delimiter::Brace {
        return None;
    }
    let mut text = format!("rt::deserialize_struct! {{\n    {name} {{\n");
    let mut entry = String::new();
    let mut glue = true;
    for tt in body.stream() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                text.push_str(&format!("        {entry},\n"));
                entry.clear();
                glue = true;
                continue;
            }
            TokenTree::Group(_) => return None,
            _ => {}
        }
        let colon = matches!(&tt, TokenTree::Punct(p) if p.as_char() == ':');
        if !glue && !colon {
            entry.push(' ');
        }
        entry.push_str(&tt.to_string());
        glue = colon;
    }
    if !entry.is_empty() {
        text.push_str(&format!("        {entry},\n"));
    }
    text.push_str("    }\n}\n");
    Some(text)
}

/// Puts the field lists back in place of the emptied invocations, in order.
fn put_field_lists(output: &Path, text: &str, entries: Vec<String>) -> Result<String> {
    let mut out =
        String::with_capacity(text.len() + entries.iter().map(String::len).sum::<usize>());
    let mut entries = entries.into_iter();
    for line in text.split_inclusive('\n') {
        if line == FIELD_LIST_PLACEHOLDER {
            let Some(entry) = entries.next() else {
                return Err(Error::Render {
                    output: output.to_path_buf(),
                    message: "a struct's field list is printed twice".into(),
                });
            };
            out.push_str(&entry);
        } else {
            out.push_str(line);
        }
    }
    if entries.next().is_some() {
        return Err(Error::Render {
            output: output.to_path_buf(),
            message: "a struct's field list went missing while printing".into(),
        });
    }
    Ok(out)
}

/// Formats every `.rs` file in place, on all cores: this is the costliest
/// stage, and files are independent.
pub fn format_files(files: &mut BTreeMap<PathBuf, String>, edit: Option<Edit>) -> Result<()> {
    let jobs: Vec<(&PathBuf, &mut String)> = files
        .iter_mut()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .collect();
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

/// The file, in a crate finished by rustfmt, that records for each `.rs` file
/// the sha256 of what rustfmt was given and of what it returned, one line
/// each: `input output path`, after a first line naming the rustfmt and the
/// options that wrote them (`# rustfmt 1.8.0-stable (...) --edition 2021 ...`).
pub const RUSTFMT_RECORD: &str = ".rustfmt-inputs";

/// The options rustfmt runs with.
const RUSTFMT_ARGS: [&str; 4] = [
    "--edition",
    "2021",
    "--config",
    "skip_children=true,newline_style=Unix",
];

/// What a record is valid for: rustfmt's version and the options it runs
/// with (another rustfmt may format the same input otherwise); `None` when
/// rustfmt cannot be run.
fn rustfmt_identity(rustfmt: &Path) -> Option<String> {
    let out = std::process::Command::new(rustfmt)
        .arg("--version")
        .output()
        .ok()?;
    let version = String::from_utf8_lossy(&out.stdout);
    (out.status.success() && !version.trim().is_empty())
        .then(|| format!("# {} {}", version.trim(), RUSTFMT_ARGS.join(" ")))
}

/// Runs rustfmt (2021 edition, default style) over every `.rs` file, so the
/// crate is also `cargo fmt` clean: one rustfmt process per core, each over a
/// share of the files of about equal size (rustfmt itself is single-threaded).
///
/// rustfmt is deterministic, so when `previous` (the crate being replaced)
/// records the same input for a file and the file is still as rustfmt left it
/// (its sha256 is the recorded output's), that file is taken as is: an
/// unchanged regeneration runs no rustfmt at all, a changed one only on the
/// files that changed. Adds [`RUSTFMT_RECORD`] to `files`.
///
/// Returns `false` when rustfmt is needed but not installed; the prettyplease
/// output is kept then, and no record is added.
pub fn rustfmt_files(
    files: &mut BTreeMap<PathBuf, String>,
    previous: Option<&Path>,
) -> Result<bool> {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let rustfmt = Path::new(&rustfmt);
    // Asking its version costs a process: done while the inputs are hashed.
    let (identity, inputs) = std::thread::scope(|scope| {
        let identity = scope.spawn(|| rustfmt_identity(rustfmt));
        let inputs = input_hashes(files);
        (identity.join().unwrap_or_default(), inputs)
    });
    let Some(identity) = identity else {
        return Ok(false);
    };
    rustfmt_with(rustfmt, &identity, inputs, files, previous)
}

/// The sha256 of every `.rs` file.
fn input_hashes(files: &BTreeMap<PathBuf, String>) -> BTreeMap<PathBuf, String> {
    files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .map(|(p, text)| (p.clone(), sha256_hex(text.as_bytes())))
        .collect()
}

/// [`rustfmt_files`] with the given rustfmt program, whose
/// [`rustfmt_identity`] is `identity`.
fn rustfmt_with(
    rustfmt: &Path,
    identity: &str,
    inputs: BTreeMap<PathBuf, String>,
    files: &mut BTreeMap<PathBuf, String>,
    previous: Option<&Path>,
) -> Result<bool> {
    let reused = (previous.map(|dir| reuse(dir, identity, &inputs))).unwrap_or_default();
    let todo: Vec<PathBuf> = inputs
        .keys()
        .filter(|p| !reused.contains_key(*p))
        .cloned()
        .collect();
    let Some(formatted) = run_rustfmt(rustfmt, files, &todo)? else {
        return Ok(false);
    };
    files.extend(formatted);
    files.extend(reused);
    let mut record = format!("{identity}\n");
    for (path, input) in &inputs {
        let output = sha256_hex(files[path].as_bytes());
        record.push_str(&format!("{input} {output} {}\n", path.display()));
    }
    files.insert(PathBuf::from(RUSTFMT_RECORD), record);
    Ok(true)
}

/// The files of `dir` that the same rustfmt (`identity`) made from the same
/// inputs and that have not changed since, with their text.
fn reuse(
    dir: &Path,
    identity: &str,
    inputs: &BTreeMap<PathBuf, String>,
) -> BTreeMap<PathBuf, String> {
    let Ok(record) = std::fs::read_to_string(dir.join(RUSTFMT_RECORD)) else {
        return BTreeMap::new();
    };
    let mut lines = record.lines();
    if lines.next() != Some(identity) {
        return BTreeMap::new();
    }
    lines
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let (input, output, path) = (parts.next()?, parts.next()?, parts.next()?);
            let path = PathBuf::from(path);
            if inputs.get(&path).map(String::as_str) != Some(input) {
                return None;
            }
            let text = std::fs::read_to_string(dir.join(&path)).ok()?;
            (sha256_hex(text.as_bytes()) == output).then_some((path, text))
        })
        .collect()
}

/// rustfmt's output for the files `paths` of `files`; `None` when rustfmt is
/// not installed (and there is something to format).
fn run_rustfmt(
    rustfmt: &Path,
    files: &BTreeMap<PathBuf, String>,
    paths: &[PathBuf],
) -> Result<Option<BTreeMap<PathBuf, String>>> {
    if paths.is_empty() {
        return Ok(Some(BTreeMap::new()));
    }
    let dir = tempfile::tempdir().map_err(|source| Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let mut staged = Vec::new();
    for rel in paths {
        // Flat names: rustfmt must not follow `mod` declarations to other files.
        let path = dir.path().join(format!("{}.rs", staged.len()));
        std::fs::write(&path, &files[rel]).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        staged.push((rel.clone(), path));
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let sizes: Vec<usize> = paths.iter().map(|rel| files[rel].len()).collect();
    let mut children = Vec::new();
    for share in shares(&sizes, threads) {
        let spawned = std::process::Command::new(rustfmt)
            .args(RUSTFMT_ARGS)
            .args(share.iter().map(|&i| &staged[i].1))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn();
        match spawned {
            Ok(child) => children.push(child),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && children.is_empty() => {
                return Ok(None)
            }
            Err(source) => {
                wait_all(children);
                return Err(Error::Io {
                    path: rustfmt.to_path_buf(),
                    source,
                });
            }
        }
    }
    let mut failures = String::new();
    for child in children {
        let output = child.wait_with_output().map_err(|source| Error::Io {
            path: rustfmt.to_path_buf(),
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
    let mut formatted = BTreeMap::new();
    for (rel, path) in staged {
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        formatted.insert(rel, text);
    }
    Ok(Some(formatted))
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
    fn rustfmt_runs_only_on_files_its_record_does_not_cover() {
        let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
        let rustfmt = Path::new(&rustfmt);
        let identity = rustfmt_identity(rustfmt).expect("rustfmt is installed");
        // A program that does not exist: any file that needs rustfmt makes the run fail.
        let missing = Path::new("/nonexistent/rustfmt");
        let run = |program: &Path, files: &mut BTreeMap<PathBuf, String>, previous| {
            rustfmt_with(program, &identity, input_hashes(files), files, previous).unwrap()
        };
        let source = |body: &str| format!("fn f() {{ {body} }}\n");
        let mut first: BTreeMap<PathBuf, String> = [
            (PathBuf::from("src/a.rs"), source("let a = 1;")),
            (PathBuf::from("src/b.rs"), source("let b = 2;")),
            (PathBuf::from("README.md"), "text".to_string()),
        ]
        .into();
        let inputs = first.clone();
        assert!(run(rustfmt, &mut first, None));
        assert_eq!(
            first[Path::new("src/a.rs")],
            "fn f() {\n    let a = 1;\n}\n"
        );
        let record = &first[Path::new(RUSTFMT_RECORD)];
        assert_eq!(record.lines().count(), 3, "{record}");
        assert!(record.starts_with("# rustfmt "), "{record}");
        assert!(record.ends_with(" src/b.rs\n"), "{record}");

        let dir = tempfile::tempdir().unwrap();
        for (path, text) in &first {
            std::fs::create_dir_all(dir.path().join(path).parent().unwrap()).unwrap();
            std::fs::write(dir.path().join(path), text).unwrap();
        }
        // The same inputs over the crate rustfmt wrote: nothing to run, same result.
        let mut again = inputs.clone();
        assert!(run(missing, &mut again, Some(dir.path())));
        assert_eq!(again, first);
        // Another rustfmt (or other options) may format differently: nothing is reused.
        let other = identity.replace("--edition 2021", "--edition 2024");
        let mut inputs_again = inputs.clone();
        let hashes = input_hashes(&inputs_again);
        let reran = rustfmt_with(missing, &other, hashes, &mut inputs_again, Some(dir.path()));
        assert!(!reran.unwrap());
        // A file edited since, or an input that changed, needs rustfmt again.
        std::fs::write(dir.path().join("src/a.rs"), "fn f() {}\n").unwrap();
        assert!(!run(missing, &mut inputs.clone(), Some(dir.path())));
        std::fs::write(dir.path().join("src/a.rs"), &first[Path::new("src/a.rs")]).unwrap();
        let mut changed = inputs.clone();
        changed.insert(PathBuf::from("src/b.rs"), source("let b = 3;"));
        assert!(!run(missing, &mut changed.clone(), Some(dir.path())));
        // ...and only that file: rustfmt formats it, the other is taken from disk.
        assert!(run(rustfmt, &mut changed, Some(dir.path())));
        assert_eq!(
            changed[Path::new("src/b.rs")],
            "fn f() {\n    let b = 3;\n}\n"
        );
        assert_eq!(changed[Path::new("src/a.rs")], first[Path::new("src/a.rs")]);
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
        let e = format_files(&mut files, None).unwrap_err().to_string();
        assert!(e.contains("src/f07.rs"), "{e}");
        let mut ok: BTreeMap<PathBuf, String> = files
            .into_iter()
            .filter(|(p, _)| !p.ends_with("f07.rs") && !p.ends_with("f13.rs"))
            .collect();
        format_files(&mut ok, None).unwrap();
        assert_eq!(
            ok[std::path::Path::new("src/f03.rs")],
            "fn f3() {\n    let x = 3;\n}\n"
        );
    }
}
