//! The `lede` command: parse arguments, run, map the outcome to an exit code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::Config::from_args() {
        Ok(config) => cli::run(&config).into(),
        Err(message) => {
            eprintln!("lede: {message}");
            cli::Outcome::Usage.into()
        }
    }
}
