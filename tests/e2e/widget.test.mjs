// End-to-end tests of the <lede-analyzer> widget (www/embed.html) and of the JS API
// (www/lede.js), against the real WebAssembly core.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { open, screenshot, stopServer } from "./helpers.mjs";

after(stopServer);

async function openEmbed(opts) {
  const o = await open({ ...opts, path: "embed.html" });
  await o.page.waitForFunction(() => ["full", "compact"].every((id) => document.getElementById(id).analysis), null, { timeout: 20000 });
  return o;
}

test("the widget analyzes its text: marks match its analysis, the event reaches the page", async () => {
  const { page, errors, foreign, close } = await openEmbed();
  try {
    const r = await page.evaluate(() => {
      const out = {};
      for (const id of ["full", "compact"]) {
        const el = document.getElementById(id);
        const a = el.analysis;
        const text = el.hasAttribute("text") ? el.getAttribute("text") : el.textContent;
        const root = el.shadowRoot;
        const valid = (s) => s.start >= 0 && s.end <= text.length && s.start < s.end;
        out[id] = {
          textShown: root.querySelector('[part="text"]').textContent === text,
          mentions: root.querySelectorAll('[part="text"] [part="mention"]:not([data-cont])').length,
          expectedMentions: a.entities.reduce((n, e) => n + e.mentions.filter(valid).length, 0),
          quotes: root.querySelectorAll('[part="text"] [part="quote"]:not([data-cont])').length,
          expectedQuotes: a.quotes.filter(valid).length,
          dates: root.querySelectorAll('[part="text"] [part="date"]:not([data-cont])').length,
          expectedDates: a.dates.filter(valid).length,
          hooks: [...root.querySelectorAll('[part="text"] [part="mention"]')].every((m) => ["PER", "ORG", "LOC", "MISC"].includes(m.dataset.type)) &&
            [...root.querySelectorAll('[part="text"] [part="quote"]')].every((q) => ["direct", "indirect"].includes(q.dataset.kind)) &&
            [...root.querySelectorAll('[part="text"] [part="date"]')].every((d) => d.hasAttribute("data-value")),
          panels: !!root.querySelector(".side"),
          reference: a.reference_date,
          language: a.language,
        };
      }
      out.log = document.getElementById("event-log").textContent;
      return out;
    });
    for (const id of ["full", "compact"]) {
      assert.ok(r[id].textShown, `${id}: text shown as is`);
      assert.equal(r[id].mentions, r[id].expectedMentions, `${id}: mentions`);
      assert.equal(r[id].quotes, r[id].expectedQuotes, `${id}: quotes`);
      assert.equal(r[id].dates, r[id].expectedDates, `${id}: dates`);
      assert.ok(r[id].hooks, `${id}: stable hooks`);
    }
    assert.equal(r.full.panels, true, "full mode has panels");
    assert.equal(r.compact.panels, false, "compact mode has none");
    assert.equal(r.full.reference, "2025-03-03", "reference-date attribute used");
    assert.equal(r.compact.language, "fr", "lang attribute used");
    assert.match(r.log, /^lede-analyzed from #/);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await screenshot(page, "embed.png");
  } finally {
    await close();
  }
});

test("styles stay inside the widget, and the host's stay outside", async () => {
  const { page, errors, close } = await openEmbed();
  try {
    const r = await page.evaluate(() => {
      const cs = (el, pseudo) => getComputedStyle(el, pseudo);
      const full = document.getElementById("full").shadowRoot;
      const compact = document.getElementById("compact");
      const inMark = full.querySelector('.lede-legend .lede-m[data-type="PER"]');
      const inSpan = full.querySelector('.lede-legend .lede-q[data-kind="direct"]');
      const hostMark = document.getElementById("host-mark");
      const hostSpan = document.getElementById("host-span");
      return {
        inMarkBg: cs(inMark).backgroundColor,
        inMarkLabel: cs(inMark, "::after").content,
        inSpanTransform: cs(inSpan).textTransform,
        inSpanDecoration: cs(inSpan).textDecorationLine,
        inLineHeight: cs(full.querySelector(".summary")).textAlign,
        hostMarkBg: cs(hostMark).backgroundColor,
        hostMarkLabel: cs(hostMark, "::after").content,
        hostSpanDecoration: cs(hostSpan).textDecorationLine,
        hostSpanTransform: cs(hostSpan).textTransform,
        themed: getComputedStyle(compact.shadowRoot.querySelector(".frame")).getPropertyValue("--lede-per").trim(),
        themedFont: getComputedStyle(compact.shadowRoot.querySelector(".frame")).fontFamily,
        partStyled: getComputedStyle(compact.shadowRoot.querySelector('[part="text"]')).letterSpacing,
        partUnstyled: getComputedStyle(full.querySelector('[part="text"]')).letterSpacing,
      };
    });
    // The host's `mark { background: #ffe36e }` and `span { text-transform: uppercase }`
    // do not reach the widget's marks…
    assert.equal(r.inMarkBg, "rgb(220, 235, 248)");
    assert.equal(r.inMarkLabel, '"PER"');
    assert.equal(r.inSpanTransform, "none");
    assert.equal(r.inSpanDecoration, "underline");
    assert.notEqual(r.inLineHeight, "justify", "the host's p { text-align: justify } stays out");
    // …and the widget's .lede-m / .lede-q rules do not reach the host's elements of the same class.
    assert.equal(r.hostMarkBg, "rgb(255, 227, 110)");
    assert.equal(r.hostMarkLabel, "none");
    assert.equal(r.hostSpanDecoration, "none");
    assert.equal(r.hostSpanTransform, "uppercase");
    // Custom properties are the theming door, on purpose.
    assert.equal(r.themed, "#7a1f1f");
    assert.match(r.themedFont, /Georgia/);
    assert.notEqual(r.partStyled, r.partUnstyled, "::part(text) styles reach the part…");
    assert.equal(r.partUnstyled, "normal", "…of that element only");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("analyze() resolves with the analysis, fires lede-analyzed, and attributes re-analyze", async () => {
  const { page, errors, close } = await openEmbed();
  try {
    const r = await page.evaluate(async () => {
      const el = document.getElementById("compact");
      let fired = null;
      el.addEventListener("lede-analyzed", (e) => (fired = e.detail), { once: true });
      const a = await el.analyze("Le maire de Lyon a parlé hier.", { referenceDate: "2020-02-29" });
      const same = fired === a;
      const next = new Promise((res) => el.addEventListener("lede-analyzed", (e) => res(e.detail), { once: true }));
      el.setAttribute("reference-date", "2021-06-01");
      const b = await next;
      const modeFull = new Promise((res) => setTimeout(res, 50));
      el.setAttribute("mode", "full");
      await modeFull;
      return { ref: a.reference_date, src: a.reference_source, same, ref2: b.reference_date, panels: !!el.shadowRoot.querySelector(".side") };
    });
    assert.equal(r.ref, "2020-02-29");
    assert.equal(r.src, "option");
    assert.equal(r.same, true, "the event carries the analysis");
    assert.equal(r.ref2, "2021-06-01");
    assert.equal(r.panels, true, "mode switch redraws");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("bad options: analyze() rejects with a clear Error, the widget says so, then recovers", async () => {
  const { page, errors, close } = await openEmbed();
  try {
    const r = await page.evaluate(async () => {
      const el = document.getElementById("compact");
      let message = null;
      try {
        await el.analyze("Un texte.", { referenceDate: "31/12/2020" });
      } catch (e) {
        message = e instanceof Error ? e.message : `not an Error: ${e}`;
      }
      const alert = el.shadowRoot.querySelector('[role="alert"]');
      const shown = alert ? alert.textContent : null;
      await el.analyze("Un autre texte.", { referenceDate: "2020-12-31" });
      return { message, shown, recovered: !el.shadowRoot.querySelector('[role="alert"]') && el.shadowRoot.querySelector('[part="text"]').textContent === "Un autre texte." };
    });
    assert.match(r.message, /YYYY-MM-DD/);
    assert.ok(r.shown && r.shown.includes("YYYY-MM-DD"));
    assert.equal(r.recovered, true);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("the JS API: import { analyze } from lede.js", async () => {
  const { page, errors, close } = await openEmbed();
  try {
    const r = await page.evaluate(async () => {
      const api = await import("./lede.js");
      const a = await api.analyze("WASHINGTON — The president spoke on Monday.\n\nMore text here.", { referenceDate: "2024-05-08" });
      return { keys: Object.keys(a).sort(), ref: a.reference_date, lang: a.language, version: api.version() };
    });
    for (const k of ["dates", "entities", "language", "layout", "quotes", "reference_date", "stats"]) assert.ok(r.keys.includes(k));
    assert.equal(r.ref, "2024-05-08");
    assert.equal(r.lang, "en");
    assert.match(r.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
