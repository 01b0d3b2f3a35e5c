//! The forms sites already publish an article in, mapped to the article JSON the card reads
//! (issue 21): schema.org JSON-LD (`json_ld`), JSON Feed (`json_feed`), RSS and Atom
//! (`xml_feed`) and an article's HTML page (`html_page`). Each maps a parsed document to an
//! article document (`Value`, the article JSON's own field names), which `convert::article`
//! then checks as any article: the same per-field degradation and reasons.
//!
//! Nothing here is markup: text that holds HTML (an RSS description, an Atom text construct
//! typed html, JSON Feed's `content_html`) goes through the platform's `plain` (the browser's
//! inert parser, the tool's tag stripper), which gives its text.

pub mod html_page;
pub mod json_feed;
pub mod json_ld;
pub mod xml_feed;

use crate::model::Value;

/// The form of a parsed JSON document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The article JSON itself.
    Article,
    /// A JSON Feed (version 1 or 1.1).
    JsonFeed,
    /// schema.org JSON-LD: an object or a list of them with `@context`, or an `@graph`.
    JsonLd,
}

/// Tells the form of `doc` from its content.
pub fn detect(doc: &Value) -> Format {
    let is_ld = |v: &Value| field(v, "@context").is_some() || field(v, "@graph").is_some();
    match doc {
        Value::Object(_)
            if field(doc, "version")
                .and_then(text)
                .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/")) =>
        {
            Format::JsonFeed
        }
        Value::Object(_) if is_ld(doc) => Format::JsonLd,
        Value::Array(items, _) if items.iter().any(is_ld) => Format::JsonLd,
        _ => Format::Article,
    }
}

/// The article document of `doc` in its form (`item` picks a feed's item: see
/// [`json_feed::article`]; `plain` gives the text of HTML); the article JSON itself as it is.
pub fn to_article(doc: &Value, item: Option<&str>, plain: &dyn Fn(&str) -> String) -> Value {
    match detect(doc) {
        Format::Article => doc.clone(),
        Format::JsonFeed => json_feed::article(doc, item, plain),
        Format::JsonLd => json_ld::article(doc),
    }
}

/// The member `name` of an object.
pub(crate) fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    match value {
        Value::Object(entries) => entries.iter().find(|(key, _)| key == name).map(|(_, v)| v),
        _ => None,
    }
}

/// A string's text (trimmed; none when empty).
pub(crate) fn text(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// A list's items, or one value as a list of one (`null` as none).
pub(crate) fn items(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items, _) => items.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

/// A list value of `items`.
pub(crate) fn list(items: Vec<Value>) -> Value {
    let total = items.len();
    Value::Array(items, total)
}

/// A list value of `items`; none when there are none (a field then left out).
pub(crate) fn some_list(items: Vec<Value>) -> Option<Value> {
    (!items.is_empty()).then(|| list(items))
}

/// The terms of a comma-separated list (`"a, b ,, c"`: a, b, c), as string values.
pub(crate) fn comma_terms(text: &str) -> impl Iterator<Item = Value> + '_ {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(string)
}

/// The provider of the article JSON: its name and its images (a list); none when it has
/// neither.
pub(crate) fn provider(name: Option<&str>, images: Option<Value>) -> Option<Value> {
    let mut out = Fields::default();
    out.put("name", name.map(string));
    out.put("images", images);
    (!out.0.is_empty()).then_some(Value::Object(out.0))
}

/// The article JSON's `author`: the names given, each once (ignoring case) and in order,
/// joined with ", ". None when no name is left (see [`author_name`]).
/// (A slice, not an iterator: one copy of this in the format mapper's wasm per kind of text,
/// not one per caller.)
pub(crate) fn authors<S: AsRef<str>>(names: &[S]) -> Option<Value> {
    let mut out: Vec<String> = Vec::new();
    for name in names.iter().filter_map(|n| author_name(n.as_ref())) {
        if !out.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            out.push(name);
        }
    }
    (!out.is_empty()).then(|| Value::String(out.join(", ")))
}

