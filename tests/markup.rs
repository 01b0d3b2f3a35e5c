//! The card's markup, drawn natively by Yew's server renderer from the same components the
//! browser runs, for the seed and every shared sample in each layout and related mode. Each
//! record's markup is a reviewed snapshot in `tests/markup/`: a change to what the card draws
//! shows as a diff there (`UPDATE_EXPECT=1 cargo test --test markup` writes the new one, for
//! review). `tests/web.rs` checks that the live card in a browser draws the same markup.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::{DateTime, Utc};
use expect_test::expect_file;
use yew::LocalServerRenderer;

use news_card::model::{convert, Config, HttpUrl, Parsed, Value};
use news_card::view::card::{Card, CardProps};

/// The instant every snapshot is drawn at (the browser tests stop their clock at the same).
const NOW: &str = "2026-11-26T12:00:00Z";
const BASE: &str = "https://news.example/articles/story.json";

/// The variants every record is drawn in: the element's attributes, as a page would write
/// them. `layout` other than compact is the stylesheet's alone (the test checks that a
/// horizontal card's markup is a vertical one's).
const VARIANTS: &[&[(&str, &str)]] = &[
    &[],
    &[("related", "list")],
    &[("related", "none")],
    &[("layout", "compact")],
];

/// More options, drawn for the seed only: each changes the markup in its own way.
const SEED_OPTIONS: &[&[(&str, &str)]] = &[
    &[
        ("target", "_self"),
        ("heading-level", "3"),
        ("max-related", "1"),
    ],
    &[("link", "none"), ("dates", "absolute")],
    &[("dates", "relative"), ("related", "list")],
];

fn records() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("static/articles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn parse(path: &Path) -> Rc<Parsed> {
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("readable")).expect("JSON");
    let value = Value::from_deserializer(&json).expect("a record-sized value");
    let base = HttpUrl::parse(BASE, None).expect("a valid base");
    Rc::new(convert::article(&value, Some(&base)).expect("every record is an article"))
}

fn config(attributes: &[(&str, &str)]) -> Rc<Config> {
    let attr = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_owned())
    };
    Rc::new(Config::from_attributes(attr, None))
}

/// The card's markup for `parsed` with `attributes`, as Yew's server renderer writes it.
fn render(parsed: &Rc<Parsed>, attributes: &[(&str, &str)]) -> String {
    render_with(parsed, config(attributes))
}

