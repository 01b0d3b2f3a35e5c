//! Native, table-driven tests of the model on the real article records in `static/articles/`
//! (converted from ../shared by scripts/fixtures.mjs). The browser tests are in tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value as Json};

use news_card::model::convert;
use news_card::model::{
    ArticleError, DropReason, Dropped, HttpUrl, Image, Parsed, Provider, Value,
};

const BASE: &str = "https://news.example/articles/story.json";

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("static/articles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> Json {
    serde_json::from_str(&fs::read_to_string(path).expect("fixture readable"))
        .expect("fixture is JSON")
}

fn parse(doc: &Json) -> Result<Parsed, ArticleError> {
    let value = Value::from_deserializer(doc).expect("a fixture-sized value converts");
    let base = HttpUrl::parse(BASE, None).expect("base is valid");
    convert::article(&value, Some(&base))
}

fn seed() -> Json {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("static/articles/seed.json"))
}

fn text<'a>(doc: &'a Json, key: &str) -> Option<&'a str> {
    doc.get(key).and_then(Json::as_str)
}

fn url_str(u: &Option<HttpUrl>) -> Option<&str> {
    u.as_ref().map(HttpUrl::as_str)
}

fn date_str(d: &Option<news_card::model::date::Timestamp>) -> Option<String> {
    d.as_ref().map(news_card::model::date::machine)
}

fn assert_images(json: Option<&Json>, images: &[Image], at: &str) {
    let expected = json.and_then(Json::as_array).cloned().unwrap_or_default();
    assert_eq!(images.len(), expected.len(), "{at}: image count");
    for (img, j) in images.iter().zip(&expected) {
        let url = j["url"].as_str().unwrap();
        let resolved = HttpUrl::parse(url, Some(&HttpUrl::parse(BASE, None).unwrap())).unwrap();
        assert_eq!(img.url, resolved, "{at}: image url");
        assert_eq!(
            img.width.map(u64::from),
            j.get("width").and_then(Json::as_u64),
            "{at}: width"
        );
        assert_eq!(
            img.height.map(u64::from),
            j.get("height").and_then(Json::as_u64),
            "{at}: height"
        );
        assert_eq!(img.title.as_deref(), text(j, "title"), "{at}: image title");
    }
}

fn assert_provider(json: Option<&Json>, provider: &Option<Provider>, at: &str) {
    match (json, provider) {
        (None, None) => {}
        (Some(j), Some(p)) => {
            assert_eq!(p.name.as_deref(), text(j, "name"), "{at}: provider name");
            assert_eq!(
                p.domain.as_deref(),
                text(j, "domain"),
                "{at}: provider domain"
            );
            assert_images(j.get("images"), &p.logos, &format!("{at}: provider logos"));
        }
        (j, p) => panic!("{at}: provider {j:?} became {p:?}"),
    }
}

