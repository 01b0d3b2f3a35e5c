//! The `news-card` command-line tool, run as a process on the real records (tests/records,
//! byte-for-byte copies of ../shared) with broken files among them.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TOOL: &str = env!("CARGO_BIN_EXE_news-card");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("news-card-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The twelve sample records, a README without front matter, and `broken.md`, whose front
/// matter repeats a key on line 4.
fn records_with_a_broken_one(name: &str) -> PathBuf {
    let dir = scratch(name).join("records");
    fs::create_dir_all(&dir).unwrap();
    for entry in fs::read_dir(Path::new(ROOT).join("tests/records")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    fs::write(
        dir.join("README.md"),
        "# Records\n\nOne article per file.\n",
    )
    .unwrap();
    fs::write(
        dir.join("broken.md"),
        "---\ntitle: A story\nwebUrl: https://news.example/a\ntitle: The same key again\n---\nBody\n",
    )
    .unwrap();
    dir
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(TOOL).args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (status.code().unwrap(), text(stdout), text(stderr))
}

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(ROOT).join("static/articles").join(name)).unwrap()
}

/// `value` with only what the article JSON Schema lists at each level (`schema` is the node
/// for `value`): what the card reads. Written from the schema, apart from the tool's own lists.
fn card_fields(
    value: &serde_json::Value,
    schema: &serde_json::Value,
    root: &serde_json::Value,
) -> serde_json::Value {
    let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(pointer) => root.pointer(pointer.trim_start_matches('#')).unwrap(),
        None => schema,
    };
    match value {
        serde_json::Value::Object(fields) if schema.get("properties").is_some() => {
            serde_json::Value::Object(
                fields
                    .iter()
                    .filter_map(|(k, v)| {
                        schema["properties"]
                            .get(k)
                            .map(|s| (k.clone(), card_fields(v, s, root)))
                    })
                    .collect(),
            )
        }
        serde_json::Value::Array(items) if schema.get("items").is_some() => {
            serde_json::Value::Array(
                items
                    .iter()
                    .map(|v| card_fields(v, &schema["items"], root))
                    .collect(),
            )
        }
        other => other.clone(),
    }
}

/// What `convert` writes for a record whose full front matter, as JSON, is `fixture`: the
/// card's fields, their values as the `yaml` npm package read them, in the record's order.
fn converted(fixture: &str) -> serde_json::Value {
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(Path::new(ROOT).join("schema/article.schema.json")).unwrap(),
    )
    .unwrap();
    card_fields(&serde_json::from_str(fixture).unwrap(), &schema, &schema)
}

#[test]
fn convert_writes_each_record_as_the_widget_fixture_and_reports_the_broken_one() {
    let records = records_with_a_broken_one("convert");
    let out = records.parent().unwrap().join("json");
    let (status, _, stderr) = run(&[
        "convert",
        "--out-dir",
        out.to_str().unwrap(),
        records.to_str().unwrap(),
    ]);
    assert_eq!(status, 1, "a failed file fails the run: {stderr}");
    assert!(stderr.contains("broken.md:4: duplicated key"), "{stderr}");
    assert!(
        stderr.contains("README.md: skipped: no front matter"),
        "{stderr}"
    );
    assert!(
        stderr.contains("converted 12 of 13 files; 1 failed"),
        "{stderr}"
    );
    let mut written: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written.len(), 12, "{written:?}");
    for name in written {
        // The values scripts/fixtures.mjs writes with the `yaml` npm package, for the fields
        // the card reads; the record's other keys (category, scores, ...) are left out.
        let json = fs::read_to_string(out.join(&name)).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, converted(&fixture(&name)), "{name}");
        assert!(!json.contains("\"heat\""), "{name}");
    }
}

