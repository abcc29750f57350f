//! The WebAssembly face: `analyze(text, options?)` for JavaScript. Thin on purpose —
//! it checks and converts the options and the result, and nothing else; every rule
//! about the text lives in the core.
//!
//! - The result is a plain JS object (the analysis serialized to one JSON string in
//!   Rust and parsed by the engine's `JSON.parse`: `null` for absent values, plain
//!   objects rather than `Map`s; faster than building it value by value through
//!   serde-wasm-bindgen), shaped as
//!   `www/lede-types.d.ts` says — that file is the TypeScript of this module (included
//!   below as a custom section) and must match `src/analysis.rs`.
//! - Offsets are UTF-16 code units, so `text.slice(start, end)` in JS is the span.
//! - Bad options, a non-string text or a text over the size limit throw an `Error` whose
//!   message says what was wrong and what is accepted.
//! - Lone surrogates in the JS string reach Rust as U+FFFD (wasm-bindgen encodes strings
//!   with `TextEncoder`). Both are one UTF-16 code unit, so every offset still points at
//!   the right place in the caller's string; only a span's `text` shows U+FFFD where the
//!   original held the lone surrogate.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The keys `options` may hold.
const OPTION_KEYS: [&str; 4] = ["referenceDate", "language", "maxBytes", "today"];

#[wasm_bindgen]
extern "C" {
    /// The options object seen through its four properties: the glue reads
    /// `options.referenceDate` itself, so no key has to be made into a JS string on each
    /// call (`Reflect.get` with `JsValue::from_str(key)` cost a `TextDecoder` call per
    /// key, ~2 us of a call in Node). `catch`: a throwing getter is an absent option, as
    /// it was through `Reflect.get`.
    type OptionBag;
    #[wasm_bindgen(method, getter, catch, js_name = referenceDate)]
    fn reference_date(this: &OptionBag) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn today(this: &OptionBag) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn language(this: &OptionBag) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch, js_name = maxBytes)]
    fn max_bytes(this: &OptionBag) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../www/lede-types.d.ts");

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// What `options` may hold, for error messages.
fn accepted() -> String {
    format!(
        "accepted: undefined, null or {{ referenceDate?: \"YYYY-MM-DD\", language?: \"{}\", maxBytes?: number of bytes, today?: \"YYYY-MM-DD\" }}",
        crate::language::DETECTABLE.join("\" | \"")
    )
}

fn options_from_js(options: JsValue) -> Result<crate::Options, JsError> {
    let mut o = crate::Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(o);
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new(&format!(
            "invalid options: expected an object, got {}; {}",
            describe(&options),
            accepted()
        )));
    }
    // Read the keys by hand rather than through serde: a misspelt key must be an error,
    // not silently ignored, and each message names the key at fault.
    let object: &js_sys::Object = options.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_KEYS.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "invalid options: unknown key {key:?}; {}",
                accepted()
            )));
        }
    }
    let bag: &OptionBag = options.unchecked_ref();
    // (Read in this order, each once, as before: a getter sees the same calls.)
    o.reference_date = string_option(bag.reference_date(), "referenceDate")?;
    o.today = string_option(bag.today(), "today")?;
    o.language = string_option(bag.language(), "language")?;
    if let Some(v) = present(bag.max_bytes()) {
        let m = v.as_f64().unwrap_or(f64::NAN);
        if !(m.is_finite() && m >= 0.0 && m.fract() == 0.0) {
            return Err(JsError::new(&format!(
                "invalid options: maxBytes must be a whole, non-negative number of bytes, got {}; the default is {}",
                // (the engine writes the number: no float formatter in the module)
                v.as_f64()
                    .and_then(|m| js_sys::Number::from(m).to_string_with_radix(10).ok())
                    .and_then(|s| s.as_string())
                    .unwrap_or_else(|| describe(&v)),
                crate::DEFAULT_MAX_BYTES
            )));
        }
        // Saturates for numbers past usize::MAX, which means "no practical limit".
        o.max_bytes = m as usize;
    }
    Ok(o)
}