/// Every field of a real record that the card shows is in the model with the same value, and
/// nothing in real data is dropped.
#[test]
fn every_real_record_converts_completely() {
    let files = fixtures();
    assert_eq!(files.len(), 13, "the seed and twelve samples");
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let doc = load(&file);
        let Parsed {
            article: a,
            dropped,
            more_dropped,
        } = parse(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            dropped,
            Vec::<Dropped>::new(),
            "{name}: nothing in real data is dropped"
        );
        assert_eq!(more_dropped, 0, "{name}");

        assert_eq!(a.title.as_deref(), text(&doc, "title"), "{name}: title");
        assert_eq!(
            a.excerpt.as_deref(),
            text(&doc, "excerpt"),
            "{name}: excerpt"
        );
        assert_eq!(
            date_str(&a.published).as_deref(),
            text(&doc, "publishedDateTime"),
            "{name}: date"
        );
        assert_eq!(url_str(&a.web_url), text(&doc, "webUrl"), "{name}: webUrl");
        assert_eq!(
            url_str(&a.original_url),
            text(&doc, "originalUrl"),
            "{name}: originalUrl"
        );
        assert_eq!(
            url_str(&a.amp_url),
            text(&doc, "ampWebUrl"),
            "{name}: ampWebUrl"
        );
        assert_eq!(
            url_str(&a.cdn_amp_url),
            text(&doc, "cdnAmpWebUrl"),
            "{name}: cdnAmpWebUrl"
        );
        assert_eq!(a.locale.as_deref(), text(&doc, "locale"), "{name}: locale");
        let topics: Vec<&str> = doc["topics"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Json::as_str)
            .collect();
        assert_eq!(a.topics, topics, "{name}: topics");
        assert_provider(doc.get("provider"), &a.provider, &name);
        assert_images(doc.get("images"), &a.images, &name);

        let related = doc
            .get("related")
            .and_then(Json::as_array)
            .cloned()
            .unwrap_or_default();
        assert_eq!(a.related.len(), related.len(), "{name}: related count");
        for (i, (r, j)) in a.related.iter().zip(&related).enumerate() {
            let at = format!("{name}: related[{i}]");
            assert_eq!(r.title.as_deref(), text(j, "title"), "{at} title");
            assert_eq!(
                date_str(&r.published).as_deref(),
                text(j, "publishedDateTime"),
                "{at} date"
            );
            assert_eq!(url_str(&r.web_url), text(j, "webUrl"), "{at} webUrl");
            assert_eq!(url_str(&r.amp_url), text(j, "ampWebUrl"), "{at} ampWebUrl");
            assert_provider(j.get("provider"), &r.provider, &at);
            assert_images(j.get("images"), &r.images, &at);
        }
    }
}

#[test]
fn relative_provider_logos_resolve_against_the_json_url() {
    let doc = load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("static/articles/2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json"),
    );
    let parsed = parse(&doc).unwrap();
    let logo = &parsed.article.provider.unwrap().logos[0];
    assert_eq!(
        logo.url.as_str(),
        "https://news.example/assets/images/organizations/forbes.com-50x50.jpg"
    );
    assert_eq!((logo.width, logo.height), (Some(50), Some(50)));
}

/// Sets `value` at a slash-separated path in the seed ("related/1/images/0/url").
fn seed_with(path: &str, value: Json) -> Json {
    let mut doc = seed();
    let mut at = &mut doc;
    let mut parts = path.split('/').peekable();
    while let Some(part) = parts.next() {
        let last = parts.peek().is_none();
        at = match part.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) if last => {
                at.as_object_mut()
                    .unwrap()
                    .insert(part.to_owned(), Json::Null);
                &mut at[part]
            }
            Err(_) => &mut at[part],
        };
    }
    *at = value;
    doc
}

fn wrong(expected: &'static str, found: &'static str) -> DropReason {
    DropReason::WrongType { expected, found }
}

