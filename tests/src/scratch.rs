//! A scratch workspace of generated crates, compiled with the main target
//! directory and lock file, so dependencies are built once for everything.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::root;

/// Dependencies the tests of a scratch crate may use.
/// Appended to the generated `[dev-dependencies]` table (the last of its Cargo.toml).
const DEV_DEPENDENCIES: &str = r#"
serde = "1"
serde_json = "1"
bytes = "1"
chrono = { version = "0.4", default-features = false, features = ["std", "serde"] }
"#;

pub struct Scratch {
    dir: PathBuf,
    members: Vec<String>,
}

/// What a cargo run in the scratch workspace printed.
pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Scratch {
    /// An empty scratch workspace at `target/scratch/<name>`.
    pub fn new(name: &str) -> Self {
        let dir = root().join("target").join("scratch").join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch {
            dir,
            members: Vec::new(),
        }
    }

    /// Adds a generated crate as member `name`, with `test` (a file) as its
    /// integration test, if any.
    pub fn add(&mut self, name: &str, generated: &togai_codegen::Generated, test: Option<&Path>) {
        let dir = self.dir.join(name);
        for (rel, text) in &generated.files {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let text = if rel == Path::new("Cargo.toml") {
                // The socket tests need more of tokio than the examples do.
                let tokio =
                    "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }";
                assert!(
                    text.contains(tokio),
                    "the generated dev-dependencies changed: {text}"
                );
                let text = text.replace(
                    tokio,
                    &tokio.replace(
                        "\"rt-multi-thread\"",
                        "\"rt-multi-thread\", \"net\", \"io-util\", \"time\"",
                    ),
                );
                format!("{text}{DEV_DEPENDENCIES}")
            } else {
                text.clone()
            };
            std::fs::write(path, text).unwrap();
        }
        if let Some(test) = test {
            std::fs::create_dir_all(dir.join("tests")).unwrap();
            std::fs::copy(test, dir.join("tests").join("fixture.rs")).unwrap();
        }
        self.members.push(name.to_string());
    }

    /// Runs cargo with `args` over the whole scratch workspace.
    pub fn cargo(&self, args: &[&str]) -> Run {
        self.cargo_with_env(args, &[])
    }

    /// [`Scratch::cargo`] with extra environment variables (seen by the
    /// crates' tests too).
    pub fn cargo_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        self.write_manifest();
        let out = self.command(args, env).output().expect("cargo runs");
        Run {
            success: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Writes the workspace manifest (every member added so far) and the lock file. Done once
    /// before [`Scratch::command`]s that run side by side, which must not rewrite them.
    pub fn write_manifest(&self) {
        let members: Vec<String> = self.members.iter().map(|m| format!("{m:?}")).collect();
        std::fs::write(
            self.dir.join("Cargo.toml"),
            format!(
                "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n\
                 # The generated crates name the runtime by version: it is this repository's.\n\
                 [patch.crates-io]\n{} = {{ path = {:?} }}\n",
                members.join(", "),
                togai_codegen::RUNTIME_CRATE,
                root().join("runtime").display().to_string(),
            ),
        )
        .unwrap();
        // The main lock file pins the versions that are already built.
        std::fs::copy(root().join("Cargo.lock"), self.dir.join("Cargo.lock")).unwrap();
    }

    /// A cargo command in the workspace, offline, in the main target directory unless `env`
    /// names another `CARGO_TARGET_DIR`; the manifest must have been written.
    pub fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target"));
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .args(offline(args))
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target)
            .env("CARGO_TERM_COLOR", "never")
            .envs(env.iter().copied());
        command
    }
}

/// The API features of a generated crate: what its `all-apis` feature enables, one a line as
/// the generator writes them; none for a crate without API features.
pub fn api_features(generated: &togai_codegen::Generated) -> Vec<String> {
    let manifest = generated
        .files
        .get(Path::new("Cargo.toml"))
        .map_or("", String::as_str);
    let Some((_, rest)) = manifest.split_once("\nall-apis = [") else {
        return Vec::new();
    };
    let list = rest.split(']').next().unwrap_or("");
    list.split(',')
        .map(|f| f.trim().trim_matches('"'))
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .collect()
}

/// A module file of a generated crate, with the features its `#[cfg]` names: what compiles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatedModule {
    /// The file, relative to the crate root (`src/models/user.rs`).
    pub path: PathBuf,
    /// Its lines of Rust.
    pub lines: usize,
    /// The features of its gate: any of them compiles it; none for a module of every build.
    pub features: Vec<String>,
}

/// Every module file that a `mod.rs` of the generated crate declares (`mod x;`), with its gate
/// as the attributes before the declaration say (`#[cfg(any(feature = "a", ...))]`, one or more
/// lines, as the generator prints them).
pub fn gated_modules(generated: &togai_codegen::Generated) -> Vec<GatedModule> {
    let mut out = Vec::new();
    for (path, text) in &generated.files {
        if path.file_name().is_none_or(|n| n != "mod.rs") {
            continue;
        }
        let dir = path.parent().unwrap_or(Path::new(""));
        let mut pending: Vec<String> = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            let mut rest = line;
            while let Some((_, after)) = rest.split_once("feature = \"") {
                let Some((name, tail)) = after.split_once('"') else {
                    break;
                };
                if !pending.iter().any(|f| f == name) {
                    pending.push(name.to_string());
                }
                rest = tail;
            }
            let declared = line
                .strip_prefix("pub ")
                .unwrap_or(line)
                .strip_prefix("mod ")
                .and_then(|m| m.strip_suffix(';'));
            if let Some(name) = declared {
                let file = [
                    dir.join(format!("{name}.rs")),
                    dir.join(name).join("mod.rs"),
                ]
                .into_iter()
                .find(|f| generated.files.contains_key(f));
                if let Some(file) = file {
                    out.push(GatedModule {
                        lines: generated.files[&file].lines().count(),
                        path: file,
                        features: std::mem::take(&mut pending),
                    });
                }
            }
            // The end of an item: what follows is another's attributes.
            if line.ends_with(';') || line.ends_with('}') {
                pending.clear();
            }
        }
    }
    out
}

