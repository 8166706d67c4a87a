//! Mutation fuzzing of the whole pipeline, outside CI:
//!
//! ```text
//! cargo run --release -p togai-codegen --example fuzz -- [SECONDS] [SEED]
//! ```
//!
//! Starts from real documents (the fixtures and every Togai version), applies
//! random structural mutations (drop, retype, rename, duplicate, swap `$ref`s,
//! odd strings), and runs load → IR → render → format on each. A panic, or
//! emitted code that does not parse (an `Error::Render`), is a bug and is kept
//! in `target/fuzz-failures/`; a clear refusal is fine. Prints the counts.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

const ODD: &[&str] = &[
    "",
    "type",
    "Self",
    "1a",
    "a-b",
    "ÿ",
    "{x}",
    "#/components/schemas/",
    "\n",
    "r#x",
    "__",
    "Option",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seconds: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let seeds = seed_documents(&root);
    assert!(!seeds.is_empty(), "no seed documents found");
    let failures = root.join("target/fuzz-failures");
    let work = tempfile::tempdir().unwrap();
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut runs, mut generated, mut refused, mut bugs) = (0u64, 0u64, 0u64, 0u64);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    std::panic::set_hook(Box::new(|_| {}));
    while Instant::now() < deadline {
        let mut doc = seeds[rng.usize(..seeds.len())].clone();
        for _ in 0..rng.usize(1..6) {
            mutate(&mut doc, &mut rng);
        }
        let path = work.path().join("doc.json");
        std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
        let outcome = std::panic::catch_unwind(|| {
            togai_codegen::Builder::new()
                .spec(&path)
                .crate_name("fuzzed")
                .rustfmt(false)
                .generate()
        });
        runs += 1;
        let bug = match outcome {
            Ok(Ok(_)) => {
                generated += 1;
                None
            }
            Ok(Err(togai_codegen::Error::Render { output, message })) => {
                Some(format!("{}: {message}", output.display()))
            }
            Ok(Err(_)) => {
                refused += 1;
                None
            }
            Err(panic) => Some(format!(
                "panic: {}",
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        if let Some(why) = bug {
            bugs += 1;
            std::fs::create_dir_all(&failures).unwrap();
            let file = failures.join(format!("{seed}-{runs}.json"));
            std::fs::write(&file, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
            println!("BUG {}: {why}", file.display());
        }
    }
    println!("{runs} documents in {seconds} s (seed {seed}): {generated} generated, {refused} refused, {bugs} bugs");
    if bugs > 0 {
        std::process::exit(1);
    }
}

fn seed_documents(root: &Path) -> Vec<Value> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for dir in [
        root.join("tests/fixtures"),
        root.join("../shared/togai-openapi/history"),
    ] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            paths.extend(
                entries
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "yaml")),
            );
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| togai_codegen::load_value(p).ok())
        .collect()
}

/// Every JSON pointer in `v`, to pick mutation sites from.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        _ => {}
    }
}

fn mutate(doc: &mut Value, rng: &mut fastrand::Rng) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let target = all[rng.usize(..all.len())].clone();
    let (parent, key) = target.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    let donor = doc
        .pointer(&all[rng.usize(..all.len())])
        .cloned()
        .unwrap_or(Value::Null);
    let Some(parent) = doc.pointer_mut(parent) else {
        return;
    };
    let odd = || Value::String(ODD[fastrand::usize(..ODD.len())].to_string());
    match (parent, rng.u8(..7)) {
        (Value::Object(m), 0) => {
            m.shift_remove(&key);
        }
        (Value::Object(m), 1) => {
            if let Some(v) = m.shift_remove(&key) {
                m.insert(ODD[rng.usize(..ODD.len())].to_string(), v);
            }
        }
        (Value::Object(m), 2) => {
            m.insert(key, donor);
        }
        (Value::Object(m), 3) => {
            m.insert(key, odd());
        }
        (Value::Object(m), 4) => {
            let choices = [
                Value::Null,
                Value::Bool(true),
                Value::from(-1),
                Value::Array(vec![]),
                Value::Object(Default::default()),
            ];
            m.insert(key, choices[rng.usize(..choices.len())].clone());
        }
        (Value::Object(m), _) => {
            // Point a $ref somewhere else, or at something missing.
            let refs = [
                "#/components/schemas/Missing",
                "#/components/schemas",
                "#/paths",
                "other.yaml#/X",
                "#",
            ];
            let mut r = serde_json::Map::new();
            r.insert(
                "$ref".into(),
                Value::String(refs[rng.usize(..refs.len())].into()),
            );
            m.insert(key, Value::Object(r));
        }
        (Value::Array(a), n) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < a.len() {
                    if n % 2 == 0 {
                        a.remove(i);
                    } else {
                        a.push(donor);
                    }
                }
            }
        }
        _ => {}
    }
}
