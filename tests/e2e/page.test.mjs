// End-to-end tests of the reader's page (www/index.html) against the real WebAssembly core.
// Assertions are relative to the analysis the page got (read back through its own JSON
// export), never hard-coded counts: the extractors grow, these tests stay true.
//
// Run: node --test tests/e2e/   (LEDE_URL=http://127.0.0.1:PORT/ to use a running server)

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { open, waitShown, exportJson, screenshot, stopServer, ROOT } from "./helpers.mjs";

after(stopServer);

const SAMPLE_FR = readFileSync(join(ROOT, "www/samples/fr-greve.txt"), "utf8");
const SAMPLE_EN = readFileSync(join(ROOT, "www/samples/en-flood.txt"), "utf8");
const CONTRACT_KEYS = ["language", "reference_date", "entities", "quotes", "dates", "layout", "stats", "reference_source"];

function drawable(text, list) {
  return list.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
}
function mentionsOf(text, a) {
  return a.entities.reduce((n, e) => n + drawable(text, e.mentions).length, 0);
}

/** Counts what the text view draws (split pieces of a crossing span count once). */
async function drawn(page) {
  return page.evaluate(() => {
    const v = document.getElementById("text-view");
    const n = (sel) => v.querySelectorAll(sel).length;
    return {
      mentions: n('[part="mention"]:not([data-cont])'),
      quotes: n('[part="quote"]:not([data-cont])'),
      dates: n('[part="date"]:not([data-cont])'),
      text: v.querySelector(".lede-text") ? v.querySelector(".lede-text").textContent : null,
      values: [...v.querySelectorAll('[part="date"]:not([data-cont])')].map((d) => [Number(d.dataset.date), d.dataset.value]),
    };
  });
}

async function pastePlain(ctx, page, base, text) {
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#text");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
}

test("first open: a sample is loaded and analyzed, layout shown, nothing leaves the origin", async () => {
  const { page, errors, foreign, close } = await open();
  try {
    await waitShown(page);
    const text = await page.inputValue("#text");
    assert.ok(text.length > 200, "a sample article is in the input");
    const { json: a, name } = await exportJson(page);
    assert.equal(name, "lede-analysis.json");
    for (const k of CONTRACT_KEYS) assert.ok(k in a, `export has ${k}`);
    const d = await drawn(page);
    assert.equal(d.text, text, "the annotated view shows exactly the text");
    assert.equal(d.mentions, mentionsOf(text, a));
    assert.equal(d.quotes, drawable(text, a.quotes).length);
    assert.equal(d.dates, drawable(text, a.dates).length);
    // The layout panel and the date field show what the analysis found.
    const layout = await page.textContent("#layout-panel");
    assert.ok(layout.includes(`(${a.language},`), "language shown");
    if (a.layout.headline) assert.ok(layout.includes(a.layout.headline.text), "headline shown");
    assert.equal(await page.inputValue("#refdate"), a.reference_date || "");
    assert.equal(await page.textContent("#counts-entities"), String(a.entities.length));
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await screenshot(page, "page-light.png");
  } finally {
    await close();
  }
});

