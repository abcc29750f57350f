// The one renderer shared by the page (index.html) and the <lede-analyzer> widget:
// the annotated text (displaCy style), the panels, the timeline, and the highlighting.
//
// Safety: every piece of the article and of the analysis goes into the DOM as a text node
// or an attribute value (createElement / append / setAttribute). Nothing here ever writes
// HTML, so pasted `<img onerror=…>` or `<script>` stays inert text.
//
// Offsets in the analysis are UTF-16 code units (what String.slice uses), end exclusive.
// Spans that fall outside the text or are empty are skipped rather than trusted.

export const TYPES = ["PER", "ORG", "LOC", "MISC"];

const SVG = "http://www.w3.org/2000/svg";

/** createElement with attributes and children (strings become text nodes, never HTML). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const c of children) if (c != null && c !== false) el.append(c);
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  for (const c of children) if (c != null) el.append(c);
  return el;
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
}

/**
 * Panels list at most this many items (entities, quotes, dates): past that, a list is no
 * longer read, and drawing tens of thousands of rows would freeze the page. The text view
 * and the exports always have everything; the panel says how many it leaves out.
 */
export const PANEL_MAX = 300;

function more(S, n) {
  return h("p", { class: "lede-empty lede-more" }, S.more(n));
}

/** A stable key for a quote's speaker: the entity index when there is one, else its name. */
export function speakerKey(q) {
  const sp = q && q.speaker;
  if (!sp) return "none";
  if (Number.isInteger(sp.entity)) return `e${sp.entity}`;
  return `n:${String(sp.name || "").toLowerCase()}`;
}

function validSpan(o, n) {
  return (
    o && Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.end <= n && o.start < o.end
  );
}

// Nesting order when two spans start together: the longer one outside; on equal spans,
// a quote holds a speaker, which holds a mention, which holds a date, which holds a cue.
// Chunks (blocks of a long text) hold everything; layout parts (headline, date line,
// byline…) hold the rest.
const RANK = { chunk: -2, layout: -1, quote: 0, speaker: 1, mention: 2, date: 3, cue: 4 };

/** Texts longer than this (UTF-16 units) are drawn in blocks of about this size. */
export const CHUNK = 20000;

/** Every span the text view draws, with what it stands for. */
export function collectSpans(text, analysis) {
  const n = text.length;
  const out = [];
  const add = (o, kind, extra) => {
    if (validSpan(o, n)) out.push({ start: o.start, end: o.end, origStart: o.start, origEnd: o.end, rank: RANK[kind], kind, ...extra });
  };
  // A long text is cut into blocks at paragraph ends, so the browser lays out (and, with
  // `content-visibility: auto`, renders) only the blocks in view, instead of one giant block.
  if (n > CHUNK) {
    for (let a = 0; a < n; ) {
      let b = a + CHUNK;
      if (b >= n) b = n;
      else {
        const nl = text.indexOf("\n", b);
        b = nl < 0 ? n : nl + 1;
        while (b < n && text.charCodeAt(b) === 10) b++;
      }
      add({ start: a, end: b }, "chunk", {});
      a = b;
    }
  }
  const L = analysis.layout || {};
  if (L.headline) add(L.headline, "layout", { role: "headline" });
  if (L.dateline) add(L.dateline, "layout", { role: "dateline" });
  if (L.byline) add(L.byline, "layout", { role: "byline" });
  if (L.place) add(L.place, "layout", { role: "place" });
  for (const c of L.captions || []) add(c, "layout", { role: "caption" });
  (analysis.quotes || []).forEach((q, i) => {
    add(q, "quote", { index: i });
    if (q.speaker) add(q.speaker, "speaker", { index: i });
    if (q.cue) add(q.cue, "cue", { index: i });
  });
  (analysis.entities || []).forEach((e, i) => {
    for (const m of e.mentions || []) add(m, "mention", { index: i });
  });
  (analysis.dates || []).forEach((d, i) => add(d, "date", { index: i }));
  out.sort(order);
  return out;
}

