//! Credentials that refresh: the [`TokenProvider`] trait, and the cache every client with a
//! provider keeps (one fetch for many concurrent calls, refreshed before expiry, kept when a
//! refresh fails, replaced after a 401).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use reqwest::header::HeaderValue;

use super::client::Client;
use super::error::{Error, RuntimeError};
use super::headers::REDACTED;

/// What a [`TokenProvider`] fails with: any error, shown by the failed call as the source of
/// [`Error::TokenProvider`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What [`TokenProvider::fetch_token`] returns: a boxed future, so that the trait needs no
/// `async-trait` and is object safe.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + 'a>>;

/// A source of bearer tokens (`Authorization: Bearer <token>`), set with
/// [`ClientBuilder::token_provider`](crate::ClientBuilder::token_provider) instead of a fixed
/// [`bearer_token`](crate::ClientBuilder::bearer_token): for tokens exchanged for an API key,
/// rotated in a secret store, or issued by an OAuth server.
///
/// The client calls [`fetch_token`](Self::fetch_token) only when it needs a new token, and
/// caches what it returns:
/// - the first call fetches a token; calls made meanwhile wait for that fetch rather than
///   start their own (100 concurrent calls: one fetch);
/// - a token with an expiry is refreshed before it expires: from [`REFRESH_MARGIN`] before its
///   expiry (or half its lifetime, if that is shorter). The first call that finds it in that
///   window fetches a new one; the others go on with the current token meanwhile;
/// - if that refresh fails, calls keep using the current token while it is valid, and a new
///   refresh is tried at most every [`RETRY_REFRESH_AFTER`]; once the token has expired, calls
///   fail with [`Error::TokenProvider`] (holding the provider's error) until a fetch succeeds;
/// - a token without an expiry is used until the server rejects it;
/// - when the server answers 401 to a request sent with a cached token, the client fetches a
///   new token once ([`TokenContext::after_rejection`] is then `true`) and repeats the
///   request once with it, whatever the request's retry class: a 401 means it was not
///   processed. Concurrent calls rejected with the same token share that one fetch.
///
/// ```no_run
/// use std::time::{Duration, SystemTime};
/// # use togai_codegen_runtime::example as my_api;
/// use togai_codegen_runtime::{Token, TokenContext, TokenFuture, TokenProvider};
///
/// /// Reads the token a sidecar keeps fresh in a file.
/// struct FromFile(std::path::PathBuf);
///
/// impl TokenProvider for FromFile {
///     fn fetch_token<'a>(&'a self, _context: &'a TokenContext<'_>) -> TokenFuture<'a> {
///         Box::pin(async move {
///             let secret = std::fs::read_to_string(&self.0)?;
///             let expires = SystemTime::now() + Duration::from_secs(15 * 60);
///             Ok(Token::new(secret.trim()).expires_at(expires))
///         })
///     }
/// }
///
/// # fn main() -> my_api::Result<()> {
/// let client = my_api::Client::builder()
///     .token_provider(FromFile("/run/secrets/api-token".into()))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
pub trait TokenProvider: Send + Sync + 'static {
    /// A new token. Called by one call at a time, when the cached token is missing, about to
    /// expire or was rejected; its time counts against the deadline of the call that needed it.
    fn fetch_token<'a>(&'a self, context: &'a TokenContext<'_>) -> TokenFuture<'a>;
}

/// A shared provider (for example one that several clients use).
impl<T: TokenProvider + ?Sized> TokenProvider for Arc<T> {
    fn fetch_token<'a>(&'a self, context: &'a TokenContext<'_>) -> TokenFuture<'a> {
        (**self).fetch_token(context)
    }
}

/// How long before its expiry a token is refreshed (at most half its lifetime).
pub const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);
/// After a failed refresh, how long calls go on with the still-valid token before the next
/// refresh is tried.
pub const RETRY_REFRESH_AFTER: Duration = Duration::from_secs(10);