/// A bad field drops that field only, with the reason recorded, and the card keeps the rest.
#[test]
fn bad_fields_are_dropped_one_by_one() {
    let cases: Vec<(&str, Json, &str, DropReason)> = vec![
        ("title", json!(42), "title", wrong("string", "number")),
        ("excerpt", json!(["a"]), "excerpt", wrong("string", "array")),
        ("excerpt", json!("   "), "excerpt", DropReason::Empty),
        (
            "publishedDateTime",
            json!("last Tuesday"),
            "publishedDateTime",
            DropReason::BadDate,
        ),
        (
            "publishedDateTime",
            json!(1622904960),
            "publishedDateTime",
            wrong("string", "number"),
        ),
        (
            "updatedDateTime",
            json!("2021-02-30T00:00:00Z"),
            "updatedDateTime",
            DropReason::BadDate,
        ),
        (
            "webUrl",
            json!("javascript:alert(1)"),
            "webUrl",
            DropReason::UnsafeUrl,
        ),
        (
            "ampWebUrl",
            json!("data:text/html,hi"),
            "ampWebUrl",
            DropReason::UnsafeUrl,
        ),
        (
            "originalUrl",
            json!("https://"),
            "originalUrl",
            DropReason::BadUrl,
        ),
        ("topics", json!("AI"), "topics", wrong("array", "string")),
        // The article JSON's author is one text: `convert` and the format mapping join names.
        (
            "author",
            json!({"name": "A. Writer"}),
            "author",
            wrong("string", "object"),
        ),
        ("author", json!(""), "author", DropReason::Empty),
        (
            "topics/1",
            json!({"name": "AI"}),
            "topics[1]",
            wrong("string", "object"),
        ),
        (
            "provider",
            json!("Daily Mail"),
            "provider",
            wrong("object", "string"),
        ),
        (
            "provider/name",
            json!(7),
            "provider.name",
            wrong("string", "number"),
        ),
        (
            "images/0/width",
            json!(-636),
            "images[0].width",
            DropReason::OutOfRange,
        ),
        (
            "images/0/height",
            json!(382.5),
            "images[0].height",
            DropReason::OutOfRange,
        ),
        (
            "images/0/url",
            json!("javascript:alert(1)"),
            "images[0]",
            DropReason::Incomplete,
        ),
        ("related", json!({}), "related", wrong("array", "object")),
        (
            "related/1",
            json!("a story"),
            "related[1]",
            wrong("object", "string"),
        ),
        (
            "related/2",
            json!({"excerpt": "no title, no link"}),
            "related[2]",
            DropReason::Incomplete,
        ),
        (
            "related/0/webUrl",
            json!("vbscript:x"),
            "related[0].webUrl",
            DropReason::UnsafeUrl,
        ),
        (
            "related/1/images/0/url",
            json!(false),
            "related[1].images[0]",
            DropReason::Incomplete,
        ),
        (
            "locale",
            json!("<b>en</b>"),
            "locale",
            DropReason::OutOfRange,
        ),
    ];
    let clean = parse(&seed()).unwrap().article;
    for (path, value, field, reason) in cases {
        let parsed = parse(&seed_with(path, value.clone()))
            .unwrap_or_else(|e| panic!("{path} = {value}: the card must still render, got {e}"));
        let expected = vec![Dropped {
            field: field.to_owned(),
            reason,
        }];
        assert_eq!(parsed.dropped, expected, "{path} = {value}");
        // Everything else survives: the title (unless it was the bad field) and the related list size.
        if field != "title" {
            assert_eq!(parsed.article.title, clean.title, "{path}: title kept");
        }
        if !field.starts_with("related") {
            assert_eq!(parsed.article.related.len(), 3, "{path}: related kept");
        }
    }
}

#[test]
fn null_and_unknown_keys_are_not_errors() {
    let mut doc = seed_with("excerpt", Json::Null);
    doc["somethingNew"] = json!({"deep": [1, 2, 3]});
    let parsed = parse(&doc).unwrap();
    assert!(parsed.dropped.is_empty());
    assert_eq!(parsed.article.excerpt, None);
}

#[test]
fn html_in_text_fields_is_kept_as_text() {
    let parsed = parse(&seed_with(
        "title",
        json!("<img src=x onerror=alert(1)><b>bold</b>"),
    ))
    .unwrap();
    assert_eq!(
        parsed.article.title.as_deref(),
        Some("<img src=x onerror=alert(1)><b>bold</b>")
    );
}

/// Lists longer than the card shows are cut at their cap, with one dropped entry saying so.
#[test]
fn long_lists_are_capped_with_one_entry_each() {
    use news_card::model::convert::{MAX_IMAGES, MAX_RELATED, MAX_TOPICS};

    let story = seed()["related"][0].clone();
    let image = seed()["images"][0].clone();
    let mut doc = seed();
    doc["topics"] = json!((0..5_000).map(|i| format!("t{i}")).collect::<Vec<_>>());
    doc["related"] = Json::Array(vec![story; 500]);
    doc["images"] = Json::Array(vec![image; 9]);
    let parsed = parse(&doc).unwrap();
    assert_eq!(parsed.article.topics.len(), MAX_TOPICS);
    assert_eq!(parsed.article.related.len(), MAX_RELATED);
    assert_eq!(parsed.article.images.len(), MAX_IMAGES);
    let fields: Vec<String> = parsed.dropped.iter().map(ToString::to_string).collect();
    assert_eq!(
        fields,
        [
            "topics[12..]: 5000 items, more than the 12 shown",
            "images[4..]: 9 items, more than the 4 shown",
            "related[20..]: 500 items, more than the 20 shown",
        ]
    );
}

