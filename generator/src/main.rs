//! The `togai-codegen` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use togai_codegen::{Builder, Error, ProjectSettings};

/// See the `mimalloc` feature in Cargo.toml.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed async Rust client crate from an OpenAPI 3.0 or 3.1 document.
///
/// With no options, `generate` regenerates the project's client from the
/// pinned document named in spec/codegen.yaml (found in the current directory
/// or above it), after checking the document's sha256 against the pin; when
/// the document is not there, it downloads it first (as `fetch` does).
///
/// Exit codes: 0 success; 1 bad input, `check` found differences, or `diff
/// --fail-on breaking` found a breaking change; 2 usage.
#[derive(Parser)]
#[command(name = "togai-codegen", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the crate (replacing the output directory atomically).
    Generate(Options),
    /// Exit 1 and list the files that differ when the output directory is not
    /// exactly what `generate` would write; exit 0 when identical.
    Check(Options),
    /// Download the pinned document, check its sha256 against the pin, and
    /// store it where `generate` reads it: the pinned path when it can take
    /// the file, else the project's cache (.codegen-cache/, ignored by git).
    Fetch(FetchArgs),
    /// Compare two documents by what they make of the generated Rust API:
    /// every change, whether it breaks users, and the semver level it needs.
    Diff(DiffArgs),
    /// Move the pin to a new document: print the change report, regenerate
    /// the crate, bump crate.version by the report's semver level, add an
    /// entry to the crate's CHANGELOG.md, and write the new pin.
    Update(UpdateArgs),
}

#[derive(Args)]
struct Options {
    /// OpenAPI 3.0 or 3.1 document (YAML or JSON). Default: the pinned document of spec/codegen.yaml,
    /// whose sha256 is verified.
    #[arg(long, value_name = "PATH")]
    spec: Option<PathBuf>,
    /// Output directory of the crate. Default: spec/codegen.yaml's out_dir.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Package name of the generated crate. Default: from spec/codegen.yaml.
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// Package version of the generated crate. Default: from spec/codegen.yaml.
    #[arg(long, value_name = "VER")]
    crate_version: Option<String>,
    /// Do not print warnings about the document.
    #[arg(long, short)]
    quiet: bool,
    /// Skip the final rustfmt pass (the code is still formatted by prettyplease):
    /// faster, for bulk runs such as scripts/corpus.
    #[arg(long)]
    no_rustfmt: bool,
}

#[derive(Args)]
struct FetchArgs {
    /// Download from this URL instead of the pin's `url` (a mirror); the sha256 must still
    /// match the pin.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    /// Exit 1 when a change breaks users of the generated crate.
    Breaking,
}

#[derive(Args)]
struct DiffArgs {
    /// The earlier document.
    old: PathBuf,
    /// The later document.
    new: PathBuf,
    /// How to print the report.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Exit 1 when the report has a change of this kind.
    #[arg(long, value_enum, value_name = "WHAT")]
    fail_on: Option<FailOn>,
}

