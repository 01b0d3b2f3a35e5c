//! RSS and Atom files as the element tree `model::formats::xml_feed` maps (quick-xml, native
//! only), and HTML as its text for the feeds' summaries.
//!
//! No entity is defined by the document: a DTD's entities (the "billion laughs") are not
//! expanded, only XML's five and character references; an unknown `&name;` stays as written.
//! Elements nest at most [`MAX_DEPTH`] deep and number at most [`MAX_ELEMENTS`]; an element
//! keeps its first [`MAX_ITEMS`] children and counts the rest, as the JSON reader keeps a
//! list's first items (a feed's first 64 items are plenty for one card and its related
//! stories).

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::cli::Problem;
use crate::model::json::MAX_ITEMS;
use crate::model::Value;

/// The deepest elements nest: a feed needs five.
pub const MAX_DEPTH: usize = 12;
/// The most elements one file may hold.
pub const MAX_ELEMENTS: usize = 50_000;

struct Element {
    name: String,
    attributes: Vec<(String, Value)>,
    text: String,
    children: Vec<Value>,
    /// How many children it had, kept or not.
    total: usize,
}

impl Element {
    fn adopt(&mut self, child: Value) {
        self.total += 1;
        if self.children.len() < MAX_ITEMS {
            self.children.push(child);
        }
    }

    fn into_value(self) -> Value {
        let total = self.total;
        Value::Object(vec![
            ("name".to_owned(), Value::String(self.name)),
            ("attributes".to_owned(), Value::Object(self.attributes)),
            ("text".to_owned(), Value::String(self.text)),
            ("children".to_owned(), Value::Array(self.children, total)),
        ])
    }
}

/// An element from its start tag; a malformed attribute is the error's text.
fn start(e: &BytesStart) -> Result<Element, String> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in e.attributes() {
        let attribute = attribute.map_err(|error| format!("not XML: {error}"))?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_or_else(
                |_| String::from_utf8_lossy(&attribute.value).into_owned(),
                |v| v.into_owned(),
            );
        attributes.push((key, Value::String(value)));
    }
    Ok(Element {
        name,
        attributes,
        text: String::new(),
        children: Vec::new(),
        total: 0,
    })
}

/// The document element of an XML text, as a tree.
pub fn read(xml: &str) -> Result<Value, Problem> {
    // A newline before the declaration (seen in real feeds) is not the document's fault.
    let trimmed = xml.trim_start();
    let skipped = xml.len() - trimmed.len();
    let mut reader = Reader::from_str(trimmed);
    let mut open: Vec<Element> = Vec::new();
    let mut elements = 0usize;
    // The file's line of the reader's position: counted only for a message.
    let line = |reader: &Reader<&[u8]>| {
        xml.get(..skipped + reader.buffer_position() as usize)
            .map_or(1, |s| s.lines().count().max(1))
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|error| Problem::at(line(&reader), format!("not XML: {error}")))?;
        match event {
            Event::Start(e) | Event::Empty(e)
                if open.len() >= MAX_DEPTH || elements >= MAX_ELEMENTS =>
            {
                let _ = e;
                let what = if open.len() >= MAX_DEPTH {
                    format!("elements nested more than {MAX_DEPTH} deep")
                } else {
                    format!("more than {MAX_ELEMENTS} elements")
                };
                return Err(Problem::at(line(&reader), what));
            }
            Event::Start(e) => {
                elements += 1;
                open.push(start(&e).map_err(|m| Problem::at(line(&reader), m))?);
            }
            Event::Empty(e) => {
                elements += 1;
                let element = start(&e)
                    .map_err(|m| Problem::at(line(&reader), m))?
                    .into_value();
                match open.last_mut() {
                    Some(parent) => parent.adopt(element),
                    None => return Ok(element),
                }
            }
            Event::End(_) => {
                let Some(done) = open.pop() else {
                    return Err(Problem::at(
                        line(&reader),
                        "not XML: a closing tag with no opening one",
                    ));
                };
                match open.last_mut() {
                    Some(parent) => parent.adopt(done.into_value()),
                    None => return Ok(done.into_value()),
                }
            }
            Event::Text(t) => {
                if let Some(current) = open.last_mut() {
                    current.text.push_str(&t.decode().unwrap_or_default());
                }
            }
            Event::CData(t) => {
                if let Some(current) = open.last_mut() {
                    current.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(current) = open.last_mut() {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => current.text.push(c),
                        _ => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(text) => current.text.push_str(text),
                            // A DTD's entity is never expanded.
                            None => current.text.push_str(&["&", &name, ";"].concat()),
                        },
                    }
                }
            }
            Event::Eof => {
                return Err(Problem::at(
                    line(&reader),
                    "not XML: the document ends before its element closes",
                ))
            }
            _ => {}
        }
    }
}