#[test]
fn convert_one_file_prints_its_object_and_many_print_an_array() {
    let seed = Path::new(ROOT).join("tests/records/000_8a11ffff288c4870.txt");
    let (status, stdout, _) = run(&["convert", seed.to_str().unwrap()]);
    assert_eq!(status, 0);
    let parsed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(parsed, converted(&fixture("seed.json")));
    // Pretty-printed as JSON.stringify(value, null, 2) does, keys in the record's order.
    assert!(
        stdout.starts_with("{\n  \"title\": \"Biden deploys"),
        "{stdout}"
    );

    // Many files with --array: one JSON Feed, newest first, that the tool (and the card's
    // model) reads back as the newest article with the others as related stories.
    let records = records_with_a_broken_one("array");
    let (status, stdout, _) = run(&[
        "convert",
        "--array",
        "--title",
        "AI news",
        records.to_str().unwrap(),
    ]);
    assert_eq!(status, 1);
    let feed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed["title"], "AI news");
    let items = feed["items"].as_array().unwrap();
    assert_eq!(items.len(), 12);
    let dates: Vec<&str> = items
        .iter()
        .map(|i| i["date_published"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first (these records are all in UTC)");
    let amazon = items
        .iter()
        .find(|i| i["title"] == "Amazon Releases A New Tool To Improve Machine Learning Processes")
        .unwrap();
    for key in ["id", "url", "summary", "image", "date_published", "tags"] {
        assert!(amazon.get(key).is_some(), "{key}: {amazon}");
    }
    let path = records.parent().unwrap().join("feed.json");
    fs::write(&path, &stdout).unwrap();
    let (status, stdout, stderr) = run(&["convert", path.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    let newest: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(newest["title"], items[0]["title"]);
    assert_eq!(newest["related"].as_array().map(Vec::len), Some(11));
}

#[test]
fn check_lists_what_the_widget_would_drop_and_fails_only_what_it_cannot_show() {
    let records = records_with_a_broken_one("check");
    let mut article: serde_json::Value = serde_json::from_str(&fixture("seed.json")).unwrap();
    article["webUrl"] = "javascript:alert(1)".into();
    article["topics"] = serde_json::json!([7, "AI"]);
    article["publishedDateTime"] = "last Tuesday".into();
    let dropping = records.join("dropping.json");
    fs::write(&dropping, article.to_string()).unwrap();
    fs::write(records.join("list.json"), "[1, 2]").unwrap();
    fs::write(
        records.join("cut.json"),
        "{\n  \"title\": \"A\",\n  \"webUrl\": \n}\n",
    )
    .unwrap();

    let (status, stdout, stderr) = run(&["check", records.to_str().unwrap()]);
    assert_eq!(status, 1, "{stdout}{stderr}");
    let expected_drops =
        "dropping.json: 3 fields dropped\n  publishedDateTime: not an RFC 3339 date\n  \
        webUrl: not an http(s) URL\n  topics[0]: expected string, found number\n";
    assert!(stdout.contains(expected_drops), "{stdout}");
    assert!(stdout.contains(
        "2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.md: ok"
    ));
    assert!(stderr.contains("broken.md:4: duplicated key"), "{stderr}");
    assert!(
        stderr.contains(
            "list.json:1: The server did not send an article (the document is a JSON array"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("cut.json:4: not JSON"), "{stderr}");
    assert!(
        stderr.contains("checked 13 of 16 files (1 with dropped fields); 3 failed"),
        "{stderr}"
    );

    // Dropped fields alone pass, unless --strict.
    assert_eq!(run(&["check", dropping.to_str().unwrap()]).0, 0);
    assert_eq!(run(&["check", "--strict", dropping.to_str().unwrap()]).0, 1);
}

#[test]
fn check_resolves_relative_urls_against_the_base() {
    let dir = scratch("base");
    let file = dir.join("a.json");
    fs::write(
        &file,
        r#"{"title": "A", "webUrl": "/story", "images": [{"url": "//img.example/a.jpg"}]}"#,
    )
    .unwrap();
    assert_eq!(
        run(&["check", file.to_str().unwrap()]).1,
        format!("{}: ok\n", file.display())
    );
    let (status, _, stderr) = run(&["check", "--base", "ftp://x/", file.to_str().unwrap()]);
    assert_eq!(status, 2, "{stderr}");
}

#[test]
fn usage_errors_say_what_was_expected() {
    let cases: [(&[&str], &str); 4] = [
        (&[], "expected a command"),
        (&["convert"], "expected at least one file"),
        (
            &["convert", "a.md", "b.md"],
            "expected --array or --out-dir",
        ),
        (
            &["check", "--fast", "a.json"],
            "expected a known option, not --fast",
        ),
    ];
    for (args, message) in cases {
        let (status, _, stderr) = run(args);
        assert_eq!(status, 2, "{args:?}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    let (status, _, stderr) = run(&["check", "/nonexistent/a.json"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("/nonexistent/a.json:1: cannot read it"),
        "{stderr}"
    );
}

#[test]
fn render_writes_a_card_readers_see_without_script_and_the_widget_can_take_over() {
    let seed = Path::new(ROOT).join("static/articles/seed.json");
    let (status, html, err) = run(&[
        "render",
        "--related",
        "list",
        "--locale",
        "en-GB",
        "--stylesheet",
        "https://cdn.example/news-card/0.2.0/news-card.css",
        seed.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{err}");
    assert!(err.contains("rendered 1 of 1 files; 0 failed"), "{err}");
    // The element with the options given, a declarative shadow root holding the card the
    // widget's components draw (hidden until its stylesheet, linked after it, applies), and
    // the article inline.
    assert!(
        html.starts_with(
            "<news-card locale=\"en-GB\" related=\"list\">\n  <template shadowrootmode=\"open\"><div class=\"news-card-root\" hidden><article"
        ),
        "{html}"
    );
    assert!(html.contains(
        "</article></div><link rel=\"stylesheet\" href=\"https://cdn.example/news-card/0.2.0/news-card.css\"></template>"
    ));
    let markup = fs::read_to_string(Path::new(ROOT).join("tests/markup/seed.html")).unwrap();
    for text in [
        "Biden deploys controversial facial-recognition app",
        "href=\"https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html\"",
        "Daily Mail",
        "5 June 2021",
        "Computer Vision",
        "class=\"related related-as-list\"",
    ] {
        assert!(html.contains(text), "{text} missing");
        assert!(markup.contains(text), "{text} is not in the reviewed markup either");
    }
    // How long ago depends on when the page is read: the widget says it, not the file.
    assert!(!html.contains("years ago") && !html.contains("date-relative"));
    // Wherever the page puts it, the card's images load as the browser finds them near the
    // viewport: none is eager, not even the first related stories' (which the widget, drawing a
    // card that is in view, loads at once).
    assert_eq!(
        html.matches("<img").count(),
        4,
        "the hero and three thumbnails"
    );
    assert_eq!(html.matches("loading=\"lazy\"").count(), 4);
    let script = html
        .split("<script type=\"application/json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let inline: serde_json::Value = serde_json::from_str(script).unwrap();
    let original: serde_json::Value = serde_json::from_str(&fixture("seed.json")).unwrap();
    assert_eq!(inline, original, "the article JSON goes along as it is");
}

#[test]
fn render_keeps_data_out_of_the_markup_and_reports_bad_files() {
    let dir = scratch("render");
    let hostile = dir.join("hostile.json");
    fs::write(
        &hostile,
        r#"{"title":"</script><script>alert(1)</script> & <b>bold</b>","webUrl":"javascript:alert(1)","excerpt":"<!-- x"}"#,
    )
    .unwrap();
    fs::write(dir.join("not-an-article.json"), "[1, 2]").unwrap();
    let out = dir.join("out");
    let (status, _, err) = run(&[
        "render",
        "--out-dir",
        out.to_str().unwrap(),
        "--layout",
        "compact\"><script>",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(status, 1, "one file is not an article: {err}");
    assert!(err.contains("not-an-article.json:1:"), "{err}");
    assert!(err.contains("rendered 1 of 2 files; 1 failed"), "{err}");
    let html = fs::read_to_string(out.join("hostile.html")).unwrap();
    // One script element (the inline JSON), no markup from data, no javascript: link.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
    assert!(!html.contains("<b>") && !html.contains("<!-- x"), "{html}");
    assert!(!html.contains("href=\"javascript:"), "{html}");
    assert!(
        html.contains(
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
        ),
        "{html}"
    );
    assert!(
        // Drawn in English when no locale is given, and saying so for the widget to keep.
        html.starts_with("<news-card layout=\"compact&quot;>&lt;script>\" locale=\"en\">"),
        "{html}"
    );
}

/// A front matter nested `levels` deep: `t:`, then a line of `- ` that many times.
fn nested(levels: usize) -> String {
    format!(
        "---\ntitle: T\nwebUrl: https://news.example/t\nt:\n{}x\n---\n",
        "- ".repeat(levels)
    )
}

#[test]
fn a_deeply_nested_file_costs_one_error_line_and_the_batch_goes_on() {
    let dir = scratch("deep").join("batch");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("a.md"),
        "---\ntitle: A\nwebUrl: https://news.example/a\n---\n",
    )
    .unwrap();
    fs::write(dir.join("m.md"), nested(20_000)).unwrap();
    fs::write(
        dir.join("z.md"),
        "---\ntitle: Z\nwebUrl: https://news.example/z\n---\n",
    )
    .unwrap();
    // Nesting the widget reads is fine.
    fs::write(dir.join("n.md"), nested(10)).unwrap();
    for command in ["check", "convert --array"] {
        let mut args: Vec<&str> = command.split(' ').collect();
        args.push(dir.to_str().unwrap());
        let (status, stdout, stderr) = run(&args);
        assert_eq!(status, 1, "{command}: {stdout}{stderr}");
        assert!(
            stderr.contains("m.md:5: nested more than 128 levels deep"),
            "{command}: {stderr}"
        );
        assert!(!stderr.contains("n.md"), "{command}: {stderr}");
        assert!(
            stdout.contains("z.md") || stdout.contains("news.example/z"),
            "{command} went on after it: {stdout}"
        );
        assert!(
            stderr.contains("of 4 files") && stderr.contains("1 failed"),
            "{command}: {stderr}"
        );
    }
}

#[cfg(unix)]
#[test]
fn links_in_folders_are_not_followed_and_only_regular_files_of_at_most_1_mib_are_read() {
    use std::os::unix::fs::symlink;
    let root = scratch("links");
    let content = root.join("content");
    let outside = root.join("outside");
    fs::create_dir_all(&content).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(
        outside.join("secret.md"),
        "---\ntitle: The secret\nwebUrl: https://news.example/s\n---\n",
    )
    .unwrap();
    fs::write(
        content.join("a.md"),
        "---\ntitle: A\nwebUrl: https://news.example/a\n---\n",
    )
    .unwrap();
    symlink(outside.join("secret.md"), content.join("b.md")).unwrap();
    symlink(".", content.join("loop")).unwrap();
    symlink("..", content.join("up")).unwrap();
    symlink("/dev/zero", content.join("zero.md")).unwrap();
    let big = format!(
        "---\ntitle: Big\nwebUrl: https://news.example/big\nexcerpt: {}\n---\n",
        "x".repeat(1 << 20)
    );
    fs::write(content.join("big.md"), big).unwrap();

    let (status, stdout, stderr) = run(&["convert", "--array", content.to_str().unwrap()]);
    assert_eq!(status, 1, "{stdout}{stderr}");
    assert!(
        !stdout.contains("The secret"),
        "a linked file outside the folder was read: {stdout}"
    );
    assert_eq!(
        stdout.matches("\"id\"").count(),
        1,
        "a.md once, nothing through the loops: {stdout}"
    );
    for link in ["b.md", "loop", "up", "zero.md"] {
        assert!(
            stderr.contains(&format!("{link}: skipped: a symbolic link")),
            "{link}: {stderr}"
        );
    }
    assert!(stderr.contains("big.md:1: larger than 1 MiB"), "{stderr}");

    // Named on the command line, a device or a FIFO is refused without reading it.
    let (status, _, stderr) = run(&["check", "/dev/zero"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("/dev/zero:1: not a regular file"),
        "{stderr}"
    );
    let fifo = root.join("pipe.md");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let (status, _, stderr) = run(&["check", fifo.to_str().unwrap()]);
    assert_eq!(status, 1);
    assert!(stderr.contains("pipe.md:1: not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn convert_never_writes_through_a_link_it_finds_in_the_output_folder() {
    use std::os::unix::fs::symlink;
    let root = scratch("victim");
    let public = root.join("public");
    fs::create_dir_all(&public).unwrap();
    fs::write(root.join("victim.txt"), "keep me\n").unwrap();
    symlink(root.join("victim.txt"), public.join("a.json")).unwrap();
    let input = root.join("a.md");
    fs::write(
        &input,
        "---\ntitle: A\nwebUrl: https://news.example/a\n---\n",
    )
    .unwrap();

    let (status, stdout, stderr) = run(&[
        "convert",
        "--out-dir",
        public.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stdout}{stderr}");
    assert_eq!(
        fs::read_to_string(root.join("victim.txt")).unwrap(),
        "keep me\n"
    );
    let written = public.join("a.json");
    assert!(
        !fs::symlink_metadata(&written)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced"
    );
    assert!(fs::read_to_string(&written)
        .unwrap()
        .contains("\"title\": \"A\""));
    // No temporary file is left behind.
    assert_eq!(fs::read_dir(&public).unwrap().count(), 1);

    // A file another writer put where the temporary file would go is neither used nor removed.
    fs::remove_file(&written).unwrap();
    let squatter = public.join(".news-card-0.tmp");
    fs::write(&squatter, "someone else's").unwrap();
    symlink(root.join("victim.txt"), public.join(".news-card-1.tmp")).unwrap();
    let (status, _, stderr) = run(&[
        "convert",
        "--out-dir",
        public.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(fs::read_to_string(&squatter).unwrap(), "someone else's");
    assert_eq!(
        fs::read_to_string(root.join("victim.txt")).unwrap(),
        "keep me\n"
    );
    assert!(fs::read_to_string(&written)
        .unwrap()
        .contains("\"title\": \"A\""));
}

#[test]
fn convert_inline_writes_json_that_cannot_end_a_script() {
    let dir = scratch("inline");
    let input = dir.join("a.md");
    fs::write(
        &input,
        "---\ntitle: \"</script><script>alert(1)</script> <!-- a < b\"\nwebUrl: https://news.example/a\n---\n",
    )
    .unwrap();
    let (status, plain, _) = run(&["convert", input.to_str().unwrap()]);
    assert_eq!(status, 0);
    assert!(
        plain.contains("</script>"),
        "without --inline, the text as it is: {plain}"
    );
    let (status, inline, stderr) = run(&["convert", "--inline", input.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    assert!(!inline.contains('<'), "{inline}");
    let value: serde_json::Value = serde_json::from_str(&inline).unwrap();
    assert_eq!(
        value["title"],
        "</script><script>alert(1)</script> <!-- a < b"
    );
}

#[cfg(unix)]
#[test]
fn links_named_on_the_command_line_and_a_linked_output_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let root = scratch("named-links");
    let content = root.join("content");
    fs::create_dir_all(&content).unwrap();
    fs::write(
        root.join("package.md"),
        "---\ntitle: P\nwebUrl: https://news.example/p\n---\n",
    )
    .unwrap();
    // What `content/*.md` expands to when a contributor committed a link there.
    symlink(root.join("package.md"), content.join("a.md")).unwrap();
    let (status, stdout, stderr) = run(&["convert", content.join("a.md").to_str().unwrap()]);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("a.md: skipped: a symbolic link"),
        "{stderr}"
    );
    assert_eq!(status, 0, "a skipped file is no failure: {stderr}");

    // `--out-dir public` with `public -> ..` would write package.json beside the project's own.
    symlink("..", root.join("public")).unwrap();
    let (status, _, stderr) = run(&[
        "convert",
        "--out-dir",
        root.join("public").to_str().unwrap(),
        root.join("package.md").to_str().unwrap(),
    ]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("not a symbolic link"), "{stderr}");
    assert!(!root.parent().unwrap().join("package.json").exists());
}

#[test]
fn anchors_and_aliases_are_one_error_line() {
    let dir = scratch("aliases").join("batch");
    fs::create_dir_all(&dir).unwrap();
    // An alias as a mapping key, deeper with every line: saphyr clones and hashes it
    // recursively, past any stack, and its alias budget does not look inside keys.
    let mut keys = String::from("---\ntitle: K\nwebUrl: https://news.example/k\na0: &a0 [x]\n");
    for i in 1..800 {
        keys.push_str(&format!(
            "a{i}: &a{i} {{{}*a{} : x{}}}\n",
            "[".repeat(120),
            i - 1,
            "]".repeat(120)
        ));
    }
    keys.push_str("---\n");
    fs::write(dir.join("keys.md"), keys).unwrap();
    fs::write(
        dir.join("ok.md"),
        "---\ntitle: Fine\nwebUrl: https://news.example/f\n---\n",
    )
    .unwrap();
    let (status, stdout, stderr) = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(status, 1, "{stdout}{stderr}");
    assert!(
        stderr.contains("keys.md:4: anchors and aliases (& and *) are not read"),
        "{stderr}"
    );
    assert!(stdout.contains("ok.md: ok"), "{stdout}");
}

/// A post as each generator's documentation shows one, and what `convert` makes of it.
const GENERATOR_POSTS: &[(&str, &str, &str)] = &[
    (
        "jekyll.md",
        "---\nlayout: post\ntitle: \"Welcome to Jekyll!\"\ndate: 2021-06-14 08:00:00 +0200\nlast_modified_at: 2021-06-20 10:30:00 +0200\ncategories: jekyll update\ntags: [release, static sites]\ndescription: How the new release builds your site.\nimage:\n  path: /assets/welcome.png\n  width: 1200\n  height: 630\n  alt: The Jekyll logo\nauthor: Jane Doe\ncomments: true\ncanonical_url: https://blog.example/2021/06/14/welcome.html\nlang: en-GB\n---\nBody\n",
        r#"{
  "title": "Welcome to Jekyll!",
  "excerpt": "How the new release builds your site.",
  "locale": "en-GB",
  "publishedDateTime": "2021-06-14T08:00:00+02:00",
  "updatedDateTime": "2021-06-20T10:30:00+02:00",
  "webUrl": "https://blog.example/2021/06/14/welcome.html",
  "author": "Jane Doe",
  "topics": [
    "release",
    "static sites"
  ],
  "images": [
    {
      "url": "/assets/welcome.png",
      "width": 1200,
      "height": 630,
      "title": "The Jekyll logo"
    }
  ]
}"#,
    ),
    (
        "hugo.md",
        "---\ntitle: Spring Cleaning\ndate: 2024-03-10T09:00:00-05:00\nlastmod: 2024-03-12\ndraft: false\nsummary: What we threw out.\ntags:\n  - home\n  - lists\nimages:\n  - /images/broom.jpg\nurl: /posts/spring-cleaning/\nauthors:\n  - Ann Author\n  - Bo Writer\n---\n",
        r#"{
  "title": "Spring Cleaning",
  "excerpt": "What we threw out.",
  "publishedDateTime": "2024-03-10T09:00:00-05:00",
  "updatedDateTime": "2024-03-12T00:00:00Z",
  "webUrl": "/posts/spring-cleaning/",
  "author": "Ann Author, Bo Writer",
  "topics": [
    "home",
    "lists"
  ],
  "images": [
    {
      "url": "/images/broom.jpg"
    }
  ]
}"#,
    ),
    (
        "eleventy.md",
        "---\ntitle: My first post\ndescription: Notes from a new blog.\ndate: 2023-01-05\ntags: post\npermalink: /blog/first/\nlayout: layouts/post.njk\n---\n",
        r#"{
  "title": "My first post",
  "excerpt": "Notes from a new blog.",
  "publishedDateTime": "2023-01-05T00:00:00Z",
  "webUrl": "/blog/first/",
  "topics": [
    "post"
  ]
}"#,
    ),
];

#[test]
fn convert_maps_jekyll_hugo_and_eleventy_front_matter_and_writes_only_what_the_card_reads() {
    let dir = scratch("generators");
    for (name, text, expected) in GENERATOR_POSTS {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        let (status, stdout, stderr) = run(&["convert", path.to_str().unwrap()]);
        assert_eq!(status, 0, "{name}: {stderr}");
        assert_eq!(stdout.trim_end(), *expected, "{name}");
        // The widget reads each as it is: nothing dropped.
        let (status, stdout, stderr) = run(&["check", "--strict", path.to_str().unwrap()]);
        assert_eq!(status, 0, "{name}: {stdout}{stderr}");
    }
    // As one feed, each item keeps its author, and the feed reads back with the newest's.
    let (status, stdout, stderr) = run(&["convert", "--array", dir.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    let feed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let authors: Vec<&serde_json::Value> = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| &item["authors"])
        .collect();
    assert_eq!(
        authors,
        [
            &serde_json::json!([{"name": "Ann Author, Bo Writer"}]),
            &serde_json::json!(null),
            &serde_json::json!([{"name": "Jane Doe"}]),
        ]
    );
    let path = dir.join("feed.json");
    fs::write(&path, stdout).unwrap();
    let (status, stdout, stderr) = run(&["convert", path.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.contains(r#""author": "Ann Author, Bo Writer""#),
        "{stdout}"
    );
}

#[test]
fn the_articles_own_names_win_over_a_generators() {
    let dir = scratch("own-names");
    let path = dir.join("both.md");
    fs::write(
        &path,
        "---\ntitle: Both\nexcerpt: Ours.\ndescription: Theirs.\npublishedDateTime: 2021-06-05T14:56:00Z\ndate: 2020-01-01\ntopics: [a]\ntags: [b]\nurl: javascript:alert(1)\n---\n",
    )
    .unwrap();
    let (status, stdout, _) = run(&["convert", path.to_str().unwrap()]);
    assert_eq!(status, 0);
    let parsed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        parsed,
        serde_json::json!({
            "title": "Both",
            "excerpt": "Ours.",
            "publishedDateTime": "2021-06-05T14:56:00Z",
            "topics": ["a"],
        }),
        "and a generator's url that is not http(s) or a site path is no link"
    );
}

#[test]
fn help_is_asked_for_not_an_error() {
    for args in [
        &["--help"][..],
        &["convert", "--help"],
        &["check", "-h"],
        &["render", "--help"],
    ] {
        let (status, stdout, stderr) = run(args);
        assert_eq!(status, 0, "{args:?}: {stderr}");
        assert!(stdout.starts_with("usage: news-card convert"), "{args:?}");
    }
}

#[test]
fn convert_and_check_read_json_ld_and_json_feeds_and_skip_other_json_in_folders() {
    let dir = scratch("formats").join("site");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("story.jsonld"),
        r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "/#org", "name": "Example News"},
            {"@type": "NewsArticle", "headline": "A story", "datePublished": "2024-05-01T08:00:00",
             "url": "https://news.example/story", "publisher": {"@id": "/#org"},
             "image": "https://news.example/a.jpg", "author": {"@type": "Person", "name": "A. Writer"}}]}"#,
    )
    .unwrap();
    fs::write(
        dir.join("feed.json"),
        r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Example Blog",
            "items": [{"id": "1", "title": "Older", "url": "/1", "date_published": "2024-01-01T00:00:00Z"},
                      {"id": "2", "title": "Newer", "url": "/2", "date_published": "2024-02-01T00:00:00Z",
                       "content_html": "<p>Hi <script>alert(1)</script></p>"}]}"#,
    )
    .unwrap();
    fs::write(
        dir.join("package.json"),
        r#"{"name": "site", "version": "1.0.0"}"#,
    )
    .unwrap();

    let out = dir.parent().unwrap().join("public");
    let (status, _, stderr) = run(&[
        "convert",
        "--out-dir",
        out.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stderr.contains("package.json: skipped: The server did not send an article"),
        "{stderr}"
    );
    let read = |name: &str| fs::read_to_string(out.join(name)).unwrap();
    let stdout = [read("feed.json"), read("story.json")].concat();
    let array = serde_json::json!([
        serde_json::from_str::<serde_json::Value>(&read("feed.json")).unwrap(),
        serde_json::from_str::<serde_json::Value>(&read("story.json")).unwrap(),
    ]);
    assert_eq!(
        array,
        serde_json::json!([
            {
                "title": "Newer",
                // content_html as text: the script is gone, its words never shown.
                "excerpt": "Hi",
                "publishedDateTime": "2024-02-01T00:00:00Z",
                "webUrl": "/2",
                "provider": {"name": "Example Blog"},
                "related": [{"title": "Older", "publishedDateTime": "2024-01-01T00:00:00Z", "webUrl": "/1"}]
            },
            {
                "title": "A story",
                "publishedDateTime": "2024-05-01T08:00:00Z",
                "webUrl": "https://news.example/story",
                "provider": {"name": "Example News"},
                "author": "A. Writer",
                "images": [{"url": "https://news.example/a.jpg"}]
            }
        ])
    );
    assert!(
        !stdout.contains("script"),
        "no markup from the feed: {stdout}"
    );

    // check reads both the same way; package.json, named, is not an article.
    let (status, stdout, stderr) = run(&[
        "check",
        "--strict",
        dir.join("story.jsonld").to_str().unwrap(),
        dir.join("feed.json").to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stdout}{stderr}");
    let (status, _, stderr) = run(&["check", dir.join("package.json").to_str().unwrap()]);
    assert_eq!(status, 1, "{stderr}");
}

#[test]
fn check_reads_article_json_as_the_widget_does_not_as_convert_maps_it() {
    let dir = scratch("as-it-is");
    let path = dir.join("generator-names.json");
    // Generator names in article JSON: `convert` would map them, the widget does not.
    fs::write(
        &path,
        r#"{"title": "T", "description": "D", "publishedDateTime": "2021-06-14 08:00:00 +0200"}"#,
    )
    .unwrap();
    let (status, stdout, _) = run(&["check", "--strict", path.to_str().unwrap()]);
    assert_eq!(status, 1, "{stdout}");
    assert!(
        stdout.contains("publishedDateTime: not an RFC 3339 date"),
        "{stdout}"
    );
}
