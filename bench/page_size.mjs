// What the reader's page downloads, raw and gzip -9 (the budget, issue 8: wasm + JS +
// CSS + HTML < 500 KB gzip). Starts from dist/index.html — the page as `./build.sh build`
// builds and `./build.sh serve` serves it (bundled, minified) — or the page given (e.g.
// www/index.html, the unminified sources), and follows what it loads: <script src>, <link href> (stylesheets, icons), static and dynamic
// `import`, `new Worker(...)`, `new URL(..., import.meta.url)` and CSS `@import`/`url()`;
// the module's glue (pkg/lede.js) brings pkg/lede_bg.wasm. Fonts, images and the
// sample texts fetched on demand are listed when referenced, not guessed.
//
//   node bench/page_size.mjs [dist/index.html] [--json]
//
// (The wasm side's speed — instantiation, MB/s in Node and Chromium — is measured by
// bench/wasm_bench.mjs, called by scripts/bench.sh.)
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const json = argv.includes("--json");
const start = resolve(argv.find((a) => !a.startsWith("--")) ?? join(ROOT, "dist", "index.html"));
if (!existsSync(start)) throw new Error(`${start}: no such page (./build.sh build writes dist/)`);

const seen = new Map();
const missing = new Set();
const queue = [start];
const local = (ref) => ref && !/^(?:[a-z]+:|\/\/|#)/i.test(ref);
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  if (!existsSync(file)) {
    missing.add(relative(ROOT, file));
    continue;
  }
  const body = readFileSync(file);
  seen.set(file, body);
  const text = /\.(html|m?js|css)$/.test(file) ? body.toString("utf8") : "";
  const refs = [];
  const grab = (re) => {
    for (const m of text.matchAll(re)) refs.push(m[1]);
  };
  if (file.endsWith(".html")) {
    grab(/<script[^>]*\bsrc=["']([^"']+)["']/gi);
    grab(/<link[^>]*\bhref=["']([^"']+)["']/gi);
    grab(/<img[^>]*\bsrc=["']([^"']+)["']/gi);
    // Inline module scripts import too.
    grab(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g);
    grab(/\bimport\(\s*["']([^"']+)["']\s*\)/g);
  } else if (/\.m?js$/.test(file)) {
    grab(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g);
    grab(/\bimport\(\s*["']([^"']+)["']\s*\)/g);
    grab(/\bnew\s+(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)?["']([^"']+)["']/g);
    grab(/\bnew\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g);
    grab(/\bimportScripts\(\s*["']([^"']+)["']/g);
  } else if (file.endsWith(".css")) {
    grab(/@import\s+(?:url\()?["']?([^"')\s;]+)/g);
    grab(/url\(\s*["']?([^"')]+)["']?\s*\)/g);
  }
  for (const r of refs) {
    if (!local(r)) continue;
    const clean = r.split(/[?#]/)[0];
    queue.push(clean.startsWith("/") ? join(dirname(start), clean) : resolve(dirname(file), clean));
  }
}

const files = [...seen].map(([f, b]) => ({
  file: relative(ROOT, f),
  raw: b.length,
  gzip: gzipSync(b, { level: 9 }).length,
}));
const sum = (k, pred = () => true) => files.filter(pred).reduce((n, f) => n + f[k], 0);
const kinds = {
  wasm: (f) => f.file.endsWith(".wasm"),
  js: (f) => /\.m?js$/.test(f.file),
  css: (f) => f.file.endsWith(".css"),
  html: (f) => f.file.endsWith(".html"),
};
const result = {
  page: relative(ROOT, start),
  files,
  missing: [...missing],
  by_kind: Object.fromEntries(Object.entries(kinds).map(([k, p]) => [k, { raw: sum("raw", p), gzip: sum("gzip", p) }])),
  total: { raw: sum("raw"), gzip: sum("gzip") },
};
if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`| file | raw | gzip -9 |\n|---|---:|---:|`);
  for (const f of files) console.log(`| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  for (const [k, v] of Object.entries(result.by_kind)) if (v.raw) console.log(`| all ${k} | ${kb(v.raw)} | ${kb(v.gzip)} |`);
  console.log(`| **total** (${files.length} files) | ${kb(result.total.raw)} | **${kb(result.total.gzip)}** |`);
  if (missing.size) console.log(`\nreferenced but missing: ${[...missing].join(", ")}`);
}
