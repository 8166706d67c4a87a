//! Generation speed and memory: `cargo bench -p togai-codegen`.
//!
//! For each case (the pinned Togai document, the largest published history
//! version, and a synthetic document ten times Togai's size), a child process
//! runs the whole pipeline several times and reports the median time of each
//! stage and its peak resident memory (VmHWM); the parent prints a table.
//! Figures, not assertions: this machine is noisy.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

const RUNS: usize = 7;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        return child(
            Path::new(&args[i + 1]),
            args.get(i + 2).map(String::as_str) == Some("rustfmt"),
        );
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let settings = togai_codegen::ProjectSettings::read(&root).expect("spec/codegen.yaml");
    let togai = settings.document_path();
    let history = largest_history(&togai);
    let synthetic = synthetic(&togai, 10);
    println!(
        "generation, median of {RUNS} runs after one warm-up (ms); peak = VmHWM of the process\n"
    );
    println!(
        "{:<34} {:>6} {:>6} {:>7} {:>6} {:>7} {:>6} {:>7} {:>8} {:>9}",
        "document",
        "ops",
        "load",
        "ir",
        "render",
        "format",
        "write",
        "total",
        "rustfmt",
        "peak MiB"
    );
    for (name, path) in [
        ("togai (pinned)", togai.clone()),
        (history.0.as_str(), history.1.clone()),
        ("synthetic 10x togai", synthetic.clone()),
    ] {
        let report = run_child(&path, false);
        let with_fmt = run_child(&path, true);
        let ops = togai_codegen::model(&path)
            .map(|m| m.apis.iter().map(|a| a.operations.len()).sum::<usize>())
            .unwrap_or(0);
        let get = |k: &str| report.get(k).copied().unwrap_or(0.0);
        println!(
            "{:<34} {:>6} {:>6.1} {:>7.1} {:>6.1} {:>7.1} {:>6.1} {:>7.1} {:>8.1} {:>9.1}",
            name,
            ops,
            get("load"),
            get("ir"),
            get("render"),
            get("format"),
            get("write"),
            get("total"),
            with_fmt.get("rustfmt").copied().unwrap_or(0.0),
            get("peak_kib") / 1024.0
        );
    }
    println!("\ntotal = load + ir + render + format + write (what build.rs pays); rustfmt is the CLI's extra pass.");
    let _ = std::fs::remove_file(&synthetic);
}

fn run_child(path: &Path, rustfmt: bool) -> std::collections::HashMap<String, f64> {
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new(exe);
    cmd.arg("--child").arg(path);
    if rustfmt {
        cmd.arg("rustfmt");
    }
    let out = cmd.output().expect("child runs");
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

/// Runs the pipeline and prints `stage=ms` lines and `peak_kib=`.
fn child(spec: &Path, rustfmt: bool) {
    let out = tempfile::tempdir().unwrap();
    let builder = togai_codegen::Builder::new()
        .spec(spec)
        .crate_name("bench-client")
        .rustfmt(rustfmt);
    let mut samples: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    for i in 0..=RUNS {
        let g = builder
            .write_crate(out.path().join("crate"))
            .expect("generates");
        if i > 0 {
            samples.push(g.timings);
        }
    }
    let stages: Vec<&str> = samples[0].iter().map(|(s, _)| *s).collect();
    let mut total = Vec::new();
    for (i, stage) in stages.iter().enumerate() {
        let mut v: Vec<f64> = samples
            .iter()
            .map(|s| s[i].1.as_secs_f64() * 1000.0)
            .collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("{stage}={}", v[v.len() / 2]);
    }
    for s in &samples {
        total.push(
            s.iter()
                .filter(|(n, _)| *n != "rustfmt")
                .map(|(_, d)| d.as_secs_f64() * 1000.0)
                .sum::<f64>(),
        );
    }
    total.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("total={}", total[total.len() / 2]);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_string());
    println!("peak_kib={}", hwm.unwrap_or_default());
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
