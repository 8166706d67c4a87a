//! The project's pin and generator settings (`spec/codegen.yaml`), and the
//! settings of the crate to generate.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Error, Result};

/// Where the settings file lives, relative to the project root.
pub const SETTINGS_FILE: &str = "spec/codegen.yaml";

/// The directory, relative to the project root, where a downloaded document
/// is kept when its pinned path cannot take it (git ignores it).
pub const CACHE_DIR: &str = ".codegen-cache";

/// Package metadata of the generated crate.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CrateSettings {
    /// Package name, e.g. `togai-client`.
    pub name: String,
    /// Package version (semver).
    pub version: String,
    /// The package's `description`; without it, "Typed async client for the
    /// … API" with the document's title.
    #[serde(default)]
    pub description: Option<String>,
    /// The package's `license` (an SPDX expression).
    #[serde(default)]
    pub license: Option<String>,
    /// The package's `repository` URL.
    #[serde(default)]
    pub repository: Option<String>,
    /// Markdown appended to the crate's README under "Notes" (what the
    /// document cannot say, e.g. server behaviour worth knowing).
    #[serde(default)]
    pub notes: Option<String>,
    /// Where the runtime crate (`togai-codegen-runtime`) is, relative to the
    /// generated crate's directory, for a workspace that builds both: the
    /// dependency then names this path next to the pinned version (cargo
    /// publishes the version only).
    #[serde(default)]
    pub runtime_path: Option<String>,
    /// Operations (by operationId) whose requests are retry-safe although
    /// their method is not idempotent, because the server deduplicates them
    /// (e.g. events ingested by id): retried after a 502, a 504, a timeout or
    /// a lost connection, as GET is. Unknown ids are an error.
    #[serde(default)]
    pub retry_safe_operations: Vec<String>,
    /// Names of idempotency keys: a top-level property of an operation's JSON
    /// body (exact name) or a header parameter (any case). A request that
    /// carries one is retry-safe.
    #[serde(default)]
    pub idempotency_key_fields: Vec<String>,
    /// The operation that exchanges an API key for a bearer token: the
    /// generated crate's `auth::TokenExchange` calls it.
    #[serde(default)]
    pub token_exchange: Option<TokenExchangeSettings>,
    /// A cargo feature per API (tag), each compiling that API's operations and the models they
    /// reach, all on by default (true unless set; a document without tags gets none). Module
    /// mode (build.rs) never has them: the features would be the including crate's.
    #[serde(default = "yes")]
    pub api_features: bool,
}

fn yes() -> bool {
    true
}

/// `crate.token_exchange`: which operation exchanges an API key for a token,
/// and where its response has it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TokenExchangeSettings {
    /// operationId of the token operation, called with the API key as bearer
    /// credential.
    pub operation: String,
    /// The top-level string property of its JSON success response that holds
    /// the token.
    pub token_field: String,
    /// How long a token that is not a JWT with an `exp` claim is used; without
    /// it, until the server rejects it.
    #[serde(default)]
    pub lifetime_seconds: Option<u64>,
}

impl CrateSettings {
    /// Settings for a crate called `name`, version 0.1.0.
    pub fn named(name: impl Into<String>) -> Self {
        CrateSettings {
            name: name.into(),
            version: "0.1.0".into(),
            description: None,
            license: None,
            repository: None,
            notes: None,
            runtime_path: None,
            retry_safe_operations: Vec::new(),
            idempotency_key_fields: Vec::new(),
            token_exchange: None,
            api_features: true,
        }
    }

    /// Checks the name and version cargo will require.
    pub fn validate(&self) -> Result<()> {
        let ok_name = !self.name.is_empty()
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && self.name.starts_with(|c: char| c.is_ascii_alphabetic());
        if !ok_name {
            return Err(Error::Settings {
                message: format!("crate name `{}` is not a valid package name", self.name),
            });
        }
        let core = self.version.split(['-', '+']).next().unwrap_or("");
        let parts: Vec<&str> = core.split('.').collect();
        if parts.len() != 3
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(Error::Settings {
                message: format!(
                    "crate version `{}` is not semver (expected MAJOR.MINOR.PATCH)",
                    self.version
                ),
            });
        }
        Ok(())
    }
}

/// The pin of the document this project generates from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// Where the document is read from, relative to the project root.
    pub path: PathBuf,
    /// Upstream location it was taken from.
    pub source: String,
    /// Upstream commit.
    pub commit: String,
    /// sha256 of the file's bytes.
    pub sha256: String,
    /// Where `togai-codegen fetch` downloads the document at the pinned commit
    /// (for a GitHub source, the raw file at that commit).
    #[serde(default)]
    pub url: Option<String>,
}

