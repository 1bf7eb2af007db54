//! Manual pages (roff): figaudit's own and one per command
//! (`figaudit-check(1)` …), printed one at a time or written to a folder
//! for `MANPATH`.

use std::io::{self, Write};
use std::path::Path;

use super::Outcome;
use crate::report::output::write_atomically;

/// Every page of `root` (the whole command line, built, so that its
/// global options appear in each command's page): its file name and roff.
pub fn pages(root: clap::Command) -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut root = root;
    root.build();
    let name = root.get_name().to_string();
    let mut pages = vec![(format!("{name}.1"), render(root.clone())?)];
    for command in root.get_subcommands().filter(|c| c.get_name() != "help") {
        let page_name = format!("{name}-{}", command.get_name());
        let mut page = command
            .clone()
            .name(page_name.clone())
            .bin_name(format!("{name} {}", command.get_name()));
        if let Some(version) = root.get_version() {
            page = page.version(version.to_string());
        }
        pages.push((format!("{page_name}.1"), render(page)?));
    }
    Ok(pages)
}

fn render(command: clap::Command) -> io::Result<Vec<u8>> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(command).render(&mut roff)?;
    Ok(roff)
}

/// Prints the page of `command` (figaudit's own when `None`), or, with
/// `folder`, writes every page there, each whole or not at all.
pub fn run(
    root: clap::Command,
    command: Option<&str>,
    folder: Option<&Path>,
    mut out: impl Write,
    print_problem: impl Fn(miette::Report),
) -> io::Result<Outcome> {
    let pages = pages(root)?;
    if let Some(folder) = folder {
        for (file, roff) in &pages {
            // A folder that takes one page takes them all: the first
            // failure says why, once.
            if let Err(error) = write_atomically(&folder.join(file), |page| page.write_all(roff)) {
                print_problem(miette::Report::new(error));
                return Ok(Outcome::BrokenInput);
            }
        }
        return Ok(Outcome::Clean);
    }
    let wanted = match command {
        Some(command) => format!(
            "{}-{command}.1",
            pages.first().map_or("", |(f, _)| f.trim_end_matches(".1"))
        ),
        None => pages.first().map(|(file, _)| file.clone()).unwrap_or_default(),
    };
    // The command line only accepts names that have a page.
    if let Some((_, roff)) = pages.iter().find(|(file, _)| *file == wanted) {
        out.write_all(roff)?;
    }
    out.flush()?;
    Ok(Outcome::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_page_with_its_options_and_the_global_ones() {
        let root = clap::Command::new("tool")
            .version("1.2")
            .arg(clap::Arg::new("color").long("color").global(true))
            .subcommand(clap::Command::new("check").arg(clap::Arg::new("fail-on").long("fail-on")))
            .subcommand(clap::Command::new("audit"));
        let pages = pages(root).unwrap();
        let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["tool.1", "tool-check.1", "tool-audit.1"]);
        let check = String::from_utf8(pages[1].1.clone()).unwrap();
        assert!(check.contains(".TH tool-check 1  \"tool-check 1.2\""), "{check}");
        assert!(check.contains("fail\\-on"), "{check}");
        assert!(check.contains("color"), "{check}");
    }
}
