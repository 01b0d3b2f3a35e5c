//! `news-card`, the command-line tool for article data (host only: Cargo.toml never builds it,
//! or its YAML parser, for wasm32).
//!
//! - `news-card convert <files or folders>…` turns front-matter Markdown into article JSON.
//! - `news-card check <files or folders>…` says, per file, what the widget would drop and why.
//! - `news-card render <files or folders>…` writes each article as a prerendered `<news-card>`:
//!   the card drawn by the widget's own components in a declarative shadow root.
//!
//! Each bad file is reported as `path:line: what`, and the rest still go through. The exit
//! status is 0 when every file went through, 1 when any failed, 2 for a usage error.

// The crate forbids unchecked arithmetic because one overflow panic in the wasm kills every
// card on the page. This module is native only, and its sums are counts of files.
#![allow(clippy::arithmetic_side_effects)]

mod check;
mod conventions;
mod feed;
mod files;
mod front_matter;
mod html;
mod render;
pub mod xml;

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::model::load::MAX_BODY_BYTES;
use crate::model::{formats, HttpUrl, Parsed, Value};

const USAGE: &str = "\
usage: news-card convert [--out-dir DIR | --array [--title T]] [--inline] <files or folders>...
       news-card check [--base URL] [--strict] <files or folders>...
       news-card render [--layout L] [--theme T] [--locale TAG] [--related R]
                        [--heading-level N] [--stylesheet URL] [--base URL]
                        [--out-dir DIR] <files or folders>...

convert  Turns Markdown files with YAML front matter into the article JSON the widget fetches:
         the fields the card reads, also under the names Jekyll (jekyll-seo-tag), Hugo and
         Eleventy give them (description, date, lastmod, tags, image, canonical_url, lang, ...);
         dates such as 2021-06-14 08:00:00 +0200 become RFC 3339. Other keys are left out.
         One file: its JSON on standard output. Several: --array prints them as one JSON
         Feed 1.1, newest first (a feed reader takes it; titled --title T, else the provider
         they share, else Articles), --out-dir DIR writes DIR/<name>.json for each. Also reads what sites publish: JSON-LD
         and JSON Feeds (.json, .jsonld), RSS and Atom (.xml, .rss, .atom), article pages
         (.html, .htm); a feed gives its newest item, its others as related stories. Folders
         give all those files; one in a folder that gives no article (a README without front
         matter, a package.json) is skipped, not an error. --inline
         writes every < as \\u003c, so the JSON can go inside a page's
         <script type=\"application/json\"> with nothing in it able to end the script.
check    Reads article JSON (.json) as the widget does, and front-matter Markdown and the
         other forms convert reads as convert maps them; lists the fields the widget would
         leave out, and why. Relative URLs resolve against --base (default
         https://news-card.invalid/<file name>), as the JSON's own URL does in the browser.
         A file the widget could not show at all fails; with --strict, so does one with
         dropped fields.
render   Writes each article (any file convert reads) as a <news-card> element a page can
         include: the card drawn by the widget's own components in a declarative shadow root
         (readers see it at first paint, with no script), the card's stylesheet linked from
         --stylesheet (default news-card.css, beside the page), and the article inline for
         the widget to take the card over. The options are the element's attributes and are
         written on it; --locale defaults to en. Dates are absolute; the widget adds how
         long ago. One file: its
         element on standard output; several: --out-dir DIR writes DIR/<name>.html for each.";

/// Why one file could not be converted or checked: the line of the file and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl Problem {
    fn at(line: usize, message: impl Into<String>) -> Problem {
        Problem {
            line,
            message: message.into(),
        }
    }
}

/// Runs the tool on `args` (without the program name); returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // `news-card <command> --help` asks for the usage too.
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        let _ = writeln!(out, "{USAGE}");
        return 0;
    }
    let result = match args.split_first() {
        Some((command, rest)) if command == "convert" => convert(rest, out, err),
        Some((command, rest)) if command == "check" => check(rest, out, err),
        Some((command, rest)) if command == "render" => render(rest, out, err),
        _ => Err(Usage("a command, convert, check or render".into())),
    };
    match result {
        Ok(failed) => i32::from(failed),
        Err(Usage(what)) => {
            let _ = writeln!(err, "news-card: expected {what}\n\n{USAGE}");
            2
        }
    }
}

/// A command line that cannot be run, and what was expected instead.
struct Usage(String);