/// A bearer token and when it expires. `Debug` never shows the secret.
#[derive(Clone)]
pub struct Token {
    secret: String,
    expires_at: Option<SystemTime>,
}

impl Token {
    /// A token without expiry: used until the server rejects it.
    pub fn new(secret: impl Into<String>) -> Self {
        Token {
            secret: secret.into(),
            expires_at: None,
        }
    }

    /// The same token, expiring at `at`.
    #[must_use]
    pub fn expires_at(mut self, at: SystemTime) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// The secret.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// When the token expires, if known.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expires_at
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("secret", &REDACTED)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// What the client tells a [`TokenProvider`] when it asks for a token.
pub struct TokenContext<'a> {
    pub(crate) client: &'a Client,
    now: SystemTime,
    rejected: bool,
}

impl TokenContext<'_> {
    /// The time by the client's clock, against which expiries are judged.
    pub fn now(&self) -> SystemTime {
        self.now
    }

    /// Whether the server has just rejected (401) the previous token of this provider: a
    /// provider with a cache of its own should skip it.
    pub fn after_rejection(&self) -> bool {
        self.rejected
    }
}

impl fmt::Debug for TokenContext<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenContext")
            .field("now", &self.now)
            .field("after_rejection", &self.rejected)
            .finish_non_exhaustive()
    }
}

/// The wall clock token expiry is judged by.
pub(crate) type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

pub(crate) fn system_clock() -> Clock {
    Arc::new(SystemTime::now)
}

/// A token ready to send.
#[derive(Clone)]
pub(crate) struct Cached {
    /// `Bearer <secret>`, marked sensitive.
    pub(crate) header: HeaderValue,
    /// Which fetch it came from, so that a 401 invalidates only the token it was sent with.
    pub(crate) id: u64,
    expires_at: Option<SystemTime>,
    refresh_at: Option<SystemTime>,
}

impl Cached {
    fn fresh(&self, now: SystemTime) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }

    fn valid(&self, now: SystemTime) -> bool {
        self.expires_at.is_none_or(|at| now < at)
    }
}

#[derive(Default)]
struct State {
    token: Option<Cached>,
    /// Fetches finished so far (successful or not).
    fetches: u64,
    /// The error of the last fetch, if it failed: shared by the calls that waited for it.
    last_error: Option<Arc<BoxError>>,
    /// After a failed refresh: no new one before this while the token is valid.
    quiet_until: Option<SystemTime>,
    /// The next fetch follows a 401.
    rejected: bool,
}

/// The token of a client with a [`TokenProvider`].
pub(crate) struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    clock: Clock,
    state: Mutex<State>,
    /// Held by the one call that fetches; the others wait for it, then read `state`.
    fetching: tokio::sync::Mutex<()>,
}

