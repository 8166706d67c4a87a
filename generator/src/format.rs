//! Formatting: every generated `.rs` file goes through `syn` and
//! `prettyplease`, so a template bug is an error, never broken code on disk.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diagnostics::{Error, Result};

/// Parses and pretty-prints one Rust source file.
pub fn format_rust(output: &std::path::Path, source: &str) -> Result<String> {
    let file = syn::parse_file(source).map_err(|e| {
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
    Ok(prettyplease::unparse(&file))
}

/// Formats every `.rs` file in place, on all cores: this is the costliest
/// stage, and files are independent.
pub fn format_files(files: &mut BTreeMap<PathBuf, String>) -> Result<()> {
    let mut jobs: Vec<(&PathBuf, &mut String)> = files
        .iter_mut()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = jobs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks_mut(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    for (path, text) in chunk.iter_mut() {
                        **text = format_rust(path, text)?;
                    }
                    Ok::<(), Error>(())
                })
            })
            .collect();
        // Join all, then report the first error in file order.
        let results: Vec<Result<()>> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect();
        results.into_iter().collect::<Result<()>>()
    })
}

/// Runs rustfmt (2021 edition, default style) over every `.rs` file, in one
/// process, so the crate is also `cargo fmt` clean. Returns `false` when
/// rustfmt is not installed; the prettyplease output is kept then.
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
    let status = std::process::Command::new(&rustfmt)
        .args([
            "--edition",
            "2021",
            "--config",
            "skip_children=true,newline_style=Unix",
        ])
        .args(paths.iter().map(|(_, p)| p))
        .stderr(std::process::Stdio::piped())
        .output();
    let output = match status {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(source) => {
            return Err(Error::Io {
                path: PathBuf::from(rustfmt),
                source,
            })
        }
    };
    if !output.status.success() {
        return Err(Error::Render {
            output: PathBuf::from("(rustfmt)"),
            message: String::from_utf8_lossy(&output.stderr).into_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_code_is_an_error_naming_the_file() {
        let e = format_rust(std::path::Path::new("src/x.rs"), "fn a() {\n let = ;\n}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("src/x.rs") && e.contains("line 2"), "{e}");
    }

    #[test]
    fn output_is_pretty() {
        assert_eq!(
            format_rust(std::path::Path::new("a.rs"), "fn  a( ){}").unwrap(),
            "fn a() {}\n"
        );
    }
}
