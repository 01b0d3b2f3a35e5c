//! The format mapper: a second, small wasm module that maps what sites already publish (an
//! HTML page's head, RSS and Atom, JSON Feed, schema.org JSON-LD) to the article JSON, through
//! `model::formats`. The widget loads it only for a card whose answer may be something other
//! than the article JSON itself (`src/platform/fetch.js`, through the loader), so pages of
//! article JSON never download it: the mapping measured 18 KB gzip inside the widget's wasm,
//! against a budget with less than 0.1 KB to spare (BENCHMARKS.md).
//!
//! Built by `scripts/mapper.mjs` (Trunk's post-build hook) as `news-card-formats.js` and
//! `news-card-formats_bg.wasm`, its glue bundled with `src/mapper.js` (what the answer is, and
//! the browser's `DOMParser` reading pages and feeds into the trees the model maps) into one
//! module.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use js_sys::Reflect;
    use news_card::model::formats::{self, html_page, json_feed, json_ld, xml_feed};
    use news_card::model::json::ReadError;
    use news_card::model::Value;
    use news_card::platform::js_json;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/mapper.js")]
    extern "C" {
        fn kind(
            format: Option<String>,
            content_type: &str,
            text: &JsValue,
            json: &JsValue,
        ) -> String;
        fn read_feed(text: &JsValue) -> JsValue;
        fn read_page(text: &JsValue) -> JsValue;
        fn plain(html: &str) -> String;
    }

    /// The article JSON of an answer (`fetch.js`'s `{text, value, type}`: its text, the text
    /// parsed when it is JSON, and its content type), for a card with these `format` and
    /// `item` attributes. A string is `fetch.js`'s error for an answer that is not one
    /// (`not-json`, `too-large`). JSON the mapper cannot read comes back as it is, so that the
    /// widget tells why as for any article.
    #[wasm_bindgen]
    pub fn to_article(answer: &JsValue, format: Option<String>, item: Option<String>) -> JsValue {
        let field = |name: &str| Reflect::get(answer, &JsValue::from_str(name)).unwrap_or_default();
        let (text, json) = (field("text"), field("value"));
        let content_type = field("type").as_string().unwrap_or_default();
        let kind = kind(format, &content_type, &text, &json);
        let doc = match kind.as_str() {
            "page" => return page_article(&read_page(&text)),
            "feed" => read_feed(&text),
            "json" | "json-ld" | "json-feed" => json.clone(),
            _ => return JsValue::from_str(&kind),
        };
        // `read_feed`'s error (a JSON string stays what it is: the article conversion says
        // what is wrong with it).
        if kind == "feed" && doc.is_string() {
            return doc;
        }
        let doc = match js_json::read(&doc) {
            Ok(doc) => doc,
            Err(_) if json.is_object() => return json.clone(),
            Err(ReadError::TooLarge) => return JsValue::from_str("too-large"),
            Err(_) => return JsValue::from_str("not-json"),
        };
        let item = item.as_deref();
        let article = match kind.as_str() {
            "feed" => xml_feed::article(&doc, item, &plain),
            "json-ld" => json_ld::article(&doc),
            "json-feed" => json_feed::article(&doc, item, &plain),
            _ => formats::to_article(&doc, item, &plain),
        };
        js_json::write(&article)
    }

    /// The article of what `read_page` read of a page, read as the tool reads a page: its
    /// lists of meta and link tags whole (a news page's head holds well over the JSON reader's
    /// 64 items per list), and each JSON-LD block on its own, a block too large or too deep
    /// to read left out as the tool leaves out a block that is not JSON.
    fn page_article(page: &JsValue) -> JsValue {
        let field = |name: &str| Reflect::get(page, &JsValue::from_str(name)).unwrap_or_default();
        let mut fields = Vec::new();
        for name in ["lang", "title"] {
            if let Some(text) = field(name).as_string() {
                fields.push((name.to_owned(), Value::String(text)));
            }
        }
        for name in ["meta", "links"] {
            let list = js_json::read_list(&field(name)).unwrap_or(Value::Array(Vec::new(), 0));
            fields.push((name.to_owned(), list));
        }
        let blocks: Vec<Value> = js_sys::Array::from(&field("jsonld"))
            .iter()
            .filter_map(|block| js_json::read(&block).ok())
            .collect();
        let total = blocks.len();
        fields.push(("jsonld".to_owned(), Value::Array(blocks, total)));
        js_json::write(&html_page::article(&Value::Object(fields)))
    }
}

fn main() {}