/// The dropped list itself is bounded: the first entries are listed, the rest counted.
#[test]
fn the_dropped_list_is_capped() {
    use news_card::model::article::MAX_DROPPED;

    let mut doc = seed();
    doc["excerpt"] = json!(false);
    doc["topics"] = json!(vec![1; 12]);
    doc["images"] = json!(vec![json!({"url": "javascript:x"}); 4]);
    doc["provider"]["name"] = json!(1);
    doc["webUrl"] = json!("ftp://x");
    doc["ampWebUrl"] = json!("ftp://x");
    doc["cdnAmpWebUrl"] = json!("ftp://x");
    doc["originalUrl"] = json!("ftp://x");
    let parsed = parse(&doc).unwrap();
    assert_eq!(parsed.dropped.len(), MAX_DROPPED);
    assert_eq!(parsed.more_dropped, 22 - MAX_DROPPED);
    let summary = parsed.dropped_summary().unwrap();
    assert!(
        summary.starts_with("excerpt: expected string, found boolean; "),
        "{summary}"
    );
    assert!(summary.ends_with("; …and 2 more"), "{summary}");
}

/// Headlines and names cannot be spoofed with bidi overrides or hidden characters, and a
/// look-alike provider domain shows as punycode.
#[test]
fn spoofing_characters_are_removed_from_text() {
    let mut doc = seed();
    doc["title"] = json!("Bank\u{202E}gnp.exe news\u{200B}");
    doc["provider"]["domain"] = json!("pаypal.com");
    doc["topics"] = json!(["\u{2066}AI\u{2069}"]);
    let a = parse(&doc).unwrap().article;
    assert_eq!(a.title.as_deref(), Some("Bankgnp.exe news"));
    assert_eq!(
        a.provider.unwrap().domain.as_deref(),
        Some("xn--pypal-4ve.com")
    );
    assert_eq!(a.topics, ["AI"]);
}

#[test]
fn documents_that_are_not_articles_are_errors() {
    let cases = [
        (json!([1, 2]), ArticleError::NotAnObject { found: "array" }),
        (
            json!("hello"),
            ArticleError::NotAnObject { found: "string" },
        ),
        (json!(null), ArticleError::NotAnObject { found: "null" }),
        (json!({}), ArticleError::NoTitleOrUrl),
        (json!({"excerpt": "text only"}), ArticleError::NoTitleOrUrl),
        (
            json!({"title": 5, "webUrl": "javascript:x"}),
            ArticleError::NoTitleOrUrl,
        ),
    ];
    for (doc, expected) in cases {
        assert_eq!(parse(&doc), Err(expected), "{doc}");
    }
}

#[test]
fn a_url_alone_is_enough_and_names_the_headline() {
    let parsed = parse(&json!({"webUrl": "https://www.example.org/story"})).unwrap();
    assert_eq!(parsed.article.headline(), "www.example.org");
}

/// Which URL the title opens, and which related stories show, under the card's attributes.
#[test]
fn config_picks_links_and_related_stories_from_the_seed() {
    use news_card::model::config::{LinkKind, RelatedMode};
    use news_card::model::Config;

    let seed = parse(&seed()).unwrap().article;
    let cases = [
        (
            LinkKind::Web,
            "https://www.dailymail.co.uk/news/article-9655025/Biden",
        ),
        (
            LinkKind::Amp,
            "https://www.dailymail.co.uk/news/article-9655025/amp/Biden",
        ),
        (
            LinkKind::Original,
            "https://www.dailymail.co.uk/news/article-9655025/Biden",
        ),
    ];
    for (link, prefix) in cases {
        let config = Config {
            link,
            ..Config::default()
        };
        let url = config.article_link(&seed).unwrap().as_str().to_owned();
        assert!(url.starts_with(prefix), "{link:?}: {url}");
    }
    // The second related story has no AMP URL: AMP falls back to its web URL.
    let amp = Config {
        link: LinkKind::Amp,
        ..Config::default()
    };
    let related: Vec<&str> = seed
        .related
        .iter()
        .map(|r| amp.related_link(r).unwrap().as_str())
        .collect();
    assert!(related[0].ends_with("?amp"));
    assert!(related[1].starts_with("https://kvia.com/"));

    let two = Config {
        max_related: Some(2),
        ..Config::default()
    };
    assert_eq!(two.related(&seed).len(), 2);
    let none = Config {
        related: RelatedMode::None,
        ..Config::default()
    };
    assert!(none.related(&seed).is_empty());
    let more = Config {
        max_related: Some(10),
        ..Config::default()
    };
    assert_eq!(more.related(&seed).len(), 3);
}

