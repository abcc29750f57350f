// The shared renderer (www/render.js) and the HTML extractor (www/extract.js), tested in
// the browser with hand-made analyses: nesting, crossing spans, UTF-16 offsets, bad spans,
// hostile text, CSV export, TIMEX3 ranges.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { open, stopServer } from "./helpers.mjs";

after(stopServer);

test("annotated text: nested and crossing spans, emoji offsets, bad spans, text kept exact", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { renderText, countDrawableMentions } = await import("./render.js");
      const { strings } = await import("./i18n.js");
      // 0         1         2         3         4         5         6
      // 0123456789012345678901234567890123456789012345678901234567890123456
      const text = "😀 Marie Curie a dit « hier à Paris, <img src=x onerror=alert(1)> » puis partit.";
      const at = (s) => text.indexOf(s);
      const span = (s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
      const qStart = at("hier");
      const qEnd = at(" »");
      const analysis = {
        language: "fr",
        entities: [
          { id: 0, type: "PER", name: "Marie Curie", mentions: [span("Marie Curie")], roles: [], salience: 1 },
          { id: 1, type: "LOC", name: "Paris", mentions: [span("Paris")], roles: [], salience: 0.5 },
          // Crosses the quote's end: must be split, counted once.
          { id: 2, type: "MISC", name: "x", mentions: [{ start: qEnd - 3, end: qEnd + 6, text: "" }], roles: [], salience: 0.1 },
          // Out of range, and empty: skipped.
          { id: 3, type: "ORG", name: "bad", mentions: [{ start: 5, end: 5000, text: "" }, { start: 7, end: 7, text: "" }], roles: [], salience: 0 },
        ],
        quotes: [
          { kind: "direct", start: qStart, end: qEnd, text: text.slice(qStart, qEnd), speaker: { name: "Marie Curie", entity: 0, ...span("Marie Curie") }, cue: span("a dit") },
        ],
        dates: [{ type: "DATE", ...span("hier"), value: "2020-01-01", mod: null, anchor: { kind: "reference", value: "2020-01-02" } }],
      };
      const root = renderText(text, analysis, strings("fr"));
      document.body.append(root);
      const q = root.querySelector('[part="quote"]');
      const d = root.querySelector('[part="date"]');
      const paris = root.querySelector('[data-entity="1"]');
      const pieces = [...root.querySelectorAll('[data-entity="2"]')];
      const marie = root.querySelector('[data-entity="0"]');
      return {
        same: root.textContent === text,
        mentionsDrawn: root.querySelectorAll('[part="mention"]:not([data-cont])').length,
        drawable: countDrawableMentions(text, analysis),
        dateInQuote: q.contains(d),
        mentionInQuote: q.contains(paris),
        marieText: marie.textContent,
        marieInSpeaker: !!marie.closest(".lede-spk"),
        pieces: pieces.map((p) => [p.textContent, p.hasAttribute("data-cont"), p.hasAttribute("data-more")]),
        dateValue: d.dataset.value,
        dateTitle: d.title,
        imgs: root.querySelectorAll("img").length,
        firstStop: root.querySelector('[tabindex="0"]') === marie,
        by: q.dataset.by,
      };
    });
    assert.equal(r.same, true, "text content is the text, labels come from CSS");
    assert.equal(r.mentionsDrawn, 3);
    assert.equal(r.drawable, 3);
    assert.equal(r.dateInQuote, true);
    assert.equal(r.mentionInQuote, true);
    assert.equal(r.marieText, "Marie Curie", "UTF-16 offsets after an emoji");
    assert.equal(r.marieInSpeaker, true);
    assert.deepEqual(r.pieces, [["1)>", false, true], [" » pui", true, false]]);
    assert.equal(r.pieces.length, 2, "a crossing mention is split in two");
    assert.equal(r.pieces[0][2], true, "first piece: data-more");
    assert.equal(r.pieces[1][1], true, "second piece: data-cont");
    assert.equal(r.dateValue, "2020-01-01");
    assert.match(r.dateTitle, /2020-01-01/);
    assert.equal(r.imgs, 0);
    assert.equal(r.firstStop, true, "one tab stop, on the first mark");
    assert.equal(r.by, "— Marie Curie");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("many spans: 20 000 marks draw in slices, still exact", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { createAnnotator } = await import("./render.js");
      const { strings } = await import("./i18n.js");
      const word = "Paris « vite » ";
      const text = word.repeat(10000);
      const mentions = [];
      const quotes = [];
      for (let i = 0; i < 10000; i++) {
        const o = i * word.length;
        mentions.push({ start: o, end: o + 5, text: "Paris" });
        quotes.push({ kind: "direct", start: o + 8, end: o + 12, text: "vite", speaker: null, cue: null });
      }
      const a = createAnnotator(text, { entities: [{ type: "LOC", name: "Paris", mentions }], quotes, dates: [] }, strings("en"));
      let steps = 0;
      const t0 = performance.now();
      while (a.step(1000) < 1) steps++;
      return { steps, ms: performance.now() - t0, same: a.root.textContent === text, marks: a.root.querySelectorAll(".lede-m, .lede-q").length };
    });
    assert.ok(r.steps >= 19, `drawn in slices (${r.steps})`);
    assert.equal(r.same, true);
    assert.equal(r.marks, 20000);
    assert.ok(r.ms < 5000, `fast enough: ${r.ms} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("HTML extraction: article picked, furniture dropped, snippets kept", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { htmlToText } = await import("./extract.js");
      const page1 =
        "<header class='site-header'><a>Le Quotidien</a><nav>Une · Sport · Culture</nav></header>" +
        "<main><div class='cookie-banner'>Nous utilisons des cookies</div><h1>Le titre du jour</h1>" +
        "<div class='story'><p>Premier paragraphe de l'article, avec du <a href='#'>lien</a> et de l'<em>emphase</em>.</p>" +
        "<figure><img src='a.jpg' alt='photo'><figcaption>Photo : Jean Dupont</figcaption></figure>" +
        "<p>Deuxième paragraphe.</p><div class='related-articles'><p>À lire aussi</p></div></div></main>" +
        "<footer>© 2025</footer>";
      // No <article>, no <main>: the element with the most paragraph text wins.
      const page2 =
        "<div id='menu'><ul><li>Home</li><li>World</li></ul></div><h1>Headline here</h1>" +
        "<div class='body'><p>" + "A long paragraph of the story. ".repeat(6) + "</p><p>Second one.</p></div>" +
        "<div class='sidebar'><p>Most read</p></div>";
      return {
        a: htmlToText(page1),
        b: htmlToText(page2),
        c: htmlToText("Juste <b>du gras</b> et <i>de l'italique</i>"),
        d: htmlToText("<table><tr><td>a</td><td>b</td></tr></table><p>x&nbsp;y</p>"),
        e: htmlToText(""),
      };
    });
    assert.equal(
      r.a,
      "Le titre du jour\n\nPremier paragraphe de l'article, avec du lien et de l'emphase.\n\nPhoto : Jean Dupont\n\nDeuxième paragraphe.",
    );
    assert.equal(r.b, `Headline here\n\n${"A long paragraph of the story. ".repeat(6).trim()}\n\nSecond one.`);
    assert.equal(r.c, "Juste du gras et de l'italique");
    assert.equal(r.d, "a b\n\nx\u00a0y");
    assert.equal(r.e, "");
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("CSV export neutralizes formulas and quotes cells; TIMEX3 values become day ranges", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { toCsv, valueRange } = await import("./render.js");
      const a = {
        entities: [{ type: "ORG", name: "=HYPERLINK(\"x\")", salience: 1, roles: [{ text: "a, b" }], mentions: [{ start: 0, end: 3, text: "@x" }] }],
        quotes: [{ kind: "direct", start: 1, end: 2, text: 'il a dit "non"', speaker: { name: "Ana", entity: 0 }, cue: { text: "a dit" } }],
        dates: [{ type: "DATE", start: 0, end: 4, text: "hier", value: "2020-01-01", mod: null }],
      };
      const day = (s) => Date.parse(s + "T00:00:00Z") / 864e5;
      return {
        ents: toCsv(a, "entities"),
        quotes: toCsv(a, "quotes"),
        dates: toCsv(a, "dates"),
        week: valueRange("2020-W01").map((d) => d - day("2019-12-30")),
        month: valueRange("2019-02").map((d) => d - day("2019-02-01")),
        year: valueRange("2018").map((d) => d - day("2018-01-01")),
        present: valueRange("PRESENT_REF", "2020-05-05").map((d) => d - day("2020-05-05")),
        dur: valueRange("P3W"),
        fall: valueRange("2025-FA").map((d) => d - day("2025-09-01")),
        winter: valueRange("2025-WI").map((d) => d - day("2025-12-01")),
        time: valueRange("2025-03-03T09:15").map((d) => d - day("2025-03-03")),
      };
    });
    assert.equal(r.ents.split("\r\n")[1], `0,ORG,"'=HYPERLINK(""x"")",1,"a, b",0,3,'@x`);
    assert.equal(r.quotes.split("\r\n")[1], `0,direct,1,2,"il a dit ""non""",Ana,0,a dit`);
    assert.equal(r.dates.split("\r\n")[1], "0,DATE,0,4,hier,2020-01-01,");
    assert.deepEqual(r.week, [0, 6]);
    assert.deepEqual(r.month, [0, 27]);
    assert.deepEqual(r.year, [0, 364]);
    assert.deepEqual(r.present, [0, 0]);
    assert.equal(r.dur, null);
    assert.deepEqual(r.fall, [0, 90]);
    assert.deepEqual(r.winter, [0, 89]);
    assert.deepEqual(r.time, [0, 0]);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("palette: text on every mark, chip and panel at WCAG AA (4.5:1), light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, close } = await open({ colorScheme });
    try {
      await page.waitForSelector(".lede-legend .lede-m");
      const pairs = await page.evaluate(() => {
        const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
        const bgOf = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (!/rgba\(.*,\s*0\)$/.test(c) && c !== "transparent") return c;
          }
          return "rgb(255, 255, 255)";
        };
        const out = [];
        for (const m of document.querySelectorAll(".lede-legend .lede-m, .lede-legend .lede-d")) {
          out.push([`${m.dataset.type || "date"} text`, getComputedStyle(m).color, bgOf(m)]);
          const after = getComputedStyle(m, "::after");
          if (after.content && after.content !== "none") out.push([`${m.dataset.type} label`, after.color, after.backgroundColor]);
        }
        const hint = document.querySelector(".hint");
        out.push(["hint", getComputedStyle(hint).color, bgOf(hint)]);
        return out.map(([k, a, b]) => [k, rgb(a), rgb(b)]);
      });
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      assert.ok(pairs.length >= 10);
      for (const [what, fg, bg] of pairs) {
        const r = ratio(fg, bg);
        assert.ok(r >= 4.5, `${colorScheme}: ${what} contrast ${r.toFixed(2)} (${fg} on ${bg})`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test("a long text is drawn in blocks cut at paragraph ends; a quote across a cut is split, counted once", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { renderText, CHUNK } = await import("./render.js");
      const { strings } = await import("./i18n.js");
      const para = "Une phrase de remplissage pour faire un long paragraphe. ".repeat(40);
      const text = Array.from({ length: Math.ceil((3 * CHUNK) / para.length) }, () => para).join("\n\n");
      const cut = text.indexOf("\n\n", CHUNK) + 2; // where the first block ends
      const q = { kind: "direct", start: cut - 30, end: cut + 30, text: "", speaker: null, cue: null };
      const root = renderText(text, { entities: [], quotes: [q], dates: [] }, strings("fr"));
      return {
        same: root.textContent === text,
        blocks: root.querySelectorAll(":scope > .lede-chunk").length,
        firstEnd: root.querySelector(".lede-chunk").textContent.length === cut,
        quotes: root.querySelectorAll('[part="quote"]:not([data-cont])').length,
        pieces: root.querySelectorAll('[part="quote"]').length,
      };
    });
    assert.equal(r.same, true);
    assert.ok(r.blocks >= 3, `blocks: ${r.blocks}`);
    assert.equal(r.firstEnd, true, "blocks end after a paragraph break");
    assert.equal(r.quotes, 1);
    assert.equal(r.pieces, 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("panels list at most PANEL_MAX items and say how many they leave out", async () => {
  const { page, errors, close } = await open({ path: "embed.html" });
  try {
    const r = await page.evaluate(async () => {
      const { renderQuotes, renderTimeline, renderEntities, PANEL_MAX } = await import("./render.js");
      const { strings } = await import("./i18n.js");
      const S = strings("en");
      const n = PANEL_MAX + 700;
      const quotes = Array.from({ length: n }, (_, i) => ({ kind: "direct", start: i, end: i + 1, text: "q", speaker: { name: "Ana", entity: 0, start: 0, end: 1 }, cue: null }));
      const dates = Array.from({ length: n }, (_, i) => ({ type: "DATE", start: i, end: i + 1, text: "d", value: "2020-01-01", mod: null }));
      const entities = Array.from({ length: n }, (_, i) => ({ type: "PER", name: `P${i}`, mentions: [], roles: [], salience: n - i }));
      const t0 = performance.now();
      const q = renderQuotes({ quotes }, S);
      const d = renderTimeline({ dates, reference_date: "2020-01-02" }, S, 600);
      const e = renderEntities({ entities }, S);
      return {
        ms: performance.now() - t0,
        max: PANEL_MAX,
        quotes: q.querySelectorAll("blockquote").length,
        quoteCount: q.querySelector(".lede-count").textContent,
        quoteMore: q.querySelector(".lede-more").textContent,
        dateRows: d.querySelectorAll(".lede-date-btn").length,
        svgItems: d.querySelectorAll(".lede-tl-item").length,
        entRows: e.querySelectorAll(".lede-ent-btn").length,
        entHeading: e.querySelector("h4").textContent,
        firstEnt: e.querySelector(".lede-ent-name").textContent,
      };
    });
    assert.equal(r.quotes, r.max);
    assert.equal(r.quoteCount, `${r.max + 700} quotes`, "the speaker's count is the full one");
    assert.match(r.quoteMore, /700 more/);
    assert.equal(r.dateRows, r.max);
    assert.equal(r.svgItems, r.max);
    assert.equal(r.entRows, r.max);
    assert.equal(r.entHeading, `People (${r.max + 700})`);
    assert.equal(r.firstEnt, "P0", "the most salient are kept");
    assert.ok(r.ms < 3000, `${r.ms} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
