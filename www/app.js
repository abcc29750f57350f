// The reader's page: input (typing, pasting plain or rich text, dropping a file, samples),
// the article date, the annotated text and the panels, export.
//
// The analysis runs in worker.js; this file only sends text and draws results. Requests
// are coalesced (one in flight, the latest one waiting), so a fast typist never queues
// stale work; long texts are drawn a slice at a time with a progress bar. If the worker
// dies, the page says so and starts a fresh one at the next input: the text is never lost.

import { strings, browserLang, localToday } from "./i18n.js";
import {
  createAnnotator,
  Highlighter,
  renderEntities,
  renderQuotes,
  renderTimeline,
  renderLayout,
  renderLegend,
  renderGlance,
  toCsv,
  h,
} from "./render.js";
import { htmlToText } from "./extract.js";

const S = strings(browserLang());
const $ = (id) => document.getElementById(id);

const ta = $("text");
const refdate = $("refdate");
const refsource = $("refsource");
const refreset = $("refreset");
const statusEl = $("status");
const alertEl = $("alert");
const progressBox = $("progress-box");
const progress = $("progress");
const progressLabel = $("progress-label");
const textView = $("text-view");

const state = {
  /** The reader's own reference date (YYYY-MM-DD), or null to use the article's. */
  override: null,
  /** The language the reader imposes ("fr"…), or null to detect it. */
  language: null,
  analysis: null,
  text: "",
  shown: 0,
};

// ---- Interface language --------------------------------------------------------------

document.documentElement.lang = S.lang;
document.title = S.title;
for (const el of document.querySelectorAll("[data-i18n]")) {
  const v = S[el.getAttribute("data-i18n")];
  if (typeof v === "string") el.textContent = v;
}
ta.setAttribute("placeholder", S.placeholder);
$("legend").append(renderLegend(S));
const csvNames = { entities: S.entities, quotes: S.quotes, dates: S.datesWord };
for (const b of document.querySelectorAll("[data-csv]")) b.textContent = S.exportCsv(csvNames[b.getAttribute("data-csv")].toLowerCase());

// ---- Status ---------------------------------------------------------------------------

function say(msg) {
  alertEl.textContent = "";
  statusEl.textContent = msg;
}

function alarm(msg) {
  alertEl.textContent = msg;
  document.body.dataset.state = "error";
}

function sizeOf(text) {
  const n = text.length;
  return n > 1e6 ? `${(n / 1e6).toFixed(1)} M` : n > 1e3 ? `${Math.round(n / 1e3)} k` : `${n}`;
}

let progressTimer = 0;
function showProgress(label, value) {
  progressBox.hidden = false;
  progressLabel.textContent = label;
  if (value == null) progress.removeAttribute("value");
  else progress.value = value;
}
function hideProgress() {
  clearTimeout(progressTimer);
  progressBox.hidden = true;
}

// ---- The worker -------------------------------------------------------------------------

class AnalyzerClient {
  constructor(handlers) {
    this.h = handlers;
    this.worker = null;
    this.busy = null;
    this.pending = null;
    this.seq = 0;
  }

  request(text, options) {
    this.pending = { id: ++this.seq, text, options };
    this.#pump();
  }

  stop() {
    this.#drop();
    this.busy = null;
    this.pending = null;
  }

  #ensure() {
    if (!this.worker) {
      const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      w.onmessage = (ev) => this.#message(ev.data || {});
      w.onerror = (ev) => {
        ev.preventDefault();
        this.#crash(ev.message || "worker.js");
      };
      w.onmessageerror = () => this.#crash("messageerror");
      this.worker = w;
    }
    return this.worker;
  }

  #pump() {
    if (this.busy || !this.pending) return;
    const job = this.pending;
    this.pending = null;
    this.busy = job;
    try {
      this.#ensure().postMessage({ id: job.id, text: job.text, options: job.options });
    } catch (e) {
      this.#crash(e && e.message ? e.message : String(e));
      return;
    }
    this.h.onStart(job);
  }

  #message(m) {
    if (m.type === "ready") return;
    if (m.type === "fatal") return this.#crash(m.message);
    const job = this.busy;
    if (!job || m.id !== job.id) return;
    this.busy = null;
    if (m.type === "result") {
      // A newer text is waiting: skip drawing this one, the next result follows.
      if (!this.pending) this.h.onResult(job, m.analysis, m.ms);
    } else {
      if (m.fatal) this.#drop();
      this.h.onError(m.message, !!m.fatal);
    }
    this.#pump();
  }

  #drop() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  #crash(msg) {
    this.#drop();
    this.busy = null;
    this.pending = null;
    this.h.onError(msg, true);
  }
}

