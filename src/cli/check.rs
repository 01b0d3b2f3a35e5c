//! `check`: what the widget would make of one file, through the model's own conversion.

use crate::cli::Problem;
use crate::model::load::{LoadError, MAX_BODY_BYTES};
use crate::model::{convert, HttpUrl, Parsed, Value};

/// Reads article JSON text as the widget does and converts it into an article (see
/// [`article`]).
pub fn article_json(json: &str, base: Option<&HttpUrl>) -> Result<Parsed, Problem> {
    article(&read_json(json)?, base)
}

/// Converts an article document as the widget does: the fields it would drop are in the
/// result; a document it would refuse is a [`Problem`]. `base` resolves relative URLs, as the
/// JSON's own URL does in the browser.
pub fn article(doc: &Value, base: Option<&HttpUrl>) -> Result<Parsed, Problem> {
    convert::article(doc, base).map_err(|e| Problem::at(1, LoadError::NotAnArticle(e).to_string()))
}

/// JSON text as the widget reads it, within its limits; where the syntax breaks, with its line.
pub fn read_json(json: &str) -> Result<Value, Problem> {
    if json.len() > MAX_BODY_BYTES {
        return Err(Problem::at(
            1,
            format!(
                "{} bytes, over the widget's limit of {MAX_BODY_BYTES}: {}",
                json.len(),
                LoadError::TooLarge
            ),
        ));
    }
    // Where JSON syntax breaks, with its line; the model's reader only says that it did.
    if let Err(error) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
        return Err(Problem::at(error.line(), format!("not JSON: {error}")));
    }
    Value::from_deserializer(&mut serde_json::Deserializer::from_str(json))
        .map_err(|e| Problem::at(1, LoadError::from_read(e).to_string()))
}