/// `spec/codegen.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectSettings {
    /// `document`: the pinned OpenAPI document to generate from.
    pub document: Pin,
    /// `crate`: the generated crate's package metadata and settings.
    #[serde(rename = "crate")]
    pub crate_: CrateSettings,
    /// Output directory, relative to the project root.
    pub out_dir: PathBuf,
    /// Directory holding the settings file's project.
    #[serde(skip)]
    pub root: PathBuf,
}

impl ProjectSettings {
    /// Reads the settings of the project rooted at `root`.
    pub fn read(root: &Path) -> Result<Self> {
        let file = root.join(SETTINGS_FILE);
        let text = std::fs::read_to_string(&file).map_err(|source| Error::Io {
            path: file.clone(),
            source,
        })?;
        Self::parse(root, &text)
    }

    /// The settings of the project rooted at `root` from the text of its
    /// settings file.
    pub fn parse(root: &Path, text: &str) -> Result<Self> {
        let file = root.join(SETTINGS_FILE);
        let value = crate::load::parse_value(&file, text)?;
        let mut settings: ProjectSettings =
            serde_json::from_value(value).map_err(|e| Error::Settings {
                message: format!("{}: {e}", file.display()),
            })?;
        settings.crate_.validate()?;
        settings.root = root.to_path_buf();
        Ok(settings)
    }

    /// The nearest directory at or above `start` that has a settings file.
    pub fn find_root(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .find(|d| d.join(SETTINGS_FILE).is_file())
            .map(Path::to_path_buf)
    }

    /// Absolute path of the pinned document.
    pub fn document_path(&self) -> PathBuf {
        self.root.join(&self.document.path)
    }

    /// Where a downloaded copy of the pinned document is kept when the pinned
    /// path cannot take it: `.codegen-cache/<sha256>/<file name>` in the
    /// project, one directory per pin, so a copy never stands for another pin.
    pub fn cache_path(&self) -> PathBuf {
        let name = self
            .document
            .path
            .file_name()
            .map_or_else(|| "openapi.yaml".into(), |n| n.to_os_string());
        self.root
            .join(CACHE_DIR)
            .join(&self.document.sha256)
            .join(name)
    }

    /// The pinned document, verified: the pinned path when it holds the pinned
    /// bytes, else the cache's copy when that does. `Ok(None)` when neither
    /// exists (see [`ProjectSettings::fetch`]); an error when the file found
    /// has other bytes than the pin says.
    pub fn locate_document(&self) -> Result<Option<PathBuf>> {
        let pinned = self.document_path();
        let pinned_sha = crate::file_sha256(&pinned)?;
        if pinned_sha.as_deref() == Some(self.document.sha256.as_str()) {
            return Ok(Some(pinned));
        }
        let cached = self.cache_path();
        match crate::file_sha256(&cached)? {
            Some(sha) if sha == self.document.sha256 => return Ok(Some(cached)),
            Some(sha) => {
                return Err(Error::Pin {
                    message: format!(
                        "{} has sha256 {sha}, but {SETTINGS_FILE} pins {}: the cached copy is damaged; \
                         delete it and run `togai-codegen fetch`",
                        cached.display(),
                        self.document.sha256
                    ),
                })
            }
            None => {}
        }
        match pinned_sha {
            Some(actual) => self.verify(Some(&actual)).map(|()| Some(pinned)),
            None => Ok(None),
        }
    }

    /// [`ProjectSettings::locate_document`], with a missing document an error
    /// that says how to get it.
    pub fn require_document(&self) -> Result<PathBuf> {
        match self.locate_document()? {
            Some(path) => Ok(path),
            None => Err(self.missing()),
        }
    }

    /// The error for a pinned document that is neither at its path nor in the
    /// cache: one line, naming the command that gets it.
    pub fn missing(&self) -> Error {
        let from = match &self.document.url {
            Some(url) => format!("run `togai-codegen fetch` to download it from {url}"),
            None => format!(
                "add the document's download `url` to {SETTINGS_FILE} and run `togai-codegen fetch`"
            ),
        };
        Error::Pin {
            message: format!(
                "the pinned document is missing: expected it at {} (pinned from {} at commit {}) \
                 or in the cache {}; {from}, or pass --spec PATH to generate from another file",
                self.document_path().display(),
                self.document.source,
                self.document.commit,
                self.cache_path().display(),
            ),
        }
    }

