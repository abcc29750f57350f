// <lede-analyzer>: Lede as one HTML element, for any site.
//
//   <script type="module" src="https://example.org/lede/lede-analyzer.js"></script>
//   <lede-analyzer reference-date="2025-03-14">LYON (AFP) - La ministre…</lede-analyzer>
//
// The element analyzes its `text` attribute (or, without it, its own text content) and
// shows the text annotated, with the entities, quotes and dates beside it (`mode="full"`,
// the default) or the annotated text alone (`mode="compact"`).
//
// Attributes: `text`, `reference-date` (YYYY-MM-DD), `lang` (the text's language, e.g.
// "fr"; also picks the interface language when it is French or English; otherwise the
// browser's), `mode` (`full` | `compact`).
// Method: `analyze(text, options) → Promise<Analysis>` (shows the result too).
// Event: `lede-analyzed` (bubbles, composed), `detail` = the analysis.
// Property: `analysis`, the last analysis shown.
//
// Everything is drawn in a shadow root: the page's styles do not reach in, the element's
// styles do not leak out. Theme it from outside with CSS custom properties
// (`--lede-per`, `--lede-per-bg`, `--lede-font`, … see marks.css), or style its parts
// (`::part(mention)`, `::part(quote)`, `::part(date)`).
//
// The WebAssembly module is found next to this file (`pkg/lede_bg.wasm`), so one script
// tag is enough. The analysis runs on the page's thread (typically a few milliseconds for
// an article); for very long texts, use the page's worker approach instead.

import { analyze as ledeAnalyze } from "./lede.js";
import { strings, browserLang, pickLang, localToday } from "./i18n.js";
import { renderText, renderEntities, renderQuotes, renderTimeline, renderLegend, Highlighter, h } from "./render.js";

const SHEETS = [new URL("./marks.css", import.meta.url).href, new URL("./widget.css", import.meta.url).href];
const LANGUAGES = ["fr", "en", "de", "es", "it", "pt", "nl"];

class LedeAnalyzer extends HTMLElement {
  static get observedAttributes() {
    return ["text", "reference-date", "lang", "mode"];
  }

  #shadow;
  #frame;
  #analysis = null;
  #text = "";
  #seq = 0;
  #queued = false;
  #hl = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: "open" });
    this.#frame = h("div", { class: "frame", part: "frame", hidden: true });
    let waiting = SHEETS.length;
    const loaded = () => {
      if (--waiting <= 0) this.#frame.hidden = false; // no flash of unstyled marks
    };
    for (const href of SHEETS) {
      const link = h("link", { rel: "stylesheet", href });
      link.addEventListener("load", loaded);
      link.addEventListener("error", loaded);
      this.#shadow.append(link);
    }
    this.#shadow.append(this.#frame);
  }

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "mode" && this.#analysis) this.#render(this.#text, this.#analysis);
    else this.#schedule();
  }

  /** The last analysis shown, or null. */
  get analysis() {
    return this.#analysis;
  }

  /** Analyzes `text` (options as for lede.js), shows it, fires `lede-analyzed`. */
  async analyze(text, options) {
    const opts = { ...(options || {}) };
    const ref = this.getAttribute("reference-date");
    if (opts.referenceDate == null && ref) opts.referenceDate = ref.trim();
    // (the reader's day: a date line without its year is this year's or last year's)
    if (opts.today == null) opts.today = localToday();
    const lang = (this.getAttribute("lang") || "").toLowerCase().split("-")[0];
    if (opts.language == null && LANGUAGES.includes(lang)) opts.language = lang;
    const seq = ++this.#seq;
    this.#frame.setAttribute("aria-busy", "true");
    try {
      const analysis = await ledeAnalyze(String(text ?? ""), opts);
      if (seq === this.#seq) {
        this.#render(String(text ?? ""), analysis);
        this.dispatchEvent(new CustomEvent("lede-analyzed", { detail: analysis, bubbles: true, composed: true }));
      }
      return analysis;
    } catch (e) {
      if (seq === this.#seq) this.#error(e);
      throw e;
    } finally {
      if (seq === this.#seq) this.#frame.removeAttribute("aria-busy");
    }
  }

  #strings() {
    const lang = this.getAttribute("lang");
    return strings(lang && pickLang(lang) === lang.toLowerCase().split("-")[0] ? lang : browserLang());
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      const text = this.hasAttribute("text") ? this.getAttribute("text") : this.textContent;
      // Errors are shown inside the element; the attribute path has no caller to reject to.
      this.analyze(text || "").catch(() => {});
    });
  }

  #error(e) {
    const S = this.#strings();
    this.#frame.replaceChildren(h("p", { class: "error", role: "alert", part: "error" }, S.failed(e && e.message ? e.message : String(e))));
  }

  #render(text, analysis) {
    const S = this.#strings();
    this.#analysis = analysis;
    this.#text = text;
    const mode = this.getAttribute("mode") === "compact" ? "compact" : "full";
    const n = (k) => (analysis[k] || []).length;
    const summary = h(
      "p",
      { class: "summary", part: "summary" },
      `${S.entities} ${n("entities")} · ${S.quotes} ${n("quotes")} · ${S.datesWord[0].toUpperCase()}${S.datesWord.slice(1)} ${n("dates")}`,
      analysis.reference_date ? ` · ${S.referenceDate} ${analysis.reference_date}` : "",
    );
    const textEl = text.trim() ? renderText(text, analysis, S) : h("p", { class: "lede-empty" }, S.emptyWidget);
    textEl.setAttribute("part", "text");
    this.#hl = new Highlighter({ announce: (msg) => (live.textContent = msg) });
    const live = h("p", { class: "live", role: "status", "aria-live": "polite" });
    this.#frame.dataset.mode = mode;
    if (mode === "compact") {
      this.#frame.replaceChildren(summary, textEl, live);
      this.#hl.attachText(textEl, analysis, S);
      return;
    }
    const timeline = h("div", { class: "panel-body" });
    const side = h(
      "div",
      { class: "side", part: "panels" },
      panel(S.entities, n("entities"), renderEntities(analysis, S)),
      panel(S.quotes, n("quotes"), renderQuotes(analysis, S)),
      panel(S.timeline, n("dates"), timeline),
    );
    this.#frame.replaceChildren(summary, renderLegend(S), h("div", { class: "body" }, h("div", { class: "main" }, textEl), side), live);
    timeline.append(renderTimeline(analysis, S, timeline.clientWidth || 320));
    this.#hl.attachText(textEl, analysis, S);
    this.#hl.attachPanel(side);
  }
}

function panel(title, count, body) {
  return h("details", { class: "panel", open: true }, h("summary", null, `${title} (${count})`), body);
}

if (!customElements.get("lede-analyzer")) customElements.define("lede-analyzer", LedeAnalyzer);

export { LedeAnalyzer };
