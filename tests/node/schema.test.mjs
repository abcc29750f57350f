// The output contract, checked from the outside: real output of the CLI and of the
// release wasm module validates against docs/analysis.schema.json (ajv, draft 2020-12),
// every span's text is the UTF-16 slice of the input, and both faces agree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SCHEMA, assertValid, assertSpansOnText, samples, cli, loadWasm } from "./helpers.mjs";

const SAMPLES = samples();

test("the schema's own examples: empty analysis validates, a missing key does not", () => {
  const empty = JSON.parse(cli(["analyze"], ""));
  assertValid(empty, "empty text");
  assert.deepEqual([empty.entities, empty.quotes, empty.dates], [[], [], []]);
  const broken = structuredClone(empty);
  delete broken.quotes;
  assert.throws(() => assertValid(broken, "missing quotes"), /quotes/);
  const extra = { ...empty, surprise: 1 };
  assert.throws(() => assertValid(extra, "extra key"), /additional/);
});

for (const s of SAMPLES) {
  test(`CLI output of ${s.name} matches the schema and the text`, () => {
    const a = JSON.parse(cli(["analyze", s.path]));
    assertValid(a, s.name);
    const n = assertSpansOnText(a, s.text, s.name);
    if (!s.name.endsWith("quotes-only.txt")) assert.ok(n > 0, `${s.name}: expected at least one span (headline, date line…)`);
  });
}

test("fr-seed.txt (when ../shared is there): fr, reference date from the date line", (t) => {
  const seed = SAMPLES.find((s) => s.name === "fr-seed.txt");
  if (!seed) return t.skip("../shared/gold/fr-seed.txt not present in this checkout");
  const a = JSON.parse(cli(["analyze", seed.path]));
  assert.equal(a.language, "fr");
  assert.equal(a.reference_date, "2018-12-30");
  assert.equal(a.reference_source, "dateline");
});

test("CLI with several files prints JSON Lines, one valid analysis per file, in order", () => {
  const out = cli(["analyze", ...SAMPLES.map((s) => s.path)]);
  const lines = out.trimEnd().split("\n");
  assert.equal(lines.length, SAMPLES.length);
  lines.forEach((line, i) => {
    const a = JSON.parse(line);
    assert.equal(a.file, SAMPLES[i].path, "each line names its file");
    assertValid(a, SAMPLES[i].name);
    assertSpansOnText(a, SAMPLES[i].text, SAMPLES[i].name);
  });
});

test("CLI options: --date and --lang show in the output", () => {
  const s = SAMPLES.find((x) => x.name.endsWith("en-article.txt"));
  const a = JSON.parse(cli(["analyze", "--date", "2020-02-29", "--lang", "en", s.path]));
  assertValid(a, "with options");
  assert.equal(a.reference_date, "2020-02-29");
  assert.equal(a.reference_source, "option");
  assert.equal(a.language, "en");
  assert.equal(a.language_detected, false);
});

/** Numbers equal as f32 (salience is an f32: serde_json prints its shortest form,
 *  serde-wasm-bindgen widens it to f64). */
function sameJson(a, b, path = "") {
  if (typeof a === "number" && typeof b === "number") {
    assert.equal(Math.fround(a), Math.fround(b), `number at ${path}`);
  } else if (Array.isArray(a)) {
    assert.ok(Array.isArray(b), `array at ${path}`);
    assert.equal(a.length, b.length, `length at ${path}`);
    a.forEach((x, i) => sameJson(x, b[i], `${path}/${i}`));
  } else if (a && typeof a === "object") {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), `keys at ${path}`);
    for (const k of Object.keys(a)) sameJson(a[k], b[k], `${path}/${k}`);
  } else {
    assert.equal(a, b, `value at ${path}`);
  }
}

for (const s of SAMPLES) {
  test(`wasm output of ${s.name} matches the schema, the text and the CLI`, async () => {
    const lede = await loadWasm();
    const a = lede.analyze(s.text);
    assertValid(a, `wasm ${s.name}`);
    assertSpansOnText(a, s.text, `wasm ${s.name}`);
    assert.equal(a.file, undefined);
    sameJson(a, JSON.parse(cli(["analyze", s.path])));
  });
}

test("wasm: lone surrogates keep every offset right", async () => {
  const lede = await loadWasm();
  const text = "\uD83D Titre \uDC00 en français\n\n30 décembre 2018 à 07h19\n\nPARIS — Le \uD800 gouvernement a annoncé hier un plan.";
  const a = lede.analyze(text);
  assertValid(a, "lone surrogates");
  // A lone surrogate reaches Rust as U+FFFD (one UTF-16 unit too): offsets still match
  // the caller's string; span text shows U+FFFD in its place.
  assert.equal(a.layout.dateline?.start, text.indexOf("30 décembre"));
  const fixed = text.replace(/[\uD800-\uDFFF]/g, "\uFFFD");
  assertSpansOnText(a, fixed, "lone surrogates (as U+FFFD)");
});

