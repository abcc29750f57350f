// Smoke test of the built site in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core). `./build.sh test` serves dist/ (the page as built) and sets LEDE_URL.
// It checks what the unit tests cannot: that the *release* module — after wasm-opt —
// loads and analyzes in a real browser (Debian's old wasm-opt once broke exactly that while every test stayed
// green), and that the page loads it without errors. The page's own behaviour is tested
// by the page's end-to-end tests beside this file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { baseUrl, stopServer } from "./helpers.mjs";

// LEDE_URL, or dist/ served by the helpers.
const URL = await baseUrl();
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let ctx, profile;
before(async () => {
  profile = mkdtempSync(join(tmpdir(), "lede-chromium-"));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => {
  stopServer();
  await ctx?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A new page that records errors and failed requests. */
async function open(url) {
  const page = await ctx.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const response = await page.goto(url, { waitUntil: "load" });
  return { page, problems, response };
}

test("the release module loads and analyzes in Chromium", async () => {
  // Any same-origin document will do (python's server lists the folder when there is no
  // index.html yet).
  const { page, problems } = await open(URL);
  const result = await page.evaluate(async () => {
    const lede = await import("./pkg/lede.js");
    await lede.default({ module_or_path: "./pkg/lede_bg.wasm" });
    const text = "😀 Un titre\n\n30 décembre 2018 à 07h19\n\nPARIS (AFP) - « Nous verrons », a dit hier la ministre.";
    const a = lede.analyze(text);
    let error = null;
    try {
      lede.analyze(text, { referenceDate: "31/12/2018" });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const dl = a.layout.dateline;
    return {
      language: a.language,
      reference: a.reference_date,
      datelineOk: dl !== null && text.slice(dl.start, dl.end) === dl.text && dl.start === text.indexOf("30 déc"),
      arrays: [a.entities, a.quotes, a.dates].every(Array.isArray),
      error,
    };
  });
  assert.equal(result.language, "fr");
  assert.equal(result.reference, "2018-12-30");
  assert.ok(result.datelineOk, "date line offsets are UTF-16 in the browser");
  assert.ok(result.arrays);
  assert.match(result.error ?? "", /invalid reference date "31\/12\/2018".*YYYY-MM-DD/);
  // A directory listing has no favicon link, so Chromium asks for /favicon.ico and logs
  // its 404. A module that failed to load would have thrown above.
  const real = problems.filter((p) => !/^console error: Failed to load resource: .*404/.test(p));
  assert.deepEqual(real, []);
  await page.close();
});

test("the page loads its module without errors and shows an analysis", async (t) => {
  if (!existsSync(join(ROOT, "www", "index.html"))) {
    return t.skip("www/index.html does not exist yet");
  }
  const { page, problems, response } = await open(URL);
  assert.equal(response.status(), 200);
  // The page analyzes its sample at once (in a worker): wait until some part of the text
  // is highlighted, i.e. the page holds an element placed from an analysis.
  const seen = await page
    .waitForFunction(
      () => document.querySelector("mark, [data-type], [data-kind], .entity, .quote, .date, lede-analyzer") !== null,
      null,
      { timeout: 15000 },
    )
    .then(() => true, () => false);
  assert.ok(seen, "the page shows an analysis (highlighted text) within 15 s");
  assert.deepEqual(problems, [], "no errors, no failed requests");
  await page.close();
});