function order(a, b) {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** The mentions the text view will draw (valid spans only): what tests compare against. */
export function countDrawableMentions(text, analysis) {
  let k = 0;
  for (const e of analysis.entities || []) for (const m of e.mentions || []) if (validSpan(m, text.length)) k++;
  return k;
}

/** A tiny binary heap, for the pieces of spans that cross a boundary and must be split. */
class Heap {
  constructor(cmp) {
    this.a = [];
    this.cmp = cmp;
  }
  get size() {
    return this.a.length;
  }
  peek() {
    return this.a[0];
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cmp(a[i], a[p]) >= 0) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.cmp(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.cmp(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Builds the annotated text into a new element, a slice at a time.
 *
 * Returns `{ root, step(budget) }`: each `step` draws up to `budget` spans and returns the
 * fraction done (1 when finished), so a caller can draw a long article across frames and
 * show progress. Spans that cross (a mention running past the end of a quote) are split at
 * the boundary: the later pieces carry `data-cont`, the earlier ones `data-more`, so each
 * mention still counts once (`[part=mention]:not([data-cont])`).
 *
 * The element's text content is exactly `text`: labels are drawn by CSS from attributes.
 */
export function createAnnotator(text, analysis, S) {
  const root = h("div", { class: "lede-text", lang: analysis.language && analysis.language !== "und" ? analysis.language : null });
  const spans = collectSpans(text, analysis);
  const total = spans.length || 1;
  const heap = new Heap(order);
  const stack = [];
  const entities = analysis.entities || [];
  const quotes = analysis.quotes || [];
  const dates = analysis.dates || [];
  let i = 0;
  let pos = 0;
  let drawn = 0;
  let done = false;

  const parent = () => (stack.length ? stack[stack.length - 1].el : root);
  const emit = (upto) => {
    if (upto > pos) {
      parent().append(text.slice(pos, upto));
      pos = upto;
    }
  };
  const closeTo = (at) => {
    while (stack.length && stack[stack.length - 1].end <= at) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
  };

  const make = (sp, start, end) => {
    const cont = start > sp.origStart ? true : null;
    const more = end < sp.origEnd ? true : null;
    const common = { "data-cont": cont, "data-more": more };
    if (sp.kind === "mention") {
      const e = entities[sp.index] || {};
      const type = TYPES.includes(e.type) ? e.type : "MISC";
      return h("mark", {
        ...common,
        class: "lede-m",
        part: "mention",
        role: "button",
        tabindex: "-1",
        "data-type": type,
        "data-label": type,
        "data-entity": sp.index,
        title: `${S.type1[type]} · ${e.name || ""}`,
      });
    }
    if (sp.kind === "quote") {
      const q = quotes[sp.index] || {};
      const kind = q.kind === "indirect" ? "indirect" : "direct";
      const who = q.speaker && q.speaker.name ? q.speaker.name : null;
      return h("span", {
        ...common,
        class: "lede-q",
        part: "quote",
        tabindex: "-1",
        "data-kind": kind,
        "data-quote": sp.index,
        "data-speaker": speakerKey(q),
        "data-by": who ? `— ${who}` : null,
        title: `${S.quoteMark} (${S[kind]}) · ${S.said} ${who || S.unknownSpeaker}`,
      });
    }
    if (sp.kind === "date") {
      const d = dates[sp.index] || {};
      const v = typeof d.value === "string" ? d.value : "";
      const kind = S.kinds[d.type] || S.dateMark;
      return h("mark", {
        ...common,
        class: "lede-d",
        part: "date",
        tabindex: "-1",
        "data-value": v,
        "data-date": sp.index,
        "data-tip": v ? `${kind} → ${v}${d.mod ? ` (${d.mod})` : ""}` : `${kind}: ${S.unresolved}`,
        title: `${kind} · ${v ? `${S.resolved} ${v}` : S.unresolved}`,
      });
    }
    if (sp.kind === "chunk") return h("div", { ...common, class: "lede-chunk" });
    if (sp.kind === "layout") {
      return h("span", { ...common, class: "lede-lay", part: `layout ${sp.role}`, "data-role": sp.role, title: S[sp.role] || null });
    }
    if (sp.kind === "speaker") {
      return h("span", { ...common, class: "lede-spk", part: "speaker", "data-quote": sp.index });
    }
    return h("span", { ...common, class: "lede-cue", part: "cue", "data-quote": sp.index });
  };

  const step = (budget = Infinity) => {
    if (done) return 1;
    let k = 0;
    while (k < budget) {
      let next;
      const top = heap.peek();
      if (i < spans.length && (!top || order(spans[i], top) <= 0)) next = spans[i++];
      else if (top) next = heap.pop();
      else break;
      let start = Math.max(next.start, pos);
      let end = next.end;
      if (start >= end) continue;
      closeTo(start);
      const outer = stack[stack.length - 1];
      if (outer && outer.end < end) {
        // Crossing spans: draw the part inside `outer` now, the rest after it closes.
        heap.push({ ...next, start: outer.end });
        end = outer.end;
      }
      emit(start);
      const el = make(next, start, end);
      parent().append(el);
      stack.push({ el, end });
      k++;
      drawn++;
    }
    if (i >= spans.length && heap.size === 0) {
      closeTo(Infinity);
      emit(text.length);
      done = true;
      const first = root.querySelector(FOCUSABLE);
      if (first) first.setAttribute("tabindex", "0");
      return 1;
    }
    return Math.min(0.99, drawn / total);
  };
  return { root, step };
}

/** What the reader can move through with the arrow keys in the text. */
export const FOCUSABLE = ".lede-m:not([data-cont]), .lede-q:not([data-cont]), .lede-d:not([data-cont])";

/** Draws the annotated text at once (small texts, the widget). */
export function renderText(text, analysis, S) {
  const a = createAnnotator(text, analysis, S);
  a.step();
  return a.root;
}

/**
 * Selection: click (or Enter on) a mention → all mentions of its entity are highlighted;
 * a speaker → all their quotes (and their mentions). Works for any number of text and
 * panel containers; buttons in panels carry `data-select-entity` / `data-select-speaker`.
 */
export class Highlighter {
  constructor({ announce } = {}) {
    this.texts = [];
    this.panels = [];
    this.current = null;
    this.announce = announce || (() => {});
  }

  /** Wires the annotated text: clicks, keyboard (roving focus with the arrow keys). */
  attachText(root, analysis, S) {
    this.texts = [root];
    this.analysis = analysis;
    this.S = S;
    root.addEventListener("click", (ev) => this.#activate(ev.target));
    root.addEventListener("keydown", (ev) => {
      const t = ev.target;
      if (ev.key === "Escape" && this.current) {
        this.toggle(this.current); // toggling the current selection clears it
        return;
      }
      if (!(t instanceof Element) || !t.matches(FOCUSABLE)) return;
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        this.#activate(t);
        return;
      }
      const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
      if (!(ev.key in moves)) return;
      ev.preventDefault();
      const all = [...root.querySelectorAll(FOCUSABLE)];
      const k = all.indexOf(t);
      const m = moves[ev.key];
      const j = m === "first" ? 0 : m === "last" ? all.length - 1 : Math.max(0, Math.min(all.length - 1, k + m));
      focusMark(all, all[j]);
    });
    // Pointing at (or focusing) a quote lights up its speaker and its verb of saying.
    let linked = [];
    const link = (ev) => {
      for (const el of linked) el.classList.remove("lede-linked");
      linked = [];
      const q = ev.target instanceof Element ? ev.target.closest(".lede-q") : null;
      if (!q || ev.type === "mouseout" || ev.type === "focusout") return;
      const i = q.getAttribute("data-quote");
      linked = [...root.querySelectorAll(`.lede-spk[data-quote="${i}"], .lede-cue[data-quote="${i}"]`)];
      for (const el of linked) el.classList.add("lede-linked");
    };
    for (const type of ["mouseover", "mouseout", "focusin", "focusout"]) root.addEventListener(type, link);
    root.addEventListener("focusin", (ev) => {
      const t = ev.target;
      if (t instanceof Element && t.matches(FOCUSABLE) && t.getAttribute("tabindex") !== "0") {
        focusMark([...root.querySelectorAll('[tabindex="0"]')], t, false);
      }
    });
    this.#apply();
  }

  /** Wires a panel (entity list, quote list): buttons that select. */
  attachPanel(panel) {
    this.panels.push(panel);
    panel.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && this.current) this.clear();
    });
    panel.addEventListener("click", (ev) => {
      const b = ev.target instanceof Element ? ev.target.closest("[data-select-entity],[data-select-speaker],[data-goto-date],[data-goto-quote]") : null;
      if (!b) return;
      if (b.hasAttribute("data-goto-date")) return this.goto(`.lede-d[data-date="${Number(b.getAttribute("data-goto-date"))}"]`);
      if (b.hasAttribute("data-goto-quote")) return this.goto(`.lede-q[data-quote="${Number(b.getAttribute("data-goto-quote"))}"]`);
      // From a panel, the text may be out of view: bring the first highlighted mark into it.
      if (b.hasAttribute("data-select-entity")) this.toggle({ entity: Number(b.getAttribute("data-select-entity")) }, true);
      else this.toggle({ speaker: b.getAttribute("data-select-speaker") }, true);
    });
    this.#apply();
  }

  #activate(target) {
    if (!(target instanceof Element)) return;
    const m = target.closest(".lede-m, .lede-q");
    if (!m) return;
    if (m.classList.contains("lede-m")) this.toggle({ entity: Number(m.getAttribute("data-entity")) });
    else this.toggle({ speaker: m.getAttribute("data-speaker") });
  }

  /** Selects `sel` ({ entity } or { speaker }), or clears it when it is already selected. */
  toggle(sel, scroll = false) {
    const same =
      this.current &&
      ((sel.entity != null && this.current.entity === sel.entity) || (sel.speaker != null && this.current.speaker === sel.speaker));
    this.current = same ? null : { entity: sel.entity, speaker: sel.speaker };
    this.#apply(true, scroll);
  }

  clear() {
    this.current = null;
    this.#apply();
  }

  /** Re-applies the current selection after the text or the panels were redrawn. */
  refresh() {
    this.#apply();
  }

  /** Scrolls to and focuses the date mark number `i`. */
  gotoDate(i) {
    this.goto(`.lede-d[data-date="${Number(i)}"]`);
  }

  /** Scrolls to and focuses the first mark matching `selector` (a date, a quote). */
  goto(selector) {
    for (const root of this.texts) {
      const el = root.querySelector(`${selector}:not([data-cont])`);
      if (el) {
        el.scrollIntoView({ block: "center", behavior: scrollBehavior() });
        focusMark([...root.querySelectorAll('[tabindex="0"]')], el);
      }
    }
  }

  #apply(announce = false, scroll = false) {
    const c = this.current;
    let n = 0;
    let first = null;
    for (const root of this.texts) {
      root.classList.toggle("has-selection", !!c);
      for (const el of root.querySelectorAll(".hl")) el.classList.remove("hl");
      if (!c) continue;
      let sel;
      if (c.entity != null) sel = `.lede-m[data-entity="${c.entity}"]`;
      else {
        sel = `.lede-q[data-speaker="${cssEscape(c.speaker)}"]`;
        if (c.speaker.startsWith("e")) sel += `, .lede-m[data-entity="${Number(c.speaker.slice(1))}"]`;
      }
      for (const el of root.querySelectorAll(sel)) {
        el.classList.add("hl");
        if (!el.hasAttribute("data-cont")) n++;
        first = first || el;
      }
    }
    for (const p of this.panels) {
      for (const b of p.querySelectorAll("[data-select-entity]")) {
        b.setAttribute("aria-pressed", String(!!c && c.entity === Number(b.getAttribute("data-select-entity"))));
      }
      for (const b of p.querySelectorAll("[data-select-speaker]")) {
        b.setAttribute("aria-pressed", String(!!c && c.speaker === b.getAttribute("data-select-speaker")));
      }
    }
    if (announce && c && this.analysis && this.S) {
      const name =
        c.entity != null
          ? (this.analysis.entities[c.entity] || {}).name
          : speakerName(this.analysis, c.speaker, this.S);
      this.announce(this.S.selected(name || "", n));
      if (first && scroll) first.scrollIntoView({ block: "nearest", behavior: scrollBehavior() });
    }
  }
}

