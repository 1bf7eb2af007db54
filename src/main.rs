//! The figaudit command line: parses arguments, runs a command, maps its
//! outcome to an exit status (0 clean, 2 broken input).

use std::io::{self, BufWriter};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use figaudit::commands::{self, Outcome};
use figaudit::report::figures::FigureFormat;

/// Audits the numbers in news articles.
#[derive(Debug, Parser)]
#[command(name = "figaudit", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List every figure found in the documents.
    Figures {
        /// Documents to read (UTF-8 .txt or .md).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FiguresFormatArg::Table)]
        format: FiguresFormatArg,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FiguresFormatArg {
    Table,
    Csv,
    Json,
}

const EXIT_BROKEN_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Figures { files, format } => {
            let format = match format {
                FiguresFormatArg::Table => FigureFormat::Table,
                FiguresFormatArg::Csv => FigureFormat::Csv,
                FiguresFormatArg::Json => FigureFormat::Json,
            };
            let stdout = BufWriter::new(io::stdout().lock());
            commands::figures::run(&files, format, stdout, |report| eprintln!("{report:?}"))
        }
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::BrokenInput) => ExitCode::from(EXIT_BROKEN_INPUT),
        // A closed pipe (`figaudit figures … | head`) is the reader's choice.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("figaudit: cannot write the output: {error}");
            ExitCode::from(EXIT_BROKEN_INPUT)
        }
    }
}
