// Shared by bench/wasm_node.mjs and bench/wasm_chromium.mjs: where the release wasm and
// the texts are, and the sizes of what the page downloads.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const WWW = join(ROOT, "www");
export const PKG = join(WWW, "pkg");

/** Command-line flags: --docs FILE (JSON Lines with a "text" key, or one plain text file), --runs N, --json. */
export function args() {
  const a = { docs: null, runs: 5, json: false };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--docs") a.docs = argv[++i];
    else if (argv[i] === "--runs") a.runs = Math.max(1, parseInt(argv[++i], 10) || 5);
    else if (argv[i] === "--json") a.json = true;
    else throw new Error(`unknown argument ${argv[i]}; accepted: --docs FILE.jsonl, --runs N, --json`);
  }
  return a;
}

/** The texts to analyze: the dev corpora as `lede eval --dump-docs` rebuilds them (made
 *  on first use with the release CLI into target/bench/), or tests/samples/*.txt when
 *  no corpus is reachable. Returns { source, texts }. */
export function texts(docsPath) {
  if (docsPath && !existsSync(docsPath)) throw new Error(`--docs ${docsPath}: no such file`);
  const path = docsPath ?? join(ROOT, "target", "bench", "docs.jsonl");
  if (!docsPath && !existsSync(path) && existsSync(join(ROOT, "..", "shared", "corpora"))) {
    process.stderr.write("bench: rebuilding the dev texts with `lede eval --dump-docs target/bench` …\n");
    try {
      execFileSync("cargo", ["run", "--release", "--quiet", "--", "eval", "--dump-docs", join(ROOT, "target", "bench")], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
      });
    } catch {
      // eval exits non-zero when a corpus is unreadable; the docs it could read are written.
    }
  }
  if (existsSync(path) && !path.endsWith(".jsonl")) {
    return { source: relative(ROOT, path), texts: [readFileSync(path, "utf8")] };
  }
  if (existsSync(path)) {
    const texts = readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text)
      .filter((t) => typeof t === "string" && t.length > 0);
    return { source: relative(ROOT, path), texts };
  }
  const dir = join(ROOT, "tests", "samples");
  return {
    source: "tests/samples/*.txt",
    texts: readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
  };
}

export function utf8Bytes(texts) {
  const enc = new TextEncoder();
  return texts.reduce((n, t) => n + enc.encode(t).length, 0);
}

/** Every file the page downloads: www/ (html, js, css, wasm, svg, json), recursively,
 *  without the test pages and the TypeScript declarations. */
export function pageFiles() {
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(html|m?js|css|wasm|svg|json|webmanifest)$/.test(f) && !/\.d\.ts$/.test(f)) out.push(p);
    }
  };
  if (existsSync(WWW)) walk(WWW);
  return out.sort();
}

/** Raw and gzip -9 sizes of the page's files, by kind. */
export function pageSizes() {
  const files = pageFiles().map((p) => {
    const b = readFileSync(p);
    return { file: relative(ROOT, p), raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
  });
  const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
  const wasm = files.filter((f) => f.file.endsWith(".wasm"));
  return {
    files,
    wasm: { raw: sum(wasm, "raw"), gzip: sum(wasm, "gzip") },
    total: { raw: sum(files, "raw"), gzip: sum(files, "gzip") },
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function requirePkg() {
  if (!existsSync(join(PKG, "lede_bg.wasm"))) {
    throw new Error("no www/pkg/lede_bg.wasm: run ./build.sh build first");
  }
}