/// The card's markup for `parsed` with `config`.
fn render_with(parsed: &Rc<Parsed>, config: Rc<Config>) -> String {
    let now: DateTime<Utc> = NOW.parse().expect("a valid instant");
    let props = CardProps {
        parsed: parsed.clone(),
        now,
        config,
        on_event: None,
        host: None,
        drawn: None,
    };
    let renderer = LocalServerRenderer::<Card>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// What a record's snapshot file holds: each variant's markup under a heading naming its
/// attributes, indented one element per line.
fn snapshot(parsed: &Rc<Parsed>, variants: &[&[(&str, &str)]]) -> String {
    let mut out = String::new();
    for attributes in variants {
        let named: Vec<String> = attributes
            .iter()
            .map(|(n, v)| format!("{n}=\"{v}\""))
            .collect();
        let heading = if named.is_empty() {
            "defaults".to_owned()
        } else {
            named.join(" ")
        };
        out.push_str(&format!("<!-- {heading} -->\n"));
        out.push_str(&indent(&render(parsed, attributes)));
        out.push('\n');
    }
    out
}

const VOID: &[&str] = &["img", "br", "hr", "input", "meta", "link"];

/// One element or text per line, indented by depth: a markup diff reads as what changed.
fn indent(markup: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut rest = markup;
    while !rest.is_empty() {
        let (token, tail) = match rest.find('<') {
            Some(0) => {
                let end = rest.find('>').map_or(rest.len(), |i| i + 1);
                rest.split_at(end)
            }
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        rest = tail;
        if token.starts_with("</") {
            depth = depth.saturating_sub(1);
            push_line(&mut out, depth, token);
        } else if let Some(tag) = token.strip_prefix('<') {
            push_line(&mut out, depth, token);
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !VOID.contains(&name.as_str()) && !token.ends_with("/>") {
                depth += 1;
            }
        } else {
            push_line(&mut out, depth, token);
        }
    }
    out
}

fn push_line(out: &mut String, depth: usize, token: &str) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(token);
    out.push('\n');
}

#[test]
fn every_record_in_every_mode_draws_its_reviewed_markup() {
    let records = records();
    assert_eq!(records.len(), 13, "the seed and the twelve shared samples");
    for path in records {
        let parsed = parse(&path);
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a name");
        let mut variants: Vec<&[(&str, &str)]> = VARIANTS.to_vec();
        if name == "seed" {
            variants.extend_from_slice(SEED_OPTIONS);
        }
        expect_file![format!("markup/{name}.html")].assert_eq(&snapshot(&parsed, &variants));
    }
}

#[test]
fn layouts_other_than_compact_are_the_stylesheets_alone() {
    for path in records() {
        let parsed = parse(&path);
        let vertical = render(&parsed, &[]);
        for layout in ["vertical", "horizontal", "anything"] {
            assert_eq!(render(&parsed, &[("layout", layout)]), vertical, "{layout}");
        }
    }
}

/// The text of the first element with `class` in `markup`.
fn text_of(markup: &str, class: &str) -> Option<String> {
    let start = markup.find(&format!("class=\"{class}\""))?;
    let open = start + markup[start..].find('>')? + 1;
    let close = open + markup[open..].find('<')?;
    Some(markup[open..close].to_owned())
}

#[test]
fn the_domain_shown_is_the_site_the_link_goes_to() {
    // (the data's provider domain, the story's link, what the byline and a slide show)
    let cases = [
        (
            "аррӏе.com",
            Some("https://news.example/story"),
            Some("news.example"),
        ),
        (
            "apple.com",
            Some("https://www.news.example/story"),
            Some("news.example"),
        ),
        (
            "news.example",
            Some("https://xn--80ak6aa92e.com/story"),
            Some("xn--80ak6aa92e.com"),
        ),
        (
            "news.example",
            Some("https://аррӏе.com/story"),
            Some("xn--80ak6aa92e.com"),
        ),
        (
            "news.example",
            Some("https://münchen.de/story"),
            Some("münchen.de"),
        ),
        (
            "",
            Some("https://WWW.News.Example/story"),
            Some("news.example"),
        ),
        // No link: the data's domain, shown as any host (a look-alike in punycode).
        ("аррӏе.com", None, Some("xn--80ak6aa92e.com")),
    ];
    for (domain, link, shown) in cases {
        let story = |title: &str| {
            let mut story = serde_json::json!({
                "title": title,
                "provider": { "domain": domain },
            });
            if let Some(link) = link {
                story["webUrl"] = link.into();
            }
            story
        };
        let mut article = story("A story");
        article["provider"]["name"] = "A provider".into();
        article["related"] = serde_json::json!([story("One"), story("Two")]);
        let value = Value::from_deserializer(&article).expect("a small value");
        let parsed = Rc::new(convert::article(&value, None).expect("an article"));
        let markup = render(&parsed, &[("related", "list")]);
        let byline = text_of(&markup, "provider-domain");
        assert_eq!(byline.as_deref(), shown, "byline of {domain} {link:?}");
        // A related story without a provider name names its link's site; without a link, none.
        let slide = text_of(&markup, "slide-provider");
        assert_eq!(
            slide.as_deref(),
            link.and(shown),
            "slide of {domain} {link:?}"
        );
    }
}

#[test]
fn the_byline_says_who_wrote_the_story_after_who_published_it() {
    let author = |name: &str, by: &str| {
        format!(r#"<span part="author" class="author"><span>{by}</span><bdi>{name}</bdi></span>"#)
    };
    // (the article's provider, author and locale; the byline's first line ends with)
    let cases = [
        (
            Some("The Daily Example"),
            "Jane Doe",
            None,
            [
                r#"news.example</span>"#.to_owned(),
                author("Jane Doe", "By "),
            ]
            .concat(),
        ),
        (
            Some("Le Quotidien"),
            "Jeanne Dupont, Marc Roux",
            Some("fr-FR"),
            author("Jeanne Dupont, Marc Roux", "Par "),
        ),
        (
            Some("صحيفة"),
            "John Smith",
            Some("ar"),
            author("John Smith", "بقلم "),
        ),
        // Text, never markup; and without a provider, the line has the link's site and the
        // author.
        (
            None,
            "<b>Jane</b>",
            None,
            [
                r#"<span part="provider" class="provider"><span class="provider-domain">news.example</span>"#.to_owned(),
                author("&lt;b&gt;Jane&lt;/b&gt;", "By "),
            ]
            .concat(),
        ),
        // An author who is the provider is said once.
        (
            Some("SPIEGEL ONLINE"),
            "Spiegel Online",
            None,
            r#"<span class="provider-domain">news.example</span>"#.to_owned(),
        ),
    ];
    for (provider, name, locale, ends) in cases {
        let mut article = serde_json::json!({
            "title": "A story",
            "webUrl": "https://www.news.example/story",
            "author": name,
        });
        if let Some(provider) = provider {
            article["provider"] = serde_json::json!({ "name": provider });
        }
        if let Some(locale) = locale {
            article["locale"] = locale.into();
        }
        let value = Value::from_deserializer(&article).expect("a small value");
        let parsed = Rc::new(convert::article(&value, None).expect("an article"));
        // The card's language, as the element resolves it (attribute, else the page's `lang`).
        let config = Config::from_attributes(|_| None, locale.map(str::to_owned));
        let markup = render_with(&parsed, Rc::new(config));
        let line = markup
            .split_once(r#"<p part="byline" class="byline">"#)
            .and_then(|(_, after)| {
                after
                    .split_once("</span><span class=\"dates\"")
                    .or_else(|| after.split_once("</p>"))
            })
            .and_then(|(line, _)| line.strip_suffix("</span>"))
            .map(str::to_owned)
            .expect("a byline");
        assert!(line.ends_with(&ends), "{name}: {line}");
    }
    // No author, no author part.
    let value = Value::from_deserializer(serde_json::json!({"title": "T"})).expect("a value");
    let parsed = Rc::new(convert::article(&value, None).expect("an article"));
    assert!(!render(&parsed, &[]).contains("author"));
}

#[test]
fn a_related_story_names_its_provider_before_its_site() {
    let article = serde_json::json!({
        "title": "A story",
        "related": [{
            "title": "One",
            "webUrl": "https://www.news.example/one",
            "provider": { "name": "The Daily Example", "domain": "аррӏе.com" },
        }],
    });
    let value = Value::from_deserializer(&article).expect("a small value");
    let parsed = Rc::new(convert::article(&value, None).expect("an article"));
    let markup = render(&parsed, &[("related", "list")]);
    assert_eq!(
        text_of(&markup, "slide-provider").as_deref(),
        Some("The Daily Example")
    );
}