/// One author's name as a byline shows it: white space collapsed, an address beside the name
/// left out ("Jane Doe <jane@blog.example>", "Jane Doe (jane@blog.example)", and RSS's own
/// "jane@blog.example (Jane Doe)"), and a leading "By " too (the card writes its own). None when what is given is not a name: a URL (Open
/// Graph's `article:author` is often a profile page), an address alone, a placeholder
/// ("Unknown", as Blogger writes `noreply@blogger.com (Unknown)`), or JSON written into the
/// text (one newsroom's JSON-LD has `"author": "{ \"@type\":\"Person\", … }"`).
pub(crate) fn author_name(given: &str) -> Option<String> {
    // Written with byte searches and one loop: `str`'s char-pattern searchers cost the format
    // mapper's wasm kilobytes.
    let mut name = String::new();
    for word in given.split_ascii_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    if let Some(at) = name.bytes().rposition(|b| b == b'<' || b == b'(') {
        let (before, after) = (
            name.get(..at).unwrap_or_default(),
            name.get(at..).unwrap_or_default(),
        );
        let closed = after.ends_with('>') || after.ends_with(')');
        if closed && after.contains('@') {
            // The address follows the name.
            name = before.trim_end().to_owned();
        } else if closed && before.contains('@') && !before.trim_end().contains(' ') {
            // The name follows the address, in parentheses (RSS's `<author>`).
            name = after
                .get(1..after.len().saturating_sub(1))
                .unwrap_or_default()
                .trim()
                .to_owned();
        }
    }
    let by = name.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "));
    let name = if by {
        name.get(3..).unwrap_or_default()
    } else {
        &name
    };
    let not_a_name = name.is_empty()
        || name.starts_with(['{', '['])
        || name.contains("://")
        || name.contains('@')
        || name.eq_ignore_ascii_case("unknown");
    (!not_a_name).then(|| name.to_owned())
}

/// An image of the article JSON: its URL, with its width and height when they are known.
pub(crate) fn sized_image(url: &str, width: Option<f64>, height: Option<f64>) -> Value {
    let mut out = Fields::default();
    out.put("url", Some(string(url)));
    out.put("width", width.map(Value::Number));
    out.put("height", height.map(Value::Number));
    Value::Object(out.0)
}

/// A whole number written in decimal digits (no sign, at most 9 of them); none otherwise.
/// (Not `str::parse`, whose number parsing the format mapper's wasm does not carry.)
pub(crate) fn whole_number(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 {
        return None;
    }
    text.bytes().try_fold(0u32, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d <= 9)?;
        n.checked_mul(10)?.checked_add(u32::from(digit))
    })
}

/// `items` newest first by their date `key`; the undated after the dated, each in their order.
/// An insertion sort, stable, of at most 64 items (the readers' cap): the standard library's
/// sorts would add kilobytes to the format mapper's wasm.
pub(crate) fn newest_first<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> Option<K>) {
    for i in 1..items.len() {
        let mut j = i;
        while let Some(before) = j.checked_sub(1) {
            if items.get(before).and_then(&key) >= items.get(j).and_then(&key) {
                break;
            }
            items.swap(before, j);
            j = before;
        }
    }
}

/// The fields of an article document, built one at a time: a field with no value is left out.
#[derive(Default)]
pub(crate) struct Fields(pub Vec<(String, Value)>);

impl Fields {
    pub fn put(&mut self, name: &str, value: Option<Value>) {
        if let Some(value) = value {
            self.0.push((name.to_owned(), value));
        }
    }

    /// Puts the field unless it is there already (an HTML page's meta after its JSON-LD).
    pub fn fill(&mut self, name: &str, value: Option<Value>) {
        if !self.0.iter().any(|(key, _)| key == name) {
            self.put(name, value);
        }
    }
}

/// The text of the first of `node`'s fields `names` that has some, as a string value.
pub(crate) fn first_text(node: &Value, names: &[&str]) -> Option<Value> {
    names
        .iter()
        .find_map(|n| field(node, n).and_then(text))
        .map(string)
}

