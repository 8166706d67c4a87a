//! Moving the pin to a new version of the document (`togai-codegen update`):
//! the change report against the pinned version, the version bump it calls
//! for, the new pin and changelog entry ([`plan`]), then the regenerated
//! crate, the stored document and the edited settings file ([`Plan::apply`]).
//!
//! A plan reads files and writes nothing, so `--dry-run` is a plan printed.
//! Applying it generates the crate first, so that a document the generator
//! refuses leaves everything as it was; then come the document's copy and the
//! settings file, each written whole (temporary file and rename).

use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};
use crate::diff::{self, Level, Report};
use crate::settings::{self, ProjectSettings, SETTINGS_FILE};
use crate::{changelog, Builder, Generated};

/// What to move the pin to.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The new document.
    pub spec: &'a Path,
    /// Its upstream commit.
    pub commit: Option<&'a str>,
    /// Where `fetch` downloads it. Default: the pin's URL with the old
    /// commit replaced by the new one, when it contains it.
    pub url: Option<&'a str>,
}

/// What `update` will do.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The project as it is.
    pub project: ProjectSettings,
    /// The new document.
    pub spec: PathBuf,
    /// The change report, old pin to new document.
    pub report: Report,
    /// The new document's sha256.
    pub sha256: String,
    /// The crate version before the update.
    pub old_version: String,
    /// The crate version after the update.
    pub version: String,
    /// The pin's commit after the update.
    pub commit: String,
    /// Where `fetch` downloads the document after the update.
    pub url: Option<String>,
    /// What the user should know (a commit or URL left as it was...).
    pub notes: Vec<String>,
    /// The settings file after the update.
    pub settings_text: String,
    /// The changelog after the update (`None`: left as it is).
    pub changelog: Option<String>,
    /// The crate's settings after the update.
    pub settings: ProjectSettings,
}

/// Plans moving `project`'s pin from the document at `old_document` (the
/// pinned one) to `request.spec`. Reads both documents; writes nothing.
pub fn plan(project: &ProjectSettings, old_document: &Path, request: Request<'_>) -> Result<Plan> {
    let sha256 = crate::file_sha256(request.spec)?.ok_or_else(|| Error::Io {
        path: request.spec.to_path_buf(),
        source: std::io::ErrorKind::NotFound.into(),
    })?;
    let report = diff::compare_files(old_document, request.spec)?;
    let same_document = sha256 == project.document.sha256;
    // The same bytes make the same crate, whatever the report found.
    let level = if same_document {
        Level::None
    } else {
        report.semver
    };
    let old = &project.document;
    let version = diff::bump_version(&project.crate_.version, level)?;
    let commit = request.commit.unwrap_or(&old.commit).to_string();
    let mut notes = Vec::new();
    let url = match (request.url, &old.url) {
        (Some(url), _) => Some(url.to_string()),
        (None, Some(url)) if commit != old.commit && url.contains(&old.commit) => {
            Some(url.replace(&old.commit, &commit))
        }
        (None, Some(url)) if commit != old.commit => {
            notes.push(format!(
                "the pin's url ({url}) does not contain the old commit, so it was left as it is: \
                 pass --url for the new document's download URL"
            ));
            Some(url.clone())
        }
        (None, url) => url.clone(),
    };
    if !same_document && request.commit.is_none() {
        notes.push(format!(
            "no --commit given: the pin still names commit {} and its url, which serve the old \
             document, so `fetch` elsewhere will fail the sha256 check until they are set",
            old.commit
        ));
    }
    let path = project.root.join(SETTINGS_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let mut edited = settings::set_value(&text, "document", "sha256", &sha256, None)?;
    if commit != old.commit {
        edited = settings::set_value(&edited, "document", "commit", &commit, None)?;
    }
    if let Some(url) = url.as_deref().filter(|u| Some(*u) != old.url.as_deref()) {
        edited = settings::set_value(&edited, "document", "url", url, Some("sha256"))?;
    }
    if version != project.crate_.version {
        edited = settings::set_value(&edited, "crate", "version", &version, None)?;
    }
    let settings = ProjectSettings::parse(&project.root, &edited)?;
    // The edit must read back as intended, or the file's layout was not understood.
    let pin = &settings.document;
    if pin.sha256 != sha256
        || pin.commit != commit
        || pin.url != url
        || settings.crate_.version != version
        || pin.path != old.path
        || settings.out_dir != project.out_dir
    {
        return Err(Error::Settings {
            message: format!(
                "{}: editing the pin did not give the intended settings; edit it by hand",
                path.display()
            ),
        });
    }
    let changelog = (!same_document)
        .then(|| -> Result<String> {
            let file = project.root.join(&project.out_dir).join(changelog::FILE);
            let existing = match std::fs::read_to_string(&file) {
                Ok(text) => Some(text),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(source) => return Err(Error::Io { path: file, source }),
            };
            let source = changelog::Source {
                commit: request.commit,
                sha256: &sha256,
                previous_commit: Some(&old.commit),
            };
            let entry = changelog::entry(&version, &source, &report);
            Ok(changelog::prepend(
                existing.as_deref(),
                &settings.crate_.name,
                &entry,
            ))
        })
        .transpose()?;
    Ok(Plan {
        project: project.clone(),
        spec: request.spec.to_path_buf(),
        report,
        sha256,
        old_version: project.crate_.version.clone(),
        version,
        commit,
        url,
        notes,
        settings_text: edited,
        changelog,
        settings,
    })
}

/// What applying a plan did.
#[derive(Debug)]
pub struct Applied {
    /// The regenerated crate, as [`Builder::write_crate`] returned it.
    pub generated: Generated,
    /// Where the new document was stored (`None` when it already was the
    /// pinned path).
    pub stored: Option<PathBuf>,
}

impl Plan {
    /// Whether there is nothing to do: the pin already has this document and
    /// commit and URL.
    pub fn is_noop(&self) -> bool {
        self.settings_text
            == std::fs::read_to_string(self.project.root.join(SETTINGS_FILE)).unwrap_or_default()
            && self.changelog.is_none()
    }

    /// The output directory.
    pub fn out_dir(&self) -> PathBuf {
        self.project.root.join(&self.project.out_dir)
    }

    /// Regenerates the crate from the new document (with the new version and
    /// changelog), stores the document where `generate` finds it, and writes
    /// the settings file.
    pub fn apply(&self, rustfmt: bool) -> Result<Applied> {
        let mut builder = Builder::new()
            .crate_settings(self.settings.crate_.clone())
            .spec(&self.spec)
            .rustfmt(rustfmt);
        if let Some(text) = &self.changelog {
            builder = builder.changelog(text.clone());
        }
        let generated = builder.write_crate(self.out_dir())?;
        let pinned = self.settings.document_path();
        let same_file = match (pinned.canonicalize(), self.spec.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        let stored = if same_file {
            None
        } else {
            let bytes = std::fs::read(&self.spec).map_err(|source| Error::Io {
                path: self.spec.clone(),
                source,
            })?;
            Some(
                self.settings
                    .store_document(&bytes, &self.spec.display().to_string())?,
            )
        };
        let path = self.project.root.join(SETTINGS_FILE);
        crate::write::write_file_atomically(&path, &self.settings_text)?;
        Ok(Applied { generated, stored })
    }
}
