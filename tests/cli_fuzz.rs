//! The data tools on generated folders: front matter that is deep, aliased, huge, oddly
//! encoded (BOMs, CRLF, NULs, invalid UTF-8) or broken, three files at a time. `check` and
//! `convert` must neither panic nor abort, and give every file exactly one verdict.
//!
//! 256 cases by default; for a long run:
//! `PROPTEST_CASES=20000 cargo test --release --test cli_fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use proptest::prelude::*;

const KEYS: &[&str] = &[
    "title",
    "excerpt",
    "webUrl",
    "publishedDateTime",
    "provider",
    "topics",
    "images",
    "related",
    "layout",
    "date",
];

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// One YAML value, as text: plain, quoted, huge, aliased, nested in blocks or in flow.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 :#'\"\\-]{0,40}",
        Just("\"https://news.example/a\"".to_owned()),
        Just("2021-06-05T14:56:00Z".to_owned()),
        (1usize..200_000).prop_map(|n| "x".repeat(n)),
        Just("&anchor [a, b, c]".to_owned()),
        Just("*anchor".to_owned()),
        Just("*nowhere".to_owned()),
        (1usize..400).prop_map(|n| format!("\n{}x", "- ".repeat(n))),
        (10_000usize..40_000).prop_map(|n| format!("\n{}x", "- ".repeat(n))),
        (1usize..400).prop_map(|n| format!("{}x{}", "[".repeat(n), "]".repeat(n))),
        (10_000usize..40_000).prop_map(|n| format!("{}x{}", "[".repeat(n), "]".repeat(n))),
        (1usize..400).prop_map(|n| format!("{}x{}", "{a: ".repeat(n), "}".repeat(n))),
        Just("!!binary aGVsbG8=".to_owned()),
        Just("|\n  a block\n  of text".to_owned()),
        Just("\u{0}\u{1}\u{7f}".to_owned()),
        Just("\u{202e}evil\u{200b}".to_owned()),
    ]
}

/// An alias bomb: each level refers to the one before twice; as values, or as mapping keys
/// wrapped in `[`s (deeper with every line); or anchors inside anchors.
fn bomb(levels: usize, shape: u8) -> String {
    let mut out = String::from("a0: &a0 [lol, lol]\n");
    for i in 1..levels {
        let j = i - 1;
        out.push_str(&match shape {
            0 => format!("a{i}: &a{i} [*a{j}, *a{j}]\n"),
            1 => format!(
                "a{i}: &a{i} {{{}*a{j}{} : x}}\n",
                "[".repeat(100),
                "]".repeat(100)
            ),
            _ => format!("a{i}: &a{i} [&b{i} [&c{i} [{}]]]\n", "x, ".repeat(1000)),
        });
    }
    out
}

/// A whole file's bytes.
fn file() -> impl Strategy<Value = Vec<u8>> {
    let line = (prop::sample::select(KEYS), value()).prop_map(|(k, v)| format!("{k}: {v}"));
    (
        any::<bool>(),                         // a BOM
        any::<bool>(),                         // CRLF line ends
        prop::collection::vec(line, 0..8),     // the front matter's lines
        prop_oneof![Just(0usize), 2usize..40], // an alias bomb's levels
        0u8..3,                                // and its shape
        0u8..4, // 0: closed, 1: not closed, 2: no front matter, 3: bytes
        prop::collection::vec(any::<u8>(), 0..64),
    )
        .prop_map(|(bom, crlf, lines, levels, bomb_shape, shape, noise)| {
            let mut text = String::new();
            if bom {
                text.push('\u{feff}');
            }
            if shape != 2 {
                text.push_str("---\n");
            }
            for l in &lines {
                text.push_str(l);
                text.push('\n');
            }
            if levels > 0 {
                text.push_str(&bomb(levels, bomb_shape));
            }
            if shape == 0 {
                text.push_str("---\nThe body.\n");
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            let mut bytes = text.into_bytes();
            if shape == 3 {
                // Not UTF-8, or NULs, at the end.
                bytes.extend_from_slice(&noise);
            }
            bytes
        })
}

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = news_card::cli::run(&args, &mut out, &mut err);
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (status, text(out), text(err))
}

/// Lines that give a file its verdict: "<path>: ok", "<path>: 2 fields dropped",
/// "<path>:3: …", "<path>: skipped: …" (detail lines are indented and do not count).
fn verdicts(text: &str, path: &Path) -> usize {
    let path = path.display().to_string();
    text.lines()
        .filter(|l| {
            l.strip_prefix(&path)
                .is_some_and(|rest| rest.starts_with(':'))
        })
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn every_file_gets_one_verdict_and_nothing_panics(files in prop::collection::vec(file(), 3)) {
        let dir = std::env::temp_dir().join(format!("news-card-fuzz-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let paths: Vec<_> = ["a.md", "b.md", "c.md"].iter().map(|n| dir.join(n)).collect();
        for (path, bytes) in paths.iter().zip(&files) {
            fs::write(path, bytes).unwrap();
        }
        let folder = dir.to_str().unwrap();

        let (status, out, err) = run(&["check", folder]);
        prop_assert!(status == 0 || status == 1, "check exited {status}: {err}");
        for path in &paths {
            let n = verdicts(&out, path) + verdicts(&err, path);
            prop_assert_eq!(n, 1, "{} verdicts for {}:\n{}{}", n, path.display(), out, err);
        }

        // convert says nothing of a file it converts: its summary counts them all.
        let (status, _, err) = run(&["convert", "--array", folder]);
        prop_assert!(status == 0 || status == 1, "convert exited {status}: {err}");
        let reported: usize = paths.iter().map(|p| verdicts(&err, p)).sum();
        let summary = err.lines().last().unwrap_or_default();
        let converted: usize = summary
            .strip_prefix("news-card: converted ")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(usize::MAX);
        prop_assert_eq!(converted + reported, 3, "{}", err);
        fs::remove_dir_all(&dir).unwrap();
    }
}