/// An image of the article JSON with only its URL.
pub(crate) fn image(url: &str) -> Value {
    sized_image(url, None, None)
}

/// A feed's article (JSON Feed, RSS, Atom): the entry `pick` names, by position (`1` is the
/// first) or else by one of the names `named` gives it; by default the newest by `date`
/// (strictly later: of equal dates, the first in the feed; none dated, the first). The entry's
/// `story` (`true`: the whole article), with the others, newest first, as related stories. An
/// empty object when there is no such entry.
pub(crate) fn feed_article<'a>(
    entries: &[&'a Value],
    pick: Option<&str>,
    named: impl Fn(&'a Value) -> Vec<&'a str>,
    date: impl Fn(&Value) -> Option<i64>,
    story: impl Fn(&'a Value, bool) -> Vec<(String, Value)>,
) -> Value {
    // Each entry's date, read once: the newest is found and the others sorted by them.
    let dates: Vec<Option<i64>> = entries.iter().map(|e| date(e)).collect();
    let chosen = match pick.map(str::trim) {
        Some(p) => match whole_number(p) {
            Some(position) => usize::try_from(position)
                .ok()
                .and_then(|p| p.checked_sub(1)),
            None => entries.iter().position(|e| named(e).contains(&p)),
        },
        None => {
            let mut best: Option<(usize, i64)> = None;
            for (i, at) in dates
                .iter()
                .enumerate()
                .filter_map(|(i, d)| d.map(|at| (i, at)))
            {
                if best.is_none_or(|(_, b)| at > b) {
                    best = Some((i, at));
                }
            }
            best.map(|(i, _)| i).or(Some(0))
        }
    };
    let Some((index, entry)) = chosen.and_then(|i| entries.get(i).map(|e| (i, *e))) else {
        return Value::Object(Vec::new());
    };
    let mut out = story(entry, true);
    let mut others: Vec<(Option<i64>, &Value)> = entries
        .iter()
        .zip(&dates)
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, (e, at))| (*at, *e))
        .collect();
    // Newest first, as a reader expects of "more from this feed".
    newest_first(&mut others, |(at, _)| *at);
    let related: Vec<Value> = others
        .into_iter()
        .map(|(_, e)| Value::Object(story(e, false)))
        .collect();
    if let Some(related) = some_list(related) {
        out.push(("related".to_owned(), related));
    }
    Value::Object(out)
}

/// A string value.
pub(crate) fn string(text: &str) -> Value {
    Value::String(text.to_owned())
}

/// A date as the article JSON takes it (RFC 3339 with an offset): RFC 3339 as it is; an offset
/// without its colon (`+0100`, ISO 8601's basic form) given one; a date and time without an
/// offset, or with a space for the `T`, taken as UTC; a day alone as its midnight UTC. Other
/// text is kept, for the check to drop with its reason.
pub(crate) fn date(value: &Value) -> Option<Value> {
    let text = text(value)?;
    let basic_offset = text.len() > 16
        && text.get(text.len().saturating_sub(5)..).is_some_and(|o| {
            o.starts_with(['+', '-'])
                && o.get(1..)
                    .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
        });
    if basic_offset {
        let (time, offset) = text.split_at(text.len().saturating_sub(2));
        return date(&Value::String([time, ":", offset].concat()));
    }
    let bytes = text.as_bytes();
    let is_day = |b: &[u8]| {
        b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let day = bytes.get(..10).filter(|d| is_day(d));
    // Written with `concat`, not `format!`: the format mapper's wasm has no formatting
    // machinery.
    let out = match (day, bytes.get(10..)) {
        (Some(_), Some([])) => [text, "T00:00:00Z"].concat(),
        (Some(_), Some(rest)) => {
            // Jekyll's "08:00:00 +0200": no space before the offset.
            let time = String::from_utf8_lossy(rest.get(1..).unwrap_or_default()).replace(' ', "");
            let has_offset =
                time.ends_with(['Z', 'z']) || time.get(8..).is_some_and(|t| t.contains(['+', '-']));
            let day = text.get(..10).unwrap_or_default();
            let seconds = if time.len() == 5 { ":00" } else { "" };
            [day, "T", &time, seconds, if has_offset { "" } else { "Z" }].concat()
        }
        _ => text.to_owned(),
    };
    Some(Value::String(out))
}

/// The instant a date of the article JSON names (as [`date`] writes it), in milliseconds
/// since 1970, offsets and fractions compared as the instants they are: to find the newest.
pub(crate) fn instant(date: &Value) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(text(date)?)
        .ok()
        .map(|at| at.timestamp_millis())
}