test("wasm: bad options throw Errors saying what is wrong and what is accepted", async () => {
  const lede = await loadWasm();
  const cases = [
    [{ referenceDate: "30/12/2018" }, /invalid reference date "30\/12\/2018".*YYYY-MM-DD/],
    [{ referenceDate: "2018-02-30" }, /invalid reference date.*YYYY-MM-DD/],
    [{ language: "xx" }, /unknown language "xx".*expected one of .*fr.*en/],
    [{ referencedate: "2018-12-30" }, /unknown key "referencedate".*referenceDate\?: "YYYY-MM-DD"/],
    [{ maxBytes: -1 }, /maxBytes must be a whole, non-negative number/],
    [{ maxBytes: 10 }, /text too large: \d+ bytes, the limit is 10 bytes/],
    ["fr", /expected an object, got string.*accepted/],
    [[1], /expected an object, got an array/],
    [{ referenceDate: 20181230 }, /referenceDate must be a string \("YYYY-MM-DD"\), got number/],
    [{ language: ["fr"] }, /language must be a string \(one of fr, en.*\), got an array/],
    [{ maxBytes: "10" }, /maxBytes must be a whole, non-negative number of bytes, got string/],
    [{ maxBytes: 1.5 }, /maxBytes must be a whole/],
    [{ today: "29/11/2026" }, /invalid today "29\/11\/2026".*YYYY-MM-DD/],
  ];
  for (const [opts, re] of cases) {
    assert.throws(() => lede.analyze("Un texte assez long pour dépasser dix octets.", opts), (e) => {
      assert.ok(e instanceof Error, `an Error for ${JSON.stringify(opts)}`);
      assert.match(e.message, re);
      return true;
    });
  }
  assert.throws(() => lede.analyze(42), /invalid text: expected a string, got number/);
  // null and undefined options are the defaults.
  assertValid(lede.analyze("", null), "null options");
  assertValid(lede.analyze("", undefined), "undefined options");
});

test("docs/schema.md, www/lede-types.d.ts and the schema name the same keys", () => {
  const dts = readFileSync(join(ROOT, "www", "lede-types.d.ts"), "utf8");
  const iface = {};
  for (const m of dts.matchAll(/export interface (\w+)\s*\{([^}]*)\}/g)) {
    // Drop doc comments, then read "name?:" / "name:" keys at the top level.
    const body = m[2].replace(/\/\*[\s\S]*?\*\//g, "");
    iface[m[1]] = [...body.matchAll(/(\w+)\??\s*:/g)].map((k) => k[1]).sort();
  }
  const props = (o) => Object.keys(o.properties).sort();
  const d = SCHEMA.$defs;
  const nonNull = (o) => o.anyOf.find((x) => x.type !== "null");
  const expected = {
    // "file" is the CLI's, for JSON Lines; the JS result never has it.
    Analysis: props(SCHEMA).filter((k) => k !== "file"),
    TextSpan: props(d.span),
    Entity: props(d.entity),
    Quote: props(d.quote),
    Speaker: props(nonNull(d.quote.properties.speaker)),
    DateExpr: props(d.date),
    DateLine: props(nonNull(d.layout.properties.dateline)),
    PlaceLine: props(nonNull(d.layout.properties.place)),
    Layout: props(d.layout),
    Stats: props(d.stats),
  };
  for (const [name, keys] of Object.entries(expected)) {
    assert.deepEqual(iface[name], keys, `interface ${name} in www/lede-types.d.ts vs docs/analysis.schema.json`);
  }
  const md = readFileSync(join(ROOT, "docs", "schema.md"), "utf8");
  for (const keys of Object.values(expected)) {
    for (const k of keys) assert.ok(md.includes(`\`${k}\``), `docs/schema.md does not document \`${k}\``);
  }
});

test("wasm: today gives a month-and-day place dateline its year", async () => {
  const lede = await loadWasm();
  const text = "Talks resume\n\nGENEVA, June 12 (Reuters) - The talks resumed on Thursday, officials said.";
  const a = lede.analyze(text, { language: "en", today: "2026-11-29" });
  assertValid(a, "with today");
  assert.equal(a.reference_date, "2026-06-12");
  assert.equal(a.reference_source, "dateline_year");
  assert.ok(a.dates.some((d) => d.text === "Thursday" && d.value === "2026-06-11"), JSON.stringify(a.dates));
  // without it the year stays unknown
  const b = lede.analyze(text, { language: "en" });
  assert.equal(b.reference_date, null);
  assert.equal(b.reference_source, "none");
});
