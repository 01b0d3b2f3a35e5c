//! Front-matter Markdown -> article JSON text: the YAML between the opening `---` line and the
//! next `---` line, written out as JSON with its keys in document order and its scalars as
//! they are (a number keeps its digits, an RFC 3339 date stays the same string).
//!
//! YAML 1.2 core schema (saphyr): `2019-12-17T09:39:00Z`, `no` and `on` are strings, as they
//! are for the `yaml` npm package in `scripts/fixtures.mjs`.

use std::borrow::Cow;

use saphyr::{MarkedYaml, Scalar, ScalarStyle, Tag, YamlData, YamlLoader};
use saphyr_parser::{Event, Parser, SpannedEventReceiver};

use crate::cli::Problem;
use crate::model::Value;

/// Deepest nesting read. The widget refuses documents deeper than
/// [`crate::model::json::MAX_DEPTH`]; this bound only keeps a hostile file from exhausting the
/// stack of the tool itself: it is counted from the parser's events, which come from a loop,
/// as they are fed to saphyr's loader (see `load`).
const MAX_NESTING: usize = 128;

/// The front matter of `text`: its YAML, and the file's line number of the YAML's first line.
pub fn split(text: &str) -> Result<(&str, usize), Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let opening = lines.next().unwrap_or("");
    if opening.trim_end() != "---" {
        return Err(Problem::at(
            1,
            "no YAML front matter: the file must start with a --- line",
        ));
    }
    let start = opening.len();
    let mut offset = start;
    let mut line: usize = 1;
    for l in lines {
        line = line.saturating_add(1);
        let trimmed = l.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Ok((text.get(start..offset).unwrap_or(""), 2));
        }
        offset = offset.saturating_add(l.len());
    }
    Err(Problem::at(
        line,
        "the front matter is not closed by a --- line",
    ))
}

/// A JSON value as the front matter spells it: a number keeps its digits, keys their order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`, `true`, `false` or a number, as JSON text.
    Raw(String),
    Str(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Pretty-printed as `JSON.stringify(value, null, 2)` does, indented by `indent` spaces
    /// after the first line.
    pub fn pretty(&self, indent: usize) -> String {
        let mut out = String::new();
        self.write(&mut out, indent);
        out
    }

    fn write(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
        match self {
            Json::Raw(text) => out.push_str(text),
            Json::Str(text) => out.push_str(&quote(text)),
            Json::List(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, indent + 2);
                    item.write(out, indent + 2);
                }
                out.push('\n');
                pad(out, indent);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, indent + 2);
                    out.push_str(&quote(key));
                    out.push_str(": ");
                    value.write(out, indent + 2);
                }
                out.push('\n');
                pad(out, indent);
                out.push('}');
            }
        }
    }
}

impl From<&Value> for Json {
    /// A document the model read: a whole number as digits, other numbers as JavaScript
    /// writes them.
    fn from(value: &Value) -> Json {
        match value {
            Value::Null => Json::Raw("null".to_owned()),
            Value::Bool(b) => Json::Raw(b.to_string()),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                Json::Raw(format!("{}", *n as i64))
            }
            Value::Number(n) => Json::Raw(
                serde_json::Number::from_f64(*n)
                    .map_or_else(|| "null".to_owned(), |n| n.to_string()),
            ),
            Value::String(s) => Json::Str(s.clone()),
            Value::Array(items, _) => Json::List(items.iter().map(Json::from).collect()),
            Value::Object(fields) => Json::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), Json::from(v)))
                    .collect(),
            ),
        }
    }
}

/// `text` as a JSON string: serde_json escapes exactly what JSON.stringify does.
fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// The front matter of one YAML text as a [`Json`] tree (a mapping at the top). `first_line`
/// is the file's line number of the YAML's first line, for messages.
pub fn to_tree(yaml: &str, first_line: usize) -> Result<Json, Problem> {
    let lines = Lines(first_line.saturating_sub(1));
    let mut loader: YamlLoader<MarkedYaml> = YamlLoader::default();
    // Scalars stay as written; `scalar` below resolves them and keeps a number's own digits.
    loader.early_parse(false);
    load(yaml, lines, &mut loader)?;
    if let Some(error) = loader.error() {
        return Err(Problem::at(lines.of(error.marker().line()), error.info()));
    }
    let Some(root) = loader.into_documents().into_iter().next() else {
        return Err(Problem::at(first_line, "the front matter is empty"));
    };
    if !root.data.is_mapping() {
        let what = kind(&root);
        return Err(Problem::at(
            lines.of(root.span.start.line()),
            format!("the front matter is {what}, not the article's fields (key: value lines)"),
        ));
    }
    Tree { lines }.value(&root, 0)
}