/// A JSON text as the model's value, for the tests of the mappings.
#[cfg(test)]
pub(crate) fn parse(json: &str) -> Value {
    let json: serde_json::Value = serde_json::from_str(json).expect("JSON");
    Value::from_deserializer(&json).expect("a value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_names_as_a_byline_shows_them() {
        let cases = [
            ("  Jane   Doe ", Some("Jane Doe")),
            ("Jane Doe <jane@blog.example>", Some("Jane Doe")),
            ("Jane Doe (jane@blog.example)", Some("Jane Doe")),
            ("jane@blog.example (Jane Doe)", Some("Jane Doe")),
            ("noreply@blogger.com (Unknown)", None),
            ("By Jane Doe", Some("Jane Doe")),
            ("by jane", Some("jane")),
            ("Byron Lee", Some("Byron Lee")),
            ("Ann (Editor)", Some("Ann (Editor)")),
            ("jane@blog.example", None),
            ("Unknown", None),
            ("https://news.example/authors/jane", None),
            (r#"{ "@type":"Person", "name":"Alice Wu" }"#, None),
            ("", None),
        ];
        for (given, expected) in cases {
            assert_eq!(author_name(given).as_deref(), expected, "{given}");
        }
        let joined = authors(&["Jane Doe", "JANE DOE", "By Jane Doe", "Bo"]);
        assert_eq!(joined, Some(string("Jane Doe, Bo")));
        assert_eq!(authors(&["Unknown"]), None);
    }

    #[test]
    fn forms_are_told_by_their_content() {
        let cases = [
            (r#"{"title": "A"}"#, Format::Article),
            (
                r#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#,
                Format::JsonFeed,
            ),
            (r#"{"version": "1.1", "items": []}"#, Format::Article),
            (
                r#"{"@context": "https://schema.org", "@type": "NewsArticle"}"#,
                Format::JsonLd,
            ),
            (r#"{"@graph": []}"#, Format::JsonLd),
            (r#"[{"@context": "https://schema.org"}]"#, Format::JsonLd),
            (r#"[1, 2]"#, Format::Article),
        ];
        for (json, format) in cases {
            assert_eq!(detect(&parse(json)), format, "{json}");
        }
    }

    #[test]
    fn dates_without_an_offset_are_taken_as_utc() {
        let cases = [
            ("2021-06-05T14:56:00Z", "2021-06-05T14:56:00Z"),
            ("2021-06-05T14:56:00+02:00", "2021-06-05T14:56:00+02:00"),
            ("2021-06-05T14:56:00-0500", "2021-06-05T14:56:00-05:00"),
            ("2018-12-22T00:00:00+0100", "2018-12-22T00:00:00+01:00"),
            ("2018-12-22 00:00:00 +0100", "2018-12-22T00:00:00+01:00"),
            ("2021-06-05T14:56:00", "2021-06-05T14:56:00Z"),
            ("2021-06-05T14:56:00.123", "2021-06-05T14:56:00.123Z"),
            ("2021-06-05 14:56:00", "2021-06-05T14:56:00Z"),
            ("2021-06-05T14:56", "2021-06-05T14:56:00Z"),
            ("2021-06-05", "2021-06-05T00:00:00Z"),
            ("June 5, 2021", "June 5, 2021"),
            ("2021-06-0", "2021-06-0"),
        ];
        for (given, expected) in cases {
            assert_eq!(date(&string(given)), Some(string(expected)), "{given}");
        }
        assert_eq!(date(&Value::Number(1.0)), None);
    }
}
