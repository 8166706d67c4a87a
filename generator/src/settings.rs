//! The project's pin and generator settings (`spec/codegen.yaml`), and the
//! settings of the crate to generate.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Error, Result};

/// Where the settings file lives, relative to the project root.
pub const SETTINGS_FILE: &str = "spec/codegen.yaml";

/// Package metadata of the generated crate.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CrateSettings {
    /// Package name, e.g. `togai-client`.
    pub name: String,
    /// Package version (semver).
    pub version: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub license: Option<String>,
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
}

/// `spec/codegen.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectSettings {
    pub document: Pin,
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
        let value = crate::load::parse_value(&file, &text)?;
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

    /// Checks that the pinned document exists and has the pinned sha256.
    pub fn verify(&self, actual_sha256: Option<&str>) -> Result<()> {
        let path = self.document_path();
        let Some(actual) = actual_sha256 else {
            return Err(Error::Pin {
                message: format!(
                    "the pinned document is missing: expected it at {} (pinned from {} at commit {}). \
                     Put the document there, or pass --spec PATH to generate from another file",
                    path.display(),
                    self.document.source,
                    self.document.commit
                ),
            });
        };
        if actual != self.document.sha256 {
            return Err(Error::Pin {
                message: format!(
                    "{} has sha256 {actual}, but {SETTINGS_FILE} pins {}. The document changed: review it, then \
                     update the pin's sha256 and commit",
                    path.display(),
                    self.document.sha256
                ),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
