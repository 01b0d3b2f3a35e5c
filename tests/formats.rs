//! What sites already publish (issue 21), on real documents: every JSON-LD and JSON Feed file
//! of `tests/formats/corpus/` (their sources and licences in its SOURCES.md) maps to an
//! article the widget's model accepts, with its headline; hostile variants cost their fields,
//! never the document or the process.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use news_card::model::formats::{self, Format};
use news_card::model::{convert, HttpUrl, Value};

fn read(text: &str) -> Value {
    let json: serde_json::Value = serde_json::from_str(text.trim()).expect("JSON");
    Value::from_deserializer(&json).expect("a document within the limits")
}

/// (file, its form, the headline the card shows: an untitled micro post shows its link's site)
const CORPUS: &[(&str, Format, &str)] = &[
    ("aljazeera-malawians.jsonld", Format::JsonLd, "Malawians and Nigerians flee South Africa amid xenophobic threats"),
    ("daringfireball-2017-05.feed.json", Format::JsonFeed, "‘Spectre’ Trailer Re-Cut to With Roger Moore as Bond"),
    ("forkingdocuverse-jekyll-seo-01.jsonld", Format::JsonLd, "Introducing the Project and Detailing the Method"),
    ("github-blog-blogposting.jsonld", Format::JsonLd, "Leader spotlight: Erin Spiceland"),
    ("github-blog-yoast-graph.jsonld", Format::JsonLd, "Leader spotlight: Erin Spiceland"),
    ("jsonfeed-org-announcing.feed.json", Format::JsonFeed, "Announcing JSON Feed"),
    ("kulumedia-rankmath-graph.jsonld", Format::JsonLd, "Meta Outage Hits Facebook, Instagram and Messenger | Kulu Media"),
    ("lukasrosenstock-microblog.feed.json", Format::JsonFeed, "lukasrosenstock.net"),
    ("manton-microblog.feed.json", Format::JsonFeed, "Test 2018"),
    ("maybepizza-2016.feed.json", Format::JsonFeed, "My New Pizza Dough Calculator"),
    ("pcgamer-skyrim-illusionist.jsonld", Format::JsonLd, "An Illusionist in Skyrim: Part 1"),
    ("reuters-parasite-sag.jsonld", Format::JsonLd, "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"),
    ("scmp-tsai-playbook.jsonld", Format::JsonLd, "Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader..."),
    ("spiegel-albtraum-print.jsonld", Format::JsonLd, "Ein Albtraum"),
    ("theguardian-vigil-review.jsonld", Format::JsonLd, "Vigil review – this police thriller is twisty, explosive … and so boring"),
    ("theverge-ios13-facetime.jsonld", Format::JsonLd, "iOS 13 will fix the FaceTime eye contact problem"),
    ("timetable-podcast.feed.json", Format::JsonFeed, "Episode 45: Launch week"),
];

#[test]
fn every_real_document_maps_to_an_article_with_its_headline() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/corpus");
    let base = HttpUrl::parse("https://publisher.example/page", None).ok();
    let mut shown = Vec::new();
    for (file, form, expected) in CORPUS {
        let doc = read(&fs::read_to_string(dir.join(file)).expect("a corpus file"));
        assert_eq!(formats::detect(&doc), *form, "{file}");
        let parsed = convert::article(&formats::to_article(&doc, None), base.as_ref())
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let headline = parsed.article.headline().to_owned();
        assert_eq!(headline, *expected, "{file}");
        // Real documents lose nothing: their dates, URLs and images all read.
        assert_eq!(parsed.dropped, [], "{file}");
        shown.push(format!("{file}: {headline}"));
    }
    // One line per document, to read when a mapping changes.
    println!("{}", shown.join("\n"));
}

#[test]
fn hostile_documents_cost_their_fields_never_the_rest() {
    // Script in every text field stays text; a javascript: URL is dropped, with its reason.
    let ld = read(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "<script>alert(1)</script>", "description": "<img src=x onerror=alert(1)>",
            "url": "javascript:alert(1)", "image": "javascript:alert(2)",
            "publisher": {"@type": "Organization", "name": "<b>Pub</b>", "logo": "data:image/png;base64,AAAA"}}"#,
    );
    let parsed = convert::article(&formats::to_article(&ld, None), None).expect("an article");
    assert_eq!(
        parsed.article.title.as_deref(),
        Some("<script>alert(1)</script>")
    );
    assert_eq!(parsed.article.web_url, None);
    assert!(parsed.article.images.is_empty());
    let fields: Vec<&str> = parsed.dropped.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(fields, ["webUrl", "provider.images[0]", "images[0]"]);

    // A feed of 10,000 items: read within the limits, the newest is the article, related capped.
    let items: Vec<String> = (0..10_000)
        .map(|i| format!(r#"{{"id": "{i}", "title": "Item {i}", "url": "https://feed.example/{i}", "date_published": "2024-01-01T00:00:{:02}Z"}}"#, i % 60))
        .collect();
    let feed = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "Big", "items": [{}]}}"#,
        items.join(",")
    );
    let json: serde_json::Value = serde_json::from_str(&feed).expect("JSON");
    // The reader keeps the first 64 items (and counts the rest): the newest of those is the
    // article, 20 of the others its related stories.
    let doc = Value::from_deserializer(&json).expect("within the value budget");
    let parsed = convert::article(&formats::to_article(&doc, None), None).expect("an article");
    assert_eq!(parsed.article.title.as_deref(), Some("Item 59"));
    assert_eq!(parsed.article.related.len(), 20);

    // An @graph nested past the reader's depth (32) is refused as too deep, not followed.
    let deep = format!(
        r#"{{"@graph": [{}{{"@type": "NewsArticle", "headline": "Deep"}}{}]}}"#,
        "[".repeat(100),
        "]".repeat(100)
    );
    let json: serde_json::Value =
        serde_json::from_str(&deep).expect("JSON within serde's own limit");
    assert!(Value::from_deserializer(&json).is_err(), "too deep");
}