/** Smooth scrolling, unless the reader asked for less motion. */
function scrollBehavior() {
  return globalThis.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

function cssEscape(v) {
  return globalThis.CSS && CSS.escape ? CSS.escape(v) : String(v).replace(/["\\]/g, "\\$&");
}

function focusMark(oldStops, el, move = true) {
  for (const o of oldStops) o.setAttribute("tabindex", "-1");
  el.setAttribute("tabindex", "0");
  if (move) el.focus();
}

function speakerName(analysis, key, S) {
  const q = (analysis.quotes || []).find((x) => speakerKey(x) === key);
  return q && q.speaker ? q.speaker.name : S.unknownSpeaker;
}

/** The entities panel: one group per type, each entity a toggle button with its roles. */
export function renderEntities(analysis, S) {
  const ents = (analysis.entities || []).map((e, i) => ({ e, i }));
  const wrap = h("div", { class: "lede-entities" });
  if (!ents.length) {
    wrap.append(h("p", { class: "lede-empty" }, S.noEntities));
    return wrap;
  }
  const max = ents.reduce((m, { e }) => Math.max(m, Number.isFinite(e.salience) ? e.salience : 0), 1e-9);
  // Entities come sorted by salience: the panel keeps the most salient.
  const shown = ents.slice(0, PANEL_MAX);
  for (const type of TYPES) {
    const group = shown.filter(({ e }) => (TYPES.includes(e.type) ? e.type : "MISC") === type);
    if (!group.length) continue;
    const list = h("ul", { class: "lede-ent-list" });
    for (const { e, i } of group) {
      const n = (e.mentions || []).length;
      const sal = Number.isFinite(e.salience) ? Math.max(0, e.salience) / max : 0;
      const bar = h("span", { class: "lede-sal", title: `${S.salience}: ${Number(e.salience || 0).toFixed(2)}` });
      const fill = h("span", { class: "lede-sal-fill" });
      fill.style.width = `${Math.round(sal * 100)}%`;
      bar.append(fill);
      const roles = [...new Set((e.roles || []).map((r) => r.text).filter(Boolean))];
      list.append(
        h(
          "li",
          null,
          h(
            "button",
            { type: "button", class: "lede-ent-btn", "data-select-entity": i, "data-type": type, "aria-pressed": "false" },
            h("span", { class: "lede-chip", "data-type": type, "aria-hidden": "true" }, type),
            h("span", { class: "lede-ent-name" }, e.name || ""),
            h("span", { class: "lede-count" }, S.mentions(n)),
          ),
          bar,
          roles.length ? h("span", { class: "lede-roles" }, roles.join(" ; ")) : null,
        ),
      );
    }
    const total = ents.filter(({ e }) => (TYPES.includes(e.type) ? e.type : "MISC") === type).length;
    wrap.append(h("section", { class: "lede-ent-group", "data-type": type }, h("h4", null, `${S.types[type]} (${total})`), list));
  }
  if (ents.length > shown.length) wrap.append(more(S, ents.length - shown.length));
  return wrap;
}

/** The quotes panel: grouped by speaker; a speaker's button selects all their quotes. */
export function renderQuotes(analysis, S) {
  const wrap = h("div", { class: "lede-quotes" });
  const quotes = analysis.quotes || [];
  if (!quotes.length) {
    wrap.append(h("p", { class: "lede-empty" }, S.noQuotes));
    return wrap;
  }
  const groups = new Map();
  quotes.forEach((q, i) => {
    const k = speakerKey(q);
    if (!groups.has(k)) groups.set(k, { name: q.speaker ? q.speaker.name : S.unknownSpeaker, items: [] });
    groups.get(k).items.push({ q, i });
  });
  let budget = PANEL_MAX;
  const sorted = [...groups.entries()].sort((a, b) => (a[0] === "none") - (b[0] === "none") || b[1].items.length - a[1].items.length);
  for (const [key, g] of sorted) {
    const list = h("ol", { class: "lede-quote-list" });
    for (const { q, i } of g.items.slice(0, Math.max(0, budget))) {
      budget--;
      list.append(
        h(
          "li",
          { "data-kind": q.kind === "indirect" ? "indirect" : "direct" },
          h("blockquote", null, q.text || ""),
          h("span", { class: "lede-qmeta" }, `${S[q.kind === "indirect" ? "indirect" : "direct"]}${q.cue && q.cue.text ? ` · ${q.cue.text}` : ""} · `),
          h("button", { type: "button", class: "lede-goto", "data-goto-quote": i }, S.showInText),
        ),
      );
    }
    wrap.append(
      h(
        "section",
        { class: "lede-speaker" },
        h(
          "button",
          { type: "button", class: "lede-spk-btn", "data-select-speaker": key, "aria-pressed": "false" },
          h("span", { class: "lede-ent-name" }, g.name),
          h("span", { class: "lede-count" }, S.quotesOf(g.items.length)),
        ),
        list,
      ),
    );
  }
  if (quotes.length > PANEL_MAX) wrap.append(more(S, quotes.length - PANEL_MAX));
  return wrap;
}

/** A TIMEX3 value as a day range [from, to] (days since 1970), or null when not datable. */
export function valueRange(value, reference) {
  if (typeof value !== "string") return null;
  const day = (y, m, d) => Date.UTC(y, m - 1, d) / 864e5;
  let m;
  if (value === "PRESENT_REF" && reference) return valueRange(reference, null);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = day(+m[1], +m[2], +m[3]);
    return [d, d];
  }
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    // ISO week: the Monday of week 1 is the Monday on or before January 4.
    const jan4 = day(+m[1], 1, 4);
    const dow = (new Date(jan4 * 864e5).getUTCDay() + 6) % 7;
    const start = jan4 - dow + (+m[2] - 1) * 7;
    return [start, start + 6];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [day(+m[1], +m[2], 1), day(+m[1], +m[2] + 1, 1) - 1];
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    // Meteorological seasons (northern hemisphere); winter runs into the next year.
    const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2]];
    return [day(+m[1], first, 1), day(+m[1], first + 3, 1) - 1];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return [day(+m[1], 3 * m[2] - 2, 1), day(+m[1], 3 * m[2] + 1, 1) - 1];
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return [day(+m[1], 6 * m[2] - 5, 1), day(+m[1], 6 * m[2] + 1, 1) - 1];
  if ((m = /^(\d{4})$/.exec(value))) return [day(+m[1], 1, 1), day(+m[1], 12, 31)];
  return null;
}

