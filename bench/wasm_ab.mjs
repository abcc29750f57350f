// Paired speed comparison of two or more builds of the module (never shipped).
//
//   node bench/wasm_ab.mjs --docs DIR/docs.jsonl --pkg A --pkg B [--pkg C…] [--rounds 8] [--browser]
//
// Each --pkg is a folder holding a wasm-bindgen `--target web` build (lede.js +
// lede_bg.wasm, e.g. www/pkg). All the builds are loaded side by side in ONE engine (Node,
// or with --browser one headless Chromium page: each build is its own module instance),
// warmed up, then timed in rounds: each round analyzes every text of docs.jsonl once with
// each build, in an order that alternates from round to round (A B, B A, …), so that a
// slow moment of a shared machine falls on both. Prints JSON: per build the median, the
// lowest and highest pass (ms, MB/s), and per build after the first the median of its
// per-round ratio to the first (below 1: faster). One pass is the whole analysis of every
// text, as bench/wasm_bench.mjs times it.
import { readFileSync, mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pkgs = args.flatMap((a, i) => (a === "--pkg" ? [resolve(args[i + 1])] : []));
if (pkgs.length < 2) throw new Error("give at least two --pkg folders");
const docsPath = resolve(opt("--docs", "docs.jsonl"));
const rounds = Number(opt("--rounds", "8"));
const browser = args.includes("--browser");

const docs = readFileSync(docsPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((d) => ({
    text: d.text,
    options: {
      ...(d.language && d.language !== "und" ? { language: d.language } : {}),
      ...(d.reference_date ? { referenceDate: d.reference_date } : {}),
    },
  }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);

// Runs in Node or inside the page (it must not close over anything): `mods` are the
// initialized modules; returns every pass's time, per module.
async function rounds_(mods, docs, rounds) {
  const pass = (lede) => {
    const t0 = performance.now();
    for (const d of docs) {
      try {
        lede.analyze(d.text, d.options);
      } catch (e) {
        // a refused text costs what it costs, in every build alike
      }
    }
    return performance.now() - t0;
  };
  for (const m of mods) pass(m); // warm-up: word indexes, JIT tiers
  const times = mods.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = mods.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) times[i].push(pass(mods[i]));
  }
  return times;
}

async function inNode() {
  const mods = [];
  for (const p of pkgs) {
    // A query string makes each folder's glue its own module instance.
    const lede = await import(`${join(p, "lede.js")}?ab=${mods.length}`);
    lede.initSync({ module: readFileSync(join(p, "lede_bg.wasm")) });
    mods.push(lede);
  }
  return { engine: `Node ${process.version}`, times: await rounds_(mods, docs, rounds) };
}

async function inBrowser() {
  const { chromium } = await import(resolve("node_modules/playwright-core/index.mjs"));
  const types = { ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end('<!doctype html><link rel="icon" href="data:,"><title>bench</title>');
    }
    if (url.pathname === "/docs.json") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(docs));
    }
    const m = /^\/v(\d+)\/(lede\.js|lede_bg\.wasm)$/.exec(url.pathname);
    if (!m || !pkgs[Number(m[1])]) {
      res.writeHead(404);
      return res.end();
    }
    const file = join(pkgs[Number(m[1])], m[2]);
    res.writeHead(200, { "content-type": types[extname(file)] });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const version = ctx.browser()?.version() ?? "";
    const times = await page.evaluate(
      async ({ n, rounds, src }) => {
        const run = eval(`(${src})`);
        const docs = await (await fetch("/docs.json")).json();
        const mods = [];
        for (let i = 0; i < n; i++) {
          const lede = await import(`/v${i}/lede.js`);
          await lede.default({ module_or_path: `/v${i}/lede_bg.wasm` });
          mods.push(lede);
        }
        return run(mods, docs, rounds);
      },
      { n: pkgs.length, rounds, src: rounds_.toString() },
    );
    return { engine: `Chromium ${version}`.trim(), times };
  } finally {
    await ctx.close();
    server.close();
  }
}

const { engine, times } = browser ? await inBrowser() : await inNode();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mbs = (ms) => +(bytes / 1e6 / (ms / 1e3)).toFixed(2);
const round1 = (x) => +x.toFixed(1);
console.log(
  JSON.stringify(
    {
      engine,
      texts: docs.length,
      bytes,
      rounds,
      builds: pkgs.map((p, i) => ({
        pkg: p,
        median_ms: round1(median(times[i])),
        min_ms: round1(Math.min(...times[i])),
        max_ms: round1(Math.max(...times[i])),
        median_mb_per_s: mbs(median(times[i])),
        ...(i ? { ratio_to_first: +median(times[i].map((t, r) => t / times[0][r])).toFixed(3) } : {}),
        times_ms: times[i].map(round1),
      })),
    },
    null,
    2,
  ),
);
