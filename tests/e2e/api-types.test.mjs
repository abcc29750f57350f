// www/lede.d.ts (the JS API and the <lede-analyzer> element's types) under `tsc --strict`:
// correct use type-checks, and a wrong use is rejected, so the declarations say something.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "./helpers.mjs";

const TSC = join(ROOT, "node_modules", ".bin", "tsc");
const API = JSON.stringify(join(ROOT, "www", "lede.js")); // resolves to lede.d.ts

function tsc(source) {
  const dir = mkdtempSync(join(tmpdir(), "lede-api-types-"));
  try {
    const file = join(dir, "use.ts");
    writeFileSync(file, source);
    const r = spawnSync(TSC, ["--noEmit", "--strict", "--lib", "dom,es2022", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", file], {
      encoding: "utf8",
    });
    return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("lede.d.ts: the API and the element type-check; misuse does not", { skip: !existsSync(TSC) && "typescript not installed (npm ci)" }, () => {
  const good = tsc(`import { analyze, ready, analyzeSync, version, type Analysis, type LedeAnalyzerElement } from ${API};
export async function main(): Promise<void> {
  await ready();
  const a: Analysis = await analyze("text", { referenceDate: "2020-01-01", language: "fr" });
  const b: Analysis = analyzeSync("x", null);
  const v: string = version();
  for (const e of a.entities) console.log(e.type, e.name, e.mentions[0]?.start, b.language, v);
  const el = document.createElement("lede-analyzer");
  const typed: LedeAnalyzerElement = el;
  typed.addEventListener("lede-analyzed", (ev) => console.log(ev.detail.quotes.length));
  const c: Analysis = await typed.analyze("t");
  console.log(c.dates.map((d) => d.value), typed.analysis?.language);
}
`);
  assert.ok(good.ok, good.out);
  const bad = tsc(`import { analyze } from ${API};
export async function main(): Promise<number> { return await analyze("t"); }
`);
  assert.equal(bad.ok, false, "a wrong use must not type-check");
  assert.match(bad.out, /Analysis/);
});
