//! The `unboil` command: extract the main content of web pages.
//!
//! This binary parses flags ([`args`]), turns inputs into sources
//! ([`source`], [`warc_input`]), runs them through the pipeline ([`run`]) and
//! writes text, Markdown, HTML, JSON or JSON Lines ([`record`]). Extraction
//! itself lives in the library.

mod args;
mod record;
mod run;
mod source;

use clap::Parser;

fn main() {
    let args = match args::Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    match run::run(args) {
        Ok(true) => std::process::exit(0),
        Ok(false) => std::process::exit(1),
        Err(e) => {
            eprintln!("unboil: {e:#}");
            std::process::exit(1);
        }
    }
}
