// Page-side helpers for tests/embed.rs: what a host page's own script would do.
let events = [];
let recording = false;
let cancelling = false;

function summary(event) {
  const d = event.detail || {};
  const first = d.kind !== undefined && d.title === undefined ? d.kind : d.title;
  const second = event.type === "news-card:error" ? d.message : d.url;
  const tail =
    event.type === "news-card:navigate" ? `|${d.kind}` : event.type === "news-card:error" ? `|${d.status}|${d.url}` : "";
  return `${event.type} ${first}|${second}${tail}`;
}

export function record_events() {
  events = [];
  if (recording) return;
  recording = true;
  for (const type of ["news-card:load", "news-card:error", "news-card:navigate"]) {
    document.addEventListener(type, (event) => {
      events.push(summary(event));
      if (cancelling && type === "news-card:navigate") event.preventDefault();
    });
  }
}

export function recorded_events() {
  return events.slice();
}

export function cancel_navigation() {
  cancelling = true;
}

/** Clicks `element` as a reader would and says whether the click's default action was cancelled. */
export function click_was_cancelled(element) {
  const click = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, button: 0 });
  return !element.dispatchEvent(click);
}

export function set_article_json(element, text) {
  element.article = JSON.parse(text);
}

export function scroll_window_to(y) {
  window.scrollTo(0, y);
}

export function press(element, key) {
  element.focus();
  element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, composed: true, cancelable: true }));
}

/** Calls `f` and says whether it threw (a Rust panic in `f` is a wasm trap, thrown here). */
export function throws(f) {
  try {
    f();
    return false;
  } catch {
    return true;
  }
}

// The markup of `node`'s children as lines to compare: one element per line, indented by depth,
// with its attributes sorted, and each run of text with its white space collapsed. Left out: a
// date's tooltip (`title` on <time>: the exact moment in the reader's time zone), and an image's
// `data-failed` (set when it fails to load: the test page has no network).
function canonical(node, depth, out) {
  let text = "";
  const flush = () => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t) out.push("  ".repeat(depth) + JSON.stringify(t));
    text = "";
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      text += child.data;
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      flush();
      const attributes = [...child.attributes]
        .filter((a) => !(a.name === "title" && child.localName === "time") && a.name !== "data-failed")
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort();
      out.push("  ".repeat(depth) + [`<${child.localName}`, ...attributes].join(" ") + ">");
      canonical(child, depth + 1, out);
    }
  }
  flush();
  return out;
}

/** The canonical markup (see `canonical`) of what `element` holds. */
export function live_markup(element) {
  return canonical(element, 0, []).join("\n");
}

/**
 * The canonical markup of each variant in a snapshot of tests/markup/, by its heading: the
 * file's `<!-- heading -->` comments start each one. Parsed by the browser, inert (a template).
 */
export function snapshot_markup(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const variants = [];
  let current = null;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.COMMENT_NODE) {
      current = document.createElement("div");
      variants.push([node.data.trim(), current]);
    } else if (current) {
      current.append(node.cloneNode(true));
    }
  }
  return variants.flatMap(([heading, holder]) => [heading, canonical(holder, 0, []).join("\n")]);
}
