//! Writing: the whole crate is written to a temporary directory next to the
//! output and swapped in, so a failure leaves the previous crate untouched.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Replaces `out` with exactly `files`.
pub fn write_atomically(out: &Path, files: &BTreeMap<PathBuf, String>) -> Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let staging = tempfile::Builder::new()
        .prefix(".codegen-staging-")
        .tempdir_in(&parent)
        .map_err(io(&parent))?;
    for (rel, text) in files {
        let path = staging.path().join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::write(&path, text).map_err(io(&path))?;
    }
    let staged = staging.keep();
    if out.exists() {
        let old = tempfile::Builder::new()
            .prefix(".codegen-old-")
            .tempdir_in(&parent)
            .map_err(io(&parent))?
            .keep();
        // `old` exists and is empty; renaming onto an empty directory is allowed.
        std::fs::rename(out, &old).map_err(io(out))?;
        if let Err(e) = std::fs::rename(&staged, out) {
            let _ = std::fs::rename(&old, out);
            let _ = std::fs::remove_dir_all(&staged);
            return Err(io(out)(e));
        }
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    } else {
        std::fs::rename(&staged, out).map_err(io(out))?;
    }
    Ok(())
}

/// The files under `out` that differ from `files`: changed, missing or extra.
pub fn diff(out: &Path, files: &BTreeMap<PathBuf, String>) -> Result<Vec<PathBuf>> {
    let mut on_disk = BTreeSet::new();
    if out.exists() {
        list(out, Path::new(""), &mut on_disk)?;
    }
    let mut differ = Vec::new();
    for (rel, text) in files {
        let path = out.join(rel);
        let same =
            on_disk.contains(rel) && std::fs::read(&path).map_err(io(&path))? == text.as_bytes();
        if !same {
            differ.push(rel.clone());
        }
    }
    differ.extend(on_disk.into_iter().filter(|p| !files.contains_key(p)));
    differ.sort();
    Ok(differ)
}

fn list(root: &Path, rel: &Path, out: &mut BTreeSet<PathBuf>) -> Result<()> {
    let dir = root.join(rel);
    for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
        let entry = entry.map_err(io(&dir))?;
        let rel = rel.join(entry.file_name());
        if entry.file_type().map_err(io(&dir))?.is_dir() {
            list(root, &rel, out)?;
        } else {
            out.insert(rel);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_swaps_and_diffs() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("crate");
        let mut files = BTreeMap::new();
        files.insert(PathBuf::from("src/lib.rs"), "a".to_string());
        files.insert(PathBuf::from("Cargo.toml"), "b".to_string());
        write_atomically(&out, &files).unwrap();
        assert!(diff(&out, &files).unwrap().is_empty());

        std::fs::write(out.join("extra.txt"), "x").unwrap();
        files.insert(PathBuf::from("src/lib.rs"), "changed".to_string());
        files.insert(PathBuf::from("src/new.rs"), "new".to_string());
        assert_eq!(
            diff(&out, &files).unwrap(),
            ["extra.txt", "src/lib.rs", "src/new.rs"].map(PathBuf::from)
        );

        write_atomically(&out, &files).unwrap();
        assert!(diff(&out, &files).unwrap().is_empty());
        // Only the output directory is left beside it: no staging leftovers.
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["crate"]);
    }
}