function isoOf(days) {
  return new Date(days * 864e5).toISOString().slice(0, 10);
}

/**
 * The timeline: an SVG drawn from the resolved dates (points for days, bars for weeks,
 * months, years), with the article's date as a vertical line; then an accessible list
 * of every date expression, each a button that shows it in the text. `width` is the
 * width in CSS pixels the SVG will be shown at (labels keep their real size).
 */
export function renderTimeline(analysis, S, width) {
  const wrap = h("div", { class: "lede-timeline" });
  const dates = analysis.dates || [];
  if (!dates.length) {
    wrap.append(h("p", { class: "lede-empty" }, S.noDates));
    return wrap;
  }
  const ref = analysis.reference_date ? valueRange(analysis.reference_date, null) : null;
  const items = [];
  const other = [];
  dates.slice(0, PANEL_MAX).forEach((d, i) => {
    const r = d.type === "DATE" || d.type === "TIME" ? valueRange(d.value, analysis.reference_date) : null;
    (r ? items : other).push({ d, i, r });
  });
  if (items.length) {
    let lo = items.reduce((m, x) => Math.min(m, x.r[0]), ref ? ref[0] : Infinity);
    let hi = items.reduce((m, x) => Math.max(m, x.r[1]), ref ? ref[1] : -Infinity);
    if (hi - lo < 2) {
      lo -= 3;
      hi += 3;
    }
    const [first, last] = [lo, hi];
    const pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
    const W = Math.max(260, Math.round(width || 640));
    const left = 8;
    const right = W - 8;
    const x = (t) => left + ((t - lo) / (hi - lo)) * (right - left);
    // Lanes: each item's label needs room, to the right of its mark when it fits in the
    // width, else to the left; an item goes to the first lane where its box is free.
    const MAX_LANES = 12;
    const lanes = [];
    const placed = items
      .slice()
      .sort((a, b) => a.r[0] - b.r[0])
      .map((it) => {
        const label = `${it.d.text}`.slice(0, 40);
        const x0 = x(it.r[0]);
        const x1 = x(it.r[1]);
        const lw = label.length * 6.4;
        const anchor = x1 + 8 + lw <= W ? "start" : "end";
        const box = anchor === "start" ? [x0 - 6, x1 + 8 + lw] : [x0 - 8 - lw, x1 + 6];
        // Items come sorted by date, so only a lane's last few boxes can be in the way
        // (this keeps thousands of dates linear).
        let lane = lanes.findIndex((boxes) => boxes.slice(-4).every(([a, b]) => box[1] + 12 < a || box[0] > b + 12));
        let shown = true;
        if (lane < 0 && lanes.length < MAX_LANES) {
          lane = lanes.length;
          lanes.push([]);
        } else if (lane < 0) {
          lane = MAX_LANES - 1; // crowded: the mark without its label (its <title> names it)
          shown = false;
        }
        if (shown) lanes[lane].push(box);
        return { ...it, lane, label: shown ? label : "", x0, x1, anchor };
      });
    const laneEnds = lanes;
    const laneH = 22;
    const top = 10;
    const axisY = top + laneEnds.length * laneH + 8;
    const H = axisY + 34;
    const svg = s("svg", {
      class: "lede-tl-svg",
      viewBox: `0 0 ${W} ${H}`,
      role: "img",
      "aria-label": `${S.timeline}: ${items.length} · ${isoOf(first)} → ${isoOf(last)}`,
      preserveAspectRatio: "xMinYMin meet",
    });
    svg.append(s("line", { class: "lede-tl-axis", x1: left, x2: right, y1: axisY, y2: axisY }));
    const tick = (t, label, cls, anchor) => {
      svg.append(s("line", { class: cls, x1: x(t), x2: x(t), y1: axisY - 4, y2: axisY + 4 }));
      svg.append(s("text", { class: "lede-tl-tick", x: x(t), y: axisY + 18, "text-anchor": anchor }, label));
    };
    tick(first, isoOf(first), "lede-tl-tickline", "start");
    tick(last, isoOf(last), "lede-tl-tickline", "end");
    if (ref) {
      svg.append(s("line", { class: "lede-tl-ref", x1: x(ref[0]), x2: x(ref[0]), y1: top - 6, y2: axisY + 6 }));
      const nearEdge = x(ref[0]) > W - 120 ? "end" : x(ref[0]) < 120 ? "start" : "middle";
      svg.append(s("text", { class: "lede-tl-reflabel", x: x(ref[0]), y: H - 2, "text-anchor": nearEdge }, `${S.referenceMark} ${analysis.reference_date}`));
    }
    for (const p of placed) {
      const y = top + p.lane * laneH + 8;
      const g = s("g", { class: "lede-tl-item", "data-goto-date": p.i });
      g.append(s("title", null, `${p.d.text} → ${p.d.value}`));
      g.append(s("line", { class: "lede-tl-stem", x1: p.x0, x2: p.x0, y1: y, y2: axisY }));
      if (p.x1 - p.x0 >= 3) g.append(s("rect", { class: "lede-tl-bar", x: p.x0, y: y - 4, width: p.x1 - p.x0, height: 8, rx: 3 }));
      else g.append(s("circle", { class: "lede-tl-dot", cx: p.x0, cy: y, r: 5 }));
      if (p.label) {
        const lx = p.anchor === "start" ? p.x1 + 8 : p.x0 - 8;
        g.append(s("text", { class: "lede-tl-label", x: lx, y: y + 4, "text-anchor": p.anchor }, p.label));
      }
      svg.append(g);
    }
    wrap.append(svg);
  }
  const list = h("ol", { class: "lede-date-list" });
  for (const { d, i } of [...items, ...other].sort((a, b) => a.i - b.i)) {
    const kind = S.kinds[d.type] || d.type;
    list.append(
      h(
        "li",
        null,
        h("button", { type: "button", class: "lede-date-btn", "data-goto-date": i }, d.text || ""),
        h("span", { class: "lede-date-val" }, d.value ? ` → ${d.value}${d.mod ? ` (${d.mod})` : ""}` : ` → ${S.unresolved}`),
        h("span", { class: "lede-qmeta" }, ` · ${kind}`),
      ),
    );
  }
  wrap.append(list);
  if (dates.length > PANEL_MAX) wrap.append(more(S, dates.length - PANEL_MAX));
  return wrap;
}

