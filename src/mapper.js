// The format mapper's JavaScript (src/mapper.rs calls these): what an answer is, and the
// reading of markup. The browser's DOMParser builds an inert document, never inserted into
// any, and these take from it the same trees the tool builds natively (src/cli/xml.rs,
// src/cli/html.rs), which model::formats maps.

// What the card's `format` attribute says an answer is.
const FORMATS = { article: "json", "json-ld": "json-ld", "json-feed": "json-feed", rss: "feed", atom: "feed", html: "page" };

/**
 * What an answer is: "json" (told by its content: the article JSON, a JSON Feed or JSON-LD),
 * "json-ld", "json-feed", "feed" (RSS or Atom) or "page" (HTML); by the card's `format`, else
 * its content type, else its first characters. "not-json" when it is none of them.
 */
export function kind(format, type, text, json) {
  let kind = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (kind === undefined && json !== undefined) kind = /ld\+json/.test(type) ? "json-ld" : /feed\+json/.test(type) ? "json-feed" : "json";
  if (kind === undefined) kind = /html/.test(type) ? "page" : /xml/.test(type) ? "feed" : /^\s*<(\?xml|rss|feed|rdf)/i.test(text) ? "feed" : /^\s*</.test(text) ? "page" : "not-json";
  return kind.startsWith("json") && json === undefined ? "not-json" : kind;
}

// The tool's limits (src/cli/xml.rs): elements nest at most 12 deep, a document holds at most
// 50,000, and an element keeps its first 64 children (model::json::MAX_ITEMS).
const MAX_DEPTH = 12;
const MAX_ELEMENTS = 50_000;
const MAX_ITEMS = 64;

// An `&` that does not start one of XML's five entities or a character reference, outside
// CDATA sections: a bare `&` (common in real feeds' URLs), an HTML entity (`&nbsp;`), or an
// entity a DTD defines (the "billion laughs").
const LOOSE_AMPERSAND = /<!\[CDATA\[[\s\S]*?\]\]>|&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/g;

/**
 * An RSS or Atom text as its document element's tree: each element
 * `{name, attributes, text, children}`, `name` as written (`media:content`), `text` its own
 * character data; or `fetch.js`'s error (`not-json`, `too-large`) when it is not XML or breaks
 * a limit. As the tool reads feeds: an `&` that starts none of XML's own entities or character
 * references is text, written as it stands, so a DTD's entities are never expanded and a feed
 * with a bare `&` or an `&nbsp;` still reads (a browser's XML parser refuses the whole feed).
 */
export function read_feed(text) {
  // A newline before the declaration (seen in real feeds) is not the feed's fault.
  const loose = String(text).trimStart().replace(LOOSE_AMPERSAND, (found) => (found === "&" ? "&amp;" : found));
  const doc = new DOMParser().parseFromString(loose, "application/xml");
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName("parsererror").length) return "not-json";
  if (doc.getElementsByTagName("*").length > MAX_ELEMENTS) return "too-large";
  try {
    return tree(root, 1);
  } catch {
    return "not-json";
  }
}

function tree(el, depth) {
  if (depth > MAX_DEPTH) throw new RangeError("too deep");
  const attributes = {};
  for (const a of el.attributes) attributes[a.name] = a.value;
  const children = [];
  let text = "";
  for (const node of el.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (children.length < MAX_ITEMS) children.push(tree(node, depth + 1));
    } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += node.data;
    }
  }
  return { name: el.tagName, attributes, text, children };
}

/**
 * What an HTML page says about its article, as model::formats::html_page takes it: `lang`,
 * `title`, `meta` (`{key, content}`, `key` the `property` or `name` in lower case), `links`
 * (`{rel, href, sizes}`) and `jsonld` (each JSON-LD block, parsed; one that is not JSON is
 * skipped). What `<noscript>` holds is not read, as a browser with script does not.
 */
export function read_page(text) {
  const doc = new DOMParser().parseFromString(String(text), "text/html");
  const shown = (el) => !el.closest("noscript");
  const page = { meta: [], links: [], jsonld: [] };
  for (const m of doc.querySelectorAll("meta")) {
    const key = m.getAttribute("property") ?? m.getAttribute("name");
    const content = m.getAttribute("content");
    if (shown(m) && key !== null && content !== null) page.meta.push({ key: key.toLowerCase(), content });
  }
  for (const l of doc.querySelectorAll("link")) {
    if (shown(l)) page.links.push({ rel: l.getAttribute("rel") ?? "", href: l.getAttribute("href") ?? "", sizes: l.getAttribute("sizes") ?? "" });
  }
  for (const s of doc.querySelectorAll("script[type]")) {
    if (s.type.trim().toLowerCase() !== "application/ld+json") continue;
    try {
      page.jsonld.push(JSON.parse(s.textContent.trim()));
    } catch {
      // Not JSON: the page's other blocks still count.
    }
  }
  const lang = doc.documentElement.getAttribute("lang");
  if (lang !== null) page.lang = lang;
  if (doc.querySelector("title")) page.title = doc.title;
  return page;
}

/** The text of an HTML fragment (a feed's summary), read by the browser's inert parser. */
export function plain(html) {
  const body = new DOMParser().parseFromString(String(html), "text/html").body;
  for (const hidden of body.querySelectorAll("script, style, template, noscript")) hidden.remove();
  for (const br of body.querySelectorAll("br, p, li, div")) br.before("\n");
  return body.textContent;
}