/// Output that went wrong: the command stops (nothing more can be written).
impl From<std::io::Error> for Usage {
    fn from(error: std::io::Error) -> Usage {
        Usage(format!("writable output ({error})"))
    }
}

/// Options given, each with its value (for those that take one).
type Options<'a> = Vec<(&'a str, Option<&'a str>)>;

/// Splits `args` into options (with their values, for those in `valued`) and operands.
fn options<'a>(
    args: &'a [String],
    flags: &[&str],
    valued: &[&str],
) -> Result<(Options<'a>, Vec<String>), Usage> {
    let mut opts = Vec::new();
    let mut operands = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if valued.contains(&arg.as_str()) {
            let value = iter
                .next()
                .ok_or_else(|| Usage(format!("a value after {arg}")))?;
            opts.push((arg.as_str(), Some(value.as_str())));
        } else if flags.contains(&arg.as_str()) {
            opts.push((arg.as_str(), None));
        } else if arg.starts_with('-') && arg.len() > 1 {
            return Err(Usage(format!("a known option, not {arg}")));
        } else {
            operands.push(arg.clone());
        }
    }
    if operands.is_empty() {
        return Err(Usage("at least one file or folder".into()));
    }
    Ok((opts, operands))
}

/// Where `convert` writes.
enum Output {
    Stdout,
    Array,
    Dir(PathBuf),
}

