//! OpenAPI 3.1 proven against a real server framework: the FastAPI app of
//! `tests/fastapi/app.py` gives its own document (`app.openapi()`, 3.1.0,
//! produced here at run time and never checked in), the generator makes a
//! client crate from it, the crate is compiled in a scratch workspace, and its
//! test program (`tests/fastapi/client.rs`) calls every operation against the
//! app served by uvicorn on 127.0.0.1, asserting the values that come back and
//! that requests the server rejects are typed 422 errors. FastAPI validates
//! every request with pydantic: a second check of what the client sends, next
//! to Prism's.
//!
//! The app runs in the virtual environment `tests/fastapi/.venv`, made by
//! `scripts/fastapi install` from the pins of `tests/fastapi/requirements.txt`
//! (CI runs it in `.ci/run`); without it this test fails and says so.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use workspace_tests::root;
use workspace_tests::scratch::Scratch;

/// The command that creates the virtual environment, for the failure message.
const INSTALL: &str = "scripts/fastapi install";
/// How long uvicorn may take to import the app and listen (about a second).
const STARTUP_LIMIT: Duration = Duration::from_secs(60);

fn app_dir() -> PathBuf {
    root().join("tests/fastapi")
}

/// The virtual environment's python, checked to hold the pinned packages.
fn python() -> PathBuf {
    let venv = app_dir().join(".venv");
    let python = venv.join("bin").join("python");
    assert!(
        python.exists(),
        "the FastAPI virtual environment {} is missing: create it with `{INSTALL}`",
        venv.display()
    );
    // scripts/fastapi keeps a copy of the requirements it installed.
    let wanted = std::fs::read(app_dir().join("requirements.txt")).expect("requirements.txt");
    let installed = std::fs::read(venv.join("requirements.txt")).unwrap_or_default();
    assert!(
        installed == wanted,
        "the FastAPI virtual environment {} does not match tests/fastapi/requirements.txt: update it with `{INSTALL}`",
        venv.display()
    );
    python
}

/// The app's OpenAPI document, as FastAPI writes it.
fn dump_openapi(python: &Path, to: &Path) {
    let out = Command::new(python)
        .args([
            "-c",
            "import json, app; print(json.dumps(app.app.openapi(), indent=1))",
        ])
        .current_dir(app_dir())
        .stdin(Stdio::null())
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "app.openapi() failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(to, &out.stdout).unwrap();
}

/// uvicorn serving the app; killed (and waited for) when dropped, so a
/// failing test stops it too. It also gets SIGKILL if the thread that
/// started it ends (the test is killed).
struct Server {
    child: Child,
    url: String,
    log: PathBuf,
}

impl Server {
    fn start(python: &Path, log: PathBuf) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port on 127.0.0.1")
            .port();
        let log_file = std::fs::File::create(&log).unwrap();
        let mut command = Command::new(python);
        command
            .args(["-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port"])
            .arg(port.to_string())
            .current_dir(app_dir())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().unwrap())
            .stderr(log_file);
        // SAFETY: only an async-signal-safe system call between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            })
        };
        let child = command.spawn().expect("uvicorn starts");
        let mut server = Server {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        };
        server.wait_until_listening(port);
        server
    }

    /// Polls until the app answers HTTP, or uvicorn exits, or time is up.
    fn wait_until_listening(&mut self, port: u16) {
        let started = Instant::now();
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "uvicorn exited ({status}) during startup:\n{}",
                    self.log_text()
                );
            }
            if answers(addr) {
                return;
            }
            assert!(
                started.elapsed() < STARTUP_LIMIT,
                "uvicorn did not answer on {addr} within {STARTUP_LIMIT:?}:\n{}",
                self.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether an HTTP server answers `GET /openapi.json` on `addr`.
fn answers(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200")
}

#[test]
fn the_generated_client_calls_every_operation_of_a_fastapi_app() {
    let python = python();
    let mut lap = Instant::now();
    let mut timings = Vec::new();
    let mut time = |what: &'static str| {
        timings.push(format!("{what} {:.1} s", lap.elapsed().as_secs_f64()));
        lap = Instant::now();
    };

    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let document = tmp.join("fastapi-openapi.json");
    dump_openapi(&python, &document);
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&document).unwrap()).unwrap();
    let version = value["openapi"].as_str().unwrap_or_default();
    assert!(
        version.starts_with("3.1."),
        "FastAPI wrote OpenAPI {version}"
    );
    time("openapi.json");

    let generated = togai_codegen::Builder::new()
        .spec(&document)
        .crate_name("fastapi-pets")
        .rustfmt(false)
        .generate()
        .unwrap_or_else(|e| panic!("{e}"));
    // Every form FastAPI writes has a 3.0 form: nothing is worked around.
    assert!(
        generated.warnings.is_empty(),
        "warnings for FastAPI's document:\n{}",
        generated
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let mut scratch = Scratch::new("fastapi");
    scratch.add(
        "fastapi-pets",
        &generated,
        Some(&app_dir().join("client.rs")),
    );
    time("generate");

    let build = scratch.cargo(&["test", "--no-run"]);
    assert!(
        build.success,
        "the crate generated from FastAPI's document does not build:\n{}",
        build.failure()
    );
    let warnings = build.warnings();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
    time("build");

    let server = Server::start(&python, tmp.join("fastapi-uvicorn.log"));
    time("uvicorn start");
    let run = scratch.cargo_with_env(
        &["test", "--test", "fixture"],
        &[("FASTAPI_URL", server.url.as_str())],
    );
    let log = server.log_text();
    drop(server);
    time("calls");
    assert!(
        run.success,
        "the client's calls failed:\n{}\n{}\n--- uvicorn's log ---\n{log}",
        run.stdout, run.stderr
    );
    assert!(
        run.stdout.contains("test result: ok. 2 passed"),
        "{}",
        run.stdout
    );
    println!("fastapi: {}", timings.join(", "));
}
