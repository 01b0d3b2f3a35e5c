// The lean card for bench/run.mjs: a plain-JavaScript <news-card> with the fewest DOM nodes and
// CSS rules that still show what a reader sees on ours: the hero image, the title linking to the
// story (in a new tab), the excerpt, the provider's name, the publication date ("5 June 2021 ·
// 5 years ago", English), the topic chips and the related stories (thumbnail, title link,
// provider, date) in a list that scrolls sideways natively. It loads as the reference does (one
// IntersectionObserver, 200px ahead; loading="eager" at once), draws into a shadow root that
// adopts one constructable stylesheet shared by every card, and dispatches the same
// `news-card:load` (bubbling, composed) once the card is in the DOM. It measures how far below
// ours a card can go; it is not DOM-equal to ours and never runs next to it.
//
// Deliberately left out, as a reader does not see it on a loaded card: the skeleton (until its
// story arrives the host shows its own children, in the box news-card-reserve.css keeps for it),
// the error panel and retry (a failed card keeps its children and dispatches `news-card:error`),
// hidden text for screen readers and ARIA beyond a heading, a list and its label, the exact-moment
// tooltips, the `news-card:navigate` event, the related="list" and layout and theme attributes
// (and every attribute but `src` and `loading`), other languages, the page-proof style reset, and
// the reference's data checks (text cleaning and cutting, size and list limits, strict dates): it
// only keeps href and src to http(s) URLs and writes every piece of data as text, never as HTML.
// Also left out, though ours shows them, as they are not among the fields above: the carousel's
// buttons and readout (the list scrolls natively), the "Related stories" heading, the provider's
// domain and logo, the image credit, the "Updated" date, the provider's initial where a story has
// no image, focus rings beyond the browser's own, and the fixed shapes (clamped lines, fixed
// heights) that keep cards from moving while they load.

const CSS = `
:host{display:block;max-width:40em;overflow:hidden;border:1px solid light-dark(#dde1e6,#343a43);border-radius:.75em;background:light-dark(#fff,#1b1e23);color:light-dark(#1c1f24,#e8eaed);font:medium/1.45 system-ui,sans-serif}
img{display:block;width:100%;aspect-ratio:16/9;object-fit:cover;background:light-dark(#e6e9ee,#2c3139)}
h2,p,ul{margin:.75rem 1.25rem;padding:0}
h2{font-size:1.25em;line-height:1.25}
a{color:inherit}
.m,li{font-size:.875em;color:light-dark(#545c69,#a9b0bb)}
ul{display:flex;gap:.4em;list-style:none}
.t{flex-wrap:wrap}
.t li{padding:0 .65em;border-radius:1em;background:light-dark(#eef1f5,#2a2f37);color:inherit}
.r{gap:.75em;overflow-x:auto;padding-bottom:.5rem}
.r li{flex:0 0 12em}
.r a{display:block;font-weight:600;color:light-dark(#1c1f24,#e8eaed)}
`;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ago = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
let sheet;
let observer;

/** An absolute http(s) URL, resolved against the article's address; anything else: undefined. */
function http(value, base) {
  if (typeof value !== "string" || !value.trim()) return undefined;
  try {
    const u = new URL(value, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "5 June 2021" (the article's own calendar date) and, unless `short`, " · 5 years ago". */
function when(value, short) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T/.exec(value || "");
  const at = Date.parse(value);
  if (!m || !MONTHS[m[2] - 1] || !Number.isFinite(at)) return undefined;
  const date = `${+m[3]} ${MONTHS[m[2] - 1]} ${m[1]}`;
  if (short) return date;
  const s = (at - Date.now()) / 1000, a = Math.abs(s);
  const [n, unit] = a < 45 ? [0, "second"] : a < 2700 ? [s / 60, "minute"] : a < 79200 ? [s / 3600, "hour"]
    : a < 26 * 86400 ? [s / 86400, "day"] : a < 320 * 86400 ? [s / 2592000, "month"] : [s / 31536000, "year"];
  return `${date} · ${ago.format(Math.round(n), unit)}`;
}

/** "Daily Mail · 5 June 2021 · 5 years ago": one line, one text node. */
const meta = (story, short) => [story.provider?.name, when(story.publishedDateTime, short)].filter(Boolean).join(" · ");

function el(tag, text, props) {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  return Object.assign(e, props);
}

function image(story, base, loading) {
  const src = http(story.images?.[0]?.url, base);
  return src && el("img", "", { src, alt: "", loading, decoding: "async", referrerPolicy: "no-referrer" });
}

/** The story's title linking to it, or the bare title when it has no http(s) address. */
function link(story, base) {
  const href = http(story.webUrl || story.originalUrl || story.ampWebUrl || story.cdnAmpWebUrl, base);
  const title = story.title || (href ? new URL(href).hostname : "");
  return href ? el("a", title, { href, target: "_blank", rel: "noopener noreferrer" }) : document.createTextNode(title);
}

/** The shadow root's children: [hero] h2 [excerpt] [byline] [topics] [related]. */
function render(doc, base) {
  const title = el("h2");
  title.append(link(doc, base));
  const byline = meta(doc);
  const parts = [image(doc, base, "lazy"), title, doc.excerpt && el("p", doc.excerpt), byline && el("p", byline, { className: "m" })];
  const topics = (doc.topics || []).map((t) => el("li", t));
  if (topics.length) {
    const ul = el("ul", "", { className: "t" });
    ul.append(...topics);
    parts.push(ul);
  }
  const related = (doc.related || []).map((r, i) => {
    const li = el("li");
    const line = meta(r, true);
    li.append(...[image(r, base, i < 2 ? "eager" : "lazy"), link(r, base), line && document.createTextNode(line)].filter(Boolean));
    return li;
  });
  if (related.length) {
    const ul = el("ul", "", { className: "r" });
    ul.setAttribute("aria-label", "Related stories");
    ul.append(...related);
    parts.push(ul);
  }
  return parts.filter(Boolean);
}

class NewsCardLean extends HTMLElement {
  connectedCallback() {
    if (this.getAttribute("loading") === "eager") return this.load();
    observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        e.target.load();
      }
    }, { rootMargin: "200px" });
    observer.observe(this);
  }

  disconnectedCallback() {
    observer?.unobserve(this);
  }

  async load() {
    let doc, base;
    try {
      const response = await fetch(new URL(this.getAttribute("src"), document.baseURI), { credentials: "omit" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      base = response.url;
      doc = await response.json();
      if (!doc || typeof doc !== "object") throw new Error("not an article");
    } catch (error) {
      return this.emit("news-card:error", { kind: "network", message: String(error.message || error) });
    }
    if (!this.shadowRoot) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      this.attachShadow({ mode: "open" }).adoptedStyleSheets = [sheet];
    }
    this.shadowRoot.replaceChildren(...render(doc, base));
    // news-card-reserve.css keeps the card's box until :state(mounted), as for ours.
    try {
      (this._states ??= this.attachInternals().states).add("mounted");
    } catch {}
    const a = this.shadowRoot.querySelector("h2 a");
    this.emit("news-card:load", { title: doc.title || "", url: a ? a.href : null });
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}

if (!customElements.get("news-card")) customElements.define("news-card", NewsCardLean);