    /// Stores the pinned document's `bytes`, after checking them against the
    /// pin: at the pinned path when it does not exist yet and its directory
    /// takes the file, else in the cache ([`ProjectSettings::cache_path`]). A
    /// different file at the pinned path is never replaced. The file is written
    /// whole or not at all. Returns where it went.
    pub fn store_document(&self, bytes: &[u8], from: &str) -> Result<PathBuf> {
        let actual = crate::hash::sha256_hex(bytes);
        if actual != self.document.sha256 {
            return Err(Error::Pin {
                message: format!(
                    "{from} has sha256 {actual}, but {SETTINGS_FILE} pins {}: not the pinned document; nothing written",
                    self.document.sha256
                ),
            });
        }
        let pinned = self.document_path();
        match crate::file_sha256(&pinned)? {
            Some(sha) if sha == actual => return Ok(pinned),
            Some(_) => {}
            None => {
                let dir_exists = pinned.parent().is_some_and(Path::is_dir);
                if dir_exists && crate::write::write_file_atomically(&pinned, bytes).is_ok() {
                    return Ok(pinned);
                }
            }
        }
        let cached = self.cache_path();
        crate::write::write_file_atomically(&cached, bytes)?;
        Ok(cached)
    }

    /// Downloads the pinned document (from `url`, default the pin's `url`),
    /// checks its sha256 against the pin and stores it
    /// ([`ProjectSettings::store_document`]). Nothing is written on any error.
    #[cfg(feature = "fetch")]
    pub fn fetch(&self, url: Option<&str>) -> Result<PathBuf> {
        let (bytes, url) = self.download(url)?;
        self.store_document(&bytes, &url)
    }

    /// Downloads the pinned document (from `url`, default the pin's `url`)
    /// and checks its sha256 against the pin; writes nothing. Returns the
    /// bytes and the URL they came from.
    #[cfg(feature = "fetch")]
    pub fn download(&self, url: Option<&str>) -> Result<(Vec<u8>, String)> {
        let url = match url.or(self.document.url.as_deref()) {
            Some(url) => url,
            None => {
                return Err(Error::Pin {
                    message: format!(
                        "{SETTINGS_FILE} has no `url` for the pinned document: add one under `document:` or pass --url URL"
                    ),
                })
            }
        };
        let bytes = crate::fetch::download(url)?;
        let actual = crate::hash::sha256_hex(&bytes);
        if actual != self.document.sha256 {
            return Err(Error::Pin {
                message: format!(
                    "{url} has sha256 {actual}, but {SETTINGS_FILE} pins {}: not the pinned document; nothing written",
                    self.document.sha256
                ),
            });
        }
        Ok((bytes, url.to_string()))
    }

    /// Checks that the pinned document exists and has the pinned sha256.
    pub fn verify(&self, actual_sha256: Option<&str>) -> Result<()> {
        let path = self.document_path();
        let Some(actual) = actual_sha256 else {
            return Err(self.missing());
        };
        if actual != self.document.sha256 {
            return Err(Error::Pin {
                message: format!(
                    "{} has sha256 {actual}, but {SETTINGS_FILE} pins {}. The document changed: review it, then \
                     update the pin with `togai-codegen update --spec {}`",
                    path.display(),
                    self.document.sha256,
                    path.display(),
                ),
            });
        }
        Ok(())
    }
}

/// Sets `key` of the top-level mapping `section` to `value` in the text of a
/// settings file, editing that one line (or adding it after the line of
/// `after`, else at the end of the section) so that comments and layout stay
/// as they are. The value is written plain when YAML reads it back as the same
/// string, else double-quoted.
pub fn set_value(
    text: &str,
    section: &str,
    key: &str,
    value: &str,
    after: Option<&str>,
) -> Result<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let fail = |what: &str| Error::Settings {
        message: format!("{SETTINGS_FILE}: {what}: edit it by hand"),
    };
    let top = |l: &str| !l.starts_with([' ', '\t', '#', '\n', '\r']) && !l.trim().is_empty();
    let start = lines
        .iter()
        .position(|l| top(l) && key_of(l) == Some(section))
        .ok_or_else(|| fail(&format!("no top-level `{section}:` section")))?;
    let end = (start + 1..lines.len())
        .find(|&i| top(lines[i]))
        .unwrap_or(lines.len());
    // The section's keys are the lines with its first indentation.
    let indent = lines[start + 1..end]
        .iter()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| &l[..l.len() - l.trim_start().len()])
        .ok_or_else(|| fail(&format!("`{section}:` is not a block mapping")))?;
    let at_indent = |l: &str| l.starts_with(indent) && !l[indent.len()..].starts_with([' ', '\t']);
    let find = |k: &str| {
        (start + 1..end)
            .find(|&i| at_indent(lines[i]) && key_of(&lines[i][indent.len()..]) == Some(k))
    };
    let scalar = yaml_scalar(value);
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    match find(key) {
        Some(i) => {
            let line = &lines[i][indent.len()..];
            let rest = line[key.len() + 1..].trim_end_matches(['\n', '\r']);
            let comment = rest.find(" #").map_or("", |c| &rest[c..]);
            let old = rest[..rest.len() - comment.len()].trim();
            if old.starts_with(['|', '>', '[', '{', '&', '*', '!']) {
                return Err(fail(&format!("`{section}.{key}` is not a plain value")));
            }
            out[i] = format!("{indent}{key}: {scalar}{comment}\n");
        }
        None => {
            let line = format!("{indent}{key}: {scalar}\n");
            let at = after.and_then(find).map_or_else(
                || {
                    // After the section's last non-blank line.
                    (start + 1..end)
                        .rev()
                        .find(|&i| !lines[i].trim().is_empty())
                        .map_or(start + 1, |i| i + 1)
                },
                |i| i + 1,
            );
            if at > 0 && !out[at - 1].ends_with('\n') {
                out[at - 1].push('\n');
            }
            out.insert(at, line);
        }
    }
    Ok(out.concat())
}

