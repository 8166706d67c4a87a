//! A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: it answers each request
//! (each connection: it closes every one after answering) with a scripted [`Fault`], so that
//! tests can see what a client does when a connection is reset, a body is cut short or slow,
//! or a response is larger than allowed.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Fault {
    /// A complete response.
    Reply {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: String,
    },
    /// Reads the request, then resets the connection (RST) without answering.
    ResetBeforeResponse,
    /// Sends the head (with a `Content-Length` of the whole body) and half of `body`, then
    /// resets the connection.
    ResetMidBody { status: u16, body: String },
    /// Sends the head and half of `body`, then closes the connection normally (FIN).
    CloseMidBody { status: u16, body: String },
    /// Sends the head and half of `body`, waits `pause`, then sends the rest.
    SlowBody {
        status: u16,
        body: String,
        pause: Duration,
    },
    /// Declares a `Content-Length` of `length` and sends nothing more.
    DeclaredLength { status: u16, length: u64 },
    /// A chunked body of `total` bytes, written as fast as the client reads; how much of it
    /// was written before the client went away is recorded.
    Endless { status: u16, total: usize },
}

impl Fault {
    /// A JSON response.
    pub fn json(status: u16, body: serde_json::Value) -> Fault {
        Fault::Reply {
            status,
            headers: Vec::new(),
            body: body.to_string(),
        }
    }

    /// A JSON error response with a `Retry-After` header, if any.
    pub fn status(status: u16, retry_after: Option<String>) -> Fault {
        Fault::Reply {
            status,
            headers: retry_after
                .map(|v| ("retry-after", v))
                .into_iter()
                .collect(),
            body: serde_json::json!({ "message": format!("status {status}") }).to_string(),
        }
    }
}

/// A running fault server.
pub struct FaultServer {
    pub addr: SocketAddr,
    /// When each request was read, in order.
    seen: Arc<Mutex<Vec<Instant>>>,
    /// Bytes of [`Fault::Endless`] bodies written before the client went away.
    written: Arc<AtomicUsize>,
}

impl FaultServer {
    /// Starts a server answering request `n` (0-based) with `script(n)`.
    pub async fn start(script: impl Fn(usize) -> Fault + Send + Sync + 'static) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let written = Arc::new(AtomicUsize::new(0));
        let script = Arc::new(script);
        let (log, counter) = (Arc::clone(&seen), Arc::clone(&written));
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (log, counter, script) =
                    (Arc::clone(&log), Arc::clone(&counter), Arc::clone(&script));
                tokio::spawn(async move {
                    let _ = serve(stream, &log, &counter, &*script).await;
                });
            }
        });
        FaultServer {
            addr,
            seen,
            written,
        }
    }

    /// How many requests the server read.
    pub fn requests(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// When each request was read.
    pub fn times(&self) -> Vec<Instant> {
        self.seen.lock().unwrap().clone()
    }

    /// Bytes of an endless body written before the client went away.
    pub fn written(&self) -> usize {
        self.written.load(Ordering::SeqCst)
    }
}

/// Reads one request (head and `Content-Length` body), then acts out its fault.
async fn serve(
    mut stream: TcpStream,
    log: &Mutex<Vec<Instant>>,
    written: &AtomicUsize,
    script: &(dyn Fn(usize) -> Fault + Send + Sync),
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let length: usize = (head.lines())
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap_or(0));
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let n = {
        let mut log = log.lock().unwrap();
        log.push(Instant::now());
        log.len() - 1
    };
    let head_of = |status: u16, length: usize, extra: &[(&str, String)]| {
        let mut head = format!(
            "HTTP/1.1 {status} Fault\r\ncontent-type: application/json\r\ncontent-length: {length}\r\nconnection: close\r\n"
        );
        for (name, value) in extra {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        head
    };
    match script(n) {
        Fault::Reply {
            status,
            headers,
            body,
        } => {
            let head = head_of(status, body.len(), &headers);
            stream.write_all(format!("{head}{body}").as_bytes()).await?;
            stream.shutdown().await
        }
        Fault::ResetBeforeResponse => stream.set_zero_linger(),
        Fault::ResetMidBody { status, body } => {
            let half = &body[..body.len() / 2];
            let head = head_of(status, body.len(), &[]);
            stream.write_all(format!("{head}{half}").as_bytes()).await?;
            stream.flush().await?;
            stream.set_zero_linger()
        }
        Fault::CloseMidBody { status, body } => {
            let half = &body[..body.len() / 2];
            let head = head_of(status, body.len(), &[]);
            stream.write_all(format!("{head}{half}").as_bytes()).await?;
            stream.shutdown().await
        }
        Fault::SlowBody {
            status,
            body,
            pause,
        } => {
            let (first, rest) = body.split_at(body.len() / 2);
            let head = head_of(status, body.len(), &[]);
            stream
                .write_all(format!("{head}{first}").as_bytes())
                .await?;
            stream.flush().await?;
            tokio::time::sleep(pause).await;
            stream.write_all(rest.as_bytes()).await?;
            stream.shutdown().await
        }
        Fault::DeclaredLength { status, length } => {
            let head = format!(
                "HTTP/1.1 {status} Fault\r\ncontent-type: application/json\r\ncontent-length: {length}\r\nconnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).await?;
            // Never sends the body; the client must not wait for it.
            let mut rest = [0; 1];
            let _ = stream.read(&mut rest).await;
            Ok(())
        }
        Fault::Endless { status, total } => {
            let head = format!(
                "HTTP/1.1 {status} Fault\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).await?;
            let piece = vec![b' '; 16 * 1024];
            let mut sent = 0;
            while sent < total {
                let chunk = format!("{:x}\r\n", piece.len());
                stream.write_all(chunk.as_bytes()).await?;
                stream.write_all(&piece).await?;
                stream.write_all(b"\r\n").await?;
                sent += piece.len();
                written.store(sent, Ordering::SeqCst);
            }
            stream.write_all(b"0\r\n\r\n").await?;
            stream.shutdown().await
        }
    }
}
