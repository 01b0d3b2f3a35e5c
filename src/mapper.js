// The format mapper's JavaScript (src/mapper.rs calls these): what an answer is, and the
// reading of markup. The browser's DOMParser builds an inert document, never inserted into
// any, and these take from it the same trees the tool builds natively (src/cli/xml.rs,
// src/cli/html.rs), which model::formats maps.

// What the card's `format` attribute says an answer is.
const FORMATS = { article: "json", "json-ld": "json-ld", "json-feed": "json-feed", rss: "feed", atom: "feed", html: "page" };

/**
 * What an answer is: "json" (told by its content: the article JSON, a JSON Feed or JSON-LD),
 * "json-ld", "json-feed", "feed" (RSS or Atom) or "page" (HTML); by the card's `format` (in
 * any case, without white space around it), else its content type, else its first
 * characters: after an XML declaration, comments and a document type, `<rss`, `<feed` or
 * `<rdf:RDF` is a feed, another element a page (a page after an XML declaration too, when it
 * is `<html>`). "not-json" when it is none of them.
 */
export function kind(format, type, text, json) {
  format = String(format ?? "").trim().toLowerCase();
  type = type.toLowerCase();
  let kind = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (kind === undefined && json !== undefined) kind = /ld\+json/.test(type) ? "json-ld" : /feed\+json/.test(type) ? "json-feed" : "json";
  if (kind === undefined && /html/.test(type)) kind = "page";
  if (kind === undefined && /xml/.test(type)) kind = "feed";
  if (kind === undefined) {
    const start = /^\s*((?:<\?xml[\s\S]*?\?>)?)(?:\s*<!--[\s\S]*?-->|\s*<\?[\s\S]*?\?>|\s*<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*\s*<([A-Za-z][\w:.-]*)/.exec(text);
    if (!start) kind = "not-json";
    else if (/^(rss|feed|rdf:rdf)$/i.test(start[2])) kind = "feed";
    else kind = start[1] && !/^html$/i.test(start[2]) ? "feed" : "page";
  }
  return kind.startsWith("json") && json === undefined ? "not-json" : kind;
}

// The tool's limits (src/cli/xml.rs): elements nest at most 12 deep, a document holds at most
// 50,000, and an element keeps its first 64 children (model::json::MAX_ITEMS).
const MAX_DEPTH = 12;
const MAX_ELEMENTS = 50_000;
const MAX_ITEMS = 64;

// An `&` that does not start one of XML's five entities or a character reference, outside
// comments and CDATA sections (matched whole, and left as they are): a bare `&` (common in
// real feeds' URLs), an HTML entity (`&nbsp;`), or an entity a DTD would define.
const LOOSE_AMPERSAND = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/g;

/**
 * `text` without its document type declaration, internal subset and all: the tool never reads
 * a DTD (quick-xml leaves it aside), so no entity it defines is ever expanded here either (the
 * "billion laughs"). Only the prolog is searched (declaration, comments, processing
 * instructions); a declaration that does not end leaves nothing after it to parse.
 */
function withoutDoctype(text) {
  let at = 0;
  for (;;) {
    while (at < text.length && " \t\r\n".includes(text[at])) at++;
    const close = text.startsWith("<?", at) ? "?>" : text.startsWith("<!--", at) ? "-->" : null;
    if (close) {
      const end = text.indexOf(close, at + 2);
      if (end < 0) return text;
      at = end + close.length;
      continue;
    }
    if (!text.startsWith("<!DOCTYPE", at)) return text;
    let depth = 0;
    let quote = null;
    for (let i = at + 9; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "[") depth++;
      else if (c === "]") depth--;
      else if (c === ">" && depth <= 0) return text.slice(0, at) + text.slice(i + 1);
      else if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end < 0) break;
        i = end + 2;
      }
    }
    return text.slice(0, at);
  }
}

/**
 * An RSS or Atom text as its document element's tree: each element
 * `{name, attributes, text, children}`, `name` as written (`media:content`), `text` its own
 * character data; or `fetch.js`'s error (`not-json`, `too-large`) when it is not XML or breaks
 * a limit. As the tool reads feeds: the DTD is not read, and an `&` that starts none of XML's
 * own entities or character references is text, written as it stands, so no entity is ever
 * expanded and a feed with a bare `&` or an `&nbsp;` still reads (a browser's XML parser
 * refuses the whole feed).
 */
export function read_feed(text) {
  // A newline before the declaration (seen in real feeds) is not the feed's fault.
  const loose = withoutDoctype(String(text).trimStart()).replace(LOOSE_AMPERSAND, (found) => (found === "&" ? "&amp;" : found));
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
  // From entries: an attribute named `__proto__` is an attribute like any other.
  const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
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

/**
 * The text of an HTML fragment (a feed's summary), read by the browser's inert parser: what
 * script, style, template and noscript hold is left out, and a line break, a paragraph, a list
 * item or a div parts the words on either side, as the tool's `html_to_text` does.
 */
export function plain(html) {
  const body = new DOMParser().parseFromString(String(html), "text/html").body;
  for (const hidden of body.querySelectorAll("script, style, template, noscript")) hidden.remove();
  for (const block of body.querySelectorAll("br, p, li, div")) {
    block.before("\n");
    block.after("\n");
  }
  return body.textContent;
}
