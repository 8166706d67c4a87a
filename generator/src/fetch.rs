//! Downloading a document (the `fetch` feature): one HTTPS GET through
//! reqwest's blocking client with rustls on ring, run on a thread of its own so that
//! it also works when called from inside an async runtime.

use std::time::Duration;

use crate::diagnostics::{Error, Result};

/// Larger answers are refused: OpenAPI documents are a few MB at most.
const MAX_BYTES: u64 = 64 << 20;

/// The body of a 2xx answer to `GET url`. Redirects are followed; any other
/// status, a failed connection or a body larger than 64 MiB is an error
/// naming the URL.
pub fn download(url: &str) -> Result<Vec<u8>> {
    let fail = |message: String| Error::Fetch {
        url: url.to_string(),
        message,
    };
    std::thread::scope(|scope| {
        scope
            .spawn(|| get(url).map_err(fail))
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

fn get(url: &str) -> std::result::Result<Vec<u8>, String> {
    // reqwest is built without a crypto provider (no aws-lc build): ring, unless
    // the program installed one.
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    let client = reqwest::blocking::Client::builder()
        .user_agent(concat!("togai-codegen/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(120))
        .build()
        .map_err(|e| error_chain(&e))?;
    let response = client.get(url).send().map_err(|e| error_chain(&e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("the server answered {status}"));
    }
    if response.content_length().is_some_and(|n| n > MAX_BYTES) {
        return Err(format!("the answer is larger than {} MiB", MAX_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    let mut body = std::io::Read::take(response, MAX_BYTES + 1);
    std::io::Read::read_to_end(&mut body, &mut bytes).map_err(|e| error_chain(&e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!("the answer is larger than {} MiB", MAX_BYTES >> 20));
    }
    Ok(bytes)
}

/// An error and its causes on one line (reqwest's own message alone says
/// little: "error sending request").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}
