// HTML → clean article text, for rich-text pastes and dropped .html files.
//
// The HTML is parsed with DOMParser into an inert document: its scripts never run, its
// images never load, its event handlers never fire. We then drop what is not the article
// (scripts, styles, navigation, asides, forms, share bars, ads…), pick the element that
// holds the article (an <article>, else <main>, else the element with the most paragraph
// text), and write its blocks out as paragraphs separated by blank lines, with the <h1>
// headline first. What it does not do: fetch anything, keep links, or guess at layouts
// that hide the article text in scripts.

const DROP = [
  "script", "style", "lede-dropped-script", "lede-dropped-style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
  "video", "audio", "button", "input", "select", "textarea", "dialog", "[hidden]",
  "[aria-hidden='true']",
].join(",");

// Page furniture, dropped when it holds little paragraph text (some sites wrap the whole
// page in a <form>, or the story in an element with a misleading class).
const SOFT = [
  "nav", "aside", "footer", "form", "menu", "[role='navigation']", "[role='complementary']",
  "[role='contentinfo']", "[role='search']", "[role='dialog']", "[role='alert']",
].join(",");

// Class or id words that mark page furniture rather than article text.
const JUNK = /(^|[\s_-])(nav|navbar|menu|footer|sidebar|share|sharing|social|comments?|related|recommended|promo|advert|ads?|sponsor|cookie|consent|newsletter|subscribe|paywall|breadcrumbs?|outbrain|taboola|popup|modal)([\s_-]|$)/i;

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN",
  "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "UL", "BODY", "HTML", "CAPTION",
]);

/** The article text of an HTML document or fragment: headline, then paragraphs. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuse(String(html || "")), "text/html");
  const body = doc.body;
  if (!body) return "";
  for (const el of body.querySelectorAll(DROP)) el.remove();
  for (const el of [...body.querySelectorAll(`${SOFT},[class],[id]`)]) {
    if (!el.isConnected || el.tagName === "ARTICLE" || el.tagName === "MAIN") continue;
    const label = `${el.getAttribute("class") || ""} ${el.getAttribute("id") || ""}`;
    // Only drop furniture that holds little paragraph text: a wrapper named "article-nav"
    // around the whole story must stay.
    if ((el.matches(SOFT) || JUNK.test(label)) && el.querySelectorAll("p").length < 3) el.remove();
  }
  const root = pickRoot(body);
  const paras = blocks(root);
  const h1 = doc.querySelector("h1");
  if (h1 && !root.contains(h1)) {
    const title = clean(h1.textContent);
    if (title) paras.unshift(title);
  } else if (!h1 && !paras.length && doc.title) {
    paras.unshift(clean(doc.title));
  }
  return dedupe(paras).join("\n\n");
}

/**
 * Renames, inside tags only, what the page's Content-Security-Policy would report when
 * parsed: <script>/<style> elements, inline event handlers, style attributes and URLs. The
 * parsed document is inert either way (nothing would run); this keeps the console clean
 * of CSP reports for content we drop anyway.
 */
function defuse(html) {
  return html.replace(/<\/?[a-zA-Z][^>]*>/g, (tag) =>
    tag
      .replace(/^<(\/?)(script|style)\b/i, "<$1lede-dropped-$2")
      .replace(/(\s)(on[a-z]+|style|src|srcset|href|action|formaction|data|poster)(\s*=)/gi, "$1data-lede-$2$3"),
  );
}

function pickRoot(body) {
  const articles = [...body.querySelectorAll("article")];
  if (articles.length) {
    // Several <article>s (teasers): take the one with the most paragraph text.
    return articles.reduce((best, a) => (pText(a) > pText(best) ? a : best));
  }
  const main = body.querySelector("main, [role='main']");
  if (main) return main;
  const scores = new Map();
  for (const p of body.querySelectorAll("p")) {
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) || 0) + clean(p.textContent).length);
  }
  let best = null;
  let bestScore = 0;
  for (const [el, sc] of scores) if (sc > bestScore) [best, bestScore] = [el, sc];
  // A parent with real paragraphs; otherwise the whole body (a fragment, a snippet).
  return best && bestScore > 200 ? best : body;
}

function pText(el) {
  let n = 0;
  for (const p of el.querySelectorAll("p")) n += p.textContent.length;
  return n;
}

function clean(t) {
  return String(t || "").replace(/[ \t\n\r\f\v]+/g, " ").trim();
}

/** Walks the tree: inline text joins into lines, block elements and <br> break them. */
function blocks(root) {
  const out = [];
  let line = "";
  const flush = () => {
    const t = clean(line);
    if (t) out.push(t);
    line = "";
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) line += child.nodeValue;
      else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (tag === "BR") {
          flush();
        } else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else if (tag === "TD" || tag === "TH") {
          walk(child);
          line += " ";
        } else if (tag === "IMG") {
          // Images contribute nothing (their alt text is not the article's).
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function dedupe(paras) {
  return paras.filter((p, i) => i === 0 || p !== paras[i - 1]);
}
