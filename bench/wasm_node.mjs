// The release wasm (www/pkg/, built by `./build.sh build`) under Node: module
// instantiation time, whole-analysis throughput on the dev texts, and what the page
// downloads (raw and gzip -9).
//
//   node bench/wasm_node.mjs [--docs FILE.jsonl] [--runs N] [--json]
//
// Instantiation: WebAssembly.compile + instantiate of the module's bytes (already in
// memory), the median of 7 fresh instances. Throughput: after one warm-up pass over
// every text, the median of --runs passes (default 5); MB = 10⁶ bytes of UTF-8. The
// budget (issue 8): ≥ 10 MB/s in the browser, instantiation < 50 ms, page < 500 KB gzip.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { args, median, pageSizes, PKG, requirePkg, texts, utf8Bytes } from "./common.mjs";

const a = args();
requirePkg();
const bytes = readFileSync(join(PKG, "lede_bg.wasm"));
const glue = await import(pathToFileURL(join(PKG, "lede.js")).href);

// Instantiation, fresh each time (compile included: what a page pays on first load).
const inst = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  glue.initSync({ module });
  inst.push(performance.now() - t0);
}

const { source, texts: docs } = texts(a.docs);
const total = utf8Bytes(docs);
const pass = () => {
  const t0 = performance.now();
  let failed = 0;
  for (const t of docs) {
    try {
      glue.analyze(t, null);
    } catch {
      failed++;
    }
  }
  return { ms: performance.now() - t0, failed };
};
const warm = pass();
const runs = [];
for (let i = 0; i < a.runs; i++) runs.push(pass().ms);
const ms = median(runs);
const sizes = pageSizes();

const result = {
  runtime: `node ${process.version}`,
  texts: { source, count: docs.length, bytes: total, failed: warm.failed },
  instantiate_ms: +median(inst).toFixed(2),
  analyze_ms: +ms.toFixed(1),
  mb_per_s: +(total / 1e6 / (ms / 1e3)).toFixed(2),
  wasm: sizes.wasm,
  page: sizes.total,
  page_files: sizes.files,
};
if (a.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`runtime          ${result.runtime}`);
  console.log(`texts            ${docs.length} from ${source}, ${(total / 1e6).toFixed(2)} MB${warm.failed ? `, ${warm.failed} refused` : ""}`);
  console.log(`instantiation    ${result.instantiate_ms} ms (compile + instantiate, median of 7)`);
  console.log(`whole analysis   ${result.mb_per_s} MB/s (${result.analyze_ms} ms per pass, median of ${a.runs})`);
  console.log(`wasm             ${kb(sizes.wasm.raw)} raw, ${kb(sizes.wasm.gzip)} gzip`);
  console.log(`page download    ${kb(sizes.total.raw)} raw, ${kb(sizes.total.gzip)} gzip (${sizes.files.length} files under www/)`);
}