/// The text of an HTML fragment, for a feed's summary: tags dropped (with the content of
/// `script`, `style` and their kin), the common entities and character references decoded,
/// white space collapsed. What comes out is only ever written as text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = rest.get(open..).unwrap_or_default();
        // Only a `<` before a letter, `/`, `!` or `?` opens a tag: "x < y" is text.
        let opens = after
            .get(1..)
            .and_then(|a| a.chars().next())
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !opens {
            out.push_str(&decode(rest.get(..=open).unwrap_or_default()));
            rest = after.get(1..).unwrap_or_default();
            continue;
        }
        out.push_str(&decode(rest.get(..open).unwrap_or_default()));
        let close = after.find('>').map_or(after.len(), |i| i + 1);
        let tag = after
            .get(..close.min(16))
            .unwrap_or_default()
            .to_ascii_lowercase();
        rest = after.get(close..).unwrap_or_default();
        for hidden in ["script", "style", "template", "noscript"] {
            let named = tag.strip_prefix('<').and_then(|t| t.strip_prefix(hidden));
            if named.is_some_and(|t| !t.starts_with(|c: char| c.is_ascii_alphanumeric())) {
                rest = find_ci(rest, &["</", hidden].concat())
                    .and_then(|i| rest.get(i..))
                    .unwrap_or_default();
            }
        }
        if ["<br", "<p", "</p", "<li", "<div", "</div"]
            .iter()
            .any(|t| tag.starts_with(t))
        {
            out.push(' ');
        }
    }
    out.push_str(&decode(rest));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `needle` (ASCII) first occurs in `hay`, in any case; without copying `hay`.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The text of an HTML named entity that news feeds write (typography, accented letters,
/// currency); none for the others, which stay as written.
fn html_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "rsquo" => "\u{2019}",
        "lsquo" => "\u{2018}",
        "rdquo" => "\u{201D}",
        "ldquo" => "\u{201C}",
        "sbquo" => "\u{201A}",
        "bdquo" => "\u{201E}",
        "mdash" => "\u{2014}",
        "ndash" => "\u{2013}",
        "hellip" => "\u{2026}",
        "laquo" => "\u{AB}",
        "raquo" => "\u{BB}",
        "middot" => "\u{B7}",
        "bull" => "\u{2022}",
        "copy" => "\u{A9}",
        "reg" => "\u{AE}",
        "trade" => "\u{2122}",
        "deg" => "\u{B0}",
        "times" => "\u{D7}",
        "euro" => "\u{20AC}",
        "pound" => "\u{A3}",
        "yen" => "\u{A5}",
        "cent" => "\u{A2}",
        "shy" => "\u{AD}",
        "eacute" => "\u{E9}",
        "egrave" => "\u{E8}",
        "ecirc" => "\u{EA}",
        "aacute" => "\u{E1}",
        "agrave" => "\u{E0}",
        "acirc" => "\u{E2}",
        "iacute" => "\u{ED}",
        "oacute" => "\u{F3}",
        "uacute" => "\u{FA}",
        "ntilde" => "\u{F1}",
        "ccedil" => "\u{E7}",
        "auml" => "\u{E4}",
        "ouml" => "\u{F6}",
        "uuml" => "\u{FC}",
        "Auml" => "\u{C4}",
        "Ouml" => "\u{D6}",
        "Uuml" => "\u{DC}",
        "szlig" => "\u{DF}",
        "Eacute" => "\u{C9}",
        _ => return None,
    })
}

/// HTML's common entities and character references in `text`, decoded; others kept.
pub(crate) fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp..).unwrap_or_default();
        // An entity's name is short: look no further than 12 bytes for its `;`.
        let end = after
            .get(..after.len().min(12))
            .and_then(|head| head.find(';'));
        let name = end.and_then(|i| after.get(1..i)).unwrap_or_default();
        let decoded = match name {
            "amp" => Some("&".to_owned()),
            "lt" => Some("<".to_owned()),
            "gt" => Some(">".to_owned()),
            "quot" => Some("\"".to_owned()),
            "apos" | "#39" => Some("'".to_owned()),
            "nbsp" => Some(" ".to_owned()),
            // The named entities news text uses most, which a browser's `plain` decodes too.
            named if html_entity(named).is_some() => html_entity(named).map(str::to_owned),
            _ => {
                let number = name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>));
                number
                    .and_then(Result::ok)
                    .and_then(char::from_u32)
                    .map(String::from)
            }
        };
        match (decoded, end) {
            (Some(decoded), Some(end)) => {
                out.push_str(&decoded);
                rest = after.get(end + 1..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_its_text() {
        let cases = [
            ("<p>Hello <b>world</b></p>", "Hello world"),
            ("One<br>two", "One two"),
            ("<script>alert(1)</script>Safe", "Safe"),
            ("<STYLE>p{}</STYLE>Styled", "Styled"),
            (
                "Fish &amp; chips &lt;3 &#8217;s &#x2014; &nope; & more",
                "Fish & chips <3 ’s — &nope; & more",
            ),
            ("<img src=x onerror=alert(1)>", ""),
            ("x < y and Vec&lt;T&gt;", "x < y and Vec<T>"),
            ("<scripture>kept</scripture>", "kept"),
            ("no tags", "no tags"),
        ];
        for (html, text) in cases {
            assert_eq!(html_to_text(html), text, "{html}");
        }
    }

    #[test]
    fn a_dtds_entities_are_never_expanded() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>"#;
        let tree = read(bomb).expect("read");
        let text = format!("{tree:?}");
        assert!(text.contains("&lol2;"), "{text}");
        assert!(!text.contains("lollol"), "{text}");
    }

    #[test]
    fn too_deep_or_broken_xml_is_one_problem() {
        let deep = ["<a>".repeat(40), "</a>".repeat(40)].concat();
        assert!(read(&deep)
            .unwrap_err()
            .message
            .contains("nested more than"));
        assert!(read("<rss><channel></rss>").is_err());
        assert!(read("<rss>").is_err());
    }
}
