//! Typed mocks of the API (feature `mock`): a [`Mock`] answers the requests of a real
//! [`Client`](crate::Client) in-process, by rules set per operation, and records what it
//! received as typed requests. See "Testing your code" in the crate's documentation.
//!
//! The client serialises each request as it would for the server, and the mock decodes it back
//! into the operation's request view (its parameters by their Rust names, and `body`), so an
//! encoding mistake fails the test; retries, deadlines and pagination run as in production.

use togai_codegen_runtime as rt;
{% for module in modules %}
{{ module.cfg }}
pub mod {{ module.name }};
{%- endfor %}

/// Rules and records of every operation, and the clients that send to them.
///
/// Cheap to clone: clones share rules and records. One handle per API
/// (`mock.customers()`-like accessors), one per operation on it.
#[derive(Debug, Clone)]
pub struct Mock {
    server: rt::mock::MockServer,
}

impl Default for Mock {
    fn default() -> Self {
        Mock::new()
    }
}

impl Mock {
    /// A mock without rules: every request fails, naming its operation, until a rule answers.
    pub fn new() -> Self {
        let server = rt::mock::MockServer::new();
        {%- for module in modules %}
        {{ module.routes_cfg }}
        server.add_routes({{ module.name }}::ROUTES);
        {%- endfor %}
        Mock { server }
    }

    /// A builder of clients over this mock (its base URL and transport set): add credentials,
    /// a retry policy or a deadline as for the real API.
    pub fn builder(&self) -> crate::ClientBuilder {
        crate::Client::builder()
            .base_url(rt::mock::BASE_URL)
            .transport(self.server.clone())
    }

    /// A [`Client`](crate::Client) over this mock, with the default settings (the default retry
    /// policy included): no socket is opened.
    pub fn client(&self) -> crate::Client {
        self.builder().build().expect("a client over the mock builds")
    }

    /// Panics, listing them, when rules bounded by `times(n)` answered fewer than `n` requests.
    #[track_caller]
    pub fn verify(&self) {
        self.server.verify();
    }
}