fn convert(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, Usage> {
    let (opts, operands) = options(args, &["--array", "--inline"], &["--out-dir", "--title"])?;
    let inline = opts.iter().any(|(name, _)| *name == "--inline");
    let title = opts
        .iter()
        .rev()
        .find(|(name, _)| *name == "--title")
        .and_then(|(_, v)| *v);
    let inputs = files::collect(
        &operands,
        &[
            "md", "markdown", "json", "jsonld", "xml", "rss", "atom", "html", "htm",
        ],
    );
    let output = match opts
        .iter()
        .rev()
        .find(|(name, _)| !matches!(*name, "--inline" | "--title"))
    {
        Some(("--out-dir", Some(dir))) => Output::Dir(PathBuf::from(dir)),
        Some(("--array", _)) => Output::Array,
        _ if inputs.len() == 1 && inputs.iter().all(|i| i.named) => Output::Stdout,
        _ => return Err(Usage("--array or --out-dir for more than one file".into())),
    };
    if let Output::Dir(dir) = &output {
        output_folder(dir)?;
    }
    let indent = 0;
    let mut tally = Tally::default();
    let mut written = HashSet::new();
    let mut items = Vec::new();
    for input in &inputs {
        let Some(text) = read_input(input, &mut tally, err)? else {
            continue;
        };
        let is_json = files::has_extension(&input.path, PUBLISHED);
        let json = if is_json {
            published_json(&input.path, &text, indent)
        } else {
            article_json(&text, indent)
        };
        let json = match json {
            Ok(json) if inline && !matches!(output, Output::Array) => render::script_json(&json),
            Ok(json) => json,
            // Other JSON in a folder (a package.json, a site's search index) is not an article.
            Err(problem)
                if is_json && !input.named && problem.message.starts_with(NOT_AN_ARTICLE) =>
            {
                writeln!(
                    err,
                    "{}: skipped: {}",
                    input.path.display(),
                    problem.message
                )?;
                tally.skipped += 1;
                continue;
            }
            Err(_) if !is_json && !input.named && !has_front_matter(&text) => {
                writeln!(err, "{}: skipped: no front matter", input.path.display())?;
                tally.skipped += 1;
                continue;
            }
            Err(problem) => {
                tally.fail(err, &input.path, &problem)?;
                continue;
            }
        };
        match &output {
            Output::Stdout => writeln!(out, "{json}")?,
            Output::Array => items.push((stem(&input.path), json)),
            Output::Dir(dir) => {
                let name = format!("{}.json", stem(&input.path));
                if let Err(problem) = write_once(dir, name, &format!("{json}\n"), &mut written) {
                    tally.fail(err, &input.path, &problem)?;
                    continue;
                }
            }
        }
        tally.ok += 1;
    }
    if matches!(output, Output::Array) {
        let feed = feed::json_feed(&items, title);
        let feed = if inline {
            render::script_json(&feed)
        } else {
            feed
        };
        writeln!(out, "{feed}")?;
    }
    writeln!(err, "{}", tally.summary("converted"))?;
    Ok(tally.failed > 0)
}

fn check(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, Usage> {
    let (opts, operands) = options(args, &["--strict"], &["--base"])?;
    let strict = opts.iter().any(|(name, _)| *name == "--strict");
    let base = base_option(last_value(&opts, "--base"))?;
    let inputs = files::collect(
        &operands,
        &[
            "json", "jsonld", "xml", "rss", "atom", "html", "htm", "md", "markdown",
        ],
    );
    let mut tally = Tally::default();
    for input in &inputs {
        let Some((_, parsed)) = article(input, base.as_ref(), &mut tally, err)? else {
            continue;
        };
        match parsed {
            parsed if parsed.dropped.is_empty() => {
                writeln!(out, "{}: ok", input.path.display())?;
                tally.ok += 1;
            }
            parsed => {
                let count = parsed.dropped.len() + parsed.more_dropped;
                let s = if count == 1 { "" } else { "s" };
                writeln!(out, "{}: {count} field{s} dropped", input.path.display())?;
                for dropped in &parsed.dropped {
                    writeln!(out, "  {dropped}")?;
                }
                if parsed.more_dropped > 0 {
                    writeln!(out, "  …and {} more", parsed.more_dropped)?;
                }
                if strict {
                    tally.failed += 1;
                } else {
                    tally.dropped += 1;
                }
            }
        }
    }
    writeln!(err, "{}", tally.summary("checked"))?;
    Ok(tally.failed > 0)
}

fn render(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, Usage> {
    let valued = [
        "--layout",
        "--theme",
        "--locale",
        "--related",
        "--heading-level",
        "--stylesheet",
        "--base",
        "--out-dir",
    ];
    let (opts, operands) = options(args, &[], &valued)?;
    let value = |name: &str| last_value(&opts, name);
    // The card is drawn in one language, and says which, so the widget keeps it (a page's
    // `lang` or the reader's could be another, and the take-over would rewrite the dates).
    let attributes: Vec<(&str, &str)> = render::OPTIONS
        .iter()
        .filter_map(|name| match (*name, value(&format!("--{name}"))) {
            ("locale", None) => Some(("locale", "en")),
            (name, given) => Some((name, given?)),
        })
        .collect();
    let stylesheet = value("--stylesheet").unwrap_or("news-card.css");
    let base = base_option(value("--base"))?;
    let inputs = files::collect(
        &operands,
        &[
            "json", "jsonld", "xml", "rss", "atom", "html", "htm", "md", "markdown",
        ],
    );
    let out_dir = value("--out-dir").map(PathBuf::from);
    if out_dir.is_none() && !(inputs.len() == 1 && inputs.iter().all(|i| i.named)) {
        return Err(Usage("--out-dir for more than one file".into()));
    }
    if let Some(dir) = &out_dir {
        output_folder(dir)?;
    }
    // Never shown (the dates are absolute); Yew's props need one.
    let now = chrono::DateTime::<chrono::Utc>::default();
    let mut tally = Tally::default();
    let mut written = HashSet::new();
    for input in &inputs {
        let Some((json, parsed)) = article(input, base.as_ref(), &mut tally, err)? else {
            continue;
        };
        let card = render::card(parsed, &json, &attributes, stylesheet, now);
        match &out_dir {
            None => out.write_all(card.as_bytes())?,
            Some(dir) => {
                let name = format!("{}.html", stem(&input.path));
                if let Err(problem) = write_once(dir, name, &card, &mut written) {
                    tally.fail(err, &input.path, &problem)?;
                    continue;
                }
            }
        }
        tally.ok += 1;
    }
    writeln!(err, "{}", tally.summary("rendered"))?;
    Ok(tally.failed > 0)
}

/// The last value given for option `name`.
fn last_value<'a>(opts: &[(&str, Option<&'a str>)], name: &str) -> Option<&'a str> {
    opts.iter()
        .rev()
        .find(|(n, _)| *n == name)
        .and_then(|(_, v)| *v)
}

/// `--base`'s URL, if given.
fn base_option(url: Option<&str>) -> Result<Option<HttpUrl>, Usage> {
    url.map(|url| {
        HttpUrl::parse(url, None)
            .map_err(|_| Usage(format!("an http(s) URL for --base, not {url}")))
    })
    .transpose()
}