/// The key of a `key: value` line.
fn key_of(line: &str) -> Option<&str> {
    let line = line.trim_end();
    let (key, rest) = line.split_once(':')?;
    (rest.is_empty() || rest.starts_with([' ', '\t'])).then_some(key.trim())
}

/// `value` as a YAML scalar that reads back as the same string.
fn yaml_scalar(value: &str) -> String {
    let safe = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/:~+-@=?&%".contains(c))
        && !value.starts_with(|c: char| !c.is_ascii_alphanumeric())
        && !value.contains(": ")
        && value.parse::<f64>().is_err()
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if safe {
        value.to_string()
    } else {
        serde_json::Value::from(value).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTINGS: &str = "# The pin.\ndocument:\n  path: doc.yaml # where\n  source: https://example.com/doc\n  commit: abc\n  sha256: 00\ncrate:\n  name: t-client\n  version: 0.1.0\n  notes: |\n    Some text.\n    version: not this\nout_dir: out\n";

    #[test]
    fn values_are_set_by_editing_their_line() {
        let text = set_value(SETTINGS, "document", "commit", "1234567", None).unwrap();
        let text = set_value(&text, "document", "path", "other.yaml", None).unwrap();
        let text = set_value(&text, "crate", "version", "0.2.0", None).unwrap();
        let text = set_value(
            &text,
            "document",
            "url",
            "https://example.com/raw/1234567/doc.yaml",
            Some("sha256"),
        )
        .unwrap();
        assert_eq!(
            text,
            SETTINGS
                .replace("commit: abc", "commit: \"1234567\"")
                .replace("path: doc.yaml # where", "path: other.yaml # where")
                .replace("version: 0.1.0", "version: 0.2.0")
                .replace(
                    "sha256: 00\n",
                    "sha256: 00\n  url: https://example.com/raw/1234567/doc.yaml\n"
                )
        );
        let p = ProjectSettings::parse(Path::new("/p"), &text).unwrap();
        assert_eq!(p.document.commit, "1234567");
        assert_eq!(p.crate_.version, "0.2.0");
        assert_eq!(
            p.crate_.notes.as_deref(),
            Some("Some text.\nversion: not this\n")
        );
        assert_eq!(
            p.document.url.as_deref(),
            Some("https://example.com/raw/1234567/doc.yaml")
        );
        // A key added at the end of a section that ends in a block scalar.
        let text = set_value(SETTINGS, "crate", "license", "MIT", None).unwrap();
        let p = ProjectSettings::parse(Path::new("/p"), &text).unwrap();
        assert_eq!(p.crate_.license.as_deref(), Some("MIT"));
        assert!(set_value(SETTINGS, "nope", "x", "y", None).is_err());
        assert!(set_value(SETTINGS, "crate", "notes", "y", None).is_err());
    }

    #[test]
    fn crate_settings_are_validated() {
        assert!(CrateSettings::named("togai-client").validate().is_ok());
        assert!(CrateSettings::named("1abc").validate().is_err());
        let mut s = CrateSettings::named("x");
        s.version = "2018-11-15".into();
        assert!(s.validate().unwrap_err().to_string().contains("not semver"));
        s.version = "1.0.0-rc.1".into();
        assert!(s.validate().is_ok());
    }
}