impl TokenCache {
    pub(crate) fn new(provider: Arc<dyn TokenProvider>, clock: Clock) -> Self {
        TokenCache {
            provider,
            clock,
            state: Mutex::default(),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere while the lock was held leaves the state consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The token to send: the cached one, or a new one (see [`TokenProvider`]).
    pub(crate) async fn get(&self, client: &Client) -> Result<Cached, RuntimeError> {
        let (fetches, valid) = {
            let state = self.state();
            let now = (self.clock)();
            match &state.token {
                Some(token) if token.fresh(now) => return Ok(token.clone()),
                Some(token) if token.valid(now) => {
                    if state.quiet_until.is_some_and(|until| now < until) {
                        return Ok(token.clone());
                    }
                    (state.fetches, Some(token.clone()))
                }
                _ => (state.fetches, None),
            }
        };
        match valid {
            // Due for a refresh but still valid: refreshed by the first call that finds it so,
            // while the others go on with it.
            Some(valid) => {
                let Ok(_fetching) = self.fetching.try_lock() else {
                    return Ok(valid);
                };
                if self.state().fetches != fetches {
                    return Ok(self.state().token.clone().unwrap_or(valid));
                }
                Ok(self.fetch(client).await.unwrap_or(valid))
            }
            None => {
                let _fetching = self.fetching.lock().await;
                {
                    // A fetch finished while this call waited: its outcome is this call's.
                    let state = self.state();
                    if state.fetches != fetches {
                        let now = (self.clock)();
                        match (&state.token, &state.last_error) {
                            (Some(token), _) if token.valid(now) => return Ok(token.clone()),
                            (_, Some(err)) => return Err(shared_error(err)),
                            _ => {}
                        }
                    }
                }
                self.fetch(client).await
            }
        }
    }

    /// The server rejected the token `id`: the next [`get`](Self::get) fetches a new one,
    /// unless another call already replaced it.
    pub(crate) fn reject(&self, id: u64) {
        let mut state = self.state();
        if state.token.as_ref().is_some_and(|t| t.id == id) {
            state.token = None;
            state.quiet_until = None;
            state.rejected = true;
        }
    }

    /// Asks the provider for a token and caches it. Called with `fetching` held.
    async fn fetch(&self, client: &Client) -> Result<Cached, RuntimeError> {
        let rejected = self.state().rejected;
        let context = TokenContext {
            client,
            now: (self.clock)(),
            rejected,
        };
        let fetched = self.provider.fetch_token(&context).await;
        let now = (self.clock)();
        let mut state = self.state();
        state.fetches += 1;
        let fetched = fetched.and_then(|token| {
            let mut header = HeaderValue::from_str(&format!("Bearer {}", token.secret)).map_err(
                |_| -> BoxError {
                    "the token is not a valid header value (control characters such as a \
                     trailing newline are not allowed)"
                        .into()
                },
            )?;
            if token.secret.is_empty() {
                return Err("the token is empty".into());
            }
            header.set_sensitive(true);
            Ok((header, token.expires_at))
        });
        match fetched {
            Ok((header, expires_at)) => {
                let refresh_at = expires_at.map(|at| {
                    let lifetime = at.duration_since(now).unwrap_or(Duration::ZERO);
                    at - REFRESH_MARGIN.min(lifetime / 2)
                });
                let token = Cached {
                    header,
                    id: state.fetches,
                    expires_at,
                    refresh_at,
                };
                state.token = Some(token.clone());
                state.last_error = None;
                state.quiet_until = None;
                state.rejected = false;
                Ok(token)
            }
            Err(err) => {
                let err = Arc::new(err);
                state.last_error = Some(Arc::clone(&err));
                state.quiet_until = Some(now + RETRY_REFRESH_AFTER);
                Err(shared_error(&err))
            }
        }
    }
}

/// The provider's error, shared by every call that waited for the fetch that failed.
fn shared_error(err: &Arc<BoxError>) -> RuntimeError {
    Error::TokenProvider(Box::new(SharedError(Arc::clone(err))))
}

struct SharedError(Arc<BoxError>);

impl fmt::Debug for SharedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self.0, f)
    }
}

impl fmt::Display for SharedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self.0, f)
    }
}

