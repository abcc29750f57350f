// Lede's JavaScript API, for developers who want the analysis without the widget:
//
//   import { analyze } from "./lede.js";
//   const analysis = await analyze(text, { referenceDate: "2018-12-30" });
//
// The WebAssembly module is fetched once, on first use, from `pkg/lede_bg.wasm` next to
// this file (so the folder can be served from anywhere). The analysis runs on the calling
// thread: for long texts in a page, call it from a Worker (see worker.js).

import init, { analyze as analyzeNow, version as versionNow } from "./pkg/lede.js";

let loading = null;

/** Loads the WebAssembly module (once). Resolves when `analyzeSync` may be called. */
export function ready() {
  if (!loading) {
    loading = init({ module_or_path: new URL("./pkg/lede_bg.wasm", import.meta.url) }).then(
      () => undefined,
      (e) => {
        loading = null; // let a later call try again
        throw e;
      },
    );
  }
  return loading;
}

/** Analyzes `text`; resolves to the Analysis (see lede.d.ts), rejects with an Error on bad options. */
export async function analyze(text, options) {
  await ready();
  return analyzeNow(String(text ?? ""), options ?? null);
}

/** Synchronous analysis, once `ready()` has resolved. */
export function analyzeSync(text, options) {
  return analyzeNow(String(text ?? ""), options ?? null);
}

/** The core's version ("0.1.0"), once `ready()` has resolved. */
export function version() {
  return versionNow();
}
