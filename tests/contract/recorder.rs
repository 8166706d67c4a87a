//! A recording HTTP/1.1 forwarder between the client and Prism. It keeps the request target
//! (path and query as sent) of every request, so that the test can check that each parameter
//! went out under its name (Prism does not reject unknown query parameters, so a misnamed
//! optional parameter would otherwise go unnoticed), and the response body as received, so
//! that the test can check that decoding lost nothing.
//!
//! One connection per request (`Connection: close` both ways); blocking I/O on threads, so it
//! works beside any async runtime.

use std::io::{self, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Recorder {
    /// Base URL to give the client.
    pub url: String,
    exchanges: Arc<Mutex<Vec<Exchange>>>,
}

/// One request and its response.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// Path and query, as sent.
    pub target: String,
    /// The request's `Content-Type`.
    pub content_type: Option<String>,
    /// The request body.
    pub request: Vec<u8>,
    /// The response body, unless it was chunked.
    pub response: Option<Vec<u8>>,
}

impl Recorder {
    /// Starts forwarding to `upstream` (`http://127.0.0.1:PORT`).
    pub fn start(upstream: &str) -> Recorder {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .parse()
            .expect("upstream is http://127.0.0.1:PORT");
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let url = format!("http://{}", listener.local_addr().expect("bound"));
        let exchanges = Arc::new(Mutex::new(Vec::new()));
        let shared = exchanges.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let shared = shared.clone();
                std::thread::spawn(move || {
                    if let Err(e) = forward(client, upstream, &shared) {
                        eprintln!("recorder: {e}");
                    }
                });
            }
        });
        Recorder { url, exchanges }
    }

    /// The exchanges completed since the last call.
    pub fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut *self.exchanges.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// Reads a message head (through the blank line); returns it without `Connection` headers,
/// and the `Content-Length`.
fn read_head(reader: &mut impl io::BufRead) -> io::Result<(Vec<String>, usize)> {
    let mut lines = Vec::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed in the head",
            ));
        }
        let line = line.trim_end_matches(['\r', '\n']).to_owned();
        if line.is_empty() {
            return Ok((lines, length));
        }
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("content-length:") {
            length = value
                .trim()
                .parse()
                .map_err(|_| io::Error::other("bad Content-Length"))?;
        }
        if !lower.starts_with("connection:") && !lower.starts_with("keep-alive:") {
            lines.push(line);
        }
    }
}

fn write_head(out: &mut Vec<u8>, lines: &[String]) {
    for line in lines {
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"Connection: close\r\n\r\n");
}

fn forward(
    client: TcpStream,
    upstream: SocketAddr,
    exchanges: &Mutex<Vec<Exchange>>,
) -> io::Result<()> {
    client.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(client.try_clone()?);
    let (head, length) = read_head(&mut reader)?;
    let target = head
        .first()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or_default()
        .to_owned();
    let content_type = (head.iter().skip(1))
        .find_map(|l| {
            l.split_once(':')
                .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        })
        .map(|(_, v)| v.trim().to_owned());
    let mut request = Vec::new();
    write_head(&mut request, &head);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    request.extend_from_slice(&body);

    let mut server = TcpStream::connect(upstream)?;
    server.set_read_timeout(Some(Duration::from_secs(30)))?;
    server.write_all(&request)?;
    let mut response = BufReader::new(server);
    let (head, _) = read_head(&mut response)?;
    let chunked = head
        .iter()
        .any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding:"));
    let mut reply = Vec::new();
    write_head(&mut reply, &head);
    let body_start = reply.len();
    // Upstream closes after the response (`Connection: close`), whatever its framing.
    response.read_to_end(&mut reply)?;
    let response = (!chunked).then(|| reply[body_start..].to_vec());
    // Recorded before the client can see the response, so that it is there when the call ends.
    exchanges
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(Exchange {
            target,
            content_type,
            request: body,
            response,
        });
    let mut client = client;
    client.write_all(&reply)?;
    client.flush()?;
    let _ = client.shutdown(std::net::Shutdown::Both);
    Ok(())
}