/// Feeds the parser's events to `loader`, one pass, stopping with an error at a syntax error,
/// at the first collection nested deeper than [`MAX_NESTING`], or at the first anchor or
/// alias. The parser's own `load` would do the feeding by recursion, once per level, and
/// saphyr's loader copies every anchored node and expands aliases (also as mapping keys, where
/// its alias budget does not look) by cloning and hashing recursively: a few hundred lines
/// could exhaust the stack or the memory. An article's fields need neither anchors nor depth.
fn load<'a>(
    yaml: &'a str,
    lines: Lines,
    loader: &mut YamlLoader<'a, MarkedYaml<'a>>,
) -> Result<(), Problem> {
    let mut parser = Parser::new_from_str(yaml);
    let mut depth: usize = 0;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| Problem::at(lines.of(e.marker().line()), e.info()))?;
        let at = lines.of(span.start.line());
        let anchored = match &event {
            Event::Alias(_) => true,
            Event::Scalar(_, _, anchor, _)
            | Event::SequenceStart(anchor, _)
            | Event::MappingStart(anchor, _) => *anchor != 0,
            _ => false,
        };
        if anchored {
            return Err(Problem::at(
                at,
                "anchors and aliases (& and *) are not read: write the value out",
            ));
        }
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                depth = depth.saturating_add(1);
                if depth > MAX_NESTING {
                    return Err(Problem::at(
                        at,
                        format!("nested more than {MAX_NESTING} levels deep"),
                    ));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
        loader.on_event(event, span);
    }
    Ok(())
}

/// Converts line numbers of the YAML text into line numbers of the file.
#[derive(Clone, Copy)]
struct Lines(usize);

impl Lines {
    fn of(self, yaml_line: usize) -> usize {
        yaml_line.max(1).saturating_add(self.0)
    }
}

struct Tree {
    lines: Lines,
}

impl Tree {
    fn value(&self, node: &MarkedYaml, depth: usize) -> Result<Json, Problem> {
        let line = self.lines.of(node.span.start.line());
        if depth > MAX_NESTING {
            return Err(Problem::at(
                line,
                format!("nested more than {MAX_NESTING} levels deep"),
            ));
        }
        let deeper = depth.saturating_add(1);
        match &node.data {
            YamlData::Representation(text, style, tag) => {
                self.scalar(text, *style, tag.as_ref(), line)
            }
            YamlData::Value(value) => resolved(value, None, line),
            YamlData::Sequence(items) => Ok(Json::List(
                items
                    .iter()
                    .map(|item| self.value(item, deeper))
                    .collect::<Result<_, _>>()?,
            )),
            YamlData::Mapping(entries) => Ok(Json::Object(
                entries
                    .iter()
                    .map(|(key, value)| Ok((self.key(key)?, self.value(value, deeper)?)))
                    .collect::<Result<_, Problem>>()?,
            )),
            YamlData::Tagged(_, inner) => self.value(inner, deeper),
            YamlData::Alias(_) => Err(Problem::at(line, "an alias (*name) that was not resolved")),
            YamlData::BadValue => Err(Problem::at(line, "a value that does not match its tag")),
        }
    }

    /// A mapping key: JSON keys are strings, so a scalar key is taken as written.
    fn key(&self, key: &MarkedYaml) -> Result<String, Problem> {
        match &key.data {
            YamlData::Representation(text, ..) => Ok(text.to_string()),
            YamlData::Value(Scalar::String(text)) => Ok(text.to_string()),
            _ => Err(Problem::at(
                self.lines.of(key.span.start.line()),
                format!("a key that is {}, not a name", kind(key)),
            )),
        }
    }

    fn scalar(
        &self,
        text: &str,
        style: ScalarStyle,
        tag: Option<&Cow<Tag>>,
        line: usize,
    ) -> Result<Json, Problem> {
        match Scalar::parse_from_cow_and_metadata(Cow::Borrowed(text), style, tag) {
            Some(value) => resolved(&value, Some(text), line),
            None => Err(Problem::at(
                line,
                format!("{text:?} does not match its tag"),
            )),
        }
    }
}