#[derive(Args)]
struct UpdateArgs {
    /// The new version of the document.
    #[arg(long, value_name = "NEW_FILE")]
    spec: PathBuf,
    /// The upstream commit the new document comes from.
    #[arg(long, value_name = "SHA")]
    commit: Option<String>,
    /// Where `fetch` downloads the new document. Default: the pin's url with the old commit
    /// replaced by the new one.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Print the report and what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Skip the final rustfmt pass.
    #[arg(long)]
    no_rustfmt: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Generate(o) => run(o, false),
        Command::Check(o) => run(o, true),
        Command::Fetch(a) => fetch(a),
        Command::Diff(a) => diff(a),
        Command::Update(a) => update(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The project of the current directory, if there is one.
fn find_project() -> togai_codegen::Result<(PathBuf, Option<ProjectSettings>)> {
    let cwd = std::env::current_dir().map_err(io(Path::new(".")))?;
    let project = ProjectSettings::find_root(&cwd)
        .map(|root| ProjectSettings::read(&root))
        .transpose()?;
    Ok((cwd, project))
}

fn no_project(cwd: &Path, what: &str) -> Error {
    Error::Settings {
        message: format!(
            "{what} needs a project: no {} found in {} or above it",
            togai_codegen::settings::SETTINGS_FILE,
            cwd.display()
        ),
    }
}

/// How to run a subcommand, as the user ran this one.
fn command(sub: &str) -> String {
    if std::env::var_os("CARGO_PKG_NAME").is_some_and(|n| n == "togai-codegen") {
        format!("cargo run -p togai-codegen -- {sub}")
    } else {
        format!("togai-codegen {sub}")
    }
}

/// The pinned document: found, or else (for `generate`) downloaded.
fn pinned_document(p: &ProjectSettings, download: bool) -> togai_codegen::Result<PathBuf> {
    if let Some(path) = p.locate_document()? {
        return Ok(path);
    }
    let (true, Some(url)) = (download, &p.document.url) else {
        return Err(p.missing());
    };
    match p.fetch(None) {
        Ok(path) => {
            eprintln!(
                "the pinned document was missing: downloaded it from {url} (sha256 matches the pin) to {}",
                path.display()
            );
            Ok(path)
        }
        Err(e) => Err(Error::Pin {
            message: format!(
                "the pinned document is missing and getting it failed ({e}); run `{}` once {url} \
                 is reachable, or pass --spec PATH",
                command("fetch")
            ),
        }),
    }
}

fn run(o: &Options, check: bool) -> togai_codegen::Result<ExitCode> {
    let (cwd, project) = find_project()?;
    let mut builder = Builder::new().rustfmt(!o.no_rustfmt);
    if let Some(p) = &project {
        builder = builder.crate_settings(p.crate_.clone());
    }
    let spec = match (&o.spec, &project) {
        (Some(spec), _) => spec.clone(),
        (None, Some(p)) => pinned_document(p, !check)?,
        (None, None) => {
            return Err(Error::Settings {
                message: format!(
                    "no --spec given and no {} found in {} or above it",
                    togai_codegen::settings::SETTINGS_FILE,
                    cwd.display()
                ),
            })
        }
    };
    builder = builder.spec(&spec);
    if let Some(n) = &o.crate_name {
        builder = builder.crate_name(n);
    }
    if let Some(v) = &o.crate_version {
        builder = builder.crate_version(v);
    }
    let out = match (&o.out, &project) {
        (Some(out), _) => out.clone(),
        (None, Some(p)) => p.root.join(&p.out_dir),
        (None, None) => PathBuf::from("generated"),
    };
    if check {
        let (generated, differ) = builder.check_crate(&out)?;
        print_warnings(o.quiet, &generated.warnings);
        if differ.is_empty() {
            eprintln!("{} is up to date with {}", out.display(), spec.display());
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("{} differs from what generate would write:", out.display());
        for p in differ {
            println!("{}", p.display());
        }
        return Ok(ExitCode::from(1));
    }
    let generated = builder.write_crate(&out)?;
    print_warnings(o.quiet, &generated.warnings);
    print_written(&generated, &out, &spec);
    Ok(ExitCode::SUCCESS)
}

fn print_written(generated: &togai_codegen::Generated, out: &Path, spec: &Path) {
    if generated.written == 0 {
        eprintln!(
            "{} is already up to date with {}: nothing written",
            out.display(),
            spec.display()
        );
    } else {
        eprintln!(
            "wrote {} of {} files to {} from {}",
            generated.written,
            generated.files.len(),
            out.display(),
            spec.display()
        );
    }
}

fn print_warnings(quiet: bool, warnings: &[togai_codegen::Warning]) {
    if !quiet {
        for w in warnings {
            eprintln!("{w}");
        }
    }
}

fn fetch(a: &FetchArgs) -> togai_codegen::Result<ExitCode> {
    let (cwd, project) = find_project()?;
    let p = project.ok_or_else(|| no_project(&cwd, "fetch"))?;
    // A document already in place is not downloaded again; a different file at the pinned
    // path is left alone (the download goes to the cache).
    if let Ok(Some(path)) = p.locate_document() {
        eprintln!(
            "the pinned document is already at {} (sha256 {}): nothing to download",
            path.display(),
            p.document.sha256
        );
        return Ok(ExitCode::SUCCESS);
    }
    let path = p.fetch(a.url.as_deref())?;
    eprintln!(
        "downloaded the pinned document (sha256 {} matches the pin) to {}",
        p.document.sha256,
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn diff(a: &DiffArgs) -> togai_codegen::Result<ExitCode> {
    let report = togai_codegen::diff::compare_files(&a.old, &a.new)?;
    print!(
        "{}",
        match a.format {
            Format::Text => report.to_text(),
            Format::Markdown => report.to_markdown(),
            Format::Json => report.to_json(),
        }
    );
    Ok(match a.fail_on {
        Some(FailOn::Breaking) if report.breaking() => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}

/// The document the pin names, for `update` to compare the new one with. When the pinned path
/// has another file (the new version was put in its place) or none, it is downloaded from the
/// pin's url: into the cache, or with `--dry-run` (which writes nothing in the project) into a
/// temporary file, deleted when the returned handle is dropped.
fn old_document(
    p: &ProjectSettings,
    dry_run: bool,
) -> togai_codegen::Result<(PathBuf, Option<tempfile::TempPath>)> {
    let not_found = match p.locate_document() {
        Ok(Some(path)) => return Ok((path, None)),
        Ok(None) => p.missing(),
        Err(e) => e,
    };
    if p.document.url.is_none() {
        return Err(not_found);
    }
    let (bytes, url) = p.download(None).map_err(|e| Error::Pin {
        message: format!(
            "update compares the new document with the pinned one, which is not available \
             ({not_found}), and downloading it failed ({e})"
        ),
    })?;
    if dry_run {
        let mut file = tempfile::NamedTempFile::new().map_err(io(Path::new("temporary file")))?;
        std::io::Write::write_all(&mut file, &bytes).map_err(io(file.path()))?;
        let path = file.into_temp_path();
        return Ok((path.to_path_buf(), Some(path)));
    }
    let path = p.store_document(&bytes, &url)?;
    eprintln!(
        "downloaded the pinned document from {url} to {} to compare with",
        path.display()
    );
    Ok((path, None))
}

fn update(a: &UpdateArgs) -> togai_codegen::Result<ExitCode> {
    let (cwd, project) = find_project()?;
    let p = project.ok_or_else(|| no_project(&cwd, "update"))?;
    let (old, _temporary) = old_document(&p, a.dry_run)?;
    let request = togai_codegen::update::Request {
        spec: &a.spec,
        commit: a.commit.as_deref(),
        url: a.url.as_deref(),
    };
    let plan = togai_codegen::update::plan(&p, &old, request)?;
    print!("{}", plan.report.to_text());
    for note in &plan.notes {
        eprintln!("note: {note}");
    }
    if plan.is_noop() {
        eprintln!("the pin already names this document: nothing to do");
        return Ok(ExitCode::SUCCESS);
    }
    let version = if plan.version == plan.old_version {
        format!("stays {}", plan.version)
    } else {
        format!("{} -> {}", plan.old_version, plan.version)
    };
    let file = togai_codegen::settings::SETTINGS_FILE;
    if a.dry_run {
        println!("\ndry run, nothing written; update would:");
        println!(
            "  set the pin in {file}: sha256 {}, commit {}",
            plan.sha256, plan.commit
        );
        if let Some(url) = &plan.url {
            println!("  url {url}");
        }
        println!("  crate.version: {version} ({})", plan.report.semver);
        println!("  regenerate {}", plan.out_dir().display());
        if plan.changelog.is_some() {
            println!(
                "  add a {} entry at the top of {}",
                plan.version,
                plan.out_dir()
                    .join(togai_codegen::changelog::FILE)
                    .display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let applied = plan.apply(!a.no_rustfmt)?;
    print_warnings(false, &applied.generated.warnings);
    print_written(&applied.generated, &plan.out_dir(), &plan.spec);
    if let Some(path) = &applied.stored {
        eprintln!("stored the new document at {}", path.display());
    }
    eprintln!(
        "pin moved to sha256 {} (commit {}); crate.version {version}",
        plan.sha256, plan.commit
    );
    Ok(ExitCode::SUCCESS)
}
