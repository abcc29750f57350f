// The texts and the headless Chromium page the wasm benchmarks run in (bench/wasm_bench.mjs,
// bench/wasm_ab.mjs): a local server that answers `/` with an empty page, `/docs.json`
// with the texts, and every other path with the file `fileFor(pathname)` names (404 when
// it names none), and Chromium in a fresh profile pointed at it.
import { readFileSync, mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname } from "node:path";

const TYPES = {
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".html": "text/html",
  ".json": "application/json",
};

/**
 * The texts of `lede eval --dump-docs` (JSON Lines) with the options the JS API takes:
 * { docs: [{ text, options }], bytes } (bytes of UTF-8).
 */
export function readDocs(path) {
  const docs = readFileSync(path, "utf8")
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
  return { docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0) };
}

/** Returns { page, ctx, profile, version, close }. */
export async function benchPage(docs, fileFor) {
  const { chromium } = await import(resolve("node_modules/playwright-core/index.mjs"));
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
    const file = fileFor(url.pathname);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  const profile = mkdtempSync(join(tmpdir(), "chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const close = async () => {
    await ctx.close();
    server.close();
  };
  try {
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return { page, ctx, profile, version: ctx.browser()?.version() ?? "", close };
  } catch (e) {
    await close();
    throw e;
  }
}
