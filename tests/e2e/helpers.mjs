// Shared set-up for the end-to-end tests: a headless Chromium (Debian's, through
// playwright-core) in a fresh profile, the page's URL, and watchers for console errors and
// for requests that leave the page's origin.
//
// The page's URL comes from LEDE_URL (build.sh serves dist/, the page as built, and sets
// it). Without it, the tests serve dist/ themselves with Python's static server on a free
// port (`./build.sh build` writes it; LEDE_SITE=www tests the unminified sources instead).

import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");
export const ARTIFACTS = join(ROOT, "test-artifacts");

let served = null;

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** The page's base URL (ends with "/"). */
export async function baseUrl() {
  if (process.env.LEDE_URL) return process.env.LEDE_URL.replace(/\/?$/, "/");
  if (!served) {
    const port = await freePort();
    const site = join(ROOT, process.env.LEDE_SITE || "dist");
    if (!existsSync(join(site, "index.html"))) throw new Error(`${site}/index.html missing: run ./build.sh build first`);
    const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site], {
      stdio: "ignore",
    });
    served = { proc, url: `http://127.0.0.1:${port}/` };
    process.on("exit", () => proc.kill());
    for (let i = 0; i < 50; i++) {
      try {
        const r = await fetch(served.url);
        if (r.ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return served.url;
}

export function stopServer() {
  if (served) {
    served.proc.kill();
    served = null;
  }
}

/**
 * A browser context in a fresh temporary profile. Returns { ctx, page, errors, foreign, close }:
 * `errors` collects console errors and page errors, `foreign` every request that leaves
 * the page's origin.
 */
export async function open({ colorScheme = "light", viewport = { width: 1280, height: 900 }, locale = "en-US", path = "" } = {}) {
  const base = await baseUrl();
  const origin = new URL(base).origin;
  const dir = mkdtempSync(join(tmpdir(), "lede-chromium-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    colorScheme,
    viewport,
    locale,
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--lang=${locale}`,
    ],
  });
  const errors = [];
  const foreign = [];
  ctx.on("request", (req) => {
    const u = req.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return;
    if (new URL(u).origin !== origin) foreign.push(u);
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && errors.push(`worker: ${m.text()}`)));
  await page.goto(base + path);
  const close = async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, page, errors, foreign, close, base };
}

/** Waits until the page has drawn at least `n` analyses (body[data-shown]). */
export async function waitShown(page, n = 1) {
  await page.waitForFunction((k) => Number(document.body.dataset.shown || 0) >= k && document.body.dataset.state === "ready", n, {
    timeout: 20000,
  });
  return Number(await page.evaluate(() => document.body.dataset.shown));
}

/** Clicks "JSON" and returns the parsed export. */
export async function exportJson(page) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const path = await dl.path();
  const { readFileSync } = await import("node:fs");
  return { name: dl.suggestedFilename(), json: JSON.parse(readFileSync(path, "utf8")) };
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