const client = new AnalyzerClient({
  onStart(job) {
    document.body.dataset.state = "busy";
    clearTimeout(progressTimer);
    progressTimer = setTimeout(() => showProgress(S.analyzing(sizeOf(job.text))), 200);
  },
  onResult(job, analysis, ms) {
    show(job.text, analysis, ms);
  },
  onError(message, fatal) {
    hideProgress();
    alarm(fatal ? S.crashed(message) : S.failed(message));
  },
});

$("stop").addEventListener("click", () => {
  client.stop();
  cancelRender();
  hideProgress();
  document.body.dataset.state = "stopped";
  say(S.stopped);
});

let debounce = 0;
function analyzeSoon() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, ta.value.length > 200_000 ? 700 : 250);
}

function analyzeNow() {
  clearTimeout(debounce);
  const options = {};
  if (state.override) options.referenceDate = state.override;
  // (the reader's day: a date line without its year, "GENEVA, June 12", is this year's
  // or last year's)
  options.today = localToday();
  if (state.language) options.language = state.language;
  client.request(ta.value, options);
}

// ---- Drawing ------------------------------------------------------------------------------

const hl = new Highlighter({ announce: say });
hl.attachPanel($("entities-panel"));
hl.attachPanel($("quotes-panel"));
hl.attachPanel($("timeline-panel"));
hl.attachPanel($("glance-panel"));

let renderJob = 0;
function cancelRender() {
  renderJob++;
}

function show(text, analysis, ms) {
  const job = ++renderJob;
  const ann = createAnnotator(text, analysis, S);
  const started = performance.now();
  // Each slice works for as long as the browser took between slices (12–200 ms): when
  // frames are expensive (a huge text in the input), fixed 12 ms slices would leave the
  // drawing crawling at a few percent of the time.
  let lastEnd = performance.now();
  let lastProgress = 0;
  const slice = () => {
    if (job !== renderJob) return;
    const t0 = performance.now();
    const budget = Math.min(200, Math.max(12, t0 - lastEnd));
    let f = 0;
    while ((f = ann.step(400)) < 1 && performance.now() - t0 < budget);
    if (f < 1) {
      const now = performance.now();
      if (now - started > 100 && now - lastProgress > 200) {
        showProgress(S.rendering, f);
        lastProgress = now;
      }
      lastEnd = performance.now();
      setTimeout(slice, 0);
      return;
    }
    finish(text, analysis, ms, ann.root);
  };
  slice();
}

function finish(text, analysis, ms, root) {
  hideProgress();
  const previous = hl.current && state.analysis ? describeSelection(state.analysis, hl.current) : null;
  state.analysis = analysis;
  state.text = text;
  if (!text.trim()) textView.replaceChildren(h("p", { class: "lede-empty" }, S.empty));
  else if (root.parentNode !== textView) textView.replaceChildren(root);
  hl.current = previous ? reselect(analysis, previous) : null;
  hl.attachText(root, analysis, S);
  $("entities-panel").replaceChildren(renderEntities(analysis, S));
  $("quotes-panel").replaceChildren(renderQuotes(analysis, S));
  $("timeline-panel").replaceChildren(renderTimeline(analysis, S, $("timeline-panel").clientWidth));
  $("layout-panel").replaceChildren(renderLayout(analysis, S));
  $("glance-panel").replaceChildren(renderGlance(analysis, S));
  hl.refresh();
  // The date field shows the date in force: the reader's, or the article's own.
  refdate.value = analysis.reference_date || "";
  refsource.textContent = {
    option: S.refFromOption,
    dateline: S.refFromDateline,
    dateline_year: S.refFromDatelineYear,
    none: S.refNone,
  }[analysis.reference_source] || "";
  refsource.dataset.source = analysis.reference_source || "";
  refreset.hidden = !state.override;
  $("counts-entities").textContent = String((analysis.entities || []).length);
  $("counts-quotes").textContent = String((analysis.quotes || []).length);
  $("counts-dates").textContent = String((analysis.dates || []).length);
  for (const b of document.querySelectorAll(".export button")) b.disabled = false;
  say(S.analyzed(Math.max(1, Math.round(ms)), (analysis.entities || []).length, (analysis.quotes || []).length, (analysis.dates || []).length));
  state.shown++;
  document.body.dataset.shown = String(state.shown);
  document.body.dataset.state = "ready";
}

function describeSelection(analysis, sel) {
  if (sel.entity != null) {
    const e = analysis.entities[sel.entity];
    return e ? { entityName: e.name, type: e.type } : null;
  }
  return { speaker: sel.speaker };
}

function reselect(analysis, prev) {
  if (prev.entityName != null) {
    const i = (analysis.entities || []).findIndex((e) => e.name === prev.entityName && e.type === prev.type);
    return i >= 0 ? { entity: i } : null;
  }
  return prev.speaker ? { speaker: prev.speaker } : null;
}

// ---- Input -----------------------------------------------------------------------------------

/** Replaces the whole text (a sample, a file): a new article, so its own date applies. */
function setArticle(text) {
  ta.value = text;
  state.override = null;
  state.language = null;
  langsel.value = "";
  hl.current = null;
  analyzeNow();
}

