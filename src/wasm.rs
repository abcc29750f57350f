//! The WebAssembly face: `analyze(text, options?)` for JavaScript. Thin on purpose —
//! it converts options and the result, and nothing else.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsOptions {
    reference_date: Option<String>,
    language: Option<String>,
    max_bytes: Option<f64>,
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../www/lede-types.d.ts");

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyzes `text`. `options` is `undefined`/`null` or
/// `{ referenceDate?: "YYYY-MM-DD", language?: "fr", maxBytes?: number }`.
/// Throws an `Error` whose message says what was wrong and what is accepted.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| {
            JsError::new(&format!(
                "invalid options: {e}; accepted: {{ referenceDate?: \"YYYY-MM-DD\", language?: \"{}\", maxBytes?: number }}",
                crate::language::DETECTABLE.join("\" | \"")
            ))
        })?
    };
    let mut o = crate::Options {
        reference_date: opts.reference_date,
        language: opts.language,
        ..Default::default()
    };
    if let Some(m) = opts.max_bytes {
        if !(m.is_finite() && m >= 0.0) {
            return Err(JsError::new(
                "invalid options: maxBytes must be a non-negative number of bytes",
            ));
        }
        o.max_bytes = m as usize;
    }
    let analysis = crate::analyze(text, &o).map_err(|e| JsError::new(&e.to_string()))?;
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&analysis, &ser).map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, for the page's footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
