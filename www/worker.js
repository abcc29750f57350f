// The page's analysis worker: the WebAssembly core runs here, so typing never waits for it.
//
// Messages in:  { id, text, options }
// Messages out: { type: "ready" } once the module is loaded,
//               { type: "result", id, analysis, ms },
//               { type: "error", id, message, fatal } — fatal when the module itself failed
//               (the page then drops this worker and starts a fresh one at the next input),
//               { type: "fatal", message } when the module could not be loaded at all.

import { ready, analyzeSync } from "./lede.js";

// The core builds its word indexes (gazetteers, each language's lexicons) on first use:
// about 50 ms in wasm, once. Done here, before "ready", so the reader's first analysis
// does not pay for it.
const WARM_UP = [
  "Le maire de Lyon a déclaré lundi qu'il viendrait.",
  "The mayor of Boston said on Monday he would come.",
];

const loaded = ready().then(
  () => {
    for (const text of WARM_UP) {
      try {
        analyzeSync(text, {});
      } catch {
        // a failure here shows at the first real analysis, with its message
      }
    }
    postMessage({ type: "ready" });
    return true;
  },
  (e) => {
    postMessage({ type: "fatal", message: describe(e) });
    return false;
  },
);

function describe(e) {
  return e && e.message ? e.message : String(e);
}

self.onmessage = async (ev) => {
  const { id, text, options } = ev.data || {};
  if (!(await loaded)) return;
  const t0 = performance.now();
  try {
    const analysis = analyzeSync(text, options);
    postMessage({ type: "result", id, analysis, ms: performance.now() - t0 });
  } catch (e) {
    // A trap (RuntimeError) leaves the module unusable; an Error from bad input does not.
    postMessage({ type: "error", id, message: describe(e), fatal: e instanceof WebAssembly.RuntimeError });
  }
};