ta.addEventListener("input", analyzeSoon);

function replacesAll() {
  return !ta.value || (ta.selectionStart === 0 && ta.selectionEnd === ta.value.length);
}

ta.addEventListener("paste", (ev) => {
  const dt = ev.clipboardData;
  if (replacesAll()) state.override = null;
  const html = dt ? dt.getData("text/html") : "";
  if (!html) return; // plain text: the browser inserts it as text
  const text = htmlToText(html);
  if (!text) return;
  ev.preventDefault();
  insertText(text);
});

function insertText(text) {
  ta.focus();
  // execCommand keeps the undo history; setRangeText is the fallback.
  let ok = false;
  try {
    ok = document.execCommand("insertText", false, text);
  } catch {
    ok = false;
  }
  if (!ok) {
    ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, "end");
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

async function openFile(file) {
  if (!file) return;
  const name = file.name || "";
  const isHtml = /\.x?html?$/i.test(name) || file.type === "text/html";
  const isText = /\.(txt|text|md)$/i.test(name) || file.type.startsWith("text/");
  if (!isHtml && !isText) {
    alarm(S.unsupportedFile(name));
    return;
  }
  const raw = await file.text();
  setArticle(isHtml ? htmlToText(raw) : raw);
}

$("file").addEventListener("change", (ev) => {
  const f = ev.target.files && ev.target.files[0];
  openFile(f);
  ev.target.value = "";
});

const drop = $("drop");
let dragDepth = 0;
const hasFiles = (ev) => ev.dataTransfer && [...ev.dataTransfer.types].includes("Files");
document.addEventListener("dragenter", (ev) => {
  if (!hasFiles(ev)) return;
  ev.preventDefault();
  dragDepth++;
  drop.hidden = false;
});
document.addEventListener("dragover", (ev) => {
  if (hasFiles(ev)) ev.preventDefault();
});
document.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) drop.hidden = true;
});
document.addEventListener("drop", (ev) => {
  if (!hasFiles(ev)) return;
  ev.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  openFile(ev.dataTransfer.files[0]);
});

$("clear").addEventListener("click", () => {
  setArticle("");
  ta.focus();
});

// ---- The article date --------------------------------------------------------------------------

refdate.addEventListener("change", () => {
  const v = refdate.value;
  state.override = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  analyzeNow();
});
refreset.addEventListener("click", () => {
  state.override = null;
  analyzeNow();
  refdate.focus();
});

// ---- The language ---------------------------------------------------------------------------

const langsel = $("langsel");
langsel.replaceChildren(
  h("option", { value: "" }, S.autoLanguage),
  ...["fr", "en", "de", "es", "it", "pt", "nl"].map((c) => h("option", { value: c }, `${S.languages[c]} (${c})`)),
);
langsel.addEventListener("change", () => {
  state.language = langsel.value || null;
  analyzeNow();
});

// ---- Export ---------------------------------------------------------------------------------------

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

$("export-json").addEventListener("click", () => {
  if (state.analysis) download("lede-analysis.json", "application/json", JSON.stringify(state.analysis, null, 2) + "\n");
});
for (const b of document.querySelectorAll("[data-csv]")) {
  b.addEventListener("click", () => {
    const what = b.getAttribute("data-csv");
    if (state.analysis) download(`lede-${what}.csv`, "text/csv;charset=utf-8", "\ufeff" + toCsv(state.analysis, what));
  });
}
$("copy-json").addEventListener("click", async () => {
  if (!state.analysis) return;
  try {
    await navigator.clipboard.writeText(JSON.stringify(state.analysis, null, 2));
    say(S.copied);
  } catch {
    alarm(S.copyFailed);
  }
});

// ---- Samples, and the first open ---------------------------------------------------------------------

const sampleSelect = $("sample");
async function loadSamples() {
  let list = [];
  try {
    const r = await fetch(new URL("./samples/index.json", import.meta.url));
    if (r.ok) list = await r.json();
  } catch {
    list = [];
  }
  sampleSelect.replaceChildren(h("option", { value: "" }, S.chooseSample), ...list.map((x) => h("option", { value: x.file }, x.title)));
  return list;
}

async function loadSample(file) {
  try {
    const r = await fetch(new URL(`./samples/${encodeURIComponent(file)}`, import.meta.url));
    if (!r.ok) throw new Error(`${r.status}`);
    setArticle(await r.text());
    sampleSelect.value = file;
  } catch (e) {
    alarm(S.failed(`${file}: ${e.message}`));
  }
}

sampleSelect.addEventListener("change", () => {
  if (sampleSelect.value) loadSample(sampleSelect.value);
});

(async () => {
  const list = await loadSamples();
  const first = list.find((x) => x.lang === S.lang) || list[0];
  if (first && !ta.value) await loadSample(first.file);
  else analyzeNow();
})();