test("paste a sample (real clipboard): marks equal the analysis's mentions, quotes and dates", async () => {
  const { ctx, page, errors, foreign, close, base } = await open({ locale: "fr-FR" });
  try {
    const before = await waitShown(page);
    await pastePlain(ctx, page, base, SAMPLE_FR);
    await waitShown(page, before + 1);
    assert.equal(await page.inputValue("#text"), SAMPLE_FR);
    const { json: a } = await exportJson(page);
    const d = await drawn(page);
    assert.equal(d.text, SAMPLE_FR);
    assert.equal(d.mentions, mentionsOf(SAMPLE_FR, a), "one mark per mention");
    assert.equal(d.quotes, drawable(SAMPLE_FR, a.quotes).length, "one mark per quote");
    assert.equal(d.dates, drawable(SAMPLE_FR, a.dates).length, "one mark per date");
    for (const [i, v] of d.values) assert.equal(v, a.dates[i].value ?? "", "each date mark carries its value");
    assert.equal(a.language, "fr");
    // The reader can impose the language; the analysis follows.
    await page.selectOption("#langsel", "en");
    await waitShown(page, before + 2);
    const { json: forced } = await exportJson(page);
    assert.equal(forced.language, "en");
    assert.equal(forced.language_detected, false);
    // The interface follows the browser's language.
    assert.equal(await page.getAttribute("html", "lang"), "fr");
    assert.equal((await page.textContent("#input-h")).trim(), "Texte de l'article");
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("click an entity: all its mentions are highlighted (or the panel says there are none)", async () => {
  const { page, errors, close } = await open();
  try {
    await waitShown(page);
    const { json: a } = await exportJson(page);
    const text = await page.inputValue("#text");
    if (!a.entities.length) {
      assert.ok((await page.textContent("#entities-panel")).length > 0, "the panel says no entities were found");
      assert.equal((await drawn(page)).mentions, 0);
      return; // the fake-analysis tests cover highlighting until the extractor lands
    }
    const i = a.entities.findIndex((e) => drawable(text, e.mentions).length > 0);
    await page.click(`#text-view .lede-m[data-entity="${i}"]:not([data-cont]) >> nth=0`);
    const hl = await page.$$eval("#text-view .lede-m.hl:not([data-cont])", (els) => els.map((e) => Number(e.dataset.entity)));
    assert.equal(hl.length, drawable(text, a.entities[i].mentions).length);
    assert.ok(hl.every((k) => k === i));
    assert.equal(await page.getAttribute(`[data-select-entity="${i}"]`, "aria-pressed"), "true");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("change the article date: everything re-resolves, then the article's own date comes back", async () => {
  const { page, errors, close } = await open();
  try {
    let shown = await waitShown(page);
    const { json: a0 } = await exportJson(page);
    const base0 = a0.reference_date || "2020-01-15";
    const moved = new Date(Date.parse(base0 + "T00:00:00Z") + 400 * 864e5).toISOString().slice(0, 10);
    await page.fill("#refdate", moved);
    await page.dispatchEvent("#refdate", "change");
    shown = await waitShown(page, shown + 1);
    const { json: a1 } = await exportJson(page);
    assert.equal(a1.reference_date, moved);
    assert.equal(a1.reference_source, "option");
    assert.equal(await page.inputValue("#refdate"), moved, "the displayed date is the new one");
    assert.equal(await page.getAttribute("#refsource", "data-source"), "option");
    assert.ok(await page.isVisible("#refreset"), "a way back to the article's date is offered");
    // Every date resolved against the reference moved with it.
    for (let i = 0; i < Math.min(a0.dates.length, a1.dates.length); i++) {
      const [d0, d1] = [a0.dates[i], a1.dates[i]];
      if (d0.anchor && d0.anchor.kind === "reference" && /^\d/.test(d0.value || "")) assert.notEqual(d1.value, d0.value, `${d0.text} moved`);
    }
    const d = await drawn(page);
    for (const [i, v] of d.values) assert.equal(v, a1.dates[i].value ?? "", "marks show the new values");
    if (a0.reference_source === "dateline") {
      await page.click("#refreset");
      await waitShown(page, shown + 1);
      assert.equal(await page.inputValue("#refdate"), a0.reference_date);
      assert.equal(await page.getAttribute("#refsource", "data-source"), "dateline");
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("export: JSON is the contract, CSVs have one row per mention / quote / date, copy works", async () => {
  const { ctx, page, errors, close, base } = await open();
  try {
    await waitShown(page);
    const { json: a } = await exportJson(page);
    for (const k of CONTRACT_KEYS) assert.ok(k in a);
    assert.ok(Array.isArray(a.entities) && Array.isArray(a.quotes) && Array.isArray(a.dates));
    for (const e of a.entities) for (const k of ["type", "name", "mentions"]) assert.ok(k in e);
    for (const q of a.quotes) for (const k of ["kind", "start", "end", "text", "speaker", "cue"]) assert.ok(k in q);
    for (const d of a.dates) for (const k of ["type", "start", "end", "text", "value", "mod"]) assert.ok(k in d);
    const csv = async (what) => {
      const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-csv="${what}"]`)]);
      assert.equal(dl.suggestedFilename(), `lede-${what}.csv`);
      return readFileSync(await dl.path(), "utf8").replace(/^\ufeff/, "").split("\r\n").filter(Boolean);
    };
    const ents = await csv("entities");
    assert.ok(ents[0].startsWith("entity,type,name"));
    assert.equal(ents.length - 1, a.entities.reduce((n, e) => n + e.mentions.length, 0));
    // (The samples use \n line ends, so no quoted cell holds the \r\n row separator.)
    assert.equal((await csv("quotes")).length - 1, a.quotes.length);
    assert.equal((await csv("dates")).length - 1, a.dates.length);
    // Copy to the clipboard: the same JSON.
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
    await page.click("#copy-json");
    await page.waitForFunction(() => document.getElementById("status").textContent.length > 0);
    assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), a);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("hostile pastes run nothing: <img onerror>, <script>, as rich text and as plain text", async () => {
  const { ctx, page, errors, foreign, close, base } = await open();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  try {
    let shown = await waitShown(page);
    const evil =
      '<h1>Titre piégé</h1><img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>' +
      '<style>body{display:none}</style><p>Paris, le <b>2 mars</b> — « Bonjour », a dit Marie.</p>' +
      '<svg onload="window.__pwned=3"></svg><iframe src="javascript:window.__pwned=4"></iframe>';
    // 1. Rich text, through a paste event carrying text/html.
    await page.focus("#text");
    await page.keyboard.press("Control+A");
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData("text/html", html);
      dt.setData("text/plain", "fallback");
      document.getElementById("text").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    }, evil);
    shown = await waitShown(page, shown + 1);
    const value = await page.inputValue("#text");
    assert.equal(value, "Titre piégé\n\nParis, le 2 mars — « Bonjour », a dit Marie.", "clean article text");
    assert.deepEqual(errors, [], "step 1");
    // 2. The same markup through the real clipboard, as HTML.
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
    const n = errors.length;
    await page.evaluate(async (html) => {
      await navigator.clipboard.write([new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob(["x"], { type: "text/plain" }) })]);
    }, evil);
    // Chromium sanitizes HTML written through the async clipboard API by parsing it in
    // this page, which reports (and blocks) the handlers under the page's CSP: that is
    // the test planting the clipboard, not the page. Only what follows must be silent.
    await page.waitForTimeout(100);
    errors.splice(n);
    await page.focus("#text");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+V");
    shown = await waitShown(page, shown + 1);
    const pasted = await page.inputValue("#text");
    assert.ok(pasted.includes("Titre piégé") && !/onerror|<script|__pwned/.test(pasted), `clean text from the clipboard: ${pasted}`);
    assert.deepEqual(errors, [], "step 2");
    // 3. Plain text that looks like markup: shown as text, never parsed.
    await page.fill("#text", evil);
    shown = await waitShown(page, shown + 1);
    const d = await drawn(page);
    assert.equal(d.text, evil, "the markup is shown as text");
    assert.equal(await page.$$eval("#text-view img, #text-view script, #text-view iframe, #text-view svg", (e) => e.length), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "no handler ran");
    assert.equal(dialogs, 0);
    assert.deepEqual(foreign, []);
    assert.ok(!errors.some((e) => /x\b|pwned/.test(e)), `no attempt to load x: ${errors.join(" | ")}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("drop an .html file: the article is extracted (headline, paragraphs, no furniture)", async () => {
  const { page, errors, close } = await open();
  try {
    const shown = await waitShown(page);
    const html =
      "<html><head><title>Site</title><style>p{color:red}</style></head><body>" +
      "<nav><a href='/'>Accueil</a><a href='/sport'>Sport</a></nav>" +
      "<div class='share-bar'>Partager sur X</div>" +
      "<article><h1>Un titre</h1><p class='byline'>Par Jeanne Roux</p><p>Premier paragraphe, assez long pour compter comme texte d'article.</p>" +
      "<p>Second paragraphe.<br>Avec un retour à la ligne.</p><script>document.title='x'</script></article>" +
      "<aside>Les plus lus</aside><footer>Mentions légales</footer></body></html>";
    await page.evaluate((h) => {
      const dt = new DataTransfer();
      dt.items.add(new File([h], "article.html", { type: "text/html" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, html);
    await waitShown(page, shown + 1);
    assert.equal(
      await page.inputValue("#text"),
      "Un titre\n\nPar Jeanne Roux\n\nPremier paragraphe, assez long pour compter comme texte d'article.\n\nSecond paragraphe.\n\nAvec un retour à la ligne.",
    );
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("the analyzer failing is said in plain words, and the next input recovers, text intact", async () => {
  const { ctx, page, errors, close } = await open();
  try {
    await waitShown(page);
    await ctx.route("**/pkg/lede_bg.wasm", (r) => r.abort());
    await page.reload();
    await page.waitForFunction(() => document.getElementById("alert").textContent.length > 0, null, { timeout: 15000 });
    assert.equal(await page.getAttribute("body", "data-state"), "error");
    const text = await page.inputValue("#text");
    assert.ok(text.length > 100, "the text is still there");
    await ctx.unroute("**/pkg/lede_bg.wasm");
    await page.focus("#text");
    await page.keyboard.press("End");
    await page.keyboard.type(" Fin.");
    await waitShown(page, 1);
    assert.equal(await page.textContent("#alert"), "");
    assert.ok((await page.inputValue("#text")).endsWith(" Fin."));
    // Only the deliberately failed fetch may have logged.
    assert.deepEqual(errors.filter((e) => !/lede_bg\.wasm|Failed to load resource|Failed to fetch|ERR_FAILED/i.test(e)), []);
  } finally {
    await close();
  }
});

test("a long article stays responsive and is drawn completely", async () => {
  const { page, errors, close } = await open();
  try {
    const shown = await waitShown(page);
    const big = Array.from({ length: 120 }, (_, i) => SAMPLE_EN.replace("Council", `Council ${i}`)).join("\n\n");
    await page.evaluate((t) => {
      const ta = document.getElementById("text");
      ta.value = t;
      ta.dispatchEvent(new Event("input", { bubbles: true }));
    }, big);
    // The page answers while the worker works.
    const t0 = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - t0 < 1000, "main thread not blocked");
    await waitShown(page, shown + 1);
    const { json: a } = await exportJson(page);
    const d = await drawn(page);
    assert.equal(d.text, big);
    assert.equal(d.mentions, mentionsOf(big, a));
    assert.equal(await page.isHidden("#progress-box"), true, "progress hidden when done");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("screenshots: dark mode and phone width, no horizontal overflow on a phone", async () => {
  for (const [name, opts] of [
    ["page-dark.png", { colorScheme: "dark" }],
    ["page-phone.png", { viewport: { width: 375, height: 812 }, locale: "fr-FR" }],
  ]) {
    const { page, errors, foreign, close } = await open(opts);
    try {
      await waitShown(page);
      await screenshot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: no sideways scrolling (${overflow}px)`);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
    } finally {
      await close();
    }
  }
});

test("odd inputs (emoji, only quotation marks, control characters, one long line) render exactly", async () => {
  const { readdirSync } = await import("node:fs");
  const dir = join(ROOT, "tests/samples");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  texts.push("«««»»» “”“” \"\" ''", "\u0000\u0007\u001b[31m rouge \ud83d\ude00\ufeff", "x".repeat(300_000), "   \n\n\t  ", "😀".repeat(5000));
  const { page, errors, close } = await open();
  try {
    let shown = await waitShown(page);
    for (const t of texts) {
      await page.evaluate((v) => {
        const ta = document.getElementById("text");
        ta.value = v;
        ta.dispatchEvent(new Event("input", { bubbles: true }));
      }, t);
      shown = await waitShown(page, shown + 1);
      const { json: a } = await exportJson(page);
      const d = await drawn(page);
      const v = await page.inputValue("#text");
      if (v.trim()) assert.equal(d.text, v, "the text view is the text");
      assert.equal(d.mentions, mentionsOf(v, a));
      assert.equal(d.quotes, drawable(v, a.quotes).length);
      assert.equal(d.dates, drawable(v, a.dates).length);
      assert.equal(await page.textContent("#alert"), "");
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("open a .txt file with the file button; an unsupported file is refused in plain words", async () => {
  const { page, errors, close } = await open({ locale: "fr-FR" });
  try {
    const shown = await waitShown(page);
    await page.setInputFiles("#file", { name: "depeche.txt", mimeType: "text/plain", buffer: Buffer.from(SAMPLE_FR, "utf8") });
    await waitShown(page, shown + 1);
    assert.equal(await page.inputValue("#text"), SAMPLE_FR);
    const { json: a } = await exportJson(page);
    assert.equal((await drawn(page)).mentions, mentionsOf(SAMPLE_FR, a));
    await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
    await page.waitForFunction(() => document.getElementById("alert").textContent.includes("photo.png"));
    assert.equal(await page.inputValue("#text"), SAMPLE_FR, "the text is kept");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