/// An option's value, `None` when absent: `undefined`, `null`, or a getter that threw
/// (what `Reflect.get` gave before the options were read through [`OptionBag`]).
fn present(v: Result<JsValue, JsValue>) -> Option<JsValue> {
    v.ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// A string option's value, `None` when absent; an error when it is no string.
fn string_option(v: Result<JsValue, JsValue>, key: &str) -> Result<Option<String>, JsError> {
    match present(v) {
        None => Ok(None),
        Some(v) => v.as_string().map(Some).ok_or_else(|| not_a_string(key, &v)),
    }
}

#[cold]
fn not_a_string(key: &str, v: &JsValue) -> JsError {
    let what = match key {
        "language" => format!("one of {}", crate::language::DETECTABLE.join(", ")),
        _ => "\"YYYY-MM-DD\"".to_string(),
    };
    JsError::new(&format!(
        "invalid options: {key} must be a string ({what}), got {}",
        describe(v)
    ))
}

/// A short description of a JS value's type, for error messages.
fn describe(v: &JsValue) -> String {
    if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}

/// Analyzes `text`. `options` is `undefined`/`null` or
/// `{ referenceDate?: "YYYY-MM-DD", language?: "fr", maxBytes?: number, today?:
/// "YYYY-MM-DD" }`.
/// Throws an `Error` whose message says what was wrong and what is accepted.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = text.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "invalid text: expected a string, got {}",
            describe(&text)
        ))
    })?;
    let o = options_from_js(options)?;
    let analysis = crate::analyze(&text, &o).map_err(|e| JsError::new(&e.to_string()))?;
    // One JSON string parsed by the engine's JSON.parse: measured faster than building
    // the object field by field through serde-wasm-bindgen (one call across the
    // boundary per value), and the same object (`null` for absent values).
    // The JSON of the dev texts is ~2.5 times their bytes: room for most of it at once
    // (fewer copies as the buffer doubles; capped, as a wasm memory never shrinks and a
    // long text may find little).
    let mut json = Vec::with_capacity(1024 + 2 * text.len().min(1 << 20));
    analysis
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut json,
            ShortFloats,
        ))
        .map_err(|e| JsError::new(&e.to_string()))?;
    // SAFETY: serde_json writes valid UTF-8 (every string it writes comes from a `&str`,
    // its escapes and punctuation are ASCII; `serde_json::to_string` relies on the same),
    // and `ShortFloats` writes ASCII digits. Checking again would read the whole result
    // once more (5.6 MB for the dev texts).
    let json = unsafe { String::from_utf8_unchecked(json) };
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("internal error: invalid result JSON"))
}

/// serde_json's compact output, but floats written with at most 6 decimals by integer
/// arithmetic instead of its shortest-digits formatter, whose code and tables weigh
/// about 5 KB gzip in the page's wasm. The only float of an analysis is an entity's
/// salience, rounded to 3 decimals, so the text is the same as serde_json's (`0.123`,
/// `1.0`); `JSON.parse` reads it into the same number.
struct ShortFloats;

impl serde_json::ser::Formatter for ShortFloats {
    fn write_f32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f32) -> std::io::Result<()> {
        self.write_f64(w, f64::from(v))
    }

    fn write_f64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f64) -> std::io::Result<()> {
        // serde_json writes `null` for NaN and infinities before calling this.
        let micro = (v.abs() * 1e6).round();
        if v < 0.0 && micro > 0.0 {
            w.write_all(b"-")?;
        }
        if micro >= 1e15 {
            // Beyond any salience: the whole part alone (still a valid number).
            return write!(w, "{}", (v.abs().round()) as u64);
        }
        let micro = micro as u64;
        let mut frac = micro % 1_000_000;
        let mut digits = 6;
        while digits > 1 && frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        write!(w, "{}.{:0digits$}", micro / 1_000_000, frac)
    }
}

/// The crate version, for the page's footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
