// The page's interactions with a populated analysis. Until every extractor has landed, the
// real core may return few entities, quotes or dates, so these tests serve
// tests/e2e/fake-worker.js in place of www/worker.js: same messages, an analysis shaped
// like the contract. What is tested is the page (highlighting, keyboard, panels, timeline,
// date changes), not the extractors; page.test.mjs covers the real core.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { open, waitShown, exportJson, screenshot, stopServer } from "./helpers.mjs";

after(stopServer);

const FAKE = readFileSync(join(import.meta.dirname, "fake-worker.js"), "utf8");

async function openFake(opts) {
  const o = await open(opts);
  await o.ctx.route("**/worker.js", (r) => r.fulfill({ contentType: "text/javascript", body: FAKE }));
  await o.page.reload();
  await waitShown(o.page);
  const { json } = await exportJson(o.page);
  assert.ok(json.entities.length > 3 && json.quotes.length > 1 && json.dates.length > 2, "the fake analysis is populated");
  return { ...o, a: json };
}

test("entities: click a mention or a panel entry → all its mentions, and only those, are highlighted", async () => {
  const { page, errors, close, a } = await openFake();
  try {
    const text = await page.inputValue("#text");
    assert.equal(await page.locator('#text-view [part="mention"]:not([data-cont])').count(), a.entities.reduce((n, e) => n + e.mentions.length, 0));
    const i = a.entities.reduce((best, e, k) => (e.mentions.length > a.entities[best].mentions.length ? k : best), 0);
    await page.click(`#text-view .lede-m[data-entity="${i}"] >> nth=-1`);
    const hl = () => page.$$eval("#text-view .lede-m.hl:not([data-cont])", (els) => els.map((e) => Number(e.dataset.entity)));
    assert.deepEqual(await hl(), a.entities[i].mentions.map(() => i));
    assert.equal(await page.getAttribute(`[data-select-entity="${i}"]`, "aria-pressed"), "true");
    assert.match(await page.textContent("#status"), new RegExp(`${a.entities[i].mentions.length}`));
    // Clicking again clears; the panel button selects too.
    await page.click(`#text-view .lede-m[data-entity="${i}"] >> nth=0`);
    assert.deepEqual(await hl(), []);
    const j = a.entities.length - 1;
    await page.click(`[data-select-entity="${j}"]`);
    assert.deepEqual(await hl(), a.entities[j].mentions.map(() => j));
    await page.keyboard.press("Escape");
    assert.deepEqual(await hl(), [], "Escape clears the selection");
    assert.equal(await page.getAttribute(`[data-select-entity="${j}"]`, "aria-pressed"), "false");
    assert.ok(text.length > 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("quotes: a speaker's button selects all their quotes; quotes carry their speaker", async () => {
  const { page, errors, close, a } = await openFake();
  try {
    const q = a.quotes.find((x) => x.speaker && x.speaker.entity != null);
    assert.ok(q);
    const key = `e${q.speaker.entity}`;
    await page.click(`[data-select-speaker="${key}"]`);
    const n = a.quotes.filter((x) => x.speaker && x.speaker.entity === q.speaker.entity).length;
    assert.equal(await page.locator("#text-view .lede-q.hl:not([data-cont])").count(), n);
    assert.equal(await page.getAttribute(`[data-select-speaker="${key}"]`, "aria-pressed"), "true");
    const by = await page.getAttribute(`#text-view .lede-q[data-speaker="${key}"] >> nth=0`, "data-by");
    assert.equal(by, `— ${q.speaker.name}`);
    // Pointing at a quote lights up its speaker (and cue) in the text.
    const qj = a.quotes.findIndex((x) => x.speaker && x.speaker.end > x.speaker.start);
    await page.hover(`#text-view .lede-q[data-quote="${qj}"] >> nth=0`);
    assert.ok((await page.locator(`#text-view .lede-spk.lede-linked[data-quote="${qj}"]`).count()) >= 1);
    // "show in text" takes the reader (and the focus) to the quote.
    const qi = a.quotes.indexOf(q);
    await page.click(`#quotes-panel [data-goto-quote="${qi}"]`);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), String(qi));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("keyboard: one tab stop in the text, arrows move mark to mark, Enter selects, dates show their value on focus", async () => {
  const { page, errors, close, a } = await openFake();
  try {
    assert.equal(await page.locator('#text-view [tabindex="0"]').count(), 1, "a single tab stop");
    await page.focus('#text-view [tabindex="0"]');
    const order = await page.$$eval("#text-view .lede-m:not([data-cont]), #text-view .lede-q:not([data-cont]), #text-view .lede-d:not([data-cont])", (els) =>
      els.map((e) => e.className + (e.dataset.entity || e.dataset.quote || e.dataset.date)),
    );
    const here = () => page.evaluate(() => document.activeElement.className + (document.activeElement.dataset.entity || document.activeElement.dataset.quote || document.activeElement.dataset.date));
    await page.keyboard.press("ArrowRight");
    assert.equal(await here(), order[1]);
    await page.keyboard.press("End");
    assert.equal(await here(), order[order.length - 1]);
    await page.keyboard.press("Home");
    assert.equal(await here(), order[0]);
    assert.equal(await page.locator('#text-view [tabindex="0"]').count(), 1, "roving: still one tab stop");
    // Move to the first mention and select it with Enter.
    const k = order.findIndex((c) => c.startsWith("lede-m"));
    for (let s = 0; s < k; s++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    assert.ok((await page.locator("#text-view .lede-m.hl").count()) > 0);
    // A date shows its resolved value when focused from the keyboard.
    const dk = order.findIndex((c) => c.startsWith("lede-d"));
    await page.keyboard.press("Home");
    for (let s = 0; s < dk; s++) await page.keyboard.press("ArrowRight");
    const tip = await page.evaluate(() => [getComputedStyle(document.activeElement, "::after").content, document.activeElement.dataset.tip, document.activeElement.dataset.value]);
    assert.equal(tip[0], JSON.stringify(tip[1]));
    const d = a.dates[Number(order[dk].replace(/\D+/g, ""))];
    assert.equal(tip[2], d.value ?? "");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("at a glance: who, what was said, when; its buttons select like the panels", async () => {
  const { page, errors, close, a } = await openFake();
  try {
    const who = await page.$$eval("#glance-panel [data-select-entity]", (els) => els.map((e) => Number(e.dataset.selectEntity)));
    assert.ok(who.length > 0 && who.length <= 5);
    for (const i of who) assert.ok(["PER", "ORG"].includes(a.entities[i].type));
    await page.click(`#glance-panel [data-select-entity="${who[0]}"]`);
    assert.equal(await page.locator(`#text-view .lede-m.hl[data-entity="${who[0]}"]`).count(), a.entities[who[0]].mentions.length);
    assert.equal(await page.getAttribute(`#entities-panel [data-select-entity="${who[0]}"]`, "aria-pressed"), "true", "panels stay in step");
    const when = await page.textContent("#glance-panel");
    assert.ok(when.includes(a.reference_date));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("timeline: one SVG item per datable date; a date button shows the date in the text", async () => {
  const { page, errors, close, a } = await openFake();
  try {
    const datable = await page.evaluate(async (dates) => {
      const { valueRange } = await import("./render.js");
      return dates.filter((d) => (d.type === "DATE" || d.type === "TIME") && valueRange(d.value)).length;
    }, a.dates);
    assert.equal(await page.locator("#timeline-panel svg .lede-tl-item").count(), datable);
    assert.equal(await page.locator("#timeline-panel .lede-date-btn").count(), a.dates.length);
    const i = a.dates.findIndex((d) => d.end > d.start);
    await page.click(`#timeline-panel .lede-date-btn[data-goto-date="${i}"]`);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.date), String(i));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("screenshots with a populated analysis: light, dark, phone", async () => {
  for (const [name, opts] of [
    ["fake-light.png", { locale: "fr-FR" }],
    ["fake-dark.png", { colorScheme: "dark" }],
    ["fake-phone.png", { viewport: { width: 375, height: 812 }, locale: "fr-FR" }],
  ]) {
    const { page, errors, close } = await openFake(opts);
    try {
      await page.click('[data-select-entity="1"]');
      await screenshot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: no sideways scrolling (${overflow}px)`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
