//! `render`: a card written ahead of time, as HTML a page can include. The markup is drawn by
//! the same Yew components the browser runs (`view::card::Card`, through Yew's server
//! renderer), inside a declarative shadow root, so a reader sees the card at first paint with
//! no script; the article goes along as inline JSON, for the widget to take the card over.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::LocalServerRenderer;

use crate::model::config::Dates;
use crate::model::{Config, Parsed};
use crate::view::card::{Card, CardProps};

/// The element's attributes a rendered card is drawn with, and carries for the widget: the
/// options `render` takes, by attribute name.
pub const OPTIONS: [&str; 5] = ["layout", "theme", "locale", "related", "heading-level"];

/// The `<news-card>` element for `parsed` (whose JSON text is `json`): `attributes` (the options
/// given, by name) on it, a declarative shadow root with the card (hidden until its stylesheet
/// applies) and that stylesheet linked from `stylesheet`, and the article as inline JSON.
///
/// The dates are absolute only: how long ago depends on when the page is read, so the widget
/// adds it, in the place the card keeps for it, when it takes the card over. `now` is what Yew's
/// props need and never shows.
pub fn card(
    parsed: Parsed,
    json: &str,
    attributes: &[(&str, &str)],
    stylesheet: &str,
    now: DateTime<Utc>,
) -> String {
    let attr = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_owned())
    };
    let locale = attr("locale");
    let mut config = Config::from_attributes(attr, locale);
    config.dates = Dates::Absolute;
    config.lazy_thumbnails = true;
    let props = CardProps {
        parsed: Rc::new(parsed),
        now,
        config: Rc::new(config),
        on_event: None,
        host: None,
        drawn: None,
    };
    let markup = futures::executor::block_on(
        LocalServerRenderer::<Card>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let mut html = String::from("<news-card");
    for (name, value) in attributes {
        html.push(' ');
        html.push_str(name);
        html.push_str("=\"");
        html.push_str(&escape_attribute(value));
        html.push('"');
    }
    // The card comes first and its stylesheet last. A browser stops parsing at a stylesheet in
    // the body until the file has come (Chromium does): linked first, the card would only be
    // parsed then, a task and a frame later. Linked last, the card is parsed while the file is
    // on its way, and drawn in the first frame that has it. Until then the root is `hidden`
    // (the stylesheet undoes that), so no browser ever shows the card unstyled.
    html.push_str(">\n  <template shadowrootmode=\"open\"><div class=\"news-card-root\" hidden>");
    html.push_str(&markup);
    html.push_str("</div><link rel=\"stylesheet\" href=\"");
    html.push_str(&escape_attribute(stylesheet));
    html.push_str("\"></template>\n  <script type=\"application/json\">");
    html.push_str(&script_json(json));
    html.push_str("</script>\n</news-card>\n");
    html
}

/// `value` for a double-quoted attribute.
fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// JSON text for an inline `<script>`: every `<` escaped (JSON reads `\u003c` as `<`), so no
/// string in the data can end the script or open a comment.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_end_the_script_or_an_attribute() {
        assert_eq!(
            script_json(r#"{"title":"</script><script>alert(1)</script>"}"#),
            r#"{"title":"\u003c/script>\u003cscript>alert(1)\u003c/script>"}"#
        );
        assert_eq!(escape_attribute(r#"a"b<c&d"#), "a&quot;b&lt;c&amp;d");
    }
}
