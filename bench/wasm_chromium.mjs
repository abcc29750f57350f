// The release wasm (www/pkg/, built by `./build.sh build`) in headless Chromium
// (/usr/bin/chromium through playwright-core): module download + instantiation time as a
// page pays it, whole-analysis throughput on the dev texts, and what the page downloads.
//
//   node bench/wasm_chromium.mjs [--docs FILE.jsonl] [--runs N] [--json]
//
// A small in-process HTTP server serves www/ on 127.0.0.1 plus two bench-only routes:
// a blank page that imports ./pkg/lede.js, and the texts as JSON. Instantiation is
// `import()` of the glue + `await init()` (fetch from the local server + compile +
// instantiate), and apart compile + instantiate of the fetched bytes; the median of 5
// fresh page loads, cache disabled. Throughput: one warm-up pass, then the median of
// --runs passes (default 5) timed inside the page with performance.now(); MB = 10⁶ bytes.
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync, mkdtempSync } from "node:fs";
import { join, normalize, extname } from "node:path";
import { tmpdir } from "node:os";
import { chromium } from "playwright-core";
import { args, median, pageSizes, requirePkg, texts, utf8Bytes, WWW } from "./common.mjs";

const a = args();
requirePkg();
const { source, texts: docs } = texts(a.docs);
const total = utf8Bytes(docs);
const docsJson = JSON.stringify(docs);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const BENCH_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script type="module">
  const t0 = performance.now();
  const m = await import("./pkg/lede.js");
  await m.default();
  const loaded = performance.now() - t0;
  // The same, without the network: compile + instantiate the bytes already fetched.
  const bytes = await (await fetch("./pkg/lede_bg.wasm")).arrayBuffer();
  const t1 = performance.now();
  m.initSync({ module: await WebAssembly.compile(bytes) });
  window.__compile = performance.now() - t1;
  window.__instantiate = loaded;
  window.__lede = m;
</script>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/__bench.html") {
    res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
    return res.end(BENCH_PAGE);
  }
  if (url.pathname === "/__bench_docs.json") {
    res.writeHead(200, { "content-type": TYPES[".json"] });
    return res.end(docsJson);
  }
  const path = normalize(join(WWW, decodeURIComponent(url.pathname)));
  const file = path.endsWith("/") ? join(path, "index.html") : path;
  if (!file.startsWith(WWW) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let result;
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const inst = [];
  const compile = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${base}/__bench.html?${i}`);
    await page.waitForFunction(() => window.__instantiate !== undefined || false, null, { timeout: 30000 });
    inst.push(await page.evaluate(() => window.__instantiate));
    compile.push(await page.evaluate(() => window.__compile));
  }
  const figures = await page.evaluate(async (runs) => {
    const docs = await (await fetch("/__bench_docs.json")).json();
    const pass = () => {
      const t0 = performance.now();
      let failed = 0;
      for (const t of docs) {
        try {
          window.__lede.analyze(t, null);
        } catch {
          failed++;
        }
      }
      return { ms: performance.now() - t0, failed };
    };
    const warm = pass();
    const times = [];
    for (let i = 0; i < runs; i++) times.push(pass().ms);
    return { warm, times, ua: navigator.userAgent };
  }, a.runs);
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  const ms = median(figures.times);
  const sizes = pageSizes();
  result = {
    runtime: (figures.ua.match(/(Headless)?Chrome\/[\d.]+/) ?? [figures.ua])[0],
    texts: { source, count: docs.length, bytes: total, failed: figures.warm.failed },
    instantiate_ms: +median(inst).toFixed(2),
    compile_instantiate_ms: +median(compile).toFixed(2),
    analyze_ms: +ms.toFixed(1),
    mb_per_s: +(total / 1e6 / (ms / 1e3)).toFixed(2),
    wasm: sizes.wasm,
    page: sizes.total,
  };
} finally {
  await ctx.close();
  server.close();
}

if (a.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`runtime          ${result.runtime}`);
  console.log(`texts            ${result.texts.count} from ${source}, ${(total / 1e6).toFixed(2)} MB${result.texts.failed ? `, ${result.texts.failed} refused` : ""}`);
  console.log(`instantiation    ${result.instantiate_ms} ms (import + fetch + compile + instantiate, median of 5 page loads)`);
  console.log(`                 ${result.compile_instantiate_ms} ms (compile + instantiate of the fetched bytes)`);
  console.log(`whole analysis   ${result.mb_per_s} MB/s (${result.analyze_ms} ms per pass, median of ${a.runs})`);
  console.log(`wasm             ${kb(result.wasm.raw)} raw, ${kb(result.wasm.gzip)} gzip`);
  console.log(`page download    ${kb(result.page.raw)} raw, ${kb(result.page.gzip)} gzip`);
}
