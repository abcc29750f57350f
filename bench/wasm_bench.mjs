// WebAssembly side of `./build.sh bench` (called by scripts/bench.sh; never shipped).
//
//   node bench/wasm_bench.mjs --pkg www/pkg --docs DIR/docs.jsonl [--runs 5] [--browser]
//
// Analyzes the texts of docs.jsonl (written by `lede eval --dump-docs`, the same texts
// `lede bench` measures natively) with the release .wasm, in Node or — with --browser —
// in headless Chromium through playwright-core, and prints JSON: time to instantiate the
// module (compile + instantiate, first call), MB/s of the whole analysis (median of
// --runs runs after one warm-up), and the sizes a page downloads (raw, gzip -9, brotli
// q11) of the .wasm and its JS glue. In Chromium each run is also charged the CPU time
// of the browser's processes (`cpu_median_ms`, `cpu_mb_per_s`; bench/cpu.mjs): on a
// shared machine the wall time grows with the load, the CPU time much less.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromiumCpu } from "./cpu.mjs";
import { benchPage, readDocs } from "./chromium.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pkg = resolve(opt("--pkg", "www/pkg"));
const docsPath = resolve(opt("--docs", "docs.jsonl"));
const runs = Number(opt("--runs", "5"));
const browser = args.includes("--browser");

const { docs, bytes } = readDocs(docsPath);

function sizes() {
  const out = {};
  for (const f of ["lede_bg.wasm", "lede.js"]) {
    const raw = readFileSync(join(pkg, f));
    out[f] = {
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }).length,
    };
  }
  return out;
}

// The measuring loop, run in Node or inside the page (it must not close over anything).
// With `only`, one timed run without the first analyses nor the warm-up: its time in ms.
async function measure(lede, docs, runs, bytes, only = false) {
  const one = () => {
    const t0 = performance.now();
    let failed = 0;
    for (const d of docs) {
      try {
        lede.analyze(d.text, d.options);
      } catch (e) {
        failed++;
      }
    }
    return { ms: performance.now() - t0, failed };
  };
  if (only) return one().ms;
  // The first analyses after instantiation build the core's word indexes (once): timed
  // on two one-sentence texts, the cost a page pays unless it warms up (www/worker.js does).
  const f0 = performance.now();
  for (const t of ["Le maire de Lyon a déclaré lundi qu'il viendrait.", "The mayor of Boston said on Monday he would come."]) {
    try {
      lede.analyze(t, {});
    } catch (e) {
      // counted by the runs below
    }
  }
  const first_ms = performance.now() - f0;
  const warm = one();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(one().ms);
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return { runs, first_ms, median_ms: ms, mb_per_s: bytes / 1e6 / (ms / 1e3), failed: warm.failed };
}

async function inNode() {
  const lede = await import(join(pkg, "lede.js"));
  const wasmBytes = readFileSync(join(pkg, "lede_bg.wasm"));
  const t0 = performance.now();
  lede.initSync({ module: wasmBytes });
  const instantiate_ms = performance.now() - t0;
  return { engine: `Node ${process.version}`, instantiate_ms, ...(await measure(lede, docs, runs, bytes)) };
}

async function inBrowser() {
  const { page, profile, version, close } = await benchPage(docs, (path) => join(pkg, path.replace(/^\/pkg\//, "")));
  try {
    // measure() with one run (after its warm-up) per call, driven from here, so that each
    // run is also charged the CPU time Chromium's processes spent on it.
    const first = await page.evaluate(
      async ({ measureSrc }) => {
        window.measure = eval(`(${measureSrc})`);
        window.docs = await (await fetch("/docs.json")).json();
        const lede = await import("/pkg/lede.js");
        const t0 = performance.now();
        await lede.default({ module_or_path: "/pkg/lede_bg.wasm" });
        window.lede = lede;
        const instantiate_ms = performance.now() - t0;
        return { instantiate_ms, ...(await window.measure(lede, window.docs, 0, 0)) };
      },
      { measureSrc: measure.toString() },
    );
    const cpu = chromiumCpu(profile);
    const times = [];
    const cpus = [];
    for (let i = 0; i < runs; i++) {
      const c0 = cpu();
      times.push(await page.evaluate(() => window.measure(window.lede, window.docs, 1, 0, true)));
      cpus.push(cpu() - c0);
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ms = med(times);
    const cpu_ms = med(cpus);
    return {
      engine: `Chromium ${version}`.trim(),
      instantiate_ms: first.instantiate_ms,
      runs,
      first_ms: first.first_ms,
      median_ms: ms,
      mb_per_s: bytes / 1e6 / (ms / 1e3),
      cpu_median_ms: cpu_ms,
      cpu_mb_per_s: bytes / 1e6 / (cpu_ms / 1e3),
      failed: first.failed,
    };
  } finally {
    await close();
  }
}

const result = browser ? await inBrowser() : await inNode();
console.log(JSON.stringify({ texts: docs.length, bytes, ...result, sizes: sizes() }, null, 2));
