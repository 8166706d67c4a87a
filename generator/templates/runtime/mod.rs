//! HTTP runtime shared by every operation of this crate.
//!
//! The generated API modules describe each operation as a static [`Operation`] and fill a
//! [`Call`]; everything that touches the network (URL building, authentication, retries,
//! timeouts, tracing, error mapping) lives in the single non-generic [`Call::send`] so that
//! the crate compiles quickly no matter how many operations the API has.
//!
//! This module is identical for every API description: it refers to the rest of the crate
//! only through `crate::document` (servers, security schemes, error bodies). Every item is
//! re-exported here, so generated code names them `crate::runtime::X` whatever file they
//! live in:
//!
//! - `spec`: facts of the API description (servers, security schemes, operations, styles);
//! - `params`, `encoding`: parameter text and percent-encoding, object and form flattening;
//! - `structs`, `enums`, `datetime`, `nullable`, `unions`: serde support of generated models;
//! - `client`, `auth`, `headers`: configuration, credentials and redaction;
//! - `call`, `multipart`, `retry`, `future`: assembling and sending a request;
//! - `response`, `json_path`, `error`, `pagination`: what comes back.

mod auth;
mod call;
mod client;
#[doc(hidden)]
pub mod datetime;
mod encoding;
mod enums;
mod error;
mod future;
mod headers;
mod json_path;
mod multipart;
mod nullable;
mod pagination;
mod params;
mod response;
mod retry;
mod spec;
mod structs;
mod unions;

// Named by every generated crate (root re-exports, `document`, `apis`).
pub use client::{Client, ClientBuilder, RequestOptions};
pub use error::{ApiError, DecodeError, Error, Result};
pub use future::{BodyFuture, ResponseFuture};
pub use nullable::Nullable;
pub use response::{Redirect, Response};
pub use retry::RetryPolicy;
pub use spec::{SecurityScheme, Server};

// Named by generated code only when the API description needs them (enums, unions, object
// parameters, multipart bodies...), so unused in some crates: the allow keeps those quiet.
#[allow(unused_imports)]
pub use call::Call;
#[allow(unused_imports)]
pub use enums::{
    deserialize_enum, deserialize_int_enum, serialize_enum, serialize_int_enum, IntEnum, StringEnum,
};
#[allow(unused_imports)]
pub use multipart::Multipart;
#[allow(unused_imports)]
pub use pagination::{paginate, Paginated};
#[allow(unused_imports)]
pub use params::ParamValue;
#[allow(unused_imports)]
pub use response::RawResponse;
#[allow(unused_imports)]
pub use spec::{ApiKeyLocation, ArrayStyle, ErrorCase, ObjectStyle, Operation, SchemeKind, StatusMatch};
#[allow(unused_imports)]
pub use structs::{field, field_seed, required, skip, FieldSeed};
#[doc(hidden)]
#[allow(unused_imports)]
pub(crate) use structs::deserialize_struct;
#[allow(unused_imports)]
pub use unions::{discriminator, from_value, serialize_tagged, try_variant, JsonKind};