/// An input's article as the widget would read it: its JSON (a `.json` file's text, or a
/// Markdown file's front matter converted) and what the widget makes of it, with relative URLs
/// resolved against `base` (or the file's placeholder site). `None` when the file failed or was
/// skipped (a Markdown file with no front matter, found in a folder); both are reported.
fn article(
    input: &files::Input,
    base: Option<&HttpUrl>,
    tally: &mut Tally,
    err: &mut dyn Write,
) -> Result<Option<(String, Parsed)>, Usage> {
    let Some(text) = read_input(input, tally, err)? else {
        return Ok(None);
    };
    let published = files::has_extension(&input.path, PUBLISHED);
    if !published && !input.named && !has_front_matter(&text) {
        writeln!(err, "{}: skipped: no front matter", input.path.display())?;
        tally.skipped += 1;
        return Ok(None);
    }
    let file_base = base.cloned().or_else(|| default_base(&input.path));
    let checked = if published {
        // The article JSON is checked and goes inline as it is; another form, as what the card
        // reads of it.
        published_document(&input.path, &text).and_then(|(doc, as_it_is)| {
            let parsed = check::article(&doc, file_base.as_ref())?;
            let json = if as_it_is { text } else { card_json(&doc, 0) };
            Ok((json, parsed))
        })
    } else {
        article_json(&text, 0).and_then(|json| {
            let parsed = check::article_json(&json, file_base.as_ref())?;
            Ok((json, parsed))
        })
    };
    match checked {
        Ok(checked) => Ok(Some(checked)),
        Err(problem) => {
            tally.fail(err, &input.path, &problem)?;
            Ok(None)
        }
    }
}

/// The article JSON of a front-matter Markdown text, its generator's names mapped to the
/// article's and only what the card reads kept (`conventions`), indented by `indent` after its
/// first line.
fn article_json(text: &str, indent: usize) -> Result<String, Problem> {
    let (yaml, line) = front_matter::split(text)?;
    let front = front_matter::to_tree(yaml, line)?;
    Ok(conventions::article(&front).pretty(indent))
}

/// How the model says a document is no article (`LoadError::NotAnArticle`'s text).
const NOT_AN_ARTICLE: &str = "The server did not send an article";

/// The extensions of files in the forms sites publish: JSON (the article JSON, JSON-LD, a JSON
/// Feed), XML (an RSS or Atom feed) and an article's HTML page.
const PUBLISHED: &[&str] = &["json", "jsonld", "xml", "rss", "atom", "html", "htm"];

/// The article JSON of a published document (`PUBLISHED`) in any form the card reads
/// (`model::formats`; a feed's newest item), only what the card reads kept.
fn published_json(path: &Path, text: &str, indent: usize) -> Result<String, Problem> {
    let (doc, _) = published_document(path, text)?;
    // Relative links count: they resolve against where the JSON is published.
    let somewhere = HttpUrl::parse("https://news-card.invalid/", None).ok();
    check::article(&doc, somewhere.as_ref())?;
    Ok(card_json(&doc, indent))
}

/// The article document of a published file (`PUBLISHED`), read once, and whether it is the
/// article JSON itself.
fn published_document(path: &Path, text: &str) -> Result<(Value, bool), Problem> {
    if files::has_extension(path, &["xml", "rss", "atom"]) {
        let root = xml::read(text)?;
        return Ok((
            formats::xml_feed::article(&root, None, &xml::html_to_text),
            false,
        ));
    }
    if files::has_extension(path, &["html", "htm"]) {
        return Ok((formats::html_page::article(&html::read(text)), false));
    }
    let value = check::read_json(text)?;
    Ok(match formats::detect(&value) {
        formats::Format::Article => (value, true),
        _ => (formats::to_article(&value, None, &xml::html_to_text), false),
    })
}

/// An article document as the article JSON `convert` writes: what the card reads of it.
fn card_json(doc: &Value, indent: usize) -> String {
    conventions::article(&front_matter::Json::from(doc)).pretty(indent)
}

/// Makes the output folder; refuses one that is a symbolic link, which could send the files
/// anywhere (`public -> ..` would write `package.json` beside the project's own).
fn output_folder(dir: &Path) -> Result<(), Usage> {
    if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Usage(format!(
            "an --out-dir that is not a symbolic link ({} is one)",
            dir.display()
        )));
    }
    fs::create_dir_all(dir).map_err(|e| Usage(format!("a folder {} ({e})", dir.display())))
}

