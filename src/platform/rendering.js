// What the widget notes about drawing cards, in JS because in the release build a panic is a
// bare wasm trap and only JS is left to read the note afterwards: which card the wasm works for
// (the element's runtime blames it for a crash: src/embed/runtime/instance.js), and each
// card's `:state(mounted)`.
//
// The wasm imports `mark_drawing` and `set_mounted` (src/platform/rendering.rs).

let drawing = null;
let marks = 0;

/**
 * Notes that the wasm works for `host`'s card now (converts its article, draws it, handles its
 * event). The note lapses once the microtasks queued by then have run, unless another mark
 * came since: each piece of work marks its card afresh, and a crash in work nobody marked
 * blames no card.
 */
export function mark_drawing(host) {
  drawing = host;
  const mark = ++marks;
  queueMicrotask(() => mark === marks && (drawing = null));
}

/** The card being worked for, or null. */
export function cardBeingDrawn() {
  return drawing;
}

/** Each card's custom states (`ElementInternals.states`), given by the element's constructor. */
const customStates = new WeakMap();

/** Keeps the element's custom states, for `set_mounted`. */
export function keepCustomStates(element, states) {
  customStates.set(element, states);
}

/** The cards that show something of the widget's, whether or not the browser has custom states. */
const showing = new WeakSet();

/** Whether the card shows something of the widget's (`:state(mounted)` is on, where there is one). */
export function shows(element) {
  return showing.has(element);
}

/**
 * Sets the element's `:state(mounted)`: on while its shadow root shows the widget's skeleton,
 * card or error, or the fallback for good. A page's reservation stylesheet
 * (news-card-reserve.css) keeps a card's box until then. Called by the card once it has
 * rendered (so the box never empties for a frame), and by the runtime when it shows the
 * fallback or the card leaves the page.
 */
export function set_mounted(element, on) {
  on ? showing.add(element) : showing.delete(element);
  try {
    const states = customStates.get(element);
    if (states) on ? states.add("mounted") : states.delete("mounted");
  } catch {
    // A browser without custom states: the reservation stylesheet does not apply there either.
  }
}
