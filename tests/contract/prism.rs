//! The Prism mock server the contract test talks to.
//!
//! With `PRISM_URL` set, that server is used (start one with `scripts/prism start`). Otherwise
//! the first test that needs Prism starts `tests/contract/node_modules/.bin/prism` on a free
//! port of 127.0.0.1, and the process is killed (and waited for) when the test binary exits,
//! or by the kernel if the test binary dies first. The tests of the binary share that one server.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long Prism may take to load the document and listen (it takes 5 to 7 s).
const STARTUP_LIMIT: Duration = Duration::from_secs(60);

/// The command that installs Prism, for error messages.
pub const INSTALL: &str = "scripts/prism install   (runs `npm ci` in tests/contract)";

static URL: OnceLock<Result<String, String>> = OnceLock::new();
static CHILD: Mutex<Option<Child>> = Mutex::new(None);

/// The base URL of the Prism server, starting it on first use.
pub fn url() -> &'static str {
    match URL.get_or_init(start) {
        Ok(url) => url,
        Err(message) => panic!("{message}"),
    }
}

fn start() -> Result<String, String> {
    if let Ok(url) = std::env::var("PRISM_URL") {
        let url = url.trim_end_matches('/').to_owned();
        let addr = (url
            .strip_prefix("http://")
            .and_then(|a| a.parse::<SocketAddr>().ok()))
        .filter(|a| a.ip().is_loopback())
        .ok_or_else(|| {
            format!(
                "PRISM_URL={url}: expected http://127.0.0.1:PORT (Prism runs on this machine only)"
            )
        })?;
        return TcpStream::connect_timeout(&addr, Duration::from_secs(2))
            .map(|_| url.clone())
            .map_err(|e| {
                format!(
                    "PRISM_URL={url} does not answer ({e}); start Prism with `scripts/prism start`"
                )
            });
    }
    let root = workspace_tests::root();
    let bin = root.join("tests/contract/node_modules/.bin/prism");
    if !bin.exists() {
        return Err(format!(
            "Prism is not installed ({} is missing). Install it with\n    {INSTALL}\n\
             then run the test again (it starts and stops Prism itself), or point PRISM_URL at a running Prism.",
            bin.display()
        ));
    }
    let document = workspace_tests::pinned_document();
    let port = free_port()?;
    let log = log_path();
    let log_file =
        std::fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let stderr = log_file.try_clone().map_err(|e| e.to_string())?;
    let mut command = Command::new(&bin);
    command
        .args([
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
            "-v",
            "warn",
        ])
        .arg(&document)
        .stdin(Stdio::null())
        .stdout(log_file)
        .stderr(stderr);
    // SAFETY: only an async-signal-safe system call between fork and exec.
    unsafe {
        command.pre_exec(|| {
            // Prism gets SIGKILL when the thread that started it ends: that thread lives as long
            // as this process, so Prism cannot outlive the test even if it is killed.
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        })
    };
    let (sender, spawned) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("prism-parent".into())
        .spawn(move || {
            let _ = sender.send(command.spawn());
            loop {
                std::thread::park();
            }
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    let child = spawned
        .recv()
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("cannot start {} (is node installed?): {e}", bin.display()))?;
    *CHILD.lock().unwrap_or_else(|e| e.into_inner()) = Some(child);
    // SAFETY: `stop` is a plain function that only touches the process handle.
    unsafe { libc::atexit(stop) };
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    wait_until_listening(port).map_err(|why| {
        stop();
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        format!("Prism did not start: {why}\n--- Prism's output ---\n{log}")
    })?;
    println!(
        "contract: Prism answered on {url} after {:.1?} (log {})",
        started.elapsed(),
        log.display()
    );
    Ok(url)
}

/// Kills Prism and waits for it to exit; registered with `atexit`.
extern "C" fn stop() {
    let mut child = CHILD.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(mut child) = child.take() {
        let _ = child.kill();
        let _ = child.wait();
    }
}

fn free_port() -> Result<u16, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port on 127.0.0.1: {e}"))?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Where the Prism started by the test writes its output.
pub fn log_path() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contract-prism.log")
}

/// Polls until Prism answers an HTTP request, or its process has exited, or time is up.
fn wait_until_listening(port: u16) -> Result<(), String> {
    let started = Instant::now();
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    loop {
        if let Some(status) = CHILD
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
            .and_then(|c| c.try_wait().ok())
            .flatten()
        {
            return Err(format!("the process exited with {status}"));
        }
        if let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            if answers(&mut stream) {
                return Ok(());
            }
        }
        if started.elapsed() > STARTUP_LIMIT {
            return Err(format!(
                "it did not answer on port {port} within {STARTUP_LIMIT:?}"
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Whether an HTTP request on `stream` gets an HTTP response.
fn answers(stream: &mut TcpStream) -> bool {
    use std::io::{Read as _, Write as _};
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    let mut head = [0u8; 5];
    stream.write_all(request).is_ok() && stream.read_exact(&mut head).is_ok() && &head == b"HTTP/"
}