/// Writes `contents` to `dir/name`, unless another input already wrote that name this run: into
/// a new temporary file beside it, then renamed over the name, so that a link already there is
/// replaced, never written through, and no reader sees half a file.
fn write_once(
    dir: &Path,
    name: String,
    contents: &str,
    written: &mut HashSet<String>,
) -> Result<(), Problem> {
    let target = dir.join(&name);
    if !written.insert(name) {
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        return Err(Problem::at(
            1,
            format!("another file was already written as {name}"),
        ));
    }
    let failed =
        |e: std::io::Error| Problem::at(1, format!("could not write {} ({e})", target.display()));
    // A name nobody else has: another writer's file at one is skipped, never removed.
    let mut attempt: u32 = 0;
    let (temporary, mut file) = loop {
        let temporary = dir.join(format!(".news-card-{attempt}.tmp"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => break (temporary, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt = attempt.saturating_add(1);
            }
            Err(e) => return Err(failed(e)),
        }
    };
    let written = file.write_all(contents.as_bytes());
    drop(file);
    if let Err(e) = written.and_then(|()| fs::rename(&temporary, &target)) {
        // This run's own temporary file: nobody else's.
        let _ = fs::remove_file(&temporary);
        return Err(failed(e));
    }
    Ok(())
}

/// What relative URLs resolve against without `--base`: a placeholder site, with the file's
/// name, so that they resolve as they would against the JSON's own URL.
fn default_base(path: &Path) -> Option<HttpUrl> {
    let name = format!("https://news-card.invalid/{}.json", stem(path));
    HttpUrl::parse(&name, None)
        .or_else(|_| HttpUrl::parse("https://news-card.invalid/", None))
        .ok()
}

/// Whether a Markdown file starts like a record; a folder's other Markdown (a README) does not.
fn has_front_matter(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').starts_with("---")
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into())
}

/// An input's text; `None` when it was skipped (a link found in a folder) or could not be read,
/// either reported.
fn read_input(
    input: &files::Input,
    tally: &mut Tally,
    err: &mut dyn Write,
) -> Result<Option<String>, Usage> {
    if input.link {
        writeln!(
            err,
            "{}: skipped: a symbolic link (links are not followed)",
            input.path.display()
        )?;
        tally.skipped += 1;
        return Ok(None);
    }
    match read(&input.path) {
        Ok(text) => Ok(Some(text)),
        Err(problem) => {
            tally.fail(err, &input.path, &problem)?;
            Ok(None)
        }
    }
}

/// A regular file's text, of at most [`MAX_BODY_BYTES`] (what the widget reads of an article).
fn read(path: &Path) -> Result<String, Problem> {
    let cannot = |e: std::io::Error| Problem::at(1, format!("cannot read it: {e}"));
    let mut options = fs::OpenOptions::new();
    options.read(true);
    // Never through a link (the path may have been swapped for one since the folder was
    // listed), and never waiting on a FIFO's writer: the open handle is then looked at.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(|e| {
        if e.raw_os_error() == Some(ELOOP) {
            Problem::at(1, "skipped: a symbolic link (links are not followed)")
        } else {
            cannot(e)
        }
    })?;
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(Problem::at(1, "not a regular file"));
    }
    // Bytes first: a cut inside a character is still "too large", not "not UTF-8".
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_BODY_BYTES).unwrap_or(u64::MAX);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() > MAX_BODY_BYTES {
        return Err(Problem::at(
            1,
            "larger than 1 MiB, the most the widget reads",
        ));
    }
    String::from_utf8(bytes).map_err(|_| Problem::at(1, "cannot read it: not UTF-8 text"))
}

/// The error an open with `O_NOFOLLOW` gives for a link.
#[cfg(unix)]
const ELOOP: i32 = libc::ELOOP;
#[cfg(not(unix))]
const ELOOP: i32 = -1;

/// How the files of one command went.
#[derive(Default)]
struct Tally {
    ok: usize,
    dropped: usize,
    failed: usize,
    skipped: usize,
}

impl Tally {
    fn fail(&mut self, err: &mut dyn Write, path: &Path, problem: &Problem) -> Result<(), Usage> {
        self.failed += 1;
        writeln!(
            err,
            "{}:{}: {}",
            path.display(),
            problem.line,
            problem.message
        )?;
        Ok(())
    }

    /// One line for the end: "news-card: checked 13 of 14 files (2 with dropped fields); 1 failed".
    fn summary(&self, verb: &str) -> String {
        let total = self.ok + self.dropped + self.failed;
        let mut line = format!(
            "news-card: {verb} {} of {total} files",
            self.ok + self.dropped
        );
        if self.dropped > 0 {
            line.push_str(&format!(" ({} with dropped fields)", self.dropped));
        }
        line.push_str(&format!("; {} failed", self.failed));
        if self.skipped > 0 {
            line.push_str(&format!("; {} skipped", self.skipped));
        }
        line
    }
}
