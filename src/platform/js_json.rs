//! Reads a parsed JSON value (the result of the browser's `JSON.parse`) into the model's
//! [`Value`], within the same [`Budget`] as the serde reader.
//!
//! The value walked here is always plain data: `fetch.js` parsed it, or wrote the page's object
//! out with `JSON.stringify` and parsed that, so no getter or proxy of the page's runs. Walking
//! it with `js-sys` directly, rather than through a serde deserializer, keeps serde's
//! error-message formatting (and the float formatting it pulls in) out of the wasm.

use js_sys::{Array, JsString, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::json::{Budget, ReadError, MAX_DEPTH, MAX_ITEMS};
use crate::model::Value;

/// The document in `js`, or why it breaks a limit.
pub fn read(js: &JsValue) -> Result<Value, ReadError> {
    value(js, MAX_DEPTH, &Budget::default())
}

/// A list read whole, not cut at [`MAX_ITEMS`], every item within one [`Budget`]: the format
/// mapper's reading of a page's meta and link tags, which number well over a hundred on a
/// news page (`src/mapper.rs`). Anything but a list is an empty list.
pub fn read_list(js: &JsValue) -> Result<Value, ReadError> {
    let budget = Budget::default();
    let mut items = Vec::new();
    if let Some(array) = js.dyn_ref::<Array>() {
        for item in array.iter() {
            items.push(value(&item, MAX_DEPTH, &budget)?);
        }
    }
    let total = items.len();
    Ok(Value::Array(items, total))
}

fn value(js: &JsValue, depth_left: usize, budget: &Budget) -> Result<Value, ReadError> {
    budget.value()?;
    if js.is_null() || js.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(text) = js.dyn_ref::<JsString>() {
        return string(text, budget).map(Value::String);
    }
    let depth_left = budget.deeper(depth_left)?;
    if let Some(array) = js.dyn_ref::<Array>() {
        let total = array.length();
        let kept = total.min(MAX_ITEMS as u32);
        let mut items = Vec::with_capacity(kept as usize);
        for i in 0..kept {
            items.push(value(&array.get(i), depth_left, budget)?);
        }
        // The items past the cap are counted, not read, as in the serde reader.
        return Ok(Value::Array(items, total as usize));
    }
    let Some(object) = js.dyn_ref::<Object>() else {
        return Err(budget.fail(ReadError::Invalid));
    };
    let entries = Object::entries(object);
    let mut fields = Vec::with_capacity(entries.length().min(64) as usize);
    for entry in entries.iter() {
        let entry: Array = entry.unchecked_into();
        let key = entry
            .get(0)
            .dyn_into::<JsString>()
            .map_err(|_| budget.fail(ReadError::Invalid))?;
        let key = string(&key, budget)?;
        fields.push((key, value(&entry.get(1), depth_left, budget)?));
    }
    Ok(Value::Object(fields))
}

fn string(text: &JsString, budget: &Budget) -> Result<String, ReadError> {
    // The UTF-16 length first, so an over-long string is refused before it is copied in; then
    // what its UTF-8 form takes beyond that, so the budget counts the same bytes as natively.
    let units = text.length() as usize;
    budget.string(units)?;
    let text = String::from(text);
    budget.string(text.len().saturating_sub(units))?;
    Ok(text)
}

/// The model's value as the plain JS value `JSON.parse` would give: what the format mapper
/// (`src/mapper.rs`) hands back. Objects are built from their entries, so a key such as
/// `__proto__` is an own property like any other, never the object's prototype.
pub fn write(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items, _) => items.iter().map(write).collect::<Array>().into(),
        Value::Object(fields) => {
            let entries: Array = fields
                .iter()
                .map(|(key, v)| Array::of2(&JsValue::from_str(key), &write(v)))
                .collect();
            Object::from_entries(&entries).map_or(JsValue::NULL, JsValue::from)
        }
    }
}
