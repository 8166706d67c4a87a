//! Writing: nothing when the output already holds exactly the crate;
//! otherwise the whole crate is staged in a temporary directory next to the
//! output and swapped in, so a failure leaves the previous crate untouched.
//! Unchanged files are hard-linked into the staging directory rather than
//! rewritten: they keep their inode and mtime (cargo does not see them as
//! changed), and the filesystem allocates inodes only for the files that
//! changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// How `out` compares with the crate to write.
struct Comparison {
    /// Files of the crate that are on disk with the same bytes (regular files).
    same: BTreeSet<PathBuf>,
    /// Files of the crate that are missing or differ, and files on disk the
    /// crate does not have, sorted.
    differ: Vec<PathBuf>,
}

fn compare(out: &Path, files: &BTreeMap<PathBuf, String>) -> Result<Comparison> {
    let mut on_disk = BTreeMap::new();
    if out.is_dir() {
        list(out, Path::new(""), &mut on_disk)?;
    }
    let mut same = BTreeSet::new();
    let mut differ = Vec::new();
    for (rel, text) in files {
        let unchanged = match on_disk.get(rel) {
            Some(true) => {
                let path = out.join(rel);
                std::fs::read(&path).map_err(io(&path))? == text.as_bytes()
            }
            // Not a regular file (a symlink, say): rewritten.
            Some(false) | None => false,
        };
        if unchanged {
            same.insert(rel.clone());
        } else {
            differ.push(rel.clone());
        }
    }
    differ.extend(on_disk.into_keys().filter(|p| !files.contains_key(p)));
    differ.sort();
    Ok(Comparison { same, differ })
}

/// Replaces `out` with exactly `files`. Returns how many files were written
/// (0 when `out` was already identical: then nothing on disk is touched).
pub fn write_atomically(out: &Path, files: &BTreeMap<PathBuf, String>) -> Result<usize> {
    let existing = compare(out, files)?;
    if out.is_dir() && existing.differ.is_empty() {
        return Ok(0);
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let staging = tempfile::Builder::new()
        .prefix(".codegen-staging-")
        .tempdir_in(&parent)
        .map_err(io(&parent))?;
    let mut dirs = BTreeSet::new();
    let mut written = 0;
    for (rel, text) in files {
        let path = staging.path().join(rel);
        if let Some(dir) = path.parent() {
            if !dirs.contains(dir) {
                std::fs::create_dir_all(dir).map_err(io(dir))?;
                dirs.insert(dir.to_path_buf());
            }
        }
        // A file that cannot be linked (a filesystem without hard links) is written.
        let linked =
            existing.same.contains(rel) && std::fs::hard_link(out.join(rel), &path).is_ok();
        if !linked {
            std::fs::write(&path, text).map_err(io(&path))?;
            written += 1;
        }
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
    Ok(written)
}

/// Replaces the file `path` with `text` through a temporary file beside it
/// and a rename, so readers see the old content or the new, never a part.
pub fn write_file_atomically(path: &Path, text: impl AsRef<[u8]>) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".codegen-");
    // The permissions `std::fs::write` gives (less the umask), not a temporary file's 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(io(dir))?;
    std::io::Write::write_all(&mut tmp, text.as_ref()).map_err(io(tmp.path()))?;
    tmp.persist(path).map_err(|e| io(path)(e.error))?;
    Ok(())
}

/// The files under `out` that differ from `files`: changed, missing or extra.
pub fn diff(out: &Path, files: &BTreeMap<PathBuf, String>) -> Result<Vec<PathBuf>> {
    Ok(compare(out, files)?.differ)
}

/// Every non-directory under `root/rel`, with whether it is a regular file.
fn list(root: &Path, rel: &Path, out: &mut BTreeMap<PathBuf, bool>) -> Result<()> {
    let dir = root.join(rel);
    for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
        let entry = entry.map_err(io(&dir))?;
        let rel = rel.join(entry.file_name());
        let kind = entry.file_type().map_err(io(&dir))?;
        if kind.is_dir() {
            list(root, &rel, out)?;
        } else {
            out.insert(rel, kind.is_file());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn writes_swaps_and_diffs() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("crate");
        let mut files = BTreeMap::new();
        files.insert(PathBuf::from("src/lib.rs"), "a".to_string());
        files.insert(PathBuf::from("Cargo.toml"), "b".to_string());
        assert_eq!(write_atomically(&out, &files).unwrap(), 2);
        assert!(diff(&out, &files).unwrap().is_empty());
        let inode = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
        let (lib, cargo) = (inode("src/lib.rs"), inode("Cargo.toml"));

        // Nothing changed: nothing is written, not even the directory swapped.
        let dir = std::fs::metadata(&out).unwrap().ino();
        assert_eq!(write_atomically(&out, &files).unwrap(), 0);
        assert_eq!(std::fs::metadata(&out).unwrap().ino(), dir);
        assert_eq!((inode("src/lib.rs"), inode("Cargo.toml")), (lib, cargo));

        std::fs::write(out.join("extra.txt"), "x").unwrap();
        files.insert(PathBuf::from("src/lib.rs"), "changed".to_string());
        files.insert(PathBuf::from("src/new.rs"), "new".to_string());
        assert_eq!(
            diff(&out, &files).unwrap(),
            ["extra.txt", "src/lib.rs", "src/new.rs"].map(PathBuf::from)
        );

        // Only the changed and new files are written; the unchanged one is the same file.
        assert_eq!(write_atomically(&out, &files).unwrap(), 2);
        assert!(diff(&out, &files).unwrap().is_empty());
        assert_eq!(inode("Cargo.toml"), cargo);
        assert_ne!(inode("src/lib.rs"), lib);
        assert_eq!(
            std::fs::metadata(out.join("Cargo.toml")).unwrap().nlink(),
            1
        );
        // Only the output directory is left beside it: no staging leftovers.
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["crate"]);
    }

    #[test]
    #[cfg(unix)]
    fn a_single_file_is_replaced_whole_with_ordinary_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("out/api.rs");
        write_file_atomically(&path, "a").unwrap();
        write_file_atomically(&path, "bb").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "bb");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o644, 0o644, "{mode:o}");
        assert_eq!(
            std::fs::read_dir(tmp.path().join("out")).unwrap().count(),
            1
        );
    }
}
