//! `togai-codegen`: generates a typed async Rust client crate from an
//! OpenAPI 3.0 or 3.1 document (3.1 is brought to 3.0's form while loading).
//!
//! The pipeline is load → resolve → IR → render → format → write, each stage
//! in its own module. [`Builder`] is the entry point, for the CLI and for
//! `build.rs`:
//!
//! ```no_run
//! let generated = togai_codegen::Builder::new()
//!     .spec("openapi.yaml")
//!     .crate_name("my-client")
//!     .write_crate("my-client")?;
//! for w in &generated.warnings {
//!     eprintln!("{w}");
//! }
//! # Ok::<(), togai_codegen::Error>(())
//! ```

#![warn(missing_docs)]

pub mod changelog;
pub mod diagnostics;
pub mod diff;
mod features;
#[cfg(feature = "fetch")]
pub mod fetch;
mod format;
mod hash;
pub mod ir;
mod layout;
mod load;
mod lower;
mod module;
pub mod naming;
mod refs;
mod render;
mod resolve;
mod safety;
pub mod settings;
pub mod update;
mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diagnostics::{Error, Pointer, Result, Warning};
/// The `openapiv3` crate [`Builder::document`] takes a document of: its
/// version is the generator's.
pub use openapiv3;

/// The runtime crate that generated code is written for: the generated crate
/// depends on it at exactly [`RUNTIME_VERSION`], and a crate that includes a
/// generated module (build.rs) needs it as its one dependency.
pub const RUNTIME_CRATE: &str = "togai-codegen-runtime";
/// The version of [`RUNTIME_CRATE`] generated code is written for.
pub const RUNTIME_VERSION: &str = "0.2.0";
pub use settings::{CrateSettings, ProjectSettings};

/// The YAML fast path, public only for its differential tests
/// (`generator/tests/yaml`).
#[doc(hidden)]
pub mod yaml_fast_path {
    pub use crate::load::yaml::parse;
}

/// A generated crate, in memory.
#[derive(Debug, Clone)]
pub struct Generated {
    /// File contents by path relative to the crate root.
    pub files: BTreeMap<PathBuf, String>,
    /// What the generator worked around, sorted.
    pub warnings: Vec<Warning>,
    /// sha256 of the input document.
    pub sha256: String,
    /// Time spent in each stage, in order.
    pub timings: Vec<(&'static str, Duration)>,
    /// The document and every file it references.
    pub inputs: Vec<PathBuf>,
    /// How many files [`Builder::write_crate`] or [`Builder::generate_module`]
    /// wrote: 0 when the output was already up to date (and for the other calls).
    pub written: usize,
}

/// Where the document comes from.
#[derive(Debug, Clone)]
enum Input {
    File(PathBuf),
    Text {
        name: PathBuf,
        text: String,
    },
    Parsed {
        name: PathBuf,
        api: Box<openapiv3::OpenAPI>,
    },
}

impl Input {
    fn load(&self) -> Result<load::Document> {
        match self {
            Input::File(path) => load::load(path),
            Input::Text { name, text } => load::load_text(name, text),
            Input::Parsed { name, api } => load::load_parsed(name, api),
        }
    }
}

/// What messages call a document given in memory without a name.
const IN_MEMORY: &str = "(in-memory document)";

/// Configures and runs generation.
#[derive(Debug, Clone)]
pub struct Builder {
    spec: Option<Input>,
    settings: CrateSettings,
    rustfmt: bool,
    changelog: Option<String>,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    /// A builder for a crate named `api-client`; give it a document with
    /// [`Builder::spec`], [`Builder::spec_text`] or [`Builder::document`].
    pub fn new() -> Self {
        Builder {
            spec: None,
            settings: CrateSettings::named("api-client"),
            rustfmt: true,
            changelog: None,
        }
    }

    /// The crate's `CHANGELOG.md` ([`changelog`]). Without it,
    /// [`Builder::write_crate`] and [`Builder::check_crate`] keep the one the
    /// output directory has, if any: the changelog is the crate's history, not
    /// something the document says, so regenerating never loses it.
    pub fn changelog(mut self, text: impl Into<String>) -> Self {
        self.changelog = Some(text.into());
        self
    }

