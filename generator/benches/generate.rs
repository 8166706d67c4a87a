//! Generation speed and memory: `cargo bench -p togai-codegen`.
//!
//! For each case (the pinned Togai document, the largest published history
//! version, and a synthetic document ten times Togai's size), child processes
//! run the whole pipeline several times and report the median time of each
//! stage and their peak resident memory (VmHWM); the parent prints a table.
//! Figures, not assertions: this machine is noisy, so the load average is
//! printed with them.
//!
//! Modes, each in its own process:
//! - cold: `write_crate` into a new, empty directory each run: every file is
//!   created (the honest end-to-end figure for a first generation);
//! - same: `write_crate` into a directory that already holds the crate, as
//!   when regenerating from an unchanged document: nothing is written;
//! - rustfmt-cold: the CLI's extra rustfmt pass over every file, on top of `cold`;
//! - rustfmt: the same pass regenerating an unchanged crate, where rustfmt's
//!   record of its inputs (`.rustfmt-inputs`) lets every file skip it;
//! - module: `generate_module` (what a build.rs pays), into an unchanged file.
//!
//! `cargo bench -p togai-codegen -- togai` runs only the cases whose name
//! contains the word (here the pinned document).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CLI's allocator (the `mimalloc` feature, on by default), so the figures
/// are the CLI's; `--no-default-features` measures the system allocator, as a
/// build.rs that does not choose one gets.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};

use serde_json::Value;

const RUNS: usize = 7;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        return child(Path::new(&args[i + 1]), &args[i + 2]);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let settings = togai_codegen::ProjectSettings::read(&root).expect("spec/codegen.yaml");
    // Words after `--` pick cases by name (cargo adds `--bench`).
    let filters: Vec<&String> = args[1..].iter().filter(|a| !a.starts_with("--")).collect();
    let wanted = |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(*f));
    let togai = settings
        .require_document()
        .unwrap_or_else(|e| panic!("{e}"));
    let history = largest_history(&settings.document_path());
    let synthetic = synthetic(&togai, 10);
    println!(
        "generation, median of {RUNS} runs after one warm-up (ms); peak = VmHWM of the cold process"
    );
    println!(
        "allocator: {}",
        if cfg!(feature = "mimalloc") {
            "mimalloc (the CLI's)"
        } else {
            "system"
        }
    );
    println!("load average before: {}\n", load_average());
    println!(
        "{:<22} {:>5} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6} | {:>7} {:>7} {:>6}",
        "document",
        "ops",
        "load",
        "ir",
        "render",
        "format",
        "write",
        "total",
        "write",
        "total",
        "rustfmt",
        "module",
        "peak"
    );
    println!(
        "{:<22} {:>5} {:>27} | {:>13} | {:>13} | {:>7} {:>7} {:>6}",
        "", "", "(cold run)", "cold", "unchanged", "+pass", "total", "MiB"
    );
    for (name, path) in [
        ("togai (pinned)", togai.clone()),
        (history.0.as_str(), history.1.clone()),
        ("synthetic 10x togai", synthetic.clone()),
    ]
    .into_iter()
    .filter(|(name, _)| wanted(name))
    {
        let cold = run_child(&path, "cold");
        let same = run_child(&path, "same");
        let fmt_cold = run_child(&path, "rustfmt-cold");
        let with_fmt = run_child(&path, "rustfmt");
        let module = run_child(&path, "module");
        let ops = togai_codegen::model(&path)
            .map(|m| m.apis.iter().map(|a| a.operations.len()).sum::<usize>())
            .unwrap_or(0);
        let get =
            |r: &std::collections::HashMap<String, f64>, k: &str| r.get(k).copied().unwrap_or(0.0);
        println!(
            "{:<22} {:>5} {:>6.1} {:>6.1} {:>6.1} {:>6.1} | {:>6.1} {:>6.1} | {:>6.1} {:>6.1} | {:>7.1} {:>7.1} {:>6.1}",
            name,
            ops,
            get(&cold, "load"),
            get(&cold, "ir"),
            get(&cold, "render"),
            get(&cold, "format"),
            get(&cold, "write"),
            get(&cold, "total"),
            get(&same, "write"),
            get(&same, "total"),
            get(&fmt_cold, "rustfmt"),
            get(&module, "total"),
            get(&cold, "peak_kib") / 1024.0
        );
        // Medians move with this machine's noise; the fastest run shows the cost itself.
        println!(
            "{:<22} fastest run: cold total {:.1}, unchanged total {:.1}, module total {:.1}",
            "",
            get(&cold, "total_min"),
            get(&same, "total_min"),
            get(&module, "total_min"),
        );
        println!(
            "{:<22} CLI (with rustfmt) total: cold {:.1}, unchanged {:.1} (its rustfmt stage {:.1})",
            "",
            get(&fmt_cold, "total"),
            get(&with_fmt, "total"),
            get(&with_fmt, "rustfmt"),
        );
    }
    println!(
        "\ntotal = load + ir + render + format + write, timed around the call (so it includes what \
         the stages leave out); rustfmt = the CLI's extra pass over a new crate; module = \
         generate_module, whose write stage folds the files into one module."
    );
    println!("load average after: {}", load_average());
    let _ = std::fs::remove_file(&synthetic);
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn run_child(path: &Path, mode: &str) -> std::collections::HashMap<String, f64> {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .arg("--child")
        .arg(path)
        .arg(mode)
        .output()
        .expect("child runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim().parse().unwrap_or(0.0)))
        .collect()
}

/// Runs the pipeline in `mode` and prints `stage=ms` lines, `total=` and `peak_kib=`.
fn child(spec: &Path, mode: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let builder = togai_codegen::Builder::new()
        .spec(spec)
        .crate_name("bench-client")
        .rustfmt(mode.starts_with("rustfmt"));
    let mut samples: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    let mut totals = Vec::new();
    for i in 0..=RUNS {
        let out = match mode {
            // A new directory each run; all are removed at the end, not in between.
            "cold" | "rustfmt-cold" => tmp.path().join(format!("crate-{i}")),
            "module" => tmp.path().join("api.rs"),
            _ => tmp.path().join("crate"),
        };
        let t = Instant::now();
        let g = if mode == "module" {
            builder.generate_module(&out)
        } else {
            builder.write_crate(&out)
        }
        .expect("generates");
        let total = t.elapsed();
        if mode.ends_with("cold") {
            assert_eq!(g.written, g.files.len());
        } else if i > 0 {
            assert_eq!(g.written, 0, "nothing to write when unchanged");
        }
        if i > 0 {
            samples.push(g.timings);
            totals.push(total.as_secs_f64() * 1000.0);
        }
    }
    let stages: Vec<&str> = samples[0].iter().map(|(s, _)| *s).collect();
    for (i, stage) in stages.iter().enumerate() {
        let v: Vec<f64> = samples
            .iter()
            .map(|s| s[i].1.as_secs_f64() * 1000.0)
            .collect();
        println!("{stage}={}", median(v));
    }
    println!(
        "total_min={}",
        totals.iter().copied().fold(f64::INFINITY, f64::min)
    );
    println!("total={}", median(totals));
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_string());
    println!("peak_kib={}", hwm.unwrap_or_default());
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn largest_history(doc: &Path) -> (String, PathBuf) {
    let dir = doc.parent().unwrap().join("history");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0));
    let p = files.pop().expect("history versions");
    (
        format!("history {}", p.file_stem().unwrap().to_string_lossy()),
        p,
    )
}

