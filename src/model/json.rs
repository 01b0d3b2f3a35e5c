//! The JSON-shaped input: a plain value tree that any self-describing serde format produces
//! (serde_json in native tests, serde-wasm-bindgen from a parsed JS object in the browser).
//!
//! The widget does not derive `Deserialize` for article structs: a derived struct fails as a
//! whole on the first field of the wrong type, while the contract is to drop that one field and
//! keep the card. So the document is read into this tree first and converted field by field in
//! [`crate::model::convert`].

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Deepest nesting accepted. Articles are four levels deep; the bound keeps hostile documents
/// from exhausting the wasm stack (a stack overflow would kill every card on the page).
pub const MAX_DEPTH: usize = 32;

/// One JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The JSON type name, for messages about dropped fields.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// Reads a document from any serde deserializer, refusing nesting deeper than [`MAX_DEPTH`].
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Value, D::Error> {
        Depth(MAX_DEPTH).deserialize(deserializer)
    }
}

/// Deserializes one value with a nesting budget.
#[derive(Clone, Copy)]
struct Depth(usize);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Depth {
    fn inner<E: serde::de::Error>(self) -> Result<Depth, E> {
        match self.0.checked_sub(1) {
            Some(left) if left > 0 => Ok(Depth(left)),
            _ => Err(E::custom(format_args!(
                "nested deeper than {MAX_DEPTH} levels"
            ))),
        }
    }
}

impl<'de> Visitor<'de> for Depth {
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

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(inner)?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }

    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<Value, E> {
        Err(E::custom("binary data is not JSON"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Value, serde_json::Error> {
        Value::from_deserializer(&mut serde_json::Deserializer::from_str(text))
    }

    #[test]
    fn reads_every_json_type_in_order() {
        let v = read(r#"{"b":[1,2.5,true,null],"a":"x","c":{}}"#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(2.5),
                        Value::Bool(true),
                        Value::Null
                    ])
                ),
                ("a".into(), Value::String("x".into())),
                ("c".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn refuses_documents_nested_too_deeply() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let err = read(&deep).unwrap_err().to_string();
        assert!(err.contains("nested deeper than 32 levels"), "{err}");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert!(read(&ok).is_ok());
    }
}