/**
 * "At a glance": who (the most salient entities, with a role), what was said (the speakers
 * with the most quotes), when (the article's date and the span of the resolved dates).
 * Its buttons select like the panels' (`data-select-entity`, `data-select-speaker`).
 */
export function renderGlance(analysis, S) {
  const ents = (analysis.entities || []).map((e, i) => ({ e, i }));
  const who = ents
    .filter(({ e }) => e.type === "PER" || e.type === "ORG")
    .sort((a, b) => (b.e.salience || 0) - (a.e.salience || 0))
    .slice(0, 5);
  const whoList = h("ul", { class: "lede-glance-list" });
  for (const { e, i } of who) {
    const role = (e.roles || []).map((r) => r.text).find(Boolean);
    whoList.append(
      h(
        "li",
        null,
        h(
          "button",
          { type: "button", class: "lede-ent-btn", "data-select-entity": i, "aria-pressed": "false" },
          h("span", { class: "lede-chip", "data-type": e.type, "aria-hidden": "true" }, e.type),
          h("span", { class: "lede-ent-name" }, e.name || ""),
        ),
        role ? h("span", { class: "lede-roles lede-inline" }, role) : null,
      ),
    );
  }
  const groups = new Map();
  for (const q of analysis.quotes || []) {
    if (!q.speaker) continue;
    const k = speakerKey(q);
    const g = groups.get(k) || { name: q.speaker.name, n: 0, entity: Number.isInteger(q.speaker.entity) };
    g.n++;
    groups.set(k, g);
  }
  const saidList = h("ul", { class: "lede-glance-list" });
  // Speakers who are entities first (a name says more than "he"), then by quotes.
  for (const [k, g] of [...groups.entries()].sort((a, b) => b[1].entity - a[1].entity || b[1].n - a[1].n).slice(0, 4)) {
    saidList.append(
      h(
        "li",
        null,
        h(
          "button",
          { type: "button", class: "lede-spk-btn", "data-select-speaker": k, "aria-pressed": "false" },
          h("span", { class: "lede-ent-name" }, g.name),
          h("span", { class: "lede-count" }, S.quotesOf(g.n)),
        ),
      ),
    );
  }
  const ranges = (analysis.dates || [])
    .filter((d) => d.type === "DATE" || d.type === "TIME")
    .map((d) => valueRange(d.value, analysis.reference_date))
    .filter(Boolean);
  const when = h("ul", { class: "lede-glance-list" });
  if (analysis.reference_date) when.append(h("li", null, `${S.articleDate}${S.colon}${analysis.reference_date}`));
  if (ranges.length) {
    const lo = isoOf(ranges.reduce((m, r) => Math.min(m, r[0]), Infinity));
    const hi = isoOf(ranges.reduce((m, r) => Math.max(m, r[1]), -Infinity));
    when.append(h("li", null, `${S.datesSpan}${S.colon}${lo === hi ? lo : `${lo} → ${hi}`}`));
  }
  when.append(h("li", null, S.datesCount((analysis.dates || []).length)));
  const col = (title, list, empty) =>
    h("section", { class: "lede-glance-col" }, h("h3", null, title), list.childElementCount ? list : h("p", { class: "lede-empty" }, empty));
  return h(
    "div",
    { class: "lede-glance" },
    col(S.who, whoList, S.noEntities),
    col(S.whatSaid, saidList, S.noQuotes),
    col(S.when, when, S.noDates),
  );
}

