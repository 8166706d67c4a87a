//! The `togai-codegen` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use togai_codegen::{Builder, ProjectSettings};

/// See the `mimalloc` feature in Cargo.toml.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed async Rust client crate from an OpenAPI 3.0 or 3.1 document.
///
/// With no options, `generate` regenerates the project's client from the
/// pinned document named in spec/codegen.yaml (found in the current directory
/// or above it), after checking the document's sha256 against the pin.
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (options, check) = match cli.command {
        Command::Generate(o) => (o, false),
        Command::Check(o) => (o, true),
    };
    match run(&options, check) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(o: &Options, check: bool) -> togai_codegen::Result<ExitCode> {
    let cwd = std::env::current_dir().map_err(|source| togai_codegen::Error::Io {
        path: ".".into(),
        source,
    })?;
    let project = ProjectSettings::find_root(&cwd)
        .map(|root| ProjectSettings::read(&root))
        .transpose()?;
    let mut builder = Builder::new().rustfmt(!o.no_rustfmt);
    if let Some(p) = &project {
        builder = builder.crate_settings(p.crate_.clone());
    }
    let spec = match (&o.spec, &project) {
        (Some(spec), _) => spec.clone(),
        (None, Some(p)) => {
            let path = p.document_path();
            p.verify(togai_codegen::file_sha256(&path)?.as_deref())?;
            path
        }
        (None, None) => {
            return Err(togai_codegen::Error::Settings {
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
        print_warnings(o, &generated.warnings);
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
    print_warnings(o, &generated.warnings);
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
    Ok(ExitCode::SUCCESS)
}

fn print_warnings(o: &Options, warnings: &[togai_codegen::Warning]) {
    if !o.quiet {
        for w in warnings {
            eprintln!("{w}");
        }
    }
}
