// The live wasm instance: the callbacks it handed over, every call into it, and what happens
// when it dies; and `runtime()`, the loader's object. All cards share one instance, and a panic
// aborts it. Then this module blames the card the wasm was working for (rendering.js), stops calling the dead
// instance, and has the loader start a fresh one (`runtime.restart`), whose
// `define_news_card` (element.js) mounts every live card again; a card that crashed it twice
// shows its fallback, and past five restarts every card does.
//
// This module outlives an instance: every instance's glue imports it from the same URL, so
// there is one copy per page.
//
// The wasm imports `report_panic` (src/embed/panic.rs), which it calls in builds where panics
// format their message.
import { cardState, connectedCards, showFallback } from "./cards.js";
import { cardBeingDrawn, mark_drawing } from "../../platform/rendering.js";

/** Restarts after which a page gives up and every card shows its fallback content. */
const MAX_RESTARTS = 5;
/** Panics while drawing one card after which that card shows its fallback content. */
const MAX_STRIKES = 2;

// "loading": the first instance is on its way, cards wait; "running": `handlers` is the live
// instance; "restarting": a fresh one is on its way; "dead": no instance will come, cards show
// their fallback.
let phase = "loading";
let handlers = null;
let restarts = 0;

/**
 * The loader's runtime object, which static/news-card.js makes and documents field by field;
 * undefined on a page without the loader (the browser tests load the glue themselves).
 */
export function runtime() {
  return globalThis[Symbol.for("news-card")];
}

/** "loading", "running", "restarting" or "dead" (above). */
export function instancePhase() {
  return phase;
}

/** Takes the callbacks of a freshly started instance: `{ connected, disconnected, changed }`. */
export function startInstance(given) {
  handlers = given;
  phase = "running";
}

/** Calls the live instance for `element`, unless there is none or the card is blocked. */
export function call(name, element, ...args) {
  if (phase !== "running" || !handlers || blocked(element)) return;
  // A crash in this call is this card's. (Yew renders what it asks for in a microtask, after
  // this mark has lapsed: each render marks its card itself.)
  mark_drawing(element);
  try {
    handlers[name](element, ...args);
  } catch (error) {
    // A wasm trap is a panic (reported already where the panic hook ran); anything else is
    // a bug worth seeing, but never the page's problem.
    if (error instanceof WebAssembly.RuntimeError) crashed(error);
    else console.error("news-card:", error);
  }
}

/** Whether the card crashed the instance too often to be drawn again. */
export function blocked(element) {
  return cardState(element).strikes >= MAX_STRIKES;
}

// A panic in the release build is a bare wasm trap (it aborts at once: scripts/release.sh),
// thrown out of whatever entered the wasm: a call from here (`call`), or one of the instance's
// callbacks run by the browser (an event listener, a promise reaction, a microtask), where it
// surfaces as an uncaught error. The glue's file name in the stack says it is this widget's: a
// trap of another wasm on the page is not ours to handle.
function onUncaught(error) {
  if (error instanceof WebAssembly.RuntimeError && /news-card-wasm[^/\s]*\.(js|wasm)/.test(String(error.stack))) {
    crashed(error);
  }
}
addEventListener("error", (event) => onUncaught(event.error));
addEventListener("unhandledrejection", (event) => onUncaught(event.reason));

function crashed(error) {
  report_panic(`${error.message || "wasm trap"}${describe(cardBeingDrawn())}`);
}

/** " while drawing <news-card id=… src=…>", naming the card for the site owner's log. */
function describe(host) {
  if (!host) return "";
  const attributes = ["id", "src"].filter((a) => host.hasAttribute(a)).map((a) => ` ${a}="${host.getAttribute(a)}"`);
  return ` while drawing <news-card${attributes.join("")}>`;
}

/**
 * Called by the panic hook of a dying instance before it aborts (builds where panics format
 * their message), or for a trap of the instance (above): logs once, stops calling into it,
 * blames the card it was drawing, and starts a fresh instance (or, past the limits, shows
 * every card's fallback).
 */
export function report_panic(message) {
  if (phase !== "running") return;
  const host = cardBeingDrawn();
  phase = "restarting";
  handlers = null;
  if (host) cardState(host).strikes++;
  const restart = runtime()?.restart;
  const canRestart = restarts < MAX_RESTARTS && typeof restart === "function";
  console.error(`news-card: internal error (${message}); ${canRestart ? "restarting the widget" : "cards show their fallback content"}`);
  setTimeout(() => {
    if (!canRestart) return giveUp();
    restarts++;
    Promise.resolve()
      .then(() => restart())
      .catch(giveUp);
  }, 0);
}

/** No instance will come: every card shows its fallback content for good. */
export function giveUp() {
  phase = "dead";
  handlers = null;
  for (const element of connectedCards) showFallback(element);
}

// The loader calls this when the wasm cannot load at all.
if (runtime()) runtime().giveUp = giveUp;