    /// Adds the changelog to `files`: the one set, else `out`'s.
    fn add_changelog(
        &self,
        files: &mut BTreeMap<PathBuf, String>,
        out: Option<&Path>,
    ) -> Result<()> {
        let text = match (&self.changelog, out) {
            (Some(text), _) => Some(text.clone()),
            (None, Some(out)) => {
                let path = out.join(changelog::FILE);
                match std::fs::read_to_string(&path) {
                    Ok(text) => Some(text),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                    Err(source) => return Err(Error::Io { path, source }),
                }
            }
            (None, None) => None,
        };
        if let Some(text) = text {
            files.insert(PathBuf::from(changelog::FILE), text);
        }
        Ok(())
    }

    /// Whether to finish with rustfmt (default: yes, when it is installed),
    /// so the crate is `cargo fmt` clean. prettyplease always runs. The crate
    /// then records rustfmt's inputs (`.rustfmt-inputs`), so that
    /// [`Builder::write_crate`] over it runs rustfmt only on files whose input
    /// changed.
    pub fn rustfmt(mut self, enabled: bool) -> Self {
        self.rustfmt = enabled;
        self
    }

    /// The OpenAPI document (YAML or JSON), a file.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.spec = Some(Input::File(path.into()));
        self
    }

    /// The OpenAPI document as text already in memory (YAML or JSON, 3.0 or
    /// 3.1). `name` stands for it in errors and warnings, and its directory is
    /// where relative `$ref`s to other files are read from.
    ///
    /// ```
    /// let text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";
    /// let generated = togai_codegen::Builder::new()
    ///     .spec_text("inline.yaml", text)
    ///     .rustfmt(false)
    ///     .generate()?;
    /// assert!(generated.files.contains_key(std::path::Path::new("src/lib.rs")));
    /// # Ok::<(), togai_codegen::Error>(())
    /// ```
    pub fn spec_text(mut self, name: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        self.spec = Some(Input::Text {
            name: name.into(),
            text: text.into(),
        });
        self
    }

    /// The OpenAPI 3.0 document, already parsed (built or edited in code).
    /// Messages call it `(in-memory document)`; relative `$ref`s to other
    /// files are read from the current directory; [`Generated::sha256`] is
    /// that of its JSON serialisation.
    pub fn document(mut self, api: openapiv3::OpenAPI) -> Self {
        self.spec = Some(Input::Parsed {
            name: PathBuf::from(IN_MEMORY),
            api: Box::new(api),
        });
        self
    }

