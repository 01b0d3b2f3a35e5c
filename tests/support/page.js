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