impl std::error::Error for SharedError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use futures_util::future::join_all;

    use super::*;
    use crate::example;

    const MINUTE: Duration = Duration::from_secs(60);
    const HOUR: Duration = Duration::from_secs(3600);

    /// A clock the test moves.
    #[derive(Clone)]
    struct ManualClock(Arc<Mutex<SystemTime>>);

    impl ManualClock {
        fn new() -> Self {
            ManualClock(Arc::new(Mutex::new(
                SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000),
            )))
        }
        fn now(&self) -> SystemTime {
            *self.0.lock().unwrap()
        }
        fn advance(&self, by: Duration) {
            *self.0.lock().unwrap() += by;
        }
        fn clock(&self) -> Clock {
            let this = self.clone();
            Arc::new(move || this.now())
        }
    }

    /// Hands out `token-1`, `token-2`... with `lifetime` from the clock's now, or fails while
    /// `failing` is set; counts its calls and yields a few times in each, so that concurrent
    /// callers all reach the cache while a fetch is under way.
    struct Counting {
        calls: AtomicU32,
        lifetime: Option<Duration>,
        failing: std::sync::atomic::AtomicBool,
        rejected: Mutex<Vec<bool>>,
    }

    impl Counting {
        fn new(lifetime: Option<Duration>) -> Arc<Self> {
            Arc::new(Counting {
                calls: AtomicU32::new(0),
                lifetime,
                failing: Default::default(),
                rejected: Mutex::default(),
            })
        }
        fn calls(&self) -> u32 {
            self.calls.load(Ordering::SeqCst)
        }
        fn fail(&self, failing: bool) {
            self.failing.store(failing, Ordering::SeqCst);
        }
    }

    impl TokenProvider for Counting {
        fn fetch_token<'a>(&'a self, context: &'a TokenContext<'_>) -> TokenFuture<'a> {
            Box::pin(async move {
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                self.rejected
                    .lock()
                    .unwrap()
                    .push(context.after_rejection());
                for _ in 0..5 {
                    tokio::task::yield_now().await;
                }
                if self.failing.load(Ordering::SeqCst) {
                    return Err("token service unavailable".into());
                }
                let token = Token::new(format!("token-{n}"));
                Ok(match self.lifetime {
                    Some(lifetime) => token.expires_at(context.now() + lifetime),
                    None => token,
                })
            })
        }
    }

    fn client() -> Client {
        example::Client::builder().build().unwrap().inner
    }

    fn cache(provider: &Arc<Counting>, clock: &ManualClock) -> TokenCache {
        TokenCache::new(Arc::new(Arc::clone(provider)), clock.clock())
    }

    fn secret(token: &Cached) -> &str {
        token.header.to_str().unwrap().trim_start_matches("Bearer ")
    }

    #[tokio::test]
    async fn one_fetch_serves_100_concurrent_calls() {
        let (provider, clock) = (Counting::new(Some(HOUR)), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        let tokens = join_all((0..100).map(|_| cache.get(&client))).await;
        assert_eq!(provider.calls(), 1);
        for token in tokens {
            let token = token.unwrap();
            assert_eq!((secret(&token), token.id), ("token-1", 1));
            assert!(token.header.is_sensitive());
        }
        // And later calls use the cached token.
        cache.get(&client).await.unwrap();
        assert_eq!(provider.calls(), 1);
    }

    #[tokio::test]
    async fn a_token_is_refreshed_five_minutes_before_it_expires() {
        let (provider, clock) = (Counting::new(Some(HOUR)), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        clock.advance(HOUR - REFRESH_MARGIN - Duration::from_secs(1));
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        assert_eq!(provider.calls(), 1, "not yet due");
        clock.advance(Duration::from_secs(2));
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-2");
        assert_eq!(provider.calls(), 2, "refreshed while still valid");
        // The new token is good for another hour.
        clock.advance(HOUR - REFRESH_MARGIN - MINUTE);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-2");
        assert_eq!(provider.calls(), 2);
    }

    #[tokio::test]
    async fn a_short_lived_token_is_refreshed_at_half_its_lifetime() {
        let (provider, clock) = (Counting::new(Some(MINUTE)), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        cache.get(&client).await.unwrap();
        clock.advance(Duration::from_secs(29));
        cache.get(&client).await.unwrap();
        assert_eq!(provider.calls(), 1);
        clock.advance(Duration::from_secs(2));
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-2");
    }

    #[tokio::test]
    async fn during_a_refresh_other_calls_go_on_with_the_valid_token() {
        let (provider, clock) = (Counting::new(Some(HOUR)), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        cache.get(&client).await.unwrap();
        clock.advance(HOUR - MINUTE);
        let tokens: Vec<_> = join_all((0..10).map(|_| cache.get(&client))).await;
        let secrets: Vec<_> = tokens.iter().map(|t| secret(t.as_ref().unwrap())).collect();
        assert_eq!(provider.calls(), 2);
        // The first call refreshed; the others did not wait for it.
        assert_eq!(secrets[0], "token-2");
        assert!(secrets[1..].iter().all(|s| *s == "token-1"), "{secrets:?}");
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_the_valid_token_until_it_expires() {
        let (provider, clock) = (Counting::new(Some(HOUR)), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        cache.get(&client).await.unwrap();
        provider.fail(true);
        clock.advance(HOUR - 2 * MINUTE);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        assert_eq!(provider.calls(), 2, "a refresh was tried");
        // Not tried again at once, but after RETRY_REFRESH_AFTER.
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        assert_eq!(provider.calls(), 2);
        clock.advance(RETRY_REFRESH_AFTER);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        assert_eq!(provider.calls(), 3);
        // Expired: calls fail with the provider's error, all waiters sharing one fetch.
        clock.advance(2 * MINUTE);
        let results = join_all((0..5).map(|_| cache.get(&client))).await;
        assert_eq!(provider.calls(), 4);
        for result in results {
            match result {
                Err(Error::TokenProvider(err)) => {
                    assert_eq!(err.to_string(), "token service unavailable");
                }
                Err(other) => panic!("{other:?}"),
                Ok(_) => panic!("an expired token was used"),
            }
        }
        // The provider recovers: the next call gets a new token.
        provider.fail(false);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-5");
    }

    #[tokio::test]
    async fn a_rejected_token_is_replaced_once() {
        let (provider, clock) = (Counting::new(None), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        let first = cache.get(&client).await.unwrap();
        // Concurrent calls rejected with the same token share one fetch.
        cache.reject(first.id);
        let tokens = join_all((0..10).map(|_| async {
            cache.reject(first.id);
            cache.get(&client).await.unwrap()
        }))
        .await;
        assert_eq!(provider.calls(), 2);
        assert!(tokens.iter().all(|t| secret(t) == "token-2"));
        // A late rejection of the old token changes nothing.
        cache.reject(first.id);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-2");
        assert_eq!(provider.calls(), 2);
        assert_eq!(*provider.rejected.lock().unwrap(), [false, true]);
    }

    #[tokio::test]
    async fn a_token_without_expiry_is_kept_until_rejected() {
        let (provider, clock) = (Counting::new(None), ManualClock::new());
        let (cache, client) = (cache(&provider, &clock), client());
        cache.get(&client).await.unwrap();
        clock.advance(100_000 * HOUR);
        assert_eq!(secret(&cache.get(&client).await.unwrap()), "token-1");
        assert_eq!(provider.calls(), 1);
    }

    #[tokio::test]
    async fn empty_or_invalid_tokens_are_errors_that_never_quote_them() {
        struct Fixed(&'static str);
        impl TokenProvider for Fixed {
            fn fetch_token<'a>(&'a self, _: &'a TokenContext<'_>) -> TokenFuture<'a> {
                Box::pin(async move { Ok(Token::new(self.0)) })
            }
        }
        for (token, message) in [("", "empty"), ("SECRET\n", "not a valid header value")] {
            let cache = TokenCache::new(Arc::new(Fixed(token)), system_clock());
            let Err(err) = cache.get(&client()).await else {
                panic!("{token:?} was accepted");
            };
            let source = std::error::Error::source(&err).unwrap().to_string();
            assert!(
                source.contains(message) && !source.contains("SECRET"),
                "{source}"
            );
        }
    }

    #[test]
    fn debug_of_a_token_hides_the_secret() {
        let token = Token::new("SECRET").expires_at(SystemTime::UNIX_EPOCH);
        let debug = format!("{token:?}");
        assert!(
            !debug.contains("SECRET") && debug.contains("expires_at"),
            "{debug}"
        );
    }
}