    /// Package name of the generated crate.
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.settings.name = name.into();
        self
    }

    /// Package version of the generated crate.
    pub fn crate_version(mut self, version: impl Into<String>) -> Self {
        self.settings.version = version.into();
        self
    }

    /// All package metadata at once.
    pub fn crate_settings(mut self, settings: CrateSettings) -> Self {
        self.settings = settings;
        self
    }

    /// Generates the crate in memory.
    pub fn generate(&self) -> Result<Generated> {
        let mut generated = self.pipeline(None, None)?;
        self.add_changelog(&mut generated.files, None)?;
        Ok(generated)
    }

    /// Load, IR, render, then format every file with `edit` (and rustfmt if
    /// enabled).
    /// `previous`: the crate this generation replaces, whose rustfmt record
    /// lets unchanged files skip rustfmt.
    fn pipeline(&self, edit: Option<format::Edit>, previous: Option<&Path>) -> Result<Generated> {
        self.settings.validate()?;
        let spec = self.spec.as_ref().ok_or_else(|| Error::Settings {
            message: "no spec given".into(),
        })?;
        let mut timings = Vec::new();
        let mut t = Instant::now();
        let mut lap = |name: &'static str, timings: &mut Vec<(&'static str, Duration)>| {
            timings.push((name, t.elapsed()));
            t = Instant::now();
        };
        let doc = spec.load()?;
        lap("load", &mut timings);
        let mut model = lower::lower(&doc.api, &doc.path)?;
        safety::apply(&mut model, &self.settings);
        lap("ir", &mut timings);
        let mut files = render::render(&model, &self.settings)?;
        lap("render", &mut timings);
        format::format_files(&mut files, edit)?;
        lap("format", &mut timings);
        let mut warnings = merge_warnings(doc.warnings, model.warnings);
        if self.rustfmt {
            if !format::rustfmt_files(&mut files, previous)? {
                warnings.push(Warning {
                    pointer: Pointer::root(),
                    operation: None,
                    message: "rustfmt is not installed: the code is formatted by prettyplease only"
                        .into(),
                });
            }
            lap("rustfmt", &mut timings);
        }
        Ok(Generated {
            files,
            warnings,
            sha256: doc.sha256,
            timings,
            inputs: doc.inputs,
            written: 0,
        })
    }

    /// Generates and replaces `out` with the crate, atomically. When `out`
    /// already holds exactly the crate, nothing on disk is touched; otherwise
    /// only the files that changed get new content and mtimes.
    pub fn write_crate(&self, out: impl AsRef<Path>) -> Result<Generated> {
        let mut generated = self.pipeline(None, Some(out.as_ref()))?;
        self.add_changelog(&mut generated.files, Some(out.as_ref()))?;
        let t = Instant::now();
        generated.written = write::write_atomically(out.as_ref(), &generated.files)?;
        generated.timings.push(("write", t.elapsed()));
        Ok(generated)
    }

    /// Module mode, for `build.rs`: writes the whole client as one module
    /// file to `include!`, and prints `cargo:rerun-if-changed` for the
    /// document and every file it references. The file is rewritten only when
    /// its content changes, so builds stay incremental, and replaced by a
    /// rename, so a failure never leaves it half-written.
    ///
    /// ```no_run
    /// // build.rs
    /// let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    /// togai_codegen::Builder::new().spec("openapi.yaml").generate_module(out.join("api.rs"))?;
    /// # Ok::<(), togai_codegen::Error>(())
    /// ```
    /// and in the crate: `mod api { include!(concat!(env!("OUT_DIR"), "/api.rs")); }`.
    /// The crate needs the generated crate's dependencies (see its Cargo.toml).
    pub fn generate_module(&self, path: impl AsRef<Path>) -> Result<Generated> {
        let path = path.as_ref();
        // rustfmt is for checked-in code; nobody reads OUT_DIR. Each file is
        // made relative to its place in the module as it is formatted, on all
        // cores; the fold is then plain text.
        let mut builder = self.clone().rustfmt(false);
        // The module's `cfg(feature)`s would be the including crate's features.
        builder.settings.api_features = false;
        let mut generated = builder.pipeline(Some(module::relativize), None)?;
        if std::env::var_os("CARGO").is_some() {
            for input in &generated.inputs {
                println!("cargo:rerun-if-changed={}", input.display());
            }
        }
        let t = Instant::now();
        let text = module::fold(&generated.files)?;
        if std::fs::read(path).ok().as_deref() != Some(text.as_bytes()) {
            write::write_file_atomically(path, &text)?;
            generated.written = 1;
        }
        generated.timings.push(("write", t.elapsed()));
        Ok(generated)
    }

    /// The files of `out` that differ from what [`Builder::write_crate`]
    /// would write (changed, missing or extra); empty when identical.
    pub fn check_crate(&self, out: impl AsRef<Path>) -> Result<(Generated, Vec<PathBuf>)> {
        let mut generated = self.pipeline(None, Some(out.as_ref()))?;
        self.add_changelog(&mut generated.files, Some(out.as_ref()))?;
        let differ = write::diff(out.as_ref(), &generated.files)?;
        Ok((generated, differ))
    }
}

/// Loads a document and builds its IR, for tools and tests that inspect it.
/// The model's warnings include those of loading.
pub fn model(spec: &Path) -> Result<ir::Model> {
    let doc = load::load(spec)?;
    let mut model = lower::lower(&doc.api, &doc.path)?;
    model.warnings = merge_warnings(doc.warnings, std::mem::take(&mut model.warnings));
    Ok(model)
}

/// The warnings of loading and of lowering, in one sorted list.
fn merge_warnings(load: Vec<Warning>, lower: Vec<Warning>) -> Vec<Warning> {
    if load.is_empty() {
        return lower;
    }
    let mut all = load;
    all.extend(lower);
    all.sort();
    all.dedup();
    all
}

/// A document (YAML or JSON) as JSON, for tools that transform documents.
pub fn load_value(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    load::parse_value(path, &text)
}

/// sha256 of a file, or `None` when it does not exist.
pub fn file_sha256(path: &Path) -> Result<Option<String>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(hash::sha256_hex(&bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}
