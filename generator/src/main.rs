//! The `togai-codegen` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use togai_codegen::{Builder, Error, ProjectSettings};

/// See the `mimalloc` feature in Cargo.toml.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed async Rust client crate from an OpenAPI 3.0 document.
///
/// With no options, `generate` regenerates the project's client from the
/// pinned document named in spec/codegen.yaml (found in the current directory
/// or above it), after checking the document's sha256 against the pin; when
/// the document is not there, it downloads it first (as `fetch` does).
///
/// Exit codes: 0 success; 1 bad input, or `check` found differences; 2 usage.
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
}

#[derive(Args)]
struct Options {
    /// OpenAPI 3.0 document (YAML or JSON). Default: the pinned document of spec/codegen.yaml,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Generate(o) => run(o, false),
        Command::Check(o) => run(o, true),
        Command::Fetch(a) => fetch(a),
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
