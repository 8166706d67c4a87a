#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod apis;
mod document;
pub mod models;
mod runtime;

pub use document::{servers, ErrorBody, SERVERS};
pub use runtime::{
    ApiError, BodyFuture, Client, ClientBuilder, DecodeError, Error, Nullable, Redirect, RequestOptions,
    Response, ResponseFuture, Result, RetryPolicy, Server,
};

impl Client {
{%- for a in accessors %}
{%- for line in a.doc %}
    /// {{ line }}
{%- endfor %}
    pub fn {{ a.name }}(&self) -> apis::{{ a.api }} {
        apis::{{ a.api }}::new(self.clone())
    }
{%- endfor %}
}
