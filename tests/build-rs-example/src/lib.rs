//! The Togai client, generated at build time by `build.rs` and included as a
//! module.

/// The Togai API client.
#[allow(missing_docs)]
pub mod togai {
    include!(concat!(env!("OUT_DIR"), "/togai.rs"));
}