/** The layout panel: headline, date line, place, byline, language, reading time, counts. */
export function renderLayout(analysis, S) {
  const L = analysis.layout || {};
  const st = analysis.stats || {};
  const dl = h("dl", { class: "lede-layout" });
  const row = (k, v) => dl.append(h("dt", null, k), h("dd", null, v == null || v === "" ? S.none : String(v)));
  row(S.headline, L.headline && L.headline.text);
  row(S.dateline, L.dateline && L.dateline.text);
  row(S.place, L.place && L.place.place ? L.place.place.text + (L.place.agency ? ` (${L.place.agency.text})` : "") : null);
  row(S.byline, L.byline && L.byline.text);
  const lang = S.languages[analysis.language] || analysis.language;
  row(S.language, `${lang} (${analysis.language}, ${analysis.language_detected ? S.detected : S.given})`);
  const src = {
    dateline: S.refFromDateline,
    dateline_year: S.refFromDatelineYear,
    option: S.refFromOption,
    none: S.refNone,
  }[analysis.reference_source] || "";
  row(S.referenceDate, analysis.reference_date ? `${analysis.reference_date} (${src})` : S.refNone);
  row(S.words, st.words);
  row(S.readingTime, Number.isFinite(st.reading_minutes) ? S.minutes(st.reading_minutes) : null);
  row(S.sentences, st.sentences);
  row(S.paragraphs, st.paragraphs);
  return dl;
}

