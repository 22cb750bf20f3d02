//! What the suites share besides the HTTP server: the path of an authored
//! fixture and the `unboil` binary under test.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `fixtures/<name>` in this repository.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The `unboil` binary built with the tests.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_unboil"))
}