/// A resolved scalar; `text` is how it was written, kept for numbers JSON can spell the same.
fn resolved(value: &Scalar, text: Option<&str>, line: usize) -> Result<Json, Problem> {
    let as_written = text.filter(|t| is_json_number(t)).map(str::to_owned);
    Ok(match value {
        Scalar::Null => Json::Raw("null".to_owned()),
        Scalar::Boolean(b) => Json::Raw(b.to_string()),
        Scalar::Integer(i) => Json::Raw(as_written.unwrap_or_else(|| i.to_string())),
        Scalar::FloatingPoint(f) => {
            let f = f.into_inner();
            if !f.is_finite() {
                let shown = text.unwrap_or("the number");
                return Err(Problem::at(
                    line,
                    format!("{shown} is not a number JSON can hold"),
                ));
            }
            Json::Raw(as_written.unwrap_or_else(|| f.to_string()))
        }
        Scalar::String(s) => Json::Str(s.to_string()),
    })
}

/// What a node is, in a message.
fn kind(node: &MarkedYaml) -> &'static str {
    match &node.data {
        YamlData::Sequence(_) => "a list",
        YamlData::Mapping(_) => "a mapping",
        YamlData::Tagged(_, inner) => kind(inner),
        _ => "a single value",
    }
}

/// Whether `text` is a number spelled the way JSON spells numbers.
fn is_json_number(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let rest = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (
            rest.get(..i).unwrap_or(""),
            Some(rest.get(i.saturating_add(1)..).unwrap_or("")),
        ),
        None => (rest, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (mantissa, None),
    };
    let int_ok = digits(int) && (int == "0" || !int.starts_with('0'));
    let frac_ok = frac.is_none_or(digits);
    let exp_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    int_ok && frac_ok && exp_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(yaml: &str) -> Result<String, Problem> {
        to_tree(yaml, 2).map(|tree| tree.pretty(0))
    }

    #[test]
    fn scalars_keep_their_spelling_and_dates_stay_strings() {
        let cases: [(&str, &str); 12] = [
            ("a: 74", "74"),
            ("a: 0.95", "0.95"),
            ("a: 1.50", "1.50"),
            ("a: -0.5e3", "-0.5e3"),
            ("a: .5", "0.5"),
            ("a: 0x1F", "31"),
            ("a: +12", "12"),
            ("a: true", "true"),
            ("a: ~", "null"),
            ("a:", "null"),
            ("a: 2019-12-17T09:39:00Z", "\"2019-12-17T09:39:00Z\""),
            ("a: no", "\"no\""),
        ];
        for (yaml, value) in cases {
            assert_eq!(
                json(yaml).unwrap(),
                format!("{{\n  \"a\": {value}\n}}"),
                "{yaml}"
            );
        }
    }

    #[test]
    fn quoted_values_are_strings_and_keys_keep_their_order() {
        let out = json("z: \"12\"\na: '1.0'\nm: [1, \"x\"]\n").unwrap();
        assert_eq!(
            out,
            "{\n  \"z\": \"12\",\n  \"a\": \"1.0\",\n  \"m\": [\n    1,\n    \"x\"\n  ]\n}"
        );
    }

    #[test]
    fn problems_name_the_file_line() {
        // Front matter starts on line 2 of the file.
        let cases: [(&str, usize, &str); 5] = [
            (
                "title: ok\n  bad: x: y\n",
                3,
                "mapping values are not allowed",
            ),
            ("title: ok\ntitle: again\n", 3, "duplicate"),
            ("a: 1\nb: .inf\n", 3, "not a number JSON can hold"),
            ("- a\n- b\n", 2, "is a list"),
            ("a: 1\n? [x]\n: 2\n", 3, "a key that is a list"),
        ];
        for (yaml, line, words) in cases {
            let problem = json(yaml).unwrap_err();
            assert_eq!(problem.line, line, "{yaml}: {problem:?}");
            assert!(problem.message.contains(words), "{yaml}: {problem:?}");
        }
    }

    #[test]
    fn front_matter_is_found_between_the_dashes() {
        assert_eq!(split("---\na: 1\n---\nbody\n").unwrap(), ("a: 1\n", 2));
        assert_eq!(
            split("\u{feff}---\r\na: 1\r\n---\r\n").unwrap(),
            ("a: 1\r\n", 2)
        );
        assert_eq!(split("# Title\n").unwrap_err().line, 1);
        assert_eq!(split("---\na: 1\nb: 2\n").unwrap_err().line, 3);
    }

    #[test]
    fn json_numbers_are_recognised() {
        for yes in ["0", "-0", "12", "1.5", "1e3", "1E-3", "-0.25e+2"] {
            assert!(is_json_number(yes), "{yes}");
        }
        for no in ["", "01", "+1", ".5", "1.", "0x1F", "1e", "-", "1_000"] {
            assert!(!is_json_number(no), "{no}");
        }
    }
}