/** The legend: one chip per type, plus quotes and dates. */
export function renderLegend(S) {
  return h(
    "ul",
    { class: "lede-legend", "aria-label": S.legend },
    ...TYPES.map((t) => h("li", null, h("mark", { class: "lede-m lede-sample", "data-type": t, "data-label": t }, S.type1[t]))),
    h("li", null, h("span", { class: "lede-q lede-sample", "data-kind": "direct" }, `${S.quoteMark} (${S.direct})`)),
    h("li", null, h("span", { class: "lede-q lede-sample", "data-kind": "indirect" }, `${S.quoteMark} (${S.indirect})`)),
    h("li", null, h("mark", { class: "lede-d lede-sample" }, S.dateMark)),
  );
}

// ---- Export -------------------------------------------------------------------------

function csvCell(v) {
  let t = v == null ? "" : String(v);
  // A cell starting with = + - @ is a formula to a spreadsheet: neutralize it.
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[",\n\r;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function csv(rows) {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** CSV exports: `entities`, `quotes`, `dates` (one row per mention / quote / date). */
export function toCsv(analysis, what) {
  if (what === "entities") {
    const rows = [["entity", "type", "name", "salience", "roles", "mention_start", "mention_end", "mention_text"]];
    (analysis.entities || []).forEach((e, i) => {
      const roles = [...new Set((e.roles || []).map((r) => r.text))].join("; ");
      for (const m of e.mentions || []) rows.push([i, e.type, e.name, e.salience, roles, m.start, m.end, m.text]);
    });
    return csv(rows);
  }
  if (what === "quotes") {
    const rows = [["quote", "kind", "start", "end", "text", "speaker", "speaker_entity", "cue"]];
    (analysis.quotes || []).forEach((q, i) =>
      rows.push([i, q.kind, q.start, q.end, q.text, q.speaker ? q.speaker.name : "", q.speaker && q.speaker.entity != null ? q.speaker.entity : "", q.cue ? q.cue.text : ""]),
    );
    return csv(rows);
  }
  const rows = [["date", "type", "start", "end", "text", "value", "mod"]];
  (analysis.dates || []).forEach((d, i) => rows.push([i, d.type, d.start, d.end, d.text, d.value, d.mod]));
  return csv(rows);
}
