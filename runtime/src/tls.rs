//! TLS of HTTP clients: rustls on ring with the webpki roots (feature `rustls-tls`), or the
//! platform's library (feature `native-tls`).
//!
//! reqwest 0.13's own `rustls` feature links aws-lc-rs, a large C build; this crate asks reqwest
//! for rustls without a provider and supplies ring. A reqwest client then needs rustls' process
//! default provider: [`http_client_builder`] installs ring as that default, unless the program
//! has installed one of its own, which is kept.

/// A reqwest client builder set up the way the built-in client is: TLS as this crate's features
/// say, and redirects never followed (a redirect must not carry credentials to another host).
/// Start here to configure an HTTP client for `ClientBuilder::http_client` (proxies, pool
/// settings, extra root certificates).
///
/// ```no_run
/// # use togai_codegen_runtime::example as my_api;
/// # fn main() -> my_api::Result<()> {
/// let http = togai_codegen_runtime::http_client_builder()
///     .pool_max_idle_per_host(4)
///     .build()
///     .expect("a valid HTTP client configuration");
/// let client = my_api::Client::builder().http_client(http).build()?;
/// # let _ = client; Ok(()) }
/// ```
pub fn http_client_builder() -> reqwest::ClientBuilder {
    install_default_provider();
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none())
}

/// Makes ring rustls' process default provider, once; a provider the program installed first
/// stays.
#[cfg(feature = "rustls-tls")]
fn install_default_provider() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            // Err: another thread installed one meanwhile, which is as good.
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
    });
}

#[cfg(not(feature = "rustls-tls"))]
fn install_default_provider() {}

#[cfg(all(test, feature = "rustls-tls"))]
mod tests {
    #[test]
    fn a_client_builds_and_ring_is_the_default_provider() {
        let client = super::http_client_builder().build();
        assert!(client.is_ok(), "{client:?}");
        // A plain reqwest builder works too once the default is installed.
        assert!(reqwest::Client::builder().build().is_ok());
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }
}
