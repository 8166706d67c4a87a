//! The YAML fast path (`generator/src/load/yaml.rs`), differential against
//! serde_yaml: whenever the fast path accepts a text, serde_yaml must read the
//! identical value (same values, key order and number representation).

mod common;
mod documents;
mod edge_cases;
mod generated;
mod mutation;
