//! The JSON-shaped input: a plain value tree that any self-describing serde format produces
//! (serde_json in native tests, serde-wasm-bindgen from a parsed JS object in the browser).
//!
//! The widget does not derive `Deserialize` for article structs: a derived struct fails as a
//! whole on the first field of the wrong type, while the contract is to drop that one field and
//! keep the card. So the document is read into this tree first and converted field by field in
//! [`crate::model::convert`].

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Deepest nesting accepted: a document may be this many arrays or objects deep, and one
/// level more is refused. Articles are four levels deep; the bound keeps hostile documents from
/// exhausting the wasm stack (a stack overflow would kill every card on the page).
pub const MAX_DEPTH: usize = 32;

/// Most values (of any type, at any depth) read from one document. A real article has about a
/// hundred; the bound keeps a small but dense document (`[0,0,0,…]`) from turning into tens of
/// megabytes of tree in wasm memory, which never shrinks.
pub const MAX_VALUES: usize = 20_000;

/// Most items kept of one array. The rest are skipped unread and only counted: the card shows
/// at most 20 of anything, and a list of 100,000 topics must not become 100,000 values.
pub const MAX_ITEMS: usize = 64;

/// Most bytes of string data (keys and values) read from one document.
pub const MAX_STRING_BYTES: usize = 1024 * 1024;

/// One JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// The first [`MAX_ITEMS`] items, and how many the array had.
    Array(Vec<Value>, usize),
    Object(Vec<(String, Value)>),
}

/// Why a document could not be read into a [`Value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// More than [`MAX_VALUES`] values or [`MAX_STRING_BYTES`] of strings.
    TooLarge,
    /// Something JSON cannot hold (binary data), or the source failed.
    Invalid,
}

impl Value {
    /// The JSON type name, for messages about dropped fields.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(..) => "array",
            Value::Object(_) => "object",
        }
    }

    /// Reads a document from any serde deserializer within the limits above.
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Value, ReadError> {
        let budget = Budget::default();
        let seed = Reader {
            depth_left: MAX_DEPTH,
            budget: &budget,
        };
        seed.deserialize(deserializer)
            .map_err(|_| budget.failure.get().unwrap_or(ReadError::Invalid))
    }
}

/// What is left of one document's budgets while it is read, and the first limit it broke.
/// Shared by the serde reader here and the browser's walk over a parsed JS value
/// (`platform::js_json`), so both refuse the same documents.
pub struct Budget {
    values: Cell<usize>,
    string_bytes: Cell<usize>,
    failure: Cell<Option<ReadError>>,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            values: Cell::new(MAX_VALUES),
            string_bytes: Cell::new(MAX_STRING_BYTES),
            failure: Cell::new(None),
        }
    }
}

impl Budget {
    /// Spends one value.
    pub fn value(&self) -> Result<(), ReadError> {
        let left = self.values.get().checked_sub(1);
        self.values.set(left.unwrap_or(0));
        left.map(drop).ok_or_else(|| self.fail(ReadError::TooLarge))
    }

    /// Spends `len` bytes of string data.
    pub fn string(&self, len: usize) -> Result<(), ReadError> {
        let left = self.string_bytes.get().checked_sub(len);
        self.string_bytes.set(left.unwrap_or(0));
        left.map(drop).ok_or_else(|| self.fail(ReadError::TooLarge))
    }

    /// One level down from `depth_left`, or [`ReadError::TooDeep`].
    pub fn deeper(&self, depth_left: usize) -> Result<usize, ReadError> {
        depth_left
            .checked_sub(1)
            .ok_or_else(|| self.fail(ReadError::TooDeep))
    }

    /// Records `why` as the reason reading stopped, unless an earlier reason is recorded.
    pub fn fail(&self, why: ReadError) -> ReadError {
        if self.failure.get().is_none() {
            self.failure.set(Some(why));
        }
        self.failure.get().unwrap_or(why)
    }
}

/// Deserializes one value, spending from the document's budgets.
#[derive(Clone, Copy)]
struct Reader<'a> {
    depth_left: usize,
    budget: &'a Budget,
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.budget.value().map_err(error)?;
        deserializer.deserialize_any(self)
    }
}

impl<'a> Reader<'a> {
    /// The reader for the values inside an array or object one level down.
    fn inner<E: serde::de::Error>(self) -> Result<Reader<'a>, E> {
        Ok(Reader {
            depth_left: self.budget.deeper(self.depth_left).map_err(error)?,
            budget: self.budget,
        })
    }

    fn string<E: serde::de::Error>(self, s: &str) -> Result<(), E> {
        self.budget.string(s.len()).map_err(error)
    }
}

/// The deserializer's error for a broken limit (the [`Budget`] keeps the reason).
fn error<E: serde::de::Error>(why: ReadError) -> E {
    E::custom(match why {
        ReadError::TooDeep => "nested too deeply",
        ReadError::TooLarge => "too large",
        ReadError::Invalid => "not JSON",
    })
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        self.string(v)?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        self.string(&v)?;
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut items = Vec::new();
        let mut total = 0usize;
        while total < MAX_ITEMS {
            match seq.next_element_seed(inner)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items, total)),
            }
            total = total.saturating_add(1);
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {
            total = total.saturating_add(1);
        }
        Ok(Value::Array(items, total))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            self.string(&key)?;
            let value = map.next_value_seed(inner)?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }

    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<Value, E> {
        Err(error(self.budget.fail(ReadError::Invalid)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Value, ReadError> {
        Value::from_deserializer(&mut serde_json::Deserializer::from_str(text))
    }

    fn nested(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn reads_every_json_type_in_order() {
        let v = read(r#"{"b":[1,2.5,true,null],"a":"x","c":{}}"#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(
                        vec![
                            Value::Number(1.0),
                            Value::Number(2.5),
                            Value::Bool(true),
                            Value::Null
                        ],
                        4
                    )
                ),
                ("a".into(), Value::String("x".into())),
                ("c".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn accepts_max_depth_and_refuses_one_more() {
        assert!(read(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(read(&nested(MAX_DEPTH + 1)), Err(ReadError::TooDeep));
        assert_eq!(read(&nested(10_000)), Err(ReadError::TooDeep));
    }

    #[test]
    fn keeps_the_first_items_of_long_arrays_and_counts_the_rest() {
        let long = format!("[{}]", vec!["[1,2]"; 100_000].join(","));
        let Ok(Value::Array(items, total)) = read(&long) else {
            panic!("an array");
        };
        assert_eq!((items.len(), total), (MAX_ITEMS, 100_000));
    }

    #[test]
    fn refuses_too_many_values_and_too_much_text() {
        // 64 arrays of 64 arrays of 5 numbers: 64 + 64 * 64 * 6 values, over the limit.
        let inner = format!("[{}]", vec!["[0,0,0,0,0]"; 64].join(","));
        let dense = format!("[{}]", vec![inner.as_str(); 64].join(","));
        assert_eq!(read(&dense), Err(ReadError::TooLarge));
        let long = format!(r#"{{"title":"{}"}}"#, "x".repeat(MAX_STRING_BYTES));
        assert_eq!(read(&long), Err(ReadError::TooLarge));
        let long_key = format!(r#"{{"{}":1}}"#, "k".repeat(MAX_STRING_BYTES + 1));
        assert_eq!(read(&long_key), Err(ReadError::TooLarge));
    }

    #[test]
    fn syntax_errors_are_invalid() {
        assert_eq!(read("{"), Err(ReadError::Invalid));
    }
}