/// Togai's document with its paths and schemas replicated `n` times under new
/// names (references rewritten), written to a temporary JSON file.
fn synthetic(doc: &Path, n: usize) -> PathBuf {
    let value = togai_codegen::load_value(doc).unwrap();
    let mut out = value.clone();
    for k in 2..=n {
        let suffix = format!("Copy{k}");
        let mut copy = value.clone();
        rename_refs(&mut copy, &suffix);
        let paths = copy["paths"].as_object().unwrap().clone();
        for (p, mut item) in paths {
            for (_, op) in item.as_object_mut().unwrap().iter_mut() {
                if let Some(id) = op.get_mut("operationId") {
                    *id = Value::String(format!("{}{suffix}", id.as_str().unwrap_or("")));
                }
            }
            out["paths"]
                .as_object_mut()
                .unwrap()
                .insert(format!("/copy{k}{p}"), item);
        }
        for kind in [
            "schemas",
            "parameters",
            "requestBodies",
            "responses",
            "examples",
        ] {
            let items = copy["components"][kind]
                .as_object()
                .cloned()
                .unwrap_or_default();
            for (name, v) in items {
                out["components"][kind]
                    .as_object_mut()
                    .unwrap()
                    .insert(format!("{name}{suffix}"), v);
            }
        }
    }
    let path =
        std::env::temp_dir().join(format!("togai-synthetic-{n}x-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_vec(&out).unwrap()).unwrap();
    path
}

fn rename_refs(v: &mut Value, suffix: &str) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" {
                    if let Value::String(s) = child {
                        *s = format!("{s}{suffix}");
                    }
                } else {
                    rename_refs(child, suffix);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rename_refs(c, suffix)),
        _ => {}
    }
}