/// `args` with `--offline` among cargo's own options: before a `--`, since what follows it
/// goes to the tool (clippy would take `--offline` for a lint flag of its own).
fn offline<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let split = args.iter().position(|a| *a == "--").unwrap_or(args.len());
    let mut out = args[..split].to_vec();
    out.push("--offline");
    out.extend_from_slice(&args[split..]);
    out
}

impl Run {
    /// What a failed run said, without cargo's progress lines (`Compiling`, `Running`...),
    /// which would otherwise fill a CI log's excerpt before the error: stderr, then the test
    /// output (stdout).
    pub fn failure(&self) -> String {
        let progress = [
            "Compiling ",
            "Checking ",
            "Downloaded ",
            "Downloading ",
            "Locking ",
            "Adding ",
            "Blocking ",
        ];
        let errors: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !progress.iter().any(|p| l.trim_start().starts_with(p)))
            .collect();
        format!("{}\n--- stdout ---\n{}", errors.join("\n"), self.stdout)
    }

    /// Compiler warnings, as `warning:` blocks of the output.
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut current: Option<String> = None;
        for line in self.stderr.lines() {
            if line.starts_with("warning:")
                && !line.contains("generated")
                && !line.starts_with("warning: unused manifest")
            {
                if let Some(w) = current.take() {
                    out.push(w);
                }
                current = Some(line.to_string());
            } else if let Some(w) = &mut current {
                if line.starts_with("  ")
                    || line.starts_with("   |")
                    || line.starts_with("-->")
                    || line.trim_start().starts_with("-->")
                {
                    w.push('\n');
                    w.push_str(line);
                } else {
                    out.push(current.take().unwrap());
                }
            }
        }
        out.extend(current);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{api_features, gated_modules, offline};

    #[test]
    fn api_features_are_read_from_the_generated_manifest() {
        let doc = |tags: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n  /a:\n    get:\n      \
                 operationId: getA\n{tags}      responses:\n        '204': {{description: ok}}\n  \
                 /b:\n    get:\n      operationId: getB\n{}      responses:\n        \
                 '204': {{description: ok}}\n",
                tags.replace("Alpha", "Beta-Items")
            )
        };
        let generated = |text: String| {
            togai_codegen::Builder::new()
                .spec_text("t.yaml", text)
                .crate_name("t")
                .rustfmt(false)
                .generate()
                .unwrap()
        };
        let tagged = generated(doc("      tags: [Alpha]\n"));
        assert_eq!(api_features(&tagged), ["alpha", "beta-items"]);
        assert!(api_features(&generated(doc(""))).is_empty());
    }

    #[test]
    fn modules_are_read_with_their_gates() {
        // `Pet` is reached by the tagged operation, `Loose` by none, `Problem` is the error body.
        let text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n    get:\n      \
                    operationId: listPets\n      tags: [Pets]\n      responses:\n        '200':\n          \
                    description: ok\n          content:\n            application/json:\n              \
                    schema: {$ref: '#/components/schemas/Pet'}\n        default:\n          \
                    description: error\n          content:\n            application/json:\n              \
                    schema: {$ref: '#/components/schemas/Problem'}\ncomponents:\n  schemas:\n    \
                    Pet: {type: object, properties: {name: {type: string}}}\n    \
                    Loose: {type: object, properties: {note: {type: string}}}\n    \
                    Problem: {type: object, properties: {detail: {type: string}}}\n";
        let generated = togai_codegen::Builder::new()
            .spec_text("t.yaml", text)
            .crate_name("t")
            .rustfmt(false)
            .generate()
            .unwrap();
        let modules = gated_modules(&generated);
        let gate = |path: &str| {
            let m = modules
                .iter()
                .find(|m| m.path.to_str() == Some(path))
                .unwrap_or_else(|| panic!("{path} in {modules:?}"));
            assert!(m.lines > 5, "{path} has {} lines", m.lines);
            m.features.join(",")
        };
        assert_eq!(gate("src/apis/pets_api.rs"), "pets");
        assert_eq!(gate("src/models/pet.rs"), "all-models,pets");
        assert_eq!(
            gate("src/models/loose.rs"),
            format!("all-models,{}", togai_codegen::naming::UNREACHED_MODELS)
        );
        assert_eq!(gate("src/models/problem.rs"), "");
    }

    #[test]
    fn offline_goes_before_the_tools_arguments() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["check"], &["check", "--offline"]),
            (
                &["clippy", "-p", "a", "--", "-D", "warnings"],
                &["clippy", "-p", "a", "--offline", "--", "-D", "warnings"],
            ),
            (
                &["test", "--", "--nocapture", "--", "x"],
                &["test", "--offline", "--", "--nocapture", "--", "x"],
            ),
            (&["clippy", "--"], &["clippy", "--offline", "--"]),
        ];
        for (args, want) in cases {
            assert_eq!(offline(args), *want, "{args:?}");
        }
    }
}