#[test]
fn the_element_observes_exactly_the_attributes_the_model_reads() {
    let js = include_str!("../src/embed/runtime/cards.js");
    let start = js
        .find("const ATTRIBUTES = [")
        .expect("cards.js lists ATTRIBUTES")
        + 20;
    let end = start + js[start..].find(']').expect("the list ends");
    let observed: Vec<&str> = js[start..end]
        .split(',')
        .map(|name| name.trim().trim_matches('"'))
        .filter(|name| !name.is_empty())
        .collect();
    assert_eq!(observed, news_card::model::config::ATTRIBUTES);
}

#[test]
fn the_model_reads_loading_as_the_loader_and_the_runtime_do() {
    use news_card::model::config::{Config, Loading};
    let cases: Json = serde_json::from_str(include_str!("js/rules.json")).expect("rules.json");
    let cases = cases["loading"].as_array().expect("loading cases");
    assert!(cases.len() > 10);
    for case in cases {
        let value = case[0].as_str().map(str::to_owned);
        let eager = case[1].as_bool().expect("a verdict");
        let config = Config::from_attributes(
            |name| (name == "loading").then(|| value.clone()).flatten(),
            None,
        );
        assert_eq!(config.loading == Loading::Eager, eager, "loading={value:?}");
    }
}

#[test]
fn the_model_reads_keyword_attributes_as_the_runtime_does() {
    use news_card::model::config::{
        Config, Dates, Fallback, LinkKind, Loading, ReferrerPolicy, RelatedMode,
    };
    let cases: Json = serde_json::from_str(include_str!("js/rules.json")).expect("rules.json");
    let mut checked = 0;
    for case in cases["keywords"].as_array().expect("keyword cases") {
        let name = case[0].as_str().expect("an attribute");
        let value = case[1].as_str().map(str::to_owned);
        let effect = case[2].as_str().expect("the value in effect");
        let config =
            Config::from_attributes(|n| (n == name).then(|| value.clone()).flatten(), None);
        let read = match name {
            // The stylesheet reads it (`:host([theme="dark"])`), not the model.
            "theme" => continue,
            "layout" => (if config.compact { "compact" } else { "" }).to_owned(),
            "link" => match config.link {
                LinkKind::Web => "web",
                LinkKind::Amp => "amp",
                LinkKind::Original => "original",
            }
            .to_owned(),
            "related" => match config.related {
                RelatedMode::Carousel => "carousel",
                RelatedMode::List => "list",
                RelatedMode::None => "none",
            }
            .to_owned(),
            "loading" => match config.loading {
                Loading::Lazy => "lazy",
                Loading::Eager => "eager",
            }
            .to_owned(),
            "fallback" => match config.fallback {
                Fallback::Auto => "auto",
                Fallback::Panel => "panel",
                Fallback::Collapse => "collapse",
            }
            .to_owned(),
            "dates" => match config.dates {
                Dates::Both => "both",
                Dates::Absolute => "absolute",
                Dates::Relative => "relative",
            }
            .to_owned(),
            "heading-level" => config.heading_level.to_string(),
            "referrerpolicy" => match config.referrer_policy {
                ReferrerPolicy::StrictOriginWhenCrossOrigin => "strict-origin-when-cross-origin",
                ReferrerPolicy::StrictOrigin => "strict-origin",
                ReferrerPolicy::SameOrigin => "same-origin",
                ReferrerPolicy::NoReferrer => "no-referrer",
            }
            .to_owned(),
            other => panic!("no reading of {other} here"),
        };
        // The model only tells compact from the rest: the stylesheet does the other layouts.
        let expected = if name == "layout" && effect != "compact" {
            ""
        } else {
            effect
        };
        assert_eq!(read, expected, "{name}={value:?}");
        checked += 1;
    }
    assert!(checked > 30);
}
