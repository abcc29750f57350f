// A stand-in for www/worker.js, served by the tests in its place (Playwright route), so the
// page's drawing of entities, quotes and dates can be checked before the real extractors
// exist. It answers the same messages with an analysis computed by a few regular
// expressions: crude on purpose, but shaped exactly like the contract (UTF-16 offsets).
// It also nests and crosses spans on purpose (dates inside quotes, mentions inside quotes).

const TITLES = /(ministre|secrétaire général|Premier ministre|député|directrice|maire adjoint|Councillor|council leader|owner|Dr)\b[^.]{0,40}$/i;
const ORGWORDS = /(Agency|Council|Department|Library|Syndicat|Direction|Conseil|France Inter|Air France|Ryanair|SNCTA|DGAC|musée|ministère)/i;

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function isoWeek(iso) {
  const d = new Date(iso + "T00:00:00Z");
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const y = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const w = 1 + Math.round(((d - jan4) / 864e5 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${y}-W${String(w).padStart(2, "0")}`;
}

function fake(text, options) {
  const m = /(\d{1,2}) (mars|March) (\d{4})|(March) (\d{1,2}), (\d{4})|Publié le (\d{2})\/(\d{2})\/(\d{4})/.exec(text.slice(0, 300));
  let dl = null;
  if (m) {
    if (m[1]) dl = `${m[3]}-03-${m[1].padStart(2, "0")}`;
    else if (m[4]) dl = `${m[6]}-03-${m[5].padStart(2, "0")}`;
    else dl = `${m[9]}-${m[8]}-${m[7]}`;
  }
  const ref = options && options.referenceDate ? options.referenceDate : dl;
  const groups = new Map();
  const re = /\b(?:[A-ZÉÈ][\p{Ll}'-]+|[A-Z]{2,})(?: (?:de la |des |du |de l'|d'|for |of )?(?:[A-ZÉÈ][\p{Ll}'-]+|[A-Z]{2,}))*/gu;
  let x;
  while ((x = re.exec(text))) {
    const name = x[0];
    const before = text.slice(Math.max(0, x.index - 2), x.index);
    if (/^[.\n]?\s?$/.test(before) && !name.includes(" ") && !/^[A-Z]{2,}$/.test(name)) continue; // sentence start
    if (/^(Le|La|Les|The|We|This|Not|He|She|Il|Elle|Selon|Cette|Nous|Après|Plus|Residents|Interrogé|March|Monday|Sunday|Saturday|February|April)$/.test(name)) continue;
    const type = ORGWORDS.test(name) ? "ORG" : /^[A-Z]{3,}$/.test(name) || /^(Lyon|Marseille|Nice|Paris|Nantes|Shropshire|Shrewsbury|Frankwell Quay)/.test(name) ? "LOC" : name.includes(" ") ? "PER" : "MISC";
    const key = name.split(" ").pop();
    if (!groups.has(key)) groups.set(key, { type, name, mentions: [], roles: [] });
    const g = groups.get(key);
    if (name.length > g.name.length) g.name = name;
    g.mentions.push({ start: x.index, end: x.index + name.length, text: name });
    const t = TITLES.exec(text.slice(Math.max(0, x.index - 60), x.index));
    if (t) g.roles.push({ start: 0, end: 0, text: t[0].replace(/[,\s]+$/, "") });
  }
  const entities = [...groups.values()].map((g, i) => ({ id: i, ...g, salience: g.mentions.length / 3 }));
  entities.sort((a, b) => b.salience - a.salience);
  entities.forEach((e, i) => (e.id = i));
  const quotes = [];
  const qre = /«\s?([^»]+?)\s?»|“([^”]+)”/g;
  while ((x = qre.exec(text))) {
    const inner = x[1] || x[2];
    const start = x.index + x[0].indexOf(inner);
    const after = text.slice(x.index + x[0].length, x.index + x[0].length + 80);
    const cue = /(a déclaré|said|explique|a dénoncé|a salué|estime)/.exec(after);
    let speaker = null;
    const near = entities
      .map((e, i) => ({ e, i, m: e.type === "PER" && e.mentions.find((mm) => Math.abs(mm.start - x.index) < 200) }))
      .find((o) => o.m);
    if (near) speaker = { name: near.e.name, entity: near.i, start: near.m.start, end: near.m.end };
    quotes.push({
      kind: "direct",
      start,
      end: start + inner.length,
      text: inner,
      speaker,
      cue: cue ? { start: x.index + x[0].length + cue.index, end: x.index + x[0].length + cue.index + cue[0].length, text: cue[0] } : null,
    });
  }
  const ire = /(Selon lui|a assuré que|said he had heard|insisted)/g;
  while ((x = ire.exec(text))) {
    const end = text.indexOf(".", x.index);
    quotes.push({ kind: "indirect", start: x.index + x[0].length + 1, end, text: text.slice(x.index + x[0].length + 1, end), speaker: null, cue: { start: x.index, end: x.index + x[0].length, text: x[0] } });
  }
  const dates = [];
  const rules = [
    [/\bhier\b/g, (r) => addDays(r, -1)],
    [/\bla semaine dernière\b|\blast week\b/g, (r) => isoWeek(addDays(r, -7))],
    [/\bmardi prochain\b|\bnext month\b/g, (r) => addDays(r, 4)],
    [/\bvendredi\b|\bon Monday\b|\bjeudi\b|\bsamedi dernier\b|\blundi\b|\bon Sunday\b/g, (r) => addDays(r, -2)],
    [/\btomorrow\b/g, (r) => addDays(r, 1)],
    [/\ble 20 mars\b|\bjusqu'au 5 janvier\b|\buntil April 12\b/g, (r) => r.slice(0, 4) + "-04-12"],
    [/\b(19|20)\d\d\b/g, null],
  ];
  for (const [rx, f] of rules) {
    while ((x = rx.exec(text))) {
      if (x.index < 120 && !f) continue;
      const value = f ? (ref ? f(ref) : null) : x[0];
      dates.push({ type: "DATE", start: x.index, end: x.index + x[0].length, text: x[0], value, mod: null, anchor: f ? (ref ? { kind: "reference", value: ref } : { kind: "none" }) : { kind: "none" } });
    }
  }
  dates.push({ type: "DURATION", start: 0, end: 0, text: "", value: "P3W", mod: null, anchor: { kind: "none" } });
  dates.sort((a, b) => a.start - b.start);
  const words = (text.match(/\S+/g) || []).length;
  return {
    language: /\b(le|la|les|des)\b/.test(text) ? "fr" : "en",
    language_detected: true,
    reference_date: ref,
    reference_source: options && options.referenceDate ? "option" : ref ? "dateline" : "none",
    layout: { headline: null, dateline: null, place: null, byline: null, captions: [] },
    stats: { characters: text.length, words, sentences: 1, paragraphs: 1, reading_minutes: Math.ceil(words / 230) },
    entities,
    quotes,
    dates,
  };
}

postMessage({ type: "ready" });
self.onmessage = (ev) => {
  const { id, text, options } = ev.data;
  postMessage({ type: "result", id, analysis: fake(text, options), ms: 1 });
};
