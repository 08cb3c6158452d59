//! Command-line arguments, the run over all inputs, and exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use rayon::prelude::*;

use lede::input::{self, Encoding, Source};
use lede::output::{self, Format};

const EXAMPLES: &str = "\
Examples:
  lede article.txt                          one report, pretty-printed on a terminal
  lede articles/ > reports.jsonl            a folder (recursive), one JSON object per line
  cat article.txt | lede                    standard input
  lede article.txt | jq '.quotes[] | {speaker: .speaker.name, text}'
  lede articles/ | jq -r '[.source, .stats.words] | @tsv'

Exit status: 0 every input analyzed, 1 some inputs failed (the others were reported),
2 usage error or nothing could be read.";

/// Turn news articles into structured JSON: paragraphs, sentences, people, organizations,
/// places, figures and quotes.
#[derive(Debug, Parser)]
#[command(name = "lede", version, after_help = EXAMPLES)]
pub struct Args {
    /// Articles to analyze: files, folders (searched recursively) or `-` for standard input.
    /// With no paths, lede reads standard input when it is not a terminal.
    pub paths: Vec<PathBuf>,

    /// File extensions to read inside folders, comma-separated.
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = "txt"
    )]
    pub ext: Vec<String>,

    /// Pretty-print each report (the default when stdout is a terminal).
    #[arg(long, conflicts_with = "compact")]
    pub pretty: bool,

    /// One compact JSON object per line (the default when stdout is not a terminal).
    #[arg(long)]
    pub compact: bool,
}

/// What a run needs to know, settled from the arguments and the terminal.
#[derive(Debug)]
pub struct Config {
    paths: Vec<PathBuf>,
    extensions: Vec<String>,
    format: Format,
}

impl Config {
    /// Reads the process's arguments. Clap handles `--help`, `--version` and malformed
    /// arguments itself (exit 0 or 2); the error returned here is a usage error to print.
    pub fn from_args() -> Result<Config, String> {
        Config::new(
            Args::parse(),
            io::stdin().is_terminal(),
            io::stdout().is_terminal(),
        )
    }

    fn new(args: Args, stdin_terminal: bool, stdout_terminal: bool) -> Result<Config, String> {
        let mut paths = args.paths;
        if paths.is_empty() {
            if stdin_terminal {
                return Err(
                    "no input: give files or folders, or pipe an article in (see --help)".into(),
                );
            }
            paths.push(PathBuf::from("-"));
        }
        let extensions: Vec<String> = args
            .ext
            .iter()
            .map(|e| e.trim().trim_start_matches('.').to_string())
            .filter(|e| !e.is_empty())
            .collect();
        if extensions.is_empty() {
            return Err("--ext needs at least one extension".into());
        }
        let format = if args.pretty || (stdout_terminal && !args.compact) {
            Format::Pretty
        } else {
            Format::Lines
        };
        Ok(Config {
            paths,
            extensions,
            format,
        })
    }
}

/// How a run ended; each maps to an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input was analyzed (finding nothing is still success).
    Success,
    /// Some inputs failed; the others were reported.
    SomeFailed,
    /// A usage error, or nothing could be read.
    Usage,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        match o {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeFailed => ExitCode::from(1),
            Outcome::Usage => ExitCode::from(2),
        }
    }
}

/// Inputs analyzed in parallel at a time; reports are still written in input order.
const BATCH: usize = 64;

/// One input's result: the rendered report and a warning, or the error message.
type Analyzed = Result<(Vec<u8>, Option<String>), String>;

/// Analyzes every input and writes the reports; errors go to stderr.
pub fn run(config: &Config) -> Outcome {
    let sources = input::expand(&config.paths, &config.extensions);
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let mut out: Box<dyn Write> = if terminal {
        Box::new(stdout.lock())
    } else {
        Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock()))
    };
    let (mut analyzed, mut failed) = (0usize, 0usize);
    for batch in sources.chunks(BATCH) {
        let results: Vec<Analyzed> = batch
            .par_iter()
            .map(|source| match source {
                Ok(source) => analyze_source(source, config.format).map_err(|e| format!("{e:#}")),
                Err(e) => Err(format!(
                    "{}: {}",
                    e.path.display(),
                    input::io_reason(&e.error)
                )),
            })
            .collect();
        for result in results {
            let written = match result {
                Ok((bytes, warning)) => {
                    if let Some(w) = warning {
                        warn(&w);
                    }
                    analyzed += 1;
                    out.write_all(&bytes)
                }
                Err(message) => {
                    failed += 1;
                    warn(&message);
                    Ok(())
                }
            };
            if let Err(e) = written {
                return write_failed(&e);
            }
        }
    }
    if let Err(e) = out.flush() {
        return write_failed(&e);
    }
    if analyzed == 0 && failed == 0 {
        warn("no input files found");
        return Outcome::Usage;
    }
    match (analyzed, failed) {
        (_, 0) => Outcome::Success,
        (0, _) => Outcome::Usage,
        _ => Outcome::SomeFailed,
    }
}

fn analyze_source(source: &Source, format: Format) -> anyhow::Result<(Vec<u8>, Option<String>)> {
    let name = source.name();
    let bytes = source
        .read()
        .map_err(|e| anyhow::anyhow!(input::io_reason(&e)))
        .with_context(|| name.clone())?;
    let (text, encoding) = input::decode(bytes).with_context(|| name.clone())?;
    let warning = (encoding == Encoding::Windows1252)
        .then(|| format!("warning: {name}: not valid UTF-8, read as Windows-1252"));
    // The analysis cannot fail; should a bug make it panic, that input fails alone and the
    // batch goes on.
    let report =
        std::panic::catch_unwind(|| lede::analyze(&name, encoding, text)).map_err(|_| {
            anyhow::anyhow!("{name}: internal error while analyzing (please report it)")
        })?;
    Ok((output::render(&report, format), warning))
}

fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "lede: {message}");
}

/// A failed write to stdout: a closed pipe (`lede dir/ | head -1`) ends the run quietly.
fn write_failed(e: &io::Error) -> Outcome {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Outcome::Success
    } else {
        warn(&format!("writing output: {}", input::io_reason(e)));
        Outcome::Usage
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_valid() {
        Args::command().debug_assert();
    }

    fn args(list: &[&str]) -> Args {
        Args::try_parse_from(std::iter::once("lede").chain(list.iter().copied())).unwrap()
    }

    #[test]
    fn terminal_stdin_without_paths_is_a_usage_error() {
        assert!(Config::new(args(&[]), true, false).is_err());
        let c = Config::new(args(&[]), false, false).unwrap();
        assert_eq!(c.paths, vec![PathBuf::from("-")]);
    }

    #[test]
    fn format_follows_the_terminal_unless_forced() {
        assert_eq!(
            Config::new(args(&["a"]), false, true).unwrap().format,
            Format::Pretty
        );
        assert_eq!(
            Config::new(args(&["a"]), false, false).unwrap().format,
            Format::Lines
        );
        assert_eq!(
            Config::new(args(&["--compact", "a"]), false, true)
                .unwrap()
                .format,
            Format::Lines
        );
        assert_eq!(
            Config::new(args(&["--pretty", "a"]), false, false)
                .unwrap()
                .format,
            Format::Pretty
        );
    }

    #[test]
    fn extensions_are_cleaned() {
        let c = Config::new(args(&["--ext", ".txt,md", "a"]), false, false).unwrap();
        assert_eq!(c.extensions, vec!["txt", "md"]);
    }
}
