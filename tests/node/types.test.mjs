// www/lede-types.d.ts against real output: the analyses of the samples, written as
// object literals typed `Analysis`, must type-check under `tsc --strict`. TypeScript
// rejects a missing key, a wrong type and (for object literals) an extra key, so the
// types cannot drift from what the module really returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, samples, loadWasm } from "./helpers.mjs";

function tsc(source) {
  const dir = mkdtempSync(join(tmpdir(), "lede-types-"));
  try {
    const file = join(dir, "check.ts");
    writeFileSync(file, source);
    const r = spawnSync(
      join(ROOT, "node_modules", ".bin", "tsc"),
      ["--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--skipLibCheck", "false", file],
      { encoding: "utf8" },
    );
    return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES = JSON.stringify(join(ROOT, "www", "lede-types.js")); // resolves to the .d.ts

test("real wasm output type-checks as Analysis", async () => {
  const lede = await loadWasm();
  const literals = samples().map((s) => JSON.stringify(lede.analyze(s.text)));
  const src = `import type { Analysis, AnalyzeOptions } from ${TYPES};
const all: Analysis[] = [
${literals.join(",\n")}
];
const o: AnalyzeOptions = { referenceDate: "2018-12-30", language: "fr", maxBytes: 1024 };
export { all, o };
`;
  const r = tsc(src);
  assert.ok(r.ok, `www/lede-types.d.ts does not fit real output:\n${r.out}`);
});

test("the type check does catch a key the types do not know", async () => {
  const lede = await loadWasm();
  const a = { ...lede.analyze(""), surprise: 1 };
  const r = tsc(`import type { Analysis } from ${TYPES};\nexport const a: Analysis = ${JSON.stringify(a)};\n`);
  assert.ok(!r.ok && /surprise/.test(r.out), r.out);
});
