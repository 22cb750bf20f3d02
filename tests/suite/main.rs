//! The integration tests, built as one test binary: each module was once a
//! file of its own under `tests/`, and each of those was linked (with the
//! release profile's LTO) on its own; one binary links once.
//!
//! `tests/accuracy.rs` stays a binary of its own: it runs the `unboil` binary
//! over the shared corpora on every core and is best not run beside tests that
//! time a fetch.

mod common;
mod support;

mod batch;
mod cli;
mod fetch;
mod fixtures;
mod metadata;
mod properties;
mod regression;
mod robustness;
mod seed;
