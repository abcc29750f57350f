// The page download budget (issue 8): wasm + JS + CSS + HTML under 500 KB gzip -9, as
// bench/page_size.mjs counts it from dist/index.html (the page as built and served).
// Runs after the release build (`./build.sh test` builds www/pkg and dist first), so a
// rule or table that makes the module outgrow the budget fails here, not later in a
// benchmark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

const BUDGET = 500_000;

test("the page download stays under 500 KB gzip", { skip: !existsSync(join(ROOT, "dist", "index.html")) && "no build in dist/ (./build.sh build)" }, () => {
  const out = execFileSync(process.execPath, [join(ROOT, "bench", "page_size.mjs"), "--json"], { encoding: "utf8" });
  const size = JSON.parse(out);
  assert.deepEqual(size.missing, [], "every file the page loads exists");
  assert.ok(size.total.gzip < BUDGET, `page download ${size.total.gzip} bytes gzip, budget ${BUDGET}`);
});
